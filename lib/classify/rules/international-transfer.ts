import type { CategoryRules } from '../rule';

/** `international-transfer`: see taxonomy.md. */
export const internationalTransfer: CategoryRules = {
  category: 'international-transfer',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
