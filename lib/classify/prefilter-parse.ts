/**
 * A small parser for the JavaScript regex syntax the rules use, just deep enough for the
 * prefilter to find the words a pattern cannot match without (see prefilter-literals.ts).
 * Anything it does not understand throws; the caller then treats the pattern as having no
 * required words, which is always safe.
 */

/** What one character position can match, as far as words are concerned. */
export interface CharKind {
  /** `word`: only [A-Za-z0-9_]; `nonword`: never one of those; `mixed`: either. */
  kind: 'word' | 'nonword' | 'mixed';
  /** For `word`: the few lower-case characters it can be, or null when there are many (`\w`, `\d`). */
  letters: string[] | null;
}

/** A parsed pattern node. */
export type RegexNode =
  | { t: 'chars'; c: CharKind }
  | { t: 'group'; alts: RegexNode[][] }
  | { t: 'look'; behind: boolean; neg: boolean; alts: RegexNode[][] }
  | { t: 'rep'; body: RegexNode; min: number; max: number }
  | { t: 'b' | 'B' | 'start' | 'end' | 'backref' };

const WORD = /^\w$/;
const MIXED: CharKind = { kind: 'mixed', letters: null };
const NONWORD: CharKind = { kind: 'nonword', letters: null };
const ANY_WORD: CharKind = { kind: 'word', letters: null };
/** Letters a class may list one by one before it counts as "many" (`[a-z]`). */
const MAX_CLASS_LETTERS = 8;

function kindOfChar(ch: string): CharKind {
  return WORD.test(ch) ? { kind: 'word', letters: [ch.toLowerCase()] } : NONWORD;
}

/** Parses `source` (flags without `u`/`v`) into alternatives of node sequences. */
export function parseRegex(source: string): RegexNode[][] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`prefilter: ${why} at ${i} in /${source}/`);
  };

  // An escape outside a class; `i` points after the backslash.
  function escape(): RegexNode {
    const ch = source[i++] ?? fail('dangling escape');
    switch (ch) {
      case 'b': return { t: 'b' };
      case 'B': return { t: 'B' };
      case 'w': case 'd': return { t: 'chars', c: ANY_WORD };
      case 'W': case 's': return { t: 'chars', c: NONWORD };
      case 'S': case 'D': return { t: 'chars', c: MIXED };
      case 'k': return { t: 'backref' };
      default:
        if (/[1-9]/.test(ch)) {
          while (/\d/.test(source[i] ?? '')) i++;
          return { t: 'backref' };
        }
        return { t: 'chars', c: kindOfChar(escapedChar(ch)) };
    }
  }

  // The character a simple escape stands for (`\x41`, `\u2019`, `\n`, `\.`); `i` is after `ch`.
  function escapedChar(ch: string): string {
    const hex = (n: number): string => {
      const h = source.slice(i, i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) fail('bad hex escape');
      i += n;
      return String.fromCharCode(parseInt(h, 16));
    };
    if (ch === 'x') return hex(2);
    if (ch === 'u') return hex(4);
    if (ch === 'c') { i++; return '\u0001'; }
    if (ch === '0') return '\0';
    if ('nrtfv'.includes(ch)) return '\n';
    if (/[A-Za-z0-9_]/.test(ch)) fail(`unknown escape \\${ch}`);
    return ch;
  }

  // One class member: a character code, or a whole kind for `\w` and friends.
  function classAtom(): number | CharKind {
    const ch = source[i++] ?? fail('unterminated class');
    if (ch !== '\\') return ch.charCodeAt(0);
    const e = source[i++] ?? fail('dangling escape');
    if (e === 'w' || e === 'd') return ANY_WORD;
    if (e === 'W' || e === 's') return NONWORD;
    if (e === 'S' || e === 'D') return MIXED;
    if (e === 'b') return 8;
    return escapedChar(e).charCodeAt(0);
  }

  function charClass(): RegexNode {
    const negated = source[i] === '^';
    if (negated) i++;
    let hasWord = false;
    let hasNonWord = false;
    let coversWord = false; // holds all of \w (negating it leaves only non-word characters)
    const letters = new Set<string>();
    const addRange = (lo: number, hi: number): void => {
      for (let c = lo; c <= hi; c++) {
        const ch = String.fromCharCode(c);
        if (WORD.test(ch)) { hasWord = true; letters.add(ch.toLowerCase()); } else hasNonWord = true;
        if (c > 0x7f) { hasNonWord = true; break; }
      }
    };
    while (source[i] !== ']') {
      if (i >= source.length) fail('unterminated class');
      const a = classAtom();
      if (typeof a !== 'number') {
        if (a.kind !== 'nonword') { hasWord = true; letters.add('*'); }
        if (a.kind !== 'word') hasNonWord = true;
        if (a === ANY_WORD) coversWord = true;
        continue;
      }
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        i++;
        const b = classAtom();
        if (typeof b !== 'number' || b < a) return fail('bad range');
        addRange(a, b);
      } else addRange(a, a);
    }
    i++;
    if (negated) return { t: 'chars', c: coversWord ? NONWORD : MIXED };
    if (hasWord && hasNonWord) return { t: 'chars', c: MIXED };
    if (!hasWord) return { t: 'chars', c: NONWORD };
    const list = [...letters];
    const few = !list.includes('*') && list.length <= MAX_CLASS_LETTERS;
    return { t: 'chars', c: { kind: 'word', letters: few ? list : null } };
  }

  function group(): RegexNode {
    // `i` is after '('.
    if (source[i] !== '?') return { t: 'group', alts: alternatives() };
    const head = source.slice(i, i + 4);
    let node: RegexNode;
    if (head.startsWith('?:')) { i += 2; node = { t: 'group', alts: alternatives() }; }
    else if (head.startsWith('?=') || head.startsWith('?!')) {
      i += 2;
      node = { t: 'look', behind: false, neg: head[1] === '!', alts: alternatives() };
    } else if (head.startsWith('?<=') || head.startsWith('?<!')) {
      i += 3;
      node = { t: 'look', behind: true, neg: head[2] === '!', alts: alternatives() };
    } else if (/^\?<[A-Za-z_$]/.test(head)) {
      i = source.indexOf('>', i) + 1;
      if (i === 0) fail('bad group name');
      node = { t: 'group', alts: alternatives() };
    } else return fail('unknown group');
    return node;
  }

  function atom(): RegexNode {
    const ch = source[i++] ?? fail('unexpected end');
    switch (ch) {
      case '\\': return escape();
      case '[': return charClass();
      case '(': {
        const g = group();
        if (source[i++] !== ')') fail('unclosed group');
        return g;
      }
      case '.': return { t: 'chars', c: MIXED };
      case '^': return { t: 'start' };
      case '$': return { t: 'end' };
      case '*': case '+': case '?': return fail('nothing to repeat');
      default: return { t: 'chars', c: kindOfChar(ch) };
    }
  }

  // A quantifier after an atom, if any (a `{` that is no quantifier is a literal, as in Annex B).
  function quantified(node: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const ch = source[i];
    const brace = ch === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
    if (ch === '*') { min = 0; max = Infinity; i++; }
    else if (ch === '+') { min = 1; max = Infinity; i++; }
    else if (ch === '?') { min = 0; max = 1; i++; }
    else if (brace) {
      min = Number(brace[1]);
      max = brace[2] === undefined ? min : brace[3] ? Number(brace[3]) : Infinity;
      i += brace[0].length;
    } else return node;
    if (source[i] === '?') i++; // lazy: matches the same strings
    if (node.t === 'b' || node.t === 'B' || node.t === 'start' || node.t === 'end') fail('quantified assertion');
    return { t: 'rep', body: node, min, max };
  }

  function sequence(): RegexNode[] {
    const seq: RegexNode[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') seq.push(quantified(atom()));
    return seq;
  }

  function alternatives(): RegexNode[][] {
    const alts = [sequence()];
    while (source[i] === '|') { i++; alts.push(sequence()); }
    return alts;
  }

  const top = alternatives();
  if (i !== source.length) fail('unbalanced )');
  return top;
}
