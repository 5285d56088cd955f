import type { CategoryRules } from '../rule';

/** `advertiser-sharing`: see taxonomy.md. */
export const advertiserSharing: CategoryRules = {
  category: 'advertiser-sharing',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
