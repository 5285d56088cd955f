import type { Extracted } from '../types';
import { buildExtracted } from './build';
import { nestsDeeperThan } from './dom-depth';
import { fallbackBlocks } from './fallback';
import { runReadability } from './run-readability';
import { walkBlocks } from './walk-blocks';

export { extractPlainText } from './plain-text';
export { BLOCK_SEPARATOR } from './build';

/** Below this many characters Readability's article is suspect and the page's main text is compared. */
const SHORT_ARTICLE = 500;
/** Nesting beyond which Readability is skipped (its cost explodes with depth; real pages nest < 60). */
const MAX_READABLE_DEPTH = 120;

/**
 * Extracts the readable text of a document into title, language and text blocks that keep
 * headings and list items.
 *
 * Readability picks the article; its element is walked into blocks. When Readability finds
 * nothing, or an article under 500 characters, the page's main text (main/article/body minus
 * chrome) is used instead (`method: 'fallback'`) unless it holds less than half as much:
 * short pages and pages of many small sections defeat Readability's scoring.
 *
 * Pages nested deeper than 120 levels skip Readability and go straight to the main text.
 *
 * Readability MUTATES `doc`. In the browser pass a clone (`document.cloneNode(true)`), never
 * the live page. A page with no text gives `text: ''` and no blocks; that is not an error here.
 * @param doc the page's document (mutated)
 */
export function extract(doc: Document): Extracted {
  const docTitle = doc.title ?? '';
  const docLang = doc.documentElement?.getAttribute('lang') ?? '';
  if (doc.body && nestsDeeperThan(doc.body, MAX_READABLE_DEPTH)) {
    return buildExtracted(fallbackBlocks(doc.body), { title: docTitle, lang: docLang, method: 'fallback' });
  }
  // Readability moves and deletes nodes; keep an untouched copy of the body for the fallback.
  const pristine = doc.body ? (doc.body.cloneNode(true) as Element) : null;
  const article = runReadability(doc);
  const drafts = article?.content ? walkBlocks(article.content) : [];
  const articleLength = drafts.reduce((n, d) => n + d.text.trim().length, 0);
  const title = article?.title || docTitle;
  const lang = article?.lang || docLang;
  if (articleLength >= SHORT_ARTICLE || !pristine) {
    return buildExtracted(drafts, { title, lang, method: articleLength > 0 ? 'readability' : 'fallback' });
  }
  const fallback = fallbackBlocks(pristine);
  const fallbackLength = fallback.reduce((n, d) => n + d.text.trim().length, 0);
  // Short pages defeat Readability's scoring (it then grabs chrome, or half a section); the main
  // text is more faithful unless it lost most of what Readability found.
  if (fallbackLength === 0 || fallbackLength < 0.5 * articleLength) return buildExtracted(drafts, { title, lang, method: 'readability' });
  return buildExtracted(fallback, { title, lang, method: 'fallback' });
}
