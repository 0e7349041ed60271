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

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, content] of Object.entries(files)) this.write(p, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? this.encoder.encode(content) : content);
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  async readFile(path: string): Promise<Uint8Array> {
    const data = this.files.get(path);
    if (!data) throw new Error(`ENOENT: ${path}`);
    return data;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const data = this.files.get(path);
    if (data) return { kind: 'file', size: data.byteLength };
    const prefix = path === '' ? '' : `${path}/`;
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return { kind: 'directory', size: 0 };
    return undefined;
  }

  async readDirectory(path: string): Promise<DirEntry[]> {
    const prefix = path === '' ? '' : `${path}/`;
    const seen = new Map<string, DirEntry>();
    for (const p of this.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      if (!seen.has(name)) seen.set(name, { name, kind: slash < 0 ? 'file' : 'directory' });
    }
    return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
