import type { CategoryRules } from '../rule';

/** `security`: see taxonomy.md. */
export const security: CategoryRules = {
  category: 'security',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
