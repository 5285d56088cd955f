/**
 * Finds a sentence of the extracted text in the live DOM. Extraction collapses whitespace, drops
 * invisible characters and joins blocks (it keeps case and quotes), so the search ignores
 * whitespace and invisible characters entirely; it maps the match back to text-node offsets
 * and returns a Range.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
// Whitespace, plus what extraction drops (soft hyphens, zero-width characters, controls).
const WS = /[\s\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u001f\u007f]/;
const WS_ALL = new RegExp(WS.source, 'g');

/** The text without whitespace and invisible characters. */
export function squash(text: string): string {
  return text.replace(WS_ALL, '');
}

interface Index {
  nodes: Text[];
  starts: number[];
  hay: string;
}

function buildIndex(root: Node): Index {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const s = squash((n as Text).data);
    if (!s) continue;
    nodes.push(n as Text);
    starts.push(total);
    parts.push(s);
    total += s.length;
  }
  return { nodes, starts, hay: parts.join('') };
}

/** Text node and offset of the `pos`-th squashed character (`after`: just past it). */
function locate(ix: Index, pos: number, after: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = ix.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ix.starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  const node = ix.nodes[lo];
  if (!node) return null;
  let want = pos - (ix.starts[lo] ?? 0);
  const data = node.data;
  for (let i = 0; i < data.length; i++) {
    if (WS.test(data[i] ?? '')) continue;
    if (want === 0) return { node, offset: after ? i + 1 : i };
    want -= 1;
  }
  return null;
}

/** A Range covering `text` in `root`, or null when it is not found. */
export function findTextRange(root: Node, text: string): Range | null {
  const needle = squash(text);
  if (!needle) return null;
  const ix = buildIndex(root);
  let at = ix.hay.indexOf(needle);
  let len = needle.length;
  if (at < 0 && needle.length > 60) {
    // Extraction may have changed the sentence's tail (e.g. a footnote); its head still locates it.
    len = 60;
    at = ix.hay.indexOf(needle.slice(0, len));
  }
  if (at < 0) return null;
  const start = locate(ix, at, false);
  const end = locate(ix, at + len - 1, true);
  if (!start || !end) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
