/** Builders of small analyses for the change-tracking tests. */
import type { Analysis, Finding, Grade, Label } from '../../lib/types';

/** A finding of `label` on `text` (category/stance derived from the label). */
export function finding(label: Label, text: string): Finding {
  const [category, stance] = label.split(':') as [Finding['category'], Finding['stance']];
  return { label, category, stance, severity: stance === 'risk' ? 'medium' : 'low', text, start: 0, end: text.length, confidence: 0.9, rule: `${category}/test` };
}

/** An analysis with these findings and score. */
export function analysis(findings: Finding[], score: number | null = 60, grade: Grade = 'C', engineVersion = '1.0.0'): Analysis {
  return {
    engineVersion,
    title: 'Privacy Policy',
    lang: 'en',
    detection: { isPolicy: true, confidence: 0.9, reasons: ['title'] },
    findings, practices: [],
    score: { score, grade, verdict: 'test', contributions: [] },
    textLength: 5000,
    ms: 3,
  };
}
