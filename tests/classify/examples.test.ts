import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import { ALL_CATEGORY_RULES } from '../../lib/classify/rules';
import { CATEGORIES, type Label } from '../../lib/types';

// Meta-test in the spirit of refined-github's features test: every category is registered,
// has positive and negative examples, and every example holds.
describe('category registry', () => {
  it('registers every taxonomy category exactly once', () => {
    const registered = ALL_CATEGORY_RULES.map((c) => c.category).sort();
    expect(registered).toEqual([...CATEGORIES].sort());
  });
  for (const c of ALL_CATEGORY_RULES) {
    it(`${c.category} has a positive and a negative example, and unique rule ids`, () => {
      expect(c.examples.some((e) => e.labels.length > 0)).toBe(true);
      expect(c.examples.some((e) => e.labels.length === 0)).toBe(true);
      const ids = c.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});

for (const c of ALL_CATEGORY_RULES) {
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
