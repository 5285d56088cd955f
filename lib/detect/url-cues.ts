/**
 * What a URL's path says about the page. Only whole path segments count: `/legal/privacy-policy`
 * names a policy, `/tech/2024/03/acme-privacy-policy-change` is an article about one.
 */

/** The kind of page a path points to. */
export type UrlKind = 'policy' | 'privacy' | 'hub' | 'terms' | 'cookie' | 'article' | 'search' | 'none';

const SEP = '[-_ ]';
/** An optional leading word ("acme-privacy-policy", "en-privacy") and a harmless tail (".html", "-2024", "-en-us"). */
const seg = (core: string): RegExp => new RegExp(`^(?:[a-z0-9]+${SEP})?(?:${core})(?:\\.[a-z]{2,5}|${SEP}\\d[\\w-]*|${SEP}[a-z]{2}(?:${SEP}[a-z]{2})?)?$`);

const POLICY_SEG = seg(`privacy${SEP}?(?:policy|policies|notice|statement)|data${SEP}?(?:protection|privacy)(?:${SEP}(?:policy|notice))?|datenschutz\\w*|data${SEP}policy`);
const PRIVACY_SEG = seg('privacy');
const HUB_SEG = seg(`privacy${SEP}?(?:center|centre|settings|choices|hub|portal|dashboard)|(?:your${SEP})?privacy${SEP}choices|do${SEP}not${SEP}sell[\\w-]*`);
const TERMS_SEG = seg(`terms(?:${SEP}(?:of${SEP})?(?:service|use|sale|and${SEP}conditions))?|tos|eula|conditions(?:${SEP}of${SEP}use)?|user${SEP}agreement|legal${SEP}terms`);
const COOKIE_SEG = seg(`cookies?(?:${SEP}(?:policy|notice|statement|settings|declaration))?`);
const ARTICLE_DIRS = new Set(['blog', 'blogs', 'news', 'article', 'articles', 'story', 'stories', 'post', 'posts', 'press']);

/** Path segments of an address, lower-cased and percent-decoded; the host is dropped. */
function segments(address: string): string[] {
  const path = address.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/, '').replace(/[?#].*$/, '');
  return path
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s).trim();
      } catch {
        return s;
      }
    })
    .filter((s) => s.length > 0);
}

/** Classifies a URL (or canonical URL) by its path segments. */
export function classifyUrl(address: string): UrlKind {
  // "/search?q=privacy+policy": the user looked the words up; the results are not a policy.
  if (/\/(?:search|results|s)\/?(?:\?|#|$)/i.test(address.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')) && /[?&#](?:q|query|p|search|text|wd)=/i.test(address)) return 'search';
  const segs = segments(address);
  if (!segs.length) return 'none';
  const path = `/${segs.join('/')}/`;
  if (/\/(?:19|20)\d\d\/\d\d?\//.test(path)) return 'article';
  const last = segs[segs.length - 1] ?? '';
  const dirs = segs.slice(0, -1);
  if (POLICY_SEG.test(last)) return 'policy';
  if (HUB_SEG.test(last)) return 'hub';
  if (PRIVACY_SEG.test(last)) return 'privacy';
  if (TERMS_SEG.test(last)) return 'terms';
  if (COOKIE_SEG.test(last)) return 'cookie';
  if (dirs.some((d) => ARTICLE_DIRS.has(d))) return 'article';
  // "/privacy/en/", "/policies/privacy/view": a privacy section further up the path.
  if (dirs.some((d) => POLICY_SEG.test(d) || PRIVACY_SEG.test(d))) return 'privacy';
  return 'none';
}
