import type { CategoryRules } from '../rule';

/** `government-access`: see taxonomy.md. */
export const governmentAccess: CategoryRules = {
  category: 'government-access',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
