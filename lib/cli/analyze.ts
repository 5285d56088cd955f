/**
 * PolicyLens command line: `npm run analyze -- [--json] <file|dir|url>...`.
 * Inputs run one after another in this one process (no per-file start-up cost); an input
 * that fails prints an error (an `{"input","error"}` line with --json) and the others still run.
 */
import { analyzeLoaded } from './analyze-input';
import { parseArgs, USAGE } from './args';
import { toJson, toText } from './format';
import { expandInputs } from './inputs';
import { InputError, loadInput } from './load';

/** Writes to stdout, waiting when the pipe is full so that huge outputs are not held in memory. */
function out(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/**
 * Runs the CLI and returns its exit code: 0 all inputs analysed, 1 some input failed, 2 bad usage.
 * @param argv arguments after the script name
 */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    await out(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(`analyze: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const input of expandInputs(args.inputs)) {
    const t0 = performance.now();
    try {
      const analysis = analyzeLoaded(await loadInput(input));
      await out(args.json ? `${JSON.stringify(toJson(input, analysis, performance.now() - t0))}\n` : `${toText(input, analysis)}\n`);
    } catch (e) {
      failed = true;
      // An engine crash is a bug, but one page must not sink the run: report it like a bad input.
      const message = e instanceof InputError ? e.message : `${input}: ${e instanceof Error ? e.message : String(e)}`;
      process.stderr.write(`analyze: ${message}\n`);
      if (args.json) await out(`${JSON.stringify({ input, error: message })}\n`);
      else await out(`== ${input}\n  error: ${message}\n\n`);
    }
  }
  return failed ? 1 : 0;
}

// `analyze ... | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`analyze: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
