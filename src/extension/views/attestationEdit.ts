// Ticking a manual checklist item writes `attestations.<key>` into the manifest as one undoable edit.
import * as vscode from 'vscode';
import { isoDate, removeAttestationEdits, setAttestationEdits } from '../../core/manifest/attestations';
import type { ParsedManifest } from '../../core/manifest/model';
import { parseManifest } from '../../core/manifest/parse';
import { textEditsToWorkspaceEdit } from './fixEdit';

interface GitRepository {
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  repositories: GitRepository[];
}

/** The git user name from VS Code's own git extension (we run no git ourselves); "maintainer" otherwise. */
export async function attestingUser(uri: vscode.Uri): Promise<string> {
  try {
    const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
    if (!ext) return 'maintainer';
    const exports = ext.isActive ? ext.exports : await ext.activate();
    const api = exports.getAPI(1);
    const repo = api.getRepository(uri) ?? api.repositories[0];
    if (!repo) return 'maintainer';
    const name = (await repo.getConfig('user.name').catch(() => '')) || (await repo.getGlobalConfig('user.name').catch(() => ''));
    return name.trim() || 'maintainer';
  } catch {
    // No git extension (vscode.dev, restricted mode): the attestation still records a date.
    return 'maintainer';
  }
}

/** Writes or removes the attestation. Saves only if the document had no unsaved changes before. */
export async function setAttestation(uri: vscode.Uri, manifest: ParsedManifest | undefined, key: string, ticked: boolean): Promise<boolean> {
  if (!manifest || !manifest.data) {
    void vscode.window.showWarningMessage('Release Readiness: fix the manifest\'s YAML errors before recording checklist items.');
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== manifest.text) {
    // The cached parse is stale; edits must be computed on what is in the document now.
    manifest = parseManifest(manifest.path, doc.getText());
  }
  const edits = ticked
    ? setAttestationEdits(manifest, key, { by: await attestingUser(uri), date: isoDate(new Date()) })
    : removeAttestationEdits(manifest, key);
  if (edits.length === 0) return true;
  const wasDirty = doc.isDirty;
  const ok = await vscode.workspace.applyEdit(await textEditsToWorkspaceEdit(uri, edits));
  if (!ok) throw new Error('VS Code refused the edit to the manifest');
  if (!wasDirty) await doc.save();
  return true;
}
