// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportBar, type ReportSink } from '../../components/ReportBar';
import { doneView, finding } from './fixtures';
import { cleanup, click, mount } from './render';

afterEach(cleanup);

function sink(): ReportSink & { files: { name: string; type: string; text: string }[] } {
  const files: { name: string; type: string; text: string }[] = [];
  return { files, copy: vi.fn(async () => undefined), download: (name, type, text) => { files.push({ name, type, text }); } };
}

describe('ReportBar', () => {
  const view = doneView([finding('data-sale:risk', 0, 'We sell data to brokers.'), finding('security:protection', 30, 'We encrypt your data.')]);
  const analysis = view.analysis;
  if (!analysis) throw new Error('fixture');
  const at = Date.UTC(2026, 10, 24, 1, 30);

  it('downloads Markdown and JSON with the URL, date, grade and every finding', async () => {
    const s = sink();
    const root = await mount(<ReportBar analysis={analysis} url="https://shop.example/privacy" analysedAt={at} sink={s} />);
    await click(root, 'Download Markdown');
    await click(root, 'Download JSON');
    const [md, json] = s.files;
    expect(md?.name).toBe('policylens-shop.example-2026-11-24.md');
    expect(md?.type).toBe('text/markdown');
    expect(md?.text).toContain('https://shop.example/privacy');
    expect(md?.text).toContain('2026-11-24 01:30 UTC');
    for (const f of analysis.findings) expect(md?.text).toContain(f.text);
    const parsed = JSON.parse(json?.text ?? '{}') as { input: string; grade: string; findings: { text: string }[] };
    expect(json?.type).toBe('application/json');
    expect(parsed.input).toBe('https://shop.example/privacy');
    expect(parsed.grade).toBe('D');
    expect(parsed.findings.map((f) => f.text)).toEqual(analysis.findings.map((f) => f.text));
    // The preview shows the very text that is downloaded.
    expect(root.querySelector('.report-preview')?.textContent).toBe(md?.text);
  });

  it('copies the Markdown and says so, or says it could not', async () => {
    const s = sink();
    const root = await mount(<ReportBar analysis={analysis} url="https://shop.example/privacy" analysedAt={at} sink={s} />);
    await click(root, 'Copy Markdown');
    expect(s.copy).toHaveBeenCalledWith(root.querySelector('.report-preview')?.textContent);
    expect(root.querySelector('.report-status')?.textContent).toBe('Markdown copied.');
    const broken = { ...s, copy: vi.fn(async () => { throw new Error('denied'); }) };
    cleanup();
    const again = await mount(<ReportBar analysis={analysis} url="https://shop.example/privacy" analysedAt={at} sink={broken} />);
    await click(again, 'Copy Markdown');
    expect(again.querySelector('.report-status')?.textContent).toBe('Could not copy; use Download.');
  });
});
