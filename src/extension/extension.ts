// The Node entry point (package.json "main"): the shared activation with what a Node extension host adds,
// reading the local disk and resolving symbolic links. The web-worker entry is web.ts.
import * as vscode from 'vscode';
import { activateWith, type ExtensionApi } from './activate';
import type { RealpathCapability } from './workspaceFs';

export { OUTPUT_CHANNEL_NAME, type ExtensionApi } from './activate';

function fileType(s: { isFile(): boolean; isDirectory(): boolean }): vscode.FileType {
  return s.isFile() ? vscode.FileType.File : s.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
}

/**
 * Node's realpath (and fs), for folders whose files this extension host sees on its own disk: `file` folders,
 * and `vscode-remote` folders when this (workspace-kind) extension runs in the remote host beside
 * them (SSH, WSL, containers, code-server). Node's fs is loaded on first use only. The web build (web.ts)
 * has none: there, symlinks are judged by what vscode.workspace.fs reports.
 */
function nodeRealpath(context: vscode.ExtensionContext): RealpathCapability | undefined {
  if (typeof process === 'undefined' || !process.versions?.node) return undefined;
  const remoteHost = vscode.env.remoteName !== undefined && context.extension.extensionKind === vscode.ExtensionKind.Workspace;
  let fsp: (typeof import('fs'))['promises'] | undefined;
  let nodePath: typeof import('path') | undefined;
  return {
    handles: (folder) => folder.scheme === 'file' || (folder.scheme === 'vscode-remote' && remoteHost),
    realpath: async (p) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      fsp ??= (require('fs') as typeof import('fs')).promises;
      return fsp.realpath(p);
    },
    // Reads straight from this host's disk, answering like VS Code's disk provider (FileType bits: a
    // link is SymbolicLink plus the kind of its target; a dangling one is SymbolicLink alone).
    disk: {
      stat: async (p) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        fsp ??= (require('fs') as typeof import('fs')).promises;
        const l = await fsp.lstat(p);
        if (!l.isSymbolicLink()) return { type: fileType(l), size: l.size };
        try {
          const t = await fsp.stat(p);
          return { type: vscode.FileType.SymbolicLink | fileType(t), size: t.size };
        } catch {
          return { type: vscode.FileType.SymbolicLink, size: l.size };
        }
      },
      readFile: async (p) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        fsp ??= (require('fs') as typeof import('fs')).promises;
        const b = await fsp.readFile(p);
        return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      },
      readDirectory: async (p) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        fsp ??= (require('fs') as typeof import('fs')).promises;
        // Listings report links as links; the caller never follows them.
        return (await fsp.readdir(p, { withFileTypes: true })).map((d) => [d.name, d.isSymbolicLink() ? vscode.FileType.SymbolicLink : fileType(d)] as [string, vscode.FileType]);
      },
    },
    isInside: (root, real) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      nodePath ??= require('path') as typeof import('path');
      const rel = nodePath.relative(root, real);
      return rel === '' || (rel !== '..' && !rel.startsWith(`..${nodePath.sep}`) && !nodePath.isAbsolute(rel));
    },
  };
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateWith(context, { kind: 'node', realpath: nodeRealpath(context) });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
