import { sampleCanMatter } from './decide';
import { attrOf, childByTag, hasAttr, nextElementInTree, rootOf, squash, tagOf, walkText } from './dom-walk';
import { hasAnyCue } from './name-cues';
import { DETECT_LIMITS as L, type PageSignals } from './signals';

/** Subtrees that never hold the page's own content; pruned from every walk. */
const NEVER = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'canvas', 'video', 'audio']);

/**
 * Subtrees the heading walk does not enter: headings do not live in paragraphs, lists, menus,
 * forms or inline elements, and skipping them keeps the walk at ~100 elements on most pages.
 */
const NO_HEADINGS = new Set([
  ...NEVER, 'nav', 'footer', 'aside', 'form', 'p', 'ul', 'ol', 'dl', 'li', 'a', 'span', 'img', 'picture', 'button', 'label',
  'input', 'i', 'b', 'strong', 'em', 'small', 'figure', 'br', 'hr', 'pre', 'code', 'blockquote', 'dialog', 'menu',
]);

/** Subtrees pruned from the text sample: site chrome, forms, asides. */
const CHROME = new Set([...NEVER, 'nav', 'header', 'footer', 'aside', 'form', 'button', 'menu', 'dialog']);

/** Cookie/consent banners and modals often sit first in <body>; their words are not the page's. */
const BANNER = /cookie|consent|gdpr|banner|modal|popup|newsletter/i;

interface HeadInfo {
  title: string;
  canonical: string;
  visited: number;
}

/** Reads <title> and the canonical link from the first children of <head>. */
function readHead(root: Element | null): HeadInfo {
  const info: HeadInfo = { title: '', canonical: '', visited: 0 };
  if (!root) return info;
  // Pages without a <head> tag can leave <title> directly under <html> in linkedom.
  for (const parent of [childByTag(root, 'head'), root]) {
    let n = parent?.firstElementChild ?? null;
    for (; n && info.visited < L.headChildren; n = n.nextElementSibling) {
      info.visited++;
      const tag = tagOf(n);
      if (tag === 'title' && !info.title) {
        info.title = walkText(n, L.headingChars, L.headingTextNodes, undefined, n.firstChild, '').text;
      } else if (tag === 'link' && !info.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(attrOf(n, 'rel'))) {
        info.canonical = attrOf(n, 'href').trim();
      }
      // Both found: the first of each is all this reads, so the rest of <head> can stay unvisited.
      if (info.title && info.canonical) break;
    }
    if (info.title) break;
  }
  return info;
}

interface BodyInfo {
  headings: string[];
  headingTags: string[];
  /** The first heading found, where the sample starts when the page has no landmark. */
  firstHeading: Element | null;
  visited: number;
}

/**
 * Walks the body's elements (pruned, at most `headingNodes`) for the first h1/h2, and at most
 * `afterH1Nodes` elements past the first h1. Tag checks only: this runs on every page, so it
 * reads no attributes.
 */
function readBody(body: Element | null, maxNodes: number): BodyInfo {
  const info: BodyInfo = { headings: [], headingTags: [], firstHeading: null, visited: 0 };
  if (!body) return info;
  let budget = maxNodes;
  let el: Element | null = body.firstElementChild;
  while (el && info.visited < budget && info.headings.length < L.maxHeadings) {
    info.visited++;
    const tag = tagOf(el);
    let skip = NO_HEADINGS.has(tag);
    if (tag === 'h1' || tag === 'h2') {
      const { text, visited } = walkText(el, L.headingChars, L.headingTextNodes, (_n, t) => NEVER.has(t), el.firstChild, '');
      info.visited += visited;
      if (text) {
        info.headings.push(text);
        info.headingTags.push(tag);
        info.firstHeading ??= el;
        // After the first h1, look only a little further (for "<h1>logo</h1><h2>Privacy Notice</h2>").
        if (tag === 'h1') budget = Math.min(budget, info.visited + L.afterH1Nodes);
      }
      skip = true;
    }
    el = nextElementInTree(el, body, skip);
  }
  return info;
}

/**
 * Where the text sample starts: <main>, an element with role=main or the first <article> among
 * the first `landmarkNodes` elements; else the first heading; else the body. Runs only on pages
 * that get sampled.
 */
function sampleStart(body: Element, firstHeading: Element | null): { start: Node | null; landmark: boolean; visited: number } {
  let visited = 0;
  let el: Element | null = body.firstElementChild;
  while (el && visited < L.landmarkNodes) {
    visited++;
    const tag = tagOf(el);
    if (tag === 'main' || tag === 'article' || ((tag === 'div' || tag === 'section') && attrOf(el, 'role') === 'main')) return { start: el, landmark: true, visited };
    el = nextElementInTree(el, body, NO_HEADINGS.has(tag) || tag === 'h1' || tag === 'h2');
  }
  return { start: firstHeading ?? body.firstChild, landmark: false, visited };
}

/** `<meta property="og:type">` of the head (read only for pages that get sampled). */
function readOgType(root: Element | null): string {
  let n = childByTag(root, 'head')?.firstElementChild ?? null;
  for (let i = 0; n && i < L.headChildren; i++, n = n.nextElementSibling) {
    if (tagOf(n) === 'meta' && attrOf(n, 'property').toLowerCase() === 'og:type') return attrOf(n, 'content').trim().toLowerCase();
  }
  return '';
}

/** Decides whether an element's subtree is left out of the text sample. */
function skipForSample(el: Node, tag: string): boolean {
  if (CHROME.has(tag)) return true;
  if (hasAttr(el, 'hidden') || attrOf(el, 'aria-hidden') === 'true' || attrOf(el, 'role') === 'dialog') return true;
  return BANNER.test(attrOf(el, 'id')) || BANNER.test(attrOf(el, 'class'));
}

/**
 * Collects `PageSignals` with bounded work: the <head>'s first children, a pruned walk over at
 * most `DETECT_LIMITS.headingNodes` body elements for h1/h2 (`headingNodesCued` when URL or title
 * already mention privacy) and, only when the URL, title or headings carry a privacy cue and the text could still change the
 * verdict, a text sample of at most `DETECT_LIMITS.sampleChars` characters. Never reads
 * `textContent` of big subtrees and never throws: an empty, XML or frameset document gives
 * empty or partial signals.
 * @param doc the page (a live browser document or a linkedom document)
 * @param url the page's address, '' when unknown
 */
export function collectSignals(doc: Document, url: string): PageSignals {
  const empty: PageSignals = { url: typeof url === 'string' ? url : '', title: '', headings: [], canonical: '', sample: '', headingTags: [], ogType: '', sampled: false, visited: 0 };
  try {
    const root = rootOf(doc);
    const head = readHead(root);
    // A frameset or an XML document has no <body>: walk the root instead (still bounded).
    const bodyEl = childByTag(root, 'body') ?? childByTag(root, 'frameset') ?? root;
    // A privacy cue in URL or title buys a longer search for the h1 (shops bury theirs deep).
    const cued = hasAnyCue(`${empty.url} \n ${head.canonical} \n ${head.title}`);
    const body = readBody(bodyEl, cued ? L.headingNodesCued : L.headingNodes);
    const title = squash(head.title);
    const signals: PageSignals = {
      ...empty,
      title,
      headings: body.headings,
      headingTags: body.headingTags,
      canonical: head.canonical,
      visited: head.visited + body.visited,
    };
    // Early exit: no privacy cue in URL, title or headings, or the verdict is already settled.
    const anyCue = hasAnyCue([signals.url, signals.canonical, title, ...body.headings].join(' \n '));
    if (!bodyEl || !anyCue || !sampleCanMatter(signals)) return signals;
    const from = sampleStart(bodyEl, body.firstHeading);
    // The landmark itself is never pruned, even if its class happens to say "consent" or "banner".
    const skip = (el: Node, tag: string): boolean => (from.landmark && el === from.start ? false : skipForSample(el, tag));
    const sample = walkText(bodyEl, L.sampleChars, L.sampleNodes, skip, from.start);
    const ogType = readOgType(root);
    return { ...signals, ogType, sample: sample.text, sampled: true, visited: (signals.visited ?? 0) + from.visited + sample.visited };
  } catch {
    // A detector must never break the page it runs on; no signals means "not a policy".
    return empty;
  }
}
