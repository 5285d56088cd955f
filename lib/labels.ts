/**
 * Plain-language names of every taxonomy label, shared by the score's verdict, the change
 * tracker's headline and the reports. Phrased so a risk reads after "New:" or "this policy"
 * and a protection after "Removed:".
 */
import type { Label } from './types';

/** One short phrase per label (`data-sale:risk` -> "may sell your data"). */
export const LABEL_NAMES: Readonly<Record<Label, string>> = {
  'data-sale:risk': 'may sell your data',
  'data-sale:protection': 'says it does not sell your data',
  'advertiser-sharing:risk': 'shares your data with advertisers',
  'advertiser-sharing:protection': 'shares with advertisers only with consent or in aggregate',
  'tracking:risk': 'lets third parties track you',
  'tracking:protection': 'uses no third-party trackers for advertising',
  'do-not-track:risk': 'ignores Do Not Track',
  'do-not-track:protection': 'honours Do Not Track / Global Privacy Control',
  'contacts-access:risk': 'reads your contact list',
  'contacts-access:protection': 'does not access your contact list',
  'location:risk': 'collects or shares your location',
  'location:protection': 'does not collect or share your location',
  'data-combination:risk': 'combines your data with data from other sources',
  'data-combination:protection': 'does not combine your data with other sources',
  'sensitive-data:risk': 'collects sensitive data',
  'sensitive-data:protection': 'does not collect sensitive data',
  'communications-access:risk': 'can read or keep your communications',
  'communications-access:protection': 'does not read your communications',
  'business-transfer:risk': 'may transfer your data in a sale of the business',
  'business-transfer:protection': 'protects your data in a sale of the business',
  'government-access:risk': 'may give data to authorities without a legal obligation',
  'government-access:protection': 'requires valid legal process for government requests',
  'international-transfer:risk': 'transfers your data abroad',
  'international-transfer:protection': 'safeguards data transferred abroad',
  'retention:risk': 'keeps your data without a time limit',
  'retention:protection': 'limits how long it keeps your data',
  'security:risk': 'disclaims responsibility for security',
  'security:protection': 'describes concrete security safeguards',
  'user-rights:risk': 'limits your right to access or delete your data',
  'user-rights:protection': 'lets you access, correct or delete your data',
  'choice:risk': 'gives you no way to opt out',
  'choice:protection': 'lets you opt out or asks you to opt in',
  'policy-changes:risk': 'may change the policy without notice',
  'policy-changes:protection': 'announces policy changes in advance',
  'children:risk': "collects children's data",
  'children:protection': "does not knowingly collect children's data",
};

/** The phrase for a label; the raw label for anything unknown (e.g. stored by a newer engine). */
export function labelName(label: string): string {
  return (LABEL_NAMES as Readonly<Record<string, string>>)[label] ?? label;
}
