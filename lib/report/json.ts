/**
 * The machine-readable report: the CLI's JSON format (`npm run analyze -- --json`), plus the
 * analysis date, so a report saved from the extension and one printed by the CLI compare line by line.
 */
import type { Analysis, Category, Label, Severity, Stance } from '../types';
import type { ReportMeta } from './markdown';

/** One finding in the JSON report (the engine's `Finding` without its rule id). */
export interface JsonFinding {
  label: Label;
  category: Category;
  stance: Stance;
  severity: Severity;
  text: string;
  start: number;
  end: number;
  confidence: number;
}

/**
 * The JSON report, keys in this order. Same keys as the CLI's `--json` line (lib/cli/format.ts)
 * except that the CLI also prints `findings[].rule` and `textLength`; this adds `analysedAt`.
 */
export interface JsonReport {
  /** The analysed URL (or the CLI's input path). */
  input: string;
  isPolicy: boolean;
  detection: { confidence: number; reasons: string[] };
  title: string;
  score: number | null;
  grade: Analysis['score']['grade'];
  findings: JsonFinding[];
  engineVersion: string;
  ms: number;
  /** ISO 8601 date of the analysis ("" when `meta.analysedAt` is not a valid time). */
  analysedAt: string;
}

/**
 * Builds the JSON report of an analysis. Plain data: `JSON.stringify(toJsonReport(a, meta), null, 2)`.
 * @param analysis the engine's result
 * @param meta the policy's URL and when it was analysed
 */
export function toJsonReport(analysis: Analysis, meta: ReportMeta): JsonReport {
  const date = new Date(meta.analysedAt);
  return {
    input: meta.url,
    isPolicy: analysis.detection.isPolicy,
    detection: { confidence: analysis.detection.confidence, reasons: [...analysis.detection.reasons] },
    title: analysis.title,
    score: analysis.score.score,
    grade: analysis.score.grade,
    findings: analysis.findings.map(({ label, category, stance, severity, text, start, end, confidence }) => ({ label, category, stance, severity, text, start, end, confidence })),
    engineVersion: analysis.engineVersion,
    // Rounded like the CLI's `--json` output: sub-0.1 ms digits are noise.
    ms: Math.round(analysis.ms * 10) / 10,
    analysedAt: Number.isNaN(date.getTime()) ? '' : date.toISOString(),
  };
}
