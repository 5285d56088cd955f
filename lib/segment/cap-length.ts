/** A unit longer than this is split at clause boundaries (';', then ':' ). */
export const SOFT_CAP = 600;
/** No unit is longer than this: past it, a split at ',' or a space is forced. */
export const HARD_CAP = 1000;

/** Groups the pieces between `cuts` so that each group stays under `cap` where possible. */
function group(start: number, end: number, cuts: readonly number[], cap: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = start;
  let last = start;
  for (const c of [...cuts, end]) {
    if (c - a > cap && last > a) {
      out.push([a, last]);
      a = last;
    }
    last = c;
  }
  out.push([a, end]);
  return out;
}

/** Cut positions (just after the separator) of `re` inside text[start, end). */
function cutsOf(text: string, start: number, end: number, re: RegExp): number[] {
  const cuts: number[] = [];
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) cuts.push(start + m.index + m[0].length);
  return cuts.filter((c) => c > start && c < end);
}

/**
 * Splits an over-long span (legal sentences of 1,000+ characters, or text with no full stops
 * at all) into clause-sized units: first at ';' (and "; and"), then at ':' , then at ', ' and,
 * as a last resort, at spaces, so no unit exceeds `HARD_CAP` and most stay under `SOFT_CAP`.
 * Every piece is a sub-span of the input, trimmed by the caller.
 * @param text the whole extracted text
 * @param start span start
 * @param end span end (exclusive)
 */
export function capLength(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= SOFT_CAP) return [[start, end]];
  const levels: Array<[RegExp, number]> = [[/;\s+/g, SOFT_CAP], [/:\s+/g, SOFT_CAP], [/,\s+/g, HARD_CAP], [/\s+/g, HARD_CAP]];
  let spans: Array<[number, number]> = [[start, end]];
  for (const [re, cap] of levels) {
    spans = spans.flatMap(([a, b]) => (b - a > cap ? group(a, b, cutsOf(text, a, b, re), cap) : [[a, b] as [number, number]]));
  }
  // Text with no spaces at all (a minified blob): cut blindly.
  return spans.flatMap(([a, b]) => {
    const out: Array<[number, number]> = [];
    for (let i = a; i < b; i += HARD_CAP) out.push([i, Math.min(b, i + HARD_CAP)]);
    return out;
  });
}
