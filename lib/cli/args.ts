/** Parsed command line of the analyzer CLI. */
export interface CliArgs {
  json: boolean;
  inputs: string[];
}

/** Usage text, printed on bad usage and for --help. */
export const USAGE = `usage: npm run analyze -- [--json] <file|dir|url>...

Analyzes privacy policies locally: .html/.htm pages, .txt/.md text, directories (walked
recursively for those files, in sorted order) and http(s) URLs.

  --json    one JSON object per input per line instead of a readable summary
  --help    this text

Exit code: 0 ok, 1 some input could not be read or parsed, 2 bad usage.`;

/**
 * Parses argv (without node and script). Returns an error message for bad usage: no inputs
 * or an unknown flag. `--` ends the flags, so a file named "--x" can still be passed.
 * @param argv the arguments after the script name
 */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } | { help: true } {
  const inputs: string[] = [];
  let json = false;
  let flags = true;
  for (const a of argv) {
    if (flags && a === '--') flags = false;
    else if (flags && a === '--json') json = true;
    else if (flags && (a === '--help' || a === '-h')) return { help: true };
    else if (flags && a.startsWith('-') && a !== '-') return { error: `unknown option: ${a}` };
    else inputs.push(a);
  }
  if (!inputs.length) return { error: 'no inputs given' };
  return { json, inputs };
}
