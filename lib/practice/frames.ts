import type { Token } from './tokens';

/** The kinds of frame that make an action the object of something else, not a practice the service states. */
type FrameKind = 'right' | 'request' | 'law' | 'definition';

// A right or choice of the user, or talk about the policy ("you may opt out of the sale", "you may
// disable the collection of your location", "this policy describes how we ..."): frames an affirmed
// action; a denial stays a promise.
const RIGHTS = [
  'right to', 'rights to', 'entitled', 'opt out of', 'object to', 'may request', 'can request', 'to request', 'requests',
  'explain', 'explains', 'describes', 'describe', 'how we', 'what our policy', 'disable', 'turn off', 'limit', 'restrict',
  'withdraw', 'prefer', 'whether',
];
// Asking the service to refrain ("you may request that we not sell", "a request directing us not to
// sell") and what it is not obliged to do: frames either stance.
const REQUESTS = ['prefer that', 'not required to', 'not obligated to', 'request that', 'requests that', 'direct us', 'directing us', 'ask us to', 'ask us for', 'instruct us', 'tell us not'];
// Subjects of a law, not of the service ("businesses that sell", "operators must ensure that it is
// not sold"): frame either stance unless the service speaks between ("under California law, we do not sell").
const LAW_SUBJECTS = ['law', 'laws', 'ccpa', 'cpra', 'act', 'statute', 'businesses', 'operators', 'consumers', 'requires', 'require'];
// Definitions: no practice in either stance.
const DEFINITIONS = ['type of', 'form of', 'kind of', 'means', 'defined as', 'definition', 'define', 'defines', 'refer to', 'refers to', 'shall mean'];

// Phrases by first word, so a sentence is scanned once.
const BY_FIRST = new Map<string, Array<{ words: string[]; kind: FrameKind }>>();
for (const [kind, list] of [['right', RIGHTS], ['request', REQUESTS], ['law', LAW_SUBJECTS], ['definition', DEFINITIONS]] as const) {
  for (const phrase of list) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), { words, kind }]);
  }
}

/** A frame phrase found in a sentence: its kind and token range. */
export interface FrameHit {
  kind: FrameKind;
  from: number;
  to: number;
}

/** Every frame phrase of a sentence, left to right. */
export function frameHits(tokens: readonly Token[]): FrameHit[] {
  const out: FrameHit[] = [];
  tokens.forEach((t, i) => {
    for (const p of BY_FIRST.get(t.w) ?? []) {
      if (p.words.every((w, k) => tokens[i + k]?.w === w)) out.push({ kind: p.kind, from: i, to: i + p.words.length });
    }
  });
  return out;
}

/** True when a sentence states a right or a request ("You have the right to request that we disclose:"): its list items are its objects. */
export function statesRight(tokens: readonly Token[]): boolean {
  return frameHits(tokens).some((h) => h.kind === 'right' || h.kind === 'request');
}

// How far before the action a frame may stand, and the words that end its reach: a frame does not
// reach into a clause of its own ("the right to opt out of the sale, which occurs when we share ...").
const FRAME_REACH = 18;
// Right phrases by which the user stops a practice (rather than learns about it).
const STOPPERS = new Set(['opt', 'object', 'withdraw', 'limit', 'restrict', 'disable', 'turn']);
const STOPS = new Set([':', ';', 'which', 'when', 'where', 'because']);

/**
 * True when the action at token `at` is framed as a user's right or choice (when affirmed), a
 * request, a law's subject, or a definition. "We reserve the right to sell" is the service's own
 * right, so a practice.
 */
export function rightsFrame(tokens: readonly Token[], hits: readonly FrameHit[], clauseStart: number, at: number, negated: boolean): boolean {
  // "stop selling" presupposes the practice: the service does it until told not to.
  if (hits.length === 0 || tokens[at - 1]?.w === 'stop') return false;
  let from = Math.max(clauseStart, at - FRAME_REACH);
  for (let i = at - 1; i >= from; i--) if (STOPS.has(tokens[i]?.w ?? '')) from = i + 1;
  for (const h of hits) {
    if (h.from < from || h.to > at) continue;
    if (h.kind === 'definition' || h.kind === 'request') return true;
    if (h.kind === 'law') {
      if (!tokens.slice(h.from, at).some((t) => t.w === 'we' || t.w === 'us')) return true;
      continue;
    }
    if (negated) continue;
    if (tokens[h.from]?.w === 'right' && /^reserves?$/.test(tokens[h.from - 2]?.w ?? '')) continue;
    // So does opting out of "our disclosure": the service's own practice, not a hypothetical one.
    if (tokens[at - 1]?.w === 'our' && STOPPERS.has(tokens[h.from]?.w ?? '')) continue;
    return true;
  }
  return false;
}

// How far before the action "a list of" may stand: "a list of all third parties to which we have disclosed".
const LIST_REACH = 12;

/**
 * True when the action describes the entries of a list the user has a right to ask for ("you may
 * request a list of the third parties to whom we disclosed personal information for their
 * marketing"): the list's content, not a practice the sentence states.
 */
export function listUnderRight(tokens: readonly Token[], hits: readonly FrameHit[], at: number): boolean {
  let whom = -1;
  for (let i = at - 1; i >= Math.max(0, at - LIST_REACH) && whom < 0; i--) {
    if ((tokens[i]?.w === 'which' || tokens[i]?.w === 'whom') && tokens[i - 1]?.w === 'to') whom = i - 1;
  }
  if (whom < 0) return false;
  for (let i = whom - 1; i >= Math.max(0, whom - LIST_REACH); i--) {
    if (tokens[i]?.w === 'list' && tokens[i + 1]?.w === 'of') return hits.some((h) => (h.kind === 'right' || h.kind === 'request') && h.to <= i);
  }
  return false;
}
