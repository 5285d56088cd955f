import type { Category, Finding, Label, Sentence, Severity, Stance } from '../types';
import { LEAD_RISKS } from '../types';
import { isNegated, mayBeNegated } from './negation';
import type { Need } from './prefilter';
import type { Requirement } from './prefilter-literals';
import { cueRequirement, planFor, ruleRequirement } from './prefilter-rules';
import type { CategoryRules, Rule } from './rule';
import { isBareHeading } from '../segment/bare-heading';

export { isBareHeading } from '../segment/bare-heading';

/** A rule prepared for matching: its trigger as a global regex so every occurrence is tried. */
export interface CompiledRule {
  rule: Rule;
  category: Category;
  id: string;
  label: Label;
  trigger: RegExp;
  /** The rule's `also`, `unless` and `topic`, never global or sticky (`test` must not carry state between sentences). */
  also: RegExp[];
  unless: RegExp[];
  topic: RegExp | undefined;
  /** Precomputed at load so the per-sentence loop does no work it can avoid. */
  confidence: number;
  contextOnly: boolean;
  suppresses: Label[];
  /** Words a sentence must contain for the rule to fire (see prefilter.ts). */
  need: Need;
  /** Last heading and lead the topic was tested on, with the result: both repeat over many sentences. */
  topicMemo: { heading: string; headingHit: boolean; lead: string; leadHit: boolean };
}

/** A category ready to run. */
export interface CompiledCategory {
  source: CategoryRules;
  /** The category's cue, never global or sticky. */
  cue: RegExp;
  /** Literals that prove the cue matches, and literals it cannot match without (see prefilter.ts). */
  cueLiterals: { enough: Requirement; need: Requirement };
  rules: CompiledRule[];
  /** The rules that still run when the cue misses the sentence (see `Rule.topicIn`). */
  contextRules: CompiledRule[];
}

/** Compiles a category's rules once, at load. */
export function compileCategory(c: CategoryRules): CompiledCategory {
  const cue = stateless(c.cue);
  const rules: CompiledRule[] = c.rules.map((rule) => {
    const contextOnly = isContextOnly(rule);
    return {
      rule,
      category: c.category,
      id: `${c.category}/${rule.id}`,
      label: `${c.category}:${rule.stance}` as Label,
      trigger: new RegExp(rule.match.source, rule.match.flags.includes('g') ? rule.match.flags : `${rule.match.flags}g`),
      also: (rule.also ?? []).map(stateless),
      unless: (rule.unless ?? []).map(stateless),
      topic: rule.topic && stateless(rule.topic),
      confidence: rule.confidence ?? 0.7,
      contextOnly,
      suppresses: (rule.suppress ?? []).map((stance) => `${c.category}:${stance}` as Label),
      need: ruleRequirement(rule, contextOnly ? null : cue),
      topicMemo: { heading: '', headingHit: false, lead: '', leadHit: false },
    };
  });
  return { source: c, cue, cueLiterals: cueRequirement(cue), rules, contextRules: rules.filter((r) => r.contextOnly) };
}

/**
 * `re` without the `g`/`y` flags: `test` on a global regex resumes from the last match, so its
 * answer would depend on which sentences ran before (and on which the prefilter skipped).
 */
function stateless(re: RegExp): RegExp {
  return re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
}

/** Severity of a label: the taxonomy's lead risks are high, other risks medium, protections low. */
export function severityOf(label: Label, stance: Stance): Severity {
  if (LEAD_RISKS.includes(label)) return 'high';
  return stance === 'risk' ? 'medium' : 'low';
}

function triggerFires(r: CompiledRule, text: string): boolean {
  const want = r.rule.polarity;
  r.trigger.lastIndex = 0;
  // Either polarity will do: the first match decides (`test` builds no match array).
  if (!want) return r.trigger.test(text);
  for (let m = r.trigger.exec(text); m; m = r.trigger.exec(text)) {
    const negated = isNegated(text, m.index, m[0].length);
    if ((want === 'negated') === negated) return true;
    if (m[0].length === 0) r.trigger.lastIndex++;
  }
  return false;
}

const TYPOGRAPHY = /[\u2018\u2019\u02bc\u201c\u201d\u00a0\u2009\u202f]/;

/**
 * Normalises typography that patterns should not have to spell out (curly apostrophes and
 * quotes, non-breaking spaces). Keeps the length, so offsets stay valid.
 */
export function normalize(text: string): string {
  // Most sentences have nothing to replace: skip the three replace passes.
  if (!TYPOGRAPHY.test(text)) return text;
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/** A rule whose topic is read only from the heading or lead: it runs even when the category cue misses the sentence. */
function isContextOnly(rule: Rule): boolean {
  return rule.topic !== undefined && rule.topicIn !== undefined && !rule.topicIn.includes('sentence');
}

/** A sentence with its context, normalised once for all the rules. */
export interface SentenceContext {
  sentence: string;
  heading: string;
  lead: string;
  /** The sentence holds a negator somewhere (else no `negated` rule can fire); computed on first need when absent. */
  mayNegate?: boolean;
}

/**
 * True when `rule` fires on sentence `s`. The checks are conjunctive and free of side effects,
 * so they run cheapest and most selective first: a context-only topic (two memoised strings),
 * the negator check, `also` (plain word tests), a topic that reads the sentence too (often a
 * long pattern), then the trigger (lookaheads, negation), then `unless`.
 */
export function ruleFires(r: CompiledRule, s: Sentence, text: string = normalize(s.text), ctx?: SentenceContext): boolean {
  const { rule } = r;
  if (rule.listItem && !s.listItem) return false;
  if (r.contextOnly && !topicFires(r, s, text, ctx)) return false;
  if (rule.polarity === 'negated' && !(ctx ? (ctx.mayNegate ??= mayBeNegated(text)) : mayBeNegated(text))) return false;
  for (const re of r.also) if (!re.test(text)) return false;
  if (!r.contextOnly && !topicFires(r, s, text, ctx)) return false;
  if (!triggerFires(r, text)) return false;
  for (const re of r.unless) if (re.test(text)) return false;
  return true;
}

/** True when the rule has no topic, or its topic matches where the rule reads it. */
function topicFires(r: CompiledRule, s: Sentence, text: string, ctx?: SentenceContext): boolean {
  const { topic } = r;
  if (!topic) return true;
  const context = ctx ?? { sentence: text, heading: normalize(s.heading), lead: normalize(s.lead) };
  for (const w of r.rule.topicIn ?? ALL_CONTEXT) if (topicHit(r, topic, w, context[w])) return true;
  return false;
}

const ALL_CONTEXT: Array<'sentence' | 'heading' | 'lead'> = ['sentence', 'heading', 'lead'];

/** Tests a rule's topic on one part of the context, remembering the last heading and lead. */
function topicHit(r: CompiledRule, topic: RegExp, where: 'sentence' | 'heading' | 'lead', text: string): boolean {
  const memo = r.topicMemo;
  if (where === 'heading') {
    if (text !== memo.heading) {
      memo.heading = text;
      memo.headingHit = topic.test(text);
    }
    return memo.headingHit;
  }
  if (where === 'lead') {
    if (text !== memo.lead) {
      memo.lead = text;
      memo.leadHit = topic.test(text);
    }
    return memo.leadHit;
  }
  return topic.test(text);
}

/** `normalize` that remembers its last input: headings and leads repeat over many sentences. */
function memoNormalize(): (text: string) => string {
  let lastRaw = '';
  let lastNormalized = '';
  return (text) => {
    if (text !== lastRaw) {
      lastRaw = text;
      lastNormalized = normalize(text);
    }
    return lastNormalized;
  };
}
const normalizeHeading = memoNormalize();
const normalizeLead = memoNormalize();

/**
 * Runs compiled categories over sentences; one finding per sentence and label, from the
 * most confident rule that fired. A fired rule with `suppress` then removes its category's
 * findings of those stances from the sentence (see `Rule.suppress`).
 *
 * Speed: each sentence is scanned once for every rule's required words (prefilter.ts); a rule
 * runs only when they are all there, and a category's cue is tested only when one of its rules
 * is still in the running. Neither changes a result: the prefilter's words are implied by the
 * rule's own patterns, and the rules are still visited in the same order. The prefilter is
 * built on the first call and kept with the `categories` array: compile once, don't mutate it.
 */
export function runRules(categories: CompiledCategory[], sentences: Sentence[]): Finding[] {
  const plan = planFor(categories);
  const { prefilter, ruleCategory, ruleAt } = plan;
  const out: Finding[] = [];
  for (const s of sentences) {
    // `normalize` only swaps non-word characters for others, so the scan may read the raw text;
    // most sentences stop here, with no rule of any category in the running.
    prefilter.scan(s.text);
    if (!prefilter.anyLive()) continue;
    // `normalize` only rewrites non-ASCII characters.
    const text = prefilter.asciiOnly() ? s.text : normalize(s.text);
    let ctx: SentenceContext | undefined;
    let best: Map<Label, { r: CompiledRule; confidence: number }> | undefined;
    let suppressed: Set<Label> | undefined;
    // Only the rules whose most selective literals are in the sentence, in category and rule order.
    let ci = -1;
    // The cue reads the sentence only; a context-only rule (topic in heading/lead) may still apply.
    let cueHit: boolean | undefined;
    for (let h = prefilter.nextLive(0); h >= 0; h = prefilter.nextLive(h + 1)) {
      const r = ruleAt[h];
      if (!r) break;
      if (ruleCategory[h] !== ci) {
        ci = ruleCategory[h] ?? -1;
        cueHit = undefined;
      }
      if (!prefilter.passes(h)) continue;
      if (!r.contextOnly && !(cueHit ??= plan.cueMatches(ci, (categories[ci] as CompiledCategory).cue, text))) continue;
      const confidence = r.confidence;
      const prev = best?.get(r.label);
      // A more confident rule already holds the label: only a suppressing rule still needs to run.
      if (prev && prev.confidence >= confidence && r.suppresses.length === 0) continue;
      ctx ??= { sentence: text, heading: normalizeHeading(s.heading), lead: normalizeLead(s.lead) };
      if (!ruleFires(r, s, text, ctx)) continue;
      if (!prev || prev.confidence < confidence) (best ??= new Map()).set(r.label, { r, confidence });
      for (const l of r.suppresses) (suppressed ??= new Set()).add(l);
    }
    // A bare heading gets no label; asked only now since rules rarely fire (they have no side effects).
    if (!best || isBareHeading(text)) continue;
    for (const [label, { r, confidence }] of best) {
      if (suppressed?.has(label)) continue;
      const stance = r.rule.stance;
      out.push({
        label,
        category: r.category,
        stance,
        severity: severityOf(label, stance),
        text: s.text,
        start: s.start,
        end: s.end,
        confidence,
        rule: r.id,
      });
    }
  }
  return out;
}
