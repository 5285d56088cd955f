/**
 * Derives, from a rule's regex, the words a sentence must contain for the regex to match:
 * `\b(?:sell|rent)s?\b(?=...\bdata\b)` needs a word starting "sell" or "rent", and the word
 * "data". The engine scans each sentence once for every such word of every rule (prefilter.ts)
 * and runs only the rules whose words are all there.
 *
 * A literal is a string over [a-z0-9_#]: letters stand for themselves (ASCII case folded) and
 * `#` for one character that is not a word character, or the start or end of the text. So
 * "#sell" is a word starting "sell", "#ads#" the word "ads", "do#not" "do" and "not" with one
 * character between.
 *
 * Soundness is the whole point: a derived requirement may be weaker than the regex (that only
 * costs speed), never stronger (that would change what the classifier finds). So every step
 * below either keeps exact information or forgets it.
 */
import type { RegexNode } from './prefilter-parse';

/** A string the text must contain, in the encoding above. */
export type Literal = string;

/** At least one of these literals must occur. */
export type Clause = Literal[];

/** Every clause must hold (a conjunction of disjunctions). */
export type Requirement = Clause[];

/** Longest set of alternative strings a run may grow to before it is cut (cutting is safe). */
const MAX_RUN = 48;
export const BOUNDARY = '#';

/**
 * What is known of the character before a position: nothing; only that a word character
 * there would follow a non-word one (after a `\b`); or that it is a non-word character (or
 * the start of the text). Ordered: the smaller of two is what both guarantee.
 */
export const UNKNOWN = 0;
export const WORD_START = 1;
export const NONWORD = 2;
export type Anchor = typeof UNKNOWN | typeof WORD_START | typeof NONWORD;

/** What a walk over a sequence found. */
export interface Walk {
  clauses: Requirement;
  /** What is known of the last character before the position after the sequence. */
  anchorOut: Anchor;
}

/** Strings a node always matches one of, when it only matches a few short strings. */
function fixedSet(node: RegexNode): string[] | null {
  switch (node.t) {
    case 'chars':
      if (node.c.kind === 'nonword') return [BOUNDARY];
      return node.c.kind === 'word' ? node.c.letters : null;
    case 'group': {
      const out = new Set<string>();
      for (const alt of node.alts) {
        const strings = fixedSeq(alt);
        if (!strings) return null;
        for (const s of strings) out.add(s);
        if (out.size > MAX_RUN) return null;
      }
      return [...out];
    }
    case 'rep': {
      if (node.max > 1) return null;
      const body = fixedSet(node.body);
      if (!body) return null;
      return node.min === 0 ? [...new Set(['', ...body])] : body;
    }
    default:
      return null;
  }
}

/** Strings a sequence always matches one of, when it only matches a few short strings. */
export function fixedSeq(seq: RegexNode[]): string[] | null {
  let acc = [''];
  for (const node of seq) {
    const set = fixedSet(node);
    if (!set) return null;
    acc = cross(acc, set);
    if (acc.length > MAX_RUN) return null;
  }
  return acc;
}

function cross(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** A string whose last character is a word character. */
export const endsInWord = (s: string): boolean => s.length > 0 && !s.endsWith(BOUNDARY);
/** A string whose first character is a word character. */
export const startsWithWord = (s: string): boolean => s.length > 0 && !s.startsWith(BOUNDARY);
const least = (a: Anchor, b: Anchor): Anchor => (a < b ? a : b);
const hasWordChar = (s: string): boolean => /[^#]/.test(s);

/** Walks a sequence left to right, collecting the runs of literal characters it needs. */
export function walkSeq(seq: RegexNode[], anchorIn: Anchor): Walk {
  const clauses: Requirement = [];
  let anchor = anchorIn;
  let run: string[] | null = null;
  const flush = (): void => {
    if (run && run.every(hasWordChar)) clauses.push(run);
    run = null;
  };
  const extend = (set: string[]): void => {
    // A known non-word character before the run is part of the literal.
    const before = anchor === NONWORD || (anchor === WORD_START && set.every(startsWithWord));
    run ??= [before ? BOUNDARY : ''];
    const next = cross(run, set);
    if (next.length > MAX_RUN) {
      // Too many spellings: keep what is known so far, start over.
      flush();
      run = set;
    } else run = next;
    // The last character consumed is unknown when a string may be empty or end differently.
    anchor = set.every((s) => s.endsWith(BOUNDARY)) ? NONWORD : UNKNOWN;
  };
  for (const node of seq) {
    const fixed = fixedSet(node);
    if (fixed && !(fixed.length === 1 && fixed[0] === '')) { extend(fixed); continue; }
    switch (node.t) {
      case 'chars':
        flush();
        anchor = node.c.kind === 'nonword' ? NONWORD : UNKNOWN;
        break;
      case 'b': case 'end': {
        // After a word character, a boundary or the end means a non-word character (or the end) follows.
        const cur = run as string[] | null;
        const nonwordBefore = cur ? cur.every((s) => s.endsWith(BOUNDARY)) : anchor === NONWORD;
        if (cur && cur.every(endsInWord)) run = cur.map((s) => s + BOUNDARY);
        flush();
        anchor = node.t === 'end' ? UNKNOWN : nonwordBefore ? NONWORD : WORD_START;
        break;
      }
      case 'start':
        flush();
        anchor = NONWORD;
        break;
      case 'B': case 'backref':
        flush();
        anchor = UNKNOWN;
        break;
      case 'look':
        // Zero-width: the run may go on across it. A positive lookaround's literals are needed
        // too; a lookbehind's start is unknown.
        if (!node.neg) clauses.push(...walkAlts(node.alts, node.behind ? UNKNOWN : anchor).clauses);
        break;
      case 'group': {
        flush();
        const w = walkAlts(node.alts, anchor);
        clauses.push(...w.clauses);
        anchor = w.anchorOut;
        break;
      }
      case 'rep': {
        flush();
        const once = walkAlts([[node.body]], anchor);
        if (node.min >= 1) clauses.push(...once.clauses);
        // Zero times leaves the anchor as it was; later times start from an unknown anchor.
        let out = node.min >= 1 ? once.anchorOut : least(once.anchorOut, anchor);
        if (node.max > 1) out = least(out, walkAlts([[node.body]], UNKNOWN).anchorOut);
        anchor = out;
        break;
      }
    }
  }
  flush();
  return { clauses, anchorOut: anchor };
}

/**
 * Alternatives: one alternative keeps all its clauses; several give one clause, the union of
 * each alternative's most selective clause (whichever matched, its clause holds).
 */
export function walkAlts(alts: RegexNode[][], anchorIn: Anchor): Walk {
  const walks = alts.map((alt) => walkSeq(alt, anchorIn));
  const anchorOut = walks.reduce<Anchor>((a, w) => least(a, w.anchorOut), NONWORD);
  if (walks.length === 1) return walks[0] ?? { clauses: [], anchorOut };
  const union: Clause = [];
  for (const w of walks) {
    const best = bestClauses(w.clauses, 1)[0];
    if (!best) return { clauses: [], anchorOut };
    union.push(...best);
  }
  return { clauses: [simplify(union)], anchorOut };
}

/** Drops literals that another literal of the disjunction already covers ("#sells" beside "#sell"). */
export function simplify(clause: Clause): Clause {
  const out: Clause = [];
  clause.forEach((lit, k) => {
    // `lit` occurring implies `other` occurring when `other` is a substring of it.
    const redundant = clause.some((other, j) => j !== k && lit.includes(other) && (other !== lit || j < k));
    if (!redundant) out.push(lit);
  });
  return out;
}

/** How selective a clause is: its weakest literal decides (longer and word-bounded is rarer). */
export function clauseScore(clause: Clause): number {
  let min = Infinity;
  // A boundary counts as much as a letter: "#sell" is about as rare as "resell".
  for (const l of clause) min = Math.min(min, l.length);
  return min - clause.length / 100;
}

/** A canonical name for a clause (the same literals in any order give the same key). */
export function clauseKey(clause: Clause): string {
  return [...clause].sort().join(' ');
}

/** The `n` most selective clauses, best first. */
export function bestClauses(clauses: Requirement, n: number): Requirement {
  const unique = new Map<string, Clause>();
  for (const c of clauses.map(simplify)) unique.set(clauseKey(c), c);
  return [...unique.values()]
    .map((c) => ({ c, s: clauseScore(c) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map((x) => x.c);
}
