/** Fakes for the background controller's dependencies. */
import { vi } from 'vitest';
import type { AnalyzeOutcome, PagePayload, Settings } from '../../lib/messages';
import type { Analysis, Finding, Label } from '../../lib/types';
import { createCache } from '../../utils/cache';
import { createController, type ControllerDeps } from '../../utils/background/controller';
import { setBadge } from '../../utils/background/set-badge';
import { createTabStore } from '../../utils/background/tab-store';

/** A finding with `label`. */
export function finding(label: Label, start: number): Finding {
  const [category, stance] = label.split(':') as [Finding['category'], Finding['stance']];
  return { label, category, stance, severity: stance === 'risk' ? 'high' : 'low', text: `Sentence about ${label}.`, start, end: start + 20, confidence: 0.9, rule: `${category}/test` };
}

/** An analysis with a data-sale risk (lead) and a security protection. */
export function policyAnalysis(title = 'Example Privacy Policy'): Analysis {
  const findings = [finding('data-sale:risk', 10), finding('security:protection', 200), finding('retention:risk', 400), finding('user-rights:protection', 600)];
  return {
    engineVersion: 't', title, lang: 'en', detection: { isPolicy: true, confidence: 0.9, reasons: [] }, findings, practices: [],
    score: { score: 30, grade: 'D', verdict: 'x', contributions: [] }, textLength: 20_000, ms: 3,
  };
}

let dbCount = 0;

/** A controller over fake-browser storage/badges, a real (fake-indexeddb) cache and a fake heavy pass. */
export function setup(opts: { settings?: Partial<Settings>; analysis?: Analysis; analyzeError?: Error } = {}) {
  dbCount += 1;
  const cache = createCache({ name: `bg-test-${dbCount}-${Math.random()}` });
  let clock = Date.UTC(2026, 10, 24);
  const settings: Settings = { autoAnalyze: true, weights: {}, autoSite: false, ...opts.settings };
  const analyze = vi.fn(async (page: PagePayload): Promise<AnalyzeOutcome> => {
    if (opts.analyzeError) throw opts.analyzeError;
    // Like the real heavy pass (utils/analysis-host.ts): the result goes into the shared cache.
    const key = `key:${page.url}`;
    const analysis = opts.analysis ?? policyAnalysis();
    await cache.putAnalysis(key, page.url, analysis);
    return { key, analysis, fromCache: false };
  });
  const getPage = vi.fn(async (tabId: number): Promise<PagePayload> => ({ url: `https://page.example/${tabId}`, html: '<p>x</p>', truncated: false, serializeMs: 1 }));
  const deps: ControllerDeps = {
    cache,
    tabs: createTabStore(),
    settings: async () => settings,
    getPage,
    analyze,
    highlight: vi.fn(async () => ({ found: true })),
    discover: vi.fn(async () => null),
    fetchSame: vi.fn(async (_tabId: number, url: string) => ({ url, status: 200, type: 'text/html', html: '<p>policy</p>', truncated: false })),
    setBadge,
    now: () => (clock += 1000),
  };
  return { controller: createController(deps), deps, cache, analyze, getPage, settings };
}
