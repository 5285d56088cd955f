// Words that make a short line a statement rather than a title ("We Do Not Sell Your Data" is a statement).
const STATEMENT_WORD = /\b(?:we|you|i|they|it|do|does|don't|doesn't|not|no|never|may|might|will|won't|can|cannot|can't|is|are|was|be|been|has|have)\b/i;
const MINOR = /^(?:and|or|of|the|a|an|to|for|in|on|with|by|from|about|&)$/;
const TITLE_CHARS = 160;
const NEGATOR = /\b(?:not|never|no|none)\b|n't\b/i;

/**
 * True for a line that only names a section ("Interest-Based Advertising", "Cookies and Tracking",
 * "Sales of Information.", "(1) Right to Know."): the taxonomy gives such a line no label; the
 * heading still gives context to the sentences under it.
 */
export function isBareHeading(text: string): boolean {
  if (text.length > TITLE_CHARS) return false;
  const t = text.trim();
  if (isTitleLine(t)) return true;
  if (/[.!?;:,]$/.test(t)) return false;
  const words = t.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && !STATEMENT_WORD.test(t);
}

/**
 * True for a short line in Title Case ("Information We Obtain From Other Sources", "Advertisers.",
 * "Sales of Information."), unless it makes a negative promise ("We Do Not Sell Your Data"). A
 * title may end with a full stop; a statement keeps it ("No tracking.").
 */
export function isTitleLine(text: string): boolean {
  // Ten words fit in this; longer text is no title (and most sentences stop here).
  if (text.length > TITLE_CHARS) return false;
  let t = text.trim();
  const stopped = t.endsWith('.');
  if (stopped) t = t.slice(0, -1);
  if (/[.!?;:,]$/.test(t)) return false;
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const titleCase = words.every((w) => /^[^a-z]/.test(w) || MINOR.test(w));
  return titleCase && (words.length >= 2 || stopped) && !NEGATOR.test(t);
}
