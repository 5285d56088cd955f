import type { Category, CategoryWeights, Contribution, Finding, Grade, Label, ScoreResult } from '../types';
import { LABEL_NAMES } from '../labels';
import { LEAD_RISKS } from '../types';
import { BASE_SCORE, GRADE_FLOORS, LEAD_RISK_CAP, MIN_FINDINGS, MIN_TEXT_LENGTH, PROTECTION_POINTS, RISK_POINTS } from './weights';

/** Grade letter for a 0..100 score. */
export function gradeOf(score: number): Grade {
  for (const [grade, floor] of GRADE_FLOORS) if (score >= floor) return grade;
  return 'E';
}

/**
 * Scores a policy from its findings. Each label counts once, however many sentences say it
 * (a policy is not worse for repeating itself): score = BASE_SCORE - Σ risk points + Σ protection
 * points, each multiplied by the user's category weight, clamped to 0..100, and capped at
 * LEAD_RISK_CAP when a lead risk is present. Too little text or too few findings gives no score
 * and grade `?`, never an A.
 */
export function scoreFindings(findings: Finding[], textLength: number, weights: CategoryWeights = {}): ScoreResult {
  const labels = new Map<Label, Finding>();
  for (const f of findings) if (!labels.has(f.label)) labels.set(f.label, f);
  if (textLength < MIN_TEXT_LENGTH || labels.size < MIN_FINDINGS) {
    return { score: null, grade: '?', verdict: 'Not enough information to grade this page.', contributions: [] };
  }
  const weightOf = (c: Category): number => Math.max(0, weights[c] ?? 1);
  const contributions: Contribution[] = [];
  let score = BASE_SCORE;
  for (const [label, f] of labels) {
    const base = f.stance === 'risk' ? -RISK_POINTS[f.category] : PROTECTION_POINTS[f.category];
    const points = base * weightOf(f.category);
    if (points === 0) continue;
    contributions.push({ label, points });
    score += points;
  }
  contributions.sort((a, b) => a.points - b.points);
  const leads = LEAD_RISKS.filter((l) => labels.has(l) && weightOf(labels.get(l)!.category) > 0);
  score = Math.round(Math.min(100, Math.max(0, score)));
  if (leads.length) score = Math.min(score, LEAD_RISK_CAP);
  const risks = [...labels.values()].filter((f) => f.stance === 'risk').length;
  const protections = labels.size - risks;
  const verdict = leads.length
    ? `Warning: this policy ${leads.map((l) => LABEL_NAMES[l]).join(', ')}.`
    : `${risks} kind${risks === 1 ? '' : 's'} of risk, ${protections} protection${protections === 1 ? '' : 's'}; no lead risk found.`;
  return { score, grade: gradeOf(score), verdict, contributions };
}
