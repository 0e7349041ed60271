// One entry point for the output formats, used by the CLI and the extension's report export.
export { formatText, type TextFormatOptions } from './text';
export { formatJson, toJson } from './json';
export { formatMarkdown, escapeMarkdown, type MarkdownFormatOptions } from './markdown';
export { formatSarif, toSarif, fnv1a, type SarifFormatOptions } from './sarif';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];
