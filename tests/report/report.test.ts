import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toJsonReport, toMarkdown } from '../../lib/report';
import type { Analysis, Finding, Label } from '../../lib/types';

function finding(label: Label, text: string, start: number, severity: Finding['severity'] = 'medium'): Finding {
  const [category, stance] = label.split(':') as [Finding['category'], Finding['stance']];
  return { label, category, stance, severity, text, start, end: start + text.length, confidence: 0.875, rule: `${category}/x` };
}

const FINDINGS = [
  finding('tracking:risk', 'Our partners place cookies to show you interest-based ads.', 300),
  finding('data-sale:risk', 'We may sell your personal information to third parties.', 100, 'high'),
  finding('user-rights:protection', 'You can delete your account at any time.', 500, 'low'),
  finding('do-not-track:risk', 'We do not respond to Do Not Track signals.', 50, 'high'),
  finding('choice:risk', 'Click [x](javascript:alert(1)) or <img src=x onerror=alert(1)> to continue.', 700),
];

const ANALYSIS: Analysis = {
  engineVersion: '0.9.1',
  title: 'Privacy Policy <script>alert(1)</script>',
  lang: 'en',
  detection: { isPolicy: true, confidence: 0.93, reasons: ['title says privacy policy', 'long text'] },
  findings: FINDINGS, practices: [],
  score: { score: 35, grade: 'D', verdict: 'Warning: this policy may sell your data.', contributions: [] },
  textLength: 12000,
  ms: 42.5,
};
const META = { url: 'https://example.com/legal/privacy?x=<b>', analysedAt: Date.UTC(2026, 10, 24, 1, 2, 3) };

describe('toMarkdown', () => {
  const md = toMarkdown(ANALYSIS, META);

  it('states source, date, engine, grade, score and verdict', () => {
    expect(md).toContain('- **Policy:** <https://example.com/legal/privacy?x=%3Cb%3E>');
    expect(md).toContain('- **Analysed:** 2026-11-24 01:02 UTC');
    expect(md).toContain('PolicyLens 0.9.1');
    expect(md).toContain('- **Grade:** D (score 35/100)');
    expect(md).toContain('- **Verdict:** Warning\\: this policy may sell your data.');
  });

  it('lists every finding with its sentence, grouped lead / other risks / protections', () => {
    for (const f of FINDINGS) expect(md).toContain(`\`${f.label}\``);
    expect(md).toContain('> We may sell your personal information to third parties.');
    const at = (s: string): number => md.indexOf(s);
    expect(at('## Lead risks (2)')).toBeLessThan(at('`do-not-track:risk`'));
    expect(at('`do-not-track:risk`')).toBeLessThan(at('`data-sale:risk`')); // document order inside a group
    expect(at('`data-sale:risk`')).toBeLessThan(at('## Other risks (2)'));
    expect(at('## Other risks (2)')).toBeLessThan(at('`tracking:risk`'));
    expect(at('`choice:risk`')).toBeLessThan(at('## Protections (1)'));
    expect(at('## Protections (1)')).toBeLessThan(at('`user-rights:protection`'));
    expect(md).toContain('**May sell your data**');
  });

  it('escapes hostile page text so it cannot become a link or HTML', () => {
    expect(md).not.toMatch(/\]\(javascript/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).toContain('Click \\[x\\]\\(javascript\\:alert\\(1\\)\\) or &lt;img src=x onerror=alert\\(1\\)&gt; to continue.');
    expect(md).toContain('# Privacy policy report: Privacy Policy &lt;script&gt;alert\\(1\\)&lt;/script&gt;');
  });

  it('says when there are no findings or no score', () => {
    const empty = toMarkdown({ ...ANALYSIS, findings: [], score: { score: null, grade: '?', verdict: 'Not enough information.', contributions: [] } }, META);
    expect(empty).toContain('## Lead risks (0)\n\n_None found._');
    expect(empty).toContain('not enough information for a score');
  });

  it('never links a non-http URL', () => {
    expect(toMarkdown(ANALYSIS, { ...META, url: 'javascript:alert(1)' })).toContain('- **Policy:** javascript\\:alert\\(1\\)');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises block starts, autolinks and line breaks', () => {
    expect(escapeMarkdown('# Title\n\n- item')).toBe('\\# Title \\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('see www.example.com or https://x.y')).toBe('see www\\.example.com or https\\://x.y');
    expect(escapeMarkdown('a & b **bold** `code` _em_ ![i](u)')).toBe('a &amp; b \\*\\*bold\\*\\* \\`code\\` \\_em\\_ \\!\\[i\\]\\(u\\)');
  });
});

describe('toJsonReport', () => {
  const json = toJsonReport(ANALYSIS, META);

  it('has exactly the CLI keys plus analysedAt, in order', () => {
    expect(Object.keys(json)).toEqual(['input', 'isPolicy', 'detection', 'title', 'score', 'grade', 'findings', 'engineVersion', 'ms', 'analysedAt']);
    expect(Object.keys(json.detection)).toEqual(['confidence', 'reasons']);
    for (const f of json.findings) expect(Object.keys(f)).toEqual(['label', 'category', 'stance', 'severity', 'text', 'start', 'end', 'confidence']);
  });

  it('carries the analysis values', () => {
    expect(json).toMatchObject({ input: META.url, isPolicy: true, title: ANALYSIS.title, score: 35, grade: 'D', engineVersion: '0.9.1', ms: 42.5, analysedAt: '2026-11-24T01:02:03.000Z' });
    expect(json.detection).toEqual({ confidence: 0.93, reasons: ['title says privacy policy', 'long text'] });
    expect(json.findings).toHaveLength(FINDINGS.length);
    expect(json.findings[0]).toEqual({ label: 'tracking:risk', category: 'tracking', stance: 'risk', severity: 'medium', text: FINDINGS[0]!.text, start: 300, end: 300 + FINDINGS[0]!.text.length, confidence: 0.875 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
