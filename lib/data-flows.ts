import { DATA_TYPE_NAMES, PURPOSE_NAMES, RECIPIENT_NAMES } from './labels';
import type { Practice } from './types';

/** One entry of the data-flow view: what flows, and the sentence that says so. */
export interface Flow {
  /** Stable key within the view. */
  key: string;
  what: string;
  /** Why or to whom, in words ("for marketing", "to advertisers and marketers"). */
  detail?: string;
  /** The evidence sentence (empty when the analysis has none, e.g. from an older cache). */
  text: string;
}

/** What a policy does with data, in three lists, each entry once, in document order. */
export interface DataFlows {
  collected: Flow[];
  shared: Flow[];
  sold: Flow[];
}

// Generic "personal information" says little beside named kinds of data: listed only when nothing else is.
const GENERIC = 'personal-info';

function add(list: Flow[], seen: Set<string>, flow: Flow): void {
  if (seen.has(flow.key)) return;
  seen.add(flow.key);
  list.push(flow);
}

/**
 * The data flows a policy states (not denied): what the service collects, who receives data and
 * why, and what is sold. Built from the engine's practices; each entry quotes its first sentence.
 */
export function dataFlows(practices: readonly Practice[], evidence: Readonly<Record<number, string>> = {}): DataFlows {
  const out: DataFlows = { collected: [], shared: [], sold: [] };
  const seen = new Set<string>();
  const textOf = (p: Practice): string => evidence[p.start] ?? '';
  const purposesOf = new Map<string, Set<string>>();
  for (const p of practices) {
    // A sale of the business is a business transfer, not a data flow of the service's own.
    if (p.negated || p.purpose === 'merger' || p.recipient === 'acquirer') continue;
    const named = p.data.filter((d) => d !== GENERIC);
    if (p.action === 'collect' && (p.actor === 'we' || p.recipient === 'we')) {
      for (const d of named) add(out.collected, seen, { key: `collected:${d}`, what: DATA_TYPE_NAMES[d], text: textOf(p), ...(p.source ? { detail: `from ${RECIPIENT_NAMES[p.source].toLowerCase()}` } : {}) });
    }
    if (p.action === 'share' && p.recipient && p.recipient !== 'we' && (p.actor === 'we' || p.actor === 'affiliates')) {
      // One entry per recipient; its purposes gather from every sentence ("for marketing, analytics").
      const key = `shared:${p.recipient}`;
      add(out.shared, seen, { key, what: RECIPIENT_NAMES[p.recipient], text: textOf(p) });
      if (p.purpose) (purposesOf.get(key) ?? purposesOf.set(key, new Set()).get(key))?.add(PURPOSE_NAMES[p.purpose]);
    }
    if (p.action === 'sell' && (p.actor === 'we' || p.actor === 'affiliates')) {
      const to = p.recipient && p.recipient !== 'we' ? `to ${RECIPIENT_NAMES[p.recipient].toLowerCase()}` : undefined;
      for (const d of named.length ? named : p.data) add(out.sold, seen, { key: `sold:${d}`, what: DATA_TYPE_NAMES[d], text: textOf(p), ...(to ? { detail: to } : {}) });
    }
  }
  for (const f of out.shared) {
    const why = purposesOf.get(f.key);
    if (why?.size) f.detail = `for ${[...why].join(', ')}`;
  }
  // "Personal information" is collected by nearly every policy: say so only if no kind of data is named.
  if (out.collected.length === 0) {
    const p = practices.find((x) => !x.negated && x.action === 'collect' && (x.actor === 'we' || x.recipient === 'we') && x.data.includes(GENERIC));
    if (p) out.collected.push({ key: `collected:${GENERIC}`, what: DATA_TYPE_NAMES[GENERIC], text: textOf(p) });
  }
  return out;
}
