import type { Condition, DataType, Mention, Purpose, Recipient } from '../lexicon';
import type { ReadPractice } from './types';

/** What the sentences around a sentence say: references and list items are read from it. */
export interface PracticeContext {
  /** Practices of the sentence before, in the same section. */
  previous: readonly ReadPractice[];
  /** Practices of the sentence that introduces this one (a list's lead-in, or the paragraph's first sentence). */
  lead: readonly ReadPractice[];
  /** True for a list item: its lead-in gives it its action ("We may share your data with:" + "advertising partners"). */
  listItem: boolean;
  /** The list item's lead-in states a right ("You have the right to request that we disclose:"): the item names its object, not a practice. */
  leadStatesRight?: boolean;
  /** Concepts named in the section heading. */
  heading: readonly Mention[];
  /** Recipients the lead-in names even where it states no practice ("Advertisers: we work with advertisers who fund the service."). */
  leadRecipients?: readonly Recipient[];
  /** Who a heading is about when it names a field rather than a recipient ("Advertising" is about advertisers). */
  headingTopic?: Recipient;
}

// Headings that name a field of business rather than a recipient: practices under them concern its companies.
const HEADING_TOPICS: ReadonlyArray<{ words: ReadonlySet<string>; recipient: Recipient }> = [
  { words: new Set(['advertising', 'advertisements', 'ads', 'marketing', 'sponsors', 'sponsored', 'promotions', 'promotional']), recipient: 'advertisers' },
];

/** Who a heading is about when it names a field ("Advertising", "Marketing partners"). */
export function headingTopic(headingWords: readonly string[]): Recipient | undefined {
  return HEADING_TOPICS.find((t) => headingWords.some((w) => t.words.has(w)))?.recipient;
}

/** An empty context: a sentence read on its own. */
export const NO_CONTEXT: PracticeContext = { previous: [], lead: [], listItem: false, heading: [] };

const specific = (d: DataType) => d !== 'personal-info';

/**
 * What "such information", "it" or "them" stands for: the data of a practice read just before
 * (in this sentence, the sentence before, the lead-in), else the heading's data; only specific data
 * (not the generic "personal information") is worth resolving to.
 */
export function resolveData(sameSentence: readonly ReadPractice[], ctx: PracticeContext): DataType[] {
  // Not the sentence before: annotators and users read "such information" there as the last topic,
  // which is too loose a guess to raise a finding on (measured on the development policies).
  for (const group of [sameSentence, ctx.lead]) {
    for (let i = group.length - 1; i >= 0; i--) {
      const data = (group[i] as ReadPractice).data.filter(specific);
      if (data.length) return data;
    }
  }
  return [...new Set(ctx.heading.filter((m) => m.cls === 'data').map((m) => m.id as DataType))].filter(specific);
}

/** What "these partners", "they" or "them" stands for: the last recipient named before, else the heading's. */
export function resolveRecipient(ctx: PracticeContext, sameSentence: readonly Recipient[] = []): Recipient | undefined {
  // The most specific recipient named just before: "advertisers and other third parties ... these entities" are the advertisers.
  const fromPractices = (group: readonly ReadPractice[]): Recipient[] =>
    group.flatMap((p) => [...(p.recipient && p.recipient !== 'we' ? [p.recipient] : []), ...(p.actor !== 'we' && p.actor !== 'user' ? [p.actor] : [])]);
  for (const named of [sameSentence, fromPractices(ctx.previous), fromPractices(ctx.lead), ctx.leadRecipients ?? [], ctx.heading.filter((m) => m.cls === 'recipient').map((m) => m.id as Recipient)]) {
    const best = named.find((r) => r !== 'third-parties') ?? named[0];
    if (best) return best;
  }
  return ctx.headingTopic;
}

const ids = <T extends string>(mentions: readonly Mention[], cls: Mention['cls']): T[] => [...new Set(mentions.filter((m) => m.cls === cls).map((m) => m.id as T))];

/**
 * A list item without a verb takes its lead-in's practice, with the item's own recipients or data
 * filling what the lead-in left open: "We may share your data with:" + "advertising partners".
 */
export function inheritFromLead(mentions: readonly Mention[], conditions: Condition[], ctx: PracticeContext, start: number, end: number): ReadPractice[] {
  const recipients = ids<Recipient>(mentions, 'recipient');
  const data = ids<DataType>(mentions, 'data');
  const purposes = ids<Purpose>(mentions, 'purpose');
  const out: ReadPractice[] = [];
  for (const p of ctx.lead) {
    const own = {
      ...p,
      start,
      end,
      via: 'lead' as const,
      purposes: [...new Set([...purposes, ...p.purposes])],
      conditions: [...new Set([...conditions, ...p.conditions])],
    };
    own.purpose = own.purposes[0];
    own.condition = own.conditions[0];
    if (!own.purpose) delete own.purpose;
    if (!own.condition) delete own.condition;
    const open = !p.recipient || p.recipient === 'third-parties';
    if (recipients.length && open && (p.action === 'share' || p.action === 'sell')) {
      for (const r of recipients) out.push({ ...own, recipient: r, data: data.length ? data : p.data });
    } else if (data.length) out.push({ ...own, data });
    else if (purposes.length) out.push(own);
  }
  return out;
}

/**
 * A verbless line under a heading that names the practice ("Information we collect" + "Precise
 * location") is read as that practice.
 */
export function inheritFromHeading(mentions: readonly Mention[], conditions: Condition[], ctx: PracticeContext, start: number, end: number): ReadPractice[] {
  const action = ctx.heading.find((m) => m.cls === 'action');
  if (!action) return [];
  const sends = action.id === 'share' || action.id === 'sell';
  const data = ids<DataType>(mentions, 'data').filter(specific);
  let recipients = ids<Recipient>(mentions, 'recipient');
  // Under "Disclosure of information", a line naming recipients ("Advertising partners - to serve ads") is a disclosure to them.
  if (data.length === 0 && !(sends && recipients.length)) return [];
  // A table's next row ("Device ID, geolocation data") continues the recipient of the row before.
  if (recipients.length === 0) recipients = ctx.previous.filter((p) => p.via === 'heading' && p.recipient && p.recipient !== 'we').map((p) => p.recipient as Recipient);
  if (recipients.length === 0) recipients = ids<Recipient>(ctx.heading, 'recipient');
  const purposes = ids<Purpose>(mentions, 'purpose');
  const base: ReadPractice = {
    actor: 'we',
    action: action.id as ReadPractice['action'],
    data,
    negated: false,
    modality: 'does',
    start,
    end,
    purposes,
    conditions,
    via: 'heading',
    dataFromContext: false,
    dataIsReference: false,
    excepted: false,
    ...(purposes[0] ? { purpose: purposes[0] } : {}),
    ...(conditions[0] ? { condition: conditions[0] } : {}),
  };
  return recipients.length && sends ? [...new Set(recipients)].map((r) => ({ ...base, recipient: r })) : [base];
}
