// The core's FileSystem over vscode.workspace.fs for one workspace folder. Going through
// workspace.fs keeps remote and virtual workspaces and a web build working; where this host sees the
// folder's files on its own disk (RealpathCapability.disk), they are read with Node's fs instead.
// Open text documents overlay the disk, so unsaved edits are checked live.
//
// Every workspace.fs call is a round trip to the workbench (in a remote or code-server window, through
// the browser and back to the server): a few ms each, ten or more per unit. So disk answers are cached
// until the service reports a change of that path (FileSystemWatcher / workspace file events call
// `invalidate`); "Recheck Workspace" clears the cache. Pending promises are cached too, so units checked
// in parallel share one read of a README they both name.
import * as vscode from 'vscode';
import type { DirEntry, FileKind, FileStat, FileSystem } from '../core/fs';
import { normalizeRelative } from '../core/paths';

const encoder = new TextEncoder();

/** Cached file bytes are bounded: past this, the oldest entries are dropped (they are re-read on demand). */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

/**
 * Where a symbolic link points cannot be learnt through vscode.workspace.fs. A host that can see the
 * folder's files on its own disk (a Node extension host) passes this capability; a web build passes
 * none and keeps the provider-level behaviour (see SECURITY.md).
 */
export interface RealpathCapability {
  /** Whether this host sees the files of folders with this URI at `uri.fsPath`. */
  handles(folder: vscode.Uri): boolean;
  /** The real path (all links resolved); rejects for missing paths, dangling links and loops. */
  realpath(fsPath: string): Promise<string>;
  /** Whether the real path `real` is `root` itself or lies below it. */
  isInside(root: string, real: string): boolean;
  /**
   * The same files read straight from this host's disk (fsPath), answering like vscode.workspace.fs
   * does (FileType bits; a missing path rejects with code 'ENOENT'). In a remote window (code-server,
   * SSH, WSL, containers) every workspace.fs call is a round trip through the workbench and back, and
   * right after start-up, while the workbench is still loading, each costs tens of ms; this skips them.
   */
  disk?: LocalDisk;
}

export interface LocalDisk {
  stat(fsPath: string): Promise<{ type: vscode.FileType; size: number }>;
  readFile(fsPath: string): Promise<Uint8Array>;
  readDirectory(fsPath: string): Promise<[string, vscode.FileType][]>;
}

function isNotFound(e: unknown): boolean {
  if (e instanceof vscode.FileSystemError) return e.code === 'FileNotFound' || e.code === 'EntryNotFound';
  return (e as { code?: unknown } | null)?.code === 'ENOENT';
}

/** FileType is a bit set: a symlink to a file is File | SymbolicLink. */
function kindOf(type: vscode.FileType, followLinks: boolean): FileKind {
  const isLink = (type & vscode.FileType.SymbolicLink) !== 0;
  // Directory listings report links as links (like Node's Dirent), so discovery never walks into
  // a linked directory and cannot loop.
  if (isLink && !followLinks) return 'symlink';
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return isLink ? 'symlink' : 'directory';
  // A dangling link or a link loop: the provider cannot resolve it.
  return isLink ? 'symlink' : 'other';
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Counts of what a check asked the file system for (debug log and benchmarks). */
export interface FsStats {
  calls: number;
  diskCalls: number;
}

export class WorkspaceFolderFs implements FileSystem {
  /** Disk stats: undefined = not on disk. */
  private readonly stats = new Map<string, Promise<FileStat | undefined>>();
  private readonly texts = new Map<string, { bytes: Promise<Uint8Array>; size: number }>();
  private cachedBytes = 0;
  private readonly dirs = new Map<string, Promise<DirEntry[]>>();
  /** Path -> whether it resolves outside the folder (only with a realpath capability). */
  private readonly outside = new Map<string, Promise<boolean>>();
  private rootReal: Promise<string | undefined> | undefined;
  /** Encoded text of open documents, per version: stat and read of one check encode it once. */
  private readonly docBytes = new WeakMap<vscode.TextDocument, { version: number; bytes: Uint8Array }>();
  readonly counters: FsStats = { calls: 0, diskCalls: 0 };

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    private readonly realpath?: RealpathCapability,
  ) {
    if (realpath && !realpath.handles(folder.uri)) this.realpath = undefined;
  }

  /** Whether reads go straight to this host's disk (cheap) rather than through vscode.workspace.fs. */
  get local(): boolean {
    return this.realpath?.disk !== undefined;
  }

  /**
   * A view of this file system that records the version of every open document it read, so a
   * result can later be matched against the text it was computed on (fix offsets are only valid
   * for that text).
   */
  session(): { fs: FileSystem; versions: Map<string, number> } {
    const versions = new Map<string, number>();
    const fs: FileSystem = {
      readFile: (path) => this.readFile(path, versions),
      stat: (path) => this.stat(path),
      readDirectory: (path) => this.readDirectory(path),
    };
    return { fs, versions };
  }

  // ---- cache ----------------------------------------------------------------------------------

  /**
   * Forget what is known about a path and everything below it. A create or delete also changes the
   * listing of the parent folder.
   */
  invalidate(path: string, kind: 'change' | 'create' | 'delete'): void {
    const prefix = path === '' ? '' : `${path}/`;
    const hit = (k: string) => k === path || k.startsWith(prefix);
    for (const m of [this.stats, this.dirs, this.outside] as Map<string, unknown>[]) {
      for (const k of [...m.keys()]) if (hit(k)) m.delete(k);
    }
    for (const [k, v] of [...this.texts]) {
      if (!hit(k)) continue;
      this.cachedBytes -= v.size;
      this.texts.delete(k);
    }
    if (kind !== 'change') this.dirs.delete(parentOf(path));
  }

  /** Forget the folder listings (a walk for manifests lists the disk as it is now; texts and stats stay). */
  forgetListings(): void {
    this.dirs.clear();
  }

  /** Forget everything read from disk (a full "Recheck Workspace" reads the disk afresh). */
  clearCache(): void {
    this.stats.clear();
    this.texts.clear();
    this.dirs.clear();
    this.outside.clear();
    this.cachedBytes = 0;
    this.rootReal = undefined;
  }

  private cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Thenable<T>): Promise<T> {
    let p = map.get(key);
    if (!p) {
      this.counters.diskCalls++;
      p = Promise.resolve(load());
      map.set(key, p);
      // A failure is not remembered: the next check asks again.
      p.catch(() => {
        if (map.get(key) === p) map.delete(key);
      });
    }
    return p;
  }

  // ---- paths ----------------------------------------------------------------------------------

  /** Absolute URI of a workspace-relative path; throws for paths that leave the folder. */
  uriOf(path: string): vscode.Uri {
    const rel = normalizeRelative(path);
    if (rel === undefined) throw new Error(`path leaves the workspace folder: ${path}`);
    return rel === '' ? this.folder.uri : vscode.Uri.joinPath(this.folder.uri, rel);
  }

  /** Workspace-relative POSIX path of a URI inside this folder, or undefined. */
  relativePath(uri: vscode.Uri): string | undefined {
    const root = this.folder.uri;
    if (uri.scheme !== root.scheme || uri.authority !== root.authority) return undefined;
    const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
    if (uri.path === root.path || `${uri.path}/` === base) return '';
    if (!uri.path.startsWith(base)) return undefined;
    return normalizeRelative(uri.path.slice(base.length));
  }

  /** The open document for a path, if any: its text wins over the disk. */
  openDocument(path: string): vscode.TextDocument | undefined {
    const key = this.uriOf(path).toString();
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
  }

  private bytesOf(doc: vscode.TextDocument): Uint8Array {
    const hit = this.docBytes.get(doc);
    if (hit && hit.version === doc.version) return hit.bytes;
    const bytes = encoder.encode(doc.getText());
    this.docBytes.set(doc, { version: doc.version, bytes });
    return bytes;
  }

  /**
   * Whether a path resolves (through symbolic links anywhere on the way) outside the folder. Without
   * a realpath capability this is unknowable and answered false. Missing paths, dangling links and
   * loops are not "outside": stat reports them as what they are.
   */
  private isOutside(path: string): Promise<boolean> {
    const cap = this.realpath;
    if (!cap) return Promise.resolve(false);
    return this.cached(this.outside, path, async () => {
      this.rootReal ??= cap.realpath(this.folder.uri.fsPath).then(
        (r) => r,
        () => undefined,
      );
      const root = await this.rootReal;
      if (root === undefined) return false;
      let real: string;
      try {
        real = await cap.realpath(this.uriOf(path).fsPath);
      } catch {
        return false;
      }
      return !cap.isInside(root, real);
    });
  }

  // ---- FileSystem -----------------------------------------------------------------------------

  async readFile(path: string, versions?: Map<string, number>): Promise<Uint8Array> {
    this.counters.calls++;
    // Also checked here, not only in stat: an open editor on such a link must not leak its text either.
    if (await this.isOutside(path)) throw new Error(`refused: ${path} resolves outside the workspace folder`);
    const doc = this.openDocument(path);
    if (doc) {
      versions?.set(path, doc.version);
      return this.bytesOf(doc);
    }
    let entry = this.texts.get(path);
    if (!entry) {
      this.counters.diskCalls++;
      const uri = this.uriOf(path);
      const disk = this.realpath?.disk;
      const bytes = Promise.resolve(disk ? disk.readFile(uri.fsPath) : vscode.workspace.fs.readFile(uri));
      const e = { bytes, size: 0 };
      entry = e;
      this.texts.set(path, e);
      bytes.then(
        (b) => {
          if (this.texts.get(path) !== e) return;
          e.size = b.byteLength;
          this.cachedBytes += b.byteLength;
          this.evict();
        },
        () => {
          if (this.texts.get(path) === e) this.texts.delete(path);
        },
      );
    }
    return entry.bytes;
  }

  private evict(): void {
    for (const [k, v] of this.texts) {
      if (this.cachedBytes <= MAX_CACHED_BYTES) return;
      this.cachedBytes -= v.size;
      this.texts.delete(k);
    }
  }

  async stat(path: string): Promise<FileStat | undefined> {
    this.counters.calls++;
    const [outside, disk] = await Promise.all([this.isOutside(path), this.diskStat(path)]);
    // Never read, whatever it is; the kind only words the finding.
    if (outside) return { kind: disk?.kind ?? 'symlink', size: 0, outsideRoot: true };
    const doc = this.openDocument(path);
    if (doc && !doc.isUntitled) {
      // The editor's text is what gets read, so its size is what counts. Not on disk but open: e.g.
      // created by a fix, not yet flushed.
      if (!disk || disk.kind === 'file') return { kind: 'file', size: this.bytesOf(doc).byteLength };
    }
    return disk;
  }

  private diskStat(path: string): Promise<FileStat | undefined> {
    return this.cached(this.stats, path, async () => {
      const uri = this.uriOf(path);
      const disk = this.realpath?.disk;
      try {
        const st = await (disk ? disk.stat(uri.fsPath) : vscode.workspace.fs.stat(uri));
        const kind = kindOf(st.type, true);
        return { kind, size: st.size };
      } catch (e) {
        if (isNotFound(e)) return undefined;
        // Any other failure of the disk (permissions, a file on the way) is one, as through workspace.fs.
        if (disk || e instanceof vscode.FileSystemError) throw e;
        return undefined;
      }
    });
  }

  async readDirectory(path: string): Promise<DirEntry[]> {
    this.counters.calls++;
    if (path !== '' && (await this.isOutside(path))) throw new Error(`refused: ${path} resolves outside the workspace folder`);
    const list = await this.cached(this.dirs, path, async () => {
      const uri = this.uriOf(path);
      const disk = this.realpath?.disk;
      const entries = await (disk ? disk.readDirectory(uri.fsPath) : vscode.workspace.fs.readDirectory(uri));
      return entries.map(([name, type]) => ({ name, kind: kindOf(type, false) }));
    });
    // Callers may sort or filter: hand out a copy of the cached list.
    return list.slice();
  }
}
