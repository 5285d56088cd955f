// Scores the engine on the labelled development policies (tests/fixtures/labeled) with
// ../shared/eval/score.mjs, linking each gold file beside its page in a temporary folder:
//   npm run eval:labeled [-- --json]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sharedDir } from './shared-dir';

const here = resolve(import.meta.dirname, '../fixtures/labeled');
const shared = sharedDir();
if (!shared) throw new Error('needs ../shared/eval next to the repository');
const pages: Record<string, string> = JSON.parse(readFileSync(join(here, 'pages.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'policylens-labeled-'));
try {
  for (const [doc, page] of Object.entries(pages)) {
    symlinkSync(join(shared, 'eval/pages', page), join(dir, `${doc}.html`));
    copyFileSync(join(here, `${doc}.gold.jsonl`), join(dir, `${doc}.gold.jsonl`));
  }
  const extra = process.argv.slice(2).join(' ');
  const r = spawnSync(`node ${join(shared, 'eval/score.mjs')} --gold ${dir} --run "npm run --silent analyze -- --json" ${extra}`, { shell: true, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
