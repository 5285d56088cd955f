import type { CategoryRules } from '../rule';

/** `tracking`: see taxonomy.md. */
export const tracking: CategoryRules = {
  category: 'tracking',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
