/** Which documents the content script reads: HTML and plain text, not XML, PDFs or media. */

const READABLE = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** True when `doc` can be analysed. (Wording for the rest lives in the background, not in every page.) */
export function isReadable(doc: Document): boolean {
  return READABLE.has(doc.contentType || 'text/html') && !!doc.body;
}
