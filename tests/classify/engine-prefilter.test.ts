import { describe, expect, it } from 'vitest';
import { deriveLiterals } from '../../lib/classify/prefilter-derive';
import type { Requirement } from '../../lib/classify/prefilter-literals';
import { Prefilter } from '../../lib/classify/prefilter';

// The literal encoding, written independently of the automaton: '#' for any character that is
// not [A-Za-z0-9_], plus one at each end of the text.
const encode = (text: string): string => `#${text.replace(/[^A-Za-z0-9_]/g, '#').toLowerCase()}#`;
const holds = (req: Requirement, text: string): boolean => req.every((clause) => clause.some((lit) => encode(text).includes(lit)));

// A small seeded generator, so a failure reproduces.
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const PATTERNS: RegExp[] = [
  /\bsell(?:s|ing)?\b/i,
  /\b(?:sell|rent)s?\b(?=(?:\W+\w+){0,4}?\W+(?:data|information)\b)/i,
  /do[- ]not[- ]track|\bdnt\b/i,
  /\bads?\b|advertis|e-?mails?/i,
  /(?<!\bnot\s)\bshare[sd]?\s+(?:your\s+)?data/i,
  /^\W*(?:no|never)\s*[.!]?\s*$/i,
  /\w+\bing\b/i,
  /\b(?:we|you)\s+(?:\w+\s+){0,2}(?:can|may)\s+(?:opt[- ]?out|unsubscribe)/i,
  /[\u2018\u2019']s\s+data|\bDo Not Sell\b/,
  /(?:a|b)c\b|x{2,3}y|\b\d+\s*days?\b/i,
  /(?=.*\bconsent\b)(?:only|unless)\s+(?:with|you)/i,
  /\bopt\B\w*|\Bout\b/i,
];
const WORDS = ['we', 'sell', 'sells', 'selling', 'rent', 'your', 'data', 'information', 'do', 'not', 'track', 'dnt', 'ads', 'ad', 'advertising',
  'e-mail', 'emails', 'share', 'shared', 'no', 'never', 'ing', 'thing', 'you', 'can', 'may', 'opt-out', 'optout', 'unsubscribe', "user's", 'Do Not Sell',
  'ac', 'bc', 'xxy', 'xxxy', '30 days', '7day', 'consent', 'only', 'unless', 'with', 'out', 'opted', 'without', 'DNT', 'SELL', 'Ads'];
const SEPARATORS = [' ', '  ', '-', ', ', '. ', '\u2019', '\u00a0', '', '_', '\n'];

function sentence(next: () => number): string {
  const n = 1 + Math.floor(next() * 8);
  let s = '';
  for (let i = 0; i < n; i++) s += (SEPARATORS[Math.floor(next() * SEPARATORS.length)] ?? ' ') + (WORDS[Math.floor(next() * WORDS.length)] ?? '');
  return next() < 0.5 ? s.trim() : s;
}

describe('deriveLiterals', () => {
  it('finds the words a plain pattern needs', () => {
    expect(deriveLiterals(/\bsell(?:s|ing)?\b/i).need).toEqual([['#sell#', '#sells#', '#selling#']]);
    expect(deriveLiterals(/\bsell(?:s|ing)?\b/i).enough).toEqual(['#sell#', '#sells#', '#selling#']);
    // A '#' between words stands for any non-word character, more than [- ]: not enough alone.
    expect(deriveLiterals(/do[- ]not[- ]track/i).enough).toEqual([]);
    expect(deriveLiterals(/do[- ]not[- ]track/i).need).toEqual([['do#not#track']]);
  });

  it('knows nothing, safely, about what it cannot parse or fold', () => {
    expect(deriveLiterals(/\p{L}sell/u).need).toEqual([]);
    expect(deriveLiterals(/sell/).enough).toEqual([]); // case-sensitive: "sell" in lower case is not proof
  });

  it('never asks for more than a match has, on hundreds of generated sentences', () => {
    const next = rng(7);
    let matched = 0;
    for (let k = 0; k < 600; k++) {
      const text = sentence(next);
      for (const re of PATTERNS) {
        const d = deriveLiterals(re);
        const m = re.test(text);
        if (m) {
          matched++;
          expect(holds(d.need, text), `${re} matched "${text}" without ${JSON.stringify(d.need)}`).toBe(true);
        }
        if (d.enough.some((lit) => encode(text).includes(lit))) expect(m, `${re} on "${text}": ${JSON.stringify(d.enough)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(300);
  });
});

describe('Prefilter', () => {
  it('agrees with a plain substring check on the encoded text', () => {
    const reqs: Requirement[] = [[['#sell', '#rent']], [['data#', 'information']], [['#do#not#track#'], ['#we']], [['ing#']], []];
    const pf = new Prefilter();
    const handles = reqs.map((r) => pf.register(r, true));
    const next = rng(11);
    for (let k = 0; k < 400; k++) {
      const text = sentence(next);
      pf.scan(text);
      reqs.forEach((r, i) => {
        expect(pf.passes(handles[i] ?? -1), `${JSON.stringify(r)} on "${text}"`).toBe(holds(r, text));
        // A requirement may be listed live without passing, never the other way round.
        const h = handles[i] ?? -1;
        if (holds(r, text)) expect(pf.nextLive(h)).toBe(h);
      });
    }
  });
});
