/** Why a document the content script does not read cannot be analysed, in the popup's words. */
export function unsupportedReason(contentType: string): string {
  if (contentType === 'application/pdf') return 'PolicyLens cannot read PDF documents.';
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml' || contentType === 'text/plain') {
    return 'This document has no readable body.';
  }
  return `PolicyLens reads web pages, not ${contentType || 'unknown'} documents.`;
}
