/** Views for the popup tests. */
import type { TabView } from '../../lib/messages';
import type { Analysis, Finding, Label } from '../../lib/types';

/** A finding with `label` and sentence `text`. */
export function finding(label: Label, start: number, text = `Sentence about ${label}.`): Finding {
  const [category, stance] = label.split(':') as [Finding['category'], Finding['stance']];
  return { label, category, stance, severity: stance === 'risk' ? 'medium' : 'low', text, start, end: start + text.length, confidence: 0.9, rule: `${category}/t` };
}

/** A finished analysis view with the given findings. */
export function doneView(findings: Finding[], tabId = 5): TabView {
  const analysis: Analysis = {
    engineVersion: 't', title: 'Shop Privacy Policy', lang: 'en', detection: { isPolicy: true, confidence: 1, reasons: [] },
    findings, practices: [], score: { score: 42, grade: 'D', verdict: 'Sells your data to advertisers.', contributions: [] }, textLength: 9000, ms: 1,
  };
  return {
    tabId,
    state: { status: 'done', url: 'https://shop.example/privacy', detection: analysis.detection, analysisKey: 'k', fromCache: true, analysedAt: 1 },
    analysis,
    site: null,
  };
}
