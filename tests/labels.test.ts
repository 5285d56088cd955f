import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES, LABEL_NAMES, labelName, labelTitle } from '../lib/labels';
import { groupFindings } from '../lib/findings-order';
import { CATEGORIES, type Finding } from '../lib/types';

describe('one wording table', () => {
  it('names every category and both stances of every category', () => {
    for (const c of CATEGORIES) {
      expect(CATEGORY_NAMES[c], c).toMatch(/\w/);
      expect(LABEL_NAMES[`${c}:risk`], c).toMatch(/\w/);
      expect(LABEL_NAMES[`${c}:protection`], c).toMatch(/\w/);
    }
  });

  it('titles a finding by its phrase, capitalised, and keeps an unknown label as it is', () => {
    expect(labelTitle('do-not-track:risk')).toBe('Ignores Do Not Track');
    expect(labelTitle('contacts-access:risk')).toBe('Reads your contact list');
    expect(labelTitle('data-sale:protection')).toBe('Does not sell your data');
    expect(labelName('future-topic:risk')).toBe('future-topic:risk');
  });
});

describe('finding order', () => {
  const f = (label: string, stance: 'risk' | 'protection', start: number, severity: Finding['severity'] = 'medium'): Finding =>
    ({ label, category: label.split(':')[0], stance, severity, text: label, start, end: start + 1, confidence: 0.8, rule: 'test' }) as Finding;

  it('puts lead risks first in the taxonomy order, then other risks by severity, then protections', () => {
    const g = groupFindings([
      f('security:protection', 'protection', 1),
      f('contacts-access:risk', 'risk', 2, 'high'),
      f('retention:risk', 'risk', 3, 'low'),
      f('data-sale:risk', 'risk', 4, 'high'),
      f('tracking:risk', 'risk', 5, 'high'),
    ]);
    expect(g.lead.map((x) => x.label)).toEqual(['data-sale:risk', 'contacts-access:risk']);
    expect(g.risks.map((x) => x.label)).toEqual(['tracking:risk', 'retention:risk']);
    expect(g.protections.map((x) => x.label)).toEqual(['security:protection']);
  });
});
