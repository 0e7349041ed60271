// SARIF 2.1.0 for GitHub code scanning: one run, rule metadata with help and helpUri, results with
// repository-relative URIs (uriBaseId %SRCROOT%), 1-based regions and stable partial fingerprints.
import { ruleDocUrl, type FileChange, type Finding, type Range, type RuleMeta, type Severity } from '../types';
import type { WorkspaceResult } from '../engine/model';
import { TOOL_ID, TOOL_INFORMATION_URI, TOOL_VERSION } from '../version';
import { oneLine } from './common';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export interface SarifFormatOptions {
  /** Metadata of every rule that can appear (the engine's allRuleMetas()); rules found only in results are added. */
  rules: readonly RuleMeta[];
  /** Text of a line (0-based) of a file, for fingerprints that survive unrelated edits elsewhere. */
  lineText?: (path: string, line: number) => string | undefined;
  /** Absolute file: URI of the repository root (ends with "/"); omitted when unknown. */
  srcRootUri?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** FNV-1a, 32 bit: a small, stable, non-cryptographic hash for fingerprints. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function location(path: string, r: Range) {
  return { physicalLocation: { artifactLocation: { uri: artifactUri(path), uriBaseId: SRCROOT }, region: region(r) } };
}

function ruleDescriptor(m: RuleMeta) {
  const help = `${m.fullDescription}\n\nDocumentation: ${ruleDocUrl(m.id)}`;
  return {
    id: m.id,
    name: m.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: m.shortDescription },
    fullDescription: { text: m.fullDescription },
    help: { text: help, markdown: `${m.fullDescription}\n\n[Rule documentation](${ruleDocUrl(m.id)})` },
    helpUri: ruleDocUrl(m.id),
    defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
    properties: { tags: [m.family] },
  };
}

function fixJson(title: string, changes: readonly FileChange[]) {
  return {
    description: { text: title },
    artifactChanges: changes.map((c) => ({
      artifactLocation: { uri: artifactUri(c.path), uriBaseId: SRCROOT },
      replacements:
        c.kind === 'create'
          ? [{ deletedRegion: { charOffset: 0, charLength: 0 }, insertedContent: { text: c.text } }]
          : c.edits.map((e) => ({
              deletedRegion: { charOffset: e.startOffset, charLength: e.endOffset - e.startOffset },
              insertedContent: { text: e.newText },
            })),
    })),
  };
}

export function toSarif(result: WorkspaceResult, opts: SarifFormatOptions) {
  const metas: RuleMeta[] = [...opts.rules];
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const findings: Finding[] = result.units.flatMap((u) => u.findings);
  for (const f of findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, metas.length);
      metas.push({ id: f.ruleId, family: f.family, defaultSeverity: f.severity, shortDescription: f.ruleId, fullDescription: f.ruleId });
    }
  }
  // GitHub's convention: "<hash>:<n>" where n counts earlier results with the same hash.
  const occurrences = new Map<string, number>();
  const results = findings.map((f) => {
    const line = opts.lineText?.(f.path, f.range.start.line);
    const hash = fnv1a(`${f.ruleId}\u0000${f.path}\u0000${line !== undefined ? line.trim() : oneLine(f.message)}`);
    const n = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, n);
    const r: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: f.citations?.length ? `${f.message} (Indicators: ${f.citations.join('; ')}.)` : f.message },
      locations: [location(f.path, f.range)],
      partialFingerprints: { primaryLocationLineHash: `${hash}:${n}` },
    };
    if (f.related?.length) {
      r.relatedLocations = f.related.map((rel, i) => ({ id: i + 1, ...location(rel.path, rel.range), message: { text: rel.message } }));
    }
    if (f.fixes?.length) r.fixes = f.fixes.map((x) => fixJson(x.title, x.changes));
    return r;
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_ID,
            informationUri: TOOL_INFORMATION_URI,
            semanticVersion: TOOL_VERSION,
            version: TOOL_VERSION,
            rules: metas.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: opts.srcRootUri ? { uri: opts.srcRootUri } : { description: { text: 'The root of the repository checked.' } },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(result: WorkspaceResult, opts: SarifFormatOptions): string {
  return `${JSON.stringify(toSarif(result, opts), null, 2)}\n`;
}
