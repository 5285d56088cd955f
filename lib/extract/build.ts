import type { Extracted, TextBlock } from '../types';
import { normalizeSpace } from './normalize';

/** A block before offsets are assigned: what the walkers produce. */
export interface BlockDraft {
  kind: TextBlock['kind'];
  level: number;
  text: string;
  /** A table cell's column header (see `TextBlock.lead`). */
  lead?: string;
}

/** Separator between blocks in `Extracted.text`; the segmenter never lets a unit cross it. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Joins drafts into `Extracted.text` (blocks separated by a blank line) and records each
 * block's offsets. Empty drafts are dropped; text is whitespace-normalised first, so a block
 * never contains a newline and the separator is unambiguous.
 * @param drafts blocks in document order
 * @param meta title, language and extraction method
 */
export function buildExtracted(drafts: readonly BlockDraft[], meta: Omit<Extracted, 'text' | 'blocks'>): Extracted {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  let offset = 0;
  for (const d of drafts) {
    const text = normalizeSpace(d.text);
    if (!text) continue;
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    const lead = d.lead ? normalizeSpace(d.lead) : '';
    blocks.push({ kind: d.kind, level: d.kind === 'heading' ? d.level : 0, start: offset, end: offset + text.length, ...(lead ? { lead } : {}) });
    parts.push(text);
    offset += text.length;
  }
  return { ...meta, title: normalizeSpace(meta.title), lang: meta.lang.trim(), text: parts.join(BLOCK_SEPARATOR), blocks };
}
