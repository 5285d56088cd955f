/**
 * Shared types of the PolicyLens engine. Everything here is plain data so it can cross
 * the extension's message boundary and be written to IndexedDB or printed by the CLI.
 */

import type { Practice } from './practice/types';

export type { Practice } from './practice/types';

/** The 18 categories of `taxonomy.md`. */
export const CATEGORIES = [
  'data-sale',
  'advertiser-sharing',
  'tracking',
  'do-not-track',
  'contacts-access',
  'location',
  'data-combination',
  'sensitive-data',
  'communications-access',
  'business-transfer',
  'government-access',
  'international-transfer',
  'retention',
  'security',
  'user-rights',
  'choice',
  'policy-changes',
  'children',
] as const;

/** One taxonomy category. */
export type Category = (typeof CATEGORIES)[number];

/** What a clause commits the service to: bad (`risk`) or good (`protection`) for the user. */
export type Stance = 'risk' | 'protection';

/** A label as written in the taxonomy, e.g. `data-sale:risk`. */
export type Label = `${Category}:${Stance}`;

/** How much a finding matters to the score: lead risks are `high`. */
export type Severity = 'high' | 'medium' | 'low';

/** The labels the product leads with (taxonomy "The three the product leads with"). */
export const LEAD_RISKS: readonly Label[] = [
  'data-sale:risk',
  'advertiser-sharing:risk',
  'do-not-track:risk',
  'contacts-access:risk',
];

/** Result of the cheap page detector. */
export interface Detection {
  isPolicy: boolean;
  /** 0..1 */
  confidence: number;
  /** Human-readable cues that produced the verdict, cheapest first. */
  reasons: string[];
}

/** A block of extracted text: a heading, a paragraph or a list item. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  /** Heading level 1..6 for headings, 0 otherwise. */
  level: number;
  /** Offset of the block's first character in `Extracted.text`. */
  start: number;
  end: number;
  /** For a table cell, its column's header: it gives the cell its meaning, as a lead-in does a list item's. */
  lead?: string;
}

/** The readable content of a page. */
export interface Extracted {
  title: string;
  lang: string;
  /** Blocks joined by "\n\n"; every offset in the engine points into this string. */
  text: string;
  blocks: TextBlock[];
  /** `readability` when Readability parsed the page, `fallback` when the page's main text was used. */
  method: 'readability' | 'fallback' | 'text';
}

/** A sentence or clause of the extracted text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the block it comes from. */
  block: number;
  /** Text of the nearest heading above it ("" if none): section context for the rules. */
  heading: string;
  /** First sentence of its paragraph (context for "In this paragraph about advertisers..."). */
  lead: string;
  /** A list item: `lead` is the sentence that introduces the list, and gives the item its meaning. */
  listItem?: boolean;
}

/** One labelled clause, with the evidence sentence and the rule that produced it. */
export interface Finding {
  label: Label;
  category: Category;
  stance: Stance;
  severity: Severity;
  /** The evidence sentence, verbatim from the extracted text. */
  text: string;
  start: number;
  end: number;
  /** 0..1 */
  confidence: number;
  /**
   * What produced the finding: a rule id (`do-not-track/ignores-signal`) or a row of the label table
   * (`table/shares-with-advertisers`): explainability.
   */
  rule: string;
  /** For a table row: the index in `Analysis.practices` of the practice the row read. */
  practice?: number;
}

/** Letter grades; `?` = not enough information. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | '?';

/** How one finding moved the score. */
export interface Contribution {
  label: Label;
  points: number;
}

/** Score of a policy, with every finding's contribution visible. */
export interface ScoreResult {
  /** 0..100, null when there is not enough information. */
  score: number | null;
  grade: Grade;
  verdict: string;
  contributions: Contribution[];
}

/** Per-category weights chosen by the user (1 = default, 0 = ignore). */
export type CategoryWeights = Partial<Record<Category, number>>;

/** Complete result for one page. */
export interface Analysis {
  engineVersion: string;
  title: string;
  lang: string;
  detection: Detection;
  findings: Finding[];
  /** The data practices read from the policy: who does what with which data, for whom (lib/practice). */
  practices: Practice[];
  /** Set when the text is clearly not English: the engine read nothing, and says so. */
  language?: { code: string; name: string };
  /** The sentence of each practice, by its start offset (the data-flow view quotes and finds it in the page). */
  evidence?: Record<number, string>;
  score: ScoreResult;
  /** Characters of extracted text (0 = nothing readable). */
  textLength: number;
  /** Time spent in the engine, milliseconds. */
  ms: number;
}
