import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../lib/classify';
import { TABLE_EXAMPLES } from '../../lib/classify/examples';
import { ROW_EXAMPLES } from '../../lib/classify/label-table-examples';
import { LABEL_TABLE } from '../../lib/classify/label-table';
import { readSentence } from '../../lib/practice/analyse';
import { NO_CONTEXT } from '../../lib/practice/context';
import type { Label } from '../../lib/types';

// Property: turning a stated risk into its denial ("we share" -> "we do not share") never leaves the risk.
// The risk sentences are every risk example of the table's categories and rows that state one practice
// and open with "We [modal] <verb>"; the denial replaces the modal with "do not". (A sentence with a
// second practice, "combine it with data we receive from partners", keeps that one when the first is denied.)
const OPENING = /^We (?:(may|might|will|can|could) )?(?:also )?([a-z]+)\b/;
const MODAL_VERB = /^(?:may|might|will|can|could)$/;

function deny(text: string): string | null {
  const m = OPENING.exec(text);
  if (!m || !m[2] || MODAL_VERB.test(m[2]) || /^(?:do|does|don't|never|not|are|is|have)$/.test(m[2])) return null;
  return text.replace(OPENING, (_all, _modal, verb: string) => `We do not ${verb}`);
}

type Case = { text: string; heading: string; lead: string; label: Label };
const risks: Case[] = [
  ...TABLE_EXAMPLES.flatMap((c) => c.examples.flatMap((e) => e.labels.filter((l) => l.endsWith(':risk')).map((label) => ({ text: e.text, heading: e.heading ?? '', lead: e.lead ?? '', label })))),
  ...LABEL_TABLE.filter((r) => r.label.endsWith(':risk')).map((r) => ({ text: ROW_EXAMPLES[r.id]?.yes ?? '', heading: '', lead: '', label: r.label })),
];
// One practice, whose verb is the sentence's opening verb ("We may share ...", not "We work with X, to whom we give ...").
const onePractice = (text: string) => {
  const r = readSentence(text, 0, text.length, NO_CONTEXT);
  const opening = r.view.tokens.findIndex((t, i) => i > 0 && !/^(?:may|might|will|can|could|also)$/.test(t.w));
  return r.practices.length === 1 && r.view.actions[0]?.from === opening;
};
const cases = risks
  .filter((r) => onePractice(r.text) && !/\b(?:but|only if|unless)\b|;/.test(r.text))
  .map((r) => ({ ...r, denied: deny(r.text) }))
  .filter((r): r is Case & { denied: string } => r.denied !== null);

describe('negating a risk sentence removes the risk', () => {
  it('has enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThan(30);
  });
  for (const c of cases) {
    it(`${c.label}: ${c.denied.slice(0, 90)}`, () => {
      expect(classifySentence(c.text, c.heading, c.lead).map((f) => f.label), c.text).toContain(c.label);
      expect(classifySentence(c.denied, c.heading, c.lead).map((f) => f.label), c.denied).not.toContain(c.label);
    });
  }
});
