// Results of checking release units. Implemented in ./check.ts (discovery, loading, rules) and ./summary.ts.
import type { Finding, RuleFamily, Severity } from '../types';
import type { DocumentRole, DocumentState } from '../rules/rule';

/** File names recognised as release manifests, in order of preference within one folder. */
export const MANIFEST_FILE_NAMES: readonly string[] = [
  'release-manifest.yaml',
  'release-manifest.yml',
  '.release-manifest.yaml',
  '.release-manifest.yml',
];

export type ReadinessStatus = 'ready' | 'needs-work' | 'blocked';
export type FamilyStatus = 'pass' | 'warn' | 'fail';

export interface FamilySummary {
  status: FamilyStatus;
  counts: Record<Severity, number>;
}

export interface ReadinessSummary {
  /** blocked: any error; needs-work: warnings; ready: at most infos. */
  status: ReadinessStatus;
  /** 0..100, 100 = nothing found. */
  score: number;
  counts: Record<Severity, number>;
  families: Record<RuleFamily, FamilySummary>;
}

export interface UnitResult {
  /** Workspace-relative path of the manifest. */
  manifestPath: string;
  dir: string;
  /** `name` and `version` from the manifest, when readable. */
  name: string | undefined;
  version: string | undefined;
  findings: Finding[];
  summary: ReadinessSummary;
  documents: { role: DocumentRole; path: string | undefined; state: DocumentState }[];
}

export interface WorkspaceResult {
  units: UnitResult[];
  /** Files skipped during discovery or loading, with why (symlink loop, too large, ...). */
  skipped: { path: string; reason: string }[];
}
