/**
 * Small synthetic pages for the detector tests, written for these tests (no eval page copied).
 * Each builder returns HTML; `page()` wraps a body with a title and optional head extras.
 */

/** A full HTML document. */
export function page(title: string | null, body: string, head = ''): string {
  const t = title === null ? '' : `<title>${title}</title>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${t}${head}</head><body>${body}</body></html>`;
}

/** Site chrome most real pages have: a header with a menu and a footer linking to the policy. */
const HEADER = `<header class="top"><a class="logo" href="/">Northwind</a><nav><ul>
<li><a href="/shop">Shop</a></li><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></nav></header>`;
const FOOTER = `<footer><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li>
<li><a href="/cookies">Cookie Settings</a></li></ul><p>&copy; 2024 Northwind Traders</p></footer>`;

/** Opening paragraphs of a privacy notice, in my own words. */
export const POLICY_TEXT = `<p>Last updated: March 3, 2024</p>
<p>This Privacy Notice explains how Northwind Traders ("we", "us") collects, uses and shares personal
information when you visit our stores or use our website.</p>
<h2>Information we collect</h2>
<p>We collect information you give us, such as your name, email address and payment details, and
information collected automatically, such as your IP address, device identifiers and browser type.</p>
<h2>How we use and share information</h2>
<p>We use your personal information to fulfil orders. We share personal information with service
providers and other third parties who process payments. We do not sell your personal information.</p>
<h2>Cookies</h2><p>We and our partners use cookies and web beacons. You can opt out of interest-based ads.</p>
<h2>Your rights</h2><p>You have the right to access or delete your data. We retain data only as long as needed.</p>
<h2>Contact</h2><p>Questions about this notice? Write to our privacy team.</p>`;

/** Opening paragraphs of terms of use that point to the privacy policy. */
export const TERMS_TEXT = `<p>Please read these Terms of Use carefully. By accessing the site you agree to be bound by these
terms. Our <a href="/privacy">Privacy Policy</a> explains how we collect and use personal information.</p>
<h2>Privacy</h2><p>Your use of the service is also subject to our Privacy Policy.</p>
<h2>License</h2><p>We grant you a limited, revocable license to use the service.</p>
<h2>Termination</h2><p>We may suspend or terminate your account at any time.</p>
<h2>Disclaimer</h2><p>The service is provided "as is" without warranty of any kind. In no event shall we be liable.</p>
<h2>Governing law</h2><p>These terms are governed by the laws of the State of Delaware. Any dispute goes to binding arbitration.</p>`;

/** Opening paragraphs of a cookie policy that mentions privacy and personal data. */
export const COOKIE_TEXT = `<p>This Cookie Policy explains what cookies are and how we use them. For how we handle personal
data, see our Privacy Policy.</p><h2>What are cookies?</h2><p>Cookies are small text files stored by your browser.</p>
<h2>Types of cookies we use</h2><p>Strictly necessary cookies, analytics cookies and advertising cookies set by third parties.</p>`;

/** A privacy policy page with an explicit title. */
export const explicitPolicy = page('Privacy Policy | Northwind', `${HEADER}<main><h1>Privacy Policy</h1>${POLICY_TEXT}</main>${FOOTER}`);

/** A policy whose title is only the site name; the h1 says "Privacy Notice". */
export const siteTitlePolicy = page('Northwind', `${HEADER}<div id="content"><h1>Privacy Notice</h1>${POLICY_TEXT}</div>${FOOTER}`);

/** Terms of service linking to the privacy policy. */
export const termsPage = page('Terms of Use | Northwind', `${HEADER}<main><h1>Terms of Use</h1>${TERMS_TEXT}</main>${FOOTER}`);

/** A cookie policy. */
export const cookiePage = page('Cookie Policy | Northwind', `${HEADER}<main><h1>Cookie Policy</h1>${COOKIE_TEXT}</main>${FOOTER}`);

/** A news article about a company's privacy policy, with article markup and a byline. */
export const newsArticle = page(
  'Northwind quietly changes its privacy policy to share more data with advertisers | Daily Bugle',
  `${HEADER}<main><article><h1>Northwind quietly changes its privacy policy to share more data with advertisers</h1>
<p class="byline">By Jane Porter · <time datetime="2024-03-05">March 5, 2024</time> · 4 min read</p>
<p>The retailer's new privacy policy lets it share personal information with third parties, including advertisers.
Critics say customers cannot opt out, and that the company collects location data and email addresses.</p>
<p>"We collect only what we need," a spokesperson said. Regulators in the EU are looking at whether the GDPR applies.</p>
</article></main>${FOOTER}`,
  '<meta property="og:type" content="article">',
);

/** A product page: nothing about privacy except the footer link. */
export const productPage = page(
  'Oak Dining Table, 6 Seats | Northwind Shop',
  `${HEADER}<main><div class="product"><h1>Oak Dining Table, 6 Seats</h1><p class="price">$499</p>
<p>Solid oak, seats six.</p><button>Add to cart</button><h2>Reviews</h2><p>Great table.</p></div></main>${FOOTER}`,
);

/** A "Your Privacy Choices" page: about privacy, but a settings page, not the policy. */
export const choicesPage = page(
  'Your Privacy Choices | Northwind',
  `${HEADER}<main><h1>Your Privacy Choices</h1><p>Use the toggles below to opt out of the sale or sharing of your
personal information. See our Privacy Policy for details.</p><form><label><input type="checkbox"> Do not sell</label></form></main>${FOOTER}`,
);

/** A blog post about reading privacy policies (no self-reference as a policy). */
export const blogPost = page(
  'Why nobody reads privacy policies - The Northwind Blog',
  `${HEADER}<main><article><h1>Why nobody reads privacy policies</h1><p>Posted on 12 May 2023 by Sam Lee</p>
<p>Most privacy policies are long. They explain how companies collect personal data and share it with third parties,
use cookies, and what rights you have. Reading them all would take weeks.</p><p>Leave a comment below.</p></article></main>${FOOTER}`,
);

/** A logo h1 followed by the policy's name in an h2. */
export const logoH1Policy = page('Northwind Traders', `<div class="wrap"><h1><a href="/">Northwind</a></h1><div class="body"><h2>Privacy Statement</h2>${POLICY_TEXT}</div></div>`);

/** A page that is huge: thousands of paragraphs under a privacy title. */
export function hugePolicy(paragraphs: number): string {
  const para = '<p>We collect personal information to provide the service and share it with third parties as described in this Privacy Policy.</p>';
  // Title and h1 only say "Privacy", so the detector has to read the text.
  return page('Privacy | Huge', `<main><h1>Privacy</h1>${para.repeat(paragraphs)}</main>`);
}

/** A huge page with no privacy cue at all. */
export function hugeProduct(items: number): string {
  const item = '<div class="card"><div class="img"></div><div class="meta"><span>Item</span><span>$9</span></div></div>';
  return page('Catalogue | Northwind Shop', `<div class="grid">${item.repeat(items)}</div>`);
}
