/**
 * Change tracking: fingerprint each analysed version of a policy, keep a bounded history per URL,
 * and tell the user what changed since they last saw it. Pure and synchronous.
 * See /work/notes/issue4-api.md (and README "Change tracking") for how the extension wires it.
 */
export { fingerprintPolicy, MAX_FINDINGS, MAX_FINDING_TEXT, MAX_SENTENCES } from './fingerprint';
export { diffVersions, MAX_LISTED } from './diff';
export { appendHistory, sameText } from './history';
export { fnv1a, normalizeSentence, sentenceHash } from './hash';
export { REWORD_THRESHOLD, wordOverlap } from './reword';
export type { PolicyDiff, PolicyVersion, Rewording, SentenceDelta, StoredFinding } from './types';
