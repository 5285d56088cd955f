/**
 * What a short label (a title segment, a heading) says about the page: does it *name* a privacy
 * policy, or another legal document, or only mention privacy in a sentence?
 *
 * The rules follow what the documents are called, not any one site: a privacy policy is named
 * "<privacy|data protection|personal data> <policy|notice|statement|...>" (plus a few non-English
 * names); terms, cookie policies and other legal documents have names of their own; a news or
 * blog title *mentions* a privacy policy inside a sentence ("X changes its privacy policy").
 */

/** The kind of a label, strongest cue first. */
export type NameKind =
  | 'policy' // names a privacy policy/notice/statement
  | 'privacy' // just "Privacy" (a section or page named after the topic)
  | 'mention' // a sentence that mentions privacy (headline, slogan)
  | 'hub' // privacy centre / settings / choices: about privacy, not the policy
  | 'cookie' // cookie policy or cookie settings
  | 'terms' // terms of service / use, conditions, agreements
  | 'legal' // another named policy, guideline or legal document
  | 'none';

/** Names of a privacy policy. `privacy and cookie(s) policy` counts: privacy is named first. */
const POLICY_NAME =
  /\b(?:privacy(?: (?:and|&) (?:cookies?|security|data protection))?|data[- ]?protection|data privacy|personal (?:data|information)(?: protection| privacy)?|information privacy)(?: (?:and|&) security)? (?:policy|policies|notice|notices|statement|charter|declaration|commitment|pledge)\b|\bprivacy ?(?:(?:and|&) )?policy\b|\bdata policy\b|\bdatenschutz\w*|\bpolitique de confidentialit|\bpol[ií]tica de privacidad|\bpol[ií]tica de privacidade|\binformativa (?:sulla |sul trattamento dei dati|privacy)|\bprivacy(?:beleid|verklaring)\b|\bpolityka prywatno/;

/** Pages about privacy that are not the policy itself (the brief: "Your Privacy Choices"). */
const HUB_NAME =
  /\bprivacy (?:cent(?:er|re)|hub|portal|settings?|choices?|preferences?|dashboard|tools?|controls?|check-?up|requests?|faqs?|resources|and terms|& terms)\b|\bterms (?:and|&) privacy\b|\bdo not sell\b|\btrust cent(?:er|re)\b|\bopt[- ]out\b/;

const COOKIE_NAME = /\bcookies?(?: (?:and similar technologies|and tracking))? (?:policy|policies|notice|statement|declaration|settings|preferences|information|use)\b|^cookies?$|\bhow \w+ uses cookies\b/;

const TERMS_NAME =
  /\bterms\b|\bconditions of (?:use|sale|service)\b|\b(?:user|service|subscriber|customer|license|licence|subscription|membership|data processing|processor|controller|master|reseller|partner|developer)\s+agreement\b|\beula\b|\bend[- ]user licen[cs]e\b/;

const LEGAL_NAME =
  /\b(?:policy|policies|guidelines?|agreement|addendum|rules|standards|code of conduct|disclaimer|imprint|impressum|legal notice|copyright|dmca|trademark|accessibility statement|modern slavery)\b/;

/** Words that turn a title into a sentence about a policy, or a page about writing one, rather than its name. */
const SENTENCE_WORDS =
  /\b(?:generators?|templates?|examples?|samples?|checklist|guide|builder|tools?|software|course|tutorial|lawyers?|update[sd]?|chang(?:e|es|ed|ing)|is|are|was|were|has|have|had|why|how|what|when|who|read|explain(?:s|ed|er)?|says?|said|will|would|could|should|vs|versus|sues?|sued|fined?|lawsuit|bans?|lets?|wants?|violat\w*|rewrit\w*|agree|respects?|cares?|protects?)\b|[?!]/;

/** Dates and "last updated" notes that often follow a policy's name and do not make it a sentence. */
const DATE_NOTE =
  /\((?:[^)]*)\)|\b(?:last )?(?:updated|revised|modified|effective|amended)\b(?: (?:on|as of|date|from))?:?.*$|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b|\b\d{4}\b/g;

/** Lower-cases and normalises quotes, dashes and `&`-spellings of a label. */
export function normLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Splits a title into segments at the separators sites use: "A | B", "A - B", "A – B", "A: B". */
export function titleSegments(title: string): string[] {
  return title
    .split(/\s+[|\u2013\u2014\u00b7\u2022\u00bb/-]+\s+|\s*[|\u2022\u00bb]\s*|:\s+/)
    .map(normLabel)
    .filter((s) => s.length > 0);
}

/** Words left in a label once the matched name and date notes are removed. */
function otherWords(label: string, name: RegExp): string[] {
  return label
    .replace(name, ' ')
    .replace(DATE_NOTE, ' ')
    .split(/\s+/)
    // "www.my-shop.co.uk" is one word; a lone dash or pipe is none.
    .filter((w) => /[\p{L}\p{N}?!]/u.test(w));
}

/**
 * Classifies one label (a title segment or a heading). `maxOther` is how many words besides the
 * name a label may carry and still be a name ("Acme Inc. Online Privacy Policy") rather than a
 * sentence ("Facebook quietly updates its privacy policy again").
 */
export function classifyLabel(raw: string, maxOther = 5): NameKind {
  const label = normLabel(raw);
  if (!label) return 'none';
  const isNameLike = (name: RegExp, max = maxOther): boolean => {
    const rest = otherWords(label, name);
    return rest.length <= max && !SENTENCE_WORDS.test(rest.join(' '));
  };
  if (POLICY_NAME.test(label)) {
    if (HUB_NAME.test(label) && !/\bpolicy\b|\bnotice\b|\bstatement\b/.test(label.replace(HUB_NAME, ''))) return 'hub';
    return isNameLike(POLICY_NAME) ? 'policy' : 'mention';
  }
  // "Do Not Sell My Personal Information" reads like a sentence but is a settings page's name.
  if (HUB_NAME.test(label)) return otherWords(label, HUB_NAME).length <= maxOther ? 'hub' : 'mention';
  if (COOKIE_NAME.test(label)) return isNameLike(COOKIE_NAME) ? 'cookie' : 'none';
  if (TERMS_NAME.test(label)) return isNameLike(TERMS_NAME, maxOther + 4) ? 'terms' : 'none';
  if (/\bprivacy\b/.test(label)) {
    // "Privacy", "Your privacy", "Privacy & Security", "Legal - Privacy": named after the topic.
    return isNameLike(/\bprivacy\b/) && otherWords(label, /\bprivacy\b/).length <= 3 ? 'privacy' : 'mention';
  }
  if (LEGAL_NAME.test(label) && isNameLike(LEGAL_NAME, maxOther + 4)) return 'legal';
  return 'none';
}

/**
 * Cheap test for the early exit: does this text carry any cue that a privacy policy *might* be
 * here? If URL, title and headings all fail it, the detector does not sample the page's text.
 */
export function hasAnyCue(text: string): boolean {
  return CUE.test(text);
}

/** Privacy words, and the headings policies open with ("Information we collect", "Use of your data"). */
const CUE =
  /privacy|privacidad|privacit|datenschutz|data[\s_-]?protection|data[\s_-]?polic|personal[\s_-](?:data|information)|confidentialit|prywatno|informativa|gdpr|ccpa|\b(?:information|data) (?:we|you) (?:collect|provide|share|give)|\b(?:collect|us|shar|disclos)(?:e|es|ed|ing|ion)? (?:of )?(?:your |personal |user )+(?:information|data)\b|\byour (?:personal )?(?:information|data)\b/i;
