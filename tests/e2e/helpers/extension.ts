/**
 * Launches /usr/bin/chromium with the built Chrome extension (recipe: shared/toolchain.md) and
 * reads the extension's state through its service worker.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { browser as BrowserApi } from 'wxt/browser';

// Code passed to worker.evaluate runs in the service worker, where `chrome` is the extension API.
declare const chrome: typeof BrowserApi;

/** The built extension. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** A launched browser with the extension. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL the browser's pages requested. */
  requests: string[];
  close(): Promise<void>;
}

/** Only loopback is reachable: everything else is aborted (and still logged, so tests fail). */
export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') return u.hostname === '127.0.0.1';
  return u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:';
}

/** Launches Chromium with the extension loaded. */
export async function launch(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`Build first: ${EXTENSION_DIR} is missing (npm run build)`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'policylens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId, requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Reloads `page` and waits for the new document's final (done) state. */
export async function reloadAndSettle(worker: Worker, page: { reload(): Promise<unknown> }, tabId: number): Promise<TabStateLike> {
  const before = await tabState(worker, tabId);
  await page.reload();
  return waitFor(async () => {
    const s = await tabState(worker, tabId);
    return s?.status === 'done' && s.docId !== before?.docId ? s : null;
  }, 'the reloaded page to be analysed');
}

/** Polls `fn` until it returns a non-null value. */
export async function waitFor<T>(fn: () => Promise<T | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | null | undefined;
  while (Date.now() < end) {
    last = await fn().catch(() => null);
    if (last !== null && last !== undefined) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The extension's per-tab state (storage.session), as the background wrote it. */
export interface TabStateLike {
  status: string;
  url: string;
  fromCache?: boolean;
  analysisKey?: string;
  docId?: string;
  metrics?: Record<string, number>;
}

/** Finds the tab id whose reported URL is `url` (no "tabs" permission needed). */
export function tabIdFor(worker: Worker, url: string): Promise<number> {
  return waitFor(() => worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    for (const [k, v] of Object.entries(all)) {
      if (k.startsWith('tab:') && (v as { url?: string }).url === u) return Number(k.slice(4));
    }
    return null;
  }, url), `a tab state for ${url}`);
}

/** The tab's state. */
export function tabState(worker: Worker, tabId: number): Promise<TabStateLike | null> {
  return worker.evaluate(async (id) => {
    const got = await chrome.storage.session.get(`tab:${id}`);
    return (got[`tab:${id}`] as TabStateLike | undefined) ?? null;
  }, tabId);
}

/** Waits until a tab's analysis state is one of `final` (by default: analysed, failed or not a policy). */
export function settledState(worker: Worker, tabId: number, final: readonly string[] = ['done', 'error', 'not-policy']): Promise<TabStateLike> {
  return waitFor(async () => {
    const s = await tabState(worker, tabId);
    return s && final.includes(s.status) ? s : null;
  }, `tab ${tabId} to settle`);
}

/** Badge text, tooltip and colour of a tab. */
export function badge(worker: Worker, tabId: number): Promise<{ text: string; title: string; color: number[] }> {
  return worker.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
    color: Array.from(await chrome.action.getBadgeBackgroundColor({ tabId: id })),
  }), tabId);
}

/** Where end-to-end tests save screenshots and downloads (gitignored). */
export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-results');

/** Folds whitespace, to compare page text with finding text. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Opens `url` in a new tab and returns the page with its tab id. */
export async function openTab(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdFor(ext.worker, url) };
}

/** Opens the popup as an ordinary page showing tab `tabId`'s analysis. */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
