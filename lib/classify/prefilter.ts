/**
 * The shared word-level prefilter: the literals every rule needs (derived from its regexes by
 * prefilter-literals.ts) go into one Aho-Corasick automaton, each sentence is read once, one
 * table step per character, and a rule runs only when each of its clauses saw one of its
 * literals. The rules it rules out would each have scanned the sentence with a regex.
 */
import { clauseKey, type Clause, type Requirement } from './prefilter-literals';

// Symbols: word characters as the non-Unicode regexes see them ([A-Za-z0-9_], case folded) are
// 0..36; every other character is the boundary symbol 37, written '#' in literals.
const SEP = 37;
const WIDTH = 38;
const SYMBOL = new Int8Array(128).fill(SEP);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[a-z]/.test(ch)) SYMBOL[c] = c - 97;
  else if (/[A-Z]/.test(ch)) SYMBOL[c] = c - 65;
  else if (/[0-9]/.test(ch)) SYMBOL[c] = 26 + c - 48;
  else if (ch === '_') SYMBOL[c] = 36;
}

function symbolOf(code: number): number {
  return code < 128 ? (SYMBOL[code] ?? SEP) : SEP;
}

/**
 * What a rule needs: every clause of `all`, and for each choice of `anyOf`, every clause of one
 * of its branches (a pattern `A|B` needs A's literals or B's).
 */
export interface Need {
  all: Requirement;
  anyOf: Requirement[][];
}

/**
 * A compiled prefilter. `register` the requirements first; then `scan(text)` marks the clauses
 * the text satisfies and `passes(handle)` tells whether every clause of a requirement holds.
 */
export class Prefilter {
  private clauseIds = new Map<string, number>();
  private clauses: Clause[] = [];
  /** Per requirement: its clause ids, most selective first, and its choices of branches. */
  private groups: Int32Array[] = [];
  private choices: Int32Array[][][] = [];
  /** Per clause: the tracked requirements whose most selective clause it is. */
  private firstOf: number[][] = [];
  private firstOfIds: Int32Array[] = [];
  /** Bit sets over tracked handles: those with no clause (always live), and those live for the last text. */
  private alwaysBits: number[] = [];
  private alwaysAny = false;
  private liveBits = new Int32Array(0);
  private live = false;
  private ascii = true;
  private seen = new Int32Array(0);
  /** DFA: `delta[state * WIDTH + symbol]`; state 0 is the root. */
  private delta = new Int32Array(0);
  /** Clauses met on reaching a state: `outIds[outStart[s] .. outStart[s + 1])`. */
  private outStart = new Int32Array(0);
  private outIds = new Int32Array(0);
  private start = 0;
  private generation = 0;
  private built = false;

  /**
   * Registers a requirement (clauses of literals, most selective first); returns its handle for
   * `passes`. A `tracked` requirement is also listed by `nextLive` when its most selective clause
   * is in the text (handles are numbered from 0 in registration order).
   */
  register(need: Need | Requirement, tracked = false): number {
    if (this.built) throw new Error('prefilter: register after the first scan');
    const { all, anyOf } = Array.isArray(need) ? { all: need, anyOf: [] } : need;
    const ids = [...new Set(all.map((c) => this.clauseId(c)))];
    this.groups.push(Int32Array.from(ids));
    this.choices.push(anyOf.map((branches) => branches.map((b) => Int32Array.from(b.map((c) => this.clauseId(c))))));
    const handle = this.groups.length - 1;
    if (tracked) {
      const first = ids[0];
      if (first === undefined) {
        this.alwaysBits[handle >>> 5] = (this.alwaysBits[handle >>> 5] ?? 0) | (1 << (handle & 31));
        this.alwaysAny = true;
      } else (this.firstOf[first] ??= []).push(handle);
    }
    return handle;
  }

  private clauseId(clause: Clause): number {
    const key = clauseKey(clause);
    let id = this.clauseIds.get(key);
    if (id === undefined) {
      id = this.clauses.length;
      this.clauseIds.set(key, id);
      this.clauses.push(clause);
    }
    return id;
  }

  // Builds the automaton once every requirement is known: a trie of the literals, then the
  // failure links folded into a full transition table (breadth first).
  private build(): void {
    this.built = true;
    const next: number[] = [];
    const out: number[][] = [];
    const newState = (): number => {
      for (let s = 0; s < WIDTH; s++) next.push(-1);
      out.push([]);
      return out.length - 1;
    };
    newState();
    this.clauses.forEach((clause, id) => {
      for (const lit of clause) {
        let state = 0;
        for (const ch of lit) {
          const sym = ch === '#' ? SEP : symbolOf(ch.charCodeAt(0));
          if (sym === SEP && ch !== '#') throw new Error(`prefilter: bad literal "${lit}"`);
          const k = state * WIDTH + sym;
          if ((next[k] ?? -1) < 0) next[k] = newState();
          state = next[k] ?? 0;
        }
        out[state]?.push(id);
      }
    });
    const fail = new Array<number>(out.length).fill(0);
    const queue: number[] = [];
    for (let sym = 0; sym < WIDTH; sym++) {
      const child = next[sym] ?? -1;
      if (child < 0) next[sym] = 0;
      else queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] ?? 0;
      // A state also ends every literal its failure state ends.
      const f = fail[state] ?? 0;
      for (const id of out[f] ?? []) if (!out[state]?.includes(id)) out[state]?.push(id);
      for (let sym = 0; sym < WIDTH; sym++) {
        const k = state * WIDTH + sym;
        const child = next[k] ?? -1;
        const viaFail = next[f * WIDTH + sym] ?? 0;
        if (child < 0) next[k] = viaFail;
        else {
          fail[child] = viaFail;
          queue.push(child);
        }
      }
    }
    this.delta = Int32Array.from(next);
    this.outStart = new Int32Array(out.length + 1);
    const flat: number[] = [];
    out.forEach((ids, s) => {
      this.outStart[s] = flat.length;
      flat.push(...ids);
    });
    this.outStart[out.length] = flat.length;
    this.outIds = Int32Array.from(flat);
    this.seen = new Int32Array(this.clauses.length);
    this.firstOfIds = this.clauses.map((_, id) => Int32Array.from(this.firstOf[id] ?? []));
    this.liveBits = new Int32Array((this.groups.length >>> 5) + 1);
    // The text starts after a virtual boundary.
    this.start = this.delta[SEP] ?? 0;
  }

  /** Marks the clauses `text` satisfies; `passes` answers for this text until the next scan. */
  scan(text: string): void {
    if (!this.built) this.build();
    if (this.generation >= 0x7fffffff) {
      // The marks are 32-bit: start the generations over before they would wrap.
      this.seen.fill(0);
      this.generation = 0;
    }
    const gen = ++this.generation;
    const { delta, outStart, outIds, seen, firstOfIds, liveBits } = this;
    for (let w = 0; w < liveBits.length; w++) liveBits[w] = this.alwaysBits[w] ?? 0;
    let live = this.alwaysAny;
    let ascii = true;
    let state = this.start;
    // One more boundary after the end of the text (a space); the start state's own literals first.
    for (let i = -1; i <= text.length; i++) {
      if (i >= 0) {
        const code = i < text.length ? text.charCodeAt(i) : 32;
        let sym = SEP;
        if (code < 128) sym = SYMBOL[code] as number;
        else ascii = false;
        state = delta[state * WIDTH + sym] as number;
      }
      for (let k = outStart[state] as number, to = outStart[state + 1] as number; k < to; k++) {
        const id = outIds[k] as number;
        if (seen[id] !== gen) {
          seen[id] = gen;
          const hs = firstOfIds[id] as Int32Array;
          for (let j = 0; j < hs.length; j++) {
            const h = hs[j] as number;
            liveBits[h >>> 5] = (liveBits[h >>> 5] as number) | (1 << (h & 31));
            live = true;
          }
        }
      }
    }
    this.live = live;
    this.ascii = ascii;
  }

  /** True when every clause of requirement `handle` was satisfied by the last scanned text. */
  passes(handle: number): boolean {
    const ids = this.groups[handle];
    if (!ids) return true;
    if (!this.allSeen(ids)) return false;
    const choices = this.choices[handle] as Int32Array[][];
    for (let c = 0; c < choices.length; c++) {
      const branches = choices[c] as Int32Array[];
      let any = false;
      for (let b = 0; b < branches.length && !any; b++) any = this.allSeen(branches[b] as Int32Array);
      if (!any) return false;
    }
    return true;
  }

  private allSeen(ids: Int32Array): boolean {
    for (let k = 0; k < ids.length; k++) if (this.seen[ids[k] as number] !== this.generation) return false;
    return true;
  }

  /** True when the last scanned text held only ASCII characters (false before any scan). */
  asciiOnly(): boolean {
    return this.generation > 0 && this.ascii;
  }

  /** False when no tracked requirement can pass on the last scanned text. True before any scan. */
  anyLive(): boolean {
    return this.generation === 0 || this.live;
  }

  /**
   * The first tracked handle from `from` on whose most selective clause the last scanned text
   * holds (so `passes` may be true), or -1. Every tracked handle before the first scan.
   */
  nextLive(from: number): number {
    const n = this.groups.length;
    for (let h = from; h < n; ) {
      if (this.generation === 0) return h;
      const word = (this.liveBits[h >>> 5] ?? 0) >>> (h & 31);
      if (word === 0) {
        h = ((h >>> 5) + 1) << 5;
        continue;
      }
      const next = h + (31 - Math.clz32(word & -word));
      return next < n ? next : -1;
    }
    return -1;
  }
}
