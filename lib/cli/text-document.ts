import type { Extracted } from '../types';
import { parseHtml } from './parse-html';

/** Blocks rendered for the detector: it reads a bounded sample anyway, so a long file costs no more. */
const MAX_BLOCKS = 80;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Renders extracted plain text back into a small HTML document (title, headings, paragraphs,
 * list items) so the page detector, which reads DOM signals, can judge .txt/.md inputs too.
 * @param ex the text's extraction
 * @param url the file's URL
 */
export function textDocument(ex: Extracted, url: string): Document {
  const body = ex.blocks.slice(0, MAX_BLOCKS).map((b) => {
    const t = escape(ex.text.slice(b.start, b.end));
    if (b.kind === 'heading') return `<h${b.level}>${t}</h${b.level}>`;
    return b.kind === 'list-item' ? `<ul><li>${t}</li></ul>` : `<p>${t}</p>`;
  });
  return parseHtml(`<!doctype html><html><head><title>${escape(ex.title)}</title></head><body>${body.join('')}</body></html>`, url);
}
