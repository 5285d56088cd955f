import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, envelope, type MessageName, type RequestOf, type ResponseOf } from '../../lib/messages';
import { scoreFindings } from '../../lib/score';
import { createController } from '../../utils/background/controller';
import { policyAnalysis, setup } from './helpers';

type Ctl = ReturnType<typeof createController>;

async function send<K extends MessageName>(ctl: Ctl, name: K, data: RequestOf<K>, tabId?: number): Promise<ResponseOf<K>> {
  const reply = await dispatch(ctl.handlers, envelope(name, data), tabId === undefined ? {} : { tab: { id: tabId }, frameId: 0 });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ResponseOf<K>;
}

const notPolicy = { isPolicy: false, confidence: 0.1, reasons: [] };
const PRODUCT = 'https://www.shop.example/p/42';
const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
/** The grade the fake heavy pass's analysis gets with default weights (what badges show). */
const GRADE = scoreFindings(policyAnalysis().findings, policyAnalysis().textLength).grade;

beforeEach(() => fakeBrowser.reset());

describe('site policy: from a product page to the site policy', () => {
  it('finds the link on request, fetches only it on the click, and remembers the site (badge follows)', async () => {
    const t = setup();
    vi.mocked(t.deps.discover).mockResolvedValue({ url: 'https://www.shop.example/legal/privacy', text: 'Privacy Policy' });
    await send(t.controller, 'page:detected', { url: PRODUCT, docId: 'd1', detection: notPolicy }, 1);
    expect(t.deps.discover).not.toHaveBeenCalled(); // lazily: only when asked
    const found = await send(t.controller, 'tab:discover', { tabId: 1 });
    expect(found.state?.status === 'not-policy' && found.state.offer).toEqual({ link: { url: 'https://www.shop.example/legal/privacy', text: 'Privacy Policy' }, fetchable: true, status: 'found' });
    expect(t.deps.fetchSame).not.toHaveBeenCalled();
    expect(await badgeText(1)).toBe('');

    const done = await send(t.controller, 'tab:analyze-site', { tabId: 1 });
    expect(t.deps.fetchSame).toHaveBeenCalledTimes(1);
    expect(t.deps.fetchSame).toHaveBeenCalledWith(1, 'https://www.shop.example/legal/privacy');
    expect(t.analyze).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://www.shop.example/legal/privacy' }), null);
    expect(done.site?.url).toBe('https://www.shop.example/legal/privacy');
    expect(await badgeText(1)).toBe(GRADE); // the remembered site's grade, dimmed
    expect(await fakeBrowser.action.getTitle({ tabId: 1 })).toContain("this site's privacy policy");
  });

  it('does not fetch a link on another origin of the site, a non-HTML answer, or an error status', async () => {
    const t = setup();
    vi.mocked(t.deps.discover).mockResolvedValue({ url: 'https://legal.shop.example/privacy', text: 'Privacy' });
    await send(t.controller, 'page:detected', { url: PRODUCT, docId: 'd1', detection: notPolicy }, 1);
    const v = await send(t.controller, 'tab:discover', { tabId: 1 });
    expect(v.state?.status === 'not-policy' && v.state.offer?.fetchable).toBe(false);
    await expect(send(t.controller, 'tab:analyze-site', { tabId: 1 })).rejects.toThrow(/can fetch/);
    expect(t.deps.fetchSame).not.toHaveBeenCalled();

    const pdf = setup();
    vi.mocked(pdf.deps.discover).mockResolvedValue({ url: 'https://www.shop.example/privacy.pdf', text: 'Privacy Policy' });
    vi.mocked(pdf.deps.fetchSame).mockResolvedValue({ url: 'https://www.shop.example/privacy.pdf', status: 200, type: 'application/pdf', html: '%PDF', truncated: false });
    await send(pdf.controller, 'page:detected', { url: PRODUCT, docId: 'd1', detection: notPolicy }, 2);
    const failed = await send(pdf.controller, 'tab:analyze-site', { tabId: 2 }); // discovers first, then fetches
    expect(failed.state?.status === 'not-policy' && failed.state.offer).toMatchObject({ status: 'error', error: expect.stringContaining('application/pdf') });
    expect(pdf.analyze).not.toHaveBeenCalled();
    expect(failed.site).toBeNull();

    const gone = setup();
    vi.mocked(gone.deps.discover).mockResolvedValue({ url: 'https://www.shop.example/privacy', text: 'Privacy Policy' });
    vi.mocked(gone.deps.fetchSame).mockResolvedValue({ url: 'https://www.shop.example/privacy', status: 404, type: 'text/html', html: 'nope', truncated: false });
    await send(gone.controller, 'page:detected', { url: PRODUCT, docId: 'd1', detection: notPolicy }, 3);
    const notFound = await send(gone.controller, 'tab:analyze-site', { tabId: 3 });
    expect(notFound.state?.status === 'not-policy' && notFound.state.offer?.error).toContain('HTTP 404');
  });

  it('automatic mode (option on): one attempt per site, none when the site policy is known or the option is off', async () => {
    const off = setup();
    await send(off.controller, 'page:detected', { url: PRODUCT, docId: 'd1', detection: notPolicy }, 1);
    expect(off.deps.discover).not.toHaveBeenCalled();

    const on = setup({ settings: { autoSite: true } });
    vi.mocked(on.deps.discover).mockResolvedValue({ url: 'https://www.shop.example/privacy', text: 'Privacy Policy' });
    await send(on.controller, 'page:detected', { url: PRODUCT, docId: 'd1', detection: notPolicy }, 1);
    await vi.waitFor(async () => { expect(await badgeText(1)).toBe(GRADE); });
    expect(on.deps.fetchSame).toHaveBeenCalledTimes(1);
    // Another page of the same site: its policy is known now, nothing is searched or fetched.
    await send(on.controller, 'page:detected', { url: 'https://www.shop.example/p/43', docId: 'd2', detection: notPolicy }, 2);
    await on.controller.siteSettled(2);
    expect(on.deps.discover).toHaveBeenCalledTimes(1);
    expect(await badgeText(2)).toBe(GRADE);

    // A site without a findable policy is searched once, not on every page.
    const none = setup({ settings: { autoSite: true } });
    await send(none.controller, 'page:detected', { url: 'https://nolink.example/a', docId: 'd1', detection: notPolicy }, 1);
    await vi.waitFor(() => { expect(none.deps.discover).toHaveBeenCalledTimes(1); });
    await none.controller.siteSettled(1);
    await send(none.controller, 'page:detected', { url: 'https://nolink.example/b', docId: 'd2', detection: notPolicy }, 2);
    await none.controller.siteSettled(2);
    expect(none.deps.discover).toHaveBeenCalledTimes(1);
    expect(none.deps.fetchSame).not.toHaveBeenCalled();
  });
});

describe('change tracking in the controller', () => {
  it('marks the badge of a worsened policy and gives the popup the change', async () => {
    const t = setup();
    const change = {
      changed: true, engineChanged: false, since: Date.UTC(2026, 0, 2), newFindings: [], lostFindings: [], newRisks: ['data-sale:risk' as const], lostProtections: [],
      lostRisks: [], newProtections: [], addedSentences: { count: 1, texts: [] }, removedSentences: { count: 0, texts: [] }, reworded: [],
      scoreBefore: 70, scoreAfter: 30, gradeBefore: 'C' as const, gradeAfter: 'D' as const, worsened: true, improved: false, headline: 'New risk: may sell your data.',
    };
    t.analyze.mockImplementationOnce(async (page) => {
      const analysis = policyAnalysis();
      await t.cache.putAnalysis(`key:${page.url}`, page.url, analysis);
      return { key: `key:${page.url}`, analysis, fromCache: false, change };
    });
    await send(t.controller, 'page:detected', { url: 'https://shop.example/privacy', docId: 'd1', detection: { isPolicy: true, confidence: 1, reasons: [] } }, 1);
    await t.controller.settled(1);
    expect(await badgeText(1)).toBe(`${GRADE}!`);
    // Without IndexedDB history (the fake heavy pass wrote none), the in-memory copy serves the popup.
    expect((await send(t.controller, 'tab:get', { tabId: 1 })).change?.headline).toBe('New risk: may sell your data.');
  });
});
