/**
 * How a privacy-policy link reads, in its text and in its URL path. Scores, not booleans: a
 * footer link "Privacy" to /legal beats nothing, "Privacy Policy" to /privacy-policy beats both.
 * Text is matched after lower-casing and stripping accents, so "Politique de confidentialité"
 * and "politique de confidentialite" are the same.
 */

/**
 * A cheap prefilter on raw link text and href: every text or path that can score mentions one of
 * these (accents are not needed: "confidentialit" matches "confidentialité").
 */
export const PRIVACY_WORD = /privacy|datenschutz|confidentialit|privacidad|privacidade|prywatn|data[ _-]?protection|privacybeleid|プライバシー|個人情報|隐私|隱私|개인정보/i;

/** Link texts that are privacy *controls* (opt-outs, consent banners), not the policy itself. */
const REJECT_TEXT = [
  /\bchoices?\b/, // "Your Privacy Choices", "Ad Choices"
  /\badchoices\b/,
  /\bdo not (sell|share)\b|\bdon t (sell|share)\b/, // "Do Not Sell or Share My Personal Information"
  /\bopt[ -]?out\b|\bunsubscribe\b/,
  /\b(settings?|preferences?|manage|options|controls?|consent)\b/, // cookie/privacy settings
  /\b(request|form|inquiry|enquiry)\b/, // data-request forms
  /einstellungen|parametres|gerer|configuracion|preferencias|impostazioni/, // "settings" in de/fr/es/it
];

/** Link texts that name the policy itself. */
const STRONG_TEXT = [
  /\bprivacy\b.{0,24}\b(policy|notice|statement|pledge|commitment|information)\b/,
  /\bdata (protection|privacy)\b.{0,12}\b(policy|notice|statement|declaration|information)\b/,
  /\bdatenschutz(erklarung|hinweise?|richtlinien?|bestimmungen|informationen|information)\b/,
  /\bpolitique de (confidentialite|protection des donnees)\b/,
  /\bpolitica de (privacidad|privacidade|privacy)\b/,
  /\b(informativa|politica)( sulla)? privacy\b/,
  /\bprivacy(beleid|verklaring)\b/,
  /\bpolityka prywatnosci\b/,
  /プライバシー|個人情報|隐私|隱私|개인정보/,
];

/** One-word-ish link texts that are usually the policy ("Privacy", "Datenschutz"). */
const WORD_TEXT = /^(privacy|datenschutz|data protection|confidentialite|privacidad|privacidade|privacy and cookies?|(terms|legal) and privacy|privacy and terms)$/;

/** Last path segments of a policy URL (/privacy, /privacy-policy.html, /datenschutz...). */
const STRONG_PATH =
  /^(privacy|privacy[-_]?(policy|notice|statement|and[-_]cookies?)|privacypolicy|datenschutz(erklaerung|erklarung|hinweise)?|data[-_]protection|confidentialite|politique[-_]de[-_]confidentialite|privacidad|politica[-_]de[-_]privacidad|privacidade)(\.[a-z]{2,5})?$/;

/** Paths of privacy controls and request forms rather than the policy. */
const REJECT_PATH = /choices|do[-_]?not[-_]?sell|opt[-_]?out|settings|preferences|consent|dsar|request/;

/** Lower case, accents stripped, `&` read as "and", punctuation folded to spaces. */
export function normalizeLinkText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** Points a link text earns: 3 names the policy, 2 is the bare word, 1 mentions privacy, -1 is a privacy control. */
export function scoreText(raw: string): number {
  const text = normalizeLinkText(raw);
  // Long texts are paragraphs or cards wrapped in a link: their words say nothing about the target.
  if (!text || text.length > 80) return 0;
  if (REJECT_TEXT.some((re) => re.test(text))) return -1;
  if (STRONG_TEXT.some((re) => re.test(text))) return 3;
  if (WORD_TEXT.test(text)) return 2;
  return /\bprivacy\b|datenschutz|confidentialite|privacidad/.test(text) ? 1 : 0;
}

/** Points a URL path earns: 2 ends in a policy segment, 1 mentions privacy, -1 is a privacy control. */
export function scorePath(pathname: string): number {
  let path: string;
  try {
    path = decodeURIComponent(pathname).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  } catch {
    path = pathname.toLowerCase();
  }
  if (REJECT_PATH.test(path)) return -1;
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  if (STRONG_PATH.test(last)) return 2;
  return /privacy|datenschutz|confidentialite|privacidad/.test(path) ? 1 : 0;
}
