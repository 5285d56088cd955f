import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabView } from '../lib/messages';
import type { Finding } from '../lib/types';
import { pageKey } from '../lib/site';
import { dataFlows } from '../lib/data-flows';
import { MIN_FINDINGS, MIN_TEXT_LENGTH } from '../lib/score/weights';
import { groupFindings } from '../lib/findings-order';
import { ChangeBanner } from './ChangeBanner';
import { FindingSection, findingKey } from './FindingSection';
import { GradeSummary } from './GradeSummary';
import { PrivacyLabel } from './PrivacyLabel';
import { DataFlows } from './DataFlows';
import { ReportBar, type ReportSink } from './ReportBar';
import { SiteMemoryPanel } from './SiteMemoryPanel';
import { SiteOfferPanel } from './SiteOfferPanel';
import { StatusPanel } from './StatusPanel';

/** What the popup asks of the background (injected so tests can fake it). */
export interface PopupApi {
  getTab(tabId: number): Promise<TabView>;
  analyze(tabId: number): Promise<TabView>;
  showInPage(tabId: number, text: string): Promise<{ found: boolean }>;
  /** Looks for the site's policy link on a page that is not a policy (reads the page only). */
  discover(tabId: number): Promise<TabView>;
  /** Fetches and analyses that policy (the user's click). */
  analyzeSite(tabId: number): Promise<TabView>;
}

/** Props of PopupApp. */
export interface PopupAppProps {
  tabId: number;
  api: PopupApi;
  /** Poll interval while an analysis runs. */
  pollMs?: number;
  /** Where reports go (tests); the clipboard and downloads by default. */
  reportSink?: ReportSink;
}

/** The popup: one tab's analysis and every state leading to it. */
export function PopupApp({ tabId, api, pollMs = 400, reportSink }: PopupAppProps) {
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

  const showText = useCallback((key: string, text: string) => {
    api.showInPage(tabId, text).then(
      (r) => setShown((m) => new Map(m).set(key, r.found)),
      () => setShown((m) => new Map(m).set(key, false)),
    );
  }, [api, tabId]);
  const onShow = useCallback((f: Finding) => showText(findingKey(f), f.text), [showText]);

  const fail = useCallback((e: unknown) => setFailure(e instanceof Error ? e.message : 'Could not reach PolicyLens.'), []);
  const analyzeSite = useCallback(() => {
    setView((v) => (v?.state?.status === 'not-policy' && v.state.offer ? { ...v, state: { ...v.state, offer: { ...v.state.offer, status: 'analysing' } } } : v));
    api.analyzeSite(tabId).then(setView, fail);
  }, [api, tabId, fail]);

  useEffect(load, [load]);
  const status = view?.state?.status;
  // A page that is not a policy, of a site whose policy is unknown: opening the popup asks for the
  // site's policy link (the page is read, nothing is fetched).
  const askedLink = useRef(false);
  const needsLink = status === 'not-policy' && !view?.site && view?.state?.status === 'not-policy' && !view.state.offer;
  useEffect(() => {
    if (!needsLink || askedLink.current) return;
    askedLink.current = true;
    // A failed search must not hide the rest of the panel: it only says so in the offer's place.
    const noLink = (e: unknown): void => setView((v) => (v?.state?.status === 'not-policy'
      ? { ...v, state: { ...v.state, offer: { link: null, fetchable: false, status: 'error', error: e instanceof Error ? e.message : 'The page could not be read.' } } }
      : v));
    api.discover(tabId).then(setView, noLink);
  }, [needsLink, api, tabId]);
  const siteBusy = view?.state?.status === 'not-policy' && view.state.offer?.status === 'analysing';
  // A detected policy not yet analysed (automatic analysis is off): opening the popup is the
  // user's request, so analyse it now, once.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (status !== 'pending' || autoStarted.current) return;
    autoStarted.current = true;
    analyze();
  }, [status, analyze]);
  useEffect(() => {
    if (status !== 'analysing' && status !== 'pending' && !siteBusy) return undefined;
    const timer = setInterval(load, pollMs);
    return () => clearInterval(timer);
  }, [status, siteBusy, load, pollMs]);

  return <main class="popup">{body(view, failure, { retry: load, analyze, analyzeSite, onShow, showText, shown, reportSink })}</main>;
}

interface BodyActions {
  retry: () => void;
  analyze: () => void;
  analyzeSite: () => void;
  onShow: (f: Finding) => void;
  showText: (key: string, text: string) => void;
  shown: ReadonlyMap<string, boolean>;
  reportSink: ReportSink | undefined;
}

function body(view: TabView | null, failure: string | null, { retry, analyze, analyzeSite, onShow, showText, shown, reportSink }: BodyActions) {
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
        : (
          <>
            <StatusPanel kind="info" title="This page does not look like a privacy policy" actionLabel="Analyse this page anyway" onAction={analyze} />
            <SiteOfferPanel offer={state.offer} onAnalyzeSite={analyzeSite} />
          </>
        );
    case 'pending':
      return <StatusPanel kind="info" title="This looks like a privacy policy" message="Automatic analysis is off or has not started yet." actionLabel="Analyse this page" onAction={analyze} />;
    case 'analysing':
      return <StatusPanel kind="busy" title="Analysing…" message="Reading the policy on your computer." />;
    case 'error':
      return <StatusPanel kind="error" title="The analysis failed" message={state.error} actionLabel="Retry" onAction={analyze} />;
    case 'done': {
      const a = view.analysis;
      if (!a) return <StatusPanel kind="error" title="The analysis is missing" actionLabel="Retry" onAction={analyze} />;
      // A policy in another language: say which, with no grade (the engine read nothing).
      if (a.language) return <StatusPanel kind="info" title={`This policy is in ${a.language.name}.`} message="PolicyLens reads English policies." />;
      const groups = groupFindings(a.findings);
      return (
        <>
          {view.change?.changed ? <ChangeBanner change={view.change} /> : null}
          {a.score.score === null ? (
            <StatusPanel
              kind="info"
              title="Not enough text to grade"
              message={`PolicyLens found ${a.textLength.toLocaleString('en')} characters of text${a.findings.length ? ` and ${a.findings.length} clause${a.findings.length === 1 ? '' : 's'} of interest` : ''} on this page; a grade needs at least ${MIN_TEXT_LENGTH} characters and ${MIN_FINDINGS} kinds of clause. If the policy is still loading or hidden behind a tab, open it and analyse again.`}
              actionLabel="Analyse this page anyway"
              onAction={analyze}
            />
          ) : null}
          <GradeSummary score={a.score} title={a.title || state.url} fromCache={state.fromCache} />
          <PrivacyLabel findings={a.findings} onShow={onShow} shown={shown} />
          <DataFlows flows={dataFlows(a.practices, a.evidence)} onShow={showText} shown={shown} />
          {a.findings.length === 0 ? <p class="empty">No clauses of interest were found.</p> : null}
          <FindingSection heading="Lead risks" tone="lead" findings={groups.lead} onShow={onShow} shown={shown} open />
          <FindingSection heading="Other risks" tone="risk" findings={groups.risks} onShow={onShow} shown={shown} open={groups.lead.length === 0 || groups.risks.length <= 5} />
          <FindingSection heading="Protections" tone="protection" findings={groups.protections} onShow={onShow} shown={shown} open={groups.lead.length + groups.risks.length === 0} />
          <ReportBar analysis={a} url={pageKey(state.url)} analysedAt={state.analysedAt} {...(reportSink ? { sink: reportSink } : {})} />
        </>
      );
    }
  }
}
