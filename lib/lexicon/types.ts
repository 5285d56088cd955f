/**
 * A lexicon is data: each concept (a data type, a recipient, an action, a purpose, a condition)
 * is one entry with the phrases that name it and examples that the tests run. Rules never spell
 * these words again; they ask for the concept.
 */

/** The classes of concept the clause analyser reads. */
export type ConceptClass = 'data' | 'recipient' | 'action' | 'purpose' | 'condition';

/**
 * How the head word of a term inflects: `noun` adds the plural of each term's last word
 * ("address book" -> "address books"), `verb` every verb form of its first word
 * ("share" -> "shares", "shared", "sharing"), `none` matches terms as written.
 */
export type Inflection = 'noun' | 'verb' | 'none';

/** One concept and its names. */
export interface LexiconEntry<Id extends string = string> {
  id: Id;
  /** What the concept is, in the taxonomy's words. */
  gloss: string;
  /**
   * Phrases naming the concept, lower case. `(a|b)` is a choice, `[a|b]` an optional choice, and
   * `*` stands for up to three words ("make * available" matches "make your data available").
   */
  terms: string[];
  /** Head-word inflection of `terms`; default `noun`. */
  inflect?: Inflection;
  /** Nominal forms of an action ("disclosure", "the sale of"), matched as written plus plural. */
  nouns?: string[];
  /** Phrases that contain a term but mean something else ("contact us" is not a contact list). */
  not?: string[];
  /**
   * A finer reading of an action some label rows need: `receive` for the collect verbs by which data
   * is handed to the actor ("advertisers receive your email"), `buy` for a sale seen from the buyer.
   */
  sense?: string;
  /** Phrases that must (`yes`) and must not (`no`) yield this entry: the lexicon tests run them. */
  examples: { yes: string[]; no: string[] };
}

/** A lexicon class: its entries, in priority order (an earlier entry wins a tie on the same words). */
export interface Lexicon<Id extends string = string> {
  cls: ConceptClass;
  entries: ReadonlyArray<LexiconEntry<Id>>;
}

/** A concept found in a sentence. */
export interface Mention {
  cls: ConceptClass;
  id: string;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** `noun` when an action is named by its nominal form ("the sale of your data"). */
  form: 'term' | 'noun';
  /** The entry's `sense`, if it has one. */
  sense?: string;
}
