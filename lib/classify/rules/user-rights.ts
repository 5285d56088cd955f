import type { CategoryRules } from '../rule';

/** `user-rights`: see taxonomy.md. */
export const userRights: CategoryRules = {
  category: 'user-rights',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
