import { analyzeDocument, analyzeExtracted } from '../analyze';
import { collectSignals, detectPolicy } from '../detect';
import { extractPlainText } from '../extract';
import type { Analysis } from '../types';
import type { Loaded } from './load';
import { parseHtml } from './parse-html';
import { textDocument } from './text-document';

/**
 * Runs the whole engine on one loaded input: HTML is parsed with linkedom, detected, then
 * extracted, segmented, classified and scored; text goes through the plain-text extractor
 * and is detected from a small rendered document.
 * @param input the loaded file or page
 */
export function analyzeLoaded(input: Loaded): Analysis {
  if (input.kind === 'html') return analyzeDocument(parseHtml(input.content, input.url), { url: input.url });
  const ex = extractPlainText(input.content, input.name);
  const detection = detectPolicy(collectSignals(textDocument(ex, input.url), input.url));
  return analyzeExtracted(ex, detection);
}
