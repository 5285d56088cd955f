/**
 * Short, synchronous, deterministic hashes for change tracking.
 *
 * 32-bit FNV-1a is enough here: a hash is only compared with the hashes of the same policy's
 * previous version (a few thousand sentences), so the chance that an edited sentence collides
 * with some existing one is about n / 2^32 (≈ 2e-7 for 1,000 sentences). The cost of a collision
 * is one missed "changed" line, never a wrong verdict: the current analysis is always computed
 * from the full text. Web Crypto's SHA-256 would be async and 9x longer to store for no gain.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bit) of a string's UTF-16 code units, as base36 (at most 7 characters). */
export function fnv1a(text: string): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0).toString(36);
}

/**
 * The form of a sentence that counts for change tracking: Unicode-compatibility folded, lower
 * case, every run of punctuation and whitespace collapsed to one space. So "We don't sell data."
 * and "We don’t  sell data" are the same sentence, while any changed word or number is a change.
 */
export function normalizeSentence(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();
}

/** Hash of a sentence's normalised form; `''` when nothing but punctuation is left. */
export function sentenceHash(text: string): string {
  const norm = normalizeSentence(text);
  return norm ? fnv1a(norm) : '';
}
