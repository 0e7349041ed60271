// The only door from the core to storage. Adapters implement it over Node's fs (CLI),
// vscode.workspace.fs (extension) or an in-memory map (tests, benchmarks).

export type FileKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  name: string;
  kind: FileKind;
}

export interface FileStat {
  kind: FileKind;
  size: number;
  /** Set when the path resolves (through a symbolic link) outside the workspace root: never read. */
  outsideRoot?: boolean;
}

/**
 * Paths are workspace-relative POSIX paths ("" is the root, "a/b.md"). Implementations must
 * refuse paths that leave the root; the core also never forms such a path.
 * Every method rejects (or resolves undefined for `stat`) on a missing file.
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat | undefined>;
  readDirectory(path: string): Promise<DirEntry[]>;
}

/** In-memory file system: tests and benchmarks run the core with no disk at all. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private readonly encoder = new TextEncoder();
  /**
   * Directory index, so stat and readDirectory do not scan every file: directory -> entry name -> the file
   * paths below that entry, in the order they were first written (the first decides file vs. directory
   * when a name is both, as a scan in insertion order would). The root "" is listed from `files` itself.
   */
  readonly #dirs = new Map<string, Map<string, Set<string>>>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, content] of Object.entries(files)) this.write(p, content);
  }

  write(path: string, content: string | Uint8Array): void {
    if (!this.files.has(path)) this.#index(path, true);
    this.files.set(path, typeof content === 'string' ? this.encoder.encode(content) : content);
  }

  delete(path: string): void {
    if (this.files.delete(path)) this.#index(path, false);
  }

  /** Add or remove a file path under every directory that lists it: each "a/b" with "a/b/" a prefix of the path. */
  #index(path: string, add: boolean): void {
    for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
      const dir = path.slice(0, i);
      const slash = path.indexOf('/', i + 1);
      const name = slash < 0 ? path.slice(i + 1) : path.slice(i + 1, slash);
      let entries = this.#dirs.get(dir);
      if (add) {
        if (!entries) this.#dirs.set(dir, (entries = new Map()));
        let under = entries.get(name);
        if (!under) entries.set(name, (under = new Set()));
        under.add(path);
      } else if (entries) {
        const under = entries.get(name);
        if (!under) continue;
        under.delete(path);
        if (under.size === 0) entries.delete(name);
        if (entries.size === 0) this.#dirs.delete(dir);
      }
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    const data = this.files.get(path);
    if (!data) throw new Error(`ENOENT: ${path}`);
    return data;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const data = this.files.get(path);
    if (data) return { kind: 'file', size: data.byteLength };
    if (path === '' ? this.files.size > 0 : this.#dirs.has(path)) return { kind: 'directory', size: 0 };
    return undefined;
  }

  async readDirectory(path: string): Promise<DirEntry[]> {
    const seen: DirEntry[] = [];
    if (path === '') {
      const names = new Map<string, DirEntry>();
      for (const p of this.files.keys()) {
        const slash = p.indexOf('/');
        const name = slash < 0 ? p : p.slice(0, slash);
        if (!names.has(name)) names.set(name, { name, kind: slash < 0 ? 'file' : 'directory' });
      }
      seen.push(...names.values());
    } else {
      const prefix = `${path}/`;
      for (const [name, under] of this.#dirs.get(path) ?? []) {
        const first = under.values().next().value as string;
        seen.push({ name, kind: first.length === prefix.length + name.length ? 'file' : 'directory' });
      }
    }
    return seen.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
