import type { CategoryRules } from '../rule';

/** `children`: see taxonomy.md. */
export const children: CategoryRules = {
  category: 'children',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
