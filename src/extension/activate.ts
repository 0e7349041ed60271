// Activation shared by the Node and the web-worker entry points (extension.ts, web.ts): wires the checking
// service, diagnostics, code actions and the views. Thin: every check and every fix text comes from src/core.
// What only a Node extension host can do (read the local disk, resolve symbolic links) comes in as `host`.
import * as vscode from 'vscode';
import { DiagnosticsPublisher } from './diagnostics';
import { registerCodeActions, type ReadinessCodeActions } from './codeActions';
import { registerBomExport } from './bomExport';
import { registerRuleDocs } from './ruleDocs';
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
  /** Milliseconds from the start of activate() until the first diagnostics of a unit are shown. */
  firstDiagnosticsMs: Promise<number>;
  /** The extension host this build runs in, and what was said in the output channel about it. */
  host: 'node' | 'web';
  hostNote: string | undefined;
}

export interface HostCapabilities {
  kind: 'node' | 'web';
  /** Local disk and symbolic-link resolution, where this host has them (see workspaceFs.ts). */
  realpath: RealpathCapability | undefined;
  /** Said once in the output channel after activation: what this host does differently. */
  note?: string;
}

export function activateWith(context: vscode.ExtensionContext, host: HostCapabilities): ExtensionApi {
  const started = Date.now();
  const startedHr = performance.now();
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  const diagnostics = new DiagnosticsPublisher();
  const service = new ReadinessServiceImpl(diagnostics, output, host.realpath);
  context.subscriptions.push(output, diagnostics, service);
  // The first scan starts now: its first file system calls are under way while the rest registers (all
  // synchronous, so every listener is in place before any result can arrive).
  service.start();

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
  registerRuleDocs(context, output);

  // The sidebar checklist, report, status bar, manifest creation and schema assist; a failure
  // there must not take diagnostics and quick fixes down with it.
  let views: ViewsApi | undefined;
  try {
    views = registerViews(context, service, output);
  } catch (e) {
    output.error('Registering the views failed', e);
  }

  const activationMs = performance.now() - startedHr;
  const firstScanMs = service.whenIdle().then(() => performance.now() - startedHr);
  // The first unit's diagnostics; a folder without release units has none, and counts when its scan ends.
  const firstDiagnosticsMs = Promise.race([service.firstDiagnosticsAt, service.whenIdle().then(() => performance.now())]).then((at) => at - startedHr);
  output.info(`activated in ${Date.now() - started} ms (VS Code ${vscode.version}, ${host.kind} extension host, ${vscode.workspace.isTrusted ? 'trusted' : 'restricted mode'})`);
  if (host.note) output.info(host.note);
  return { service, diagnostics, codeActions, views, output, activationMs, firstScanMs, firstDiagnosticsMs, host: host.kind, hostNote: host.note };
}
