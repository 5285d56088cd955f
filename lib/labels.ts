/**
 * Plain-language names of every taxonomy label, shared by the score's verdict, the change
 * tracker's headline and the reports. Phrased so a risk reads after "New:" or "this policy"
 * and a protection after "Removed:".
 */
import type { DataType, Purpose, Recipient } from './lexicon';
import type { Category, Label } from './types';

/** One short phrase per label (`data-sale:risk` -> "may sell your data"). */
export const LABEL_NAMES: Readonly<Record<Label, string>> = {
  'data-sale:risk': 'may sell your data',
  'data-sale:protection': 'does not sell your data',
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

/** A finding's title: its label's phrase as a sentence start ("Ignores Do Not Track", "Reads your contact list"). */
export function labelTitle(label: string): string {
  const name = labelName(label);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Short category names (the options page's weights; a topic heading). */
export const CATEGORY_NAMES: Readonly<Record<Category, string>> = {
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

/** Plain names of the data types the engine reads (lib/lexicon/data-types.ts). */
export const DATA_TYPE_NAMES: Readonly<Record<DataType, string>> = {
  contacts: 'Your contact list or other people’s details',
  location: 'Your location',
  identifiers: 'Device and advertising identifiers',
  activity: 'What you do and browse',
  financial: 'Payment and financial details',
  health: 'Health information',
  biometric: 'Biometric data and voice recordings',
  communications: 'Your messages and calls',
  'government-id': 'Government ID numbers',
  'special-category': 'Sensitive traits (origin, beliefs, sexual orientation)',
  'personal-info': 'Personal information',
};

/** Plain names of the recipients the engine reads (lib/lexicon/recipients.ts). */
export const RECIPIENT_NAMES: Readonly<Record<Recipient, string>> = {
  advertisers: 'Advertisers and marketers',
  'data-brokers': 'Data brokers',
  affiliates: 'Affiliated companies',
  partners: 'Business partners',
  'service-providers': 'Service providers',
  analytics: 'Analytics providers',
  'social-networks': 'Social networks',
  government: 'Authorities',
  acquirer: 'A buyer of the business',
  public: 'The public',
  abroad: 'Other countries',
  'third-parties': 'Third parties',
};

/** Plain names of purposes, read after "for" (lib/lexicon/purposes.ts). */
export const PURPOSE_NAMES: Readonly<Record<Purpose, string>> = {
  advertising: 'marketing',
  targeting: 'targeted ads',
  payment: 'money',
  'cross-context': 'tracking across sites and devices',
  invitation: 'invitations',
  analytics: 'analytics',
  legal: 'legal reasons',
  merger: 'a sale of the business',
  service: 'running the service',
  security: 'security',
};
