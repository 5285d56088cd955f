import type { CategoryRules } from '../rule';

/** `communications-access`: see taxonomy.md. */
export const communicationsAccess: CategoryRules = {
  category: 'communications-access',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
