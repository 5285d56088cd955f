import type { Token } from './tokens';

// Phrases that make the action after them the object of a right, a choice, a law or a definition,
// not a practice the service states: "you have the right to opt out of the sale", "you may disable
// the collection of your location", "the law requires businesses to disclose", "'sale' means".
const RIGHTS = [
  ['right', 'to'],
  ['rights', 'to'],
  ['entitled'],
  ['opt', 'out', 'of'],
  ['object', 'to'],
  ['may', 'request'],
  ['can', 'request'],
  ['explain'],
  ['explains'],
  ['describes'],
  ['describe'],
  ['how', 'we'],
  ['what', 'our', 'policy'],
  ['to', 'request'],
  ['requests'],
  ['disable'],
  ['turn', 'off'],
  ['limit'],
  ['restrict'],
  ['withdraw'],
  ['prefer'],
  ['whether'],
];
// Asking the service to refrain: "you may request that we not sell", "a request directing us not to sell".
const REQUESTS = [['not', 'required', 'to'], ['not', 'obligated', 'to'], ['request', 'that'], ['requests', 'that'], ['direct', 'us'], ['directing', 'us'], ['ask', 'us', 'to'], ['instruct', 'us'], ['tell', 'us', 'not']];
// Subjects of a law, not of the service: "businesses that sell", "operators must ensure that it is not sold".
const LAW_SUBJECTS = [['law'], ['laws'], ['ccpa'], ['cpra'], ['act'], ['statute'], ['businesses'], ['operators'], ['consumers'], ['requires'], ['require']];
// Definitions are no practice, in either stance.
const DEFINITIONS = [['type', 'of'], ['form', 'of'], ['kind', 'of'], ['means'], ['defined', 'as'], ['definition'], ['define'], ['defines'], ['refer', 'to'], ['refers', 'to'], ['shall', 'mean']];


const FRAME_REACH = 18;
const STOPS = new Set([':', ';', 'which', 'when', 'where', 'because']);

/**
 * True when the clause frames the action as a user's right or choice (for an affirmed action: "you
 * may opt out of the sale"; a denial stays a promise), a law's subject, or a definition. The frame
 * must stand in the same stretch (no ":" or ";" between), and "we reserve the right to sell" is the
 * service's own right, so a practice.
 */
/** True when a sentence states a right or a request ("You have the right to request that we disclose:"): its list items are its objects. */
export function statesRight(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    for (const p of [...RIGHTS, ...REQUESTS]) if (p.every((w, k) => tokens[i + k]?.w === w)) return true;
  }
  return false;
}

export function rightsFrame(tokens: readonly Token[], clauseStart: number, at: number, negated: boolean): boolean {
  let from = Math.max(clauseStart, at - FRAME_REACH);
  // A frame does not reach into a clause of its own: "the right to opt out of the sale, which occurs when we share ...".
  for (let i = at - 1; i >= from; i--) if (STOPS.has(tokens[i]?.w ?? '')) from = i + 1;
  // "stop selling" presupposes the selling.
  if (tokens[at - 1]?.w === 'stop') return false;
  const has = (phrases: string[][], i: number) => phrases.find((p) => p.every((w, k) => tokens[i + k]?.w === w) && i + p.length <= at);
  for (let i = from; i < at; i++) {
    if (has(DEFINITIONS, i) || has(REQUESTS, i)) return true;
    if (has(LAW_SUBJECTS, i) && !tokens.slice(i, at).some((t) => t.w === 'we' || t.w === 'us')) return true;
    const right = has(RIGHTS, i);
    if (!right || negated) continue;
    if (right[0] === 'right' && /^reserves?$/.test(tokens[i - 2]?.w ?? '')) continue;
    return true;
  }
  return false;
}
