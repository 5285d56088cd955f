/**
 * Compares two fingerprints of the same policy URL. Sentences are compared as multisets of
 * normalised-sentence hashes, so moved paragraphs and punctuation/case/whitespace edits are not
 * changes; findings are matched by label + sentence hash (a reworded sentence keeps its old
 * hash for matching), so a clause that merely moved or was lightly reworded is neither new nor lost.
 */
import type { Label, Sentence } from '../types';
import { byImportance, importance, writeHeadline } from './headline';
import { sentenceHash } from './hash';
import { minus } from './multiset';
import { pairRewordings, type KnownSentence } from './reword';
import type { PolicyDiff, PolicyVersion, SentenceDelta, StoredFinding } from './types';

/** Sentence texts listed per side of a diff (the counts are always complete). */
export const MAX_LISTED = 50;

/** hash -> text of every sentence whose text this side knows. */
function knownTexts(findings: readonly StoredFinding[], sentences?: ReadonlyArray<string | Sentence>): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of sentences ?? []) {
    const text = (typeof s === 'string' ? s : s.text).replace(/\s+/g, ' ').trim();
    const h = sentenceHash(text);
    if (h && !m.has(h)) m.set(h, text);
  }
  for (const f of findings) if (!m.has(f.hash)) m.set(f.hash, f.text);
  return m;
}

function delta(hashes: readonly string[], texts: ReadonlyMap<string, string>): SentenceDelta {
  const listed: string[] = [];
  const seen = new Set<string>();
  for (const h of hashes) {
    const t = texts.get(h);
    if (t === undefined || seen.has(h) || listed.length >= MAX_LISTED) continue;
    seen.add(h);
    listed.push(t);
  }
  return { count: hashes.length, texts: listed };
}

function known(hashes: readonly string[], texts: ReadonlyMap<string, string>): KnownSentence[] {
  const out: KnownSentence[] = [];
  for (const hash of new Set(hashes)) {
    const text = texts.get(hash);
    if (text !== undefined) out.push({ hash, text });
  }
  return out;
}

/** Findings of `a` whose key (label + canonical hash) is not matched in `b`, each match used once. */
function unmatched(a: readonly StoredFinding[], b: readonly StoredFinding[], keyA: (f: StoredFinding) => string, keyB: (f: StoredFinding) => string): StoredFinding[] {
  const left = minus(a.map(keyA), b.map(keyB));
  const want = new Map<string, number>();
  for (const k of left) want.set(k, (want.get(k) ?? 0) + 1);
  return a.filter((f) => {
    const n = want.get(keyA(f)) ?? 0;
    if (n > 0) want.set(keyA(f), n - 1);
    return n > 0;
  });
}

const labelsOf = (fs: readonly StoredFinding[]): Set<Label> => new Set(fs.map((f) => f.label));

/**
 * What changed from `old` to `next`.
 *
 * Texts: removed sentences are shown only where `old` kept them (its findings' sentences);
 * added sentences are shown when `nextSentences` (the new version's sentences) are passed, else
 * only those carrying a finding. Rewordings (word overlap >= 0.6) are found among sentences whose
 * texts are known on both sides; every other edit counts as one removed plus one added sentence.
 *
 * When the two engines differ, a finding that appears or disappears on an untouched sentence is
 * the engine's doing, not the policy's, and is left out; so is the score comparison.
 * @param old the version the user saw before
 * @param next the version just analysed
 * @param nextSentences the new version's sentences, to show added sentences' texts
 */
export function diffVersions(old: PolicyVersion, next: PolicyVersion, nextSentences?: ReadonlyArray<string | Sentence>): PolicyDiff {
  const engineChanged = old.engineVersion !== next.engineVersion;
  const hasText = old.sentenceHashes.length > 0 && next.sentenceHashes.length > 0;
  const oldTexts = knownTexts(old.findings);
  const newTexts = knownTexts(next.findings, nextSentences);

  let removed = hasText ? minus(old.sentenceHashes, next.sentenceHashes) : [];
  let added = hasText ? minus(next.sentenceHashes, old.sentenceHashes) : [];
  const reworded = pairRewordings(known(removed, oldTexts), known(added, newTexts));
  const canonical = new Map(reworded.map((r) => [r.newHash, r.oldHash]));
  const touchedOld = new Set(removed);
  const touchedNew = new Set(added);
  removed = minus(removed, reworded.map((r) => r.oldHash));
  added = minus(added, reworded.map((r) => r.newHash));

  const oldKey = (f: StoredFinding): string => `${f.label}|${f.hash}`;
  const newKey = (f: StoredFinding): string => `${f.label}|${canonical.get(f.hash) ?? f.hash}`;
  let newFindings = unmatched(next.findings, old.findings, newKey, oldKey);
  let lostFindings = unmatched(old.findings, next.findings, oldKey, newKey);
  if (engineChanged && hasText) {
    newFindings = newFindings.filter((f) => touchedNew.has(f.hash));
    lostFindings = lostFindings.filter((f) => touchedOld.has(f.hash));
  }

  // Without sentence hashes (a fingerprint made without sentences) findings are all we can compare.
  const changed = hasText ? touchedOld.size + touchedNew.size > 0 : newFindings.length + lostFindings.length > 0;
  const base = { changed, engineChanged, since: old.analysedAt, scoreBefore: old.score, scoreAfter: next.score, gradeBefore: old.grade, gradeAfter: next.grade };
  if (!changed) {
    const none: SentenceDelta = { count: 0, texts: [] };
    return { ...base, newFindings: [], lostFindings: [], newRisks: [], lostProtections: [], lostRisks: [], newProtections: [], addedSentences: none, removedSentences: none, reworded: [], worsened: false, improved: false, headline: '' };
  }

  const before = labelsOf(old.findings);
  const after = labelsOf(next.findings);
  // Under a different engine a label counts only if a finding on a changed sentence backs it.
  const gained = [...after].filter((l) => !before.has(l) && (!engineChanged || newFindings.some((f) => f.label === l)));
  const lost = [...before].filter((l) => !after.has(l) && (!engineChanged || lostFindings.some((f) => f.label === l)));
  const isRisk = (l: Label): boolean => l.endsWith(':risk');
  const newRisks = byImportance(gained.filter(isRisk));
  const newProtections = byImportance(gained.filter((l) => !isRisk(l)));
  const lostRisks = byImportance(lost.filter(isRisk));
  const lostProtections = byImportance(lost.filter((l) => !isRisk(l)));

  const scores: [number, number] | null = !engineChanged && old.score !== null && next.score !== null ? [old.score, next.score] : null;
  const worsened = newRisks.length > 0 || lostProtections.length > 0 || (scores !== null && scores[1] < scores[0]);
  const improved = !worsened && (lostRisks.length > 0 || newProtections.length > 0 || (scores !== null && scores[1] > scores[0]));
  const headline = writeHeadline({
    newRisks, lostProtections, lostRisks, newProtections,
    newFindings: [...new Set(newFindings.map((f) => f.label))], lostFindings: [...new Set(lostFindings.map((f) => f.label))],
    added: added.length, removed: removed.length, reworded: reworded.length, scores,
  });
  return {
    ...base,
    newFindings: [...newFindings].sort((a, b) => importance(b.label) - importance(a.label)),
    lostFindings: [...lostFindings].sort((a, b) => importance(b.label) - importance(a.label)),
    newRisks, lostProtections, lostRisks, newProtections,
    addedSentences: delta(added, newTexts),
    removedSentences: delta(removed, oldTexts),
    reworded,
    worsened, improved, headline,
  };
}
