import { ACTION_WORD, CONCEPT_WORD } from '../lexicon';

// Words by which a sentence may point at data or recipients named elsewhere.
export const PRONOUNS = new Set(['it', 'them', 'this', 'these', 'those', 'such', 'they', 'which', 'that', 'following']);

const PRONOUN_WORD = new RegExp(String.raw`(?<![^\W_])(?:${[...PRONOUNS].join('|')})(?![^\W_])`, 'i');

// A sentence this short that names no data is about its heading's or lead-in's topic ("None is ever sold." under "Geolocation").
export const SHORT_WORDS = 10;

/**
 * A cheap necessary condition for `readSentence` to find a practice in a sentence of its own (not
 * a list item, with no acting heading): an action word, and a concept word, a pronoun or few words.
 * It spares tokenising the many sentences that only use data ("We use it to improve the site").
 */
export function mayHoldPractice(text: string): boolean {
  return ACTION_WORD.test(text) && (CONCEPT_WORD.test(text) || PRONOUN_WORD.test(text) || fewWords(text));
}

// At most SHORT_WORDS words, counted from above: a space-separated chunk with a letter or digit holds at least one word.
function fewWords(text: string): boolean {
  let chunks = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) counted = false;
    else if (!counted && (c >= 128 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
      counted = true;
      if (++chunks > SHORT_WORDS) return false;
    }
  }
  return true;
}
