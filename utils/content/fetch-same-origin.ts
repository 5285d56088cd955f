/**
 * Content script: fetches one page of the page's own origin (the site's privacy policy) for the
 * background. A content script's fetch is an ordinary same-origin request of the page (Chrome
 * applies the page's same-origin policy to it; Firefox lets a content script fetch its page's
 * origin), so no host permission is needed. Kept tiny: this file ships into every page. The
 * background checks the status, the final URL and the content type.
 */
import type { FetchedPage, RequestOf } from '../../lib/messages';

/** Fetches `url` if it has this page's origin; its text is cut at `maxChars`. */
export async function fetchSameOrigin({ url, maxChars }: RequestOf<'content:fetch'>): Promise<FetchedPage> {
  // Chrome: mode 'same-origin' refuses another origin before any request is made, redirects
  // included. Firefox's content-script fetch carries the extension's principal, where that mode
  // is not documented, so there the origin is checked first (and the final URL by the background).
  if (import.meta.env.FIREFOX && new URL(url).origin !== location.origin) throw new Error('not same-origin');
  const r = await fetch(url, import.meta.env.FIREFOX ? {} : { mode: 'same-origin' });
  const html = await r.text();
  return { url: r.url || url, status: r.status, type: r.headers.get('content-type') ?? '', html: html.slice(0, maxChars), truncated: html.length > maxChars };
}
