/** Seeded generators for the fuzz test: the same inputs on every run, so failures reproduce. */

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random bytes decoded as UTF-8 (invalid sequences become U+FFFD, NULs stay). */
export function randomBytesText(rand: () => number, n: number): string {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = Math.floor(rand() * 256);
  return new TextDecoder().decode(bytes);
}

const SOUP = [
  '<p>', '</p>', '<div>', '</div>', '<li>', '</li>', '<ul>', '</ol>', '<h2>', '</h3>', '<table>', '<td>', '<tr>', '</table>',
  '<br>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<b>', '</i>', '<a href="x">', '</a>',
  '&amp;', '&nbsp;', '&#0;', '&#xD800;', '&bogus;', '<', '>', '"', "'", '\u0000', '\n\n', ' ', 'e.g.', 'U.S.', 'Inc.', '(i)', '1.',
  'We may sell your personal information.', 'We do not track you', 'cookies', 'Do Not Track', ';', '. ', '?', '\u200b', '\ufeff',
];

/** Random tag soup: unbalanced tags, broken entities, comments, stray NULs and policy-like words. */
export function tagSoup(rand: () => number, tokens: number): string {
  let s = '';
  for (let i = 0; i < tokens; i++) s += SOUP[Math.floor(rand() * SOUP.length)] ?? '';
  return s;
}
