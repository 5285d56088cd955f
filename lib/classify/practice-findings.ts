import { MATCHER, type Mention, type Recipient } from '../lexicon';
import { readSentence } from '../practice/analyse';
import { mayHoldPractice } from '../practice/may-hold';
import { statesRight } from '../practice/frames';
import { headingTopic, type PracticeContext } from '../practice/context';
import { tokenize } from '../practice/tokens';
import type { Practice, ReadPractice } from '../practice/types';
import type { Category, Finding, Label, Sentence, Stance } from '../types';
import { normalize, severityOf } from './engine';
import { LABEL_TABLE, rowMatches, type LabelRow } from './label-table';

/** The categories the label table decides (data flows); the others keep dedicated rules. */
export const TABLE_CATEGORIES: ReadonlySet<Category> = new Set(LABEL_TABLE.map((r) => r.label.split(':')[0] as Category));

/** Practices of a page and the findings the label table draws from them. */
export interface PracticeResult {
  practices: Practice[];
  findings: Finding[];
}

/** The public shape of a practice (the fields `Practice` lists, nothing the table reads on the side). */
function publicPractice(p: ReadPractice): Practice {
  const { actor, action, data, recipient, source, purpose, condition, negated, modality, start, end } = p;
  return {
    actor,
    action,
    data,
    ...(recipient ? { recipient } : {}),
    ...(source ? { source } : {}),
    ...(purpose ? { purpose } : {}),
    ...(condition ? { condition } : {}),
    negated,
    modality,
    start,
    end,
  };
}

/**
 * Reads every sentence's practices in document order (so "such information" can be resolved from
 * the sentence before, and a list item from its lead-in), then applies the label table. A bare
 * heading gets no finding, but its practices still give context to the sentences under it.
 */
export function practiceFindings(sentences: readonly Sentence[], isBareHeading: (text: string) => boolean): PracticeResult {
  const practices: Practice[] = [];
  const findings: Finding[] = [];
  const byText = new Map<string, ReadPractice[]>();
  const headingMentions = memoHeading();
  let previous: ReadPractice[] = [];
  let lastHeading = '';
  for (const s of sentences) {
    if (s.heading !== lastHeading) previous = [];
    lastHeading = s.heading;
    const heading = headingMentions(s.heading);
    // Most sentences hold no practice: unless a lead-in or heading can give them one, or they are
    // short enough to deny the heading's practice, a cheap test tells (and they cost nothing more).
    if (!s.listItem && !heading.acts && !mayHoldPractice(s.text) && !mayStandAlone(s.text)) continue;
    const text = normalize(s.text);
    const lead = s.lead && s.lead !== s.text ? (byText.get(s.lead) ?? readLead(s.lead)) : [];
    const leadRecipients = s.lead && s.lead !== s.text ? recipientsOf(s.lead) : [];
    const leadStatesRight = s.listItem === true && rightLead(s.lead);
    const ctx: PracticeContext = { previous, lead, leadRecipients, listItem: s.listItem === true, leadStatesRight, heading: heading.mentions, ...(heading.topic ? { headingTopic: heading.topic } : {}) };
    const reading = readSentence(text, s.start, s.end, ctx);
    const read = reading.practices;
    byText.set(s.text, read);
    previous = read.length ? read : previous;
    // A list item or table cell is read with its lead-in even when it looks like a title ("Advertising providers").
    if (read.length === 0 || (!s.listItem && isBareHeading(text))) continue;
    // A practice goes out when it says something (data, a recipient or a source) or a finding reads it.
    const found = labelsOf(read, s);
    const index = new Map<number, number>();
    const referenced = new Set(found.map((f) => f.practice));
    read.forEach((p, i) => {
      if (p.data.length || p.recipient || p.source || referenced.has(i)) index.set(i, practices.push(publicPractice(p)) - 1);
    });
    for (const f of found) findings.push({ ...f, practice: index.get(f.practice as number) as number });
  }
  return { practices, findings };
}

/** A lead-in read on its own (when it was not read as a sentence of this page). */
function readLead(lead: string): ReadPractice[] {
  const text = normalize(lead);
  return readSentence(text, 0, text.length, { previous: [], lead: [], listItem: false, heading: [] }).practices;
}

// The labels each row's `suppress` cancels, spelled once.
const CANCELS = new Map<LabelRow, Label[]>(LABEL_TABLE.map((row) => [row, (row.suppress ?? []).map((stance) => `${row.label.split(':')[0]}:${stance}` as Label)]));
// The rows that can read a practice, by its action and then by whether it is denied: a practice is tested against its own rows only.
const ROWS_BY_ACTION = new Map<string, [LabelRow[], LabelRow[]]>();
for (const row of LABEL_TABLE) {
  for (const a of row.actions) {
    const byNegation = ROWS_BY_ACTION.get(a) ?? ROWS_BY_ACTION.set(a, [[], []]).get(a);
    byNegation?.[row.negated ? 1 : 0].push(row);
  }
}

/** The table's findings for one sentence's practices, each naming the index of its practice in `read`. */
function labelsOf(read: readonly ReadPractice[], s: Sentence): Finding[] {
  const hits = new Map<Label, { row: LabelRow; practice: number }>();
  read.forEach((p, i) => {
    // A row's `suppress` cancels the other stance of the same practice only: "we share it with
    // advertisers only if you opt in" is a protection; "we do not sell it for money, but we may
    // 'sell' it" keeps both clauses' stances.
    const own = (ROWS_BY_ACTION.get(p.action)?.[p.negated ? 1 : 0] ?? []).filter((row) => rowMatches(row, p));
    if (own.length === 0) return;
    const cancelled = new Set(own.flatMap((row) => CANCELS.get(row) ?? []));
    for (const row of own) if (!cancelled.has(row.label) && !hits.has(row.label)) hits.set(row.label, { row, practice: i });
  });
  const out: Finding[] = [];
  for (const [label, { row, practice }] of hits) {
    const [category, stance] = label.split(':') as [Category, Stance];
    out.push({ label, category, stance, severity: severityOf(label, stance), text: s.text, start: s.start, end: s.end, confidence: row.confidence ?? 0.75, rule: `table/${row.id}`, practice });
  }
  return out;
}

/** Remembers `compute` for the last key only: leads and headings repeat over runs of consecutive sentences. */
function lastKeyMemo<T>(compute: (key: string) => T): (key: string) => T {
  let last: string | undefined;
  let answer: T;
  return (key) => {
    if (key !== last) {
      last = key;
      answer = compute(key);
    }
    return answer;
  };
}

/** Recipients a lead-in names, remembered for the run of sentences under it. */
const recipientsOf = lastKeyMemo((lead): Recipient[] => MATCHER.find(tokenize(normalize(lead))).filter((m) => m.cls === 'recipient').map((m) => m.id as Recipient));

/** Whether a lead-in states a right, remembered for the run of items under it. */
const rightLead = lastKeyMemo((lead): boolean => statesRight(tokenize(normalize(lead))));

/** Heading concepts, remembered for the run of sentences under one heading. */
function memoHeading(): (heading: string) => { mentions: Mention[]; topic: Recipient | undefined; acts: boolean } {
  return lastKeyMemo((heading) => {
    const tokens = heading ? tokenize(normalize(heading)) : [];
    const mentions = MATCHER.find(tokens);
    return { mentions, topic: headingTopic(tokens.map((t) => t.w)), acts: mentions.some((m) => m.cls === 'action') };
  });
}

// A verbless sentence can still state a practice: a short denial ("No.", "None is ever sold.") or data kept on the device or encrypted.
const SHORT_TEXT = 60;
const STAYS = /(?:device|phone|computer|handset|encrypt\w*)/i;
const mayStandAlone = (text: string): boolean => text.length <= SHORT_TEXT || STAYS.test(text);
