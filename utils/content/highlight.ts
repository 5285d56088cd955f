/**
 * "Show in page": scrolls to a sentence and marks it. The only visible change PolicyLens ever
 * makes to a page, and only on request: an outline on the sentence's block (restored after a
 * while or on the next request), and the exact sentence selected, which the browser paints
 * without any change to the DOM tree or any stylesheet injected into the page.
 */
import { findTextRange } from './find-text';

/** Attribute marking the outlined element (tests look for it). */
export const HIGHLIGHT_ATTR = 'data-policylens-highlight';
const DURATION_MS = 8000;

let clearCurrent: (() => void) | null = null;

/** The nearest ancestor that is not laid out inline: the sentence's paragraph, item or cell. */
function blockOf(node: Node): HTMLElement | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el?.parentElement && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
  return el instanceof HTMLElement ? el : null;
}

/** Removes the current highlight, if any. */
export function clearHighlight(): void {
  const clear = clearCurrent;
  clearCurrent = null;
  clear?.();
}

/** Highlights `text` in `doc`; false when it cannot be found. */
export function highlightText(doc: Document, text: string): boolean {
  clearHighlight();
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const range = findTextRange(root, text);
  if (!range) return false;
  const el = blockOf(range.commonAncestorContainer);
  if (!el) return false;
  const before = { outline: el.style.outline, offset: el.style.outlineOffset };
  el.setAttribute(HIGHLIGHT_ATTR, '');
  el.style.outline = '3px solid #f59f00';
  el.style.outlineOffset = '2px';
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const timer = setTimeout(clearHighlight, DURATION_MS);
  clearCurrent = () => {
    clearTimeout(timer);
    el.removeAttribute(HIGHLIGHT_ATTR);
    el.style.outline = before.outline;
    el.style.outlineOffset = before.offset;
    if (!el.getAttribute('style')) el.removeAttribute('style');
    // Leave the selection alone if the user has since selected something else.
    if (selection?.rangeCount === 1 && selection.getRangeAt(0) === range) selection.removeAllRanges();
  };
  return true;
}
