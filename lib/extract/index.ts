import type { Extracted } from '../types';

/**
 * Extracts the readable text of a document (TODO: Readability + fallback; engine helper).
 * The document may be mutated (Readability does); pass a clone when the DOM is live.
 */
export function extract(doc: Document): Extracted {
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { title: doc.title ?? '', lang: doc.documentElement?.lang ?? '', text, blocks: [{ kind: 'paragraph', level: 0, start: 0, end: text.length }], method: 'fallback' };
}
