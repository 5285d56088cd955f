/**
 * Whitespace normalisation shared by the extractors.
 *
 * Pages use NBSP, zero-width spaces and soft hyphens inside legal prose; collapsing them keeps
 * offsets stable and word matching (the scorer's, the classifier's) honest.
 */

// Zero-width characters and soft hyphens carry no text; they split words when left in.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Any run of whitespace, including NBSP and the other Unicode spaces.
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
// C0 controls other than tab/newline/CR (NULs in binary input) would end up in JSON output.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Collapses every whitespace run to one space, drops invisible and control characters, trims.
 * @param s raw text
 */
export function normalizeSpace(s: string): string {
  return s.replace(INVISIBLE, '').replace(CONTROLS, ' ').replace(SPACES, ' ').trim();
}
