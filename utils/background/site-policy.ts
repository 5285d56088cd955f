/**
 * "From any page to its policy": on a page that is not a policy, find the site's policy link (in
 * the heavy context, on the serialised page), and on the user's click (or automatically, when the
 * user turned that on) fetch that one page through the tab's content script, analyse it, and
 * remember it as the site's policy so the badge follows. Only same-origin links are fetched.
 */
import type { AnalyzeOutcome, FetchedPage, PagePayload, SiteMemory, SiteOffer, TabState, TabView } from '../../lib/messages';
import { pageKey, siteOf } from '../../lib/site';
import type { Analysis } from '../../lib/types';
import type { AnalysisCache } from '../cache';
import type { TabStore } from './tab-store';

/** What the site-policy flow needs from the background. */
export interface SitePolicyDeps {
  cache: AnalysisCache;
  tabs: TabStore;
  getPage(tabId: number): Promise<PagePayload>;
  /** Finds the policy link in a serialised page (offscreen document or local DOMParser). */
  discover(page: PagePayload): Promise<{ url: string; text: string } | null>;
  /** Fetches one same-origin page through the tab's content script. */
  fetchSame(tabId: number, url: string): Promise<FetchedPage>;
  analyze(page: PagePayload, detection: null): Promise<AnalyzeOutcome>;
  /** The site memory record of an analysed policy. */
  memoryOf(url: string, analysis: Analysis, key: string): SiteMemory | null;
  remember(key: string, analysis: Analysis): void;
  view(tabId: number): Promise<TabView>;
  refreshBadge(tabId: number): Promise<void>;
}

const originOf = (url: string): string => {
  try { return new URL(url).origin; } catch { return ''; }
};

/** Readable types the engine can analyse; anything else (PDF...) is left to the user to open. */
const READABLE = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Creates the flow; `inflight` holds the tabs whose offer is being worked on. */
export function createSitePolicy(d: SitePolicyDeps) {
  const inflight = new Map<number, Promise<TabView>>();
  const autoTried = new Set<string>();

  /** Writes `offer` into the tab's state if the tab still shows the same document. */
  async function setOffer(tabId: number, from: TabState, offer: SiteOffer): Promise<void> {
    const now = await d.tabs.get(tabId);
    if (now?.status === 'not-policy' && now.docId === from.docId && pageKey(now.url) === pageKey(from.url)) await d.tabs.set(tabId, { ...now, offer });
  }

  async function discover(tabId: number): Promise<TabView> {
    const st = await d.tabs.get(tabId);
    if (st?.status !== 'not-policy' || (st.offer && st.offer.status !== 'error')) return d.view(tabId);
    const link = await d.discover(await d.getPage(tabId));
    // Same registrable domain is guaranteed by findPolicyLink; fetching needs the same origin.
    const fetchable = link !== null && originOf(link.url) === originOf(st.url) && siteOf(link.url) === siteOf(st.url);
    await setOffer(tabId, st, { link, fetchable, status: 'found' });
    return d.view(tabId);
  }

  async function analyzeSite(tabId: number): Promise<TabView> {
    let st = await d.tabs.get(tabId);
    if (st?.status === 'not-policy' && !st.offer) { await discover(tabId); st = await d.tabs.get(tabId); }
    if (st?.status !== 'not-policy') throw new Error('This page is not waiting for a site analysis.');
    const offer = st.offer;
    if (!offer?.link || !offer.fetchable) throw new Error('No privacy-policy link on this page that PolicyLens can fetch.');
    await setOffer(tabId, st, { ...offer, status: 'analysing' });
    let next: SiteOffer = { ...offer, status: 'found' };
    try {
      const page = await d.fetchSame(tabId, offer.link.url);
      if (originOf(page.url) !== originOf(st.url)) throw new Error('The policy link led to another site; PolicyLens does not follow it.');
      if (page.status < 200 || page.status > 299) throw new Error(`The site answered HTTP ${page.status} for its policy page.`);
      if (!READABLE.test(page.type)) throw new Error(`The policy is not a web page (${page.type || 'unknown type'}). Open it to read it.`);
      const outcome = await d.analyze({ url: page.url, html: page.html, truncated: page.truncated, serializeMs: 0 }, null);
      d.remember(outcome.key, outcome.analysis);
      const memory = d.memoryOf(page.url, outcome.analysis, outcome.key);
      if (!memory) throw new Error('That page has no clause PolicyLens recognises; it may not be the privacy policy.');
      await d.cache.putSite(memory).catch(() => undefined);
    } catch (err) {
      next = { ...offer, status: 'error', error: err instanceof Error ? err.message : 'The site analysis failed.' };
    }
    await setOffer(tabId, st, next);
    await d.refreshBadge(tabId);
    return d.view(tabId);
  }

  function once(tabId: number, work: (tabId: number) => Promise<TabView>): Promise<TabView> {
    const running = inflight.get(tabId);
    if (running) return running;
    const p = work(tabId).finally(() => inflight.delete(tabId));
    inflight.set(tabId, p);
    return p;
  }

  return {
    discover: (tabId: number) => once(tabId, discover),
    analyzeSite: (tabId: number) => once(tabId, analyzeSite),
    /**
     * Automatic mode, after the detector said "not a policy" on a site with no known policy:
     * at most one attempt per site while the background runs (a site without a findable policy
     * is not searched on every page view).
     */
    async auto(tabId: number, url: string): Promise<void> {
      const site = siteOf(url);
      if (!site || autoTried.has(site)) return;
      autoTried.add(site);
      const v = await once(tabId, discover);
      if (v.state?.status === 'not-policy' && v.state.offer?.fetchable) await once(tabId, analyzeSite);
    },
    /** An offer left "analysing" by a stopped service worker is shown as failed (Retry). */
    settle(tabId: number, state: TabState | null): TabState | null {
      if (state?.status !== 'not-policy' || state.offer?.status !== 'analysing' || inflight.has(tabId)) return state;
      return { ...state, offer: { ...state.offer, status: 'error', error: 'The site analysis was interrupted. Try again.' } };
    },
    settled: (tabId: number) => inflight.get(tabId) ?? Promise.resolve(null),
  };
}
