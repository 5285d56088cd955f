/**
 * Multiset difference on string arrays: a sentence that appears twice ("Learn more.") and loses
 * one copy is one removed sentence, which a set difference would miss.
 * @returns items of `a` not matched by an equal item of `b` (each match used once), in `a`'s order
 */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else out.push(x);
  }
  return out;
}
