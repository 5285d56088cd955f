import type { Mention, Recipient } from '../lexicon';
import { isTitleLine } from '../segment/bare-heading';
import { resolveRecipient, type PracticeContext } from './context';
import { BE, BETWEEN_BE, FROM, MAY, MUST, RELATIVE, TO, WE, WILL } from './grammar';
import type { SentenceView } from './sentence';
import type { Actor, ReadPractice } from './types';

// How far before "who"/"which" its antecedent may stand ("sponsors of contests you enter, who ...").
const ANTECEDENT_REACH = 10;
const DETERMINER = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'his', 'her', 'any', 'all', 'some', 'certain', 'other', 'such', 'these', 'those', 'each', 'of', 'including', 'like', 'as']);
// Nouns by which the service names itself as the one acting ("the app reads your contacts").
const SERVICE = new Set(['assistant', 'app', 'apps', 'application', 'applications', 'service', 'site', 'website', 'websites', 'platform', 'software', 'company', 'sdk', 'sdks', 'extension', 'device', 'devices']);

/**
 * How a recipient mention relates to the action, from the preposition just before it: it receives
 * (`to`), gives (`from`), acts in a passive (`by`), or stands bare (`subject`, or a listed or direct object).
 */
export function roleOf(v: SentenceView, m: Mention): 'to' | 'from' | 'by' | 'subject' {
  for (let j = m.from - 1; j >= Math.max(0, m.from - 3); j--) {
    const w = v.w(j);
    if (FROM.has(w)) return 'from';
    if (w === 'by') return 'by';
    if (TO.has(w)) return 'to';
    if (!DETERMINER.has(w)) break;
  }
  return 'subject';
}

// Words that open a noun phrase naming a thing ("the car", "our app"), not a person.
const SUBJECT_START = new Set(['the', 'this', 'these', 'those', 'a', 'an', 'each', 'every', 'its', 'our']);

// Words that may stand between "you" and the verb it is the subject of ("you may choose to share").
// Verbs of choosing hand their subject on: "you have opted in to receive", "you asked us to share".
const YOU_TO_VERB = new Set([
  'to', 'in', 'also', 'and', 'or', 'then', 'not', 'never', 'do', 'does', "don't", 'ever', 'have', 'has', 'had', 'us',
  'choose', 'chose', 'chosen', 'decide', 'decided', 'want', 'wanted', 'wish', 'wished', 'elect', 'elected', 'opt', 'opted',
  'agree', 'agreed', 'decline', 'declined', 'refuse', 'refused', 'ask', 'asked', 'like', 'prefer', 'preferred', 'consent', 'consented', 'allow', 'allowed', 'should',
  'stop', 'start', 'continue', 'keep', 'try', 'need', 'the', 'option', 'options', 'choice', 'opportunity', 'ability', 'chance',
]);

/** True when "you" before [from, to) is the subject of the verb at `to`, not of a verb of its own. */
function youAct(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = v.w(i);
    if (!YOU_TO_VERB.has(w) && !MAY.has(w) && !WILL.has(w) && !MUST.has(w) && !BE.has(w) && !BETWEEN_BE.has(w) && !w.endsWith('ly')) return false;
  }
  return true;
}

/** The subject of an active verb: the nearest actor word or recipient before it in its clause. */
// Words that join coordinated subjects ("advertisers and other partners").
const COORDINATING = new Set(['and', 'or', 'other', ',', 'and/or']);

export function actorOf(v: SentenceView, a: Mention, cs: number, done: readonly ReadPractice[], ctx: PracticeContext): Actor {
  let relative = false;
  for (let j = a.from - 1; j >= Math.max(cs, a.from - 12); j--) {
    // "videos from third-party sites, which may collect data": after a relative pronoun, the noun before it acts.
    if (RELATIVE.has(v.w(j))) {
      // "partners that collect", "sponsors of contests you enter, who may use": the noun before the
      // pronoun acts; "you acknowledge that Acme may rent": a named company, the service.
      const antecedent = v.mentions.filter((m) => m.cls === 'recipient' && m.to <= j && j - m.to <= ANTECEDENT_REACH).pop();
      if (antecedent) return antecedent.id as Recipient;
      if (v.w(j) === 'that') return 'we';
      relative = true;
    }
    if (relative) continue;
    const r = v.mentions.find((m) => m.cls === 'recipient' && m.to === j + 1 && roleOf(v, m) === 'subject');
    if (r) {
      if (v.pointsBack(r)) return resolveRecipient(ctx) ?? (r.id as Recipient);
      // "Advertisers and other partners may receive": of coordinated subjects, advertisers tell most.
      const joined = v.mentions.find((m) => m.cls === 'recipient' && m.id === 'advertisers' && m.to < r.from && r.from - m.to <= 3 && v.tokens.slice(m.to, r.from).every((t) => COORDINATING.has(t.w)));
      return joined ? 'advertisers' : (r.id as Recipient);
    }
    // Words inside a data phrase ("information about you") are no subject.
    if (v.inside(j, 'data')) continue;
    const w = v.w(j);
    if (WE.has(w) || SERVICE.has(w)) return 'we';
    // "you may choose to share": the user; "sponsors of the contests you enter may use": a relative clause, read on.
    if (w === 'you' && youAct(v, j + 1, a.from)) return 'user';
    if (w === 'you') continue;
    // "users may receive": users as the subject right before the verb (not "other members and users, and disclose").
    if ((w === 'users' || w === 'user') && (j + 1 === a.from || /^(?:may|can|will|might|could|must|should)$/.test(v.w(j + 1)))) return 'user';
    // An unresolved "they" is people (users, children), not a company.
    if (w === 'they') return resolveRecipient(ctx) ?? 'user';
    if (v.mentions.some((m) => m.cls === 'action' && m.to === j + 1)) return done[done.length - 1]?.actor ?? 'we';
    // "When you pair your phone, the car may download your contacts": a noun phrase after the comma is the subject.
    if (w === ',' && SUBJECT_START.has(v.w(j + 1))) return 'we';
  }
  return 'we';
}

/**
 * True when token `i` stands among receivers: a preposition of receiving before it, with only list
 * words and other nouns between ("with other users, including your friends and contacts").
 */
export function afterTo(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const w = v.w(j);
    // "access to your contacts" reads them; "provide us with your contacts" hands them over.
    if (TO.has(w)) return v.w(j - 1) !== 'access' && v.w(j - 1) !== 'us';
    if (w === '.' || w === ';' || w === ':') return false;
    if (v.inside(j, 'data', 'action')) return false;
  }
  return false;
}

/**
 * "share it with us", "provide us with", "send to us": the service receives. Not once another
 * recipient was named: "with companies under common control with us" describes them.
 */
export function toUs(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, v.tokens.length); i++) {
    if (v.mentions.some((m) => m.cls === 'recipient' && m.from >= from && m.to <= i)) return false;
    if (v.w(i) !== 'us') continue;
    if (i === from || TO.has(v.w(i - 1))) return true;
  }
  return false;
}

const PRONOUN = /^(?:them|these|those|it|him|her)$/;

// Verbs whose first object is the receiver: "give them your details", "provide them with".
const GIVES = /^(?:giv|gave|send|sent|provid|pass|suppl|furnish|offer)/;

/** "share it with them", "give them your details", "pass it on to these": a recipient named only by a pronoun. */
export function pronounRecipient(v: SentenceView, a: Mention, to: number): boolean {
  if ((v.w(a.to) === 'them' || v.w(a.to) === 'him' || v.w(a.to) === 'her') && GIVES.test(v.w(a.from))) return true;
  for (let i = a.to; i < Math.min(to, v.tokens.length) - 1; i++) {
    if (TO.has(v.w(i)) && PRONOUN.test(v.w(i + 1))) return true;
  }
  return false;
}

/** "share it", "sell them", "provide this to": an object that is only a pronoun (not "these technologies"). */
export function pronounObject(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 3); i++) {
    const w = v.w(i);
    if (w === 'it' || w === 'them') return true;
    if ((w === 'this' || w === 'these' || w === 'that') && (!/[\p{L}]/u.test(v.w(i + 1)[0] ?? '') || TO.has(v.w(i + 1)) || v.w(i + 1) === 'for')) return true;
  }
  return false;
}

/** "it may be shared", "they are never sold": a passive whose subject is only a pronoun. */
export function pronounSubject(v: SentenceView, from: number, at: number): boolean {
  let j = at - 1;
  while (j >= from && (BE.has(v.w(j)) || BETWEEN_BE.has(v.w(j)) || MAY.has(v.w(j)) || WILL.has(v.w(j)) || MUST.has(v.w(j)))) j--;
  const w = v.w(j);
  return j >= from && j < at - 1 && (w === 'it' || w === 'they' || w === 'this' || w === 'these');
}

// Words that make a line a clause of its own, not a fragment that takes its verb from a lead-in or heading.
const FINITE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'may', 'might', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'means', 'refers', 'includes', 'we', 'they', 'he', 'she', 'it', 'i', 'please']);
const FRAGMENT_WORDS = 40;
// A list item may run long with no verb of its own (a list of recipients with their examples).
const LIST_FRAGMENT_WORDS = 90;

/** A list item or table cell without a clause of its own ("Device ID, geolocation data"; "advertising partners, to show you offers"). */
export function isFragment(v: SentenceView, listItem = false): boolean {
  // A short line in title case ("Advertisers.", "Sponsors and Other Partners") is a sub-heading.
  if (isTitleLine(v.text)) return false;
  let words = 0;
  let subordinate = false;
  v.tokens.forEach((t, i) => {
    // An aside ("(you can view their policy at ...)") or a subordinate clause ("... so that they can
    // show you ads") does not make a cell a clause of its own.
    if (v.aside(i) || t.mark) return;
    if (SUBORDINATE_OPENERS.has(t.w)) subordinate = true;
    if (FINITE.has(t.w) && !subordinate) words = Number.POSITIVE_INFINITY;
    words++;
  });
  return words <= (listItem ? LIST_FRAGMENT_WORDS : FRAGMENT_WORDS);
}

const SUBORDINATE_OPENERS = new Set(['so', 'that', 'who', 'which', 'whom', 'whose', 'because', 'if', 'when', 'where', 'unless', 'to']);
