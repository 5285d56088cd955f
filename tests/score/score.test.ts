import { describe, expect, it } from 'vitest';
import { gradeOf, scoreFindings } from '../../lib/score';
import { BASE_SCORE, LEAD_RISK_CAP, PROTECTION_POINTS, RISK_POINTS } from '../../lib/score/weights';
import type { Category, Finding, Label, Stance } from '../../lib/types';

const f = (category: Category, stance: Stance, text = 'x'): Finding => ({
  label: `${category}:${stance}` as Label, category, stance, severity: 'low', text, start: 0, end: 1, confidence: 0.8, rule: 'test',
});
const LONG = 5000;

describe('scoreFindings', () => {
  it('gives no grade (never an A) when there is too little text or too few findings', () => {
    expect(scoreFindings([], LONG).grade).toBe('?');
    expect(scoreFindings([f('security', 'protection')], LONG).grade).toBe('?');
    const r = scoreFindings([f('security', 'protection'), f('retention', 'protection')], 10);
    expect(r.grade).toBe('?');
    expect(r.score).toBeNull();
  });

  it('adds protections and subtracts risks, each label once', () => {
    const r = scoreFindings([f('security', 'protection'), f('security', 'protection', 'y'), f('retention', 'risk')], LONG);
    expect(r.score).toBe(BASE_SCORE + PROTECTION_POINTS.security - RISK_POINTS.retention);
    expect(r.contributions).toEqual([
      { label: 'retention:risk', points: -RISK_POINTS.retention },
      { label: 'security:protection', points: PROTECTION_POINTS.security },
    ]);
  });

  it('caps a policy with a lead risk at grade C and names the risk in the verdict', () => {
    const many = (['security', 'retention', 'user-rights', 'choice', 'policy-changes', 'tracking', 'data-sale'] as Category[]).map((c) => f(c, 'protection'));
    const r = scoreFindings([...many, f('do-not-track', 'risk')], LONG);
    expect(r.score).toBeLessThanOrEqual(LEAD_RISK_CAP);
    expect(r.grade).toBe('C');
    expect(r.verdict).toMatch(/Do Not Track/);
  });

  it('applies user weights: 0 ignores a category, 2 doubles it', () => {
    const fs = [f('do-not-track', 'risk'), f('security', 'protection')];
    const ignored = scoreFindings(fs, LONG, { 'do-not-track': 0 });
    expect(ignored.score).toBe(BASE_SCORE + PROTECTION_POINTS.security);
    expect(ignored.verdict).not.toMatch(/Do Not Track/);
    const doubled = scoreFindings([f('tracking', 'risk'), f('security', 'protection')], LONG, { tracking: 2 });
    expect(doubled.score).toBe(BASE_SCORE - 2 * RISK_POINTS.tracking + PROTECTION_POINTS.security);
  });

  it('clamps to 0..100 and grades by the documented floors', () => {
    const bad = (['data-sale', 'advertiser-sharing', 'contacts-access', 'tracking', 'location', 'children', 'government-access', 'do-not-track', 'sensitive-data'] as Category[]).map((c) => f(c, 'risk'));
    expect(scoreFindings(bad, LONG).score).toBe(0);
    expect([gradeOf(100), gradeOf(85), gradeOf(84), gradeOf(70), gradeOf(55), gradeOf(40), gradeOf(39)]).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'E']);
  });
});
