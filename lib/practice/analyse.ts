import { isNegated, mayBeNegated } from '../classify/negation';
import { ACTION_WORD, CONCEPT_WORD, type Action, type Condition, type DataType, type Mention, type Purpose, type Recipient } from '../lexicon';
import { coordinated, exceptionAt, modalityOf, voiceOf } from './clauses';
import { inheritFromHeading, inheritFromLead, resolveData, resolveRecipient, type PracticeContext } from './context';
import { frameHits, rightsFrame } from './frames';
import { BE, BETWEEN_BE, COORD } from './grammar';
import { actorOf, afterTo, isFragment, pronounObject, pronounRecipient, pronounSubject, roleOf, toUs } from './roles';
import { SentenceView } from './sentence';
import type { Actor, ReadPractice } from './types';

export type { PracticeContext } from './context';

/** A sentence read for practices: its tokens and concepts, and the practices they make. */
export interface SentenceReading {
  view: SentenceView;
  practices: ReadPractice[];
}

// A sentence this short states one thing ("We don't collect or share personal information.").
const BRIEF_WORDS = 12;
const INNER_NEGATOR = new Set(['cannot', 'not', 'never', "can't", "don't", "doesn't", "won't"]);

// A contacts mention that names people (who may receive), not a list (which is data): "with your friends and contacts".
const PEOPLE = new Set(['contacts', 'friends', 'connections', 'followers', 'friend', 'person', 'people', 'else', 'participants', 'travellers', 'travelers', 'passengers', 'guests', 'attendees', 'members', 'relatives']);

// How far after a nominal action its data may stand ("the sale of your personal data").
const NOUN_REACH = 5;
// Conjunctions that open a subordinate clause: the object of a verb ends there ("if that's how you appear in their address book").
const SUBORDINATE = new Set(['if', 'when', 'whenever', 'because', 'unless', 'until', 'once', 'since', 'so', 'while', 'whereas']);

// How far after its verb a country may stand and still be where the data goes.
const ABROAD_REACH = 8;
// Verbs by which the user hands data to the service ("you can upload your address book").
const HANDS_OVER = /^(?:upload|sync|synchroni[sz]e|import|log|enter|record|submit)/;

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/**
 * Reads the practices of one sentence. `start`/`end` are the sentence's offsets in the extracted
 * text, copied onto every practice as its evidence.
 */
export function readSentence(text: string, start: number, end: number, ctx: PracticeContext): SentenceReading {
  const v = new SentenceView(text);
  const done: ReadPractice[] = [];
  const reading: SentenceReading = { view: v, practices: done };
  const { actions } = v;
  // A practice needs something a label row can read: data, a recipient, a purpose or a condition,
  // or a pronoun or brevity that lets the context supply them ("We never access them." under
  // "Contacts"). A sentence of bare verbs ("We use them to improve the site") is skipped whole.
  if (actions.length && !v.mentions.some((m) => m.cls !== 'action') && v.words > SHORT_WORDS && !v.tokens.some((t) => PRONOUNS.has(t.w))) return reading;
  // Most sentences have no negator and no frame: find out once.
  const mayNegate = actions.length > 0 && mayBeNegated(text);
  const frames = actions.length > 0 ? frameHits(v.tokens) : [];
  const conditionsOf = clauseConcepts(v, 'condition') as (clauseStart: number) => Condition[];
  const purposesOf = clauseConcepts(v, 'purpose') as (clauseStart: number) => Purpose[];

  // The object of action k runs to the next action that is neither coordinated with it
  // ("collect and share your data") nor a relative clause or aside inside the object.
  const objectEnd = (k: number, clauseEnd: number): number => {
    const a = actions[k] as Mention;
    const limit = Math.min(exceptionAt(v.tokens, a.to, clauseEnd), subordinateAt(v, a.to, clauseEnd), a.form === 'noun' ? a.to + NOUN_REACH : clauseEnd);
    for (let n = k + 1; n < actions.length; n++) {
      const next = actions[n] as Mention;
      if (next.from >= limit) break;
      if (coordinated(v.tokens, (actions[n - 1] as Mention).to, next.from) || v.relativeClause(next)) continue;
      return next.from;
    }
    return limit;
  };
  // Recipients likewise, but past an exception too (the exception's recipients are read apart), and
  // not into a comment on the whole ("..., which may result in messages from third parties").
  const recipientsEnd = (k: number, clauseEnd: number): number => {
    const a = actions[k] as Mention;
    const end = Math.min(clauseEnd, commentAt(v, a.to, clauseEnd));
    for (let n = k + 1; n < actions.length; n++) {
      const next = actions[n] as Mention;
      if (next.from >= end) break;
      if (coordinated(v.tokens, (actions[n - 1] as Mention).to, next.from) || v.relativeClause(next)) continue;
      return Math.max(a.to, next.from);
    }
    return end;
  };

  actions.forEach((a, k) => {
    const [cs, ce] = v.clauseOf(a.from);
    const head = v.tokens[a.from];
    const tail = v.tokens[a.to - 1];
    // "cannot see", "never receive": a term may carry its own negator.
    const negated = (mayNegate && head && tail ? isNegated(text, head.start, tail.end - head.start) : false) || answersNo(v, a.to, ce) || innerNegator(v, a);
    if (rightsFrame(v.tokens, frames, cs, a.from, negated) || adverbialUse(v, a) || (ctx.leadStatesRight && !negated)) return;
    const prev = actions[k - 1];
    const sharesSubject = prev !== undefined && coordinated(v.tokens, prev.to, a.from);
    // "is never bought or sold": a participle coordinated with a passive is passive too.
    const voice = sharesSubject && prev && voiceOf(prev, v.tokens, cs, v.mentions) === 'passive' && a.form === 'term' ? 'passive' : voiceOf(a, v.tokens, cs, v.mentions);
    const oEnd = objectEnd(k, ce);
    // Words inside a phrasal verb's gap are its objects: "make your data available", "let our sponsors contact you".
    const inner = a.from + 1;
    // A passive's subject starts after the verb before it, unless that verb sits in a relative clause
    // of the subject or shares the subject ("is never bought or sold").
    const subjectStart = prev && prev.to > cs && prev.to <= a.from && !sharesSubject && !v.relativeClause(prev) && voiceOf(prev, v.tokens, cs, v.mentions) !== 'passive' ? prev.to : cs;

    // Data: the object of a verb or noun, the subject of a passive ("your address book may be
    // uploaded") or of a noun ("your information is not for sale"), else what a relative clause points back to.
    let dataMentions = voice === 'passive' ? v.within(subjectStart, a.from, 'data') : v.within(inner, oEnd, 'data');
    // "share photos with your contacts": the contacts receive, they are not the data.
    if (a.id === 'share') dataMentions = dataMentions.filter((m) => !(m.id === 'contacts' && PEOPLE.has(v.w(m.to - 1)) && afterTo(v, m.from)));
    // A passive with no subject of its own ("Sold to advertisers: your email") reads what follows;
    // a table cell ("Precise geolocation | Sold: Yes") reads the row's first cells.
    if (dataMentions.length === 0 && voice === 'passive' && !v.tokens.slice(subjectStart, a.from).some((t) => /[\p{L}]/u.test(t.w) && !BE.has(t.w) && !BETWEEN_BE.has(t.w))) {
      dataMentions = v.within(a.to, oEnd, 'data');
      if (dataMentions.length === 0 && CELL_BREAK.has(v.w(a.from - 1))) dataMentions = v.within(0, a.from, 'data');
    }
    // "Your information is not for sale": the noun's subject, joined to it by "is" only.
    if (dataMentions.length === 0 && voice === 'noun') dataMentions = v.within(subjectStart, a.from, 'data').filter((m) => v.tokens.slice(m.to, a.from).every((t) => BE.has(t.w) || BETWEEN_BE.has(t.w) || t.w === 'for'));
    // "information we collect through cookies ... to create a profile of our users": a profile is made
    // of the clause's data before it ("a profile of your interests" names its subject, not its sources).
    if (a.sense === 'profile') dataMentions = v.within(cs, a.from, 'data');
    // "Information collected through cookies may be linked to your personal information": both sides are data.
    if (a.id === 'combine' && voice === 'passive') dataMentions = [...dataMentions, ...v.within(a.to, oEnd, 'data')];
    if (dataMentions.length === 0) dataMentions = v.within(subjectStart, a.from, 'data').filter((m) => m.to === a.from || v.relativeClauseAfter(m));
    let data = unique(dataMentions.filter((m) => !v.pointsBack(m)).map((m) => m.id as DataType));
    let dataFromContext = false;
    // "the information", "such data"; "their names" (people named before: "for other travellers, ... their names").
    // "share it", "it may be shared": a pronoun object, or the subject of a passive.
    const pronoun = pronounObject(v, a.to, oEnd) || (voice === 'passive' && pronounSubject(v, subjectStart, a.from));
    const pointsBack = dataMentions.some((m) => v.pointsBack(m) || v.w(m.from) === 'the' || v.w(m.from) === 'their') || pronoun;
    // "which could be considered a sale": the sale is the disclosure just before it.
    const restates = k > 0 && /^(?:which|this|that)$/.test(v.w(v.clauseStartOf(a))) ? done[done.length - 1] : undefined;
    if (restates && data.length === 0) data = restates.data;
    if ((pointsBack || data.length === 0) && (pronoun || data.every((d) => d === 'personal-info'))) {
      // "Your address book stays on your phone; we never copy it": first what this sentence named before.
      const before = unique(v.within(0, a.from, 'data').filter((m) => !v.pointsBack(m) && m.id !== 'personal-info').map((m) => m.id as DataType));
      const resolved = pointsBack && before.length ? before : pointsBack ? resolveData(done, ctx) : negated ? shortOnTopic(v, ctx) : [];
      if (resolved.length) {
        // "estimate it from your IP address": the pronoun's data, beside the source named.
        data = pronoun ? unique([...resolved, ...data.filter((d) => d !== 'personal-info')]) : resolved;
        dataFromContext = true;
      } else if (pointsBack && data.length === 0) data = ['personal-info'];
    }

    // Who acts, and who receives.
    const rEnd = recipientsEnd(k, ce);
    const around = v.within(inner, Math.min(exceptionAt(v.tokens, a.to, ce), rEnd), 'recipient').map((m) => ({ m, role: roleOf(v, m) }));
    const agent = voice === 'passive' ? around.find((r) => r.role === 'by')?.m.id : undefined;
    let actor: Actor = agent ? (agent as Recipient) : voice === 'verb' ? actorOf(v, a, cs, done, ctx) : 'we';
    // A recipient named as a possessive ("our ad partners' websites") is no recipient; a country is
    // where data goes only close to the verb ("transferred to the United States"), not a company's seat.
    const targets = around.filter((r) => !v.possessive(r.m.to) && (r.m.id !== 'abroad' || r.m.from - a.to <= ABROAD_REACH));
    let recipients: Array<Recipient | 'we'> = unique(
      targets.filter((r) => r.role === 'to' || r.role === 'subject').map((r) => (v.pointsBack(r.m) ? resolveRecipient(ctx, earlierRecipients(v, a)) ?? r.m.id : r.m.id) as Recipient),
    );
    let sourceOf = (targets.find((r) => r.role === 'from')?.m.id ?? v.within(cs, a.from, 'recipient').find((m) => roleOf(v, m) === 'from')?.id) as Recipient | undefined;
    let action = a.id as Action;
    if (restates?.recipient && recipients.length === 0 && restates.recipient !== 'we') recipients = [restates.recipient];
    // "marketing companies, to whom we may give your email address".
    const whom = recipients.length === 0 ? recipientBeforeWhom(v, a) : undefined;
    if (whom) recipients = [whom];
    // "We upload hashed email addresses to social media platforms": the service sending data out.
    if (action === 'collect' && actor === 'we' && targets.some((r) => r.role === 'to' && r.m.id !== 'abroad')) action = 'share';
    if (toUs(v, a.from + 1, rEnd)) recipients = ['we', ...recipients];
    if ((action === 'share' || action === 'sell') && recipients.length === 0 && pronounRecipient(v, a, rEnd)) {
      const r = resolveRecipient(ctx, earlierRecipients(v, a));
      if (r) recipients = [r];
    }
    // What the user hands over ("if you provide information about someone else", "you can upload your
    // address book") reaches the service; so does what a partner gives "to us".
    if (actor === 'user' && recipients.length === 0 && (action === 'share' || (action === 'collect' && HANDS_OVER.test(v.w(a.from))))) recipients = ['we'];
    if (action === 'share' && recipients[0] === 'we') {
      action = 'collect';
      // "Social networks may provide us with information about you": the service collects it from them.
      if (actor !== 'we' && actor !== 'user' && !sourceOf) {
        sourceOf = actor as Recipient;
        actor = 'we';
      }
    }
    // "combined with other information that our partners have access to", "profiles from your activity
    // on partner sites": combined with their data.
    if (action === 'combine' && !sourceOf) sourceOf = v.within(cs, ce, 'recipient').find((m) => roleOf(v, m) !== 'to')?.id as Recipient | undefined;
    if (action === 'collect') recipients = recipients.filter((r) => r === 'we');
    // Another company contacting the user has the user's details; the service contacting the user collects nothing.
    if (a.sense === 'reach' && (actor === 'we' || actor === 'user')) return;
    // "obtain credit reports": data from credit bureaus.
    if (action === 'collect' && !sourceOf) sourceOf = v.within(inner, oEnd, 'recipient').find((m) => m.id === 'data-brokers')?.id as Recipient | undefined;
    // "Data partners that purchase this information": a sale by the service to the buyer; what the
    // service buys it collects ("we may purchase data from data brokers"); what the user buys is commerce.
    if (a.sense === 'buy') {
      if (actor === 'user') return;
      if (actor === 'we') action = 'collect';
      else {
        recipients = [actor as Recipient];
        actor = 'we';
      }
    }

    const purposes = purposesOf(cs);
    let conditions = conditionsOf(cs);
    // "We share your personal information and non-personal information with advertisers": not aggregated-only.
    // Personal data named before the aggregates, or beside them ("both aggregated and personal data"),
    // is shared too; personal data named after, in an explanation ("which does not contain personal information"), is not.
    const agg = v.mentions.find((m) => m.cls === 'condition' && m.id === 'aggregated');
    const besideAggregates = (m: Mention) => agg !== undefined && (m.from < agg.from || joinedAfter(v, agg.to, m.from));
    if (conditions.includes('aggregated') && dataMentions.some((m) => m.sense === 'personal' && besideAggregates(m))) conditions = conditions.filter((c) => c !== 'aggregated');
    // Aggregates in the clause qualify this practice's data only where its data stands, or as a manner
    // ("in aggregated form"): not in a trailing purpose ("disclosed to sponsors ... for aggregated data analysis").
    const dataRegion: [number, number] = voice === 'passive' ? [subjectStart, a.from] : [a.to, oEnd];
    const aggregates = v.within(cs, ce, 'condition').filter((m) => m.id === 'aggregated');
    if (conditions.includes('aggregated') && aggregates.length && !aggregates.some((m) => isManner(v, m) || (m.from >= dataRegion[0] && m.to <= dataRegion[1]))) conditions = conditions.filter((c) => c !== 'aggregated');
    const excepted = specificException(v, a.to);
    const brief = v.words <= BRIEF_WORDS;
    const base: ReadPractice = {
      actor,
      action,
      data,
      ...(sourceOf ? { source: sourceOf } : {}),
      ...(purposes[0] ? { purpose: purposes[0] } : {}),
      ...(conditions[0] ? { condition: conditions[0] } : {}),
      negated,
      modality: modalityOf(v.tokens, cs, a.from),
      start,
      end,
      purposes,
      conditions,
      via: voice,
      dataFromContext,
      // Only a data phrase that points back ("the information", "such data"), not a bare "them".
      dataIsReference: dataMentions.some((m) => v.pointsBack(m) || v.w(m.from) === 'the'),
      excepted,
      brief,
      personal: dataMentions.some((m) => m.sense === 'personal'),
      ...(a.sense ? { sense: a.sense } : {}),
    };
    done.push(...(recipients.length ? recipients.map((r) => ({ ...base, recipient: r })) : [base]));
    // "We do not share it, except with our advertising partners": the exception is a practice of its own.
    const ex = exceptionAt(v.tokens, a.to, ce);
    if (negated && ex < ce) {
      for (const m of v.within(ex, ce, 'recipient')) if (roleOf(v, m) !== 'from' && roleOf(v, m) !== 'by') done.push({ ...base, negated: false, recipient: m.id as Recipient });
    }
  });

  if (actions.length === 0) done.push(...denialOfTopic(v, ctx, start, end), ...staysOnDevice(v, conditionsOf(0), start, end));
  if (actions.length === 0 && done.length === 0 && isFragment(v) && !ctx.leadStatesRight) {
    const conditions = conditionsOf(0);
    done.push(...(ctx.listItem ? inheritFromLead(v.mentions, conditions, ctx, start, end) : inheritFromHeading(v.mentions, conditions, ctx, start, end)));
    const fromSource = dataFromSource(v, conditions, start, end);
    if (done.length === 0) done.push(...fromSource);
    // "credit history information from credit bureaus" under "we collect:" names the source too.
    else if (fromSource[0]) for (const p of done) if (p.action === 'collect' && !p.source) p.source = fromSource[0].source;
  }
  return reading;
}

/** A verbless cell "Data from Facebook, including ... your friends list" names data collected from a source. */
function dataFromSource(v: SentenceView, conditions: Condition[], start: number, end: number): ReadPractice[] {
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
function denialOfTopic(v: SentenceView, ctx: PracticeContext, start: number, end: number): ReadPractice[] {
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
function staysOnDevice(v: SentenceView, conditions: Condition[], start: number, end: number): ReadPractice[] {
  const condition = conditions.find((c) => c === 'on-device' || c === 'encrypted');
  if (!condition) return [];
  const data = unique(v.mentions.filter((m) => m.cls === 'data' && m.id !== 'personal-info').map((m) => m.id as DataType));
  if (data.length === 0) return [];
  return [{ actor: 'we', action: 'collect', data, condition, negated: condition === 'on-device', modality: 'does', start, end, purposes: [], conditions, via: 'verb', dataFromContext: false, dataIsReference: false, excepted: false }];
}

/** "marketing companies, to whom we may give your email address": the recipient before "to whom". */
function recipientBeforeWhom(v: SentenceView, a: Mention): Recipient | undefined {
  for (let j = a.from - 1; j >= Math.max(0, a.from - 5); j--) {
    if (v.w(j) !== 'whom') continue;
    const r = v.mentions.filter((m) => m.cls === 'recipient' && m.to <= j).pop();
    return r && j - r.to <= 3 ? (r.id as Recipient) : undefined;
  }
  return undefined;
}

// Words by which a sentence may point at data or recipients named elsewhere.
const PRONOUNS = new Set(['it', 'them', 'this', 'these', 'those', 'such', 'they', 'which', 'that']);

const PRONOUN_WORD = new RegExp(String.raw`(?<![^\W_])(?:${[...PRONOUNS].join('|')})(?![^\W_])`, 'i');

// A sentence this short that names no data is about its heading's or lead-in's topic ("None is ever sold." under "Geolocation").
const SHORT_WORDS = 10;

/**
 * A cheap necessary condition for `readSentence` to find a practice in a sentence of its own (not
 * a list item, with no acting heading): an action word, and a concept word, a pronoun or few words.
 * It spares tokenising the many sentences that only use data ("We use it to improve the site").
 */
export function mayHoldPractice(text: string): boolean {
  return ACTION_WORD.test(text) && (CONCEPT_WORD.test(text) || PRONOUN_WORD.test(text) || fewWords(text));
}

// At most SHORT_WORDS words, counted from above: a space-separated chunk with a letter or digit holds at least one word.
function fewWords(text: string): boolean {
  let chunks = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) counted = false;
    else if (!counted && (c >= 128 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) {
      counted = true;
      if (++chunks > SHORT_WORDS) return false;
    }
  }
  return true;
}

/** The data of the heading or lead-in, for a short sentence that names none ("We don't do it."). */
function shortOnTopic(v: SentenceView, ctx: PracticeContext): DataType[] {
  if (v.words > SHORT_WORDS) return [];
  const fromLead = ctx.lead.flatMap((p) => p.data).filter((d) => d !== 'personal-info');
  if (fromLead.length) return unique(fromLead);
  return unique(ctx.heading.filter((m) => m.cls === 'data').map((m) => m.id as DataType));
}

/** Recipients named in the sentence before action `a` ("companies whose offers may interest you ... pass your details to them"). */
function earlierRecipients(v: SentenceView, a: Mention): Recipient[] {
  return v.within(0, a.from, 'recipient').filter((m) => !v.pointsBack(m)).map((m) => m.id as Recipient);
}

/** "collect information using cookies": a manner, not a practice of using. */
function adverbialUse(v: SentenceView, a: Mention): boolean {
  return a.id === 'use' && v.w(a.from) === 'using' && v.mentions.some((m) => (m.cls === 'data' || m.cls === 'recipient') && m.to === a.from);
}

// What separates the cells of a table row flattened to one line.
const CELL_BREAK = new Set(['|', '\u2013', '\u2014', '-']);
// How far past aggregated data another kind of data may stand and still be coordinated with it.
const JOIN_REACH = 10;
// Words that end a coordination: an explanation or a denial follows ("aggregated data, which does not include your name").
const NOT_JOINED = new Set(['which', 'that', 'who', 'not', 'no', 'never', 'without', 'excluding', 'except']);

/** "de-identified health data and, where permitted by law, your personal information": data coordinated after, not explained. */
function joinedAfter(v: SentenceView, from: number, to: number): boolean {
  if (to < from || to - from > JOIN_REACH) return false;
  let joined = false;
  for (let i = from; i < to; i++) {
    const w = v.w(i);
    if (NOT_JOINED.has(w) || v.w(i).endsWith("n't")) return false;
    if (w === 'and' || w === 'or') joined = true;
  }
  return joined;
}

// Words that make an aggregates phrase a manner of sharing ("in aggregate form", "on a de-identified basis").
const MANNER = new Set(['form', 'basis', 'manner', 'way', 'level']);
const isManner = (v: SentenceView, m: Mention): boolean => v.w(m.from) === 'in' || MANNER.has(v.w(m.to - 1)) || MANNER.has(v.w(m.to));

/**
 * Where ", which" opens a comment that runs to the end of the clause in [from, to), or `to`. One
 * closed by a comma is an aside inside it ("aggregate information, which cannot identify you, to advertisers").
 */
function commentAt(v: SentenceView, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) {
    if (v.w(i) !== ',' || v.w(i + 1) !== 'which' || v.aside(i)) continue;
    let j = i + 2;
    while (j < to && v.w(j) !== ',') j++;
    if (j >= to) return i;
    i = j - 1;
  }
  return to;
}

/** Where a subordinate clause opens in [from, to), or `to`. */
function subordinateAt(v: SentenceView, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    // "(when you are paying for Services) your credit card number": an aside ends nothing.
    if (v.aside(i)) continue;
    const w = v.w(i);
    if (SUBORDINATE.has(w) && !(w === 'so' && v.w(i + 1) === 'as')) return i;
    if (w === 'in' && v.w(i + 1) === 'order') return i;
  }
  return to;
}

// Words by which an exception only refers to the rest of the policy.
const REFERS_ON = new Set(['as', 'described', 'otherwise', 'set', 'provided', 'stated', 'outlined', 'explained', 'noted', 'below', 'above']);

/** "cannot see", "never receive": a term may carry its own negator. */
function innerNegator(v: SentenceView, a: Mention): boolean {
  for (let i = a.from; i < a.to; i++) if (INNER_NEGATOR.has(v.w(i))) return true;
  return false;
}

/**
 * True when an exception after token `from` names a case ("unless required by law", "except with
 * advertisers"), not merely the rest of the policy ("except as described in this policy").
 */
function specificException(v: SentenceView, from: number): boolean {
  const at = exceptionAt(v.tokens, from, v.tokens.length);
  if (at >= v.tokens.length) return false;
  for (let k = 1; k <= 3; k++) if (REFERS_ON.has(v.w(at + k))) return false;
  return true;
}

/** A table cell answering "Sold to third parties: No" denies the practice. */
function answersNo(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 8); i++) if (v.w(i) === ':' && v.w(i + 1) === 'no') return true;
  return false;
}

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
function clauseConcepts(v: SentenceView, cls: 'condition' | 'purpose'): (clauseStart: number) => string[] {
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
