import { labelTitle } from '../labels';
import { LEAD_RISKS, type Analysis, type Finding, type Practice } from '../types';

/** One line of `--json` output for an analysed input. */
export interface JsonResult {
  input: string;
  isPolicy: boolean;
  detection: { confidence: number; reasons: string[] };
  title: string;
  score: number | null;
  grade: string;
  findings: Array<Omit<Finding, 'rule'> & { rule: string }>;
  /** The data practices read from the text; a table finding's `practice` indexes this list. */
  practices: Practice[];
  textLength: number;
  engineVersion: string;
  ms: number;
}

/**
 * The `--json` object of an input (one line per input; score.mjs reads `input`, `isPolicy`
 * and `findings[].label/text`).
 * @param input the input as given on the command line
 * @param a its analysis
 * @param ms wall time for the input (read, parse and engine), milliseconds
 */
export function toJson(input: string, a: Analysis, ms: number): JsonResult {
  return {
    input,
    isPolicy: a.detection.isPolicy,
    detection: { confidence: a.detection.confidence, reasons: a.detection.reasons },
    title: a.title,
    score: a.score.score,
    grade: a.score.grade,
    findings: a.findings.map((f) => ({
      label: f.label, category: f.category, stance: f.stance, severity: f.severity,
      text: f.text, start: f.start, end: f.end, confidence: f.confidence, rule: f.rule,
      ...(f.practice !== undefined ? { practice: f.practice } : {}),
    })),
    practices: a.practices,
    textLength: a.textLength,
    engineVersion: a.engineVersion,
    ms: Math.round(ms * 10) / 10,
  };
}

const clip = (s: string, n = 220): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Findings grouped by label, in the order the labels first appear in `list`. */
function byLabel(list: readonly Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of list) m.set(f.label, [...(m.get(f.label) ?? []), f]);
  return m;
}

function section(title: string, list: readonly Finding[]): string[] {
  if (!list.length) return [];
  const lines = [`  ${title}:`];
  for (const [label, fs] of byLabel(list)) {
    lines.push(`    ${labelTitle(label)} [${label}] (${fs.length})`);
    for (const f of fs.slice(0, 3)) lines.push(`      - "${clip(f.text)}"`);
    if (fs.length > 3) lines.push(`      … ${fs.length - 3} more`);
  }
  return lines;
}

const SEVERITY = { high: 0, medium: 1, low: 2 } as const;

/**
 * The readable summary of an input: title, detection verdict, grade and score, then the
 * findings grouped into lead risks, other risks and protections, each with its sentences.
 * @param input the input as given
 * @param a its analysis
 */
export function toText(input: string, a: Analysis): string {
  const d = a.detection;
  const lead = a.findings.filter((f) => LEAD_RISKS.includes(f.label));
  const risks = a.findings.filter((f) => f.stance === 'risk' && !LEAD_RISKS.includes(f.label)).sort((x, y) => SEVERITY[x.severity] - SEVERITY[y.severity]);
  const protections = a.findings.filter((f) => f.stance === 'protection');
  const lines = [
    `== ${input}`,
    `  title:     ${a.title || '(none)'}`,
    `  detection: ${d.isPolicy ? 'privacy policy' : 'not a privacy policy'} (confidence ${d.confidence.toFixed(2)}${d.reasons.length ? `; ${d.reasons.join('; ')}` : ''})`,
    `  grade:     ${a.score.grade}${a.score.score === null ? '' : ` (score ${a.score.score})`} - ${a.score.verdict}`,
    a.textLength ? `  text:      ${a.textLength} characters, ${a.findings.length} findings` : '  text:      nothing readable on this page',
    ...section('Lead risks', lead),
    ...section('Risks', risks),
    ...section('Protections', protections),
  ];
  return `${lines.join('\n')}\n`;
}
