/**
 * The page detector: is this page a privacy policy? Runs in the content script of every page,
 * so `collectSignals` does bounded work (see `DETECT_LIMITS`) and stops before sampling any
 * text when the URL, title and headings carry no cue; `detectPolicy` is pure.
 */
export { collectSignals } from './collect';
export { detectPolicy, POLICY_THRESHOLD } from './decide';
export { classifyLabel, titleSegments, type NameKind } from './name-cues';
export { DETECT_LIMITS, type PageSignals } from './signals';
export { detectDocument } from './detect-document';
