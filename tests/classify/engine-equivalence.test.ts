import { describe, expect, it } from 'vitest';
import { compileCategory, isBareHeading, normalize, ruleFires, runRules, severityOf, type CompiledCategory } from '../../lib/classify/engine';
import { Prefilter } from '../../lib/classify/prefilter';
import { deriveLiterals } from '../../lib/classify/prefilter-derive';
import type { CategoryRules } from '../../lib/classify/rule';
import { ALL_CATEGORY_RULES } from '../../lib/classify/rules';
import type { Finding, Label, Sentence } from '../../lib/types';

// The engine skips rules by the literals their patterns need (lib/classify/prefilter.ts). These
// tests hold it to the engine without the prefilter, on every example of every category and on
// sentences made from them, so a rule edit that outruns the literal derivation fails here.

/** The engine as it was before the prefilter: every rule of every category whose cue matches. */
function reference(categories: CompiledCategory[], sentences: Sentence[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences) {
    const text = normalize(s.text);
    if (isBareHeading(text)) continue;
    const ctx = { sentence: text, heading: normalize(s.heading), lead: normalize(s.lead) };
    const best = new Map<Label, { id: string; confidence: number; stance: 'risk' | 'protection'; category: Finding['category'] }>();
    const suppressed = new Set<Label>();
    for (const c of categories) {
      const cue = c.source.cue.test(text);
      for (const r of c.rules) {
        if (!cue && !r.contextOnly) continue;
        if (!ruleFires(r, s, text, { ...ctx })) continue;
        const prev = best.get(r.label);
        if (!prev || prev.confidence < r.confidence) best.set(r.label, { id: r.id, confidence: r.confidence, stance: r.rule.stance, category: r.category });
        for (const l of r.suppresses) suppressed.add(l);
      }
    }
    for (const [label, b] of best) {
      if (suppressed.has(label)) continue;
      out.push({ label, category: b.category, stance: b.stance, severity: severityOf(label, b.stance), text: s.text, start: s.start, end: s.end, confidence: b.confidence, rule: b.id });
    }
  }
  return out;
}

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const sentenceOf = (text: string, heading = '', lead = ''): Sentence => ({ text, start: 0, end: text.length, block: 0, heading, lead });
const examples = ALL_CATEGORY_RULES.flatMap((c) => c.examples.map((e) => sentenceOf(e.text, e.heading, e.lead)));

/** Variants of the examples: joined pairs, cut words, shuffled words, other typography and case. */
function synthetic(count: number): Sentence[] {
  const next = rng(2024);
  const pick = (): Sentence => examples[Math.floor(next() * examples.length)] ?? sentenceOf('');
  const out: Sentence[] = [];
  while (out.length < count) {
    const a = pick();
    const b = pick();
    const words = a.text.split(' ');
    const cut = Math.floor(next() * words.length);
    const variants = [
      `${a.text} ${b.text}`,
      words.slice(cut).join(' '),
      words.slice(0, Math.max(1, cut)).join(' '),
      [...words].sort(() => next() - 0.5).join(' '),
      a.text.replace(/'/g, '\u2019').replace(/ /g, () => (next() < 0.2 ? '\u00a0' : ' ')),
      a.text.toUpperCase(),
      a.text.replace(/\b(\w+)\b/, (w) => `${w}-${w}`),
    ];
    for (const v of variants) out.push(sentenceOf(v, next() < 0.3 ? b.heading : '', next() < 0.3 ? b.text : ''));
  }
  return out;
}

const compiled = ALL_CATEGORY_RULES.map(compileCategory);
const corpus = [...examples, ...synthetic(420)];

describe('engine with the prefilter', () => {
  it('finds exactly what the engine without it finds', () => {
    for (const s of corpus) expect(runRules(compiled, [s]), s.text).toEqual(reference(compiled, [s]));
    // And over a whole run, where headings, leads and the negation cache carry over.
    expect(runRules(compiled, corpus)).toEqual(reference(compiled, corpus));
    expect(reference(compiled, corpus).length).toBeGreaterThan(examples.length / 2);
  });

  it("never filters out a rule that would run and fire: its literals are in its sentence", () => {
    const pf = new Prefilter();
    const handles = compiled.map((c) => c.rules.map((r) => pf.register(r.need, true)));
    let fired = 0;
    for (const s of corpus) {
      const text = normalize(s.text);
      pf.scan(s.text);
      compiled.forEach((c, ci) => {
        const cue = c.cue.test(text);
        c.rules.forEach((r, ri) => {
          // A rule that needs the cue runs only when the cue matches (its literals count the cue's).
          if (!cue && !r.contextOnly) return;
          if (!ruleFires(r, s, text, { sentence: text, heading: normalize(s.heading), lead: normalize(s.lead) })) return;
          fired++;
          expect(pf.passes(handles[ci]?.[ri] ?? -1), `${r.id} fired on "${s.text}" without ${JSON.stringify(r.need)}`).toBe(true);
          // And the engine visits it: it is listed as live.
          const h = handles[ci]?.[ri] ?? -1;
          expect(pf.nextLive(h)).toBe(h);
        });
      });
    }
    expect(fired).toBeGreaterThan(examples.length / 2);
  });

  it("decides each category's cue as the cue regex does", () => {
    for (const c of compiled) {
      const d = deriveLiterals(c.cue);
      const pf = new Prefilter();
      const enough = c.cueLiterals.enough.length > 0 ? pf.register(c.cueLiterals.enough) : null;
      const need = c.cueLiterals.need.length > 0 ? pf.register(c.cueLiterals.need) : null;
      for (const s of corpus) {
        const text = normalize(s.text);
        pf.scan(text);
        const hit = c.cue.test(text);
        if (enough !== null && pf.passes(enough)) expect(hit, `${c.source.category} cue, "${text}", ${JSON.stringify(d.enough)}`).toBe(true);
        if (need !== null && hit) expect(pf.passes(need), `${c.source.category} cue, "${text}"`).toBe(true);
      }
    }
  });

  it('reads `also`, `unless`, `topic` and `cue` patterns without carrying state between sentences', () => {
    const toy: CategoryRules = {
      category: 'data-sale',
      cue: /sell/gi,
      rules: [{ id: 'sells', stance: 'risk', match: /\bsell\b/i, also: [/\bwe\b/gi], unless: [/\bnever\b/gi] }],
      examples: [],
    };
    const c = [compileCategory(toy)];
    const s = sentenceOf('We sell your data.');
    const first = runRules(c, [s, s, s]).map((f) => f.label);
    expect(first).toEqual(['data-sale:risk', 'data-sale:risk', 'data-sale:risk']);
  });
});
