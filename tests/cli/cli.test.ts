import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run-cli';

const POLICY = `<!doctype html><html lang="en"><head><title>Privacy Policy | Example</title></head><body>
<main><h1>Privacy Policy</h1>
<p>This privacy policy explains how Example collects, uses and shares your personal information when you use our services.</p>
<h2>Sharing</h2><p>We do not sell your personal information. We may share information with service providers who process it for us.</p>
<h2>Your rights</h2><p>You may access, correct or delete your personal information at any time from your account settings.</p>
</main></body></html>`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policylens-cli-'));
  writeFileSync(join(dir, 'policy.html'), POLICY);
  mkdirSync(join(dir, 'site', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'site', 'b.md'), '# Terms\n\nYou agree to these terms.');
  writeFileSync(join(dir, 'site', 'deep', 'a.txt'), 'We keep logs for 30 days.');
  writeFileSync(join(dir, 'site', 'ignored.json'), '{}');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze CLI', () => {
  it('prints one JSON line per input, walks directories in order, and reports bad inputs without stopping', async () => {
    const missing = join(dir, 'missing.html');
    const r = await runCli(['--json', join(dir, 'policy.html'), missing, join(dir, 'site'), join(dir, 'binary.html')]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.input)).toEqual([
      join(dir, 'policy.html'), missing, join(dir, 'site', 'b.md'), join(dir, 'site', 'deep', 'a.txt'), join(dir, 'binary.html'),
    ]);
    expect(lines[1]).toEqual({ input: missing, error: expect.stringContaining('cannot read') });
    expect(lines[4]?.error).toMatch(/binary/);
    expect(r.stderr).toContain('missing.html');
    expect(r.stderr).toContain('binary.html');
    const first = lines[0] ?? {};
    for (const key of ['input', 'isPolicy', 'detection', 'title', 'score', 'grade', 'findings', 'engineVersion', 'ms']) expect(first).toHaveProperty(key);
    expect(first.title).toMatch(/Privacy Policy/);
    expect(typeof first.isPolicy).toBe('boolean');
    expect(Array.isArray(first.findings)).toBe(true);
    expect(first.detection).toEqual({ confidence: expect.any(Number), reasons: expect.any(Array) });
    expect(lines[2]?.title).toBe('Terms');
  });

  it('exits 0 and prints a readable summary by default', async () => {
    const r = await runCli([join(dir, 'policy.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`== ${join(dir, 'policy.html')}`);
    expect(r.stdout).toMatch(/title: +Privacy Policy/);
    expect(r.stdout).toMatch(/detection: +(privacy policy|not a privacy policy)/);
    expect(r.stdout).toMatch(/grade: +[A-E?]/);
  });

  it('exits 2 with usage on bad usage', async () => {
    const [none, flag] = await Promise.all([runCli([]), runCli(['--frobnicate', join(dir, 'policy.html')])]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no inputs[\s\S]*usage:/);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('unknown option: --frobnicate');
    expect(flag.stdout).toBe('');
  });

  describe('URLs', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/privacy') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(POLICY);
        } else {
          res.writeHead(404);
          res.end('not here');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches a URL and analyses it; an HTTP error is an error line', async () => {
      const r = await runCli(['--json', `${base}/privacy`, `${base}/gone`]);
      expect(r.code).toBe(1);
      const [ok, gone] = jsonLines(r.stdout);
      expect(ok?.input).toBe(`${base}/privacy`);
      expect(ok?.title).toMatch(/Privacy Policy/);
      expect(ok).not.toHaveProperty('error');
      expect(gone).toEqual({ input: `${base}/gone`, error: expect.stringContaining('HTTP 404') });
    });
  });
});
