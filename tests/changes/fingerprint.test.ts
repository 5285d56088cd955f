import { describe, expect, it } from 'vitest';
import { fingerprintPolicy, MAX_FINDING_TEXT, MAX_FINDINGS, normalizeSentence, sentenceHash } from '../../lib/changes';
import type { Label, Sentence } from '../../lib/types';
import { analysis, finding } from './make';

describe('normalizeSentence / sentenceHash', () => {
  it('folds case, punctuation and whitespace but not words or numbers', () => {
    expect(normalizeSentence('  We DON’T   sell,  your data!! ')).toBe('we don t sell your data');
    expect(sentenceHash("We don't sell your data.")).toBe(sentenceHash('we don’t sell your data'));
    expect(sentenceHash('We keep data for 30 days.')).not.toBe(sentenceHash('We keep data for 60 days.'));
    expect(sentenceHash('— … —')).toBe('');
  });
});

describe('fingerprintPolicy', () => {
  it('stores hashes and findings, not the text', () => {
    const sentences = ['Privacy Policy', 'We collect your email address.', 'We do not sell your data.', '***'];
    const v = fingerprintPolicy(analysis([finding('data-sale:protection', sentences[2]!)], 72, 'B'), sentences, 42);
    expect(v).toMatchObject({ engineVersion: '1.0.0', analysedAt: 42, firstSeenAt: 42, grade: 'B', score: 72 });
    expect(v.sentenceHashes).toHaveLength(3); // the punctuation-only line is skipped
    for (const h of v.sentenceHashes) expect(h).toMatch(/^[0-9a-z]{1,7}$/);
    expect(v.findings).toEqual([{ label: 'data-sale:protection', text: 'We do not sell your data.', hash: sentenceHash(sentences[2]!) }]);
    expect(JSON.stringify(v)).not.toContain('email address');
  });

  it('accepts Sentence objects as well as strings', () => {
    const texts = ['One sentence here.', 'Another sentence there.'];
    const objs: Sentence[] = texts.map((text, i) => ({ text, start: i * 20, end: i * 20 + text.length, block: i, heading: '', lead: text }));
    expect(fingerprintPolicy(analysis([]), objs, 1)).toEqual(fingerprintPolicy(analysis([]), texts, 1));
  });

  it('bounds findings: clips texts, caps the count, and keeps every label', () => {
    const long = `We may share your data ${'with many partners '.repeat(60)}for advertising.`;
    const many = Array.from({ length: 300 }, (_, i) => finding('tracking:risk', `Partner number ${i} places cookies on your device.`));
    const rare: Label[] = ['children:protection', 'data-sale:risk'];
    const all = [finding('advertiser-sharing:risk', long), ...many, ...rare.map((l) => finding(l, `A clause about ${l}.`))];
    const v = fingerprintPolicy(analysis(all), all.map((f) => f.text));
    expect(v.findings.length).toBe(MAX_FINDINGS);
    expect(new Set(v.findings.map((f) => f.label))).toEqual(new Set(['advertiser-sharing:risk', 'tracking:risk', ...rare]));
    const clipped = v.findings.find((f) => f.label === 'advertiser-sharing:risk')!;
    expect(clipped.text.length).toBeLessThanOrEqual(MAX_FINDING_TEXT);
    expect(clipped.text.endsWith('…')).toBe(true);
    expect(clipped.hash).toBe(sentenceHash(long)); // hash of the full sentence, not the clipped text
  });

  it('keeps one finding per label and sentence', () => {
    const t = 'We sell your data.';
    const v = fingerprintPolicy(analysis([finding('data-sale:risk', t), finding('data-sale:risk', t), finding('advertiser-sharing:risk', t)]), [t]);
    expect(v.findings.map((f) => f.label)).toEqual(['data-sale:risk', 'advertiser-sharing:risk']);
  });
});
