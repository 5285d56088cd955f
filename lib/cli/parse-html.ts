import { parseHTML } from 'linkedom';

/**
 * Parses an HTML string into a DOM `Document` with linkedom (Node only).
 *
 * linkedom is the fastest of the Node DOMs for Readability and gives the same extraction as
 * happy-dom and jsdom (see /work/shared/toolchain.md), but its documents have no `baseURI` or
 * `documentURI`; Readability resolves links against them, so both are defined here.
 * @param html the page source
 * @param url the page's address (a file:// URL for local files); "about:blank" when unknown
 */
export function parseHtml(html: string, url = 'about:blank'): Document {
  // linkedom needs a root element: a bare fragment ("just text") would leave `body` null.
  const source = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(source).document as unknown as Document;
  for (const key of ['baseURI', 'documentURI'] as const) {
    if (!doc[key]) Object.defineProperty(doc, key, { value: url, configurable: true });
  }
  return doc;
}
