/**
 * Short denials whose subject is only named by the section heading or paragraph lead:
 * under "Selling your data", "We don't do it." or "None is sold."; under "Location data",
 * "None is collected by this app." The sentence alone names no practice, so these patterns
 * only make sense in rules with `topicIn: ['heading', 'lead']`.
 */

/**
 * A negator that every `shortDenial` match contains ("no", "none", "nothing", "never", "not",
 * "cannot", "won't", "don't", "donot", a detached "n't"). Give it as the rule's `also`: it is
 * implied by the pattern, so it changes no result, but it is a whole word the prefilter can
 * gate on (the pattern itself only yields "no" as a prefix and "n't" as "n", gap, "t", which
 * nearly every sentence has), so the rule is no longer tried on most sentences under its heading.
 */
export const DENIAL_NEGATOR = /\b(?:no|none|nothing|never|not|cannot|won't|(?:do|does|did|will|shall|would|can)(?:not|n't)|n't)\b/i;

/**
 * A whole short sentence (at most ~14 words) that denies a practice by pronoun or by
 * "none/nothing": `verbs` are the practice's active verbs ("sell|rent"), `participles`
 * its passive forms ("sold|rented"). Anchored at the start so the engine's scan stays cheap.
 */
export function shortDenial(verbs: string, participles: string): RegExp {
  const SUBJ = String.raw`(?:we|i|it|this\s+(?:app|site|service|website)|the\s+(?:app|site|service|website|company)|our\s+(?:app|apps|site|service|services|website|company))`;
  const NEG = String.raw`(?:(?:do|does|did|will|shall|would|can)\s*(?:not|n't)|never|won't|cannot)`;
  const OBJ = String.raw`(?:it|this|that|them|any|anything|so|such\s+\w+|this\s+\w+|that\s+\w+|your\s+\w+)`;
  return new RegExp(
    String.raw`^\W*(?:` +
      // "We don't do it.", "We never sell it.", "The app does not collect any."
      String.raw`${SUBJ}\s+(?:\w+\s+)?${NEG}\s+(?:ever\s+)?(?:(?:${verbs})|do)\s+${OBJ}\b` +
      // "None is collected by this app.", "Nothing is ever sold.", "It is never sold."
      String.raw`|(?:none|nothing|no\s+\w+)(?:\s+of\s+(?:it|this|that|them))?\s+(?:is|are|was|will\s+be|gets?|ever\s+gets?)\s+(?:ever\s+)?(?:${participles})\b` +
      String.raw`|(?:it|they|this|these)\s+(?:is|are|will)\s+(?:not|never)\s+(?:be\s+)?(?:ever\s+)?(?:${participles})\b` +
      // A bare "No." / "Never." / "We don't." answering the heading's question.
      String.raw`|(?:no|never|we\s+(?:do\s+not|don't|never\s+do|won't))\s*[.!]?\s*$` +
      String.raw`)(?=(?:\W+\w+){0,12}\W*$)`,
    'i',
  );
}
