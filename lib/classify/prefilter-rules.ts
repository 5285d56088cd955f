/**
 * The prefilter as the engine uses it: which literals each rule and each category cue needs
 * (derived from their patterns), and one shared `Prefilter` per set of compiled categories.
 */
import type { CompiledCategory, CompiledRule } from './engine';
import { Prefilter, type Need } from './prefilter';
import { deriveLiterals, requiredLiterals } from './prefilter-derive';
import { bestClauses, clauseScore, type Clause, type Requirement } from './prefilter-literals';
import type { Rule } from './rule';

/**
 * Clauses kept per requirement: the most selective few do nearly all the filtering (6 and 2.5
 * measured a little faster than 4 and 3 on the eval pages; any values are equally correct).
 */
const CLAUSES_PER_RULE = 6;
/** Clauses scoring lower (a bare two-letter literal like "to") pass almost every sentence: not worth the bookkeeping. */
const MIN_CLAUSE_SCORE = 2.5;

/**
 * What a sentence must contain for `rule` to fire: literals its trigger and each `also` pattern
 * need, its topic's when the topic is read from the sentence only, and the category cue's when
 * the rule needs the cue (`cue` null for a context-only rule).
 */
export function ruleRequirement(rule: Rule, cue: RegExp | null): Need {
  const derived = [rule.match, ...(rule.also ?? [])].map(deriveLiterals);
  const pool: Requirement = derived.flatMap((d) => d.need);
  if (rule.topic && rule.topicIn && rule.topicIn.length > 0 && rule.topicIn.every((w) => w === 'sentence')) {
    pool.push(...requiredLiterals(rule.topic));
  }
  if (cue) pool.push(...requiredLiterals(cue));
  const anyOf: Requirement[][] = [];
  for (const d of derived) {
    if (d.branches.length < 2) continue;
    const branches = d.branches.map(pick);
    // A branch that needs nothing known makes the whole choice void.
    if (branches.every((b) => b.length > 0)) anyOf.push(branches);
  }
  return { all: pick(pool), anyOf };
}

/** The most selective clauses of a requirement, shortened. */
function pick(req: Requirement): Requirement {
  const best = bestClauses(req.map(shorten), CLAUSES_PER_RULE);
  const strong = best.filter((c) => clauseScore(c) >= MIN_CLAUSE_SCORE);
  // A weak clause still beats none: without one the rule runs on every sentence.
  return strong.length > 0 ? strong : best.slice(0, 1);
}

/**
 * Longest necessary literal kept: a literal's prefix is as necessary as the literal, and long
 * phrases ("#change#in#our#corporate#structure") would only grow the automaton past the cache.
 */
const MAX_LITERAL = 10;

function shorten(clause: Clause): Clause {
  return clause.map((l) => l.slice(0, MAX_LITERAL));
}

/**
 * How the prefilter decides a category's cue: `enough` (a literal that proves the cue matches)
 * and `need` (one that it must see, else the cue cannot match). Either may be empty.
 */
export function cueRequirement(cue: RegExp): { enough: Requirement; need: Requirement } {
  const d = deriveLiterals(cue);
  return { enough: d.enough.length > 0 ? [d.enough] : [], need: bestClauses(d.need.map(shorten), 1) };
}

/** The shared prefilter of a set of compiled categories: one handle per rule, by position. */
export interface Plan {
  prefilter: Prefilter;
  /** Rules by prefilter handle (handles count up in category and rule order): category index and rule. */
  ruleCategory: number[];
  ruleAt: CompiledRule[];
  /** Category `ci`'s cue on the last scanned text: decided by its literals when they suffice, else by the regex. */
  cueMatches(ci: number, cue: RegExp, text: string): boolean;
}
const PLANS = new WeakMap<CompiledCategory[], Plan>();

/** The prefilter plan of a set of compiled categories, built on first use and kept with them. */
export function planFor(categories: CompiledCategory[]): Plan {
  let plan = PLANS.get(categories);
  if (!plan) {
    const prefilter = new Prefilter();
    const ruleCategory: number[] = [];
    const ruleAt: CompiledRule[] = [];
    categories.forEach((c, ci) => {
      for (const r of c.rules) {
        ruleCategory[prefilter.register(r.need, true)] = ci;
        ruleAt.push(r);
      }
    });
    const handle = (req: Requirement): number | null => (req.length > 0 ? prefilter.register(req) : null);
    const cueEnough = categories.map((c) => handle(c.cueLiterals.enough));
    const cueNeed = categories.map((c) => handle(c.cueLiterals.need));
    const cueMatches = (ci: number, cue: RegExp, text: string): boolean => {
      const enough = cueEnough[ci] ?? null;
      if (enough !== null && prefilter.passes(enough)) return true;
      const need = cueNeed[ci] ?? null;
      if (need !== null && !prefilter.passes(need)) return false;
      return cue.test(text);
    };
    plan = { prefilter, ruleCategory, ruleAt, cueMatches };
    PLANS.set(categories, plan);
  }
  return plan;
}

