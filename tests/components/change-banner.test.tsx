// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeBanner } from '../../components/ChangeBanner';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import { diffVersions, fingerprintPolicy, type PolicyDiff } from '../../lib/changes';
import type { Analysis, Finding } from '../../lib/types';
import { doneView, finding } from './fixtures';
import { cleanup, mount } from './render';

const SALE = 'We may sell your personal information to data brokers.';
const RIGHTS = 'You can delete your personal information at any time.';
const SECURITY = 'We protect your data with encryption.';

function analysisOf(findings: Finding[], score: number, grade: Analysis['score']['grade']): Analysis {
  return {
    engineVersion: '1', title: 'P', lang: 'en', detection: { isPolicy: true, confidence: 1, reasons: [] }, findings, practices: [],
    score: { score, grade, verdict: 'v', contributions: [] }, textLength: 500, ms: 1,
  };
}

/** A real diff: version 2 adds a sale clause and drops the deletion right. */
function saleAddedRightsRemoved(): PolicyDiff {
  const v1Sentences = [SECURITY, RIGHTS, 'Intro sentence.'];
  const v2Sentences = [SECURITY, SALE, 'Intro sentence.'];
  const v1 = fingerprintPolicy(analysisOf([finding('security:protection', 0, SECURITY), finding('user-rights:protection', 40, RIGHTS)], 80, 'B'), v1Sentences, Date.UTC(2026, 2, 14, 9));
  const v2 = fingerprintPolicy(analysisOf([finding('security:protection', 0, SECURITY), finding('data-sale:risk', 40, SALE)], 35, 'D'), v2Sentences, Date.UTC(2026, 5, 1));
  return diffVersions(v1, v2, v2Sentences);
}

afterEach(cleanup);

describe('ChangeBanner', () => {
  it('says since when, leads with the new risk, then the lost protection, and lists changed sentences', async () => {
    const change = saleAddedRightsRemoved();
    const root = await mount(<ChangeBanner change={change} />);
    const banner = root.querySelector('section.change');
    expect(banner?.classList.contains('change-worse')).toBe(true);
    expect(root.querySelector('h2')?.textContent).toBe('Changed since 2026-03-14: grade B → D');
    expect(root.querySelector('.change-headline')?.textContent).toMatch(/^New risk: /);
    const lists = Array.from(root.querySelectorAll('.change-list')).map((l) => l.querySelector('h3')?.textContent);
    expect(lists).toEqual(['New risks', 'Protections removed']);
    expect(root.querySelector('.change-new-risk li')?.getAttribute('data-label')).toBe('data-sale:risk');
    expect(root.querySelector('.change-new-risk .finding-text')?.textContent).toBe(SALE);
    expect(root.querySelector('.change-lost-protection .finding-text')?.textContent).toBe(RIGHTS);
    expect(root.querySelector('.change-sentences summary')?.textContent).toContain('1 added, 1 removed');
    expect(root.querySelector('.sentences-added')?.textContent).toContain(SALE);
  });

  it('is shown first in the popup when the view carries a change, and not at all otherwise', async () => {
    const view = { ...doneView([finding('data-sale:risk', 0, SALE)]), change: saleAddedRightsRemoved() };
    const api: PopupApi = {
      getTab: vi.fn(async () => view), analyze: vi.fn(async () => view), showInPage: vi.fn(async () => ({ found: true })),
      discover: vi.fn(async () => view), analyzeSite: vi.fn(async () => view),
    };
    const root = await mount(<PopupApp tabId={5} api={api} />);
    expect(root.querySelector('main')?.firstElementChild?.classList.contains('change')).toBe(true);
    cleanup();
    const plain = await mount(<PopupApp tabId={5} api={{ ...api, getTab: vi.fn(async () => doneView([finding('data-sale:risk', 0, SALE)])) }} />);
    expect(plain.querySelector('section.change')).toBeNull();
    expect(plain.querySelector('main')?.firstElementChild?.classList.contains('summary')).toBe(true);
  });

  it('renders page text as text, never as markup', async () => {
    const change = saleAddedRightsRemoved();
    const hostile = '<img src=x onerror="window.__pwned=1"> We may sell your data.';
    const withMarkup: PolicyDiff = { ...change, newFindings: [{ label: 'data-sale:risk', text: hostile, hash: 'h' }] };
    const root = await mount(<ChangeBanner change={withMarkup} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.change-new-risk .finding-text')?.textContent).toBe(hostile);
  });
});
