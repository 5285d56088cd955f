import { classifyAll } from './classify';
import { collectSignals, detectPolicy } from './detect';
import { extract } from './extract';
import { detectLanguage } from './language';
import { scoreFindings } from './score';
import { segment } from './segment';
import type { Analysis, CategoryWeights, Detection, Extracted, Sentence } from './types';
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
  const language = detectLanguage(ex.text);
  if (language && language.code !== 'en') {
    const verdict = `This policy is in ${language.name}. PolicyLens reads English policies.`;
    return { engineVersion: ENGINE_VERSION, title: ex.title, lang: ex.lang, detection, findings: [], practices: [], language, score: { score: null, grade: '?', verdict, contributions: [] }, textLength: ex.text.length, ms: now() - t0 };
  }
  const { findings, practices } = classifyAll(sentences);
  const score = scoreFindings(findings, ex.text.length, weights);
  const textAt = new Map(sentences.map((s) => [s.start, s.text]));
  const evidence: Record<number, string> = {};
  for (const p of practices) evidence[p.start] ??= textAt.get(p.start) ?? '';
  return {
    engineVersion: ENGINE_VERSION,
    title: ex.title,
    lang: ex.lang,
    detection,
    findings,
    practices,
    evidence,
    score,
    textLength: ex.text.length,
    ms: now() - t0,
  };
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
