// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp, type OptionsApi } from '../../components/OptionsApp';
import type { Settings } from '../../lib/messages';
import { CATEGORIES } from '../../lib/types';
import { cleanup, click, flush, mount } from './render';

function api(initial: Settings): OptionsApi & { saved: Settings[] } {
  const saved: Settings[] = [];
  return {
    saved,
    load: vi.fn(async () => initial),
    save: vi.fn(async (s: Settings) => { saved.push(s); }),
    clearCache: vi.fn(async () => undefined),
  };
}

afterEach(cleanup);

describe('OptionsApp', () => {
  it('turns automatic analysis off', async () => {
    const a = api({ autoAnalyze: true, weights: {}, autoSite: false });
    const root = await mount(<OptionsApp api={a} />);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(box?.checked).toBe(true);
    await act(() => { box?.click(); });
    await flush();
    expect(a.saved.at(-1)).toEqual({ autoAnalyze: false, weights: {}, autoSite: false });
  });

  it('offers a 0/1/2 weight for every category and saves a change', async () => {
    const a = api({ autoAnalyze: true, weights: { tracking: 0 }, autoSite: false });
    const root = await mount(<OptionsApp api={a} />);
    const selects = root.querySelectorAll<HTMLSelectElement>('select');
    expect(selects.length).toBe(CATEGORIES.length);
    expect(root.querySelector<HTMLSelectElement>('#weight-tracking')?.value).toBe('0');
    const sale = root.querySelector<HTMLSelectElement>('#weight-data-sale');
    expect(Array.from(sale?.options ?? []).map((o) => o.value)).toEqual(['0', '1', '2']);
    // Every select has a visible label (keyboard and screen-reader users).
    for (const s of Array.from(selects)) expect(root.querySelector(`label[for="${s.id}"]`)).not.toBeNull();
    await act(() => {
      if (!sale) return;
      sale.value = '2';
      sale.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(a.saved.at(-1)?.weights).toEqual({ tracking: 0, 'data-sale': 2 });
  });

  it('clears the cache and says so', async () => {
    const a = api({ autoAnalyze: true, weights: {}, autoSite: false });
    const root = await mount(<OptionsApp api={a} />);
    await click(root, 'Clear the cache');
    expect(a.clearCache).toHaveBeenCalledTimes(1);
    expect(root.textContent).toContain('Cache cleared.');
  });
});

describe('OptionsApp: automatic site analysis', () => {
  it('is off by default in the UI state it is given, and turning it on saves it', async () => {
    const a = api({ autoAnalyze: true, weights: {}, autoSite: false });
    const root = await mount(<OptionsApp api={a} />);
    const boxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).toHaveLength(2);
    const site = boxes[1];
    expect(site?.checked).toBe(false);
    expect(site?.closest('label')?.textContent).toContain("each site's privacy policy");
    await act(() => { site?.click(); });
    await flush();
    expect(a.saved.at(-1)).toEqual({ autoAnalyze: true, weights: {}, autoSite: true });
  });
});
