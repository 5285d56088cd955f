import type { Extracted, Sentence } from '../types';
import { sentenceSpans } from './boundaries';
import { capLength } from './cap-length';

export { sentenceSpans } from './boundaries';
export { capLength, HARD_CAP, SOFT_CAP } from './cap-length';

/** A heading longer than this is prose set in a heading tag, and is split like a paragraph. */
const MAX_HEADING = 200;

/** Spans of one block: a heading is one unit, other blocks are split into capped sentences. */
function blockSpans(text: string, start: number, end: number, heading: boolean): Array<[number, number]> {
  if (heading && end - start <= MAX_HEADING) return [[start, end]];
  return sentenceSpans(text, start, end).flatMap(([a, b]) => capLength(text, a, b));
}

/** Trims whitespace off a span; null when nothing is left. */
function trimSpan(text: string, a: number, b: number): [number, number] | null {
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return b > a ? [a, b] : null;
}

/**
 * Splits extracted text into sentences and clauses with offsets into `ex.text`
 * (`ex.text.slice(s.start, s.end) === s.text` always holds).
 *
 * Units never cross a block: a heading is its own unit, each list item is its own unit (or
 * several, if it holds several sentences), and sentences longer than `SOFT_CAP` are split
 * at clause boundaries. Each unit carries its block index, the nearest heading above it, and
 * a `lead`: the first sentence of its block, or, for a list item, the last sentence of the
 * paragraph that introduces the list ("We share your data with:"), which is what gives an
 * item its meaning.
 * @param ex extracted text with blocks (a text without blocks is read as one paragraph)
 */
export function segment(ex: Extracted): Sentence[] {
  const blocks = ex.blocks.length || !ex.text ? ex.blocks : [{ kind: 'paragraph' as const, level: 0, start: 0, end: ex.text.length }];
  const out: Sentence[] = [];
  let heading = '';
  let listIntro = '';
  blocks.forEach((b, i) => {
    const isHeading = b.kind === 'heading';
    const spans = blockSpans(ex.text, b.start, b.end, isHeading)
      .map(([a, z]) => trimSpan(ex.text, a, z))
      .filter((s): s is [number, number] => s !== null);
    const above = heading;
    if (isHeading && spans.length === 1) {
      heading = ex.text.slice(b.start, b.end).trim();
      listIntro = '';
    }
    const first = spans[0] ? ex.text.slice(spans[0][0], spans[0][1]) : '';
    // A table cell's lead-in is its column header; a list item's, the paragraph before the list.
    const intro = b.lead ?? listIntro;
    const listItem = b.kind === 'list-item' && intro !== '';
    const lead = listItem ? intro : first;
    for (const [a, z] of spans) out.push({ text: ex.text.slice(a, z), start: a, end: z, block: i, heading: isHeading ? above : heading, lead, ...(listItem ? { listItem } : {}) });
    const last = spans[spans.length - 1];
    // A paragraph (not a list item) introduces the list items that follow it.
    if (b.kind === 'paragraph') listIntro = last ? ex.text.slice(last[0], last[1]) : '';
  });
  return out;
}
