/**
 * Serialises the live page for the heavy pass, which runs outside the page (offscreen document
 * or background page). One `outerHTML` of a 5 MB page blocks the page for ~40-70 ms, so big
 * subtrees are walked and written piecewise in time slices, yielding to the page in between;
 * small subtrees use the native `outerHTML`. Scripts, styles and comments are left out: the
 * analysis never reads them, and they only make the message bigger.
 */
import type { PagePayload } from '../../lib/messages';

/** Subtrees with fewer elements and less text than this are serialised in one native call. */
const SMALL_ELEMENTS = 2_000;
const SMALL_TEXT = 150_000;
/** Work per slice before yielding back to the page. */
const SLICE_MS = 8;
/** Text nodes are escaped in pieces of this size. */
const TEXT_PIECE = 200_000;

const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function openTag(el: Element): string {
  let out = `<${el.localName}`;
  for (const a of Array.from(el.attributes)) out += ` ${a.name}="${escapeAttr(a.value)}"`;
  return `${out}>`;
}

/** Yields to the page's event loop (not throttled in background tabs, unlike setTimeout). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
    ch.port2.postMessage(0);
  });
}

type Item = Node | string;

/** Returns the page's HTML (cut at `maxChars`), written in slices of at most ~SLICE_MS. */
export async function serializePage(doc: Document, url: string, maxChars: number): Promise<PagePayload> {
  const t0 = performance.now();
  const out: string[] = [];
  let size = 0;
  let longest = 0;
  let sliceStart = performance.now();
  const root = doc.documentElement;
  const stack: Item[] = root ? [root] : [];
  while (stack.length > 0 && size < maxChars) {
    const item = stack.pop() as Item;
    let piece = '';
    if (typeof item === 'string') piece = item;
    else if (item.nodeType === Node.TEXT_NODE) {
      const text = (item as Text).data;
      if (text.length <= TEXT_PIECE) piece = escapeText(text);
      else {
        // Push the pieces in reverse so they pop in order.
        for (let i = Math.floor((text.length - 1) / TEXT_PIECE); i >= 0; i--) stack.push(escapeText(text.slice(i * TEXT_PIECE, (i + 1) * TEXT_PIECE)));
      }
    } else if (item.nodeType === Node.ELEMENT_NODE) {
      const el = item as Element;
      const name = el.localName;
      if (!SKIP.has(name)) {
        if (VOID.has(name)) piece = openTag(el);
        // Counting descendants allocates nothing; reading textContent of a 5 MB subtree builds a
        // 5 MB string, so it is only asked of subtrees already known to have few elements.
        else if (el.getElementsByTagName('*').length < SMALL_ELEMENTS && (el.textContent?.length ?? 0) < SMALL_TEXT) piece = el.outerHTML;
        else {
          piece = openTag(el);
          stack.push(`</${name}>`);
          for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
        }
      }
    }
    if (piece) {
      out.push(piece);
      size += piece.length;
    }
    const now = performance.now();
    if (now - sliceStart >= SLICE_MS) {
      longest = Math.max(longest, now - sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  longest = Math.max(longest, performance.now() - sliceStart);
  let html = out.join('');
  const truncated = size > maxChars || stack.length > 0;
  // Cutting mid-tag is harmless: the HTML parser recovers, and only the tail is lost.
  if (html.length > maxChars) html = html.slice(0, maxChars);
  return { url, html, truncated, serializeMs: performance.now() - t0, longestSliceMs: longest };
}
