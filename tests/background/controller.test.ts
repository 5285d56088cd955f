import { labelName } from '../../lib/labels';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, envelope, type MessageName, type RequestOf, type ResponseOf } from '../../lib/messages';
import { scoreFindings } from '../../lib/score';
import { createController } from '../../utils/background/controller';
import { GRADE_COLORS } from '../../utils/background/badge';
import { policyAnalysis, setup } from './helpers';

type Ctl = ReturnType<typeof createController>;

/** Sends a message through the same dispatcher the real listener uses. */
async function send<K extends MessageName>(ctl: Ctl, name: K, data: RequestOf<K>, tabId?: number): Promise<ResponseOf<K>> {
  const reply = await dispatch(ctl.handlers, envelope(name, data), tabId === undefined ? {} : { tab: { id: tabId }, frameId: 0 });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ResponseOf<K>;
}

const policy = { isPolicy: true, confidence: 0.9, reasons: ['title'] };
const notPolicy = { isPolicy: false, confidence: 0.1, reasons: [] };
const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const badgeTitle = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

beforeEach(() => fakeBrowser.reset());

describe('background controller', () => {
  it('leaves pages that are not policies without a badge', async () => {
    const { controller, analyze } = setup();
    await send(controller, 'page:detected', { url: 'https://shop.example/about', docId: 'doc-1', detection: notPolicy }, 1);
    expect((await send(controller, 'tab:get', { tabId: 1 })).state?.status).toBe('not-policy');
    expect(await badgeText(1)).toBe('');
    expect(analyze).not.toHaveBeenCalled();
  });

  it('analyses a detected policy and shows its grade in the grade colour', async () => {
    const { controller, analyze } = setup();
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    expect(analyze).toHaveBeenCalledTimes(1);
    const view = await send(controller, 'tab:get', { tabId: 1 });
    expect(view.state?.status).toBe('done');
    const grade = view.analysis?.score.grade ?? 'none';
    expect(await badgeText(1)).toBe(grade);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 })).toEqual(hexToRgba(GRADE_COLORS[grade as 'A']));
    // The tooltip names the lead risk in the wording table's words.
    const lead = view.analysis?.findings.find((f) => f.stance === 'risk' && ['data-sale:risk', 'advertiser-sharing:risk', 'do-not-track:risk', 'contacts-access:risk'].includes(f.label));
    expect(lead).toBeDefined();
    expect(await badgeTitle(1)).toContain(`this policy ${labelName(lead?.label ?? '')}`);
  });

  it('remembers the site: other pages of it get a dimmed badge naming the policy and its date', async () => {
    const { controller } = setup();
    await send(controller, 'page:detected', { url: 'https://www.shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    const grade = await badgeText(1);
    await send(controller, 'page:detected', { url: 'https://blog.shop.example/post', docId: 'doc-1', detection: notPolicy }, 2);
    expect(await badgeText(2)).toBe(grade);
    expect(await badgeTitle(2)).toMatch(/this site's privacy policy "Example Privacy Policy" \(analysed 2026-11-24\)/);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 2 })).not.toEqual(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 }));
    const view = await send(controller, 'tab:get', { tabId: 2 });
    expect(view.site?.url).toBe('https://www.shop.example/privacy');
    // A different site gets nothing.
    await send(controller, 'page:detected', { url: 'https://other.example/', docId: 'doc-1', detection: notPolicy }, 3);
    expect(await badgeText(3)).toBe('');
  });

  it('does not analyse automatically when the user turned it off, but does on request', async () => {
    const { controller, analyze } = setup({ settings: { autoAnalyze: false } });
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    expect(analyze).not.toHaveBeenCalled();
    expect((await send(controller, 'tab:get', { tabId: 1 })).state?.status).toBe('pending');
    const view = await send(controller, 'tab:analyze', { tabId: 1 });
    expect(view.state?.status).toBe('done');
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('analyses a page the detector rejected when the user asks', async () => {
    const { controller } = setup();
    await send(controller, 'page:detected', { url: 'https://shop.example/legal', docId: 'doc-1', detection: notPolicy }, 1);
    const view = await send(controller, 'tab:analyze', { tabId: 1 });
    expect(view.state?.status).toBe('done');
    expect(view.analysis?.findings.length).toBeGreaterThan(0);
  });

  it('reports a failed analysis as an error state with its message', async () => {
    const { controller } = setup({ analyzeError: new Error('parser exploded') });
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    const view = await send(controller, 'tab:get', { tabId: 1 });
    expect(view.state).toMatchObject({ status: 'error', error: 'parser exploded' });
    expect(await badgeText(1)).toBe('');
  });

  it('drops a result when the tab navigated away during the analysis', async () => {
    const { controller, getPage } = setup();
    getPage.mockImplementationOnce(async () => {
      await send(controller, 'page:detected', { url: 'https://shop.example/elsewhere', docId: 'doc-1', detection: notPolicy }, 1);
      return { url: 'https://shop.example/privacy', html: '', truncated: false, serializeMs: 0 };
    });
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    expect((await send(controller, 'tab:get', { tabId: 1 })).state).toMatchObject({ status: 'not-policy', url: 'https://shop.example/elsewhere' });
  });

  it('analyses the new page of an SPA navigation that happens during an analysis', async () => {
    const { controller, getPage, analyze } = setup();
    let navigated = false;
    getPage.mockImplementation(async (tabId: number) => {
      if (!navigated) {
        navigated = true;
        await send(controller, 'page:detected', { url: 'https://shop.example/privacy/eu', docId: 'doc-1', detection: policy }, tabId);
      }
      return { url: 'https://shop.example/privacy/eu', html: '', truncated: false, serializeMs: 0 };
    });
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    await new Promise((r) => setTimeout(r, 0));
    await controller.settled(1);
    const view = await send(controller, 'tab:get', { tabId: 1 });
    expect(view.state).toMatchObject({ status: 'done', url: 'https://shop.example/privacy/eu' });
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('keeps tab state in storage, so a restarted service worker still knows the tab', async () => {
    const first = setup();
    await send(first.controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 7);
    await first.controller.settled(7);
    // A new controller over the same storage and cache = the worker after a restart.
    const second = createController({ ...first.deps });
    const view = await send(second, 'tab:get', { tabId: 7 });
    expect(view.state?.status).toBe('done');
    expect(view.analysis?.title).toBe('Example Privacy Policy');
  });

  it('reports an analysis interrupted by a service-worker restart as an error to retry', async () => {
    const { deps } = setup();
    await deps.tabs.set(3, { status: 'analysing', url: 'https://shop.example/privacy', detection: policy, startedAt: 1 });
    const restarted = createController(deps);
    const view = await send(restarted, 'tab:get', { tabId: 3 });
    expect(view.state).toMatchObject({ status: 'error', error: 'The analysis was interrupted. Try again.' });
    expect((await send(restarted, 'tab:analyze', { tabId: 3 })).state?.status).toBe('done');
  });

  it('recomputes every badge, remembered sites included, when the weights change', async () => {
    // Only a lead risk and a protection: ignoring data-sale changes the grade.
    const a = policyAnalysis();
    const analysis = { ...a, findings: a.findings.filter((f) => f.label === 'data-sale:risk' || f.label === 'security:protection' || f.label === 'user-rights:protection') };
    const { controller, settings } = setup({ analysis });
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    await send(controller, 'page:detected', { url: 'https://shop.example/blog', docId: 'doc-2', detection: notPolicy }, 2);
    const before = [await badgeText(1), await badgeText(2)];
    settings.weights = { 'data-sale': 0 };
    await controller.refreshBadges();
    const expected = scoreFindings(analysis.findings, analysis.textLength, { 'data-sale': 0 }).grade;
    expect(expected).not.toBe(before[0]);
    expect([await badgeText(1), await badgeText(2)]).toEqual([expected, expected]);
  });

  it('rescores with the user weights', async () => {
    const weights = { 'data-sale': 2 as const, security: 0 as const };
    const { controller } = setup({ settings: { weights } });
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    const view = await send(controller, 'tab:get', { tabId: 1 });
    const a = policyAnalysis();
    expect(view.analysis?.score).toEqual(scoreFindings(a.findings, a.textLength, weights));
  });

  it('ignores reports from frames and keeps a finished result on a #fragment change', async () => {
    const { controller, analyze } = setup();
    const fromFrame = await dispatch(controller.handlers, envelope('page:detected', { url: 'https://x.example/privacy', docId: 'doc-1', detection: policy }), { tab: { id: 4 }, frameId: 3 });
    expect(fromFrame.ok).toBe(true);
    expect((await send(controller, 'tab:get', { tabId: 4 })).state).toBeNull();
    await send(controller, 'page:detected', { url: 'https://x.example/privacy', docId: 'doc-1', detection: policy }, 4);
    await controller.settled(4);
    await send(controller, 'page:detected', { url: 'https://x.example/privacy#rights', docId: 'doc-1', detection: policy }, 4);
    expect((await send(controller, 'tab:get', { tabId: 4 })).state?.status).toBe('done');
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('forgets closed and unloaded pages, and clears the cache on request', async () => {
    const { controller } = setup();
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    // A late goodbye from the previous document of a reloaded page (same URL) changes nothing...
    await send(controller, 'page:leaving', { url: 'https://shop.example/privacy', docId: 'doc-0' }, 1);
    expect((await send(controller, 'tab:get', { tabId: 1 })).state?.status).toBe('done');
    // ...the document's own does.
    await send(controller, 'page:leaving', { url: 'https://shop.example/privacy#top', docId: 'doc-1' }, 1);
    expect(await badgeText(1)).toBe('');
    expect((await send(controller, 'tab:get', { tabId: 1 })).state).toBeNull();
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    await send(controller, 'cache:clear', {});
    const view = await send(controller, 'tab:get', { tabId: 1 });
    expect(view.state?.status).toBe('error'); // its analysis is gone: the popup offers a retry
    expect(await badgeText(1)).toBe('');
    await controller.tabClosed(1);
    expect((await send(controller, 'tab:get', { tabId: 1 })).state).toBeNull();
  });

  it('still shows a fresh result when IndexedDB is unusable', async () => {
    const { deps } = setup();
    const broken = new Error('IndexedDB is not available');
    const fail = async (): Promise<never> => { throw broken; };
    const controller = createController({
      ...deps,
      cache: { getAnalysis: fail, putAnalysis: fail, getSite: fail, putSite: fail, getHistory: fail, putHistory: fail, clear: fail, stats: fail, close: () => undefined },
      analyze: async () => ({ key: 'k1', analysis: policyAnalysis(), fromCache: false }),
    });
    await send(controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'doc-1', detection: policy }, 1);
    await controller.settled(1);
    const view = await send(controller, 'tab:get', { tabId: 1 });
    expect(view.state?.status).toBe('done');
    expect(view.analysis?.title).toBe('Example Privacy Policy');
  });

  it('refuses to analyse a tab it never heard from, with a readable reason', async () => {
    const { controller } = setup();
    await expect(send(controller, 'tab:analyze', { tabId: 99 })).rejects.toThrow(/Reload the page/);
  });
});

function hexToRgba(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
