/**
 * Runs on every http(s) page at document idle, top frame only. It runs only the cheap detector
 * and reports its verdict; the heavy pass runs outside the page (see utils/analysis-host.ts),
 * fed by `content:get-page`. Every entry point is wrapped: nothing may throw into the page.
 */
import { collectSignals, detectPolicy } from '../../lib/detect';
import { pageKey } from '../../lib/site';
import { isReadable } from '../../utils/content/page-support';
import { pagePart } from '../../utils/content/page-parts';
import { clearHighlight, highlightText } from '../../utils/content/highlight';
import { fetchSameOrigin } from '../../utils/content/fetch-same-origin';
import { listen, sendRuntime } from '../../utils/messaging';

/** This document's id: tells the background which document a report or a goodbye is from. */
const DOC_ID = Math.random().toString(36).slice(2);

/** After an SPA navigation, wait for the new view to render before reading it. */
const SPA_SETTLE_MS = 800;

function report(): void {
  try {
    const url = location.href;
    const t0 = performance.now();
    const readable = isReadable(document);
    const detection = readable ? detectPolicy(collectSignals(document, url)) : null;
    const detectMs = performance.now() - t0;
    sendRuntime('page:detected', { url, docId: DOC_ID, detection, detectMs, ...(readable ? {} : { unsupported: document.contentType }) }).catch(() => undefined);
  } catch {
    // A detector bug must never surface in the page.
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  // WXT would otherwise window.postMessage into every page, which some pages' listeners mishandle.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      const stop = listen({
        'content:get-page': (req) => pagePart(document, location.href, req),
        'content:highlight': ({ text }) => ({ found: highlightText(document, text) }),
        'content:fetch': fetchSameOrigin,
      });
      ctx.onInvalidated(() => { stop(); clearHighlight(); });
      report();
      let lastKey = pageKey(location.href);
      let timer: number | undefined;
      // Leaving (navigation, reload, back/forward cache): the background forgets this page...
      ctx.addEventListener(window, 'pagehide', () => {
        sendRuntime('page:leaving', { url: location.href, docId: DOC_ID }).catch(() => undefined);
      });
      // ...and a page restored from the back/forward cache (this script does not re-run) reports again.
      ctx.addEventListener(window, 'pageshow', (e) => { if (e.persisted) report(); });
      // SPA navigations (history API, back/forward): WXT's context watches the URL for us.
      ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
        const key = pageKey(newUrl.href);
        if (key === lastKey) return; // a #fragment jump is the same document
        lastKey = key;
        clearHighlight();
        window.clearTimeout(timer);
        timer = ctx.setTimeout(report, SPA_SETTLE_MS);
      });
    } catch {
      // See above: never throw into the page.
    }
  },
});
