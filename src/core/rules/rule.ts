// The contract between the engine and the rules. A rule is a pure function of one release unit.
import type { Finding, Fix, Range, RelatedLocation, RuleFamily, RuleMeta, Severity } from '../types';
import type { ParsedManifest } from '../manifest/model';
import type { ParsedCard } from '../cards/model';
import type { DomainCatalogue } from '../catalogue/model';
import { attachDeferredFixes, type DeferredFixes } from './deferredFixes';

/** The documents a manifest can name under `documentation:`. */
export type DocumentRole = 'readme' | 'model_card' | 'data_card' | 'license_file' | 'changelog';
export const DOCUMENT_ROLES: readonly DocumentRole[] = ['readme', 'model_card', 'data_card', 'license_file', 'changelog'];

export type DocumentState =
  | 'ok'
  | 'not-declared' // the manifest names no path for this role
  | 'missing' // named, but no file there
  | 'outside-root' // the path leaves the workspace: never read
  | 'not-a-file' // a directory, special file or symlink loop
  | 'binary' // NUL bytes or invalid UTF-8
  | 'too-large'; // over the size limit: skipped, reported

export interface DocumentSlot {
  role: DocumentRole;
  /** Workspace-relative path, when one was named (or implied, e.g. README.md beside the manifest). */
  path: string | undefined;
  /** Whether the manifest names it explicitly (vs. found by convention). */
  declared: boolean;
  state: DocumentState;
  text?: string;
  /** Parsed Markdown for README and cards. */
  card?: ParsedCard;
  /** Where the manifest names it (value of documentation.<role>), for findings and related info. */
  manifestRange?: Range;
}

export interface UnitContext {
  manifest: ParsedManifest;
  /** Directory of the manifest, workspace-relative ("" for root). */
  dir: string;
  documents: Record<DocumentRole, DocumentSlot>;
  catalogue: DomainCatalogue;
  options: CheckOptions;
}

export interface CheckOptions {
  /** Extra phrases the user marks as high-risk, mapped to a domain id. */
  extraPhrases?: { phrase: string; domain: string }[];
  /** Documents required on top of what the artifact kind requires. */
  requiredDocuments?: DocumentRole[];
  /** Per-rule severity overrides; 'off' disables a rule. */
  severityOverrides?: Record<string, Severity | 'off'>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: UnitContext): Finding[];
}

/** The RuleMeta builder of one family: each rule file states its family once. */
export function metaFor(family: RuleFamily) {
  return (id: string, defaultSeverity: Severity, shortDescription: string, fullDescription: string): RuleMeta => ({
    id,
    family,
    defaultSeverity,
    shortDescription,
    fullDescription,
  });
}

/** Build a finding for a rule with its defaults filled in. */
export function finding(
  meta: RuleMeta,
  path: string,
  range: Range,
  message: string,
  extra: { fixes?: Fix[] | DeferredFixes; related?: RelatedLocation[]; citations?: string[]; severity?: Severity } = {},
): Finding {
  const f: Finding = {
    ruleId: meta.id,
    severity: extra.severity ?? meta.defaultSeverity,
    family: meta.family,
    message,
    path,
    range,
  };
  if (typeof extra.fixes === 'function') attachDeferredFixes(f, extra.fixes);
  else if (extra.fixes?.length) f.fixes = extra.fixes;
  if (extra.related?.length) f.related = extra.related;
  if (extra.citations?.length) f.citations = extra.citations;
  return f;
}

/**
 * One finding per item up to `cap`, then a single finding that sums up the rest, placed at the first item
 * left out: a file holding a million placeholders stays a screenful of findings, and fast to report.
 */
export function boundedFindings<T>(items: readonly T[], cap: number, each: (item: T) => Finding, rest: (first: T, count: number) => Finding): Finding[] {
  const out = items.slice(0, cap).map(each);
  if (items.length > cap) out.push(rest(items[cap], items.length - cap));
  return out;
}
