import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Extensions the CLI reads when it walks a directory. */
export const EXTENSIONS = /\.(html?|txt|md)$/i;

/** Whether an argument is an http(s) URL rather than a path. */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Files under `dir` with a readable extension, recursively, sorted by path. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile() && EXTENSIONS.test(e.name)) out.push(p);
  }
  return out;
}

/**
 * Expands the command line's inputs: URLs and files stay as they are, directories become
 * their readable files. A path that does not exist is kept, so that it gets its own error
 * line in order instead of stopping the run.
 * @param args inputs as given
 */
export function expandInputs(args: readonly string[]): string[] {
  return args.flatMap((a) => {
    if (isUrl(a)) return [a];
    try {
      return statSync(a).isDirectory() ? walk(a) : [a];
    } catch {
      return [a];
    }
  });
}
