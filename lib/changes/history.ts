/**
 * Bounded per-URL history of fingerprints. Re-visiting an unchanged policy does not add an entry:
 * it refreshes the last one (newest engine, last-seen date) and keeps its first-seen date, so
 * "Changed since <date>" names the last time the user saw the old text.
 */
import type { PolicyVersion } from './types';
import { minus } from './multiset';

/**
 * Same text as far as change tracking cares (what `diffVersions(a, b).changed === false` means):
 * the same sentences in any order, or, when either side kept no sentences, the same findings.
 */
export function sameText(a: PolicyVersion, b: PolicyVersion): boolean {
  if (a.textHash === b.textHash && a.sentenceHashes.length === b.sentenceHashes.length && a.sentenceHashes.length > 0) return true;
  if (a.sentenceHashes.length && b.sentenceHashes.length) {
    return a.sentenceHashes.length === b.sentenceHashes.length && minus(a.sentenceHashes, b.sentenceHashes).length === 0;
  }
  const keys = (v: PolicyVersion): string[] => v.findings.map((f) => `${f.label}|${f.hash}`);
  return keys(a).length === keys(b).length && minus(keys(a), keys(b)).length === 0;
}

/**
 * Appends `v` to `history` (oldest first) and drops the oldest entries beyond `max`. When `v` has
 * the same text as the newest entry, that entry is replaced by `v` carrying the entry's
 * `firstSeenAt` instead. Returns a new array; the input is not modified.
 * @param history stored versions, oldest first
 * @param v the version just analysed
 * @param max entries kept (at least 1)
 */
export function appendHistory(history: readonly PolicyVersion[], v: PolicyVersion, max = 10): PolicyVersion[] {
  const keep = Math.max(1, Math.floor(max));
  const last = history[history.length - 1];
  const out = last && sameText(last, v) ? [...history.slice(0, -1), { ...v, firstSeenAt: Math.min(last.firstSeenAt, v.firstSeenAt) }] : [...history, v];
  return out.slice(-keep);
}
