import { describe, expect, it } from 'vitest';
import { badgeFor, dimmed, GRADE_COLORS } from '../../utils/background/badge';

describe('badgeFor', () => {
  it('shows nothing on ordinary pages', () => {
    expect(badgeFor({ kind: 'none' }).text).toBe('');
  });

  it('shows the grade in its colour on a policy, naming the lead risks in the tooltip', () => {
    const b = badgeFor({ kind: 'policy', grade: 'E', leadRisks: 2, title: 'Acme Privacy' });
    expect(b).toMatchObject({ text: 'E', color: GRADE_COLORS.E });
    expect(b.title).toContain('2 lead risks');
    expect(badgeFor({ kind: 'policy', grade: 'A', leadRisks: 0, title: 't' }).title).toContain('no lead risks');
  });

  it('dims a remembered site and names its policy and date', () => {
    const b = badgeFor({ kind: 'site', memory: { site: 'acme.com', url: 'https://acme.com/privacy', title: 'Acme Privacy', grade: 'C', leadRisks: 1, analysedAt: Date.UTC(2026, 4, 6), analysisKey: 'k' } });
    expect(b.text).toBe('C');
    expect(b.color).toBe(dimmed(GRADE_COLORS.C));
    expect(b.color).not.toBe(GRADE_COLORS.C);
    expect(b.title).toContain('"Acme Privacy" (analysed 2026-05-06)');
  });

  it('dims towards light grey', () => {
    expect(dimmed('#000000')).toBe('#6e6e6e');
    expect(dimmed('#c8c8c8')).toBe('#c8c8c8');
  });
});
