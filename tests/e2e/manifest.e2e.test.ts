/**
 * The built manifests (after `npm run build`): the narrowest permissions, what runs in every
 * page, and the size of what is injected there.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../../.output');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean; run_at?: string }[];
}

const read = (target: string): Manifest => JSON.parse(readFileSync(resolve(OUT, target, 'manifest.json'), 'utf8')) as Manifest;

describe.each([
  ['chrome-mv3', ['offscreen', 'storage']],
  ['firefox-mv2', ['storage']],
])('%s manifest', (target, permissions) => {
  const m = read(target);

  it('asks only for the permissions the README justifies', () => {
    expect([...(m.permissions ?? [])].sort()).toEqual(permissions);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    // Nothing a page could load to detect the extension.
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('injects one small script into http(s) top frames at document idle', () => {
    expect(m.content_scripts).toHaveLength(1);
    const cs = m.content_scripts?.[0];
    expect(cs?.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(cs?.all_frames ?? false).toBe(false);
    expect(cs?.run_at).toBe('document_idle');
    const files = [...(cs?.js ?? []), ...(cs?.css ?? [])];
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(resolve(OUT, target, f)), { level: 9 }).length, 0);
    expect(gz).toBeLessThanOrEqual(10 * 1024);
    const code = files.map((f) => readFileSync(resolve(OUT, target, f), 'utf8')).join('');
    expect(code).not.toContain('Readability'); // the heavy part never ships into pages
  });
});
