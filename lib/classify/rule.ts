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
   */
  topic?: RegExp;
  /** 0..1, default 0.7. */
  confidence?: number;
}

/** A worked example for a category: the meta-test runs every one through the classifier. */
export interface Example {
  text: string;
  /** Section heading the sentence sits under, if the example depends on context. */
  heading?: string;
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
   * (keeps classification fast on long policies).
   */
  cue: RegExp;
  rules: Rule[];
  /** Positive and negative examples; the meta-test needs at least one of each. */
  examples: Example[];
}
