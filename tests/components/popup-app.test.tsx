// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import type { TabView } from '../../lib/messages';
import { doneView, finding } from './fixtures';
import { cleanup, click, flush, mount } from './render';

function api(view: TabView, overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    getTab: vi.fn(async () => view),
    analyze: vi.fn(async () => doneView([finding('security:protection', 5)])),
    showInPage: vi.fn(async () => ({ found: true })),
    discover: vi.fn(async () => view),
    analyzeSite: vi.fn(async () => view),
    ...overrides,
  };
}

const notPolicy: TabView = { tabId: 5, state: { status: 'not-policy', url: 'https://shop.example/', detection: { isPolicy: false, confidence: 0.1, reasons: [] } }, analysis: null, site: null };

afterEach(cleanup);

describe('PopupApp', () => {
  it('shows grade, score and verdict, then lead risks, other risks and protections in that order', async () => {
    const view = doneView([
      finding('security:protection', 50),
      finding('retention:risk', 40),
      finding('do-not-track:risk', 30),
      finding('data-sale:risk', 20),
    ]);
    const root = await mount(<PopupApp tabId={5} api={api(view)} />);
    expect(root.querySelector('.grade')?.textContent).toBe('D');
    expect(root.querySelector('.verdict')?.textContent).toBe('Sells your data to advertisers.');
    expect(root.querySelector('.score-line')?.textContent).toContain('42');
    const sections = Array.from(root.querySelectorAll('section.findings')).map((s) => s.className);
    expect(sections).toEqual(['findings findings-lead', 'findings findings-risk', 'findings findings-protection']);
    const labels = Array.from(root.querySelectorAll('li.finding')).map((li) => li.getAttribute('data-label'));
    expect(labels).toEqual(['data-sale:risk', 'do-not-track:risk', 'retention:risk', 'security:protection']);
    expect(root.querySelector('li.finding .finding-text')?.textContent).toBe('Sentence about data-sale:risk.');
    // Lead risks are always expanded; with lead risks present, protections start collapsed.
    const open = Array.from(root.querySelectorAll('section.findings details')).map((d) => d.hasAttribute('open'));
    expect(open).toEqual([true, true, false]);
  });

  it('renders page text as text, never as markup', async () => {
    const hostile = 'We sell data <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>.';
    const root = await mount(<PopupApp tabId={5} api={api(doneView([finding('data-sale:risk', 0, hostile)]))} />);
    expect(root.querySelector('.finding-text')?.textContent).toBe(hostile);
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('asks the tab to show a finding, and says so when the sentence is not found', async () => {
    const a = api(doneView([finding('data-sale:risk', 0, 'We may sell your data.')]), { showInPage: vi.fn(async () => ({ found: false })) });
    const root = await mount(<PopupApp tabId={5} api={a} />);
    await click(root, 'Show in page');
    expect(a.showInPage).toHaveBeenCalledWith(5, 'We may sell your data.');
    expect(root.querySelector('.not-found')?.textContent).toContain('Could not find');
  });

  it('offers "analyse this page anyway" on a page that is not a policy', async () => {
    const a = api(notPolicy);
    const root = await mount(<PopupApp tabId={5} api={a} />);
    expect(root.textContent).toContain('does not look like a privacy policy');
    await click(root, 'Analyse this page anyway');
    expect(a.analyze).toHaveBeenCalledWith(5);
    expect(root.querySelector('li.finding')?.getAttribute('data-label')).toBe('security:protection');
  });

  it('analyses a detected policy on opening when automatic analysis is off', async () => {
    const pending: TabView = { tabId: 5, state: { status: 'pending', url: 'https://shop.example/privacy', detection: { isPolicy: true, confidence: 0.9, reasons: [] } }, analysis: null, site: null };
    const a = api(pending);
    const root = await mount(<PopupApp tabId={5} api={a} />);
    expect(a.analyze).toHaveBeenCalledTimes(1);
    expect(root.querySelector('li.finding')).not.toBeNull();
  });

  it('shows the remembered site policy when this page is not the policy', async () => {
    const view: TabView = { ...notPolicy, site: { site: 'shop.example', url: 'https://shop.example/privacy', title: 'Shop Privacy', grade: 'C', leadRisks: 2, analysedAt: Date.UTC(2026, 0, 2), analysisKey: 'k' } };
    const root = await mount(<PopupApp tabId={5} api={api(view)} />);
    const panel = root.querySelector('.status-site');
    expect(panel?.textContent).toContain('grade C');
    expect(panel?.textContent).toContain('"Shop Privacy", analysed 2026-01-02, with 2 lead risks');
    expect(panel?.querySelector('a')?.getAttribute('href')).toBe('https://shop.example/privacy');
  });

  it('shows the analysing state and polls until the result arrives', async () => {
    const analysing: TabView = { tabId: 5, state: { status: 'analysing', url: 'https://shop.example/privacy', detection: null, startedAt: 1 }, analysis: null, site: null };
    const done = doneView([finding('data-sale:risk', 0)]);
    const getTab = vi.fn<PopupApi['getTab']>().mockResolvedValueOnce(analysing).mockResolvedValue(done);
    const root = await mount(<PopupApp tabId={5} api={api(analysing, { getTab })} pollMs={5} />);
    expect(root.querySelector('[aria-busy="true"]')?.textContent).toContain('Analysing');
    await new Promise((r) => setTimeout(r, 30));
    await flush();
    expect(root.querySelector('.grade')?.textContent).toBe('D');
  });

  it('shows an error with a retry that analyses again', async () => {
    const failed: TabView = { tabId: 5, state: { status: 'error', url: 'https://shop.example/privacy', detection: null, error: 'The page could not be read.' }, analysis: null, site: null };
    const a = api(failed);
    const root = await mount(<PopupApp tabId={5} api={a} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('The page could not be read.');
    await click(root, 'Retry');
    expect(a.analyze).toHaveBeenCalledTimes(1);
  });

  it('says how much text it found when there is too little to grade, and offers to analyse anyway', async () => {
    const view = doneView([finding('security:protection', 5)]);
    if (view.analysis) view.analysis = { ...view.analysis, textLength: 180, score: { score: null, grade: '?', verdict: 'Not enough information to grade this page.', contributions: [] } };
    const a = api(view);
    const root = await mount(<PopupApp tabId={5} api={a} />);
    expect(root.querySelector('.status h2')?.textContent).toBe('Not enough text to grade');
    expect(root.textContent).toContain('found 180 characters of text and 1 clause of interest');
    await click(root, 'Analyse this page anyway');
    expect(a.analyze).toHaveBeenCalledWith(5);
  });

  it('names the language of a policy it cannot read, with no grade', async () => {
    const view = doneView([]);
    if (view.analysis) view.analysis = { ...view.analysis, language: { code: 'de', name: 'German' }, score: { score: null, grade: '?', verdict: 'This policy is in German. PolicyLens reads English policies.', contributions: [] } };
    const root = await mount(<PopupApp tabId={5} api={api(view)} />);
    expect(root.querySelector('.status h2')?.textContent).toBe('This policy is in German.');
    expect(root.textContent).toContain('PolicyLens reads English policies.');
    expect(root.querySelector('.grade')).toBeNull();
    expect(root.querySelector('table')).toBeNull();
  });

  it('paints the whole result (grade, privacy label, findings) in the first render after the cached view arrives', async () => {
    const view = doneView([finding('data-sale:risk', 0), finding('security:protection', 9)]);
    const container = document.createElement('div');
    document.body.append(container);
    let resolve: (v: TabView) => void = () => {};
    const pending = new Promise<TabView>((r) => { resolve = r; });
    await act(() => { render(<PopupApp tabId={5} api={api(view, { getTab: vi.fn(() => pending) })} />, container); });
    expect(container.querySelector('.grade')).toBeNull();
    // One state update, no further asynchronous step: the reply and the painted result are one render apart.
    await act(async () => { resolve(view); await pending; });
    expect(container.querySelector('.grade')?.textContent).toBe('D');
    expect(container.querySelectorAll('tr.label-row')).toHaveLength(18);
    expect(container.querySelectorAll('li.finding')).toHaveLength(2);
  });

  it('keeps every action reachable by keyboard (real buttons, no tabindex tricks)', async () => {
    const root = await mount(<PopupApp tabId={5} api={api(doneView([finding('data-sale:risk', 0), finding('security:protection', 9)]))} />);
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.length).toBe(7); // 2 privacy-label rows + 2 × "Show in page" + 3 report buttons
    for (const b of buttons) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.hasAttribute('tabindex')).toBe(false);
    }
    expect(root.querySelectorAll('[onclick], div[role="button"]').length).toBe(0);
  });
});
