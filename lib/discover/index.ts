/**
 * Policy-link discovery: from any page of a site to the site's privacy policy.
 * See /work/notes/issue4-api.md for how the extension uses it.
 */
export { findPolicyLink, MAX_FOOTER_LINKS, MAX_SCANNED_LINKS, type FindPolicyLinkOptions, type LinkSource, type PolicyLink } from './find-link';
export { normalizeLinkText, scorePath, scoreText } from './patterns';
