import type { Detection } from '../types';
import { readContent } from './content-cues';
import { classifyLabel, hasAnyCue, titleSegments, type NameKind } from './name-cues';
import type { PageSignals } from './signals';
import { classifyUrl, type UrlKind } from './url-cues';

/** Score at or above which a page is called a privacy policy. */
export const POLICY_THRESHOLD = 2;

/** Largest swing the text sample can add or remove (see `contentEvidence`). */
export const CONTENT_SWING = 3;

/** One piece of evidence: its weight and the reason shown to the user. */
interface Evidence {
  weight: number;
  reason: string;
}

const KIND_TEXT: Record<NameKind, string> = {
  policy: 'names a privacy policy',
  privacy: 'is about privacy',
  mention: 'mentions privacy in a sentence (headline?)',
  hub: 'names a privacy centre/settings page, not a policy',
  cookie: 'names a cookie policy',
  terms: 'names terms / an agreement',
  legal: 'names another legal document',
  none: '',
};

/** Weights of the title's kinds; the title is the strongest cheap cue a page has. */
const TITLE_W: Record<NameKind, number> = { policy: 3, privacy: 1, mention: 0.5, hub: -1, cookie: -3, terms: -3, legal: -2.5, none: 0 };
/** Weights of a lead heading (an h1, or the first heading when there is no h1). */
const LEAD_W: Record<NameKind, number> = { policy: 2.5, privacy: 1, mention: 0.3, hub: -0.5, cookie: -2, terms: -2, legal: -1.5, none: 0 };

const clip = (s: string, n = 60): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Combines labels of one source (title segments, or headings): the best positive and the worst
 * negative both count, so "Privacy Policy | Acme" is +3 and "Terms of Service | Acme" is -3,
 * while a hub segment is ignored once another segment names the policy.
 */
function combine(source: string, labels: string[], weights: Record<NameKind, number>, maxOther: number): Evidence[] {
  let best: { kind: NameKind; label: string } | null = null;
  let worst: { kind: NameKind; label: string } | null = null;
  for (const label of labels) {
    const kind = classifyLabel(label, maxOther);
    const w = weights[kind];
    if (w > 0 && (!best || w > weights[best.kind])) best = { kind, label };
    if (w < 0 && (!worst || w < weights[worst.kind])) worst = { kind, label };
  }
  if (best?.kind === 'policy' && worst?.kind === 'hub') worst = null;
  return [best, worst]
    .filter((x): x is { kind: NameKind; label: string } => x !== null)
    .map((x) => ({ weight: weights[x.kind], reason: `${source} ${KIND_TEXT[x.kind]}: '${clip(x.label)}'` }));
}

/** Weights of what the URL's path names. */
const URL_W: Record<UrlKind, number> = { policy: 1.5, privacy: 1, hub: -0.5, terms: -1.5, cookie: -1.5, article: -1, search: -5, none: 0 };
const URL_TEXT: Record<UrlKind, string> = {
  policy: 'names a privacy policy',
  privacy: 'is a privacy page',
  hub: 'is a privacy settings/choices page',
  terms: 'names terms',
  cookie: 'names a cookie page',
  article: 'looks like a blog/news article',
  search: 'is a search-results page',
  none: '',
};

/** What the URL's path says (`url`, else `canonical`). */
function urlEvidence(address: string, source: string): Evidence[] {
  const kind = classifyUrl(address);
  if (kind === 'none') return [];
  const path = address.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return [{ weight: URL_W[kind], reason: `${source} ${URL_TEXT[kind]} (${clip(path, 50)})` }];
}

/** What the text sample says; strongly positive only when the text calls itself a privacy policy. */
function contentEvidence(signals: PageSignals): Evidence[] {
  const c = readContent(signals.sample);
  const out: Evidence[] = [];
  if (c.policySelf) out.push({ weight: 1, reason: "text calls itself 'this privacy policy/notice/statement'" });
  const ownPractices = c.practices.length >= 2;
  if (ownPractices) out.push({ weight: 0.5, reason: `text states its own data practices (${c.practices.slice(0, 3).map((v) => `'we ${v}'`).join(', ')})` });
  if (c.policy.length) out.push({ weight: 0.4 * c.policy.length, reason: `text covers ${c.policy.length} policy topics (${c.policy.slice(0, 4).join(', ')})` });
  if (c.terms.length) out.push({ weight: -0.45 * c.terms.length, reason: `text reads like terms (${c.terms.slice(0, 3).join(', ')})` });
  if (c.cookieSelf) out.push({ weight: -2, reason: "text calls itself a cookie policy / explains 'what are cookies'" });
  const articleMarks = c.article + (signals.ogType === 'article' ? 1 : 0);
  if (articleMarks) out.push({ weight: -0.4 * articleMarks, reason: `page looks like an article (${articleMarks} marks: byline, date, og:type)` });
  // Articles *about* privacy share a policy's vocabulary; only a text that names itself a policy
  // or speaks of its own practices in the first person may weigh much.
  const cap = c.policySelf || ownPractices ? CONTENT_SWING : 1;
  const total = out.reduce((s, e) => s + e.weight, 0);
  if (total > cap) out.push({ weight: cap - total, reason: '' });
  if (total < -CONTENT_SWING) out.push({ weight: -CONTENT_SWING - total, reason: '' });
  return out;
}

/** Lead headings: every h1; when the page has none, its first heading. */
function leadHeadings(signals: PageSignals): { lead: string[]; rest: string[] } {
  const tags = signals.headingTags ?? [];
  const h1 = signals.headings.filter((_, i) => tags[i] === 'h1');
  if (h1.length) return { lead: h1, rest: signals.headings.filter((_, i) => tags[i] !== 'h1') };
  return { lead: signals.headings.slice(0, 1), rest: signals.headings.slice(1) };
}

/** Evidence from the cheap cues only: URL (or canonical URL), title and headings. */
function nameEvidence(signals: PageSignals): Evidence[] {
  const ev: Evidence[] = [];
  const fromUrl = urlEvidence(signals.url ?? '', 'URL');
  ev.push(...(fromUrl.length ? fromUrl : urlEvidence(signals.canonical ?? '', 'canonical URL')));
  ev.push(...combine('title', titleSegments(signals.title ?? ''), TITLE_W, 5));
  const { lead, rest } = leadHeadings(signals);
  const fromLead = combine('main heading', lead, LEAD_W, 6);
  ev.push(...fromLead);
  // A later heading only counts when it names the policy (site logo in the h1, policy name in an h2).
  const named = rest.find((h) => hasAnyCue(h) && classifyLabel(h, 4) === 'policy');
  if (named && !fromLead.some((e) => e.weight >= LEAD_W.policy)) {
    ev.push({ weight: 1.5, reason: `heading names a privacy policy: '${clip(named)}'` });
  }
  return ev;
}

/**
 * Whether reading the page's text could change the verdict the cheap cues give: when the cheap
 * score is so low (a page titled "Terms of Service") or so high (title and h1 both name the
 * policy) that the sample cannot move it across the threshold, `collectSignals` skips it.
 */
export function sampleCanMatter(signals: PageSignals): boolean {
  const cheap = nameEvidence(signals).reduce((s, e) => s + e.weight, 0);
  return cheap + CONTENT_SWING >= POLICY_THRESHOLD && cheap - CONTENT_SWING < POLICY_THRESHOLD;
}

/**
 * Decides whether the page is a privacy policy from its signals, cheapest cue first: URL,
 * title, headings, then the text sample. Pure and fast (a few regexes over a few KB).
 * `confidence` is the estimated probability that the page is a policy (>= 0.5 iff `isPolicy`).
 */
export function detectPolicy(signals: PageSignals): Detection {
  // Every positive cue needs a privacy word; without one the page cannot be a policy (and the
  // content script pays for one regex instead of the whole rule set).
  if (!signals.sample && !hasAnyCue([signals.url, signals.canonical, signals.title, ...signals.headings].join(' \n '))) {
    return { isPolicy: false, confidence: 0.02, reasons: ['no privacy cue in URL, title or headings'] };
  }
  const ev = nameEvidence(signals);
  if (signals.sample) ev.push(...contentEvidence(signals));
  const score = ev.reduce((s, e) => s + e.weight, 0);
  const isPolicy = score >= POLICY_THRESHOLD;
  const reasons = ev.filter((e) => e.reason).map((e) => e.reason);
  if (!reasons.length) reasons.push(signals.sampled ? 'no cue of a privacy policy' : 'no privacy cue in URL, title or headings');
  const p = Math.round((1 / (1 + Math.exp(-1.1 * (score - POLICY_THRESHOLD)))) * 100) / 100;
  const confidence = isPolicy ? Math.min(0.99, Math.max(0.5, p)) : Math.max(0.01, Math.min(0.49, p));
  return { isPolicy, confidence, reasons };
}
