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

// A word (letters and digits, with inner apostrophes), or punctuation that bounds clauses and lists
// (a lone apostrophe is kept: "partners' websites" is a possessive, not a recipient).
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}]+)*|[;:,()\u2013\u2014.!?"\u201c\u201d'\u2019|]|(?<=\s)-(?=\s)/gu;
const CURLY = /[\u2019\u02bc]/g;

/** Splits `text` into tokens; `start`/`end` index into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    out.push({ w: raw.toLowerCase().replace(CURLY, "'"), start: m.index, end: m.index + raw.length, cap: /^\p{Lu}/u.test(raw), acronym: raw.length > 1 && !/\p{Ll}/u.test(raw) });
  }
  return out;
}

/** Tokenises a lexicon phrase into its words (punctuation dropped). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase)
    .map((t) => t.w)
    .filter((w) => /[\p{L}\p{N}']/u.test(w));
}
