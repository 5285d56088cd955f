/** Fetches a tab's serialised page from its content script, part by part, and joins it. */
import type { PagePart, PagePayload, RequestOf } from '../../lib/messages';

/** Characters per message: big enough to be few, small enough to serialise quickly. */
export const PART_CHARS = 1_000_000;

/** Joins every part of the page served by `send`. */
export async function fetchPage(
  send: (req: RequestOf<'content:get-page'>) => Promise<PagePart>,
  maxChars: number,
): Promise<PagePayload> {
  const first = await send({ maxChars, part: 0, partChars: PART_CHARS });
  const chunks = [first.chunk];
  for (let part = 1; part < first.parts; part++) {
    const next = await send({ maxChars, part, partChars: PART_CHARS });
    if (next.url !== first.url) throw new Error('The page changed while it was being read.');
    chunks.push(next.chunk);
  }
  return { url: first.url, html: chunks.join(''), truncated: first.truncated, serializeMs: first.serializeMs, longestSliceMs: first.longestSliceMs };
}
