/**
 * Word tokens with offsets: the unit every lexicon term and every clause rule is written in.
 * Hyphens and slashes separate words ("third-party" reads as "third party", "and/or" as "and or"),
 * so a term is written once with spaces; apostrophes stay inside a word ("friend's", "don't").
 */

/** One token of a sentence: a lower-case word, or one punctuation mark that matters to clauses. */
export interface Token {
  /** Lower case, typographic apostrophes made straight. */
  w: string;
  /** Character offsets into the tokenised string. */
  start: number;
  end: number;
  /** Written with a capital: mid-sentence, a name ("Match Group") rather than a verb. */
  cap: boolean;
  /** Written in capitals only ("ID", "CCPA"): an acronym. */
  acronym: boolean;
}

const APOSTROPHES = new Set([39, 0x2019, 0x2bc]);
// Punctuation kept as tokens: it bounds clauses and lists (a lone apostrophe too: "partners' websites"
// is a possessive, not a recipient). A hyphen is a token only between spaces (a dash); inside a word
// it separates ("third-party" reads as "third party").
const PUNCTUATION = new Set([...';:,().!?"|\'\u2013\u2014\u201c\u201d\u2019'].map((c) => c.charCodeAt(0)));
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;
// One string per punctuation mark, not one per occurrence.
const MARKS = new Map([...PUNCTUATION, 45].map((c) => [c, String.fromCharCode(c)]));
const CURLY = /[\u2019\u02bc]/g;

// Letters and digits: ASCII by arithmetic, the rest by Unicode class.
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

// True when text[from, to) has no lower-case letter.
function isUpper(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Splits `text` into tokens; `start`/`end` index into `text`. A hand-written scan: it runs on every sentence. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (wordChar(c)) {
      const start = i;
      let curly = false;
      // Only a word with a capital or a non-ASCII letter needs lower-casing (most need only a slice).
      let plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      i++;
      for (;;) {
        const d = text.charCodeAt(i);
        if (i < n && wordChar(d)) {
          if (plain && !((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) plain = false;
          i++;
        } else if (i + 1 < n && APOSTROPHES.has(d) && wordChar(text.charCodeAt(i + 1))) {
          curly ||= d !== 39;
          i += 2;
        } else break;
      }
      let w = plain ? text.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) w = w.replace(CURLY, "'");
      const cap = c !== w.charCodeAt(0);
      out.push({ w, start, end: i, cap, acronym: cap && i - start > 1 && isUpper(text, start, i) });
      continue;
    }
    const dash = c === 45 && i > 0 && i + 1 < n && /\s/.test(text[i - 1] as string) && /\s/.test(text[i + 1] as string);
    if (PUNCTUATION.has(c) || dash) out.push({ w: c === 0x2019 ? "'" : MARKS.get(c) ?? (text[i] as string), start: i, end: i + 1, cap: false, acronym: false });
    i++;
  }
  return out;
}

/** Tokenises a lexicon phrase into its words (punctuation dropped). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase)
    .map((t) => t.w)
    .filter((w) => /[\p{L}\p{N}']/u.test(w));
}
