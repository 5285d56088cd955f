/**
 * Which language a policy is written in, from its most common function words: the engine reads
 * English only, and a policy in another language deserves a clear notice, not an empty grade.
 */

/** A language the detector knows: its code and its name in English. */
export interface Language {
  code: string;
  name: string;
}

// Function words frequent in privacy policies, a dozen per language; none shared by two lists.
const WORDS: ReadonlyArray<Language & { words: readonly string[] }> = [
  { code: 'en', name: 'English', words: ['the', 'and', 'of', 'to', 'we', 'you', 'your', 'with', 'for', 'is', 'that', 'this'] },
  { code: 'de', name: 'German', words: ['und', 'der', 'die', 'das', 'wir', 'sie', 'ihre', 'nicht', 'mit', 'für', 'werden', 'oder'] },
  { code: 'fr', name: 'French', words: ['les', 'des', 'et', 'nous', 'vous', 'vos', 'est', 'pour', 'dans', 'une', 'sont', 'avec'] },
  { code: 'es', name: 'Spanish', words: ['los', 'las', 'y', 'nosotros', 'usted', 'sus', 'para', 'con', 'del', 'datos', 'que', 'el'] },
  { code: 'it', name: 'Italian', words: ['il', 'gli', 'della', 'noi', 'dei', 'sono', 'per', 'questo', 'alla', 'che', 'dati', 'nel'] },
  { code: 'nl', name: 'Dutch', words: ['het', 'een', 'wij', 'uw', 'van', 'niet', 'worden', 'zijn', 'voor', 'onze', 'deze', 'gegevens'] },
  { code: 'pt', name: 'Portuguese', words: ['os', 'ao', 'nós', 'você', 'seus', 'não', 'uma', 'dos', 'das', 'são', 'em', 'pelo'] },
];
const BY_WORD = new Map<string, number>();
WORDS.forEach((l, i) => l.words.forEach((w) => BY_WORD.set(w, i)));

// Enough words to judge; fewer say nothing either way.
const MIN_HITS = 20;
// How many words are read at most (the start of a policy is enough).
const SAMPLE_WORDS = 3000;

/** The language of `text`, or null when too few known words appear to tell. */
export function detectLanguage(text: string): Language | null {
  const counts = new Array<number>(WORDS.length).fill(0);
  let read = 0;
  let hits = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    if (++read > SAMPLE_WORDS) break;
    const i = BY_WORD.get(m[0]);
    if (i === undefined) continue;
    counts[i] = (counts[i] ?? 0) + 1;
    hits++;
  }
  if (hits < MIN_HITS) return null;
  let best = 0;
  counts.forEach((c, i) => {
    if (c > (counts[best] ?? 0)) best = i;
  });
  const l = WORDS[best] as Language;
  return { code: l.code, name: l.name };
}

/** True unless the text is clearly in a language other than English. */
export function readsAsEnglish(text: string): boolean {
  const l = detectLanguage(text);
  return l === null || l.code === 'en';
}
