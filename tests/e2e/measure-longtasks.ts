/**
 * Benchmark, not a test: main-thread long tasks (> 50 ms) a page sees after load, with and
 * without the extension, on the dev policy and on generated large policies.
 * Run after `npm run build`: npx tsx tests/e2e/measure-longtasks.ts
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, isLocal, tabIdFor, tabState, waitFor } from './helpers/extension';
import { startServer } from './helpers/server';

const OBSERVE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.addEventListener('load', () => { window.__loadEnd = performance.now(); });
`;

async function run(withExtension: boolean, urls: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  if (withExtension) args.unshift(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context: BrowserContext = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args });
  await context.route('**/*', (r) => (isLocal(r.request().url()) ? r.continue() : r.abort()));
  await context.addInitScript(OBSERVE);
  const worker = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  for (const url of urls) {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    let settled = 'n/a';
    if (worker) {
      const tabId = await tabIdFor(worker, url);
      const s = await waitFor(async () => {
        const st = await tabState(worker, tabId);
        return st && st.status !== 'pending' && st.status !== 'analysing' ? st : null;
      }, 'analysis', 120_000);
      settled = `${s.status}${s.fromCache ? ' (cache)' : ''} after ${Date.now() - t0} ms, metrics ${JSON.stringify(s.metrics)}`;
    } else {
      await page.waitForTimeout(3000);
    }
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; ms: number }[]; __loadEnd: number };
      const after = w.__longTasks.filter((t) => t.start >= w.__loadEnd);
      return { loadEnd: Math.round(w.__loadEnd), all: w.__longTasks.map((t) => Math.round(t.ms)), afterLoad: after.map((t) => Math.round(t.ms)) };
    });
    console.log(`${withExtension ? 'with ext   ' : 'without ext'} ${url.replace(/^.*\//, '')}: load ${r.loadEnd} ms; long tasks before+after load ${JSON.stringify(r.all)}; after load ${JSON.stringify(r.afterLoad)}; ${settled}`);
    await page.close();
  }
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}

const server = await startServer();
// MEASURE_PAGES="big-5.html big-5.html?b" MEASURE_ONLY_EXT=1 narrows the run.
const pages = process.env.MEASURE_PAGES?.split(/\s+/).filter(Boolean) ?? ['policy.html', 'big-1.html', 'big-5.html', 'big-5.html?second'];
const urls = pages.map((p) => `${server.origin}/${p}`);
if (!process.env.MEASURE_ONLY_EXT) await run(false, urls);
await run(true, urls);
await server.close();
