import type { CategoryRules } from '../rule';

/** `data-combination`: see taxonomy.md. */
export const dataCombination: CategoryRules = {
  category: 'data-combination',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
