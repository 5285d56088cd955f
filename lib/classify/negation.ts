/**
 * Negation scope for rule triggers. A trigger is negated when a negator stands in the same
 * clause shortly before it ("we do not sell", "your data will never be sold", "in no event
 * will we rent") or right after it ("we sell no data").
 */

// Phrases that contain a negator but do not negate what follows.
const FALSE_NEGATORS = /\b(?:not\s+(?:limited|only|just|merely|necessarily)|whether\s+or\s+not|no\s+(?:later|less|more|sooner)\s+than|if\s+not|no\s+matter)\b/gi;
const NEGATOR = /\b(?:not|never|no|none|nor|neither|cannot|n't|nothing|nobody)\b|n't\b/i;
// A clause boundary: the negation of one clause does not reach into the next.
const BOUNDARY = /(?:[;:]|,\s*(?:but|however|although|though|while|whereas)\b|\b(?:but|however|unless|except|although|whereas|provided that)\b)/gi;

const WINDOW_WORDS = 8;

/** Blanks out false negators so offsets stay valid. */
function mask(text: string): string {
  return text.replace(FALSE_NEGATORS, (m) => ' '.repeat(m.length));
}

/**
 * True when the trigger at `[index, index+length)` of `sentence` is negated in its clause.
 */
export function isNegated(sentence: string, index: number, length: number): boolean {
  const masked = mask(sentence);
  let clauseStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(masked); m && m.index < index; m = BOUNDARY.exec(masked)) {
    clauseStart = m.index + m[0].length;
  }
  const before = masked.slice(clauseStart, index).split(/\s+/).filter(Boolean).slice(-WINDOW_WORDS).join(' ');
  if (NEGATOR.test(before)) return true;
  // "we sell no personal data", "we share none of it"
  const after = masked.slice(index + length, index + length + 40);
  return /^\s*(?:\w+\s+)?(?:no|none|nothing)\b/i.test(after);
}
