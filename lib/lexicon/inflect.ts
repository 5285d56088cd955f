/**
 * English inflection for lexicon terms: a term is written once in its base form and matches its
 * plural ("address books") or its verb forms ("shares", "shared", "sharing"). Forms are generated
 * from the lexicon's own words, never guessed for arbitrary text, so a rare miss is a missing
 * irregular form here, not a wrong lemma of someone else's word.
 */

// Irregular verbs the lexicons use: base -> [3rd person, past, participle, gerund].
const IRREGULAR_VERBS: Record<string, string[]> = {
  sell: ['sells', 'sold', 'selling'],
  send: ['sends', 'sent', 'sending'],
  give: ['gives', 'gave', 'given', 'giving'],
  keep: ['keeps', 'kept', 'keeping'],
  get: ['gets', 'got', 'gotten', 'getting'],
  make: ['makes', 'made', 'making'],
  read: ['reads', 'read', 'reading'],
  hold: ['holds', 'held', 'holding'],
  take: ['takes', 'took', 'taken', 'taking'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  buy: ['buys', 'bought', 'buying'],
  lend: ['lends', 'lent', 'lending'],
  let: ['lets', 'letting'],
  put: ['puts', 'putting'],
  set: ['sets', 'setting'],
  show: ['shows', 'showed', 'shown', 'showing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  find: ['finds', 'found', 'finding'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  build: ['builds', 'built', 'building'],
  hear: ['hears', 'heard', 'hearing'],
  pay: ['pays', 'paid', 'paying'],
  lay: ['lays', 'laid', 'laying'],
  tell: ['tells', 'told', 'telling'],
  be: ['is', 'are', 'was', 'were', 'been', 'being'],
};

const VOWEL = /[aeiou]/;

/** Plural of a noun ("book" -> "books", "party" -> "parties", "address" -> "addresses"). */
export function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

// Short verbs ending consonant-vowel-consonant double it: "scan" -> "scanned", "ship" -> "shipping".
function doubles(verb: string): boolean {
  return verb.length <= 4 && /[^aeiou][aeiou][bdglmnprt]$/.test(verb);
}

/** Every form of a verb: base, 3rd person, past, participle and gerund. */
export function verbForms(verb: string): string[] {
  const irregular = IRREGULAR_VERBS[verb];
  if (irregular) return [verb, ...irregular];
  const third = plural(verb);
  let stem = verb;
  if (doubles(verb)) stem = verb + verb.slice(-1);
  let past: string;
  let gerund: string;
  if (verb.endsWith('e')) {
    past = `${verb}d`;
    gerund = verb.endsWith('ee') ? `${verb}ing` : `${verb.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(verb)) {
    past = `${verb.slice(0, -1)}ied`;
    gerund = `${verb}ing`;
  } else {
    past = `${stem}ed`;
    gerund = `${stem}ing`;
  }
  return [verb, third, past, gerund];
}

/** True when `form` is a past participle of one of the lexicon's verbs ("shared", "sold", "given"). */
export function isParticiple(form: string): boolean {
  if (/ed$/.test(form) && VOWEL.test(form.slice(0, -2))) return true;
  return PARTICIPLES.has(form);
}

const PARTICIPLES = new Set(
  Object.values(IRREGULAR_VERBS).flatMap((forms) => forms.filter((f) => !/(?:s|ing)$/.test(f) || f === 'is')),
);
PARTICIPLES.delete('is');
