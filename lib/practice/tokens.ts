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
  /** A punctuation mark, not a word. */
  mark: boolean;
}

// Punctuation kept as tokens: it bounds clauses and lists (a lone apostrophe too: "partners' websites"
// is a possessive, not a recipient). A hyphen is a token only between spaces (a dash); inside a word
// it separates ("third-party" reads as "third party").
const PUNCTUATION = new Set([...';:,().!?"|\'\u2013\u2014\u201c\u201d\u2019'].map((c) => c.charCodeAt(0)));
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/u;
// One string per punctuation mark, not one per occurrence.
const MARKS = new Map([...PUNCTUATION, 45].map((c) => [c, c === 0x2019 ? "'" : String.fromCharCode(c)]));
const CURLY = /[\u2019\u02bc]/g;

// The class of each ASCII character, looked up once per character: the scan runs on every sentence.
const LOWER = 1; // a-z, 0-9: a word character that needs no lower-casing
const UPPER = 2; // A-Z
const MARK = 3; // punctuation kept as a token
const SPACE = 4;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) ASCII[c] = LOWER;
  else if (c >= 65 && c <= 90) ASCII[c] = UPPER;
  else if (PUNCTUATION.has(c)) ASCII[c] = MARK;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = SPACE;
}

// Letters and digits beyond ASCII, by Unicode class.
const wordCharBeyondAscii = (c: number): boolean => c >= 128 && OTHER_WORD_CHAR.test(String.fromCharCode(c));
const isWordChar = (c: number): boolean => (c < 128 ? ASCII[c] === LOWER || ASCII[c] === UPPER : wordCharBeyondAscii(c));
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;
const isSpace = (c: number): boolean => (c < 128 ? ASCII[c] === SPACE : /\s/.test(String.fromCharCode(c)));

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
    const cls = c < 128 ? ASCII[c] : 0;
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === LOWER || cls === UPPER || (cls === 0 && wordCharBeyondAscii(c))) {
      const start = i;
      let curly = false;
      // Only a word with a capital or a non-ASCII letter needs lower-casing (most need only a slice).
      let plain = cls === LOWER;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128 && ASCII[d] === LOWER) i++;
        else if (isWordChar(d)) {
          plain = false;
          i++;
        } else if (isApostrophe(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
          curly ||= d !== 39;
          i += 2;
        } else break;
      }
      let w = plain ? text.slice(start, i) : text.slice(start, i).toLowerCase();
      if (curly) w = w.replace(CURLY, "'");
      const cap = c !== w.charCodeAt(0);
      out.push({ w, start, end: i, cap, acronym: cap && i - start > 1 && isUpper(text, start, i), mark: false });
      continue;
    }
    const dash = c === 45 && i > 0 && i + 1 < n && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1));
    if (cls === MARK || dash || (c >= 128 && PUNCTUATION.has(c))) out.push({ w: MARKS.get(c) as string, start: i, end: i + 1, cap: false, acronym: false, mark: true });
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
