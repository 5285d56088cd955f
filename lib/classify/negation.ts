/**
 * Negation scope for rule triggers. A trigger is negated when a negator stands in the same
 * clause shortly before it ("we do not sell", "your data will never be sold", "in no event
 * will we rent") or right after it ("we sell no data").
 */

// Phrases that contain a negator but do not negate what follows.
const FALSE_NEGATORS = /\b(?:not\s+(?:limited|only|just|merely|necessarily|always)|whether\s+or\s+not|no\s+(?:later|less|more|sooner)\s+than|if\s+not|no\s+matter)\b/gi;
// Names of signals and links that spell a negator: "Do Not Track signals", the CCPA "Do Not Sell My
// Personal Information" link. "we do not track you" stays a negation: only the capitalised name,
// a quoted one or one followed by a signal word is masked.
const NEGATOR_NAMES = [
  /\bDo[- ]Not[- ]Track\b(?!\s+(?:you|your|users?|visitors?|individuals?|people|anyone)\b)/g,
  /["'(]do[- ]not[- ](?:track|sell|call)\b/gi,
  /\bdo[- ]not[- ]track(?=["')\s]*(?:\(dnt\)\s*)?(?:"?\s*)(?:signals?|headers?|settings?|requests?|features?|preferences?|mechanisms?|options?|flags?|technolog\w*|standards?|browser|instructions?|functionality|\(dnt\)|dnt)\b)/gi,
  /\bdo[- ]not[- ]sell(?: or share)? my\b/gi,
];
const NEGATOR =
  /\b(?:not|never|no|none|nor|neither|cannot|n't|nothing|nobody|unable|refrains?\s+from|declines?\s+to|fails?\s+to|refus(?:e|es|ed)\s+to|(?:prohibited|forbidden|barred|precluded)\s+from)\b|n't\b/i;
// A clause boundary: the negation of one clause does not reach into the next.
// ", and we may sell it" opens a clause with its own subject.
// A colon right after the negator introduces what is denied ("We will never: sell your data") and is no boundary.
const BOUNDARY = /(?:;|(?<!\b(?:not|never|no)\s*):|,\s*(?:but|however|although|though|while|whereas)\b|,\s*(?:and|so)\s+(?=(?:we|they|our)\b)|\b(?:but|however|unless|except|although|whereas|provided that)\b)/gi;

// "... is not something we do", "... is not part of our business", "... is never an option".
// "Google Analytics is not used on this site", "third-party cookies are never set".
const GERUND_DENIED = /^[^.;:,]{0,50}?\b(?:is|are|was|will\s+be)\s*(?:not|n't|never)\s+(?:\w+\s+)?(?:something|anything|part|what|how|an?\s+option|our\s+business|in\s+our|used|employed|present|installed|loaded|set|placed|deployed|enabled|embedded|integrated)\b/i;
const WINDOW_WORDS = 8;
const SUBJECT_WINDOW_WORDS = 16;
const NEGATED_SUBJECT = /^\W*(?:none|no|neither|nothing|nobody|never|at\s+no|under\s+no|in\s+no)\b/i;

// The engine asks about several triggers of the same sentence in a row: mask it and find its
// clause boundaries once.
let lastText = '';
let lastMasked = '';
let lastBoundaries: number[] = [];

/** Blanks out false negators so offsets stay valid. */
function maskUncached(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  let out = text.replace(FALSE_NEGATORS, blank);
  for (const re of NEGATOR_NAMES) out = out.replace(re, blank);
  return out;
}

function prepare(sentence: string): void {
  if (sentence === lastText) return;
  lastText = sentence;
  lastMasked = maskUncached(sentence);
  lastBoundaries = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(lastMasked); m; m = BOUNDARY.exec(lastMasked)) {
    lastBoundaries.push(m.index, m.index + m[0].length);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
}

/** Index where the last `n` whitespace-separated words before `end` begin (not before `start`). */
function lastWordsStart(text: string, start: number, end: number, n: number): number {
  let i = end;
  let words = 0;
  while (i > start) {
    while (i > start && /\s/.test(text[i - 1] ?? '')) i--;
    if (i === start) break;
    if (words === n) return i;
    while (i > start && !/\s/.test(text[i - 1] ?? '')) i--;
    words++;
  }
  return i;
}

// Every negator `isNegated` can read, as a cheap whole-sentence test (a superset).
const ANY_NEGATOR = /\b(?:not|never|no|none|nor|neither|cannot|nothing|nobody|unable|refrains?|declines?|fails?|refus(?:e|es|ed)|prohibited|forbidden|barred|precluded)\b|n't\b/i;

/**
 * False when no trigger of `sentence` can be negated (the sentence has no negator at all):
 * lets the engine skip `negated` rules without running their triggers.
 */
export function mayBeNegated(sentence: string): boolean {
  return ANY_NEGATOR.test(sentence);
}

/**
 * True when the trigger at `[index, index+length)` of `sentence` is negated in its clause.
 */
// A subordinate clause between the negator and the trigger keeps the trigger out of its reach:
// "we do not ask for consent before sharing it" denies the asking, not the sharing.
const SUBORDINATOR = /\b(?:before|after|until|once|when|whenever|while|without)\b/i;
const NEGATOR_ALL = new RegExp(NEGATOR.source, 'gi');

/** True when `window` (the words before a trigger) holds a negator whose reach is not cut by a subordinate clause. */
function negatedInWindow(window: string): boolean {
  if (!NEGATOR.test(window)) return false;
  let last = -1;
  NEGATOR_ALL.lastIndex = 0;
  for (let m = NEGATOR_ALL.exec(window); m; m = NEGATOR_ALL.exec(window)) last = m.index + m[0].length;
  return !SUBORDINATOR.test(window.slice(last));
}

export function isNegated(sentence: string, index: number, length: number): boolean {
  prepare(sentence);
  const masked = lastMasked;
  // The clause starts after the last boundary that begins before the trigger.
  let clauseStart = 0;
  for (let k = 0; k < lastBoundaries.length; k += 2) {
    if ((lastBoundaries[k] ?? 0) >= index) break;
    clauseStart = lastBoundaries[k + 1] ?? clauseStart;
  }
  const windowStart = lastWordsStart(masked, clauseStart, index, WINDOW_WORDS);
  if (negatedInWindow(masked.slice(windowStart, index))) return true;
  // A negated subject heads the clause: "None of the software on our apps will ever access...",
  // "Under no circumstances will the collected data be sold" (further back than the word window).
  const subjectStart = lastWordsStart(masked, clauseStart, index, SUBJECT_WINDOW_WORDS + 1);
  if (subjectStart <= clauseStart || /^\s*$/.test(masked.slice(clauseStart, subjectStart))) {
    if (NEGATED_SUBJECT.test(masked.slice(clauseStart, index))) return true;
  }
  // "we sell no personal data", "we share none of it"
  const after = masked.slice(index + length, index + length + 60);
  if (/^\s*(?:\w+\s+)?(?:no|none|nothing)\b/i.test(after)) return true;
  // A subject denied by its predicate: "Selling your data is not something we do.", "Google Analytics is not used here."
  // Only when the trigger opens its clause (at most two words before it).
  if (lastWordsStart(masked, clauseStart, index, 3) <= clauseStart || /^\W*$/.test(masked.slice(clauseStart, lastWordsStart(masked, clauseStart, index, 3)))) {
    return GERUND_DENIED.test(after);
  }
  return false;
}
