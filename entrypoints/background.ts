import { createCache } from '../utils/cache';
import { createController } from '../utils/background/controller';
import { fetchPage } from '../utils/background/fetch-page';
import { analyzeOffscreen, discoverOffscreen } from '../utils/background/offscreen-client';
import { setBadge } from '../utils/background/set-badge';
import { createTabStore } from '../utils/background/tab-store';
import { listen, sendTab } from '../utils/messaging';
import { loadSettings } from '../utils/settings';
import { browser } from 'wxt/browser';

/** Pages above this many characters are cut (a 5 MB policy is ~5 M characters). */
const MAX_PAGE_CHARS = 12_000_000;

export default defineBackground(() => {
  const cache = createCache();
  const controller = createController({
    cache,
    tabs: createTabStore(),
    settings: loadSettings,
    getPage: (tabId) => fetchPage((req) => sendTab(tabId, 'content:get-page', req), MAX_PAGE_CHARS),
    // Firefox's MV2 background page has a DOMParser; Chrome's service worker does not.
    // The dynamic import is dropped from the Chrome build (dead branch), keeping Readability out of
    // the service worker; the Firefox build inlines it.
    analyze: import.meta.env.FIREFOX
      ? async (page, detection) => (await import('../utils/analysis-host')).analyzeHtml({ html: page.html, url: page.url, detection }, cache)
      : analyzeOffscreen,
    discover: import.meta.env.FIREFOX
      ? async (page) => (await import('../utils/analysis-host')).discoverInHtml({ html: page.html, url: page.url })
      : discoverOffscreen,
    // The site's policy is fetched by the tab's content script: a same-origin request of the page,
    // so no host permission is needed (README "Permissions").
    fetchSame: (tabId, url) => sendTab(tabId, 'content:fetch', { url, maxChars: MAX_PAGE_CHARS }),
    highlight: (tabId, text) => sendTab(tabId, 'content:highlight', { text }),
    setBadge,
    now: Date.now,
  });
  listen(controller.handlers);
  browser.tabs.onRemoved.addListener((tabId) => { void controller.tabClosed(tabId); });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void controller.refreshBadges();
  });
});
