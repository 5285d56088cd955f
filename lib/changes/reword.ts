/**
 * Pairs removed and added sentences that are the same sentence edited in place ("reworded"),
 * so "we keep data for 30 days" -> "we keep your data for 60 days" reads as one edit, not as one
 * sentence lost and one gained. Needs both texts: a stored version keeps texts only for its
 * findings' sentences, the new version's texts are available at diff time.
 */
import { normalizeSentence } from './hash';
import type { Rewording } from './types';

/** Minimum word overlap (shared words / words of the longer sentence) of a rewording. */
export const REWORD_THRESHOLD = 0.6;
/** Added sentences considered per removed one; bounds the work on a completely rewritten page. */
const MAX_CANDIDATES = 2000;

/** A sentence on one side of the diff whose text is known. */
export interface KnownSentence {
  hash: string;
  text: string;
}

/** The distinct words of a sentence's normalised form. */
export function wordSet(text: string): Set<string> {
  const norm = normalizeSentence(text);
  return new Set(norm ? norm.split(' ') : []);
}

/** Shared words divided by the word count of the larger set (0 when either is empty). */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const larger = Math.max(a.size, b.size);
  if (!larger || !a.size || !b.size) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / larger;
}

/**
 * Greedily pairs removed with added sentences, best overlap first, each sentence used at most
 * once; pairs below `REWORD_THRESHOLD` are not rewordings.
 */
export function pairRewordings(removed: readonly KnownSentence[], added: readonly KnownSentence[]): Rewording[] {
  const addedSets = added.slice(0, MAX_CANDIDATES).map((s) => ({ s, words: wordSet(s.text) }));
  const pairs: Array<{ r: KnownSentence; a: KnownSentence; overlap: number }> = [];
  for (const r of removed) {
    const rw = wordSet(r.text);
    for (const { s, words } of addedSets) {
      // Overlap can never reach the threshold when one set is much smaller: skip the count.
      if (Math.min(rw.size, words.size) < REWORD_THRESHOLD * Math.max(rw.size, words.size)) continue;
      const overlap = wordOverlap(rw, words);
      if (overlap >= REWORD_THRESHOLD) pairs.push({ r, a: s, overlap });
    }
  }
  pairs.sort((x, y) => y.overlap - x.overlap);
  const usedOld = new Set<string>();
  const usedNew = new Set<string>();
  const out: Rewording[] = [];
  for (const { r, a, overlap } of pairs) {
    if (usedOld.has(r.hash) || usedNew.has(a.hash)) continue;
    usedOld.add(r.hash);
    usedNew.add(a.hash);
    out.push({ oldHash: r.hash, newHash: a.hash, oldText: r.text, newText: a.text, overlap: Math.round(overlap * 100) / 100 });
  }
  return out;
}
