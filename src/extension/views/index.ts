// Registers the views of the extension: sidebar checklist, report, status bar, manifest creation,
// schema completion and hover. extension.ts calls registerViews once the service exists.
import * as vscode from 'vscode';
import type { Finding } from '../../core/types';
import type { ReadinessService, UnitEntry } from '../model';
import { ChecklistProvider, type ChecklistNode } from './checklistTree';
import { fixToWorkspaceEdit } from './fixEdit';
import { revealFinding } from './reveal';
import { registerReport, type ReportPanel } from './report';
import { ReadinessStatusBar } from './statusBar';
import { setAttestation } from './attestationEdit';
import { registerCreateManifest } from './createManifest';
import { registerSchemaAssist } from './schemaAssist';

export const CHECKLIST_VIEW_ID = 'aiReleaseReadiness.checklist';

/** What tests (and other parts of the extension) can reach through the extension's exports. */
export interface ViewsApi {
  checklist: ChecklistProvider;
  treeView: vscode.TreeView<ChecklistNode>;
  report: ReportPanel;
  statusBar: ReadinessStatusBar;
  /** Same as ticking / unticking a manual item in the tree. */
  setAttestation(entry: UnitEntry, key: string, ticked: boolean): Promise<boolean>;
}

type Output = vscode.LogOutputChannel | vscode.OutputChannel;

export function registerViews(context: vscode.ExtensionContext, service: ReadinessService, output: Output): ViewsApi {
  const log = (message: string): void => {
    if ('error' in output) output.error(message);
    else output.appendLine(message);
  };
  /** Command handlers report their errors instead of dropping them. */
  const guarded =
    <A extends unknown[]>(name: string, fn: (...args: A) => unknown) =>
    async (...args: A): Promise<unknown> => {
      try {
        return await fn(...args);
      } catch (e) {
        log(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        void vscode.window.showErrorMessage(`Release Readiness: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    };

  const readText = async (uri: vscode.Uri): Promise<string> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  };

  const checklist = new ChecklistProvider(service, readText);
  const treeView = vscode.window.createTreeView(CHECKLIST_VIEW_ID, { treeDataProvider: checklist, showCollapseAll: true });
  const updateBadge = (): void => {
    const errors = service.units().reduce((n, u) => n + u.result.summary.counts.error, 0);
    treeView.badge = errors ? { value: errors, tooltip: `${errors} blocking item${errors === 1 ? '' : 's'}` } : undefined;
  };
  updateBadge();

  const setAttestationFor = async (entry: UnitEntry, key: string, ticked: boolean): Promise<boolean> => {
    const manifest = await checklist.manifestOf(entry);
    const ok = await setAttestation(entry.manifestUri, manifest, key, ticked);
    checklist.refresh();
    return ok;
  };

  const findingOf = (arg: unknown): { entry: UnitEntry; finding: Finding } | undefined => {
    const node = arg as ChecklistNode | undefined;
    return node && node.kind === 'finding' ? { entry: node.entry, finding: node.finding } : undefined;
  };

  const report = registerReport(context, service, log);
  const statusBar = new ReadinessStatusBar(service);

  context.subscriptions.push(
    checklist,
    treeView,
    statusBar,
    service.onDidChange(updateBadge),
    treeView.onDidChangeCheckboxState(
      guarded('Recording the checklist item', async (e: vscode.TreeCheckboxChangeEvent<ChecklistNode>) => {
        for (const [node, state] of e.items) {
          if (node.kind !== 'attestation') continue;
          await setAttestationFor(node.entry, node.check.key, state === vscode.TreeItemCheckboxState.Checked);
        }
      }),
    ),
    vscode.commands.registerCommand(
      'aiReleaseReadiness.revealFinding',
      guarded('Reveal', async (arg: unknown) => {
        const f = findingOf(arg);
        if (f) await revealFinding(service, f.entry, f.finding);
      }),
    ),
    vscode.commands.registerCommand(
      'aiReleaseReadiness.applyFix',
      guarded('Apply Fix', async (arg: unknown) => {
        const f = findingOf(arg);
        const fixes = f?.finding.fixes ?? [];
        if (!f || fixes.length === 0) return false;
        let fix = fixes[0];
        if (fixes.length > 1) {
          const pick = await vscode.window.showQuickPick(
            fixes.map((x) => ({ label: x.title, description: x.preferred ? 'preferred' : undefined, fix: x })),
            { title: f.finding.message, placeHolder: 'Choose a fix' },
          );
          if (!pick) return false;
          fix = pick.fix;
        }
        const { edit, created } = await fixToWorkspaceEdit(fix, (p) => vscode.Uri.joinPath(f.entry.folder.uri, p));
        const ok = await vscode.workspace.applyEdit(edit);
        if (!ok) throw new Error(`VS Code refused the edit "${fix.title}"`);
        if (created[0]) await vscode.window.showTextDocument(created[0]);
        return true;
      }),
    ),
  );

  registerCreateManifest(context, log);
  registerSchemaAssist(context);

  return { checklist, treeView, report, statusBar, setAttestation: setAttestationFor };
}
