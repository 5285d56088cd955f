import type { Category, Finding, Label, Sentence, Severity, Stance } from '../types';
import { LEAD_RISKS } from '../types';
import { isNegated } from './negation';
import type { CategoryRules, Rule } from './rule';

/** A rule prepared for matching: its trigger as a global regex so every occurrence is tried. */
interface CompiledRule {
  rule: Rule;
  category: Category;
  id: string;
  label: Label;
  trigger: RegExp;
}

/** A category ready to run. */
export interface CompiledCategory {
  source: CategoryRules;
  rules: CompiledRule[];
}

/** Compiles a category's rules once, at load. */
export function compileCategory(c: CategoryRules): CompiledCategory {
  return {
    source: c,
    rules: c.rules.map((rule) => ({
      rule,
      category: c.category,
      id: `${c.category}/${rule.id}`,
      label: `${c.category}:${rule.stance}` as Label,
      trigger: new RegExp(rule.match.source, rule.match.flags.includes('g') ? rule.match.flags : `${rule.match.flags}g`),
    })),
  };
}

/** Severity of a label: the taxonomy's lead risks are high, other risks medium, protections low. */
export function severityOf(label: Label, stance: Stance): Severity {
  if (LEAD_RISKS.includes(label)) return 'high';
  return stance === 'risk' ? 'medium' : 'low';
}

function triggerFires(r: CompiledRule, text: string): boolean {
  const want = r.rule.polarity;
  r.trigger.lastIndex = 0;
  for (let m = r.trigger.exec(text); m; m = r.trigger.exec(text)) {
    if (!want) return true;
    const negated = isNegated(text, m.index, m[0].length);
    if ((want === 'negated') === negated) return true;
    if (m[0].length === 0) r.trigger.lastIndex++;
  }
  return false;
}

/**
 * Normalises typography that patterns should not have to spell out (curly apostrophes and
 * quotes, non-breaking spaces). Keeps the length, so offsets stay valid.
 */
export function normalize(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/** True when `rule` fires on sentence `s`. */
export function ruleFires(r: CompiledRule, s: Sentence, text: string = normalize(s.text)): boolean {
  const { rule } = r;
  if (!triggerFires(r, text)) return false;
  if (rule.also && !rule.also.every((re) => re.test(text))) return false;
  if (rule.unless && rule.unless.some((re) => re.test(text))) return false;
  if (rule.topic && !rule.topic.test(text) && !rule.topic.test(s.heading) && !rule.topic.test(s.lead)) return false;
  return true;
}

/**
 * Runs compiled categories over sentences; one finding per sentence and label, from the
 * most confident rule that fired.
 */
export function runRules(categories: CompiledCategory[], sentences: Sentence[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences) {
    const text = normalize(s.text);
    const best = new Map<Label, { r: CompiledRule; confidence: number }>();
    for (const c of categories) {
      if (!c.source.cue.test(text)) continue;
      for (const r of c.rules) {
        const confidence = r.rule.confidence ?? 0.7;
        const prev = best.get(r.label);
        if (prev && prev.confidence >= confidence) continue;
        if (ruleFires(r, s, text)) best.set(r.label, { r, confidence });
      }
    }
    for (const [label, { r, confidence }] of best) {
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
