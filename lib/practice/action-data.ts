import type { DataType, Mention } from '../lexicon';
import { resolveData, type PracticeContext } from './context';
import { BE, BETWEEN_BE } from './grammar';
import { afterTo, pronounObject, pronounSubject } from './roles';
import type { SentenceView } from './sentence';
import { CELL_BREAK } from './spans';
import type { ReadPractice } from './types';
import { unique } from './unique';
import { shortOnTopic } from './verbless';

/** Where an action's parts may stand: its voice, its clause, a passive's subject and the verb's object. */
export interface ActionSpan {
  voice: 'verb' | 'passive' | 'noun';
  clauseStart: number;
  subjectStart: number;
  /** First token after the verb's head: a phrasal verb's gap holds objects ("make your data available"). */
  inner: number;
  objectEnd: number;
}

// A contacts mention that names people (who may receive), not a list (which is data): "with your friends and contacts".
const PEOPLE = new Set(['contacts', 'friends', 'connections', 'followers', 'friend', 'person', 'people', 'else', 'participants', 'travellers', 'travelers', 'passengers', 'guests', 'attendees', 'members', 'relatives']);

/**
 * The data mentions an action is about: the object of a verb or noun, the subject of a passive
 * ("your address book may be uploaded") or of a noun ("your information is not for sale"), else
 * what a relative clause points back to.
 */
export function dataMentionsOf(v: SentenceView, a: Mention, at: ActionSpan): Mention[] {
  let dataMentions = at.voice === 'passive' ? v.within(at.subjectStart, a.from, 'data') : v.within(at.inner, at.objectEnd, 'data');
  // "share photos with your contacts": the contacts receive, they are not the data.
  if (a.id === 'share') dataMentions = dataMentions.filter((m) => !(m.id === 'contacts' && PEOPLE.has(v.w(m.to - 1)) && afterTo(v, m.from)));
  // A passive with no subject of its own ("Sold to advertisers: your email") reads what follows;
  // a table cell ("Precise geolocation | Sold: Yes") reads the row's first cells.
  if (dataMentions.length === 0 && at.voice === 'passive' && !v.tokens.slice(at.subjectStart, a.from).some((t) => /[\p{L}]/u.test(t.w) && !BE.has(t.w) && !BETWEEN_BE.has(t.w))) {
    dataMentions = v.within(a.to, at.objectEnd, 'data');
    if (dataMentions.length === 0 && CELL_BREAK.has(v.w(a.from - 1))) dataMentions = v.within(0, a.from, 'data');
  }
  // "Your information is not for sale": the noun's subject, joined to it by "is" only.
  if (dataMentions.length === 0 && at.voice === 'noun') dataMentions = v.within(at.subjectStart, a.from, 'data').filter((m) => v.tokens.slice(m.to, a.from).every((t) => BE.has(t.w) || BETWEEN_BE.has(t.w) || t.w === 'for'));
  // "information we collect through cookies ... to create a profile of our users": a profile is made
  // of the clause's data before it ("a profile of your interests" names its subject, not its sources).
  if (a.sense === 'profile') dataMentions = v.within(at.clauseStart, a.from, 'data');
  // "Information collected through cookies may be linked to your personal information": both sides are data.
  if (a.id === 'combine' && at.voice === 'passive') dataMentions = [...dataMentions, ...v.within(a.to, at.objectEnd, 'data')];
  if (dataMentions.length === 0) dataMentions = v.within(at.subjectStart, a.from, 'data').filter((m) => m.to === a.from || v.relativeClauseAfter(m));
  // "by selling ads, not your data": a contrasted phrase is what the action is not about.
  return dataMentions.filter((m) => v.w(m.from - 1) !== 'not');
}

/** What resolving an action's data needs beyond its words: its negation, a restated practice and the context. */
export interface DataContext {
  negated: boolean;
  /** The data of the practice a "which"/"this" clause restates ("which could be considered a sale"). */
  restated: DataType[] | undefined;
  done: ReadPractice[];
  ctx: PracticeContext;
}

/**
 * The data types of an action: those it names, or for a pronoun or a generic reference ("the
 * information", "such data", "share it") what this sentence, the previous one or the context named.
 */
export function resolveActionData(v: SentenceView, a: Mention, at: ActionSpan, dataMentions: Mention[], dc: DataContext): { data: DataType[]; dataFromContext: boolean } {
  const { negated, done, ctx } = dc;
  let data = unique(dataMentions.filter((m) => !v.pointsBack(m)).map((m) => m.id as DataType));
  let dataFromContext = false;
  // "the information", "such data"; "their names" (people named before: "for other travellers, ... their names").
  // "share it", "it may be shared": a pronoun object, or the subject of a passive.
  const pronoun = pronounObject(v, a.to, at.objectEnd) || (at.voice === 'passive' && pronounSubject(v, at.subjectStart, a.from));
  const pointsBack = dataMentions.some((m) => v.pointsBack(m) || v.w(m.from) === 'the' || v.w(m.from) === 'their') || pronoun;
  if (dc.restated && data.length === 0) data = dc.restated;
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
  return { data, dataFromContext };
}
