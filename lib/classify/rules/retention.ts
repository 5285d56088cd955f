import type { CategoryRules } from '../rule';

/** `retention`: see taxonomy.md. */
export const retention: CategoryRules = {
  category: 'retention',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
