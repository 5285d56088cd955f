import type { Category, Label, Stance } from '../types';

/**
 * One classification rule: data, not code, so every finding can name the rule behind it
 * and each category's rules sit in one file beside its examples.
 */
export interface Rule {
  /** Short id, unique in its category; a finding's `rule` is `<category>/<id>`. */
  id: string;
  stance: Stance;
  /** The trigger, tested on the sentence (rules are case-insensitive: write patterns in lower case with the `i` flag). */
  match: RegExp;
  /**
   * `negated`: fires only when the trigger is negated in its clause ("we do not sell");
   * `affirmed`: only when it is not ("we may sell"); absent: either way.
   */
  polarity?: 'negated' | 'affirmed';
  /** Each of these must also match the sentence. */
  also?: RegExp[];
  /** The rule does not fire when any of these matches the sentence. */
  unless?: RegExp[];
  /**
   * Topic that must match the sentence, its section heading or its paragraph's first sentence:
   * "we may disclose it to these entities" under "Advertisers" is about advertisers.
   * (No `g` flag: it is tested with `RegExp.test`, which a global regex makes stateful.)
   */
  topic?: RegExp;
  /**
   * Where `topic` may match; default all three. `['heading', 'lead']` makes a rule that only fires
   * in context ("disclose it to these entities" only counts under an Advertisers heading or lead).
   * A rule whose `topicIn` leaves out `sentence` runs even when the category's `cue` misses the
   * sentence (the context, not the sentence, names the subject), so keep its `match` specific.
   */
  topicIn?: Array<'sentence' | 'heading' | 'lead'>;
  /** The rule reads list items (and table cells) only: their lead-in gives them their meaning. */
  listItem?: true;
  /** 0..1, default 0.7. */
  confidence?: number;
  /**
   * Stances of this rule's own category that this rule cancels on the same sentence when it
   * fires. Lets a protection read the whole clause: "we share it with advertisers only if you
   * opt in" matches a sharing risk rule too, so the consent rule (a protection) carries
   * `suppress: ['risk']` and the sentence ends up a protection only. Suppression is applied
   * after every rule of the sentence ran, whatever the confidences; a suppressing rule is
   * always evaluated, and still suppresses when it is itself suppressed (two rules that cancel
   * each other leave nothing: guard one of them with `unless`). Absent = suppresses nothing
   * (the old behaviour).
   */
  suppress?: Stance[];
}

/** A worked example for a category: the meta-test runs every one through the classifier. */
export interface Example {
  text: string;
  /** Section heading the sentence sits under, if the example depends on context. */
  heading?: string;
  /** First sentence of the example's paragraph, if the example depends on it. */
  lead?: string;
  /** Labels of this category that must be found (empty for a negative example). */
  labels: Label[];
  /** Labels that must not be found (defaults to every label of the category not in `labels`). */
  not?: Label[];
}

/** All rules of one taxonomy category, with its examples. */
export interface CategoryRules {
  category: Category;
  /**
   * Cheap pre-filter: a sentence that does not match it skips the category's rules entirely
   * (keeps classification fast on long policies), except context-only rules (see `Rule.topicIn`).
   */
  cue: RegExp;
  rules: Rule[];
  /** Positive and negative examples; the meta-test needs at least one of each. */
  examples: Example[];
}
