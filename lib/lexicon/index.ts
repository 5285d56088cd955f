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
 * Every word an action term can start with, as one case-insensitive test: a sentence without any
 * can hold no practice of its own (only a list item or table cell can, through its lead-in).
 */
export const ACTION_WORD = new RegExp(
  String.raw`\b(?:${[...new Set(ACTIONS.entries.flatMap((e) => [...e.terms.map((t) => ({ t, inflect: e.inflect ?? 'noun' })), ...(e.nouns ?? []).map((t) => ({ t, inflect: 'noun' as const }))]).flatMap(({ t, inflect }) => firstWords(t, inflect)))].sort().join('|')})\b`,
  'i',
);
