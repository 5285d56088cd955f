import type { CategoryRules } from '../rule';

/** `do-not-track`: see taxonomy.md. */
export const doNotTrack: CategoryRules = {
  category: 'do-not-track',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
