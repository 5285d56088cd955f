import type { BlockDraft } from './build';
import { columnHeaders } from './table-headers';

/** Elements whose text is never content. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'img', 'picture', 'button', 'select', 'option', 'textarea', 'input', 'head', 'title', 'meta', 'link',
]);

/** Elements that start a new block (everything else is inline and joins the current block). */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'html', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'ul', 'ol', 'menu',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'header', 'footer', 'aside', 'nav', 'figure',
  'figcaption', 'form', 'fieldset', 'legend', 'address', 'hr', 'details', 'summary', 'center', 'hgroup', 'dialog',
]);

const HEADING = /^h([1-6])$/;

/** Options of `walkBlocks`. */
export interface WalkOptions {
  /** Extra element names to skip (the fallback path skips page chrome such as `nav`). */
  skip?: ReadonlySet<string>;
}

type Work = { node: Node; exit?: undefined } | { exit: 'paragraph' | 'list-item'; node?: undefined };

/**
 * Walks a DOM subtree into heading / paragraph / list-item drafts, in document order.
 *
 * h1-h6 become headings, li list items, every other block-level element (p, div, table cells,
 * ...) closes the text gathered so far as a paragraph; `<br>` also closes it, because a line
 * break in legal pages separates address lines or clauses that have no full stop. The walk
 * uses an explicit stack: hostile pages nest thousands of elements and recursion would
 * overflow.
 * @param root the subtree to read (Readability's article element, or the page's main element)
 * @param opts extra elements to skip
 */
export function walkBlocks(root: Node, opts: WalkOptions = {}): BlockDraft[] {
  const out: BlockDraft[] = [];
  const kinds: Array<'paragraph' | 'list-item'> = ['paragraph'];
  // The column header of the table cell being read, if any ('' outside one).
  const leads: string[] = [''];
  const headers = new Map<Element, string>();
  let buf: string[] = [];
  const flush = (): void => {
    const text = buf.join('');
    buf = [];
    const lead = leads[leads.length - 1] ?? '';
    if (text.trim()) out.push({ kind: lead ? 'list-item' : (kinds[kinds.length - 1] ?? 'paragraph'), level: 0, text, ...(lead ? { lead } : {}) });
  };
  const stack: Work[] = [{ node: root }];
  while (stack.length) {
    const w = stack.pop() as Work;
    if (w.exit) {
      flush();
      kinds.pop();
      leads.pop();
      continue;
    }
    const node = w.node as Node;
    if (node.nodeType === 3) {
      buf.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toLowerCase() : '';
    if (SKIP.has(tag) || opts.skip?.has(tag)) continue;
    if (node.nodeType === 1 && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) continue;
    const h = HEADING.exec(tag);
    if (h) {
      flush();
      out.push({ kind: 'heading', level: Number(h[1]), text: el.textContent ?? '' });
      continue;
    }
    if (tag === 'br') {
      flush();
      continue;
    }
    const children = node.childNodes;
    if (tag === 'table') for (const [cell, header] of columnHeaders(el)) headers.set(cell, header);
    if (tag === 'li' || BLOCK.has(tag)) {
      flush();
      const inList = tag === 'li' || kinds[kinds.length - 1] === 'list-item';
      kinds.push(inList ? 'list-item' : 'paragraph');
      leads.push(headers.get(el) ?? (tag === 'td' || tag === 'th' || tag === 'tr' ? '' : (leads[leads.length - 1] ?? '')));
      stack.push({ exit: inList ? 'list-item' : 'paragraph' });
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) stack.push({ node: c });
    }
  }
  flush();
  return out;
}
