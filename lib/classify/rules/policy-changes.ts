import type { CategoryRules } from '../rule';

/** `policy-changes`: see taxonomy.md. */
export const policyChanges: CategoryRules = {
  category: 'policy-changes',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
