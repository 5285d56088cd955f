/**
 * Turns an analysis and its sentences into a compact `PolicyVersion` to store. A 5,000-word
 * policy has ~300 sentences: ~2.4 KB of hashes plus its findings' texts, so ten versions per URL
 * stay small in IndexedDB.
 */
import type { Analysis, Finding, Sentence } from '../types';
import { LEAD_RISKS } from '../types';
import { fnv1a, normalizeSentence, sentenceHash } from './hash';
import type { PolicyVersion, StoredFinding } from './types';

/** Sentences kept per version; beyond this a (very rare) giant page is tracked by its start only. */
export const MAX_SENTENCES = 6000;
/** Findings kept per version (each label keeps at least one before repeats are added). */
export const MAX_FINDINGS = 150;
/** Characters kept of a finding's evidence sentence. */
export const MAX_FINDING_TEXT = 400;

/** Lead risks, then other risks, then protections: what is kept first when capping. */
function priority(f: Finding): number {
  if (LEAD_RISKS.includes(f.label)) return 0;
  return f.stance === 'risk' ? 1 : 2;
}

/** Cuts text to `max` characters at a word boundary where possible, marking the cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * Keeps one finding per (label, sentence), then at most `MAX_FINDINGS`: first one finding of
 * every label, most important labels first, then the repeats, so no label is ever lost to the cap.
 */
function storeFindings(findings: Finding[]): StoredFinding[] {
  const seen = new Set<string>();
  const unique: Array<{ f: Finding; hash: string }> = [];
  for (const f of findings) {
    const hash = sentenceHash(f.text);
    const key = `${f.label}|${hash}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push({ f, hash });
  }
  const ordered = unique.map((u, i) => ({ ...u, i })).sort((a, b) => priority(a.f) - priority(b.f) || a.i - b.i);
  const firsts: typeof ordered = [];
  const repeats: typeof ordered = [];
  const labels = new Set<string>();
  for (const u of ordered) {
    (labels.has(u.f.label) ? repeats : firsts).push(u);
    labels.add(u.f.label);
  }
  return [...firsts, ...repeats]
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a.i - b.i)
    .map(({ f, hash }) => ({ label: f.label, text: clip(f.text, MAX_FINDING_TEXT), hash }));
}

/**
 * Fingerprints one analysed version of a policy.
 *
 * Pass the analysis computed with default weights (user weights would make scores of two
 * versions incomparable) and the sentences the engine segmented (`segment(extract(doc))`, or
 * their texts). With no sentences, only findings are tracked and text-only edits go unseen.
 * @param analysis the engine's result for this version
 * @param sentences the version's sentences in document order
 * @param analysedAt epoch ms of the analysis (default: now)
 */
export function fingerprintPolicy(analysis: Analysis, sentences: ReadonlyArray<string | Sentence>, analysedAt: number = Date.now()): PolicyVersion {
  const sentenceHashes: string[] = [];
  const norms: string[] = [];
  for (const s of sentences) {
    if (sentenceHashes.length >= MAX_SENTENCES) break;
    const norm = normalizeSentence(typeof s === 'string' ? s : s.text);
    if (!norm) continue;
    norms.push(norm);
    sentenceHashes.push(fnv1a(norm));
  }
  return {
    engineVersion: analysis.engineVersion,
    analysedAt,
    firstSeenAt: analysedAt,
    textHash: fnv1a(norms.join('\n')),
    sentenceHashes,
    findings: storeFindings(analysis.findings),
    grade: analysis.score.grade,
    score: analysis.score.score,
  };
}
