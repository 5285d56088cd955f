/**
 * Ranks label changes and writes the one-line headline of a diff. Worst news first: a new lead
 * risk always leads; then new risks and lost protections by the weight of their category (a lost
 * protection is as bad as a new risk in the same category).
 */
import { labelName } from '../labels';
import { RISK_POINTS } from '../score/weights';
import type { Category, Label } from '../types';
import { LEAD_RISKS } from '../types';

/** Items named in a headline before "+N more". */
const HEADLINE_ITEMS = 2;

/** How much a change of this label matters: lead risks first, then the category's risk points. */
export function importance(label: Label): number {
  const lead = LEAD_RISKS.indexOf(label);
  const points = (RISK_POINTS as Partial<Record<string, number>>)[label.split(':')[0] as Category] ?? 0;
  return (lead >= 0 ? 1000 - lead : 0) + points;
}

/** Sorts labels most important first (stable for equal importance). */
export function byImportance(labels: Label[]): Label[] {
  return labels.map((l, i) => ({ l, i })).sort((a, b) => importance(b.l) - importance(a.l) || a.i - b.i).map((x) => x.l);
}

/** The facts a headline is written from. */
export interface HeadlineInput {
  newRisks: Label[];
  lostProtections: Label[];
  lostRisks: Label[];
  newProtections: Label[];
  /** Labels of findings new / lost on changed sentences (repeats allowed). */
  newFindings: Label[];
  lostFindings: Label[];
  added: number;
  removed: number;
  reworded: number;
  /** Score before/after when comparable (same engine, both graded), else null. */
  scores: [number, number] | null;
}

function list(items: string[]): string {
  const shown = items.slice(0, HEADLINE_ITEMS).join('; ');
  const more = items.length - HEADLINE_ITEMS;
  return more > 0 ? `${shown}; +${more} more` : shown;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One line, worst news first; the UI puts "Changed since <date>" in front of it. */
export function writeHeadline(x: HeadlineInput): string {
  const scoreNote = x.scores && x.scores[0] !== x.scores[1] ? ` Score ${x.scores[0]} → ${x.scores[1]}.` : '';
  const bad = [
    ...x.newRisks.map((l) => ({ l, text: `New risk: ${labelName(l)}` })),
    ...x.lostProtections.map((l) => ({ l, text: `Protection removed: ${labelName(l)}` })),
  ];
  if (bad.length) {
    // Lead risks carry a bonus only as risks, so a new lead risk outranks every lost protection.
    const rank = (l: Label): number => importance(l) + (l.endsWith(':risk') && LEAD_RISKS.includes(l) ? 10_000 : 0);
    bad.sort((a, b) => rank(b.l) - rank(a.l));
    return `${list(bad.map((b) => b.text))}.${scoreNote}`;
  }
  if (x.scores && x.scores[1] < x.scores[0]) return `Score fell from ${x.scores[0]} to ${x.scores[1]}.`;
  const good = [
    ...byImportance(x.lostRisks).map((l) => `Risk gone: ${labelName(l)}`),
    ...byImportance(x.newProtections).map((l) => `New protection: ${labelName(l)}`),
  ];
  if (good.length) return `${list(good)}.${scoreNote}`;
  if (x.newFindings.length || x.lostFindings.length) {
    // Same kinds of clauses as before, said in new or fewer places: name them, but calmly.
    const items = [
      ...byImportance(x.newFindings).map((l) => `more text on: ${labelName(l)}`),
      ...byImportance(x.lostFindings).map((l) => `less text on: ${labelName(l)}`),
    ];
    return `${capitalise(list(items))} (no new kind of clause).${scoreNote}`;
  }
  const parts = [x.added && `${x.added} added`, x.removed && `${x.removed} removed`, x.reworded && `${x.reworded} reworded`].filter(Boolean);
  return `Wording changed (sentences: ${parts.join(', ') || 'edited'}); no finding changed.${scoreNote}`;
}
