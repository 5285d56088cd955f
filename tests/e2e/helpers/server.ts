/** A static server on 127.0.0.1 (random port) for the end-to-end fixtures. */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { resolve, extname } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve(import.meta.dirname, '../../fixtures/e2e');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml' };

/** Builds a policy page of about `bytes` bytes by repeating the fixture's article. */
export function bigPolicy(bytes: number): string {
  const src = readFileSync(resolve(ROOT, 'policy.html'), 'utf8');
  const body = /<article[^>]*>([\s\S]*?)<\/article>/i.exec(src)?.[1] ?? src;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const section = `<section id="copy-${i}">${body}</section>`;
    parts.push(section);
    size += section.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy (large) | Example</title></head><body><main><article><h1>Privacy Policy</h1>${parts.join('')}</article></main></body></html>`;
}

/** A running fixture server. */
export interface FixtureServer {
  origin: string;
  /** Path (with query) of every request the server received, in order. */
  log: string[];
  /** Which version (tests/fixtures/e2e/evolving/vN.html) `/evolving/privacy.html` serves. */
  setVersion(n: number): void;
  close(): Promise<void>;
}

/** Starts the server: files under tests/fixtures/e2e, plus generated pages. */
export async function startServer(): Promise<FixtureServer> {
  const cache = new Map<string, string>();
  const log: string[] = [];
  let version = 1;
  const server: Server = createServer((req, res) => {
    log.push(req.url ?? '/');
    let path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    // One policy URL whose text the test changes between visits.
    if (path === '/evolving/privacy.html') path = `/evolving/v${version}.html`;
    const big = /^\/big-(\d+)\.html$/.exec(path);
    if (big) {
      const mb = Number(big[1]);
      const html = cache.get(path) ?? bigPolicy(mb * 1_000_000);
      cache.set(path, html);
      res.writeHead(200, { 'content-type': TYPES['.html'] ?? '' }).end(html);
      return;
    }
    const file = resolve(ROOT, `.${path}`);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    setVersion: (n) => { version = n; },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
