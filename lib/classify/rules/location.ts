import type { CategoryRules } from '../rule';

/** `location`: see taxonomy.md. */
export const location: CategoryRules = {
  category: 'location',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
