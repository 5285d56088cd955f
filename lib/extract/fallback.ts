import type { BlockDraft } from './build';
import { walkBlocks } from './walk-blocks';

/** Page chrome skipped when the whole body has to be read. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form']);

/**
 * Reads the page's main text when Readability finds nothing usable: the `main` /
 * `[role=main]` / `article` element if there is one (its own header and footer are kept,
 * they often hold the policy's title and date), otherwise the body minus nav, header,
 * footer, aside and forms.
 * @param body an unmodified copy of the page's body (Readability mutates the document it parses)
 */
export function fallbackBlocks(body: Element): BlockDraft[] {
  const main = body.querySelector('main, [role="main"], article');
  if (main && (main.textContent ?? '').trim().length > 0) return walkBlocks(main, { skip: new Set(['nav']) });
  return walkBlocks(body, { skip: CHROME });
}
