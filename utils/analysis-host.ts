/**
 * The heavy pass: parse serialised HTML, hash its text, answer from the cache or run the engine,
 * and track how the policy changed since the user last saw it. Runs where a DOMParser exists away
 * from the page: Chrome's offscreen document, Firefox's background page. The parsed document is
 * inert (no scripts run, no images load).
 */
import { analyzeExtracted } from '../lib/analyze';
import { appendHistory, diffVersions, fingerprintPolicy, type PolicyDiff } from '../lib/changes';
import { collectSignals, detectPolicy } from '../lib/detect';
import { findPolicyLink } from '../lib/discover';
import { extract } from '../lib/extract';
import type { AnalyzeOutcome } from '../lib/messages';
import { segment } from '../lib/segment';
import { pageKey } from '../lib/site';
import type { Analysis, Detection } from '../lib/types';
import { ENGINE_VERSION } from '../lib/version';
import { cacheKey, type AnalysisCache, type PolicyHistory } from './cache';
import { sha256Hex } from './hash';

/** Elements whose text is code, not content; nonces inside them would defeat the cache. */
const NOT_CONTENT = 'script, style, noscript, template';

/** Text the content hash covers: the visible-ish text, whitespace collapsed. */
export function contentText(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll(NOT_CONTENT))) el.remove();
  return (doc.body?.textContent ?? doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Only pages with findings are tracked: a page with nothing to say has no change worth showing. */
const tracked = (a: Analysis): boolean => a.findings.length > 0;

/**
 * Parses `html`, then returns the cached analysis of the same text or a fresh one. A fresh
 * analysis of a tracked page is fingerprinted and compared with the newest version in the
 * page's history; `change` is that diff when the text really changed.
 */
export async function analyzeHtml(
  input: { html: string; url: string; detection: Detection | null },
  cache: AnalysisCache,
  now: () => number = Date.now,
): Promise<AnalyzeOutcome> {
  const doc = new DOMParser().parseFromString(input.html, 'text/html');
  // Readability resolves links against the document URL; a parsed string has none.
  const base = doc.createElement('base');
  base.href = input.url;
  doc.head?.prepend(base);
  const hash = await sha256Hex(contentText(doc));
  const url = pageKey(input.url);
  const key = cacheKey(url, hash, ENGINE_VERSION);
  const [cached, history] = await Promise.all([
    cache.getAnalysis(key).catch(() => null),
    cache.getHistory(url).catch(() => null),
  ]);
  // A cache hit is served only when it is also the newest version the history knows (or the page
  // is not tracked); otherwise (e.g. a policy reverted to an older text) the sentences are needed
  // to fingerprint it, so the engine runs again.
  if (cached && (!tracked(cached) || history?.lastKey === key)) {
    return { key, analysis: cached, fromCache: true, change: history?.lastKey === key ? history.change : null };
  }
  const t0 = clock();
  const detection = input.detection ?? detectPolicy(collectSignals(doc, input.url));
  const ex = extract(doc);
  // The fingerprint needs the sentences, which Analysis does not carry: segment once, pass them in.
  const sentences = segment(ex);
  // Default weights: versions must be comparable whatever the user's weights are at the time.
  const analysis = { ...analyzeExtracted(ex, detection, {}, sentences), ms: clock() - t0 };
  await cache.putAnalysis(key, url, analysis).catch(() => undefined);
  let change: PolicyDiff | null = null;
  if (tracked(analysis)) {
    const version = fingerprintPolicy(analysis, sentences, now());
    const versions = history?.versions ?? [];
    const prev = versions.at(-1);
    const diff = prev ? diffVersions(prev, version, sentences) : null;
    change = diff?.changed ? diff : null;
    const next: Omit<PolicyHistory, 'updatedAt'> = { url, versions: appendHistory(versions, version), lastKey: key, change };
    await cache.putHistory(next).catch(() => undefined);
  }
  return { key, analysis, fromCache: false, change };
}

/**
 * Finds the site's privacy-policy link in a serialised page (same registrable domain only):
 * run here rather than in the page so the script injected into every page stays small.
 */
export function discoverInHtml(input: { html: string; url: string }): { url: string; text: string } | null {
  const doc = new DOMParser().parseFromString(input.html, 'text/html');
  const link = findPolicyLink(doc, input.url);
  return link ? { url: link.url, text: link.text } : null;
}
