/** Human wording of categories and labels for the popup and the options page. */
import { LEAD_RISKS, type Category, type Finding, type Label } from '../lib/types';

/** Short category names. */
export const CATEGORY_NAMES: Record<Category, string> = {
  'data-sale': 'Selling data',
  'advertiser-sharing': 'Sharing with advertisers',
  tracking: 'Third-party tracking',
  'do-not-track': 'Do Not Track',
  'contacts-access': 'Contact list',
  location: 'Location',
  'data-combination': 'Combining data from other sources',
  'sensitive-data': 'Sensitive data',
  'communications-access': 'Your communications',
  'business-transfer': 'Sale of the business',
  'government-access': 'Disclosure to authorities',
  'international-transfer': 'Transfers abroad',
  retention: 'How long data is kept',
  security: 'Security',
  'user-rights': 'Your rights over your data',
  choice: 'Opting out',
  'policy-changes': 'Changes to the policy',
  children: 'Children',
};

const RISK_TEXT: Partial<Record<Label, string>> = {
  'data-sale:risk': 'May sell your personal data',
  'advertiser-sharing:risk': 'Shares your data with advertisers',
  'do-not-track:risk': 'Ignores Do Not Track',
  'contacts-access:risk': 'Accesses your contact list',
};

/** One-line heading of a finding, e.g. "Ignores Do Not Track" or "Security: protection". */
export function labelText(label: Label): string {
  const lead = RISK_TEXT[label];
  if (lead) return lead;
  const [category, stance] = label.split(':') as [Category, 'risk' | 'protection'];
  return `${CATEGORY_NAMES[category]}: ${stance === 'risk' ? 'concern' : 'protection'}`;
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** Findings in the popup's order: lead risks, other risks, protections. */
export function groupFindings(findings: readonly Finding[]): { lead: Finding[]; risks: Finding[]; protections: Finding[] } {
  const byOrder = (a: Finding, b: Finding): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start;
  const leadIndex = (f: Finding): number => LEAD_RISKS.indexOf(f.label);
  return {
    lead: findings.filter((f) => leadIndex(f) >= 0).sort((a, b) => leadIndex(a) - leadIndex(b) || a.start - b.start),
    risks: findings.filter((f) => f.stance === 'risk' && leadIndex(f) < 0).sort(byOrder),
    protections: findings.filter((f) => f.stance === 'protection').sort(byOrder),
  };
}
