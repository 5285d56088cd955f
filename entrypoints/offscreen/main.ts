// Chrome only: the offscreen document that parses and analyses pages for the service worker.
import { analyzeHtml, discoverInHtml } from '../../utils/analysis-host';
import { createCache } from '../../utils/cache';
import { listen } from '../../utils/messaging';

const cache = createCache();
listen({
  'offscreen:analyze': (data) => analyzeHtml(data, cache),
  'offscreen:discover': (data) => discoverInHtml(data),
});
