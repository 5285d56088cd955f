/**
 * A Markdown report of one analysis, for the user to save, share or paste into a ticket.
 * Everything that came from the page is escaped (see `escape.ts`).
 */
import type { Analysis, Finding } from '../types';
import { LEAD_RISKS } from '../types';
import { escapeMarkdown, markdownUrl } from './escape';
import { labelName } from '../labels';

/** Where and when the analysed policy was read. */
export interface ReportMeta {
  /** The policy's URL (or the CLI's input path). */
  url: string;
  /** Epoch ms of the analysis. */
  analysedAt: number;
}

/** "2026-11-24 00:20 UTC": unambiguous in every locale, and stable in tests. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? 'unknown date' : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const SAFE_LABEL = /^[a-z-]+:(risk|protection)$/;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function findingLines(f: Finding): string[] {
  const code = SAFE_LABEL.test(f.label) ? `\`${f.label}\`` : escapeMarkdown(f.label);
  const name = escapeMarkdown(capitalise(labelName(f.label)));
  return [`- **${name}** (${code}, ${escapeMarkdown(f.severity)}, confidence ${f.confidence.toFixed(2)})`, `  > ${escapeMarkdown(f.text) || '_no text_'}`];
}

function section(title: string, findings: Finding[]): string[] {
  const body = findings.length ? findings.flatMap(findingLines) : ['_None found._'];
  return [`## ${title} (${findings.length})`, '', ...body, ''];
}

/**
 * Renders an analysis as Markdown: source URL, date, engine version, grade, score and verdict,
 * then every finding with its evidence sentence, grouped as lead risks, other risks and
 * protections (each in document order). Page text is escaped so it cannot inject links or HTML.
 * @param analysis the engine's result
 * @param meta the policy's URL and when it was analysed
 */
export function toMarkdown(analysis: Analysis, meta: ReportMeta): string {
  const byPosition = [...analysis.findings].sort((a, b) => a.start - b.start);
  const lead = byPosition.filter((f) => f.stance === 'risk' && LEAD_RISKS.includes(f.label));
  const risks = byPosition.filter((f) => f.stance === 'risk' && !LEAD_RISKS.includes(f.label));
  const protections = byPosition.filter((f) => f.stance === 'protection');
  const { score, grade, verdict } = analysis.score;
  const title = escapeMarkdown(analysis.title) || 'Untitled page';
  return [
    `# Privacy policy report: ${title}`,
    '',
    `- **Policy:** ${markdownUrl(meta.url)}`,
    `- **Analysed:** ${formatDate(meta.analysedAt)}`,
    `- **Engine:** PolicyLens ${/^[\w.+-]+$/.test(analysis.engineVersion) ? analysis.engineVersion : escapeMarkdown(analysis.engineVersion)}`,
    `- **Grade:** ${escapeMarkdown(grade)}${score === null ? ' (not enough information for a score)' : ` (score ${score}/100)`}`,
    `- **Verdict:** ${escapeMarkdown(verdict)}`,
    `- **Detected as a privacy policy:** ${analysis.detection.isPolicy ? 'yes' : 'no'} (confidence ${analysis.detection.confidence.toFixed(2)})`,
    `- **Findings:** ${analysis.findings.length}`,
    '',
    ...section('Lead risks', lead),
    ...section('Other risks', risks),
    ...section('Protections', protections),
    '_Generated locally by PolicyLens. Findings are automated readings of the text and can be wrong; the quoted sentences are the evidence._',
    '',
  ].join('\n');
}
