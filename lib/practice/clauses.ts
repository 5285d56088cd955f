import { isParticiple } from '../lexicon/inflect';
import type { Mention } from '../lexicon';
import { BE, BETWEEN_BE, CLAUSE_END, COORD, EXCEPT, MAY, MUST, WE, WILL } from './grammar';
import type { Modality } from './types';
import type { Token } from './tokens';

/** Token ranges [from, to) of the clauses of a sentence. */
export function clauseBounds(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).w;
    if (w === '(') depth++;
    else if (w === ')' && depth > 0) depth--;
    if (depth === 0 && opensClause(tokens, i)) {
      if (i > from) out.push([from, i]);
      from = CLAUSE_END.has((tokens[i] as Token).w) && (tokens[i] as Token).mark ? i + 1 : i;
    }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}

const NEW_SUBJECT = new Set(['we', 'they', 'you', 'our', 'it', 'these', 'such', 'this', 'those', 'he', 'she']);

// A clause starts at ";", sentence punctuation, "however", "whereas", "although", "but", or
// ", and we ..." (a new subject after a comma).
function opensClause(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).w;
  // "e.g. IP address" and "U.S. law": a full stop not followed by a capitalised word ends nothing.
  if (w === '.' && tokens[i + 1] && !(tokens[i + 1] as Token).cap) return false;
  if (CLAUSE_END.has(w)) return true;
  const after = tokens[i - 1]?.w === ',';
  if (w === 'but' || w === 'while') return after;
  // "When we sell you a subscription, we email a receipt": a main clause after a subordinate one.
  if (after && (w === 'we' || w === 'they')) return true;
  if ((w === 'and' || w === 'or') && after) return NEW_SUBJECT.has(tokens[i + 1]?.w ?? '') || finiteSoon(tokens, i + 1);
  return false;
}

const FINITE_SOON = new Set(['may', 'will', 'can', 'could', 'might', 'would', 'must', 'should', 'is', 'are', 'was', 'were']);

/** ", and customer data may be ...": a verb within four words makes what follows a clause of its own. */
function finiteSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) if (FINITE_SOON.has((tokens[k] as Token).w)) return true;
  return false;
}

/** The clause holding token `i`. */
export function clauseAt(bounds: ReadonlyArray<[number, number]>, i: number): [number, number] {
  for (const b of bounds) if (i >= b[0] && i < b[1]) return b;
  return [0, Number.MAX_SAFE_INTEGER];
}

/** Where an exception opens after token `from` in the clause ("except", "unless", "other than"), or `to`. */
export function exceptionAt(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!EXCEPT.has((tokens[i] as Token).w)) continue;
    const w = (tokens[i] as Token).w;
    if (w === 'other' && tokens[i + 1]?.w !== 'than') continue;
    if (w === 'but' && tokens[i - 1]?.w !== 'not') continue;
    if (EXCEPT.has(w)) return i;
  }
  return to;
}

/** `passive` for "is shared", "may be sold", "data collected by"; `noun` for "the sale of"; else `verb`. */
export function voiceOf(a: Mention, tokens: readonly Token[], clauseStart: number, mentions: readonly Mention[]): 'verb' | 'passive' | 'noun' {
  if (a.form === 'noun') return 'noun';
  // "Your name may appear in ads": the data is the subject, as in a passive.
  if (a.sense === 'shown') return 'passive';
  const head = (tokens[a.from] as Token).w;
  if (!isParticiple(head)) return 'verb';
  // "is shared", "will not be sold", "are never routed through or stored": be, then adverbs or
  // other participles coordinated with this one.
  for (let j = a.from - 1; j >= Math.max(clauseStart, a.from - 7); j--) {
    const w = (tokens[j] as Token).w;
    if (BE.has(w)) return w === 'get' && WE.has(tokens[j - 1]?.w ?? '') ? 'verb' : 'passive';
    if (!BETWEEN_BE.has(w) && !/ly$/.test(w) && !COORD.has(w) && !isParticiple(w) && !PARTICLE.has(w)) break;
  }
  // A reduced relative: "the information collected through the app", "data shared by partners";
  // a table cell: "Geolocation data - Shared with: advertising partners".
  if (tokens[a.to]?.w === 'by') return 'passive';
  if (/^[-\u2013\u2014:|]$/.test(tokens[a.from - 1]?.w ?? '')) return 'passive';
  const before = mentions.find((m) => m.cls === 'data' && m.to === a.from);
  return before ? 'passive' : 'verb';
}

// Prepositions that may close a coordinated participle ("routed through or stored").
const PARTICLE = new Set(['through', 'to', 'with', 'by', 'in', 'on', 'from', 'for', 'out', 'up']);

/** Modality of the clause up to the action: "may", "will", "must", or a plain statement. */
export function modalityOf(tokens: readonly Token[], from: number, to: number): Modality {
  let found: Modality = 'does';
  for (let i = from; i < to; i++) {
    const w = (tokens[i] as Token).w;
    if (MUST.has(w)) return 'must';
    if (MAY.has(w)) found = 'may';
    else if (WILL.has(w) && found === 'does') found = 'will';
  }
  return found;
}

/** True when only coordinating words stand between tokens `a` and `b` ("collect, use and share"). */
export function coordinated(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a) return b === a;
  for (let i = a; i < b; i++) {
    const w = (tokens[i] as Token).w;
    if (!COORD.has(w) && !BETWEEN_BE.has(w) && !MAY.has(w) && !WILL.has(w) && !/ly$/.test(w)) return false;
  }
  return true;
}
