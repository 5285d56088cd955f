import { MAYBE_FINAL, NEVER_FINAL, OPENERS } from './abbreviations';

// A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(\s+)/g;
// What may start the next sentence: a capital, a digit, an opening quote or bracket, a bullet.
const STARTS_SENTENCE = /^["'“‘«(\[]*[\p{Lu}\p{Lt}0-9•▪·–—-]/u;
// Enumerators: "1", "12", "iv", "a", "B" (and "1.2" sub-clause numbers).
const ENUMERATOR = /^\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,5}|[a-z])\)?$/i;
// Bullet characters that some pages inline inside a paragraph.
const INLINE_BULLET = /\s[•▪◦●]\s/g;

/** The word just before `dot` (position of the terminal punctuation), without leading punctuation. */
function wordBefore(text: string, dot: number, from: number): { word: string; start: number } {
  let i = dot;
  // Bounded: a word longer than 60 characters is no abbreviation, and a blob must stay linear.
  const stop = Math.max(from, dot - 60);
  while (i > stop && !/\s/.test(text[i - 1] ?? ' ')) i--;
  const raw = text.slice(i, dot);
  const lead = /^["'“‘«(\[]*/.exec(raw)?.[0].length ?? 0;
  return { word: raw.slice(lead), start: i };
}

/** The word just after `pos`, letters only, lower-cased. */
function wordAfter(text: string, pos: number): string {
  const m = /^["'“‘«(\[]*([\p{L}]+)/u.exec(text.slice(pos, pos + 40));
  return (m?.[1] ?? '').toLowerCase();
}

/** Whether the text before `start` ends a clause (block start, or a ':' ';' '.' before the enumerator). */
function clauseEndsBefore(text: string, start: number, from: number): boolean {
  const before = text.slice(from, start).trimEnd();
  return before === '' || /[:;.!?]["'”’)\]]*$/.test(before);
}

/**
 * Decides whether the punctuation at `dot` (with `punct` = the run of terminal marks) ends
 * a sentence, given the text that follows it at `next`.
 */
function endsSentence(text: string, dot: number, punct: string, next: number, from: number): boolean {
  if (!STARTS_SENTENCE.test(text.slice(next, next + 4))) return false;
  if (punct !== '.') return true;
  const { word, start } = wordBefore(text, dot, from);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // "1." / "(iv)." / "a." opening a clause is a list number, not an end: "purposes: 1. To provide ..."
  if (ENUMERATOR.test(word) && clauseEndsBefore(text, start, from)) return false;
  // "No. 5", "Sec. 3": an abbreviation followed by a number.
  if (/^\d/.test(text[next] ?? '') && /^[a-z]{1,4}$/i.test(word) && MAYBE_FINAL.has(lower)) return false;
  // A single capital is an initial ("John F. Kennedy"), not a sentence.
  if (/^\p{Lu}$/u.test(word)) return false;
  const initialism = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (MAYBE_FINAL.has(lower) || initialism) return OPENERS.has(wordAfter(text, next));
  return true;
}

/**
 * Finds sentence spans in `text[from, to)`: ends at `.`, `!`, `?` (and closing quotes)
 * followed by whitespace and a plausible sentence start, skipping abbreviations ("e.g.",
 * "U.S.", "Inc.", "No. 5"), initials and list numbers. Decimals, URLs and e-mail addresses
 * never match, since their dots are not followed by whitespace. Spans are trimmed and
 * non-empty; they never cross `to`.
 * @param text the whole extracted text
 * @param from first character of the block
 * @param to end of the block (exclusive)
 */
export function sentenceSpans(text: string, from: number, to: number): Array<[number, number]> {
  const cuts: number[] = [];
  const block = text.slice(from, to);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(block); m; m = CANDIDATE.exec(block)) {
    const punct = m[1] ?? '.';
    const dot = from + m.index;
    const next = dot + m[0].length;
    if (next >= to) break;
    if (endsSentence(text, dot, punct, next, from)) cuts.push(dot + punct.length + (m[2] ?? '').length);
  }
  INLINE_BULLET.lastIndex = 0;
  for (let m = INLINE_BULLET.exec(block); m; m = INLINE_BULLET.exec(block)) cuts.push(from + m.index + 1);
  cuts.sort((a, b) => a - b);
  const spans: Array<[number, number]> = [];
  let s = from;
  for (const c of [...cuts, to]) {
    let a = s;
    let b = c;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) spans.push([a, b]);
    s = Math.max(s, c);
  }
  return spans;
}
