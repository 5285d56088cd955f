import { phraseWords } from '../practice/tokens';
import { plural, verbForms } from './inflect';
import type { Inflection } from './types';

/** Words a gap may skip: `*` up to three, `**` up to six. */
export const GAP_WORDS: Record<string, number> = { '*': 3, '**': 6 };
/** A compiled term: words, with `*` for a gap. */
export type Pattern = readonly string[];

// Splits "a (b|c d) [e]" into top-level parts, keeping groups whole.
function parts(term: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of term) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ' ' && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0) throw new Error(`unbalanced brackets in lexicon term "${term}"`);
  if (cur) out.push(cur);
  return out;
}

// Splits "b|c d" at top-level bars.
function choices(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of body) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** One slot of a term: the word sequences that may fill it (`[]` when it is optional), or a gap. */
export type Slot = { alts: string[][] } | { gap: number };

// The word sequences of one part of a term: "(a|b c)", "[a|b]", "(friend|friends)'s", "word".
function alternatives(part: string): string[][] {
  // A suffix glued to a group goes on each choice's last word: "(friend|friends)'s".
  const glued = /^\((.*)\)([^()[\]|\s]+)$/.exec(part);
  if (glued) {
    // A lone apostrophe is a token of its own ("friends' names" reads friends, ', names).
    const suffix = glued[2] as string;
    return choices(glued[1] as string).flatMap(sequences).map((a) => (suffix === "'" ? [...a, "'"] : [...a.slice(0, -1), `${a[a.length - 1]}${suffix}`]));
  }
  if (part.startsWith('(') || part.startsWith('[')) {
    const alts = choices(part.slice(1, -1)).flatMap(sequences);
    return part.startsWith('[') ? [...alts, []] : alts;
  }
  return [phraseWords(part)];
}

// Every word sequence of a small phrase (a choice inside a group), for groups nested in groups.
function sequences(phrase: string): string[][] {
  let seqs: string[][] = [[]];
  for (const part of parts(phrase.trim())) {
    if (part in GAP_WORDS) throw new Error(`a gap inside a group is not supported: "${phrase}"`);
    const alts = alternatives(part);
    seqs = seqs.flatMap((s) => alts.map((a) => [...s, ...a]));
  }
  return seqs;
}

/**
 * A term as slots, with its head word inflected: for `noun`, the plural of the last word of every
 * slot that may end the term; for `verb`, every form of the first word of the first slot. A term
 * is compiled slot by slot into the matcher's trie, so choices multiply nothing.
 */
export function termSlots(term: string, inflect: Inflection): Slot[] {
  // "[*]" is a gap too: a gap may already skip nothing.
  const gap = (part: string) => GAP_WORDS[part.replace(/^\[(\*+)\]$/, '$1')];
  const slots: Slot[] = parts(term.trim()).map((part) => (gap(part) !== undefined ? { gap: gap(part) as number } : { alts: alternatives(part) }));
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (!first || !last || 'gap' in first || 'gap' in last) throw new Error(`lexicon term "${term}" must start and end with words`);
  if (inflect === 'verb') first.alts = first.alts.flatMap((a) => (a.length ? verbForms(a[0] as string).map((f) => [f, ...a.slice(1)]) : [a]));
  if (inflect === 'noun') {
    for (let i = slots.length - 1; i >= 0; i--) {
      const slot = slots[i] as Slot;
      if ('gap' in slot) break;
      slot.alts = slot.alts.flatMap((a) => {
        const w = a[a.length - 1];
        return w && (!/s$/.test(w) || /ss$/.test(w)) ? [a, [...a.slice(0, -1), plural(w)]] : [a];
      });
      // Only an optional slot lets the one before it end the term.
      if (!slot.alts.some((a) => a.length === 0)) break;
    }
  }
  return slots;
}

// Words too common to tell a sentence apart: a prefilter skips them and takes a later word of the term.
// Function words only: a content word ("let", "call") can be the one word a phrase is known by.
const COMMON = new Set(['is', 'are', 'be', 'been', 'was', 'were', 'may', 'can', 'will', 'do', 'does', 'have', 'has', 'for', 'on', 'in', 'to', 'of', 'a', 'an', 'the', 'your', 'you', 'not', 'never', 'cannot', 'can not', 'e']);

/**
 * For a cheap test before matching: words one of which every phrase of the term contains (its
 * first word that is not a common one). A sentence with none of them cannot hold the term.
 */
export function firstWords(term: string, inflect: Inflection): string[] {
  const slots = termSlots(term, inflect);
  const out: string[] = [];
  const visit = (k: number): void => {
    const slot = slots[k];
    if (!slot) return;
    if ('gap' in slot) return visit(k + 1);
    for (const alt of slot.alts) {
      // A phrase of function words only is known by its first word.
      const word = alt.find((w) => !COMMON.has(w)) ?? (k === slots.length - 1 ? alt[0] : undefined);
      if (word) out.push(word.replace(/'/g, "['\u2019]"));
      else visit(k + 1);
    }
  };
  visit(0);
  return out;
}
