import type { CategoryRules } from '../rule';

/** `choice`: see taxonomy.md. */
export const choice: CategoryRules = {
  category: 'choice',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
