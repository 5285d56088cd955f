/**
 * From any page of a site to its privacy policy: finds the policy link while touching as few
 * elements as possible. Cheapest and surest first: the `privacy-policy` link relation (made for
 * exactly this, https://html.spec.whatwg.org/multipage/links.html#link-type-privacy-policy),
 * then links in the footer (where sites put their policy), then a capped scan of the page's
 * links from the last one back.
 */
import { siteOf } from '../site';
import { PRIVACY_WORD, scorePath, scoreText } from './patterns';

/** Anchors read inside footers. */
export const MAX_FOOTER_LINKS = 500;
/** Anchors read in the whole-page scan (a mega-menu page has a few thousand). */
export const MAX_SCANNED_LINKS = 2000;
/** Score a link needs: the bare word "Privacy", or a /privacy path under an unrelated text. */
const MIN_SCORE = 2;

/** Best text (3) + best path (2): nothing can beat it. */
const MAX_SCORE = 5;

const ANY_SITE = '*';

const FOOTERS = 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i], [id*="colophon" i], [class*="site-info" i]';

/** Where a link was found. */
export type LinkSource = 'rel' | 'footer' | 'page';

/** A discovered policy link. */
export interface PolicyLink {
  /** Absolute http(s) URL of the policy, without fragment; same site as the page unless `anySite`. */
  url: string;
  /** What the link says (its text, else its aria-label or title), clipped to 120 characters. */
  text: string;
  /** Why this link was chosen, for the UI and debugging, e.g. `footer link "Privacy Policy"`. */
  reason: string;
  source: LinkSource;
  /** Text + path points (rel links: 10). */
  score: number;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The words a link shows or announces (image alts only for links without text: icon links). */
function linkTexts(a: Element): string[] {
  const texts = [a.textContent, a.getAttribute('aria-label'), a.getAttribute('title')].map(clean).filter(Boolean);
  if (texts.length) return texts;
  return [...a.querySelectorAll('img[alt]')].map((img) => clean(img.getAttribute('alt'))).filter(Boolean);
}

/** Resolves an href to an http(s) URL without fragment on `site` (any site when `site` is `*`), or null. */
function resolve(href: string | null, base: string, site: string): URL | null {
  const h = clean(href);
  if (!h || h.startsWith('#') || /^(javascript|mailto|tel|data|blob):/i.test(h)) return null;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (site !== ANY_SITE && siteOf(u.href) !== site) return null;
    u.hash = '';
    return u;
  } catch {
    return null;
  }
}

/** Scores one anchor; null when it is not a policy link. */
function judge(a: Element, base: string, site: string, source: LinkSource): PolicyLink | null {
  const texts = linkTexts(a);
  const href = a.getAttribute('href') ?? '';
  // Nearly every link mentions no privacy word at all: skip it before the costlier URL parsing.
  if (!PRIVACY_WORD.test(href) && !texts.some((t) => PRIVACY_WORD.test(t))) return null;
  const url = resolve(href, base, site);
  if (!url) return null;
  const textScores = texts.map(scoreText);
  if (textScores.some((s) => s < 0)) return null;
  const pathScore = scorePath(url.pathname);
  if (pathScore < 0) return null;
  const score = Math.max(0, ...textScores) + pathScore;
  if (score < MIN_SCORE) return null;
  const text = (texts[0] ?? '').slice(0, 120);
  const where = source === 'footer' ? 'footer link' : 'link';
  return { url: url.href, text, reason: text ? `${where} "${text}"` : `${where} to ${url.pathname}`, source, score };
}

/** The best-scoring link among `anchors` (the first one wins ties; a perfect score stops the search). */
function best(anchors: Iterable<Element>, base: string, site: string, source: LinkSource): PolicyLink | null {
  let top: PolicyLink | null = null;
  for (const a of anchors) {
    const found = judge(a, base, site, source);
    if (found && (!top || found.score > top.score)) top = found;
    if (top && top.score >= MAX_SCORE) break;
  }
  return top;
}

/** The document's base URL: a `<base href>` resolved against the page URL, else the page URL. */
function baseOf(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/** Footer anchors, deduplicated (footers nest) and capped. */
function footerAnchors(doc: Document): Element[] {
  const seen = new Set<Element>();
  for (const footer of doc.querySelectorAll(FOOTERS)) {
    for (const a of footer.querySelectorAll('a[href], area[href]')) {
      if (seen.size >= MAX_FOOTER_LINKS) return [...seen];
      seen.add(a);
    }
  }
  return [...seen];
}

/** The page's anchors from the last one back, skipping `done`, at most `MAX_SCANNED_LINKS`. */
function* lastAnchorsFirst(doc: Document, done: ReadonlySet<Element>): Generator<Element> {
  const all = doc.getElementsByTagName('a');
  let read = 0;
  for (let i = all.length - 1; i >= 0 && read < MAX_SCANNED_LINKS; i--) {
    const a = all[i];
    if (!a || done.has(a)) continue;
    read++;
    yield a;
  }
}

/** Options of `findPolicyLink`. */
export interface FindPolicyLinkOptions {
  /**
   * Also accept links to other sites (default false). Many publishers host their policy on the
   * parent company's domain; the extension must not fetch those, but may offer to open them.
   */
  anySite?: boolean;
}

/**
 * Finds the page's link to its site's privacy policy, or null. By default only same-site links
 * (the page's registrable domain, subdomains included) are returned, because the extension fetches
 * only those; links that are privacy *controls* ("Your Privacy Choices", "Do Not Sell...",
 * "Cookie settings") are never returned. Never throws.
 * @param doc the page (not modified)
 * @param pageUrl the page's address, to resolve relative links and decide what is same-site
 * @param opts `anySite: true` to accept policies on other domains too
 */
export function findPolicyLink(doc: Document, pageUrl: string, opts: FindPolicyLinkOptions = {}): PolicyLink | null {
  try {
    const pageSite = siteOf(pageUrl);
    if (!pageSite) return null;
    const site = opts.anySite ? ANY_SITE : pageSite;
    const base = baseOf(doc, pageUrl);
    for (const el of doc.querySelectorAll('a[rel~="privacy-policy" i][href], link[rel~="privacy-policy" i][href], area[rel~="privacy-policy" i][href]')) {
      const url = resolve(el.getAttribute('href'), base, site);
      if (url) return { url: url.href, text: clean(el.textContent) || clean(el.getAttribute('title')), reason: 'rel="privacy-policy"', source: 'rel', score: 10 };
    }
    const footer = footerAnchors(doc);
    const inFooter = best(footer, base, site, 'footer');
    if (inFooter) return inFooter;
    return best(lastAnchorsFirst(doc, new Set(footer)), base, site, 'page');
  } catch {
    return null;
  }
}
