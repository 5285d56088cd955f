/**
 * Reports: one analysis as Markdown (for people) or JSON (for tools; the CLI's format).
 * See /work/notes/issue4-api.md for how the extension offers them.
 */
export { toMarkdown, formatDate, type ReportMeta } from './markdown';
export { toJsonReport, type JsonFinding, type JsonReport } from './json';
export { escapeMarkdown, markdownUrl } from './escape';
export { LABEL_NAMES, labelName } from '../labels';
