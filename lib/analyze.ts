import { classifyAll } from './classify';
import { collectSignals, detectPolicy } from './detect';
import { extract } from './extract';
import { detectLanguage } from './language';
import { scoreFindings } from './score';
import { segment } from './segment';
import type { Analysis, CategoryWeights, Detection, Extracted, Practice, Sentence } from './types';
import { ENGINE_VERSION } from './version';

/** Options of an analysis. */
export interface AnalyzeOptions {
  /** The page's URL (used by detection). */
  url?: string;
  /** User weights per category (options page). */
  weights?: CategoryWeights;
  /** Precomputed detection, e.g. from the content script's cheap pass. */
  detection?: Detection;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Runs segmentation, classification and scoring on already-extracted text.
 * Pure and synchronous: the CLI, the tests and the extension all call it. A caller that also
 * needs the sentences (the extension fingerprints them) passes `segment(ex)` in, so the text is
 * segmented once.
 */
export function analyzeExtracted(
  ex: Extracted,
  detection: Detection,
  weights: CategoryWeights = {},
  sentences: Sentence[] = segment(ex),
): Analysis {
  const t0 = now();
  // The rules read English: a policy in another language gets a notice naming it, no findings and no grade.
  const detected = detectLanguage(ex.text);
  const language = detected && detected.code !== 'en' ? detected : undefined;
  const { findings, practices } = language ? { findings: [], practices: [] } : classifyAll(sentences);
  const score = language
    ? { score: null, grade: '?' as const, verdict: `This policy is in ${language.name}. PolicyLens reads English policies.`, contributions: [] }
    : scoreFindings(findings, ex.text.length, weights);
  return {
    engineVersion: ENGINE_VERSION,
    title: ex.title,
    lang: ex.lang,
    detection,
    findings,
    practices,
    ...(language ? { language } : { evidence: evidenceOf(practices, sentences) }),
    score,
    textLength: ex.text.length,
    ms: now() - t0,
  };
}

/** The sentence of each practice, by its start offset (the data-flow view quotes it). */
function evidenceOf(practices: readonly Practice[], sentences: readonly Sentence[]): Record<number, string> {
  const textAt = new Map(sentences.map((s) => [s.start, s.text]));
  const evidence: Record<number, string> = {};
  for (const p of practices) evidence[p.start] ??= textAt.get(p.start) ?? '';
  return evidence;
}

/**
 * Full pipeline on a DOM document: detect, extract (mutates `doc`; pass a clone of a live
 * page), segment, classify, score.
 */
export function analyzeDocument(doc: Document, opts: AnalyzeOptions = {}): Analysis {
  const t0 = now();
  const detection = opts.detection ?? detectPolicy(collectSignals(doc, opts.url ?? ''));
  const ex = extract(doc);
  const result = analyzeExtracted(ex, detection, opts.weights);
  return { ...result, ms: now() - t0 };
}
