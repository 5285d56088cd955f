import { describe, expect, it } from 'vitest';
import { appendHistory, diffVersions, fingerprintPolicy, sameText } from '../../lib/changes';
import { analysis } from './make';

const v = (text: string[], at: number, engine = '1.0.0') => fingerprintPolicy(analysis([], 60, 'C', engine), text, at);

describe('appendHistory', () => {
  it('keeps at most `max` versions, dropping the oldest', () => {
    let h = [] as ReturnType<typeof v>[];
    for (let i = 0; i < 13; i++) h = appendHistory(h, v([`Version ${i} of the policy.`], i));
    expect(h).toHaveLength(10);
    expect(h.map((x) => x.analysedAt)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(appendHistory(h, v(['Another one.'], 99), 3).map((x) => x.analysedAt)).toEqual([11, 12, 99]);
  });

  it('does not append an unchanged version twice, but refreshes the last one', () => {
    const first = v(['A sentence.', 'B sentence.'], 100);
    const h1 = appendHistory([], first);
    const h2 = appendHistory(h1, v(['b sentence', 'A sentence!'], 200, '2.0.0'));
    expect(h2).toHaveLength(1);
    expect(h2[0]).toMatchObject({ analysedAt: 200, firstSeenAt: 100, engineVersion: '2.0.0' });
    expect(h1[0]).toBe(first); // input untouched
    const h3 = appendHistory(h2, v(['A sentence.', 'C sentence.'], 300));
    expect(h3.map((x) => x.analysedAt)).toEqual([200, 300]);
  });

  it('agrees with diffVersions on what "unchanged" means', () => {
    const pairs: Array<[string[], string[]]> = [
      [['One.', 'Two.'], ['Two.', 'One.']],
      [['One.', 'Two.'], ['One.', 'Two.', 'Two.']],
      [['One.'], ['one']],
      [['One.'], ['One more.']],
    ];
    for (const [a, b] of pairs) expect(sameText(v(a, 1), v(b, 2))).toBe(!diffVersions(v(a, 1), v(b, 2)).changed);
  });
});
