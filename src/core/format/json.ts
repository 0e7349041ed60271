// JSON output: a stable machine shape. Lines and columns are 1-based; fix edits carry 0-based UTF-16
// offsets into the file's text, as the core computes them.
import { ruleDocUrl, type Finding } from '../types';
import type { UnitResult, WorkspaceResult } from '../engine/model';
import { summarizeUnits } from '../engine/summary';
import { TOOL_ID, TOOL_NAME, TOOL_VERSION } from '../version';
import { oneBased } from './common';

/** Bumped when the shape changes incompatibly. */
export const JSON_FORMAT_VERSION = 1;

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    family: f.family,
    message: f.message,
    path: f.path,
    range: oneBased(f.range),
    helpUri: ruleDocUrl(f.ruleId),
    ...(f.citations?.length ? { citations: f.citations } : {}),
    ...(f.related?.length ? { related: f.related.map((r) => ({ path: r.path, range: oneBased(r.range), message: r.message })) } : {}),
    ...(f.fixes?.length
      ? { fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, preferred: x.preferred ?? false, changes: x.changes })) }
      : {}),
  };
}

function unitJson(u: UnitResult) {
  return {
    manifest: u.manifestPath,
    dir: u.dir,
    name: u.name ?? null,
    version: u.version ?? null,
    summary: u.summary,
    documents: u.documents.map((d) => ({ role: d.role, path: d.path ?? null, state: d.state })),
    findings: u.findings.map(findingJson),
  };
}

export function toJson(result: WorkspaceResult) {
  return {
    formatVersion: JSON_FORMAT_VERSION,
    tool: { name: TOOL_NAME, id: TOOL_ID, version: TOOL_VERSION },
    summary: { units: result.units.length, ...summarizeUnits(result.units) },
    units: result.units.map(unitJson),
    skipped: result.skipped,
  };
}

export function formatJson(result: WorkspaceResult): string {
  return `${JSON.stringify(toJson(result), null, 2)}\n`;
}
