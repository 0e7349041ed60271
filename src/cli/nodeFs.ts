// FileSystem over Node's fs, rooted at one directory. Nothing outside the root is read: paths with
// ".." or absolute paths are refused, and every path is checked after resolving symbolic links.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DirEntry, FileKind, FileStat, FileSystem } from '../core/fs';
import { normalizeRelative } from '../core/paths';

export class OutsideRootError extends Error {
  constructor(p: string) {
    super(`refused: ${p} is outside the workspace root`);
  }
}

function kindOf(st: fs.Stats | fs.Dirent): FileKind {
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  return 'other';
}

export class NodeFileSystem implements FileSystem {
  /** Real (symlink-free) absolute path of the root. */
  readonly root: string;

  constructor(root: string) {
    this.root = fs.realpathSync(path.resolve(root));
  }

  /** Absolute path of a workspace-relative path, or throws when it leaves the root lexically. */
  absolute(rel: string): string {
    const n = normalizeRelative(rel);
    if (n === undefined) throw new OutsideRootError(rel);
    return n === '' ? this.root : path.join(this.root, ...n.split('/'));
  }

  /** Workspace-relative POSIX path of an absolute path, or undefined when it is outside the root. */
  relative(abs: string): string | undefined {
    const rel = path.relative(this.root, path.resolve(abs));
    if (rel === '') return '';
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  private inside(real: string): boolean {
    return real === this.root || real.startsWith(this.root.endsWith(path.sep) ? this.root : this.root + path.sep);
  }

  /** Real path when it lies inside the root; undefined when it leaves it; throws for loops or dangling links. */
  private async realInside(abs: string): Promise<string | undefined> {
    const real = await fs.promises.realpath(abs);
    return this.inside(real) ? real : undefined;
  }

  async stat(rel: string): Promise<FileStat | undefined> {
    let abs: string;
    try {
      abs = this.absolute(rel);
    } catch {
      return { kind: 'other', size: 0, outsideRoot: true };
    }
    let l: fs.Stats;
    try {
      l = await fs.promises.lstat(abs);
    } catch {
      return undefined;
    }
    let real: string | undefined;
    try {
      real = await this.realInside(abs);
    } catch {
      // Dangling link or loop (ELOOP): a link that cannot be followed.
      return { kind: 'symlink', size: 0 };
    }
    if (real === undefined) return { kind: l.isSymbolicLink() ? 'symlink' : kindOf(l), size: 0, outsideRoot: true };
    if (!l.isSymbolicLink()) return { kind: kindOf(l), size: l.isFile() ? l.size : 0 };
    // A link to a regular file inside the root is read like the file; links to folders are never followed.
    const target = await fs.promises.stat(real);
    return target.isFile() ? { kind: 'file', size: target.size } : { kind: 'symlink', size: 0 };
  }

  async readFile(rel: string): Promise<Uint8Array> {
    const abs = this.absolute(rel);
    const real = await this.realInside(abs);
    if (real === undefined) throw new OutsideRootError(rel);
    const st = await fs.promises.stat(real);
    if (!st.isFile()) throw new Error(`not a regular file: ${rel}`);
    return fs.promises.readFile(real);
  }

  async readDirectory(rel: string): Promise<DirEntry[]> {
    const abs = this.absolute(rel);
    const real = await this.realInside(abs);
    if (real === undefined) throw new OutsideRootError(rel);
    const entries = await fs.promises.readdir(real, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, kind: kindOf(e) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Write a file inside the root (used only by --fix). Refuses paths that leave the root, also through links. */
  async writeFile(rel: string, text: string): Promise<void> {
    const abs = this.absolute(rel);
    const dir = path.dirname(abs);
    // Check the nearest existing folder before creating any: a linked folder must not lead mkdir outside.
    let existing = dir;
    while (!fs.existsSync(existing)) existing = path.dirname(existing);
    if ((await this.realInside(existing)) === undefined) throw new OutsideRootError(rel);
    await fs.promises.mkdir(dir, { recursive: true });
    if ((await this.realInside(dir)) === undefined) throw new OutsideRootError(rel);
    try {
      const l = await fs.promises.lstat(abs);
      if (l.isSymbolicLink()) {
        const real = await this.realInside(abs);
        if (real === undefined) throw new OutsideRootError(rel);
        await fs.promises.writeFile(real, text, 'utf8');
        return;
      }
    } catch (e) {
      if (e instanceof OutsideRootError) throw e;
    }
    await fs.promises.writeFile(abs, text, 'utf8');
  }

  /**
   * Create a new file inside the root (used only by init). Never replaces anything: the write is exclusive
   * (an existing file, or a link in its place, makes it fail), and a folder without write permission bits is
   * refused before writing, also for a user such as root whom the system would let write anyway.
   */
  async createFile(rel: string, text: string): Promise<void> {
    const abs = this.absolute(rel);
    const dir = path.dirname(abs);
    const real = await this.realInside(dir);
    if (real === undefined) throw new OutsideRootError(rel);
    const st = await fs.promises.stat(real);
    if (!st.isDirectory()) throw new Error(`${path.dirname(rel) || '.'} is not a folder`);
    if ((st.mode & 0o222) === 0) throw new Error(`the folder ${path.relative(this.root, real) || '.'} is read-only`);
    await fs.promises.writeFile(path.join(real, path.basename(abs)), text, { encoding: 'utf8', flag: 'wx' });
  }
}

/** The repository root: the nearest ancestor holding `.git`, else the directory itself. */
export function findRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}
