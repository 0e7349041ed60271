// Maps core findings onto one DiagnosticCollection, and diagnostics back onto their findings
// (code actions receive copies of diagnostics, so the way back is by file, rule id and range).
import * as vscode from 'vscode';
import type { Finding, Range, Severity } from '../core/types';
import { ruleDocUrl } from '../core/types';

export const DIAGNOSTIC_SOURCE = 'AI Release Readiness';

/** What a published diagnostic stands for. */
export interface DiagnosticOrigin {
  /** Key of the unit that produced it (see `unitKey`). */
  unitKey: string;
  finding: Finding;
  diagnostic: vscode.Diagnostic;
}

export function unitKey(folder: vscode.WorkspaceFolder, manifestPath: string): string {
  return `${folder.uri.toString()}#${manifestPath}`;
}

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toVsSeverity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
  }
}

export function toDiagnostic(finding: Finding, uriOf: (path: string) => vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(finding.range), finding.message, toVsSeverity(finding.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: finding.ruleId, target: vscode.Uri.parse(ruleDocUrl(finding.ruleId)) };
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(r.path), toVsRange(r.range)), r.message),
    );
  }
  return d;
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const c = d.code;
  if (typeof c === 'object' && c !== null) return String(c.value);
  return c === undefined ? undefined : String(c);
}

/**
 * Owns the collection. Several units may report on the same file (a README two manifests name),
 * so each file's diagnostics are the union over units, recomputed when one unit changes.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('aiReleaseReadiness');
  /** unit key -> file URI string -> origins. */
  private readonly byUnit = new Map<string, Map<string, DiagnosticOrigin[]>>();
  private readonly uris = new Map<string, vscode.Uri>();

  /** Replace one unit's findings. `uriOf` resolves a workspace-relative path of its folder. */
  setUnit(key: string, findings: readonly Finding[], uriOf: (path: string) => vscode.Uri): void {
    const next = new Map<string, DiagnosticOrigin[]>();
    for (const finding of findings) {
      const uri = uriOf(finding.path);
      const k = uri.toString();
      this.uris.set(k, uri);
      const list = next.get(k) ?? [];
      list.push({ unitKey: key, finding, diagnostic: toDiagnostic(finding, uriOf) });
      next.set(k, list);
    }
    const touched = new Set([...(this.byUnit.get(key)?.keys() ?? []), ...next.keys()]);
    this.byUnit.set(key, next);
    this.republish(touched);
  }

  deleteUnit(key: string): void {
    const old = this.byUnit.get(key);
    if (!old) return;
    this.byUnit.delete(key);
    this.republish(new Set(old.keys()));
  }

  /** Drop every unit whose key starts with a prefix (a removed workspace folder). */
  deleteUnitsWithPrefix(prefix: string): void {
    for (const key of [...this.byUnit.keys()]) if (key.startsWith(prefix)) this.deleteUnit(key);
  }

  /** The published origins for a file. */
  originsFor(uri: vscode.Uri): DiagnosticOrigin[] {
    const k = uri.toString();
    const out: DiagnosticOrigin[] = [];
    for (const files of this.byUnit.values()) out.push(...(files.get(k) ?? []));
    return out;
  }

  /** The finding behind a diagnostic (which may be a copy of the published one). */
  originOf(uri: vscode.Uri, d: vscode.Diagnostic): DiagnosticOrigin | undefined {
    const rule = ruleIdOf(d);
    if (rule === undefined) return undefined;
    const origins = this.originsFor(uri);
    return (
      origins.find((o) => o.diagnostic === d) ??
      origins.find((o) => o.finding.ruleId === rule && o.diagnostic.range.isEqual(d.range) && o.finding.message === d.message)
    );
  }

  private republish(keys: Set<string>): void {
    for (const k of keys) {
      const uri = this.uris.get(k);
      if (!uri) continue;
      const diags = this.originsFor(uri).map((o) => o.diagnostic);
      if (diags.length) this.collection.set(uri, diags);
      else {
        this.collection.delete(uri);
        this.uris.delete(k);
      }
    }
  }

  dispose(): void {
    this.collection.dispose();
  }
}
