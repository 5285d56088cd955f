import { describe, expect, it } from 'vitest';
import { ACTION_WORD, LEXICONS, MATCHER } from '../../lib/lexicon';
import { termSlots } from '../../lib/lexicon/expand';
import { plural, verbForms } from '../../lib/lexicon/inflect';
import { tokenize } from '../../lib/practice/tokens';

// Every lexicon entry finds its concept in its `yes` phrases and not in its `no` phrases.
const finds = (phrase: string, cls: string, id: string, sense?: string): boolean =>
  MATCHER.find(tokenize(phrase)).some((m) => m.cls === cls && m.id === id && (sense === undefined || m.sense === sense));

for (const lex of LEXICONS) {
  describe(`${lex.cls} lexicon`, () => {
    for (const e of lex.entries) {
      const name = e.sense ? `${e.id} (${e.sense})` : e.id;
      it(`${name} has examples both ways, and they hold`, () => {
        expect(e.examples.yes.length, 'yes examples').toBeGreaterThan(0);
        expect(e.examples.no.length, 'no examples').toBeGreaterThan(0);
        for (const p of e.examples.yes) expect(finds(p, lex.cls, e.id, e.sense), p).toBe(true);
        for (const p of e.examples.no) expect(finds(p, lex.cls, e.id, e.sense), p).toBe(false);
      });
    }
  });
}

// The prefilter may only skip sentences the matcher would find no action in.
describe('action prefilter', () => {
  const actions = LEXICONS.find((lex) => lex.cls === 'action');
  it('passes every phrase that names an action', () => {
    for (const e of actions?.entries ?? []) for (const p of e.examples.yes) expect(ACTION_WORD.test(p), p).toBe(true);
  });
  it('passes a phrase made of common words and fails one with no action', () => {
    expect(ACTION_WORD.test('We may let our partners call you.')).toBe(true);
    expect(ACTION_WORD.test('This page was last updated in May.')).toBe(false);
  });
});

describe('term syntax and inflection', () => {
  it('expands choices, options and gaps into slots', () => {
    expect(termSlots('(address|phone) book', 'noun')).toEqual([
      { alts: [['address'], ['phone']] },
      { alts: [['book'], ['books']] },
    ]);
    expect(termSlots('make * available', 'verb')[1]).toEqual({ gap: 3 });
    expect(() => termSlots('* available', 'none')).toThrow();
  });
  it('inflects the head word', () => {
    expect(plural('party')).toBe('parties');
    expect(plural('address')).toBe('addresses');
    expect(verbForms('share')).toEqual(['share', 'shares', 'shared', 'sharing']);
    expect(verbForms('scan')).toContain('scanned');
    expect(verbForms('sell')).toContain('sold');
  });
  it('matches through gaps and keeps the longest reading', () => {
    const ms = MATCHER.find(tokenize('We make your personal information available to advertising partners.'));
    expect(ms.map((m) => `${m.cls}:${m.id}`)).toEqual(['action:share', 'data:personal-info', 'recipient:advertisers']);
  });
  it('lets a not-phrase cancel a term ("contact us" is no contact list)', () => {
    expect(finds('Please contact us with questions about our business contacts.', 'data', 'contacts')).toBe(false);
    expect(finds('We may read your contacts.', 'data', 'contacts')).toBe(true);
  });
});
