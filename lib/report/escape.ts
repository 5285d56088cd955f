/**
 * Makes untrusted page text inert in Markdown. Policy sentences and titles come from arbitrary
 * web pages; pasted into an issue tracker or wiki, `[x](javascript:...)` would become a link and
 * `<img onerror=...>` raw HTML. Every character that starts Markdown syntax is backslash-escaped
 * (CommonMark allows escaping any ASCII punctuation) and `& < >` become entities, so the rendered
 * text reads exactly as the page did and nothing else.
 */

/** ASCII punctuation that can open Markdown syntax inline or at a line start. */
const SPECIAL = /[\\`*_{}[\]()#+\-!|~:@]/g;

/**
 * Escapes `text` for use inside a Markdown line: control characters dropped, whitespace and line
 * breaks collapsed (so no text can open a new block), HTML-significant characters as entities,
 * Markdown punctuation backslash-escaped, and "www." / "1." broken so no autolink or list appears.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^(\d+)\./, '$1\\.');
}

/** A link for a URL we can vouch for (http/https, as normalised by `URL`), else the escaped text. */
export function markdownUrl(url: string): string {
  try {
    const u = new URL(url);
    // URL.href percent-encodes spaces, "<" and ">", so it cannot break out of the angle brackets.
    if (u.protocol === 'http:' || u.protocol === 'https:') return `<${u.href}>`;
  } catch {
    // not a URL: shown as text below
  }
  return escapeMarkdown(url);
}
