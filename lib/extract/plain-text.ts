import type { Extracted } from '../types';
import { buildExtracted, type BlockDraft } from './build';

const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,4}\))\s+/i;
// A line that ends a sentence or clause; a lone short line without one reads as a heading.
const ENDS_CLAUSE = /[.:;,!?]["'”’)\]]*$/;

/** Drops markdown inline markup: links keep their text, emphasis and code marks go. */
function stripInline(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|[.,;:!?]|$)/g, '$1$2');
}

/** Splits one blank-line-separated chunk into drafts. */
function chunkDrafts(chunk: string): BlockDraft[] {
  const lines = chunk.split('\n').filter((l) => l.trim());
  const only = lines[0];
  if (lines.length === 1 && only !== undefined && !MD_HEADING.test(only)) {
    const t = only.trim();
    if (t.length <= 80 && !ENDS_CLAUSE.test(t) && /[A-Za-z]/.test(t)) return [{ kind: 'heading', level: 2, text: stripInline(t) }];
  }
  const out: BlockDraft[] = [];
  let cur: BlockDraft | null = null;
  for (const line of lines) {
    const h = MD_HEADING.exec(line);
    if (h) {
      if (cur) out.push(cur);
      cur = null;
      out.push({ kind: 'heading', level: (h[1] ?? '#').length, text: stripInline(h[2] ?? '') });
      continue;
    }
    const li = LIST_ITEM.exec(line);
    if (li) {
      if (cur) out.push(cur);
      cur = { kind: 'list-item', level: 0, text: stripInline(line.slice(li[0].length)) };
      continue;
    }
    // Hard-wrapped prose: a plain line continues the current paragraph or list item.
    if (cur) cur.text += ` ${stripInline(line)}`;
    else cur = { kind: 'paragraph', level: 0, text: stripInline(line) };
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Extracts plain text or markdown (.txt / .md inputs): blank lines separate blocks,
 * `#` lines are headings, `-` / `*` / `1.` lines are list items, and a lone short line
 * without closing punctuation is taken as a heading (plain-text policies title their
 * sections that way). The title is the first level-1 heading, else `fallbackTitle`.
 * @param raw the file's text
 * @param fallbackTitle title to use when the text has no level-1 heading (e.g. the file name)
 */
export function extractPlainText(raw: string, fallbackTitle = ''): Extracted {
  const drafts = raw.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).flatMap(chunkDrafts);
  const h1 = drafts.find((d) => d.kind === 'heading' && d.level === 1);
  return buildExtracted(drafts, { title: h1?.text ?? fallbackTitle, lang: '', method: 'text' });
}
