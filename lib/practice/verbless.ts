import type { Action, Condition, DataType, Recipient } from '../lexicon';
import type { PracticeContext } from './context';
import { SHORT_WORDS } from './may-hold';
import { roleOf } from './roles';
import type { SentenceView } from './sentence';
import type { ReadPractice } from './types';
import { unique } from './unique';

// Practices of sentences with no action of their own: a cell naming a source, a short denial of
// the topic, a statement of where data stays. Each is read from the sentence's words and its context.

/** A verbless cell "Data from Facebook, including ... your friends list" names data collected from a source. */
export function dataFromSource(v: SentenceView, conditions: Condition[], start: number, end: number): ReadPractice[] {
  const source = v.mentions.find((m) => m.cls === 'recipient' && roleOf(v, m) === 'from');
  const data = unique(v.mentions.filter((m) => m.cls === 'data' && (!source || m.from < source.from || m.from > source.to)).map((m) => m.id as DataType));
  if (!source || data.length === 0) return [];
  return [{ actor: 'we', action: 'collect', data, source: source.id as Recipient, negated: false, modality: 'does', start, end, purposes: [], conditions, via: 'heading', dataFromContext: false, dataIsReference: false, excepted: false }];
}

const DENIAL_MAX = 6;
// Words a short denial is made of: "No.", "We don't do it.", "Never."
const DENIAL_WORDS = new Set(['no', 'never', 'not', 'none', 'we', 'do', "don't", 'does', "doesn't", 'it', 'this', 'that', 'so', 'ever', 'and', 'will', "won't", 'have', "haven't", 'did', "didn't", 'any']);
const NEGATORS = new Set(['no', 'never', 'not', 'none', "don't", "doesn't", "won't", "haven't", "didn't"]);

/**
 * "No." under the lead-in "Do we sell your information?", "We don't do it." under "Selling your
 * data": a short denial of the practice its lead-in or heading names.
 */
export function denialOfTopic(v: SentenceView, ctx: PracticeContext, start: number, end: number): ReadPractice[] {
  if (v.words > DENIAL_MAX) return [];
  const words = v.tokens.filter((t) => /[\p{L}\p{N}']/u.test(t.w));
  if (words.length === 0 || words.length > 6 || !words.every((t) => DENIAL_WORDS.has(t.w)) || !words.some((t) => NEGATORS.has(t.w))) return [];
  const topic = ctx.lead.length ? ctx.lead : headingPractice(ctx);
  return topic.map((p) => ({ ...p, negated: true, start, end, via: 'lead' as const }));
}

/** The practice a heading names ("Selling your data", "Do we share your location?"). */
function headingPractice(ctx: PracticeContext): ReadPractice[] {
  const action = ctx.heading.find((m) => m.cls === 'action');
  // "Sale of the business" names a deal, not a practice with the user's data.
  if (!action || ctx.heading.some((m) => m.cls === 'purpose' && m.id === 'merger')) return [];
  const data = unique(ctx.heading.filter((m) => m.cls === 'data').map((m) => m.id as DataType));
  return [{ actor: 'we', action: action.id as Action, data: data.length ? data : ['personal-info'], negated: false, modality: 'does', start: 0, end: 0, purposes: [], conditions: [], via: 'heading', dataFromContext: false, dataIsReference: false, excepted: false }];
}

/**
 * A verbless statement of where data is: "Your phonebook never leaves your device" (on the device,
 * so the service does not collect it), "Your messages are end-to-end encrypted" (out of its reach).
 */
export function staysOnDevice(v: SentenceView, conditions: Condition[], start: number, end: number): ReadPractice[] {
  const condition = conditions.find((c) => c === 'on-device' || c === 'encrypted');
  if (!condition) return [];
  const data = unique(v.mentions.filter((m) => m.cls === 'data' && m.id !== 'personal-info').map((m) => m.id as DataType));
  if (data.length === 0) return [];
  return [{ actor: 'we', action: 'collect', data, condition, negated: condition === 'on-device', modality: 'does', start, end, purposes: [], conditions, via: 'verb', dataFromContext: false, dataIsReference: false, excepted: false }];
}

/** The data of the heading or lead-in, for a short sentence that names none ("We don't do it."). */
export function shortOnTopic(v: SentenceView, ctx: PracticeContext): DataType[] {
  if (v.words > SHORT_WORDS) return [];
  const fromLead = ctx.lead.flatMap((p) => p.data).filter((d) => d !== 'personal-info');
  if (fromLead.length) return unique(fromLead);
  return unique(ctx.heading.filter((m) => m.cls === 'data').map((m) => m.id as DataType));
}
