// "Export AI BOM": the unit's CycloneDX BOM written beside its manifest and opened, in a real VS Code.
// Uses only the VS Code API, so the same tests run in the web-worker extension host (test/web).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ChecklistNode } from '../../../src/extension/views/checklistTree';
import { api, restoreText, waitFor, workspaceUri } from './helpers';

const EXPORT = 'aiReleaseReadiness.exportBom';

async function readJson(uri: vscode.Uri): Promise<Record<string, any>> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
}

function prop(component: { properties?: { name: string; value: string }[] }, name: string): string[] {
  return (component.properties ?? []).filter((p) => p.name === `release-readiness:${name}`).map((p) => p.value);
}

async function removeIfThere(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // not there
  }
}

describe('Export AI BOM', () => {
  const rootBom = () => workspaceUri('ai-bom.cdx.json');
  const viewsBom = () => workspaceUri('units/views/ai-bom.cdx.json');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeIfThere(rootBom());
    await removeIfThere(viewsBom());
  });

  it('writes the unit of a manifest as CycloneDX 1.6 beside it, and opens it', async () => {
    const ext = await api();
    await ext.service.whenIdle();
    const manifest = workspaceUri('release-manifest.yaml');
    const unit = ext.service.unitFor(manifest);
    assert.ok(unit, 'the root unit is checked');
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, manifest);
    assert.ok(uri, 'a BOM was written');
    assert.strictEqual(uri.toString(), rootBom().toString());
    const bom = await readJson(uri);
    assert.strictEqual(bom.bomFormat, 'CycloneDX');
    assert.strictEqual(bom.specVersion, '1.6');
    assert.match(bom.serialNumber, /^urn:uuid:[0-9a-f-]{36}$/);
    const c = bom.metadata.component;
    assert.deepStrictEqual([c.type, c.name, c.version], ['machine-learning-model', 'tiny-classifier', '0.1.0']);
    assert.deepStrictEqual(c.licenses, [{ license: { id: 'Apache-2.0', acknowledgement: 'declared' } }]);
    assert.deepStrictEqual(c.modelCard.considerations.users, ['researchers']);
    assert.deepStrictEqual(c.modelCard.considerations.technicalLimitations, ['English only']);
    assert.deepStrictEqual(prop(c, 'readiness-status'), [unit.result.summary.status]);
    assert.strictEqual(prop(c, 'finding').length, unit.result.findings.length);
    const editor = await waitFor('the BOM in an editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()));
    assert.strictEqual(editor.document.getText(), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  });

  it('reads what the checks read: an unsaved edit of the manifest is in the BOM', async () => {
    const manifest = workspaceUri('release-manifest.yaml');
    const doc = await vscode.workspace.openTextDocument(manifest);
    const original = doc.getText();
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('  limitations:'));
    assert.ok(line >= 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(manifest, doc.lineAt(line).range, '  limitations: [English only, short texts only]');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, manifest);
      assert.ok(uri);
      const bom = await readJson(uri);
      assert.deepStrictEqual(bom.metadata.component.modelCard.considerations.technicalLimitations, ['English only', 'short texts only']);
    } finally {
      await restoreText(doc, original);
    }
  });

  it('exports the unit of a checklist row, and replaces an earlier BOM', async () => {
    const ext = await api();
    const v = ext.views;
    assert.ok(v);
    const node = await waitFor('the views-demo unit in the checklist', async () =>
      (await v.checklist.getChildren()).find((n): n is ChecklistNode & { kind: 'unit' } => n.kind === 'unit' && n.entry.result.name === 'views-demo'),
    );
    await vscode.workspace.fs.writeFile(viewsBom(), new TextEncoder().encode('{"stale": true}\n'));
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, node);
    assert.ok(uri);
    assert.strictEqual(uri.toString(), viewsBom().toString());
    const bom = await readJson(uri);
    assert.strictEqual(bom.stale, undefined);
    assert.strictEqual(bom.metadata.component.name, 'views-demo');
    assert.deepStrictEqual(prop(bom.metadata.component, 'readiness-status'), ['blocked']);
    assert.deepStrictEqual(prop(bom.metadata.component, 'deployment-context'), ['hiring']);
  });
});
