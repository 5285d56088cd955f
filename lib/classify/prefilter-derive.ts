/**
 * What a regex needs, for the prefilter (see prefilter-literals.ts for the literal encoding):
 * necessary clauses, literals that are enough on their own, and per-alternative requirements.
 */
import { parseRegex, type RegexNode } from './prefilter-parse';
import {
  BOUNDARY,
  endsInWord,
  fixedSeq,
  NONWORD,
  simplify,
  startsWithWord,
  UNKNOWN,
  walkAlts,
  walkSeq,
  WORD_START,
  type Anchor,
  type Literal,
  type Requirement,
} from './prefilter-literals';

/** What a sentence must contain for a regex to match, and which literals are enough for it to match. */
export interface Derived {
  /** Necessary: every clause holds in any text the regex matches. Empty when nothing is known. */
  need: Requirement;
  /**
   * Sufficient: any of these literals occurring means the regex matches (from top-level
   * alternatives that are nothing but a literal, like `\bsell` or `do[- ]not[- ]track`).
   */
  enough: Literal[];
  /**
   * Necessary too, and sharper than `need` for a pattern that is a choice (`A|B`, or
   * `\b(?:A|B)...`): one requirement per alternative; whichever matched, its requirement holds.
   * Empty when the pattern is no such choice.
   */
  branches: Requirement[];
}

/** An alternative the literal decides alone: [\b] fixed strings [\b], each \b next to a word character. */
function exactAlternative(seq: RegexNode[]): Literal[] | null {
  let k = 0;
  let end = seq.length;
  const lead = seq[0]?.t === 'b';
  const trail = seq.length > 1 && seq[seq.length - 1]?.t === 'b';
  if (lead) k = 1;
  if (trail) end--;
  const strings = fixedSeq(seq.slice(k, end));
  if (!strings || strings.length === 0) return null;
  // A '#' inside stands for any non-word character, more than the pattern's own one: not exact.
  if (!strings.every((s) => s.length > 0 && !s.includes(BOUNDARY) && (!lead || startsWithWord(s)) && (!trail || endsInWord(s)))) return null;
  return strings.map((s) => `${lead ? BOUNDARY : ''}${s}${trail ? BOUNDARY : ''}`);
}

/**
 * Derives what `re` needs (ASCII case folded; a match may start anywhere). Nothing is known for
 * syntax the parser does not handle, nor for `u`/`v` patterns, where case folding reaches beyond
 * ASCII ("ſ" matches /s/iu). `enough` is only filled for case-insensitive patterns.
 */
export function deriveLiterals(re: RegExp): Derived {
  if (/[uv]/.test(re.flags)) return { need: [], enough: [], branches: [] };
  let alts: RegexNode[][];
  try {
    alts = parseRegex(re.source);
  } catch {
    return { need: [], enough: [], branches: [] };
  }
  const need = walkAlts(alts, UNKNOWN).clauses.map(simplify);
  // A global or sticky pattern matches from `lastIndex` only: no literal is enough for it.
  const enough = re.ignoreCase && !re.global && !re.sticky ? alts.flatMap((alt) => exactAlternative(alt) ?? []) : [];
  return { need, enough, branches: branchesOf(alts) };
}

/** The alternatives of a top-level choice, or of a group right at the start (after `\b` or `^`). */
function branchesOf(alts: RegexNode[][]): Requirement[] {
  let choice = alts;
  let anchorIn: Anchor = UNKNOWN;
  const only = alts.length === 1 ? alts[0] ?? [] : null;
  if (only) {
    const head = only[0]?.t;
    const k = head === 'b' || head === 'start' ? 1 : 0;
    const group = only[k];
    if (!group || group.t !== 'group' || group.alts.length < 2) return [];
    choice = group.alts;
    anchorIn = head === 'b' ? WORD_START : head === 'start' ? NONWORD : UNKNOWN;
  }
  // Each alternative alone: its last run may go on past the group, so it is only a prefix (safe).
  return choice.map((alt) => walkSeq(alt, anchorIn).clauses.map(simplify));
}

/** Just the necessary clauses of `re` (see `deriveLiterals`). */
export function requiredLiterals(re: RegExp): Requirement {
  return deriveLiterals(re).need;
}
