/**
 * Chrome MV3: the service worker has no DOMParser, so the heavy pass runs in an offscreen
 * document (permission "offscreen", reason DOM_PARSER). Created on first use, closed when idle
 * so it does not hold a renderer's memory for nothing.
 */
import { browser } from 'wxt/browser';
import type { AnalyzeOutcome, PagePayload } from '../../lib/messages';
import type { Detection } from '../../lib/types';
import { sendRuntime } from '../messaging';

const PATH = '/offscreen.html';
const IDLE_CLOSE_MS = 60_000;

let creating: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let busy = 0;

async function ensureDocument(): Promise<void> {
  if (await browser.offscreen.hasDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: PATH,
      reasons: [browser.offscreen.Reason.DOM_PARSER],
      justification: 'Parse a privacy policy page to extract and classify its text away from the page.',
    })
    .finally(() => { creating = null; });
  await creating;
}

function scheduleClose(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (busy === 0) void browser.offscreen.closeDocument().catch(() => undefined);
  }, IDLE_CLOSE_MS);
}

/** Runs `work` with the offscreen document open, keeping it open while any work is running. */
async function withDocument<T>(work: () => Promise<T>): Promise<T> {
  busy += 1;
  try {
    await ensureDocument();
    return await work();
  } finally {
    busy -= 1;
    scheduleClose();
  }
}

/** Runs the heavy pass in the offscreen document. */
export function analyzeOffscreen(page: PagePayload, detection: Detection | null): Promise<AnalyzeOutcome> {
  return withDocument(() => sendRuntime('offscreen:analyze', { html: page.html, url: page.url, detection }));
}

/** Looks for the site's policy link in a serialised page, in the offscreen document. */
export function discoverOffscreen(page: PagePayload): Promise<{ url: string; text: string } | null> {
  return withDocument(() => sendRuntime('offscreen:discover', { html: page.html, url: page.url }));
}
