// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFlows } from '../../components/DataFlows';
import { dataFlows } from '../../lib/data-flows';
import type { Practice } from '../../lib/types';
import { cleanup, flush, mount } from './render';

afterEach(cleanup);

const p = (x: Partial<Practice> & Pick<Practice, 'action' | 'start'>): Practice => ({ actor: 'we', data: ['personal-info'], negated: false, modality: 'may', end: x.start + 10, ...x });

const practices: Practice[] = [
  p({ action: 'collect', data: ['contacts', 'personal-info'], start: 0 }),
  p({ action: 'collect', data: ['location'], start: 50, negated: true }),
  p({ action: 'share', recipient: 'advertisers', purpose: 'advertising', start: 100 }),
  p({ action: 'share', recipient: 'acquirer', purpose: 'merger', start: 150 }),
  p({ action: 'sell', data: ['activity'], recipient: 'data-brokers', start: 200 }),
  p({ action: 'collect', data: ['contacts'], start: 250 }),
];
const evidence = { 0: 'We upload your address book.', 50: 'We never collect your location.', 100: 'We share data with ad partners for marketing.', 150: 'In a merger, data may be sold.', 200: 'We sell browsing data to data brokers.', 250: 'We keep your contacts.' };

describe('dataFlows', () => {
  it('lists what is collected, shared and sold, once each, from practices that are not denied', () => {
    const f = dataFlows(practices, evidence);
    expect(f.collected.map((x) => [x.what, x.text])).toEqual([['Your contact list or other people’s details', 'We upload your address book.']]);
    expect(f.shared.map((x) => [x.what, x.detail])).toEqual([['Advertisers and marketers', 'for marketing']]);
    expect(f.sold.map((x) => [x.what, x.detail])).toEqual([['What you do and browse', 'to data brokers']]);
  });

  it('gives each recipient one entry, gathering the purposes of every sentence', () => {
    const f = dataFlows([
      p({ action: 'share', recipient: 'partners', purpose: 'advertising', start: 0 }),
      p({ action: 'share', recipient: 'partners', purpose: 'analytics', start: 10 }),
      p({ action: 'share', recipient: 'partners', start: 20 }),
    ], { 0: 'a', 10: 'b', 20: 'c' });
    expect(f.shared.map((x) => [x.what, x.detail, x.text])).toEqual([['Business partners', 'for marketing, analytics', 'a']]);
  });

  it('names generic personal information only when no kind of data is named', () => {
    expect(dataFlows([p({ action: 'collect', start: 0 })], { 0: 'We collect information.' }).collected.map((x) => x.what)).toEqual(['Personal information']);
    expect(dataFlows([], {})).toEqual({ collected: [], shared: [], sold: [] });
  });
});

describe('DataFlows', () => {
  it('is a region named "Data flows" whose entries quote their sentence and find it in the page', async () => {
    const onShow = vi.fn();
    const root = await mount(<DataFlows flows={dataFlows(practices, evidence)} onShow={onShow} shown={new Map([['sold:activity', false]])} />);
    const region = root.querySelector('section.data-flows');
    const heading = root.querySelector(`#${region?.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('Data flows');
    expect(Array.from(root.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['Collected', 'Shared with', 'Sold']);
    const contacts = root.querySelector('[data-flow="collected:contacts"]');
    expect(contacts?.querySelector('.flow-what')?.textContent).toBe('Your contact list or other people’s details');
    expect(contacts?.querySelector('.finding-text')?.textContent).toBe('We upload your address book.');
    await act(() => { contacts?.querySelector('button')?.click(); });
    await flush();
    expect(onShow).toHaveBeenCalledWith('collected:contacts', 'We upload your address book.');
    expect(root.querySelector('[data-flow="sold:activity"] .not-found')?.textContent).toContain('Could not find');
  });

  it('renders nothing when no flow was read', async () => {
    const root = await mount(<DataFlows flows={{ collected: [], shared: [], sold: [] }} onShow={() => {}} shown={new Map()} />);
    expect(root.querySelector('section')).toBeNull();
  });
});
