import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isUrl } from './inputs';

/** Largest input read, in bytes: a policy is rarely over 1 MB; 20 MB leaves room and bounds memory. */
export const MAX_BYTES = 20 * 1024 * 1024;
/** How long a URL may take to answer, in milliseconds. */
export const FETCH_TIMEOUT_MS = 15_000;

/** An input's content, ready for the engine. */
export interface Loaded {
  kind: 'html' | 'text';
  content: string;
  /** URL handed to the detector: the http(s) URL, or the file's file:// URL. */
  url: string;
  /** Title for text inputs without a heading. */
  name: string;
}

/** Raised for an input that cannot be used; its message is what the CLI prints. */
export class InputError extends Error {}

/** Binary data (images, archives, executables) has NUL bytes early on; text and HTML do not. */
function assertText(bytes: Uint8Array, input: string): void {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(`${input}: binary data, not a text or HTML document`);
}

/** Decides HTML or text from the extension, or by sniffing when the extension says neither. */
function kindOf(path: string, content: string): Loaded['kind'] {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(txt|md)$/i.test(path)) return 'text';
  return /^\s*</.test(content) ? 'html' : 'text';
}

async function loadUrl(url: string): Promise<Loaded> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    throw new InputError(`${url}: fetch failed (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!res.ok) throw new InputError(`${url}: HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_BYTES) throw new InputError(`${url}: larger than ${MAX_BYTES} bytes`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new InputError(`${url}: larger than ${MAX_BYTES} bytes`);
  assertText(bytes, url);
  const content = new TextDecoder('utf-8').decode(bytes);
  const type = res.headers.get('content-type') ?? '';
  const kind = /html|xml/i.test(type) ? 'html' : /text\/plain|markdown/i.test(type) ? 'text' : kindOf(new URL(url).pathname, content);
  return { kind, content, url: res.url || url, name: new URL(url).hostname };
}

function loadFile(path: string): Loaded {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_BYTES) throw new InputError(`${path}: larger than ${MAX_BYTES} bytes`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read${code ? ` (${code})` : ''}`);
  }
  assertText(bytes, path);
  const content = bytes.toString('utf8');
  return { kind: kindOf(path, content), content, url: pathToFileURL(resolve(path)).href, name: basename(path) };
}

/**
 * Reads one input: a file, or an http(s) URL fetched with a timeout and a size cap.
 * Throws `InputError` for what cannot be used (missing, unreadable, too large, binary).
 * @param input a path or URL from the command line
 */
export async function loadInput(input: string): Promise<Loaded> {
  return isUrl(input) ? loadUrl(input) : loadFile(input);
}
