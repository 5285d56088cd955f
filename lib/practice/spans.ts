import type { Mention, Recipient } from '../lexicon';
import { exceptionAt } from './clauses';
import type { SentenceView } from './sentence';

// Where a practice's parts stand in a sentence: the ends of its object and recipients, and the
// words around an action that change what it means.

const INNER_NEGATOR = new Set(['cannot', 'not', 'never', "can't", "don't", "doesn't", "won't"]);
// Conjunctions that open a subordinate clause: the object of a verb ends there ("if that's how you appear in their address book").
const SUBORDINATE = new Set(['if', 'when', 'whenever', 'because', 'unless', 'until', 'once', 'since', 'so', 'while', 'whereas']);

/** "marketing companies, to whom we may give your email address": the recipient before "to whom". */
export function recipientBeforeWhom(v: SentenceView, a: Mention): Recipient | undefined {
  for (let j = a.from - 1; j >= Math.max(0, a.from - 5); j--) {
    if (v.w(j) !== 'whom') continue;
    const r = v.mentions.filter((m) => m.cls === 'recipient' && m.to <= j).pop();
    return r && j - r.to <= 3 ? (r.id as Recipient) : undefined;
  }
  return undefined;
}

/** Recipients named in the sentence before action `a` ("companies whose offers may interest you ... pass your details to them"). */
export function earlierRecipients(v: SentenceView, a: Mention): Recipient[] {
  return v.within(0, a.from, 'recipient').filter((m) => !v.pointsBack(m)).map((m) => m.id as Recipient);
}

/** "collect information using cookies": a manner, not a practice of using. */
export function adverbialUse(v: SentenceView, a: Mention): boolean {
  return a.id === 'use' && v.w(a.from) === 'using' && v.mentions.some((m) => (m.cls === 'data' || m.cls === 'recipient') && m.to === a.from);
}

// What separates the cells of a table row flattened to one line.
export const CELL_BREAK = new Set(['|', '\u2013', '\u2014', '-']);
// How far past aggregated data another kind of data may stand and still be coordinated with it.
const JOIN_REACH = 10;
// Words that end a coordination: an explanation or a denial follows ("aggregated data, which does not include your name").
const NOT_JOINED = new Set(['which', 'that', 'who', 'not', 'no', 'never', 'without', 'excluding', 'except']);

/** "de-identified health data and, where permitted by law, your personal information": data coordinated after, not explained. */
export function joinedAfter(v: SentenceView, from: number, to: number): boolean {
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
export const isManner = (v: SentenceView, m: Mention): boolean => v.w(m.from) === 'in' || MANNER.has(v.w(m.to - 1)) || MANNER.has(v.w(m.to));

/**
 * Where ", which" opens a comment that runs to the end of the clause in [from, to), or `to`. One
 * closed by a comma is an aside inside it ("aggregate information, which cannot identify you, to advertisers").
 */
export function commentAt(v: SentenceView, from: number, to: number): number {
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
export function subordinateAt(v: SentenceView, from: number, to: number): number {
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
export function innerNegator(v: SentenceView, a: Mention): boolean {
  for (let i = a.from; i < a.to; i++) if (INNER_NEGATOR.has(v.w(i))) return true;
  return false;
}

/**
 * True when an exception after token `from` names a case ("unless required by law", "except with
 * advertisers"), not merely the rest of the policy ("except as described in this policy").
 */
export function specificException(v: SentenceView, from: number): boolean {
  const at = exceptionAt(v.tokens, from, v.tokens.length);
  if (at >= v.tokens.length) return false;
  for (let k = 1; k <= 3; k++) if (REFERS_ON.has(v.w(at + k))) return false;
  return true;
}

/** A table cell answering "Sold to third parties: No" denies the practice. */
export function answersNo(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + 8); i++) if (v.w(i) === ':' && v.w(i + 1) === 'no') return true;
  return false;
}

// Verbs by which a user's account elsewhere is tied to the service ("log in through your social media account").
const CONNECTS = new Set(['connect', 'connects', 'connected', 'connecting', 'link', 'links', 'linked', 'linking', 'log', 'logs', 'logged', 'logging', 'login', 'sign', 'signs', 'signed', 'signing', 'register', 'registers', 'registered', 'registering']);
const CONNECT_REACH = 6;

/** A social network the user signs in with or connects ("connect your account with a social network"), as a source. */
export function connectedNetwork(v: SentenceView): Recipient | undefined {
  for (const m of v.ofClass('recipient')) {
    if (m.id !== 'social-networks') continue;
    for (let i = m.from - 1; i >= Math.max(0, m.from - CONNECT_REACH); i--) if (CONNECTS.has(v.w(i))) return 'social-networks';
  }
  return undefined;
}

// Words that make a table cell's label name who receives the row's data ("Categories of third parties:", "Disclosed to:").
const RECIPIENT_LABELS = new Set(['recipients', 'recipient', 'parties', 'to', 'with']);

/** The recipients in a table cell labelled as such ("| Categories of third parties: advertising networks |"). */
export function recipientCell(v: SentenceView): Recipient[] {
  if (!v.tokens.some((t) => t.w === '|')) return [];
  let cell = 0;
  for (let i = 0; i < v.tokens.length; i++) {
    const w = v.w(i);
    if (w === '|') cell = i + 1;
    if (w !== ':' || !v.tokens.slice(cell, i).some((t) => RECIPIENT_LABELS.has(t.w))) continue;
    let end = i + 1;
    while (end < v.tokens.length && v.w(end) !== '|') end++;
    return v.within(i + 1, end, 'recipient').map((m) => m.id as Recipient);
  }
  return [];
}

// Marks that end a line's label ("Contacts: ...", "Location - ...", "Your contacts, so that ...").
const LABEL_ENDS = new Set([':', '|', '-', '\u2013', '\u2014', ',']);

/** True when the line opens with a data type as its label: "Contacts: to let you invite friends". */
export function labelledByData(v: SentenceView): boolean {
  const first = v.mentions[0];
  if (!first || first.cls !== 'data' || first.id === 'personal-info') return false;
  const start = v.w(0) === 'your' ? 1 : 0;
  return first.from === start && LABEL_ENDS.has(v.w(first.to));
}
