// The core's FileSystem over vscode.workspace.fs for one workspace folder. Going through
// workspace.fs (never Node's fs) keeps remote and virtual workspaces and a web build working.
// Open text documents overlay the disk, so unsaved edits are checked live.
import * as vscode from 'vscode';
import type { DirEntry, FileKind, FileStat, FileSystem } from '../core/fs';
import { normalizeRelative } from '../core/paths';

const encoder = new TextEncoder();

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

export class WorkspaceFolderFs implements FileSystem {
  constructor(readonly folder: vscode.WorkspaceFolder) {}

  /**
   * A view of this file system that records the version of every open document it read, so a
   * result can later be matched against the text it was computed on (fix offsets are only valid
   * for that text).
   */
  session(): { fs: FileSystem; versions: Map<string, number> } {
    const versions = new Map<string, number>();
    const fs: FileSystem = {
      readFile: async (path) => {
        const doc = this.openDocument(path);
        if (doc) {
          versions.set(path, doc.version);
          return encoder.encode(doc.getText());
        }
        return this.readFile(path);
      },
      stat: (path) => this.stat(path),
      readDirectory: (path) => this.readDirectory(path),
    };
    return { fs, versions };
  }

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

  async readFile(path: string): Promise<Uint8Array> {
    const doc = this.openDocument(path);
    if (doc) return encoder.encode(doc.getText());
    return vscode.workspace.fs.readFile(this.uriOf(path));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const uri = this.uriOf(path);
    const doc = this.openDocument(path);
    try {
      const st = await vscode.workspace.fs.stat(uri);
      const kind = kindOf(st.type, true);
      return { kind, size: doc && kind === 'file' ? encoder.encode(doc.getText()).byteLength : st.size };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code !== 'FileNotFound' && e.code !== 'EntryNotFound') throw e;
      // Not on disk, but open in an editor (e.g. created by a fix, not yet flushed).
      if (doc && !doc.isUntitled) return { kind: 'file', size: encoder.encode(doc.getText()).byteLength };
      return undefined;
    }
  }

  async readDirectory(path: string): Promise<DirEntry[]> {
    const list = await vscode.workspace.fs.readDirectory(this.uriOf(path));
    return list.map(([name, type]) => ({ name, kind: kindOf(type, false) }));
  }
}
