import { LEAD_RISKS, type Finding } from './types';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Findings in reading order for a person: lead risks (in the taxonomy's order), other risks, protections. */
export function groupFindings(findings: readonly Finding[]): { lead: Finding[]; risks: Finding[]; protections: Finding[] } {
  const byOrder = (a: Finding, b: Finding): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start;
  const leadIndex = (f: Finding): number => LEAD_RISKS.indexOf(f.label);
  return {
    lead: findings.filter((f) => leadIndex(f) >= 0).sort((a, b) => leadIndex(a) - leadIndex(b) || a.start - b.start),
    risks: findings.filter((f) => f.stance === 'risk' && leadIndex(f) < 0).sort(byOrder),
    protections: findings.filter((f) => f.stance === 'protection').sort(byOrder),
  };
}
