// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrivacyLabel, topicStatus } from '../../components/PrivacyLabel';
import { CATEGORIES } from '../../lib/types';
import { finding } from './fixtures';
import { cleanup, flush, mount } from './render';

afterEach(cleanup);

const findings = [
  finding('do-not-track:risk', 10),
  finding('retention:risk', 20),
  finding('retention:protection', 30),
  finding('security:protection', 40),
  finding('security:protection', 50, 'A second sentence on safeguards.'),
];

describe('PrivacyLabel', () => {
  it('has one row per taxonomy topic, and says "Not mentioned" for topics without findings', async () => {
    const root = await mount(<PrivacyLabel findings={findings} onShow={() => {}} shown={new Map()} />);
    const table = root.querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toBe('Privacy label');
    const rows = Array.from(root.querySelectorAll('tr.label-row'));
    expect(rows).toHaveLength(CATEGORIES.length);
    expect(rows).toHaveLength(18);
    const status = (c: string) => root.querySelector(`tr[data-category="${c}"] .label-status`)?.textContent?.trim();
    expect(status('do-not-track')).toBe('\u26a0 Risk: Ignores Do Not Track');
    expect(status('security')).toBe('\u2713 Protection: Describes concrete security safeguards');
    expect(status('retention')).toBe('\u25d0 Risk and protection: Keeps your data without a time limit; Limits how long it keeps your data');
    expect(status('data-sale')).toBe('\u2014 Not mentioned');
    const notMentioned = rows.filter((r) => r.textContent?.includes('Not mentioned'));
    expect(notMentioned).toHaveLength(18 - 3);
    // A topic with nothing to show is not a control.
    expect(root.querySelector('tr[data-category="data-sale"] button')).toBeNull();
  });

  it('opens a row (a native button: Enter and Space work) to show its sentences with Show in page', async () => {
    const onShow = vi.fn();
    const root = await mount(<PrivacyLabel findings={findings} onShow={onShow} shown={new Map()} />);
    const button = root.querySelector<HTMLButtonElement>('tr[data-category="security"] button');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('tr.label-findings')).toBeNull();
    await act(() => { button?.click(); });
    await flush();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const opened = root.querySelector(`#${button?.getAttribute('aria-controls')}`);
    expect(Array.from(opened?.querySelectorAll('.finding-text') ?? []).map((q) => q.textContent)).toEqual([
      'Sentence about security:protection.',
      'A second sentence on safeguards.',
    ]);
    const show = Array.from(opened?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === 'Show in page');
    await act(() => { show?.click(); });
    expect(onShow).toHaveBeenCalledWith(findings[3]);
    await act(() => { button?.click(); });
    await flush();
    expect(root.querySelector('tr.label-findings')).toBeNull();
  });

  it('reads a topic as risk, protection, both or none', () => {
    expect(topicStatus(findings, 'do-not-track')).toBe('risk');
    expect(topicStatus(findings, 'security')).toBe('protection');
    expect(topicStatus(findings, 'retention')).toBe('both');
    expect(topicStatus(findings, 'children')).toBe('none');
  });
});
