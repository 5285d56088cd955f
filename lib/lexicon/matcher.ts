import type { Token } from '../practice/tokens';
import { termSlots, type Slot } from './expand';
import type { ConceptClass, Lexicon, Mention } from './types';

interface Payload {
  cls: ConceptClass;
  id: string;
  form: Mention['form'];
  sense?: string;
  /** Entry order across all lexicons: the lower wins a tie on the same words. */
  rank: number;
  /** An entry's `not` phrase: cancels that entry's mentions it covers. */
  blocks: boolean;
}

/**
 * A node of the word trie. `eps` continues a term without reading a word (where a slot of
 * choices joins the rest of the term), a gap after skipping up to `max` words.
 */
interface Node {
  next: Map<string, Node>;
  eps: Node[];
  gaps: Array<{ max: number; node: Node }>;
  ends: Payload[];
}

const node = (): Node => ({ next: new Map(), eps: [], gaps: [], ends: [] });

/**
 * A node as matching reads it: the node with everything its `eps` edges reach folded in, so a
 * walk takes one step per word (most steps of the plain trie were epsilon hops).
 */
interface State {
  ends: Payload[];
  next: Map<string, State[]>;
  gaps: Array<{ max: number; to: State }>;
}

type Found = { p: Payload; from: number; to: number };

/**
 * Finds lexicon concepts in token streams. All terms of all lexicons share one word trie, so a
 * sentence costs one walk per token, as deep as the longest term that fits there.
 */
export class LexiconMatcher {
  private readonly root = node();
  private readonly start: State;

  constructor(lexicons: ReadonlyArray<Lexicon>) {
    let rank = 0;
    for (const lex of lexicons) {
      for (const e of lex.entries) {
        const add = (term: string, inflect: 'noun' | 'verb' | 'none', form: Mention['form'], blocks: boolean) =>
          this.insert(termSlots(term, inflect), { cls: lex.cls, id: e.id, form, rank, blocks, ...(e.sense ? { sense: e.sense } : {}) });
        for (const t of e.terms) add(t, e.inflect ?? 'noun', 'term', false);
        for (const t of e.nouns ?? []) add(t, 'noun', 'noun', false);
        for (const t of e.not ?? []) add(t, 'none', 'term', true);
        rank++;
      }
    }
    this.start = compile(this.root, new Map());
  }

  /** Adds a term slot by slot: a slot of several choices joins the rest of the term through one node. */
  private insert(slots: readonly Slot[], p: Payload): void {
    // Matching starts at a word, so an optional first slot makes two terms: with it and without it.
    const head = slots[0];
    if (head && !('gap' in head) && head.alts.some((a) => a.length === 0)) {
      if (slots.length > 1) this.insert(slots.slice(1), p);
      const words = head.alts.filter((a) => a.length > 0);
      if (words.length) this.insert([{ alts: words }, ...slots.slice(1)], p);
      return;
    }
    let frontier: Node[] = [this.root];
    for (const slot of slots) {
      if ('gap' in slot) {
        const join = node();
        for (const n of frontier) n.gaps.push({ max: slot.gap, node: join });
        frontier = [join];
        continue;
      }
      const only = slot.alts[0];
      if (frontier.length === 1 && slot.alts.length === 1 && only && only.length) {
        frontier = [path(frontier[0] as Node, only)];
        continue;
      }
      const join = node();
      for (const n of frontier) for (const alt of slot.alts) (alt.length ? path(n, alt) : n).eps.push(join);
      frontier = [join];
    }
    for (const end of frontier) {
      if (!end.ends.some((e) => e.id === p.id && e.cls === p.cls && e.blocks === p.blocks && e.form === p.form && e.sense === p.sense)) end.ends.push(p);
    }
  }

  /**
   * Every concept in `tokens`, left to right. Overlapping mentions keep the longest ("advertising
   * partners" is a recipient, not the purpose "advertising"); a `not` phrase cancels the mentions of
   * its entry that it covers.
   */
  find(tokens: readonly Token[]): Mention[] {
    const raw: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = this.start.next.get((tokens[i] as Token).w);
      if (first) for (const s of first) walk(s, tokens, i, i + 1, raw);
    }
    if (raw.length === 0) return [];
    dropNamedVerbs(raw, tokens);
    const blockers = raw.filter((m) => m.p.blocks);
    const live = blockers.length ? raw.filter((m) => !m.p.blocks && !blockers.some((b) => b.p.id === m.p.id && b.p.cls === m.p.cls && b.from <= m.from && b.to >= m.to)) : raw;
    // Longest first, then leftmost, then lexicon order: each kept mention shadows what it covers.
    live.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from || a.p.rank - b.p.rank);
    const kept: Found[] = [];
    for (const m of live) {
      // A same-class overlap, or a longer overlapping mention of another class, shadows `m`:
      // "information about your use" is data, not the action "use of". Equal spans of two classes
      // both stand. An action shadows nothing else ("let our sponsors contact you" keeps the
      // sponsors), and a condition or purpose never shadows an action ("if you choose to share").
      const shadowed = kept.some(
        (k) =>
          k.from < m.to &&
          m.from < k.to &&
          (k.p.cls === m.p.cls || (k.to - k.from > m.to - m.from && k.p.cls !== 'action' && !(m.p.cls === 'action' && (k.p.cls === 'condition' || k.p.cls === 'purpose')))),
      );
      if (!shadowed) kept.push(m);
    }
    kept.sort((a, b) => a.from - b.from || a.to - b.to);
    return kept.map(({ p, from, to }) => (p.sense ? { cls: p.cls, id: p.id, from, to, form: p.form, sense: p.sense } : { cls: p.cls, id: p.id, from, to, form: p.form }));
  }
}

/** The node reached from `n` by the words `words`, created as needed. */
function path(n: Node, words: readonly string[]): Node {
  let at = n;
  for (const w of words) {
    let child = at.next.get(w);
    if (!child) at.next.set(w, (child = node()));
    at = child;
  }
  return at;
}

/**
 * Drops actions spelled with a capital next to another capitalised word, inside a sentence not set
 * in title case: "Match Group companies" names a company, it does not match anything. Title-case
 * headings ("Information We Collect") and table cells ("Sold or shared: Yes") keep their verbs.
 */
function dropNamedVerbs(raw: Found[], tokens: readonly Token[]): void {
  if (!raw.some((m) => m.p.cls === 'action' && m.from > 0 && (tokens[m.from] as Token).cap)) return;
  let caps = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.mark || !/\p{L}/u.test(t.w)) continue;
    words++;
    if (t.cap) caps++;
  }
  if (caps * 2 > words) return;
  for (let i = raw.length - 1; i >= 0; i--) {
    const m = raw[i] as Found;
    const t = tokens[m.from] as Token;
    // A neighbour in capitals only ("device ID - Sold") is an acronym, not part of a name.
    const named = (t?: Token) => t !== undefined && t.cap && !t.acronym;
    const inName = named(tokens[m.from - 1]) || named(tokens[m.to]);
    if (m.p.cls === 'action' && t.cap && inName && m.from > 0 && !/^[.:;("\u201c\u2013\u2014]$/.test(tokens[m.from - 1]?.w ?? '')) raw.splice(i, 1);
  }
}

/** The state of node `n`: its own edges and ends with those of every node its `eps` edges reach. */
function compile(n: Node, done: Map<Node, State>): State {
  const known = done.get(n);
  if (known) return known;
  const state: State = { ends: [], next: new Map(), gaps: [] };
  done.set(n, state);
  const members = new Set<Node>();
  const reach = (m: Node): void => {
    if (members.has(m)) return;
    members.add(m);
    for (const e of m.eps) reach(e);
  };
  reach(n);
  for (const m of members) {
    for (const p of m.ends) if (!state.ends.includes(p)) state.ends.push(p);
    for (const [w, child] of m.next) {
      const to = compile(child, done);
      const list = state.next.get(w);
      if (!list) state.next.set(w, [to]);
      else if (!list.includes(to)) list.push(to);
    }
    for (const g of m.gaps) state.gaps.push({ max: g.max, to: compile(g.node, done) });
  }
  return state;
}

/** Collects every term end reachable from state `s`, whose words so far cover tokens [from, k). */
function walk(s: State, tokens: readonly Token[], from: number, k: number, out: Found[]): void {
  for (const p of s.ends) out.push({ p, from, to: k });
  const t = tokens[k];
  if (t !== undefined && s.next.size) {
    const targets = s.next.get(t.w);
    if (targets) for (const to of targets) walk(to, tokens, from, k + 1, out);
  }
  for (const gap of s.gaps) {
    for (let skip = 0; skip <= gap.max; skip++) {
      const after = tokens[k + skip];
      if (!after) break;
      walk(gap.to, tokens, from, k + skip, out);
      if (after.mark) break;
    }
  }
}
