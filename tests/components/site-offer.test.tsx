// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import type { SiteOffer, TabView } from '../../lib/messages';
import { doneView } from './fixtures';
import { cleanup, click, mount } from './render';

const detection = { isPolicy: false, confidence: 0.1, reasons: [] };
const notPolicy = (offer?: SiteOffer, site: TabView['site'] = null): TabView => ({
  tabId: 5, state: { status: 'not-policy', url: 'https://shop.example/p/1', detection, ...(offer ? { offer } : {}) }, analysis: null, site,
});
const found: SiteOffer = { link: { url: 'https://shop.example/privacy', text: 'Privacy Policy' }, fetchable: true, status: 'found' };

function api(initial: TabView, overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    getTab: vi.fn(async () => initial),
    analyze: vi.fn(async () => doneView([])),
    showInPage: vi.fn(async () => ({ found: true })),
    discover: vi.fn(async () => notPolicy(found)),
    analyzeSite: vi.fn(async () => notPolicy(found)),
    ...overrides,
  };
}

afterEach(cleanup);

describe('site-analysis offer in the popup', () => {
  it('asks for the policy link when opened on a page that is not a policy, then offers to analyse it', async () => {
    const a = api(notPolicy());
    const root = await mount(<PopupApp tabId={5} api={a} />);
    expect(a.discover).toHaveBeenCalledTimes(1);
    expect(a.analyzeSite).not.toHaveBeenCalled(); // nothing is fetched before the click
    const offer = root.querySelector('.site-offer');
    expect(offer?.querySelector('.offer-text')?.textContent).toBe('Privacy Policy');
    expect(offer?.querySelector('.offer-url')?.textContent).toBe('https://shop.example/privacy');
    // The page itself can still be analysed.
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Analyse this page anyway', "Analyse this site's privacy policy"]);
  });

  it('analyses the site policy on click and then shows the remembered site', async () => {
    const memory = { site: 'shop.example', url: 'https://shop.example/privacy', title: 'Shop Privacy Policy', grade: 'C' as const, leadRisks: 1, analysedAt: Date.UTC(2026, 10, 24), analysisKey: 'k' };
    const a = api(notPolicy(found), { analyzeSite: vi.fn(async () => notPolicy(found, memory)) });
    const root = await mount(<PopupApp tabId={5} api={a} />);
    expect(a.discover).not.toHaveBeenCalled(); // the link is already known
    await click(root, "Analyse this site's privacy policy");
    expect(a.analyzeSite).toHaveBeenCalledWith(5);
    expect(root.querySelector('.status-site h2')?.textContent).toContain('grade C');
    expect(root.querySelector('.status-site')?.textContent).toContain('Shop Privacy Policy');
  });

  it('offers a link to open, not a fetch, for a policy on another origin of the site', async () => {
    const other: SiteOffer = { link: { url: 'https://legal.shop.example/privacy', text: 'Privacy' }, fetchable: false, status: 'found' };
    const root = await mount(<PopupApp tabId={5} api={api(notPolicy(other))} />);
    expect(root.textContent).not.toContain("Analyse this site's privacy policy");
    expect(root.querySelector('.site-offer a')?.getAttribute('href')).toBe('https://legal.shop.example/privacy');
  });

  it('says so when no link was found, or when the site analysis failed (with a retry)', async () => {
    const none = await mount(<PopupApp tabId={5} api={api(notPolicy({ link: null, fetchable: false, status: 'found' }))} />);
    expect(none.querySelector('.site-offer')?.textContent).toBe("No link to this site's privacy policy was found on this page.");
    cleanup();
    const failed = await mount(<PopupApp tabId={5} api={api(notPolicy({ ...found, status: 'error', error: 'The policy is not a web page (application/pdf). Open it to read it.' }))} />);
    expect(failed.querySelector('.offer-error')?.textContent).toContain('application/pdf');
    expect(Array.from(failed.querySelectorAll('button')).map((b) => b.textContent)).toContain('Try again');
  });

  it('keeps the "not a policy" panel when the search itself fails', async () => {
    const root = await mount(<PopupApp tabId={5} api={api(notPolicy(), { discover: vi.fn(async () => { throw new Error('no content script'); }) })} />);
    expect(root.querySelector('.status h2')?.textContent).toBe('This page does not look like a privacy policy');
    expect(root.querySelector('.site-offer')?.textContent).toContain('no content script');
  });
});
