// ReadinessService: keeps every release unit of every workspace folder checked. A full scan on
// start (and on settings or manifest-set changes), then incremental rechecks of the one unit an
// edited or changed file belongs to. Results are published as diagnostics and to the views.
import * as vscode from 'vscode';
import { checkUnit } from '../core/engine/check';
import { discoverManifests, type DiscoverOptions } from '../core/engine/discover';
import { excludeTest, globSetting, includeTest, joinGlobs, type GlobSetting } from '../core/engine/globs';
import { MANIFEST_FILE_NAMES, type UnitResult } from '../core/engine/model';
import { DOCUMENT_ROLES, type CheckOptions, type DocumentRole } from '../core/rules/rule';
import type { FileSystem } from '../core/fs';
import type { Finding, Severity } from '../core/types';
import { DiagnosticsPublisher, unitKey } from './diagnostics';
import type { ReadinessService, UnitEntry } from './model';
import { WorkspaceFolderFs, type RealpathCapability } from './workspaceFs';

export const CONFIG_SECTION = 'aiReleaseReadiness';
const DEFAULT_PATTERNS = MANIFEST_FILE_NAMES.map((n) => `**/${n}`);
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];
const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const SCAN_CONCURRENCY = 8;

/** A unit's latest result with the versions of the open documents it was computed on. */
export interface StoredUnit extends UnitEntry {
  /** Workspace-relative path -> TextDocument.version read through the overlay. */
  versions: ReadonlyMap<string, number>;
}

/** Where the time of one unit's check went (debug log; the host benchmark prints it). */
export interface CheckTiming {
  manifestPath: string;
  /** checkUnit, including the file system calls it awaited. */
  checkMs: number;
  /** File system calls the core made, and how many of them went to vscode.workspace.fs (cache misses). */
  fsCalls: number;
  diskCalls: number;
  /** Setting the diagnostics. */
  publishMs: number;
  /** The onDidChange listeners (tree, status bar, badge, report). */
  notifyMs: number;
  totalMs: number;
}

/** Where the time of one full scan of a folder went (debug log; the host benchmark prints it). ms are relative to `startedAt`. */
export interface ScanTiming {
  folder: string;
  /** performance.now() when the scan started; `sinceCreated` = ms since the service was created (~ start of activate()). */
  startedAt: number;
  sinceCreated: number;
  /** Manifest search (the walk, or VS Code's findFiles) settled. */
  searchMs: number;
  /** Each walk or findFiles call, in ms from the scan start. */
  patternMs: number[];
  /** One-manifest-per-directory selection (discoverManifests over the found paths) done. */
  selectMs: number;
  /** First unit checked / all units checked. */
  firstUnitMs: number;
  /** The first unit's diagnostics set (units are published as they are checked). */
  firstPublishedMs: number;
  /** Unit checks started before the first one ended (1 on a local disk: the first unit found is checked alone). */
  startedBeforeFirstChecked: number;
  checkedMs: number;
  /** Results stored and diagnostics set; views notified. */
  publishedMs: number;
  notifiedMs: number;
  units: number;
  fsCalls: number;
  diskCalls: number;
  /** How the manifests were found: 'walk' (the core's walk of this host's disk), 'findFiles' (VS Code's search), 'walk (no search)'. */
  via: string;
}

/** `run` wrapped to run at most `limit` calls at a time, and once per argument: later calls share the first one's promise. */
function limited<T>(limit: number, run: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const calls = new Map<string, Promise<T>>();
  const queue: (() => void)[] = [];
  let running = 0;
  const next = () => {
    if (running >= limit) return;
    const start = queue.shift();
    if (!start) return;
    running++;
    start();
  };
  return (key) => {
    let p = calls.get(key);
    if (!p) {
      p = new Promise<void>((resolve) => {
        queue.push(resolve);
        next();
      })
        .then(() => run(key))
        .finally(() => {
          running--;
          next();
        });
      calls.set(key, p);
    }
    return p;
  };
}

export interface FolderSettings {
  options: CheckOptions;
  patterns: string[];
  exclude: string[];
  debounceMs: number;
  /**
   * The walk that finds the same manifests as VS Code's findFiles(patterns, exclude): the manifest patterns,
   * our exclude globs plus `files.exclude` (which findFiles applies too; not `search.exclude`, not .gitignore),
   * and none of the core's default folder names.
   */
  discovery: DiscoverOptions;
}

/** VS Code's `files.exclude` of a folder (defaults, user, workspace and folder settings merged). */
function filesExclude(folder: vscode.WorkspaceFolder): GlobSetting {
  const v = vscode.workspace.getConfiguration('files', folder.uri).get<unknown>('exclude');
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as GlobSetting) : {};
}

/** Settings of one folder, validated: a bad value is ignored (and logged), never fatal. */
export function readSettings(folder: vscode.WorkspaceFolder, log: vscode.LogOutputChannel): FolderSettings {
  const cfg = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri);
  const options: CheckOptions = {};

  const severity = cfg.get<unknown>('severity');
  if (severity && typeof severity === 'object') {
    const overrides: Record<string, Severity | 'off'> = {};
    for (const [id, v] of Object.entries(severity as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) overrides[id] = v as Severity | 'off';
      else log.warn(`${CONFIG_SECTION}.severity: ignoring ${JSON.stringify(v)} for ${id} (expected error, warning, info or off)`);
    }
    if (Object.keys(overrides).length) options.severityOverrides = overrides;
  }

  const required = cfg.get<unknown>('requiredDocuments');
  if (Array.isArray(required)) {
    const roles = required.filter((r): r is DocumentRole => (DOCUMENT_ROLES as readonly unknown[]).includes(r));
    if (roles.length !== required.length) log.warn(`${CONFIG_SECTION}.requiredDocuments: unknown roles ignored (known: ${DOCUMENT_ROLES.join(', ')})`);
    if (roles.length) options.requiredDocuments = roles;
  }

  const phrases = cfg.get<unknown>('extraHighRiskPhrases');
  if (Array.isArray(phrases)) {
    const valid = phrases.filter(
      (p): p is { phrase: string; domain: string } =>
        !!p && typeof p === 'object' && typeof (p as { phrase?: unknown }).phrase === 'string' && typeof (p as { domain?: unknown }).domain === 'string',
    );
    if (valid.length !== phrases.length) log.warn(`${CONFIG_SECTION}.extraHighRiskPhrases: entries without a string phrase and domain ignored`);
    if (valid.length) options.extraPhrases = valid.map((p) => ({ phrase: p.phrase, domain: p.domain }));
  }

  const strings = (key: string, dflt: string[]): string[] => {
    const v = cfg.get<unknown>(key);
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : dflt;
  };
  const debounce = cfg.get<unknown>('debounceMs');
  const patterns = strings('manifestPatterns', DEFAULT_PATTERNS);
  const exclude = strings('exclude', DEFAULT_EXCLUDE);
  return {
    options,
    patterns,
    exclude,
    debounceMs: typeof debounce === 'number' && debounce >= 0 ? Math.min(debounce, 5000) : 300,
    discovery: { includeTest: includeTest(patterns), excludeTest: excludeTest(globSetting(exclude), filesExclude(folder)), defaultExcludes: false },
  };
}

class FolderState implements vscode.Disposable {
  readonly fs: WorkspaceFolderFs;
  readonly units = new Map<string, StoredUnit>();
  /** Document path -> manifest paths of the units that name it. */
  readonly docToUnits = new Map<string, Set<string>>();
  /** Bumped by every full scan; a scan whose number is no longer current drops its results. */
  scanGen = 0;
  /** Bumped by every check of one unit, for the same purpose. */
  readonly unitGen = new Map<string, number>();
  scanCts: vscode.CancellationTokenSource | undefined;
  readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  settings: FolderSettings;
  /** File system watchers, re-created when the manifest patterns change. */
  watchers: vscode.Disposable[] = [];
  disposed = false;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    log: vscode.LogOutputChannel,
    realpath: RealpathCapability | undefined,
  ) {
    this.fs = new WorkspaceFolderFs(folder, realpath);
    this.settings = readSettings(folder, log);
  }

  indexDocuments(manifestPath: string, result: UnitResult | undefined): void {
    for (const [doc, set] of this.docToUnits) {
      set.delete(manifestPath);
      if (set.size === 0) this.docToUnits.delete(doc);
    }
    for (const d of result?.documents ?? []) {
      if (d.path === undefined) continue;
      let set = this.docToUnits.get(d.path);
      if (!set) this.docToUnits.set(d.path, (set = new Set()));
      set.add(manifestPath);
    }
  }

  /** Manifest paths of the units a file belongs to. */
  unitsOf(path: string): string[] {
    const out = new Set<string>(this.docToUnits.get(path) ?? []);
    if (this.units.has(path)) out.add(path);
    return [...out];
  }

  dispose(): void {
    this.disposed = true;
    this.scanCts?.cancel();
    this.scanCts?.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const w of this.watchers) w.dispose();
  }
}

export class ReadinessServiceImpl implements ReadinessService, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly folders = new Map<string, FolderState>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Resolves when the current scans of all folders settle; tests and refresh() wait on it. */
  private scans = new Map<string, Promise<void>>();
  /** The latest check of one unit, broken down (for the debug log and the host benchmark). */
  lastCheck: CheckTiming | undefined;
  /** The latest full scan of each folder (by folder URI), and the very first one, broken down. */
  readonly lastScan = new Map<string, ScanTiming>();
  firstScan: ScanTiming | undefined;
  private readonly createdAt = performance.now();
  private resolveFirstDiagnostics!: (at: number) => void;
  /** performance.now() when the diagnostics of a unit were first shown (never, in a folder without release units). */
  readonly firstDiagnosticsAt = new Promise<number>((resolve) => (this.resolveFirstDiagnostics = resolve));

  constructor(
    readonly diagnostics: DiagnosticsPublisher,
    readonly log: vscode.LogOutputChannel,
    /** Resolves symbolic links where the host can (see workspaceFs.ts); undefined in a web build. */
    private readonly realpath?: RealpathCapability,
  ) {
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Dirty-flag-only events carry no content change.
        if (e.contentChanges.length > 0) this.onFileTouched(e.document.uri, 'edit');
      }),
      // Closing a dirty document drops its overlay: the disk text is current again.
      vscode.workspace.onDidCloseTextDocument((d) => this.onFileTouched(d.uri, 'close')),
      // Saving wrote the disk: drop the cached disk text now rather than when the watcher reports it.
      vscode.workspace.onDidSaveTextDocument((d) => {
        const state = this.stateFor(d.uri);
        const rel = state?.fs.relativePath(d.uri);
        if (state && rel) state.fs.invalidate(rel, 'change');
      }),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((u) => this.onFileTouched(u, 'create'))),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => this.onFileTouched(u, 'delete'))),
      vscode.workspace.onDidRenameFiles((e) =>
        e.files.forEach((f) => {
          this.onFileTouched(f.oldUri, 'delete');
          this.onFileTouched(f.newUri, 'create');
        }),
      ),
      vscode.workspace.onDidChangeConfiguration((e) => {
        for (const state of this.folders.values()) {
          if (e.affectsConfiguration(CONFIG_SECTION, state.folder.uri) || e.affectsConfiguration('files.exclude', state.folder.uri)) {
            state.settings = readSettings(state.folder, this.log);
            this.setupWatchers(state);
            this.startScan(state);
          }
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) this.removeFolder(f);
        for (const f of e.added) this.addFolder(f);
      }),
    );
  }

  /** Start watching and scanning every open folder. */
  start(): void {
    for (const f of vscode.workspace.workspaceFolders ?? []) this.addFolder(f);
  }

  // ---- ReadinessService ------------------------------------------------------------------

  units(): UnitEntry[] {
    return [...this.folders.values()]
      .sort((a, b) => a.folder.index - b.folder.index)
      .flatMap((s) => [...s.units.values()].sort((a, b) => (a.result.manifestPath < b.result.manifestPath ? -1 : a.result.manifestPath > b.result.manifestPath ? 1 : 0)));
  }

  unitFor(uri: vscode.Uri): UnitEntry | undefined {
    return this.storedUnitsFor(uri)[0];
  }

  uriOf(entry: UnitEntry, finding: Finding): vscode.Uri {
    return this.uriIn(entry.folder, finding.path);
  }

  async refresh(): Promise<void> {
    for (const state of this.folders.values()) {
      state.settings = readSettings(state.folder, this.log);
      // An explicit recheck trusts nothing cached (e.g. a change no file watcher reported).
      state.fs.clearCache();
      this.startScan(state);
    }
    await this.whenIdle();
  }

  // ---- for code actions and tests ----------------------------------------------------------

  /** Every unit a file belongs to (usually one). */
  storedUnitsFor(uri: vscode.Uri): StoredUnit[] {
    const state = this.stateFor(uri);
    const rel = state?.fs.relativePath(uri);
    if (!state || rel === undefined) return [];
    return state.unitsOf(rel).flatMap((m) => state.units.get(m) ?? []);
  }

  /** URI of a workspace-relative path in a folder. */
  uriIn(folder: vscode.WorkspaceFolder, path: string): vscode.Uri {
    return this.folders.get(folder.uri.toString())?.fs.uriOf(path) ?? vscode.Uri.joinPath(folder.uri, path);
  }

  /** The file system of a folder (disk + open documents). */
  fileSystem(folder: vscode.WorkspaceFolder): FileSystem {
    return this.folders.get(folder.uri.toString())?.fs ?? new WorkspaceFolderFs(folder, this.realpath);
  }

  relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
    return (this.folders.get(folder.uri.toString())?.fs ?? new WorkspaceFolderFs(folder)).relativePath(uri);
  }

  /** Check options from the folder's settings. */
  optionsFor(folder: vscode.WorkspaceFolder): CheckOptions {
    return this.folders.get(folder.uri.toString())?.settings.options ?? readSettings(folder, this.log).options;
  }

  /** Whether a unit's result still describes the current text of a file (fix offsets are valid). */
  isCurrent(unit: StoredUnit, path: string): boolean {
    const state = this.folders.get(unit.folder.uri.toString());
    const doc = state?.fs.openDocument(path);
    if (!doc) return true;
    const seen = unit.versions.get(path);
    return seen === undefined ? !doc.isDirty : seen === doc.version;
  }

  /** Check one unit now (no debounce) and resolve when its result is stored. */
  async recheck(unit: UnitEntry): Promise<void> {
    const state = this.folders.get(unit.folder.uri.toString());
    if (state) await this.checkOne(state, unit.result.manifestPath);
  }

  /** Resolves when no scan or scheduled check is pending. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const pending = [...this.scans.values()];
      const timers = [...this.folders.values()].some((s) => s.timers.size > 0);
      if (pending.length === 0 && !timers) return;
      await Promise.all(pending);
      if (timers) await new Promise((r) => setTimeout(r, 50));
    }
  }

  // ---- folders ----------------------------------------------------------------------------

  private stateFor(uri: vscode.Uri): FolderState | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folders.get(folder.uri.toString()) : undefined;
  }

  private addFolder(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    if (this.folders.has(key)) return;
    const state = new FolderState(folder, this.log, this.realpath);
    this.folders.set(key, state);
    this.setupWatchers(state);
    this.startScan(state);
  }

  private removeFolder(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    const state = this.folders.get(key);
    if (!state) return;
    state.dispose();
    this.folders.delete(key);
    this.diagnostics.deleteUnitsWithPrefix(`${key}#`);
    this.emitter.fire();
  }

  private setupWatchers(state: FolderState): void {
    // Re-created on settings changes (the manifest patterns may have changed).
    for (const w of state.watchers) w.dispose();
    const watchers: vscode.Disposable[] = [];
    const add = (w: vscode.FileSystemWatcher) => watchers.push(w);
    for (const pattern of state.settings.patterns) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, pattern));
      // A manifest appearing or disappearing changes the set of units (and nesting): rescan.
      w.onDidCreate(() => this.scheduleScan(state));
      w.onDidDelete(() => this.scheduleScan(state));
      add(w);
    }
    // Documents a manifest names live anywhere below it (and LICENSE has no extension), so watch all
    // files and keep only the paths the units name; the events reach the extension host anyway.
    const all = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, '**/*'));
    all.onDidCreate((u) => this.onFileTouched(u, 'create'));
    all.onDidChange((u) => this.onFileTouched(u, 'change'));
    all.onDidDelete((u) => this.onFileTouched(u, 'delete'));
    add(all);
    state.watchers = watchers;
  }

  // ---- events ----------------------------------------------------------------------------

  private onFileTouched(uri: vscode.Uri, kind: 'edit' | 'close' | 'change' | 'create' | 'delete'): void {
    const state = this.stateFor(uri);
    const rel = state?.fs.relativePath(uri);
    if (!state || rel === undefined || rel === '') return;
    // The disk changed there: cached stats, texts and listings of it are stale. (An edit changes no
    // disk; after a close the disk text is read again, in case a save's watcher event is still due.)
    if (kind !== 'edit') state.fs.invalidate(rel, kind === 'close' ? 'change' : kind);
    // An open document is read from the editor: the disk changing under it is not news (VS Code
    // reloads the document and reports that as an edit).
    if (kind === 'change' && state.fs.openDocument(rel)) return;
    const affected = new Set(state.unitsOf(rel));
    if (kind === 'delete' || kind === 'create') {
      // A folder deleted or moved: every known path below it.
      const prefix = `${rel}/`;
      for (const [doc, units] of state.docToUnits) if (doc.startsWith(prefix)) units.forEach((u) => affected.add(u));
      const manifestGone = kind === 'delete' && [...state.units.keys()].some((m) => m === rel || m.startsWith(prefix));
      if (manifestGone || (kind === 'create' && this.isManifestName(rel))) {
        this.scheduleScan(state);
        return;
      }
    }
    for (const m of affected) this.scheduleUnit(state, m, kind === 'edit' || kind === 'close' ? state.settings.debounceMs : 50);
  }

  private isManifestName(path: string): boolean {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return MANIFEST_FILE_NAMES.includes(name);
  }

  // ---- checking ---------------------------------------------------------------------------

  private scheduleUnit(state: FolderState, manifestPath: string, delay: number): void {
    this.debounce(state, `unit:${manifestPath}`, delay, () => void this.checkOne(state, manifestPath));
  }

  private scheduleScan(state: FolderState): void {
    this.debounce(state, 'scan', 200, () => this.startScan(state));
  }

  /** Run `run` after `delay` ms, replacing a pending timer of the same key; the timer stays in state.timers until it fires. */
  private debounce(state: FolderState, key: string, delay: number, run: () => void): void {
    const old = state.timers.get(key);
    if (old) clearTimeout(old);
    state.timers.set(
      key,
      setTimeout(() => {
        state.timers.delete(key);
        run();
      }, delay),
    );
  }

  /** Check one unit and store the result unless a newer check of it started meanwhile. Never rejects. */
  private async checkOne(state: FolderState, manifestPath: string): Promise<void> {
    const gen = (state.unitGen.get(manifestPath) ?? 0) + 1;
    state.unitGen.set(manifestPath, gen);
    try {
      const t0 = performance.now();
      const c0 = { ...state.fs.counters };
      const { fs, versions } = state.fs.session();
      const result = await checkUnit(fs, manifestPath, state.settings.options);
      // A newer check of this unit started meanwhile: this result may describe older text.
      if (state.disposed || state.unitGen.get(manifestPath) !== gen) return;
      const t1 = performance.now();
      this.store(state, result, versions);
      const t2 = performance.now();
      this.emitter.fire();
      const t3 = performance.now();
      const timing: CheckTiming = {
        manifestPath,
        checkMs: t1 - t0,
        fsCalls: state.fs.counters.calls - c0.calls,
        diskCalls: state.fs.counters.diskCalls - c0.diskCalls,
        publishMs: t2 - t1,
        notifyMs: t3 - t2,
        totalMs: t3 - t0,
      };
      this.lastCheck = timing;
      this.log.debug(
        `checked ${manifestPath} in ${timing.totalMs.toFixed(1)} ms: ${result.findings.length} finding(s); check ${timing.checkMs.toFixed(1)} ms ` +
          `(${timing.fsCalls} fs calls, ${timing.diskCalls} to disk), publish ${timing.publishMs.toFixed(1)} ms, views ${timing.notifyMs.toFixed(1)} ms`,
      );
    } catch (e) {
      this.log.error(`checking ${manifestPath} failed`, e);
    }
  }

  private store(state: FolderState, result: UnitResult, versions: ReadonlyMap<string, number>): void {
    const m = result.manifestPath;
    const entry: StoredUnit = { folder: state.folder, manifestUri: state.fs.uriOf(m), result, versions };
    state.units.set(m, entry);
    state.indexDocuments(m, result);
    this.diagnostics.setUnit(unitKey(state.folder, m), result.findings, (p) => state.fs.uriOf(p));
  }

  private forget(state: FolderState, manifestPath: string): void {
    state.units.delete(manifestPath);
    state.unitGen.delete(manifestPath);
    state.indexDocuments(manifestPath, undefined);
    this.diagnostics.deleteUnit(unitKey(state.folder, manifestPath));
  }

  /** Cancel the folder's running scan and start a new one; progress shows in the status bar. */
  private startScan(state: FolderState): void {
    state.scanCts?.cancel();
    state.scanCts?.dispose();
    const cts = new vscode.CancellationTokenSource();
    state.scanCts = cts;
    const gen = ++state.scanGen;
    const key = state.folder.uri.toString();
    const run = vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Release Readiness' },
      async (progress) => {
        progress.report({ message: `checking ${state.folder.name}` });
        await this.scan(state, gen, cts.token, (done, total) => progress.report({ message: `checking ${state.folder.name} (${done}/${total})` }));
      },
    );
    const p: Promise<void> = Promise.resolve(run)
      .catch((e: unknown) => this.log.error(`scanning ${state.folder.name} failed`, e))
      .finally(() => {
        if (this.scans.get(key) === p) this.scans.delete(key);
      });
    this.scans.set(key, p);
  }

  private async scan(state: FolderState, gen: number, token: vscode.CancellationToken, report: (done: number, total: number) => void): Promise<void> {
    const started = Date.now();
    const t0 = performance.now();
    const c0 = { ...state.fs.counters };
    const timing: ScanTiming = {
      folder: state.folder.name, startedAt: t0, sinceCreated: t0 - this.createdAt, searchMs: NaN, patternMs: [], selectMs: NaN,
      firstUnitMs: NaN, firstPublishedMs: NaN, startedBeforeFirstChecked: 0, checkedMs: NaN, publishedMs: NaN, notifiedMs: NaN, units: 0, fsCalls: 0, diskCalls: 0, via: '',
    };
    const current = () => !token.isCancellationRequested && !state.disposed && state.scanGen === gen;
    // Checks of single units that start after this point are newer than what this scan reads.
    const unitGensAtStart = new Map(state.unitGen);
    type Checked = { result: UnitResult; versions: ReadonlyMap<string, number> } | undefined;
    // Units are independent and mostly wait on file reads (remote round trips): overlap them, and start
    // each one as soon as the walk finds its manifest (a cold first check costs more than the walk).
    // Each unit's diagnostics are shown as soon as it is checked and known to belong to the final list, so
    // the first ones appear while the rest of the folder is still being checked.
    let listed: ReadonlySet<string> | undefined;
    const waiting: NonNullable<Checked>[] = [];
    const publish = (r: NonNullable<Checked>) => {
      if (!current()) return;
      const m = r.result.manifestPath;
      if (!listed) {
        waiting.push(r);
        return;
      }
      if (!listed.has(m)) return;
      // A check of this unit alone that started after the scan did is newer than this result.
      if ((state.unitGen.get(m) ?? 0) !== (unitGensAtStart.get(m) ?? 0) && state.units.has(m)) return;
      this.store(state, r.result, r.versions);
      if (Number.isNaN(timing.firstPublishedMs)) {
        timing.firstPublishedMs = performance.now() - t0;
        this.resolveFirstDiagnostics(performance.now());
        this.emitter.fire();
      }
    };
    // On a local disk the checks compete for the one thread, not for round trips: the first unit found is
    // checked alone (its first check is cold and the slowest), so its diagnostics are not held up by the
    // others' reads and parses; the rest start when it is done.
    let lead: { manifest: string; done: Promise<unknown> } | undefined;
    let anyChecked = false;
    const checkNow = async (m: string): Promise<Checked> => {
      if (!current()) return undefined;
      if (!anyChecked) timing.startedBeforeFirstChecked++;
      const { fs, versions } = state.fs.session();
      const checked = { result: await checkUnit(fs, m, state.settings.options), versions };
      anyChecked = true;
      publish(checked);
      return checked;
    };
    const check = limited(SCAN_CONCURRENCY, async (m: string): Promise<Checked> => {
      if (!state.fs.local) return checkNow(m);
      if (!lead) {
        const done = checkNow(m);
        lead = { manifest: m, done: done.catch(() => undefined) };
        return done;
      }
      if (lead.manifest !== m) await lead.done;
      return checkNow(m);
    });
    // A check started early for a manifest the final list drops (overlapping roots) is not waited for.
    const early = (m: string) => void check(m).catch(() => undefined);
    const manifests = await this.findManifests(state, token, timing, early);
    if (!current() || manifests === undefined) return;
    timing.selectMs = performance.now() - t0;
    listed = new Set(manifests);
    for (const m of [...state.units.keys()]) if (!listed.has(m)) this.forget(state, m);
    for (const r of waiting.splice(0)) publish(r);

    let done = 0;
    await Promise.all(
      manifests.map(async (m) => {
        const r = await check(m);
        if (++done === 1) timing.firstUnitMs = performance.now() - t0;
        report(done, manifests.length);
        return r;
      }),
    );
    if (!current()) return;
    timing.checkedMs = performance.now() - t0;
    timing.publishedMs = performance.now() - t0;
    this.log.info(`${state.folder.name}: ${manifests.length} release unit(s) checked in ${Date.now() - started} ms`);
    this.emitter.fire();
    timing.notifiedMs = performance.now() - t0;
    timing.units = manifests.length;
    timing.fsCalls = state.fs.counters.calls - c0.calls;
    timing.diskCalls = state.fs.counters.diskCalls - c0.diskCalls;
    this.lastScan.set(state.folder.uri.toString(), timing);
    this.firstScan ??= timing;
    const f = (x: number) => x.toFixed(1);
    this.log.debug(
      `${state.folder.name}: scan started ${f(timing.sinceCreated)} ms after activation; search ${f(timing.searchMs)} ms [${timing.patternMs.map(f).join(', ')}] via ${timing.via}, ` +
        `select ${f(timing.selectMs)}, first unit ${f(timing.firstUnitMs)}, first shown ${f(timing.firstPublishedMs)}, all checked ${f(timing.checkedMs)}, published ${f(timing.publishedMs)}, views ${f(timing.notifiedMs)} ms; ` +
        `${timing.fsCalls} fs calls, ${timing.diskCalls} to disk`,
    );
  }

  /**
   * Manifest paths of a folder, one per directory. Where this host sees the folder's files on its own disk,
   * the core walks it (with the same patterns and excludes as VS Code's search: settings.discovery): a
   * cold search makes the first diagnostics wait for VS Code's search service to start, hundreds of ms.
   * Elsewhere (remote without disk access, web, virtual file systems) VS Code's search, one findFiles;
   * where a virtual file system has no search provider, the walk over vscode.workspace.fs.
   */
  private async findManifests(state: FolderState, token: vscode.CancellationToken, timing?: ScanTiming, onManifest?: (path: string) => void): Promise<string[] | undefined> {
    if (state.fs.local) return this.walk(state, 'walk', timing, onManifest);
    const { patterns, exclude } = state.settings;
    const excludeGlob = exclude.length === 0 ? null : exclude.length === 1 ? exclude[0] : `{${exclude.join(',')}}`;
    const found = new Set<string>();
    let searchWorked = true;
    const started = Date.now();
    // One search of every pattern (a brace glob) rather than one per pattern: each is a round trip to the search service.
    await Promise.all(
      joinGlobs(patterns).map(async (pattern) => {
        try {
          const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(state.folder, pattern), excludeGlob, undefined, token);
          if (timing) timing.patternMs.push(performance.now() - timing.startedAt);
          for (const u of uris) {
            const rel = state.fs.relativePath(u);
            if (rel) found.add(rel);
          }
        } catch (e) {
          searchWorked = false;
          this.log.warn(`search for ${pattern} in ${state.folder.name} failed; walking the folder instead`, e);
        }
      }),
    );
    this.log.debug(`${state.folder.name}: manifest search took ${Date.now() - started} ms`);
    if (timing) {
      timing.searchMs = performance.now() - timing.startedAt;
      timing.via = 'findFiles';
    }
    if (token.isCancellationRequested) return undefined;
    const searchable = state.folder.uri.scheme === 'file' || state.folder.uri.scheme === 'vscode-remote';
    if (!searchWorked || (found.size === 0 && !searchable)) return this.walk(state, 'walk (no search)', timing, onManifest);
    if (found.size === 0) return [];
    // The engine keeps one manifest per directory, the standard names first.
    const { manifests } = await discoverManifests(state.fs, [...found]);
    return manifests;
  }

  /** The core's walk of the folder; listings are read afresh (the search it stands for would not use a cache either). */
  private async walk(state: FolderState, via: string, timing?: ScanTiming, onManifest?: (path: string) => void): Promise<string[]> {
    state.fs.forgetListings();
    const { manifests } = await discoverManifests(state.fs, [''], { ...state.settings.discovery, onManifest });
    if (timing) {
      timing.via = via;
      timing.searchMs = performance.now() - timing.startedAt;
      timing.patternMs.push(timing.searchMs);
    }
    return manifests;
  }

  dispose(): void {
    for (const s of this.folders.values()) s.dispose();
    this.folders.clear();
    for (const d of this.disposables) d.dispose();
  }
}
