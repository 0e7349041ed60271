// "Export AI BOM": the CycloneDX BOM of one release unit (built by src/core/bom), written beside its
// manifest and opened. Written with a WorkspaceEdit (undoable, and what the host's file system
// provider allows); where the host refuses the edit, straight through vscode.workspace.fs.
import * as vscode from 'vscode';
import { bomPathFor, unitBom } from '../core/bom/index';
import { STATUS_LABEL } from '../core/engine/summary';
import type { UnitEntry } from './model';
import type { ReadinessServiceImpl } from './service';

export const EXPORT_BOM_COMMAND = 'aiReleaseReadiness.exportBom';

/** The unit a command was invoked for: a checklist node, a manifest or document URI, the active editor, or a pick. */
async function unitOf(service: ReadinessServiceImpl, arg: unknown): Promise<UnitEntry | undefined> {
  const node = arg as { entry?: UnitEntry } | undefined;
  if (node?.entry?.manifestUri) return node.entry;
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const own = uri ? service.unitFor(uri) : undefined;
  if (own) return own;
  const units = service.units();
  if (units.length <= 1) return units[0];
  const pick = await vscode.window.showQuickPick(
    units.map((entry) => ({
      label: entry.result.name ?? entry.result.manifestPath,
      description: entry.result.version,
      detail: vscode.workspace.asRelativePath(entry.manifestUri),
      entry,
    })),
    { title: 'Export AI BOM', placeHolder: 'Choose the release unit' },
  );
  return pick?.entry;
}

/** Write `bytes` at `uri`: a WorkspaceEdit where the host applies it, else the file system. */
async function write(uri: vscode.Uri, bytes: Uint8Array): Promise<'edit' | 'fs'> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: true, contents: bytes });
  if (await vscode.workspace.applyEdit(edit)) return 'edit';
  await vscode.workspace.fs.writeFile(uri, bytes);
  return 'fs';
}

function serialNumber(): string | undefined {
  // Web Crypto, in the Node extension host and in a web worker alike.
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? `urn:uuid:${c.randomUUID()}` : undefined;
}

/** Export the BOM of the unit `arg` designates; resolves to the BOM's URI, or undefined when there is none. */
export async function exportBom(service: ReadinessServiceImpl, log: vscode.LogOutputChannel, arg?: unknown, open = true): Promise<vscode.Uri | undefined> {
  const entry = await unitOf(service, arg);
  if (!entry) {
    void vscode.window.showInformationMessage('Release Readiness: no release unit to export a BOM for.');
    return undefined;
  }
  const manifestPath = service.relativePath(entry.folder, entry.manifestUri);
  if (manifestPath === undefined) throw new Error(`${entry.manifestUri.toString()} is not inside its workspace folder`);
  const bom = await unitBom(service.fileSystem(entry.folder), manifestPath, service.optionsFor(entry.folder), { timestamp: new Date(), serialNumber: serialNumber() });
  if (!bom.ok) {
    void vscode.window.showWarningMessage(`Release Readiness: no BOM for ${manifestPath}: ${bom.reason}.`);
    return undefined;
  }
  const uri = service.uriIn(entry.folder, bomPathFor(manifestPath));
  const how = await write(uri, new TextEncoder().encode(bom.json));
  log.info(`wrote ${vscode.workspace.asRelativePath(uri)} (${how === 'edit' ? 'workspace edit' : 'workspace.fs'}): ${STATUS_LABEL[bom.result.summary.status]}, ${bom.result.findings.length} open finding(s)`);
  if (open) await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

export function registerBomExport(context: vscode.ExtensionContext, service: ReadinessServiceImpl, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_BOM_COMMAND, async (arg?: unknown) => {
      try {
        return await exportBom(service, log, arg);
      } catch (e) {
        log.error('Export AI BOM failed', e);
        void vscode.window.showErrorMessage(`Release Readiness: Export AI BOM failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }),
  );
}
