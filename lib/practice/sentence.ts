import { MATCHER, type Mention } from '../lexicon';
import { clauseBounds } from './clauses';
import { RELATIVE } from './grammar';
import { tokenize, type Token } from './tokens';

/** A sentence prepared for reading: tokens, concepts and clauses, with small queries over them. */
export class SentenceView {
  readonly tokens: Token[];
  readonly mentions: Mention[];
  readonly actions: Mention[];
  readonly bounds: Array<[number, number]>;
  /** How many word tokens (not punctuation) the sentence has. */
  readonly words: number;
  private readonly depth: number[];
  /** Mentions by class, in sentence order (most queries ask for one class). */
  private readonly byClass = new Map<Mention['cls'], Mention[]>();

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.mentions = MATCHER.find(this.tokens);
    for (const m of this.mentions) {
      const list = this.byClass.get(m.cls);
      if (list) list.push(m);
      else this.byClass.set(m.cls, [m]);
    }
    this.actions = this.byClass.get('action') ?? [];
    this.bounds = clauseBounds(this.tokens);
    // Word count, and the parenthesis depth before each token: an aside does not end the clause around it.
    let words = 0;
    this.depth = [];
    let d = 0;
    for (const t of this.tokens) {
      if (!t.mark) words++;
      this.depth.push(d);
      if (t.w === '(') d++;
      else if (t.w === ')' && d > 0) d--;
    }
    this.words = words;
  }

  /** The mentions of one class, in sentence order. */
  ofClass(cls: Mention['cls']): readonly Mention[] {
    return this.byClass.get(cls) ?? NONE;
  }

  /** Word of token `i` ("" past the end). */
  w(i: number): string {
    return this.tokens[i]?.w ?? '';
  }

  /** Mentions of a class lying within tokens [from, to). */
  within(from: number, to: number, cls: Mention['cls']): Mention[] {
    const out: Mention[] = [];
    for (const m of this.ofClass(cls)) {
      if (m.from >= to) break;
      if (m.from >= from && m.to <= to) out.push(m);
    }
    return out;
  }

  /** True when token `i` lies inside a mention of one of `classes`. */
  inside(i: number, ...classes: Array<Mention['cls']>): boolean {
    return this.mentions.some((m) => classes.includes(m.cls) && m.from <= i && i < m.to);
  }

  /** True when token `i` sits inside parentheses. */
  aside(i: number): boolean {
    return (this.depth[i] ?? 0) > 0;
  }

  /** The clause [from, to) holding token `i`. */
  clauseOf(i: number): [number, number] {
    for (const b of this.bounds) if (i >= b[0] && i < b[1]) return b;
    return [0, this.tokens.length];
  }

  /** Start of the clause holding mention `m`, skipping an opening comma. */
  clauseStartOf(m: Mention): number {
    let i = this.clauseOf(m.from)[0];
    for (let j = m.from - 1; j > i; j--) if (this.w(j) === ',') return j + 1;
    return i;
  }

  /** True when a mention only points back ("such information", "these partners"). */
  pointsBack(m: Mention): boolean {
    return POINTS_BACK.has(this.w(m.from));
  }

  /** True when the word ending at token `to` is a possessive ("partners'", "Google's"). */
  possessive(to: number): boolean {
    return this.w(to) === "'" || this.w(to - 1).endsWith("'s");
  }

  /** True when a relative clause follows data mention `m`: "the information (that) we collect". */
  relativeClauseAfter(m: Mention): boolean {
    const w = this.w(m.to);
    return RELATIVE.has(w) || w === 'we' || w === 'you' || w === 'they';
  }

  /** True when action `v` opens a relative clause or an aside: "information (that) you provide", "(which provides ...)". */
  relativeClause(v: Mention): boolean {
    if (this.aside(v.from)) return true;
    // A reduced relative: "information collected from cookies", "insights derived from your activity".
    const participle = /ed$|^(?:sold|sent|given|held|kept|made|read|seen|shown|taken|known|found|built|paid|told)$/.test(this.w(v.from));
    const before = this.tokens[v.from - 1];
    if (participle && before && /[\p{L}]/u.test(before.w) && !NOT_NOUN.has(before.w) && !/ly$/.test(before.w)) return true;
    let j = v.from - 1;
    while (j >= 0 && (MODAL_OR_ADVERB.has(this.w(j)) || /ly$/.test(this.w(j)))) j--;
    const w = this.w(j);
    if (RELATIVE.has(w) && w !== 'that') return true;
    if (w !== 'you' && w !== 'we' && w !== 'they' && !RELATIVE.has(w)) return false;
    const k = RELATIVE.has(w) ? j : RELATIVE.has(this.w(j - 1)) ? j - 1 : j;
    return this.mentions.some((m) => m.cls === 'data' && m.to === k);
  }
}

const NONE: readonly Mention[] = [];

// Words after which a participle is a verb of its clause, not a reduced relative.
const NOT_NOUN = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'get', 'gets', 'got', 'not', 'never', 'also', 'we', 'you', 'they', 'it', 'he', 'she', 'and', 'or', 'may', 'will', 'can', 'could', 'would', 'might', 'must', 'shall', 'should', 'to', 'who', 'which', 'that']);

/** Words that make a data or recipient mention point back at something named before. */
const POINTS_BACK = new Set(['such', 'this', 'that', 'these', 'those', 'said', 'same', 'aforementioned', 'above']);
const MODAL_OR_ADVERB = new Set(['may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'also', 'choose', 'to', 'otherwise', 'directly']);
