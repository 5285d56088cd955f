/**
 * Registrable domain ("site") of a URL, used to remember a site's privacy policy while the user
 * browses its other pages. Pure. The full Public Suffix List is ~200 KB, too big for an extension
 * that must stay under 150 KB zipped, so this knows the common second-level suffixes and falls back
 * to the last two labels: wrong only for rare suffixes, where it merely groups a little too widely.
 */

/** Second-level labels that act as public suffixes under many country codes (co.uk, com.au...). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'nic', 'mil', 'ltd', 'plc', 'sch', 'nom', 'gen', 'biz', 'info']);

/** Multi-label suffixes that are not of the `<generic>.<cc>` shape. */
const EXTRA_SUFFIXES = new Set([
  'github.io', 'gitlab.io', 'netlify.app', 'vercel.app', 'pages.dev', 'herokuapp.com', 'blogspot.com',
  'appspot.com', 'azurewebsites.net', 'cloudfront.net', 'wordpress.com', 'tumblr.com', 'web.app', 'firebaseapp.com',
]);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Returns the registrable domain of `url` (e.g. `https://www.shop.example.co.uk/x` ->
 * `example.co.uk`), the host itself for IP addresses and single-label hosts, or `''` for
 * non-http(s) URLs and unparsable input.
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
    host = u.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
  if (!host) return '';
  if (IPV4.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const last2 = labels.slice(-2).join('.');
  const secondLevel = labels[labels.length - 2] ?? '';
  const tld = labels[labels.length - 1] ?? '';
  const suffixIsTwoLabels = EXTRA_SUFFIXES.has(last2) || (tld.length === 2 && GENERIC_SECOND_LEVEL.has(secondLevel));
  return suffixIsTwoLabels ? labels.slice(-3).join('.') : last2;
}

/** The URL without its fragment: `#section` links are the same document. */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
