// The engine: load a release unit, run every rule (a crashing rule becomes one finding, the others
// still run), apply severity overrides and suppression comments, sort deterministically.
import type { FileSystem } from '../fs';
import type { Finding, RuleMeta } from '../types';
import { fileStartRange } from '../text';
import { dirname } from '../paths';
import type { CheckOptions, DocumentRole, Rule, UnitContext } from '../rules/rule';
import { DOCUMENT_ROLES } from '../rules/rule';
import { ALL_RULES } from '../rules/registry';
import type { DomainCatalogue } from '../catalogue/model';
import { DEFAULT_CATALOGUE } from '../catalogue/catalogue';
import type { ParsedManifest } from '../manifest/model';
import type { UnitResult, WorkspaceResult } from './model';
import { discoverManifests, type DiscoverOptions, type SkippedPath } from './discover';
import { loadDocuments, loadManifest, type LoadLimits } from './load';
import { summarize } from './summary';
import { applySuppressions } from './suppress';
import { releaseRecentCaches } from '../recent';

export { suppressionEdit } from './suppress';

export const MANIFEST_UNREADABLE: RuleMeta = {
  id: 'manifest-unreadable',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'The release manifest can be read: a UTF-8 text file within the size limit.',
  fullDescription:
    'The release manifest is too large, binary, not valid UTF-8, not a regular file, or could not be read, so nothing else about ' +
    'the release unit can be checked. Save the manifest as UTF-8 text under 1 MiB; keep large data in the documents it names.',
};

export const INTERNAL_ERROR: RuleMeta = {
  id: 'internal-error',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'A rule failed while checking this release unit.',
  fullDescription:
    'A rule threw an exception on this release unit, so its part of the check is missing; the other rules still ran. ' +
    'This is a bug in AI Release Readiness, not in your release: please report it with the manifest that triggers it.',
};

/** Rules the engine itself reports; they have documentation pages like every other rule. */
export const ENGINE_RULES: readonly RuleMeta[] = [MANIFEST_UNREADABLE, INTERNAL_ERROR];

/** Metadata of every rule that can appear in a result, for SARIF and documentation. */
export function allRuleMetas(rules: readonly Rule[] = ALL_RULES): RuleMeta[] {
  const seen = new Set<string>();
  const out: RuleMeta[] = [];
  for (const m of [...rules.map((r) => r.meta), ...ENGINE_RULES]) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push(m);
  }
  return out;
}

export interface EngineOptions {
  /** Rules to run; default: the registry. */
  rules?: readonly Rule[];
  catalogue?: DomainCatalogue;
  limits?: LoadLimits;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.path, b.path) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    cmp(a.ruleId, b.ruleId) ||
    a.range.endOffset - b.range.endOffset ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Run rules over a loaded unit: exceptions become `internal-error` findings. No overrides or suppressions. */
export function runRules(ctx: UnitContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    // A manifest that does not parse to a mapping gets its manifest findings only: the other families
    // would report every field as missing, burying the one finding that matters.
    if (ctx.manifest.data === undefined && rule.meta.family !== 'manifest') continue;
    try {
      const found = rule.check(ctx);
      if (!Array.isArray(found)) throw new Error('check() did not return an array');
      for (const f of found) out.push(f);
    } catch (e) {
      const err = e as Error;
      out.push({
        ruleId: INTERNAL_ERROR.id,
        severity: INTERNAL_ERROR.defaultSeverity,
        family: rule.meta.family,
        message: `Rule ${rule.meta.id} failed on this release unit: ${err?.message ?? String(e)}. Its part of the check is missing; please report this bug.`,
        path: ctx.manifest.path,
        range: fileStartRange(),
      });
    }
  }
  return out;
}

/** Severity overrides ('off' drops), suppression comments, deterministic order. */
export function finalizeFindings(findings: readonly Finding[], options: CheckOptions, texts: ReadonlyMap<string, string>, manifestPath: string): Finding[] {
  const overrides = options.severityOverrides ?? {};
  const out: Finding[] = [];
  for (const f of findings) {
    const o = overrides[f.ruleId];
    if (o === 'off') continue;
    out.push(o && o !== f.severity ? { ...f, severity: o } : f);
  }
  return applySuppressions(out, texts, manifestPath).sort(compareFindings);
}

/** Texts of the unit's files, for suppression comments. */
function unitTexts(ctx: Pick<UnitContext, 'manifest' | 'documents'>): Map<string, string> {
  const texts = new Map<string, string>([[ctx.manifest.path, ctx.manifest.text]]);
  for (const role of DOCUMENT_ROLES) {
    const slot = ctx.documents[role];
    if (slot.path !== undefined && slot.text !== undefined) texts.set(slot.path, slot.text);
  }
  return texts;
}

function scalar(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Check a unit already loaded (the editor passes in-memory texts this way). */
export function checkContext(ctx: UnitContext, rules: readonly Rule[] = ALL_RULES): UnitResult {
  try {
    const findings = finalizeFindings(runRules(ctx, rules), ctx.options, unitTexts(ctx), ctx.manifest.path);
    return unitResult(ctx.manifest.path, ctx.manifest, findings, ctx.documents);
  } finally {
    releaseRecentCaches();
  }
}

function unitResult(
  manifestPath: string,
  manifest: ParsedManifest | undefined,
  findings: Finding[],
  documents: UnitContext['documents'] | undefined,
): UnitResult {
  return {
    manifestPath,
    dir: dirname(manifestPath),
    name: scalar(manifest?.get(['name'])),
    version: scalar(manifest?.get(['version'])),
    findings,
    summary: summarize(findings),
    documents: DOCUMENT_ROLES.map((role: DocumentRole) => ({
      role,
      path: documents?.[role].path,
      state: documents?.[role].state ?? 'not-declared',
    })),
  };
}

export async function loadUnit(fs: FileSystem, manifestPath: string, options: CheckOptions = {}, engine: EngineOptions = {}): Promise<UnitContext | Finding> {
  const loaded = await loadManifest(fs, manifestPath, engine.limits);
  if (!loaded.ok) {
    return {
      ruleId: MANIFEST_UNREADABLE.id,
      severity: MANIFEST_UNREADABLE.defaultSeverity,
      family: MANIFEST_UNREADABLE.family,
      message: `The release manifest cannot be read (${loaded.detail}). Save it as a UTF-8 text file under 1 MiB.`,
      path: manifestPath,
      range: fileStartRange(),
    };
  }
  const manifest = loaded.manifest;
  return {
    manifest,
    dir: dirname(manifestPath),
    documents: await loadDocuments(fs, manifest, engine.limits),
    catalogue: engine.catalogue ?? DEFAULT_CATALOGUE,
    options,
  };
}

/** Check one release unit. Never throws for anything the repository holds. */
export async function checkUnit(fs: FileSystem, manifestPath: string, options: CheckOptions = {}, engine: EngineOptions = {}): Promise<UnitResult> {
  const ctx = await loadUnit(fs, manifestPath, options, engine);
  if ('ruleId' in ctx) {
    const findings = finalizeFindings([ctx], options, new Map(), manifestPath);
    return unitResult(manifestPath, undefined, findings, undefined);
  }
  return checkContext(ctx, engine.rules ?? ALL_RULES);
}

export interface WorkspaceRequest {
  /** Directories to search (default: the whole workspace ""). */
  roots?: readonly string[];
  /** Explicit manifest files or directories (the CLI's arguments); replaces roots when given. */
  paths?: readonly string[];
  options?: CheckOptions;
  discover?: DiscoverOptions;
  engine?: EngineOptions;
  /** Units checked at once; I/O overlaps, results do not depend on it. */
  concurrency?: number;
}

function documentSkips(unit: UnitResult): SkippedPath[] {
  const out: SkippedPath[] = [];
  for (const d of unit.documents) {
    if (d.path === undefined) continue;
    if (d.state === 'too-large' || d.state === 'binary' || d.state === 'not-a-file' || d.state === 'outside-root') {
      out.push({ path: d.path, reason: `${d.role.replace('_', ' ')} not read: ${d.state}` });
    }
  }
  return out;
}

export async function checkWorkspace(fs: FileSystem, req: WorkspaceRequest = {}): Promise<WorkspaceResult> {
  const discovered = await discoverManifests(fs, req.paths ?? req.roots ?? [''], req.discover);
  const units: UnitResult[] = new Array(discovered.manifests.length);
  const concurrency = Math.max(1, req.concurrency ?? 8);
  let next = 0;
  const worker = async () => {
    while (next < discovered.manifests.length) {
      const i = next++;
      units[i] = await checkUnit(fs, discovered.manifests[i], req.options, req.engine);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, discovered.manifests.length) }, worker));
  const skipped = [...discovered.skipped];
  for (const u of units) {
    skipped.push(...documentSkips(u));
    if (u.findings.some((f) => f.ruleId === MANIFEST_UNREADABLE.id)) skipped.push({ path: u.manifestPath, reason: 'manifest not read' });
  }
  const seen = new Set<string>();
  return {
    units,
    skipped: skipped
      .filter((s) => (seen.has(s.path) ? false : (seen.add(s.path), true)))
      .sort((a, b) => cmp(a.path, b.path) || cmp(a.reason, b.reason)),
  };
}
