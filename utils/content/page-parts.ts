/**
 * Serves the serialised page in parts (`content:get-page`): part 0 serialises, later parts come
 * from memory, which is freed after the last part or after a minute.
 */
import type { PagePart, RequestOf } from '../../lib/messages';
import { serializePage } from './serialize';

const KEEP_MS = 60_000;

let held: { parts: string[]; base: Omit<PagePart, 'part' | 'parts' | 'chunk'>; timer: ReturnType<typeof setTimeout> } | null = null;

function release(): void {
  if (held) clearTimeout(held.timer);
  held = null;
}

/** Answers one `content:get-page` request. */
export async function pagePart(doc: Document, url: string, req: RequestOf<'content:get-page'>): Promise<PagePart> {
  if (req.part === 0 || !held) {
    release();
    const page = await serializePage(doc, url, req.maxChars);
    const size = Math.max(1, req.partChars);
    const parts: string[] = [];
    for (let i = 0; i < page.html.length; i += size) parts.push(page.html.slice(i, i + size));
    if (parts.length === 0) parts.push('');
    held = {
      parts,
      base: { url: page.url, truncated: page.truncated, serializeMs: page.serializeMs, longestSliceMs: page.longestSliceMs ?? 0 },
      timer: setTimeout(release, KEEP_MS),
    };
  }
  const { parts, base } = held;
  const chunk = parts[req.part];
  if (chunk === undefined) throw new Error(`no part ${req.part} of ${parts.length}`);
  if (req.part === parts.length - 1) release();
  return { ...base, part: req.part, parts: parts.length, chunk };
}
