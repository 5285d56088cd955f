import type { CategoryWeights, Finding, ScoreResult } from '../types';

/** Scores findings (TODO). */
export function scoreFindings(findings: Finding[], textLength: number, _weights: CategoryWeights = {}): ScoreResult {
  void findings; void textLength;
  return { score: null, grade: '?', verdict: 'Not enough information', contributions: [] };
}
