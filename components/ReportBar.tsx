import { useMemo, useState } from 'preact/hooks';
import { toJsonReport, toMarkdown } from '../lib/report';
import { siteOf } from '../lib/site';
import type { Analysis } from '../lib/types';

/** How a report leaves the popup (injected so tests can watch it). */
export interface ReportSink {
  copy(text: string): Promise<void>;
  download(filename: string, type: string, text: string): void;
}

/** Props of ReportBar. */
export interface ReportBarProps {
  /** The analysis as shown (the user's weights). */
  analysis: Analysis;
  url: string;
  analysedAt: number;
  sink?: ReportSink;
}

/** The browser's sink: clipboard API, and a Blob downloaded through a temporary `<a download>`. */
export const browserSink: ReportSink = {
  copy: (text) => navigator.clipboard.writeText(text),
  download(filename, type, text) {
    const href = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = href;
    a.download = filename;
    a.click();
    // The download has started from the object URL; keep it a little, then free it.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  },
};

/** "Export": the analysis as Markdown (copy or download) or JSON (download), plus a preview. */
export function ReportBar({ analysis, url, analysedAt, sink = browserSink }: ReportBarProps) {
  const [note, setNote] = useState('');
  const meta = { url, analysedAt };
  const markdown = useMemo(() => toMarkdown(analysis, meta), [analysis, url, analysedAt]);
  const base = `policylens-${(siteOf(url) || 'policy').replace(/[^a-z0-9.-]+/gi, '-')}-${new Date(analysedAt).toISOString().slice(0, 10)}`;
  const copy = (): void => { sink.copy(markdown).then(() => setNote('Markdown copied.'), () => setNote('Could not copy; use Download.')); };
  const saveMd = (): void => { sink.download(`${base}.md`, 'text/markdown', markdown); setNote('Markdown downloaded.'); };
  const saveJson = (): void => {
    sink.download(`${base}.json`, 'application/json', `${JSON.stringify(toJsonReport(analysis, meta), null, 2)}\n`);
    setNote('JSON downloaded.');
  };
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">Report</h2>
      <p class="report-note">The report has the grade shown above (your weights), every finding and its sentence.</p>
      <div class="report-buttons">
        <button type="button" onClick={copy}>Copy Markdown</button>
        <button type="button" onClick={saveMd}>Download Markdown</button>
        <button type="button" onClick={saveJson}>Download JSON</button>
      </div>
      <p role="status" aria-live="polite" class="report-status">{note}</p>
      <details>
        <summary>Preview (Markdown)</summary>
        <pre class="report-preview">{markdown}</pre>
      </details>
    </section>
  );
}
