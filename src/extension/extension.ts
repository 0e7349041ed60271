// Entry point: wires the checking service, diagnostics, code actions and the views. Thin: every
// check and every fix text comes from src/core.
import * as vscode from 'vscode';
import { DiagnosticsPublisher } from './diagnostics';
import { registerCodeActions, type ReadinessCodeActions } from './codeActions';
import { registerBomExport } from './bomExport';
import { ReadinessServiceImpl } from './service';
import { registerViews, type ViewsApi } from './views/index';
import type { RealpathCapability } from './workspaceFs';

export const OUTPUT_CHANNEL_NAME = 'AI Release Readiness';

/** Returned from activate(): the integration tests reach the running parts through it. */
export interface ExtensionApi {
  service: ReadinessServiceImpl;
  diagnostics: DiagnosticsPublisher;
  codeActions: ReadinessCodeActions;
  views: ViewsApi | undefined;
  output: vscode.LogOutputChannel;
  /** Milliseconds spent in activate() (registration; the first scan runs on after it returns). */
  activationMs: number;
  /** Milliseconds from the start of activate() until the first scan of every folder is published as diagnostics. */
  firstScanMs: Promise<number>;
}

function fileType(s: { isFile(): boolean; isDirectory(): boolean }): vscode.FileType {
  return s.isFile() ? vscode.FileType.File : s.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
}

/**
 * Node's realpath (and fs), for folders whose files this extension host sees on its own disk: `file` folders,
 * and `vscode-remote` folders when this (workspace-kind) extension runs in the remote host beside
 * them (SSH, WSL, containers, code-server). Node's fs is loaded on first use only, and a web build
 * (no `process`) gets none: symlinks are then judged by what vscode.workspace.fs reports.
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
  const started = Date.now();
  const startedHr = performance.now();
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  const diagnostics = new DiagnosticsPublisher();
  const service = new ReadinessServiceImpl(diagnostics, output, nodeRealpath(context));
  context.subscriptions.push(output, diagnostics, service);

  const codeActions = registerCodeActions(context, service, diagnostics, output);
  context.subscriptions.push(
    vscode.commands.registerCommand('aiReleaseReadiness.refresh', async () => {
      try {
        await service.refresh();
      } catch (e) {
        output.error('Recheck failed', e);
      }
    }),
    vscode.commands.registerCommand('aiReleaseReadiness.showOutput', () => output.show(true)),
  );
  registerBomExport(context, service, output);

  // The sidebar checklist, report, status bar, manifest creation and schema assist; a failure
  // there must not take diagnostics and quick fixes down with it.
  let views: ViewsApi | undefined;
  try {
    views = registerViews(context, service, output);
  } catch (e) {
    output.error('Registering the views failed', e);
  }

  service.start();
  const activationMs = performance.now() - startedHr;
  const firstScanMs = service.whenIdle().then(() => performance.now() - startedHr);
  output.info(`activated in ${Date.now() - started} ms (VS Code ${vscode.version}, ${vscode.workspace.isTrusted ? 'trusted' : 'restricted mode'})`);
  return { service, diagnostics, codeActions, views, output, activationMs, firstScanMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
