import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabView } from '../lib/messages';
import type { Finding } from '../lib/types';
import { groupFindings } from '../utils/labels';
import { FindingSection, findingKey } from './FindingSection';
import { GradeSummary } from './GradeSummary';
import { SiteMemoryPanel } from './SiteMemoryPanel';
import { StatusPanel } from './StatusPanel';

/** What the popup asks of the background (injected so tests can fake it). */
export interface PopupApi {
  getTab(tabId: number): Promise<TabView>;
  analyze(tabId: number): Promise<TabView>;
  showInPage(tabId: number, text: string): Promise<{ found: boolean }>;
}

/** Props of PopupApp. */
export interface PopupAppProps {
  tabId: number;
  api: PopupApi;
  /** Poll interval while an analysis runs. */
  pollMs?: number;
}

/** The popup: one tab's analysis and every state leading to it. */
export function PopupApp({ tabId, api, pollMs = 400 }: PopupAppProps) {
  const [view, setView] = useState<TabView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [shown, setShown] = useState<ReadonlyMap<string, boolean>>(new Map());

  const load = useCallback(() => {
    api.getTab(tabId).then((v) => { setView(v); setFailure(null); }, (e: unknown) => setFailure(e instanceof Error ? e.message : 'Could not reach PolicyLens.'));
  }, [api, tabId]);

  const analyze = useCallback(() => {
    setFailure(null);
    setView((v) => (v?.state ? { ...v, state: { status: 'analysing', url: v.state.url, detection: null, startedAt: Date.now() } } : v));
    api.analyze(tabId).then(setView, (e: unknown) => setFailure(e instanceof Error ? e.message : 'Analysis failed.'));
  }, [api, tabId]);

  const onShow = useCallback((f: Finding) => {
    api.showInPage(tabId, f.text).then(
      (r) => setShown((m) => new Map(m).set(findingKey(f), r.found)),
      () => setShown((m) => new Map(m).set(findingKey(f), false)),
    );
  }, [api, tabId]);

  useEffect(load, [load]);
  const status = view?.state?.status;
  // A detected policy not yet analysed (automatic analysis is off): opening the popup is the
  // user's request, so analyse it now, once.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (status !== 'pending' || autoStarted.current) return;
    autoStarted.current = true;
    analyze();
  }, [status, analyze]);
  useEffect(() => {
    if (status !== 'analysing' && status !== 'pending') return undefined;
    const timer = setInterval(load, pollMs);
    return () => clearInterval(timer);
  }, [status, load, pollMs]);

  return <main class="popup">{body(view, failure, load, analyze, onShow, shown)}</main>;
}

function body(
  view: TabView | null, failure: string | null, retry: () => void, analyze: () => void,
  onShow: (f: Finding) => void, shown: ReadonlyMap<string, boolean>,
) {
  if (failure) return <StatusPanel kind="error" title="Something went wrong" message={failure} actionLabel="Retry" onAction={view?.state ? analyze : retry} />;
  if (!view) return <StatusPanel kind="busy" title="Loading…" />;
  const state = view.state;
  if (!state) {
    return <StatusPanel kind="info" title="PolicyLens has not read this page" message="Browser pages cannot be read. For a web page opened before PolicyLens was installed, reload it." actionLabel="Retry" onAction={retry} />;
  }
  switch (state.status) {
    case 'unsupported':
      return <StatusPanel kind="info" title="Not a readable page" message={state.reason} />;
    case 'not-policy':
      return view.site
        ? <SiteMemoryPanel memory={view.site} onAnalyze={analyze} />
        : <StatusPanel kind="info" title="This page does not look like a privacy policy" actionLabel="Analyse this page anyway" onAction={analyze} />;
    case 'pending':
      return <StatusPanel kind="info" title="This looks like a privacy policy" message="Automatic analysis is off or has not started yet." actionLabel="Analyse this page" onAction={analyze} />;
    case 'analysing':
      return <StatusPanel kind="busy" title="Analysing…" message="Reading the policy on your computer." />;
    case 'error':
      return <StatusPanel kind="error" title="The analysis failed" message={state.error} actionLabel="Retry" onAction={analyze} />;
    case 'done': {
      const a = view.analysis;
      if (!a) return <StatusPanel kind="error" title="The analysis is missing" actionLabel="Retry" onAction={analyze} />;
      const groups = groupFindings(a.findings);
      return (
        <>
          <GradeSummary score={a.score} title={a.title || state.url} fromCache={state.fromCache} />
          {a.findings.length === 0 ? <p class="empty">No clauses of interest were found.</p> : null}
          <FindingSection heading="Lead risks" tone="lead" findings={groups.lead} onShow={onShow} shown={shown} open />
          <FindingSection heading="Other risks" tone="risk" findings={groups.risks} onShow={onShow} shown={shown} open={groups.lead.length === 0 || groups.risks.length <= 5} />
          <FindingSection heading="Protections" tone="protection" findings={groups.protections} onShow={onShow} shown={shown} open={groups.lead.length + groups.risks.length === 0} />
        </>
      );
    }
  }
}
