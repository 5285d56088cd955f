import type { Extracted, Sentence } from '../types';

/** Splits extracted text into sentences with offsets (TODO: engine helper). */
export function segment(ex: Extracted): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (let m = re.exec(ex.text); m; m = re.exec(ex.text)) {
    const t = m[0].trim();
    if (t) out.push({ text: t, start: m.index, end: m.index + m[0].length, block: 0, heading: '', lead: '' });
  }
  return out;
}
