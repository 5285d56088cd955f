import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import { TABLE_EXAMPLES } from '../../lib/classify/examples';
import { TABLE_CATEGORIES } from '../../lib/classify/practice-findings';
import type { Example } from '../../lib/classify/rule';
import { ALL_CATEGORY_RULES } from '../../lib/classify/rules';
import { CATEGORIES, type Category, type Label } from '../../lib/types';

// Meta-test in the spirit of refined-github's features test: every category is decided by exactly
// one mechanism (dedicated rules or the label table), has positive and negative examples, and
// every example holds.
const byCategory: Array<{ category: Category; examples: Example[] }> = [
  ...ALL_CATEGORY_RULES.map((c) => ({ category: c.category, examples: c.examples })),
  ...TABLE_EXAMPLES,
];

describe('category registry', () => {
  it('registers every taxonomy category once, with its examples beside its rules or in the table examples', () => {
    expect(byCategory.map((c) => c.category).sort()).toEqual([...CATEGORIES].sort());
    // A category without dedicated rules is decided by the label table alone.
    const dedicated = new Set(ALL_CATEGORY_RULES.map((c) => c.category));
    for (const { category } of TABLE_EXAMPLES) expect(TABLE_CATEGORIES.has(category), category).toBe(true);
    for (const c of CATEGORIES) expect(dedicated.has(c) || TABLE_CATEGORIES.has(c), c).toBe(true);
  });
  for (const c of ALL_CATEGORY_RULES) {
    it(`${c.category} has unique rule ids`, () => {
      const ids = c.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
  for (const c of byCategory) {
    it(`${c.category} has a positive and a negative example`, () => {
      expect(c.examples.some((e) => e.labels.length > 0)).toBe(true);
      expect(c.examples.some((e) => e.labels.length === 0)).toBe(true);
    });
  }
});

for (const c of byCategory) {
  describe(`${c.category} examples`, () => {
    const own = (l: Label) => l.startsWith(`${c.category}:`);
    for (const e of c.examples) {
      it(`${e.labels.join(',') || 'none'}: ${e.text.slice(0, 80)}`, () => {
        const found = new Set(classifySentence(e.text, e.heading ?? '', e.lead ?? '').map((f) => f.label).filter(own));
        for (const l of e.labels) expect(found, `expected ${l}`).toContain(l);
        const forbidden = e.not ?? ([`${c.category}:risk`, `${c.category}:protection`] as Label[]).filter((l) => !e.labels.includes(l));
        for (const l of forbidden) expect(found, `unexpected ${l}`).not.toContain(l);
      });
    }
  });
}
