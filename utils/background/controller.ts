/**
 * The background's logic, free of wiring so unit tests drive it with fakes: per-tab state,
 * when to run the heavy pass, site memory, and what the badge shows.
 */
import type { PolicyDiff } from '../../lib/changes';
import type { Handlers, PagePayload, AnalyzeOutcome, FetchedPage, Settings, SiteMemory, TabState, TabView } from '../../lib/messages';
import { pageKey, siteOf } from '../../lib/site';
import { scoreFindings } from '../../lib/score';
import { LEAD_RISKS, type Analysis, type Detection } from '../../lib/types';
import type { AnalysisCache } from '../cache';
import { badgeFor, type BadgeInput, type BadgeSpec } from './badge';
import { createSitePolicy } from './site-policy';
import type { TabStore } from './tab-store';
import { unsupportedReason } from './unsupported-reason';

const RECENT_MAX = 8;

/** Everything the controller needs from the browser. */
export interface ControllerDeps {
  cache: AnalysisCache;
  tabs: TabStore;
  settings(): Promise<Settings>;
  /** Asks the tab's content script for its HTML. */
  getPage(tabId: number): Promise<PagePayload>;
  /** Runs the heavy pass (offscreen document or local DOMParser). */
  analyze(page: PagePayload, detection: Detection | null): Promise<AnalyzeOutcome>;
  /** Finds the site's policy link in a serialised page (heavy context). */
  discover(page: PagePayload): Promise<{ url: string; text: string } | null>;
  /** Fetches one same-origin page through the tab's content script. */
  fetchSame(tabId: number, url: string): Promise<FetchedPage>;
  highlight(tabId: number, text: string): Promise<{ found: boolean }>;
  setBadge(tabId: number, badge: BadgeSpec): Promise<void>;
  now(): number;
}

/** The sender fields the controller reads. */
export interface SenderInfo {
  tab?: { id?: number };
  frameId?: number;
}

/** Rescores an analysis with the user's weights (findings are cached, scores are cheap). */
export function rescore(analysis: Analysis, weights: Settings['weights']): Analysis {
  // A policy the engine could not read (another language) keeps its notice: weights change nothing.
  if (analysis.language) return analysis;
  return { ...analysis, score: scoreFindings(analysis.findings, analysis.textLength, weights) };
}

/** Number of lead-risk findings. */
export function leadRiskCount(analysis: Analysis): number {
  return analysis.findings.filter((f) => LEAD_RISKS.includes(f.label)).length;
}

/** Creates the background controller. */
export function createController(deps: ControllerDeps) {
  const inflight = new Map<number, Promise<TabView>>();
  // Last few results in memory too: if IndexedDB is unusable (some private modes, a broken
  // profile), the popup can still show what was just analysed.
  const recent = new Map<string, Analysis>();
  const recentChanges = new Map<string, PolicyDiff | null>();
  const remember = (key: string, a: Analysis, change: PolicyDiff | null = null): void => {
    recent.delete(key);
    recent.set(key, a);
    recentChanges.set(key, change);
    for (const k of recent.keys()) { if (recent.size <= RECENT_MAX) break; recent.delete(k); recentChanges.delete(k); }
  };

  /** Site memory of an analysed policy: only one with at least one clause is worth remembering. */
  function memoryOf(url: string, analysis: Analysis, key: string): SiteMemory | null {
    const site = siteOf(url);
    if (!site || analysis.findings.length === 0) return null;
    return {
      site, url: pageKey(url), title: analysis.title || url, grade: analysis.score.grade,
      leadRisks: leadRiskCount(analysis), analysedAt: deps.now(), analysisKey: key,
    };
  }

  /** The change recorded with this exact analysis of the page, if any (see analysis-host). */
  async function changeFor(url: string, key: string): Promise<PolicyDiff | null> {
    const h = await deps.cache.getHistory(pageKey(url)).catch(() => null);
    if (h) return h.lastKey === key ? h.change : null;
    return recentChanges.get(key) ?? null;
  }

  async function siteMemoryFor(url: string): Promise<SiteMemory | null> {
    const site = siteOf(url);
    if (!site) return null;
    const mem = await deps.cache.getSite(site).catch(() => null);
    if (!mem || mem.url === pageKey(url)) return null;
    // The grade follows the user's current weights, like the popup's.
    const cached = (await deps.cache.getAnalysis(mem.analysisKey).catch(() => null)) ?? recent.get(mem.analysisKey);
    return cached ? { ...mem, grade: rescore(cached, (await deps.settings()).weights).score.grade } : mem;
  }

  async function updateBadge(tabId: number, state: TabState | null, analysis: Analysis | null, change: PolicyDiff | null = null): Promise<void> {
    let input: BadgeInput = { kind: 'none' };
    if (state?.status === 'analysing') input = { kind: 'analysing' };
    else if (state?.status === 'done' && analysis?.language) input = { kind: 'unread', reason: analysis.score.verdict };
    else if (state?.status === 'done' && analysis) {
      const leadLabels = LEAD_RISKS.filter((l) => analysis.findings.some((f) => f.label === l));
      input = { kind: 'policy', grade: analysis.score.grade, leadRisks: leadRiskCount(analysis), leadLabels, title: analysis.title, change };
    } else if (state) {
      const mem = await siteMemoryFor(state.url);
      if (mem) input = { kind: 'site', memory: mem };
    }
    await deps.setBadge(tabId, badgeFor(input)).catch(() => undefined);
  }

  async function view(tabId: number): Promise<TabView> {
    let state = site.settle(tabId, await deps.tabs.get(tabId));
    let analysis: Analysis | null = null;
    let change: PolicyDiff | null = null;
    // "analysing" with nothing running: the service worker was stopped mid-analysis.
    if (state?.status === 'analysing' && !inflight.has(tabId)) {
      state = { status: 'error', url: state.url, detection: state.detection, error: 'The analysis was interrupted. Try again.' };
    }
    if (state?.status === 'done') {
      const cached = (await deps.cache.getAnalysis(state.analysisKey).catch(() => null)) ?? recent.get(state.analysisKey);
      if (cached) {
        analysis = rescore(cached, (await deps.settings()).weights);
        change = await changeFor(state.url, state.analysisKey);
      } else state = { status: 'error', url: state.url, detection: state.detection, error: 'The saved analysis was cleared. Analyse the page again.' };
    }
    const memory = state && state.status !== 'done' ? await siteMemoryFor(state.url) : null;
    return { tabId, state, analysis, site: memory, change };
  }

  async function runAnalysis(tabId: number, userAsked: boolean): Promise<TabView> {
    const before = await deps.tabs.get(tabId);
    if (!before) throw new Error('This page has not been read by PolicyLens (browser pages and pages opened before the extension cannot be). Reload the page and try again.');
    if (before.status === 'unsupported') throw new Error(before.reason);
    // An automatic run queued behind another finds nothing left to do.
    if (!userAsked && before.status !== 'pending') return view(tabId);
    const detection = 'detection' in before ? before.detection : null;
    const url = before.url;
    const metrics = { ...before.metrics };
    const docId = before.docId;
    const started: TabState = { status: 'analysing', url, detection, startedAt: deps.now(), metrics, docId };
    await deps.tabs.set(tabId, started);
    await updateBadge(tabId, started, null);
    let state: TabState;
    let analysis: Analysis | null = null;
    let change: PolicyDiff | null = null;
    try {
      const page = await deps.getPage(tabId);
      metrics.serializeMs = page.serializeMs;
      if (page.longestSliceMs !== undefined) metrics.longestSliceMs = page.longestSliceMs;
      metrics.htmlChars = page.html.length;
      const t0 = deps.now();
      const outcome = await deps.analyze(page, detection);
      metrics.heavyMs = deps.now() - t0;
      change = outcome.change ?? null;
      remember(outcome.key, outcome.analysis, change);
      analysis = rescore(outcome.analysis, (await deps.settings()).weights);
      state = { status: 'done', url, detection, analysisKey: outcome.key, fromCache: outcome.fromCache, analysedAt: deps.now(), metrics, docId };
      const isPolicy = detection?.isPolicy ?? analysis.detection.isPolicy;
      const memory = isPolicy || userAsked ? memoryOf(url, outcome.analysis, outcome.key) : null;
      if (memory) await deps.cache.putSite({ ...memory, grade: analysis.score.grade }).catch(() => undefined);
    } catch (err) {
      state = { status: 'error', url, detection, error: err instanceof Error ? err.message : 'Analysis failed', metrics, docId };
    }
    // The tab may have navigated meanwhile: only the document we analysed gets the result.
    const now = await deps.tabs.get(tabId);
    if (now && now.docId === docId && pageKey(now.url) === pageKey(url)) {
      // Badge first: whoever sees the final state also sees its badge.
      await updateBadge(tabId, state, analysis, change);
      await deps.tabs.set(tabId, state);
    }
    return view(tabId);
  }

  function analyzeOnce(tabId: number, userAsked: boolean): Promise<TabView> {
    const running = inflight.get(tabId);
    if (running) return running;
    const p = runAnalysis(tabId, userAsked).finally(() => inflight.delete(tabId));
    inflight.set(tabId, p);
    return p;
  }

  async function refreshBadge(tabId: number): Promise<void> {
    const v = await view(tabId);
    await updateBadge(tabId, v.state, v.analysis, v.change ?? null);
  }

  async function refreshBadges(): Promise<void> {
    for (const tabId of await deps.tabs.ids()) await refreshBadge(tabId);
  }

  const site = createSitePolicy({
    cache: deps.cache, tabs: deps.tabs, getPage: deps.getPage, discover: deps.discover, fetchSame: deps.fetchSame,
    analyze: deps.analyze, memoryOf, remember: (key, a) => remember(key, a), view, refreshBadge,
  });

  const handlers: Handlers<SenderInfo> = {
    'page:detected': async (data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: true };
      const prev = await deps.tabs.get(tabId);
      // The same document reporting the same page again (back/forward cache) keeps its result.
      if (prev?.status === 'done' && prev.docId === data.docId && pageKey(prev.url) === pageKey(data.url)) {
        await refreshBadge(tabId);
        return { ok: true };
      }
      let state: TabState;
      const metrics = data.detectMs === undefined ? {} : { detectMs: data.detectMs };
      const docId = data.docId;
      if (data.unsupported !== undefined || !data.detection) state = { status: 'unsupported', url: data.url, reason: unsupportedReason(data.unsupported ?? ''), metrics, docId };
      else if (data.detection.isPolicy) state = { status: 'pending', url: data.url, detection: data.detection, metrics, docId };
      else state = { status: 'not-policy', url: data.url, detection: data.detection, metrics, docId };
      await deps.tabs.set(tabId, state);
      await updateBadge(tabId, state, null);
      const settings = await deps.settings();
      if (state.status === 'pending' && settings.autoAnalyze) {
        // After an SPA navigation the previous page's run may still be going: queue behind it.
        void (inflight.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(() => analyzeOnce(tabId, false));
      } else if (state.status === 'not-policy' && settings.autoSite && !(await siteMemoryFor(state.url))) {
        void site.auto(tabId, state.url).catch(() => undefined);
      }
      return { ok: true };
    },
    // The tab's document is unloading: forget its result so the next document starts clean.
    // (tabs.onUpdated "loading" cannot be used: it also fires for #fragment jumps, and without
    // the "tabs" permission it carries no URL to tell them apart.)
    'page:leaving': async (data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: true };
      const prev = await deps.tabs.get(tabId);
      if (prev && prev.docId === data.docId) {
        await deps.tabs.delete(tabId);
        await updateBadge(tabId, null, null);
      }
      return { ok: true };
    },
    'tab:get': ({ tabId }) => view(tabId),
    'tab:analyze': ({ tabId }) => analyzeOnce(tabId, true),
    'tab:show-in-page': ({ tabId, text }) => deps.highlight(tabId, text),
    'tab:discover': ({ tabId }) => site.discover(tabId),
    'tab:analyze-site': ({ tabId }) => site.analyzeSite(tabId),
    'cache:clear': async () => {
      recent.clear();
      recentChanges.clear();
      await deps.cache.clear();
      await refreshBadges(); // grades and remembered sites are gone
      return { ok: true };
    },
  };

  return {
    handlers,
    /** Weights changed: every badge shows a grade, so recompute them all. */
    refreshBadges,
    /** Forgets a closed tab. */
    tabClosed: (tabId: number) => deps.tabs.delete(tabId),
    /** Resolves when the tab's current analysis (if any) has finished: for tests. */
    settled: (tabId: number) => inflight.get(tabId) ?? Promise.resolve(null),
    /** Resolves when the tab's site discovery/analysis (if any) has finished: for tests. */
    siteSettled: (tabId: number) => site.settled(tabId),
  };
}

/** The controller's type. */
export type Controller = ReturnType<typeof createController>;
