import { isNegated, mayBeNegated } from '../classify/negation';
import type { Mention } from '../lexicon';
import type { SentenceView } from './sentence';
import { unique } from './unique';

// Consent named as the service's request, which a negator can deny ("we do not ask for your consent");
// consent named as a condition ("unless you opt in") is never denied by the clause it qualifies.
const ASKS = new Set(['ask', 'asks', 'asking', 'request', 'requests', 'requesting', 'seek', 'seeks', 'seeking', 'obtain', 'obtains', 'obtaining', 'get']);

/** True when a consent request's own words are negated in the sentence ("we do not ask for your consent"). */
function deniedMention(v: SentenceView, m: Mention): boolean {
  if (!ASKS.has(v.w(m.from))) return false;
  const head = v.tokens[m.from];
  const tail = v.tokens[m.to - 1];
  return head !== undefined && tail !== undefined && mayBeNegated(v.text) && isNegated(v.text, head.start, tail.end - head.start);
}

/**
 * Conditions or purposes by clause: a clause's own, plus those of a clause without a practice next
 * to it ("we share it with partners, but only if you opt in"; "for marketing purposes, we may share
 * it"): a condition binds the practice it qualifies, not every clause of the sentence ("if you
 * enable location we collect it, and we may share it").
 */
export function clauseConcepts(v: SentenceView, cls: 'condition' | 'purpose'): (clauseStart: number) => string[] {
  // Most sentences name none: then every clause has none, and nothing is worked out.
  if (v.ofClass(cls).length === 0) return () => [];
  let merged: string[][] | undefined;
  const mergeClauses = (): string[][] => {
    // A denied request for consent grants none: "we do not ask for your consent before sharing it".
    const own = v.bounds.map(([from, to]) => v.within(from, to, cls).filter((m) => !(m.id === 'consent' && deniedMention(v, m))).map((m) => m.id));
    const acts = v.bounds.map(([from, to]) => v.within(from, to, 'action').length > 0);
    const out = own.map((c) => [...c]);
    own.forEach((c, i) => {
      if (acts[i] || c.length === 0) return;
      let j = i - 1;
      while (j >= 0 && !acts[j]) j--;
      if (j < 0) {
        j = i + 1;
        while (j < acts.length && !acts[j]) j++;
      }
      if (j >= 0 && j < acts.length) out[j]?.push(...c);
    });
    return out;
  };
  const finish = (c: string[]): string[] => {
    const u = unique(c);
    // "in a non-personal manner, or in a personally identifiable manner": not aggregated-only.
    return u.includes('identifiable') ? u.filter((x) => x !== 'aggregated' && x !== 'identifiable') : u;
  };
  return (clauseStart) => {
    merged ??= mergeClauses();
    const i = v.bounds.findIndex(([from]) => from === clauseStart);
    return finish(i >= 0 ? (merged[i] ?? []) : merged.flat());
  };
}
