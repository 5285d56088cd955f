/**
 * The one message protocol of the extension: every message between the content script, the
 * background, the popup/options pages and the offscreen document is listed here with its request
 * and response type. Pure types and helpers: no extension APIs, so tests and Node can import it.
 */
import type { PolicyDiff } from './changes';
import type { Analysis, CategoryWeights, Detection } from './types';

/** What the background remembers about a site (registrable domain) whose policy it analysed. */
export interface SiteMemory {
  /** Registrable domain, e.g. `example.co.uk`. */
  site: string;
  /** URL of the analysed policy (without fragment). */
  url: string;
  title: string;
  grade: Analysis['score']['grade'];
  /** Number of lead-risk findings (LEAD_RISKS) in that policy. */
  leadRisks: number;
  /** Epoch milliseconds of the analysis. */
  analysedAt: number;
  /** Cache key of the analysis, so the popup can show it again. */
  analysisKey: string;
}

/** The page as the content script serialises it for the heavy pass. */
export interface PagePayload {
  url: string;
  html: string;
  /** True when the page was larger than the serialisation cap and was cut. */
  truncated: boolean;
  /** Milliseconds the content script spent serialising (measurement). */
  serializeMs: number;
  /** Longest uninterrupted slice of that work, ms (measurement). */
  longestSliceMs?: number;
}

/**
 * One part of the serialised page on the wire. Big pages travel in parts so no single message
 * (and so no single task in the page, which pays for serialising it) is large.
 */
export interface PagePart {
  url: string;
  part: number;
  parts: number;
  chunk: string;
  truncated: boolean;
  serializeMs: number;
  /** Longest uninterrupted slice of serialisation work in the page, ms. */
  longestSliceMs: number;
}

/** Outcome of one heavy analysis (offscreen document or Firefox background page). */
export interface AnalyzeOutcome {
  key: string;
  analysis: Analysis;
  fromCache: boolean;
  /**
   * What changed since the user last saw this policy (a `changed` diff), when this text is a new
   * version of a policy analysed before; null otherwise (first visit, same text, only moved
   * paragraphs or punctuation).
   */
  change?: PolicyDiff | null;
}

/**
 * The site's privacy-policy link found on a page that is not a policy, and what became of it.
 * `link: null` means none was found.
 */
export interface SiteOffer {
  link: { url: string; text: string } | null;
  /**
   * True when PolicyLens may fetch the link itself: same origin as the page, so the content
   * script's ordinary same-origin fetch reads it (no host permission). A policy on another
   * subdomain of the site is offered as a link to open instead.
   */
  fetchable: boolean;
  status: 'found' | 'analysing' | 'error';
  error?: string;
}

/** A same-origin page fetched by the content script for the site analysis. */
export interface FetchedPage {
  /** Final URL (after same-origin redirects). */
  url: string;
  /** HTTP status. */
  status: number;
  /** The response's content type. */
  type: string;
  html: string;
  truncated: boolean;
}

/** Where the time went for one page (measurement; shown nowhere in the UI). */
export interface Metrics {
  /** Content script: collectSignals + detectPolicy, ms. */
  detectMs?: number;
  /** Content script: serialising the page, ms (wall time, in slices). */
  serializeMs?: number;
  /** Content script: longest slice of serialisation, ms. */
  longestSliceMs?: number;
  /** Characters of HTML handed to the heavy pass. */
  htmlChars?: number;
  /** Heavy pass wall time in the background/offscreen (parse + hash + cache + engine), ms. */
  heavyMs?: number;
}

/** Per-tab state kept by the background; small, so it lives in `storage.session`. */
export type TabState = {
  metrics?: Metrics;
  /** Id of the document (one per content-script run) the state belongs to. */
  docId?: string;
} & (
  | { status: 'unsupported'; url: string; reason: string }
  | { status: 'not-policy'; url: string; detection: Detection; offer?: SiteOffer }
  | { status: 'pending'; url: string; detection: Detection }
  | { status: 'analysing'; url: string; detection: Detection | null; startedAt: number }
  | { status: 'error'; url: string; detection: Detection | null; error: string }
  | { status: 'done'; url: string; detection: Detection | null; analysisKey: string; fromCache: boolean; analysedAt: number }
);

/** What the popup needs to render one tab. */
export interface TabView {
  tabId: number;
  /** null when the content script never reported (e.g. browser pages, or not loaded yet). */
  state: TabState | null;
  /** The analysis, rescored with the user's current weights (status `done` only). */
  analysis: Analysis | null;
  /** The site's remembered policy, when this page is not that policy. */
  site: SiteMemory | null;
  /** Status `done` only: what changed since the user last saw this policy (see AnalyzeOutcome). */
  change?: PolicyDiff | null;
}

/** User settings (kept in `storage.local`, never in the cache database). */
export interface Settings {
  /** When false only the popup's button analyses a page. */
  autoAnalyze: boolean;
  /** 0 = ignore, 1 = normal, 2 = matters most, per category. */
  weights: CategoryWeights;
  /**
   * When true, on a page that is not a policy of a site with no known policy, PolicyLens looks
   * for the site's policy link and fetches and analyses that one page (same origin only).
   * Off by default: it is a network request the user did not click for.
   */
  autoSite: boolean;
}

/** Message name -> request and response types. */
export interface Protocol {
  /**
   * content -> background: the cheap detector's verdict for the current URL, or, for a document
   * it does not read (XML, PDF...), that document's content type in `unsupported`.
   */
  'page:detected': { request: { url: string; docId: string; detection: Detection | null; unsupported?: string; detectMs?: number }; response: { ok: true } };
  /**
   * content -> background: the document is going away (navigation, reload, back/forward cache).
   * `docId` tells a reloaded page (same URL) from the one leaving, whatever order messages arrive in.
   */
  'page:leaving': { request: { url: string; docId: string }; response: { ok: true } };
  /** background -> content: part `part` of the serialised page (part 0 starts the serialisation). */
  'content:get-page': { request: { maxChars: number; part: number; partChars: number }; response: PagePart };
  /** background -> content: scroll to a sentence and highlight it. */
  'content:highlight': { request: { text: string }; response: { found: boolean } };
  /** popup -> background: the tab's current state and analysis. */
  'tab:get': { request: { tabId: number }; response: TabView };
  /** popup -> background: analyse the tab now (user request, ignores the detector and settings). */
  'tab:analyze': { request: { tabId: number }; response: TabView };
  /** popup -> background: show a finding's sentence in the tab. */
  'tab:show-in-page': { request: { tabId: number; text: string }; response: { found: boolean } };
  /** background -> content: fetch one same-origin page (the site's policy), as the page itself would. */
  'content:fetch': { request: { url: string; maxChars: number }; response: FetchedPage };
  /** popup -> background: look for the site's policy link on the tab's page (not a policy). */
  'tab:discover': { request: { tabId: number }; response: TabView };
  /** popup -> background: fetch and analyse the policy found by `tab:discover` (user's click). */
  'tab:analyze-site': { request: { tabId: number }; response: TabView };
  /** options -> background: drop every cached analysis, site memory and policy history. */
  'cache:clear': { request: Record<string, never>; response: { ok: true } };
  /** background -> offscreen (Chrome): parse, hash, look up the cache, analyse. */
  'offscreen:analyze': { request: { html: string; url: string; detection: Detection | null }; response: AnalyzeOutcome };
  /** background -> offscreen (Chrome): find the site's policy link in a serialised page. */
  'offscreen:discover': { request: { html: string; url: string }; response: { url: string; text: string } | null };
}

/** Every message name. */
export type MessageName = keyof Protocol;
/** Request type of message `K`. */
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
/** Response type of message `K`. */
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

/** A message on the wire. */
export interface Envelope<K extends MessageName = MessageName> {
  /** Marks our messages so foreign ones (other extensions' injected pages) are ignored. */
  policylens: 1;
  name: K;
  data: RequestOf<K>;
}

/** A reply on the wire: errors travel as data because extension messaging drops thrown errors. */
export type Reply<K extends MessageName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };


/** Builds an envelope for message `name`. */
export function envelope<K extends MessageName>(name: K, data: RequestOf<K>): Envelope<K> {
  return { policylens: 1, name, data };
}

/**
 * True when `value` has our envelope's shape. The name is checked by `handles` against the
 * handlers of the receiving context (a list of every name here would ship in every page).
 */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { policylens?: unknown; name?: unknown; data?: unknown };
  return v.policylens === 1 && typeof v.name === 'string' && typeof v.data === 'object' && v.data !== null;
}

/** A handler per message name; a context implements only the messages addressed to it. */
export type Handlers<Ctx> = { [K in MessageName]?: (data: RequestOf<K>, ctx: Ctx) => ResponseOf<K> | Promise<ResponseOf<K>> };

/** True when `handlers` answers `env` (so other contexts' listeners may answer the rest). */
export function handles<Ctx>(handlers: Handlers<Ctx>, env: Envelope): boolean {
  // Own properties only: `toString` & co. are not message names.
  return Object.prototype.hasOwnProperty.call(handlers, env.name) && typeof handlers[env.name] === 'function';
}

/**
 * Runs the handler for `env` and wraps its result or error in a `Reply`.
 * The cast is confined here: `env.name` and `env.data` are correlated by construction.
 */
export async function dispatch<Ctx>(handlers: Handlers<Ctx>, env: Envelope, ctx: Ctx): Promise<Reply<MessageName>> {
  const handler = handles(handlers, env) ? (handlers[env.name] as (data: unknown, ctx: Ctx) => unknown) : undefined;
  if (!handler) return { ok: false, error: `no handler for ${env.name}` };
  try {
    const value = (await handler(env.data, ctx)) as ResponseOf<MessageName>;
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: errorText(err) };
  }
}

/** Unwraps a reply, turning a transported error back into an exception. */
export function unwrap<K extends MessageName>(name: K, reply: unknown): ResponseOf<K> {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error(`no reply to ${name}`);
  const r = reply as Reply<K>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** A readable message for any thrown value. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : 'unknown error';
}
