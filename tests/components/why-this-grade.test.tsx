// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { WhyThisGrade } from '../../components/WhyThisGrade';
import { scoreFindings } from '../../lib/score';
import { finding } from './fixtures';
import { cleanup, mount } from './render';

afterEach(cleanup);

describe('WhyThisGrade', () => {
  it('lists the points each finding costs or earns, with the user weights, and the lead-risk cap', async () => {
    const findings = [finding('data-sale:risk', 0), finding('security:protection', 10), finding('retention:risk', 20)];
    const score = scoreFindings(findings, 5000, { retention: 2 });
    const root = await mount(<WhyThisGrade score={score} />);
    expect(root.querySelector('summary')?.textContent).toBe('Why this grade');
    const items = Array.from(root.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual(['-16 May sell your data', '-10 Keeps your data without a time limit', '+3 Describes concrete security safeguards']);
    expect(root.textContent).toContain('caps the score at 69');
    expect(root.textContent).toContain(`Score ${score.score} / 100 · grade ${score.grade}`);
  });

  it('is absent when there is no score', async () => {
    const root = await mount(<WhyThisGrade score={{ score: null, grade: '?', verdict: 'x', contributions: [] }} />);
    expect(root.querySelector('details')).toBeNull();
  });
});
