import { isNegated, mayBeNegated } from '../classify/negation';
import type { Action, Condition, Mention, Purpose, Recipient } from '../lexicon';
import { dataMentionsOf, resolveActionData, type ActionSpan } from './action-data';
import { clauseConcepts } from './clause-concepts';
import { coordinated, exceptionAt, modalityOf, voiceOf } from './clauses';
import { inheritFromHeading, inheritFromLead, resolveRecipient, type PracticeContext } from './context';
import { frameHits, listUnderRight, rightsFrame } from './frames';
import { actorOf, isFragment, pronounRecipient, roleOf, toUs } from './roles';
import { PRONOUNS, SHORT_WORDS } from './may-hold';
import { SentenceView } from './sentence';
import { adverbialUse, answersNo, commentAt, connectedNetwork, labelledByData, recipientCell, earlierRecipients, innerNegator, isManner, joinedAfter, recipientBeforeWhom, specificException, subordinateAt } from './spans';
import type { Actor, ReadPractice } from './types';
import { unique } from './unique';
import { dataFromSource, denialOfTopic, staysOnDevice } from './verbless';

export type { PracticeContext } from './context';

/** A sentence read for practices: its tokens and concepts, and the practices they make. */
export interface SentenceReading {
  view: SentenceView;
  practices: ReadPractice[];
}

// A sentence this short states one thing ("We don't collect or share personal information.").
const BRIEF_WORDS = 12;


// How far after a nominal action its data may stand ("the sale of your personal data").
const NOUN_REACH = 5;

// How far after its verb a country may stand and still be where the data goes.
const ABROAD_REACH = 8;
// Verbs by which the user hands data to the service ("you can upload your address book").
const HANDS_OVER = /^(?:upload|sync|synchroni[sz]e|import|log|enter|record|submit)/;

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
    if (rightsFrame(v.tokens, frames, cs, a.from, negated) || listUnderRight(v.tokens, frames, a.from) || adverbialUse(v, a) || (ctx.leadStatesRight && !negated)) return;
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

    const span: ActionSpan = { voice, clauseStart: cs, subjectStart, inner, objectEnd: oEnd };
    const dataMentions = dataMentionsOf(v, a, span);
    // "which could be considered a sale": the sale is the disclosure just before it.
    const restates = k > 0 && /^(?:which|this|that)$/.test(v.w(v.clauseStartOf(a))) ? done[done.length - 1] : undefined;
    const { data, dataFromContext } = resolveActionData(v, a, span, dataMentions, { negated, restated: restates?.data, done, ctx });

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
    // A table row "Identifiers | Shared: Yes | Categories of third parties: advertising networks".
    if (recipients.length === 0 && (action === 'share' || action === 'sell') && voice === 'passive') recipients = recipientCell(v);
    // "We upload hashed email addresses to social media platforms": the service sending data out.
    if (action === 'collect' && actor === 'we' && targets.some((r) => r.role === 'to' && r.m.id !== 'abroad')) action = 'share';
    if (toUs(v, a.from + 1, rEnd)) recipients = ['we', ...recipients];
    if ((action === 'share' || action === 'sell') && recipients.length === 0 && pronounRecipient(v, a, rEnd)) {
      const r = resolveRecipient(ctx, earlierRecipients(v, a));
      if (r) recipients = [r];
    }
    // What the user hands over ("if you provide information about someone else", "you can upload your
    // address book") reaches the service; so does what a partner gives "to us".
    if (actor === 'user' && recipients.length === 0 && action === 'share') recipients = ['we'];
    // Syncing or uploading goes to the service whoever else the sentence names ("sync your contacts to see which friends are here").
    if (actor === 'user' && action === 'collect' && HANDS_OVER.test(v.w(a.from))) recipients = ['we'];
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
    // "combined with publicly available information": what data is combined with comes from there too.
    if (action === 'combine' && !sourceOf) sourceOf = (v.within(cs, ce, 'recipient').find((m) => roleOf(v, m) !== 'to') ?? v.within(a.to, ce, 'recipient').find((m) => m.id === 'data-brokers'))?.id as Recipient | undefined;
    if (action === 'collect') recipients = recipients.filter((r) => r === 'we');
    // Another company contacting the user has the user's details; the service contacting the user collects nothing.
    if (a.sense === 'reach' && (actor === 'we' || actor === 'user')) return;
    // "obtain credit reports": data from credit bureaus.
    if (action === 'collect' && !sourceOf) sourceOf = v.within(inner, oEnd, 'recipient').find((m) => m.id === 'data-brokers')?.id as Recipient | undefined;
    // "If you log in through your social media account, we may collect your name": data from that network.
    if (action === 'collect' && !sourceOf && actor === 'we') sourceOf = connectedNetwork(v);
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
  // A list item that only says what its data is used for ("Demographic data, such as age, used to
  // customise content;", "..., used to contact you") still names the data of its lead-in's practice.
  const usesOnly = ctx.listItem && actions.some((a) => v.w(a.from) === 'used') && actions.every((a) => a.id === 'use' || a.sense === 'reach');
  // A line labelled by its data ("Contacts: to let you invite friends", "Your contacts, so that you can
  // see who already plays" under "App permissions") names the data of its heading's or lead-in's practice.
  const labelled = actions.length > 0 && labelledByData(v) && !done.some((p) => p.negated);
  if ((usesOnly || labelled || (actions.length === 0 && done.length === 0)) && (labelled || isFragment(v, ctx.listItem)) && !ctx.leadStatesRight) {
    const conditions = conditionsOf(0);
    done.push(...(ctx.listItem ? inheritFromLead(v.mentions, conditions, ctx, start, end) : inheritFromHeading(v.mentions, conditions, ctx, start, end)));
    const fromSource = dataFromSource(v, conditions, start, end);
    if (done.length === 0) done.push(...fromSource);
    // "credit history information from credit bureaus" under "we collect:" names the source too.
    else if (fromSource[0]) for (const p of done) if (p.action === 'collect' && !p.source) p.source = fromSource[0].source;
  }
  return reading;
}

