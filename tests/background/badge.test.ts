import { describe, expect, it } from 'vitest';
import type { PolicyDiff } from '../../lib/changes';
import { badgeFor, dimmed, GRADE_COLORS } from '../../utils/background/badge';

/** A diff with only the fields the badge reads set meaningfully. */
function diff(worsened: boolean, headline: string): PolicyDiff {
  return {
    changed: true, engineChanged: false, since: Date.UTC(2026, 2, 1), newFindings: [], lostFindings: [], newRisks: [], lostProtections: [],
    lostRisks: [], newProtections: [], addedSentences: { count: 1, texts: [] }, removedSentences: { count: 0, texts: [] }, reworded: [],
    scoreBefore: 70, scoreAfter: worsened ? 40 : 80, gradeBefore: 'C', gradeAfter: worsened ? 'D' : 'B', worsened, improved: !worsened, headline,
  };
}

describe('badgeFor', () => {
  it('shows nothing on ordinary pages', () => {
    expect(badgeFor({ kind: 'none' }).text).toBe('');
  });

  it('shows no letter on a policy it cannot read, and says why in the tooltip', () => {
    const b = badgeFor({ kind: 'unread', reason: 'This policy is in German. PolicyLens reads English policies.' });
    expect(b.text).toBe('');
    expect(b.title).toBe('PolicyLens: This policy is in German. PolicyLens reads English policies.');
  });

  it('shows the grade in its colour on a policy, naming the lead risks in the tooltip', () => {
    const b = badgeFor({ kind: 'policy', grade: 'E', leadRisks: 2, title: 'Acme Privacy' });
    expect(b).toMatchObject({ text: 'E', color: GRADE_COLORS.E });
    expect(b.title).toContain('2 lead risks');
    expect(badgeFor({ kind: 'policy', grade: 'A', leadRisks: 0, title: 't' }).title).toContain('no lead risks');
    // With the labels, the tooltip names them in the one wording table's words.
    const named = badgeFor({ kind: 'policy', grade: 'E', leadRisks: 3, leadLabels: ['data-sale:risk', 'do-not-track:risk'], title: 'Acme Privacy' });
    expect(named.title).toBe('PolicyLens: grade E for "Acme Privacy", this policy may sell your data, ignores Do Not Track');
  });

  it('dims a remembered site and names its policy and date', () => {
    const b = badgeFor({ kind: 'site', memory: { site: 'acme.com', url: 'https://acme.com/privacy', title: 'Acme Privacy', grade: 'C', leadRisks: 1, analysedAt: Date.UTC(2026, 4, 6), analysisKey: 'k' } });
    expect(b.text).toBe('C');
    expect(b.color).toBe(dimmed(GRADE_COLORS.C));
    expect(b.color).not.toBe(GRADE_COLORS.C);
    expect(b.title).toContain('"Acme Privacy" (analysed 2026-05-06)');
  });

  it('marks a policy that changed for the worse with "!" after the letter, same colour; names the change', () => {
    const worse = badgeFor({ kind: 'policy', grade: 'D', leadRisks: 1, title: 'Acme Privacy', change: diff(true, 'New risk: may sell your data.') });
    expect(worse).toMatchObject({ text: 'D!', color: GRADE_COLORS.D });
    expect(worse.title).toContain('Changed since 2026-03-01, for the worse: New risk: may sell your data.');
    // A change for the better is named in the tooltip but does not mark the badge.
    const better = badgeFor({ kind: 'policy', grade: 'B', leadRisks: 0, title: 'Acme Privacy', change: diff(false, 'Risk gone: may sell your data.') });
    expect(better.text).toBe('B');
    expect(better.title).toContain('Changed since 2026-03-01: Risk gone');
    expect(badgeFor({ kind: 'policy', grade: 'B', leadRisks: 0, title: 't', change: null }).title).not.toContain('Changed');
  });

  it('dims towards light grey', () => {
    expect(dimmed('#000000')).toBe('#6e6e6e');
    expect(dimmed('#c8c8c8')).toBe('#c8c8c8');
  });
});
