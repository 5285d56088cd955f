import { describe, expect, it } from 'vitest';
import { diffVersions, fingerprintPolicy } from '../../lib/changes';
import type { Finding } from '../../lib/types';
import { analysis, finding } from './make';

const BASE = [
  'This policy explains how Example Corp handles personal information.',
  'We collect your name, email address and payment details when you register.',
  'We do not sell your personal information to anyone.',
  'You can access, correct or delete your data at any time from your account page.',
  'We use cookies to keep you signed in.',
  'Contact us at the address below with any questions.',
];
const SALE_PROTECTION = finding('data-sale:protection', BASE[2]!);
const RIGHTS = finding('user-rights:protection', BASE[3]!);
const BASE_FINDINGS = [SALE_PROTECTION, RIGHTS];

function version(sentences: string[], findings: Finding[], opts: { score?: number; engine?: string; at?: number } = {}) {
  return fingerprintPolicy(analysis(findings, opts.score ?? 70, 'B', opts.engine ?? '1.0.0'), sentences, opts.at ?? 1000);
}

describe('diffVersions', () => {
  const old = version(BASE, BASE_FINDINGS, { at: 111 });

  it('reports nothing for the same text', () => {
    const d = diffVersions(old, version(BASE, BASE_FINDINGS), BASE);
    expect(d.changed).toBe(false);
    expect(d.headline).toBe('');
    expect(d.since).toBe(111);
  });

  it('treats moved paragraphs as unchanged, with moved findings neither new nor lost', () => {
    const moved = [BASE[3]!, BASE[4]!, BASE[5]!, BASE[0]!, BASE[1]!, BASE[2]!];
    const d = diffVersions(old, version(moved, [RIGHTS, SALE_PROTECTION]), moved);
    expect(d.changed).toBe(false);
    expect(d.newFindings).toEqual([]);
    expect(d.lostFindings).toEqual([]);
  });

  it('ignores punctuation, case and whitespace edits', () => {
    const edited = BASE.map((s) => `  ${s.toUpperCase().replace(/\./g, '!').replace(/ /g, '  ')}`);
    edited[2] = 'We do not sell your personal information — to anyone...';
    const d = diffVersions(old, version(edited, [finding('data-sale:protection', edited[2]), finding('user-rights:protection', edited[3]!)]), edited);
    expect(d.changed).toBe(false);
  });

  it('lists an added sentence with its text when the new sentences are given', () => {
    const next = [...BASE.slice(0, 5), 'We may send you a newsletter about new features.', BASE[5]!];
    const d = diffVersions(old, version(next, BASE_FINDINGS), next);
    expect(d.changed).toBe(true);
    expect(d.addedSentences).toEqual({ count: 1, texts: ['We may send you a newsletter about new features.'] });
    expect(d.removedSentences.count).toBe(0);
    expect(d.worsened).toBe(false);
    expect(d.headline).toMatch(/^Wording changed .*1 added.*no finding changed/);
  });

  it('counts a removed sentence whose text was not stored', () => {
    const next = BASE.filter((_, i) => i !== 4);
    const d = diffVersions(old, version(next, BASE_FINDINGS), next);
    expect(d.changed).toBe(true);
    expect(d.removedSentences).toEqual({ count: 1, texts: [] });
    expect(d.addedSentences.count).toBe(0);
  });

  it('counts one removed copy of a duplicated sentence', () => {
    const twice = [...BASE, 'Learn more.', 'Learn more.'];
    const once = [...BASE, 'Learn more.'];
    const d = diffVersions(version(twice, BASE_FINDINGS), version(once, BASE_FINDINGS), once);
    expect(d.changed).toBe(true);
    expect(d.removedSentences.count).toBe(1);
  });

  it('pairs a reworded finding sentence and keeps its finding', () => {
    const reworded = 'You can access, correct or delete your personal data at any time from your account settings page.';
    const next = [...BASE.slice(0, 3), reworded, ...BASE.slice(4)];
    const d = diffVersions(old, version(next, [SALE_PROTECTION, finding('user-rights:protection', reworded)]), next);
    expect(d.changed).toBe(true);
    expect(d.reworded).toHaveLength(1);
    expect(d.reworded[0]).toMatchObject({ oldText: BASE[3], newText: reworded });
    expect(d.reworded[0]!.overlap).toBeGreaterThanOrEqual(0.6);
    expect(d.addedSentences.count).toBe(0);
    expect(d.removedSentences.count).toBe(0);
    expect(d.newFindings).toEqual([]);
    expect(d.lostFindings).toEqual([]);
    expect(d.worsened).toBe(false);
    expect(d.headline).toMatch(/1 reworded/);
  });

  it('reports a flipped stance in a reworded sentence as a lost protection and a new risk', () => {
    const flipped = 'We may sell your personal information to anyone.';
    const next = [...BASE.slice(0, 2), flipped, ...BASE.slice(3)];
    const d = diffVersions(old, version(next, [finding('data-sale:risk', flipped), RIGHTS]), next);
    expect(d.reworded).toHaveLength(1);
    expect(d.newRisks).toEqual(['data-sale:risk']);
    expect(d.lostProtections).toEqual(['data-sale:protection']);
    expect(d.worsened).toBe(true);
  });

  it('does not pair sentences that share few words', () => {
    const other = 'Our offices are closed on public holidays in every country.';
    const next = [...BASE.slice(0, 3), other, ...BASE.slice(4)];
    const d = diffVersions(old, version(next, [SALE_PROTECTION]), next);
    expect(d.reworded).toEqual([]);
    expect(d.addedSentences.texts).toEqual([other]);
    expect(d.removedSentences.texts).toEqual([BASE[3]]);
  });

  it('flags a new sale clause and a removed deletion right as worse, sale first', () => {
    const sale = 'We may sell or rent your personal information to marketing partners.';
    const next = [BASE[0]!, BASE[1]!, BASE[2]!, sale, BASE[4]!, BASE[5]!];
    const d = diffVersions(old, version(next, [SALE_PROTECTION, finding('data-sale:risk', sale)], { score: 40 }), next);
    expect(d.changed).toBe(true);
    expect(d.worsened).toBe(true);
    expect(d.newRisks).toEqual(['data-sale:risk']);
    expect(d.lostProtections).toEqual(['user-rights:protection']);
    expect(d.newFindings.map((f) => f.label)).toEqual(['data-sale:risk']);
    expect(d.lostFindings.map((f) => [f.label, f.text])).toEqual([['user-rights:protection', BASE[3]]]);
    expect(d.headline).toBe('New risk: may sell your data; Protection removed: lets you access, correct or delete your data. Score 70 → 40.');
  });

  it('puts a new lead risk ahead of a more heavily weighted lost protection', () => {
    const dnt = 'We do not respond to Do Not Track signals.';
    const start = [...BASE];
    const older = version(start, [finding('data-sale:protection', BASE[2]!)]);
    const next = [BASE[0]!, BASE[1]!, BASE[3]!, BASE[4]!, BASE[5]!, dnt];
    const d = diffVersions(older, version(next, [finding('do-not-track:risk', dnt)]), next);
    expect(d.headline.startsWith('New risk: ignores Do Not Track')).toBe(true);
    expect(d.headline).toContain('Protection removed: does not sell your data');
  });

  it('calls a lower score alone worse, and a dropped risk better', () => {
    const extra = 'We may update this page from time to time.';
    const next = [...BASE, extra];
    const lower = diffVersions(old, version(next, BASE_FINDINGS, { score: 50 }), next);
    expect(lower.worsened).toBe(true);
    expect(lower.headline).toBe('Score fell from 70 to 50.');

    const sale = 'We may sell your personal information to data brokers.';
    const risky = version([...BASE, sale], [...BASE_FINDINGS, finding('data-sale:risk', sale)], { score: 40 });
    const better = diffVersions(risky, version(BASE, BASE_FINDINGS, { score: 70 }), BASE);
    expect(better.worsened).toBe(false);
    expect(better.improved).toBe(true);
    expect(better.lostRisks).toEqual(['data-sale:risk']);
    expect(better.headline).toMatch(/^Risk gone: may sell your data\./);
  });

  it('under a new engine, ignores findings on untouched sentences and the score', () => {
    const extra = 'We may update this page from time to time.';
    const next = [...BASE, extra];
    // The new engine also labels an old, unchanged sentence: not a policy change.
    const newEngine = version(next, [...BASE_FINDINGS, finding('tracking:risk', BASE[4]!)], { engine: '2.0.0', score: 30 });
    const d = diffVersions(old, newEngine, next);
    expect(d.engineChanged).toBe(true);
    expect(d.changed).toBe(true);
    expect(d.newRisks).toEqual([]);
    expect(d.newFindings).toEqual([]);
    expect(d.worsened).toBe(false);
    const same = diffVersions(old, version(BASE, [...BASE_FINDINGS, finding('tracking:risk', BASE[4]!)], { engine: '2.0.0' }), BASE);
    expect(same.changed).toBe(false);
  });

  it('falls back to comparing findings when a version kept no sentences', () => {
    const a = fingerprintPolicy(analysis(BASE_FINDINGS), []);
    const b = fingerprintPolicy(analysis([SALE_PROTECTION]), []);
    expect(diffVersions(a, fingerprintPolicy(analysis(BASE_FINDINGS), [])).changed).toBe(false);
    const d = diffVersions(a, b);
    expect(d.changed).toBe(true);
    expect(d.lostProtections).toEqual(['user-rights:protection']);
  });
});

describe('diffVersions headline for repeats', () => {
  it('names more text on a kind of clause the policy already had, calmly', () => {
    const sale1 = 'We may sell your personal information to data brokers.';
    const sale2 = 'Partners may also buy your browsing history from us for cash.';
    const before = [...BASE, sale1];
    const after = [...BASE, sale1, sale2];
    const d = diffVersions(
      fingerprintPolicy(analysis([finding('data-sale:risk', sale1)], 40), before, 1),
      fingerprintPolicy(analysis([finding('data-sale:risk', sale1), finding('data-sale:risk', sale2)], 40), after, 2),
      after,
    );
    expect(d.newRisks).toEqual([]);
    expect(d.worsened).toBe(false);
    expect(d.newFindings.map((f) => f.text)).toEqual([sale2]);
    expect(d.headline).toBe('More text on: may sell your data (no new kind of clause).');
  });
});
