// Shared vocabulary of the core: every adapter (CLI, extension) speaks in these types.
import { TOOL_REPOSITORY, ruleDocsBase } from './version';

/** Finding severities, ordered from most to least serious. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The rule families of DESIGN.md; the sidebar and the report group by these. */
export type RuleFamily =
  | 'manifest'
  | 'documentation'
  | 'intended-use'
  | 'high-risk'
  | 'responsibility'
  | 'licensing';

export const RULE_FAMILIES: readonly RuleFamily[] = [
  'manifest',
  'documentation',
  'intended-use',
  'high-risk',
  'responsibility',
  'licensing',
];

/** Zero-based line and UTF-16 character, as in LSP and VS Code. */
export interface Position {
  line: number;
  character: number;
}

/** Half-open range [start, end) with offsets into the text it was computed on. */
export interface Range {
  start: Position;
  end: Position;
  startOffset: number;
  endOffset: number;
}

/** A replacement of [startOffset, endOffset) of one file's text. Insertion: start === end. */
export interface TextEdit {
  startOffset: number;
  endOffset: number;
  newText: string;
}

/** One file a fix touches: either edits to an existing file or the whole text of a new one. */
export type FileChange =
  | { kind: 'edit'; path: string; edits: TextEdit[] }
  | { kind: 'create'; path: string; text: string };

export interface Fix {
  /** Short imperative label, shown in quick-fix menus: "Add intended_use.out_of_scope". */
  title: string;
  /** Safe fixes run under `--fix` and fix-all; unsafe ones only on an explicit user choice. */
  safe: boolean;
  /** The obvious fix for its finding (VS Code `isPreferred`). */
  preferred?: boolean;
  changes: FileChange[];
}

/** A place elsewhere that explains a finding (VS Code related information). */
export interface RelatedLocation {
  path: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  family: RuleFamily;
  message: string;
  /** Workspace-relative POSIX path of the file the finding is in. */
  path: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Citations shown as indicators, never verdicts ("EU AI Act Annex III 4(a)"). */
  citations?: string[];
}

/** Static description of a rule; drives docs, SARIF rule metadata and settings. */
export interface RuleMeta {
  id: string;
  family: RuleFamily;
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  shortDescription: string;
  /** A paragraph: why it matters and how to fix it. */
  fullDescription: string;
}

/**
 * Where rule documentation lives on the web: docs/rules/<id>.md in the repository package.json names (see
 * version.ts). The extension opens the copy shipped in the .vsix instead, offline.
 */
export const RULE_DOCS_BASE = ruleDocsBase(TOOL_REPOSITORY);
export function ruleDocUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
