import type { CategoryRules } from '../rule';

/** `sensitive-data`: see taxonomy.md. */
export const sensitiveData: CategoryRules = {
  category: 'sensitive-data',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
