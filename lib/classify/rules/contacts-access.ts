import type { CategoryRules } from '../rule';

/** `contacts-access`: see taxonomy.md. */
export const contactsAccess: CategoryRules = {
  category: 'contacts-access',
  cue: /(?!)/,
  rules: [],
  examples: [],
};
