// Host benchmark (not a timed test): runs inside the real VS Code extension host on a copy of examples/
// (npm run bench:host). Every figure comes with a reference measured in the same host process, in the
// same run, so the RATIO is what we report; the milliseconds only describe this machine.
//   (a) activation: the time spent in activate(), and from the start of activate() until the first scan's
//       diagnostics are published; a warm full rescan through the extension.
//       Reference: the core's checkWorkspace of the same folder over Node's fs (what the CLI does),
//       run in this extension host: the engine's own work, without VS Code (search service, workspace.fs
//       round trips, diagnostics publishing, cold start).
//   (b) edit -> diagnostics: a WorkspaceEdit on a manifest (unsaved) until the updated diagnostics, with
//       aiReleaseReadiness.debounceMs = 0. Two end points: when languages.getDiagnostics() shows the
//       change ("published", right after the extension stores the result) and when onDidChangeDiagnostics
//       reports it for that URI ("event"; VS Code batches that event for 50 ms).
//       Reference: the core's checkUnit of the same unit over Node's fs, in this extension host.
// Two of VS Code's own costs are measured alongside, to read the figures: how long the manifest search
// (one workspace.findFiles of the manifest patterns as a brace glob, as the extension runs it where the
// files are not on its host's disk; on local disk it walks the folder instead) takes, and how long VS Code
// takes to deliver an applied edit to the extension host (applyEdit -> onDidChangeTextDocument); and the
// extension's own recheck of the unit without an edit (service.recheck: reads through vscode.workspace.fs
// and the open documents, checks, publishes).
import * as assert from 'assert';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../src/extension/extension';
import type { CheckTiming, ScanTiming } from '../../../src/extension/service';

export const EXTENSION_ID = 'ai-release-readiness.ai-release-readiness';
const SOURCE = 'AI Release Readiness';
/** The unit that is edited: an example that is deliberately not ready. */
export const EDIT_UNIT = 'hiring-screener/release-manifest.yaml';
const RULE = 'use-out-of-scope-missing';
const INSERT = '\n  out_of_scope: [medical diagnosis, credit scoring]';

const WARMUP = 3;
const RUNS = 9;
const EDIT_WARMUP = 3;
const EDIT_RUNS = 10; // pairs: insert (finding goes) and delete (finding comes back) -> 20 samples

export interface LaunchSample {
  vscodeVersion: string;
  /** Whether the extension was already active (activation event) when the benchmark started. */
  activatedBy: 'activationEvents' | 'benchmark';
  units: number;
  activationMs: number;
  firstScanMs: number;
  /** Activation to the first unit's diagnostics (units are published as they are checked). */
  firstDiagnosticsMs: number;
  rescanMs: number;
  /** VS Code's file search for the manifest patterns (one brace glob), warm: a full scan's search where the extension cannot walk the disk. */
  searchMs: number;
  /** reference (a) */
  coreWorkspaceMs: number;
  debounceMs: number;
  editPublishedMs: number;
  editEventMs: number;
  /** applyEdit -> onDidChangeTextDocument in the extension host (VS Code's part of the edit figures). */
  editDeliveredMs: number;
  /** service.recheck of the edited unit, warm, no edit. */
  recheckMs: number;
  /** reference (b) */
  coreUnitMs: number;
  /** Breakdown of the extension's last check after the edits, and of the last service.recheck. */
  editCheck?: CheckTiming;
  recheckCheck?: CheckTiming;
  /** Breakdown of the first scan after activation, and of the last warm rescan. */
  firstScan?: ScanTiming;
  warmScan?: ScanTiming;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timeMedian(fn: () => Promise<unknown>, warmup = WARMUP, runs = RUNS): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function countRule(uri: vscode.Uri, rule: string): number {
  return ours(uri).filter((d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code)) === rule).length;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, fn: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fn()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(20);
  }
}

/** Apply an edit; resolve with the times until the expected diagnostics are published and until the event reports them. */
function timedEdit(api: ExtensionApi, uri: vscode.Uri, edit: vscode.WorkspaceEdit, expected: () => boolean): Promise<{ published: number; event: number; delivered: number }> {
  return new Promise((resolve, reject) => {
    let published: number | undefined;
    let delivered: number | undefined;
    const t0 = performance.now();
    const subs: vscode.Disposable[] = [];
    const timer = setTimeout(() => finish(new Error('no updated diagnostics within 10 s')), 10_000);
    const finish = (err?: Error, event?: number) => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      if (err) reject(err);
      else resolve({ published: published ?? event ?? NaN, event: event ?? NaN, delivered: delivered ?? NaN });
    };
    subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (delivered === undefined && e.document.uri.toString() === uri.toString() && e.contentChanges.length > 0) delivered = performance.now() - t0;
      }),
      // fires right after the extension stored a result and set its diagnostics
      api.service.onDidChange(() => {
        if (published === undefined && expected()) published = performance.now() - t0;
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString()) && expected()) finish(undefined, performance.now() - t0);
      }),
    );
    vscode.workspace.applyEdit(edit).then(
      (ok) => { if (!ok) finish(new Error('edit not applied')); },
      (e: unknown) => finish(e instanceof Error ? e : new Error(String(e))),
    );
  });
}

/**
 * The references run the core from out/ (not the extension's bundle): hundreds of modules, hundreds of ms
 * of synchronous loading in this extension host. Loaded only after the first scan has settled, so that the
 * benchmark's own loading does not hold up the first scan it measures.
 */
function referenceCode() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require('../../../src/cli/nodeFs') as typeof import('../../../src/cli/nodeFs')),
    ...(require('../../../src/core/engine/check') as typeof import('../../../src/core/engine/check')),
    ...(require('../../../src/core/engine/globs') as typeof import('../../../src/core/engine/globs')),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export async function measure(): Promise<LaunchSample> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} present`);

  // ---- (a) activation ----------------------------------------------------------------------
  const activatedBy = ext.isActive ? 'activationEvents' : 'benchmark';
  const api = ext.isActive ? ext.exports : await ext.activate();
  assert.strictEqual(typeof api.activationMs, 'number', 'the extension records its activation time');
  const firstScanMs = await api.firstScanMs;
  const firstDiagnosticsMs = await api.firstDiagnosticsMs;
  const activationMs = api.activationMs;
  const firstScan = api.service.firstScan;
  const { NodeFileSystem, checkUnit, checkWorkspace, joinGlobs } = referenceCode();

  const nodeFs = new NodeFileSystem(folder.uri.fsPath);
  const core = await checkWorkspace(nodeFs);
  const units = api.service.units().length;
  assert.strictEqual(units, core.units.length, `extension and core see the same units (${units} vs ${core.units.length})`);
  const editUri = vscode.Uri.joinPath(folder.uri, EDIT_UNIT);
  assert.ok(countRule(editUri, RULE) === 1, `first scan published ${RULE} on ${EDIT_UNIT}`);

  const coreWorkspaceMs = await timeMedian(() => checkWorkspace(nodeFs));
  const rescanMs = await timeMedian(() => api.service.refresh());
  const warmScan = api.service.lastScan.get(folder.uri.toString());
  const patterns = vscode.workspace.getConfiguration('aiReleaseReadiness', folder.uri).get<string[]>('manifestPatterns') ?? [];
  const searchMs = await timeMedian(() =>
    Promise.all(joinGlobs(patterns).map((p) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, p), '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**}'))),
  );

  // ---- (b) edit -> diagnostics ---------------------------------------------------------------
  const cfg = vscode.workspace.getConfiguration('aiReleaseReadiness', folder.uri);
  await cfg.update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
  await until('debounceMs = 0 in effect', () => vscode.workspace.getConfiguration('aiReleaseReadiness', folder.uri).get('debounceMs') === 0);
  await pause(300); // the settings change starts a rescan
  await api.service.whenIdle();
  const debounceMs = vscode.workspace.getConfiguration('aiReleaseReadiness', folder.uri).get<number>('debounceMs') ?? NaN;

  const doc = await vscode.workspace.openTextDocument(editUri);
  await vscode.window.showTextDocument(doc);
  const original = doc.getText();
  const line = [...Array(doc.lineCount).keys()].find((i) => /^\s+limitations:/.test(doc.lineAt(i).text));
  assert.ok(line !== undefined, 'the manifest has intended_use.limitations');
  const at = doc.lineAt(line).range.end;
  const insertedEnd = new vscode.Position(line + 1, INSERT.length - 1); // INSERT starts with its newline

  const published: number[] = [];
  const events: number[] = [];
  const delivered: number[] = [];
  for (let i = 0; i < EDIT_WARMUP + EDIT_RUNS; i++) {
    const ins = new vscode.WorkspaceEdit();
    ins.insert(editUri, at, INSERT);
    const a = await timedEdit(api, editUri, ins, () => countRule(editUri, RULE) === 0);
    await pause(100); // let VS Code's batched diagnostics event of this edit pass before the next one
    const del = new vscode.WorkspaceEdit();
    del.delete(editUri, new vscode.Range(at, insertedEnd));
    const b = await timedEdit(api, editUri, del, () => countRule(editUri, RULE) === 1);
    await pause(100);
    if (i >= EDIT_WARMUP) {
      published.push(a.published, b.published);
      events.push(a.event, b.event);
      delivered.push(a.delivered, b.delivered);
    }
  }
  const editCheck = api.service.lastCheck;
  assert.strictEqual(doc.getText(), original, 'the manifest is back to its text');
  await doc.save();

  const coreUnitMs = await timeMedian(() => checkUnit(nodeFs, EDIT_UNIT), 5, 15);
  const unit = api.service.units().find((u) => u.result.manifestPath === EDIT_UNIT);
  assert.ok(unit, `the extension knows ${EDIT_UNIT}`);
  const recheckMs = await timeMedian(() => api.service.recheck(unit), 5, 15);
  const recheckCheck = api.service.lastCheck;

  return {
    vscodeVersion: vscode.version,
    activatedBy,
    units,
    activationMs,
    firstScanMs,
    firstDiagnosticsMs,
    rescanMs,
    searchMs,
    coreWorkspaceMs,
    debounceMs,
    editPublishedMs: median(published),
    editEventMs: median(events),
    editDeliveredMs: median(delivered),
    recheckMs,
    coreUnitMs,
    editCheck,
    recheckCheck,
    firstScan,
    warmScan,
  };
}
