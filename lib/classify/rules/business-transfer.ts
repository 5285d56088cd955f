import type { CategoryRules } from '../rule';

/** `business-transfer`: see taxonomy.md. */
export const businessTransfer: CategoryRules = {
  category: 'business-transfer',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
