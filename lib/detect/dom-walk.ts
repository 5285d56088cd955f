/**
 * Bounded DOM traversal for the page detector.
 *
 * The detector runs in the content script of every page, so it must never touch the whole
 * document: no `textContent`/`innerText` on big subtrees, no `querySelectorAll` over the full
 * tree (in linkedom that walks everything, and in a browser it still matches every element).
 * These helpers walk with `firstChild`/`nextSibling`/`parentNode` only (O(1) in browsers and in
 * linkedom) and stop after a fixed number of nodes. They also avoid `document.body`,
 * `document.head` and `document.title`, whose linkedom getters throw on an empty document and
 * insert a `<head>`/`<body>` into XML documents.
 */

/** Node type numbers (the `Node` constants are not globals in Node.js). */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Tag name of an element (lower-case in HTML documents), '' for anything else. */
export function tagOf(node: Node | null | undefined): string {
  if (!node || node.nodeType !== ELEMENT_NODE) return '';
  // localName is already lower-case for HTML elements (browsers and linkedom); lower-casing
  // every tag would cost a third of the walk on the pages the detector must be cheap on.
  const el = node as Element;
  return el.localName || (el.nodeName ?? '').toLowerCase();
}

/** An attribute's value, '' when absent or when the node cannot have attributes. */
export function attrOf(node: Node, name: string): string {
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  if (typeof el.getAttribute !== 'function') return '';
  return el.getAttribute(name) ?? '';
}

/** Whether an element carries a (possibly empty, boolean) attribute such as `hidden`. */
export function hasAttr(node: Node, name: string): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  return typeof el.hasAttribute === 'function' && el.hasAttribute(name);
}

/** The document's root element, or null (empty or broken documents). */
export function rootOf(doc: Document): Element | null {
  try {
    return doc.documentElement ?? null;
  } catch {
    return null;
  }
}

/**
 * First child element named `tag` among the first `maxChildren` children of `parent`.
 * Used to find `<head>`/`<body>`/`<frameset>` without the mutating linkedom getters.
 */
export function childByTag(parent: Node | null, tag: string, maxChildren = 64): Element | null {
  let n = parent?.firstChild ?? null;
  for (let i = 0; n && i < maxChildren; i++, n = n.nextSibling) {
    if (tagOf(n) === tag) return n as Element;
  }
  return null;
}

/**
 * The node that follows `node` in document order inside `root`, optionally skipping `node`'s
 * subtree. Null when the walk leaves `root`.
 */
export function nextInTree(node: Node, root: Node, skipChildren: boolean): Node | null {
  if (!skipChildren) {
    const first = node.firstChild;
    if (first) return first;
  }
  let n: Node | null = node;
  while (n && n !== root) {
    const sib: Node | null = n.nextSibling;
    if (sib) return sib;
    n = n.parentNode;
  }
  return null;
}

/**
 * The element that follows `el` in document order inside `root`, looking at elements only
 * (`firstElementChild`/`nextElementSibling`/`parentElement`: native in browsers, and much cheaper
 * than visiting every text node in linkedom).
 */
export function nextElementInTree(el: Element, root: Node, skipChildren: boolean): Element | null {
  if (!skipChildren) {
    const first = el.firstElementChild;
    if (first) return first;
  }
  let n: Element | null = el;
  while (n && n !== root) {
    const sib: Element | null = n.nextElementSibling;
    if (sib) return sib;
    const up: Node | null = n.parentNode;
    n = up && up.nodeType === ELEMENT_NODE ? (up as Element) : null;
  }
  return null;
}

/** Collapses runs of whitespace (including NBSP) to one space and trims. */
export function squash(text: string): string {
  // A lone ' ' is left alone (NBSP is in \s): most labels then have no match at all, and the
  // text is not rebuilt one space at a time.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** What `walkText` returns: the text and how many nodes it visited. */
export interface BoundedText {
  text: string;
  visited: number;
}

/**
 * Text of `root`'s subtree, stopping at `maxChars` characters or `maxNodes` visited nodes,
 * whichever comes first. `skip(el)` prunes whole subtrees (scripts, navigation, banners...).
 * `start` (a node inside `root`) begins the walk there and goes on in document order.
 * `joiner` glues text nodes: '' for titles and headings (linkedom splits text at entities, so
 * "Didn&apos;t" arrives as three nodes), ' ' for the sample (text of separate blocks).
 */
export function walkText(
  root: Node,
  maxChars: number,
  maxNodes: number,
  skip: (el: Node, tag: string) => boolean = () => false,
  start: Node | null = root.firstChild,
  joiner = ' ',
): BoundedText {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = start;
  while (node && visited < maxNodes && length < maxChars) {
    visited++;
    let skipChildren = false;
    if (node.nodeType === TEXT_NODE) {
      const piece = joiner ? squash(node.nodeValue ?? '') : (node.nodeValue ?? '');
      if (piece) {
        const room = maxChars - length;
        const kept = piece.length > room ? piece.slice(0, room) : piece;
        parts.push(kept);
        length += kept.length + 1;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = tagOf(node);
      if (tag === 'br') parts.push(' '); // "Privacy<br>Policy" is two words
      skipChildren = skip(node, tag);
    } else {
      skipChildren = true;
    }
    node = nextInTree(node, root, skipChildren);
  }
  return { text: squash(parts.join(joiner)).slice(0, maxChars), visited };
}
