/**
 * Abbreviations that end in a full stop without ending the sentence. All lower-case, without
 * the final dot; matched against the word before the dot.
 */

/** Always followed by more of the same sentence ("e.g. Google", "Dr. Smith", "Sec. 5"). */
export const NEVER_FINAL = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'cf', 'viz', 'vs', 'v', 'approx', 'incl', 'esp', 'resp', 'ca', 'al',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'st', 'mt', 'ft', 'rev', 'hon', 'gen', 'capt', 'lt', 'col', 'sgt',
  'sec', 'secs', 'art', 'arts', 'para', 'paras', 'ch', 'chap', 'cl', 'pt', 'pp', 'p', 'fig', 'vol', 'ed', 'eds',
  'ave', 'blvd', 'rd', 'ste', 'dept', 'div', 'est', 'tel', 'ph', 'fax', 'ext', 'attn', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s.c', 'c.f.r', 'stat', 'reg', 'regs', 'cal', 'civ',
  'bus', 'gov', 'govt', 'ann', 'supp', 'amend', 'subd', 'subsec', 'op', 'seq',
]);

/**
 * May end a sentence or not ("Acme Inc. We collect..." vs "Acme Inc. Privacy Shield").
 * After these the sentence ends only if the next word is a usual sentence opener.
 */
export const MAYBE_FINAL = new Set([
  'inc', 'ltd', 'llc', 'l.l.c', 'llp', 'corp', 'co', 'plc', 'gmbh', 'ag', 'bv', 'b.v', 'n.v', 's.a', 's.a.s', 's.l', 'pty',
  'etc', 'no', 'nos', 'jr', 'bros', 'intl', 'assn', 'u.s', 'u.k', 'e.u', 'u.s.a', 'u.n', 'a.m', 'p.m',
]);

/** Words that usually open a sentence in legal prose; used to resolve `MAYBE_FINAL` dots. */
export const OPENERS = new Set([
  'we', 'you', 'your', 'our', 'us', 'they', 'it', 'this', 'these', 'those', 'that', 'if', 'in', 'for', 'to', 'please',
  'any', 'all', 'when', 'where', 'such', 'some', 'each', 'no', 'not', 'as', 'by', 'with', 'unless', 'except', 'however',
  'also', 'further', 'furthermore', 'additionally', 'moreover', 'there', 'here', 'the', 'a', 'an', 'once', 'after',
  'before', 'while', 'although', 'because', 'since', 'note', 'learn', 'see', 'read', 'contact', 'from', 'under',
  'third', 'personal', 'information', 'data', 'cookies', 'users', 'children', 'what', 'how', 'why', 'who', 'which',
]);
