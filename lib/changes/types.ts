/**
 * Data shapes of change tracking. A `PolicyVersion` is what the extension stores per policy URL
 * (a bounded history of them); a `PolicyDiff` is what it shows as "Changed since <date>".
 */
import type { Grade, Label } from '../types';

/** A finding as remembered: enough to show it again and to match it across versions. */
export interface StoredFinding {
  label: Label;
  /** The evidence sentence, cut to `MAX_FINDING_TEXT` characters. */
  text: string;
  /** `sentenceHash` of the full evidence sentence. */
  hash: string;
}

/** A compact fingerprint of one analysed version of a policy (no full text). */
export interface PolicyVersion {
  engineVersion: string;
  /** Epoch ms of the analysis that produced this fingerprint (the last time this text was seen). */
  analysedAt: number;
  /** Epoch ms when this same text was first seen (differs from `analysedAt` after re-visits). */
  firstSeenAt: number;
  /** Hash of all normalised sentences in document order: equal means nothing at all changed. */
  textHash: string;
  /** `sentenceHash` of each sentence in document order (capped at `MAX_SENTENCES`). */
  sentenceHashes: string[];
  findings: StoredFinding[];
  grade: Grade;
  score: number | null;
}

/** A sentence edited in place: removed and re-added with most of its words. */
export interface Rewording {
  oldHash: string;
  newHash: string;
  oldText: string;
  newText: string;
  /** Word overlap, 0..1 (shared words / words of the longer sentence). */
  overlap: number;
}

/** Sentences on one side of a diff: all are counted, texts are given where known. */
export interface SentenceDelta {
  count: number;
  /** Texts of those sentences whose text is known (capped), in document order where known. */
  texts: string[];
}

/** What changed between two versions of a policy. */
export interface PolicyDiff {
  /** False when only order, punctuation, case or whitespace changed (or nothing). */
  changed: boolean;
  /** The two versions were analysed by different engines: finding changes on untouched sentences are not reported. */
  engineChanged: boolean;
  /** `analysedAt` of the old version: the "<date>" of "Changed since <date>". */
  since: number;
  /** Findings (label + sentence) that are in the new version only. */
  newFindings: StoredFinding[];
  /** Findings (label + sentence) that are in the old version only. */
  lostFindings: StoredFinding[];
  /** Risk labels the document did not have before (most severe first; lead risks first). */
  newRisks: Label[];
  /** Protection labels the document no longer has (most important first). */
  lostProtections: Label[];
  /** Risk labels the document no longer has (good news). */
  lostRisks: Label[];
  /** Protection labels the document did not have before (good news). */
  newProtections: Label[];
  addedSentences: SentenceDelta;
  removedSentences: SentenceDelta;
  reworded: Rewording[];
  scoreBefore: number | null;
  scoreAfter: number | null;
  gradeBefore: Grade;
  gradeAfter: Grade;
  /** A new risk label, a lost protection label, or (same engine) a lower score. */
  worsened: boolean;
  /** A lost risk, a new protection, or (same engine) a higher score, and not worsened. */
  improved: boolean;
  /** One line for the UI, worst news first; "" when not changed. */
  headline: string;
}
