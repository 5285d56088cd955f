/**
 * The heavy pass: parse serialised HTML, hash its text, answer from the cache or run the engine.
 * Runs where a DOMParser exists away from the page: Chrome's offscreen document, Firefox's
 * background page. The parsed document is inert (no scripts run, no images load).
 */
import { analyzeDocument } from '../lib/analyze';
import type { AnalyzeOutcome } from '../lib/messages';
import { pageKey } from '../lib/site';
import type { Detection } from '../lib/types';
import { ENGINE_VERSION } from '../lib/version';
import { cacheKey, type AnalysisCache } from './cache';
import { sha256Hex } from './hash';

/** Elements whose text is code, not content; nonces inside them would defeat the cache. */
const NOT_CONTENT = 'script, style, noscript, template';

/** Text the content hash covers: the visible-ish text, whitespace collapsed. */
export function contentText(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll(NOT_CONTENT))) el.remove();
  return (doc.body?.textContent ?? doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Parses `html`, then returns the cached analysis of the same text or a fresh one. */
export async function analyzeHtml(
  input: { html: string; url: string; detection: Detection | null },
  cache: AnalysisCache,
): Promise<AnalyzeOutcome> {
  const doc = new DOMParser().parseFromString(input.html, 'text/html');
  // Readability resolves links against the document URL; a parsed string has none.
  const base = doc.createElement('base');
  base.href = input.url;
  doc.head?.prepend(base);
  const hash = await sha256Hex(contentText(doc));
  const url = pageKey(input.url);
  const key = cacheKey(url, hash, ENGINE_VERSION);
  const cached = await cache.getAnalysis(key).catch(() => null);
  if (cached) return { key, analysis: cached, fromCache: true };
  const analysis = analyzeDocument(doc, { url: input.url, ...(input.detection ? { detection: input.detection } : {}) });
  await cache.putAnalysis(key, url, analysis).catch(() => undefined);
  return { key, analysis, fromCache: false };
}
