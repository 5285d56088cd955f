/**
 * The lexicons: every concept the practice layer reads, as data. To teach the engine a new data
 * type or recipient, add an entry (with examples) to `data-types.ts` or `recipients.ts`; every
 * practice and label row that asks for that concept picks it up.
 */
import { ACTIONS } from './actions';
import { CONDITIONS } from './conditions';
import { DATA_TYPES } from './data-types';
import { firstWords } from './expand';
import { LexiconMatcher } from './matcher';
import { PURPOSES } from './purposes';
import { RECIPIENTS } from './recipients';
import type { Lexicon } from './types';

export type { Action } from './actions';
export type { Condition } from './conditions';
export type { DataType } from './data-types';
export type { Purpose } from './purposes';
export type { Recipient } from './recipients';
export type { ConceptClass, Lexicon, LexiconEntry, Mention } from './types';
export { LexiconMatcher } from './matcher';

/** Every lexicon, in the order a tie between classes is settled. */
export const LEXICONS: ReadonlyArray<Lexicon> = [ACTIONS, RECIPIENTS, DATA_TYPES, PURPOSES, CONDITIONS];

/** One matcher over all lexicons, built once. */
export const MATCHER = new LexiconMatcher(LEXICONS);

/**
 * A case-insensitive test for any word one of `lexicons`' terms can start with. Word edges are
 * the tokeniser's: an underscore separates words ("content_name" holds "name"), so not `\b`.
 */
function startWordTest(lexicons: ReadonlyArray<Lexicon>): RegExp {
  const words = lexicons.flatMap((lex) =>
    lex.entries.flatMap((e) => [...e.terms.flatMap((t) => firstWords(t, e.inflect ?? 'noun')), ...(e.nouns ?? []).flatMap((t) => firstWords(t, 'noun'))]),
  );
  return new RegExp(String.raw`(?<![^\W_])(?:${[...new Set(words)].sort().join('|')})(?![^\W_])`, 'i');
}

/**
 * Every word an action term can start with: a sentence without any can hold no practice of its
 * own (only a list item or table cell can, through its lead-in).
 */
export const ACTION_WORD = startWordTest([ACTIONS]);

/** Every word a term of another class (data, recipient, purpose, condition) can start with. */
export const CONCEPT_WORD = startWordTest(LEXICONS.filter((lex) => lex !== ACTIONS));
