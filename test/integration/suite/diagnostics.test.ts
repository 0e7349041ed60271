// Diagnostics as a user meets them: in the manifest and in the documents it names, updated while
// typing (before saving), when a named document disappears or comes back, and under severity settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, count, diagnosticsOf, ours, ruleOf, waitFor, withSetting, workspaceUri } from './helpers';

const MANIFEST = 'units/edit/release-manifest.yaml';
const CARD = 'units/edit/MODEL_CARD.md';

describe('diagnostics', () => {
  before(async () => {
    await api();
  });

  it('appear in the manifest with source, rule code linked to its documentation, and severity', async () => {
    const uri = workspaceUri(MANIFEST);
    const diags = await diagnosticsOf(uri);
    const d = diags.find((x) => ruleOf(x) === 'use-out-of-scope-missing');
    assert.ok(d, `use-out-of-scope-missing among ${diags.map(ruleOf).join(', ')}`);
    assert.strictEqual(d.source, 'AI Release Readiness');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'use-out-of-scope-missing');
    assert.match(code.target.toString(), /^https:\/\/.*docs\/rules\/use-out-of-scope-missing\.md$/);
    // The finding sits on intended_use (the parent of the missing key), line 14.
    assert.strictEqual(d.range.start.line, 13);
  });

  it('appear in the documents the manifest names, with related information pointing at the manifest', async () => {
    const uri = workspaceUri(CARD);
    const diags = await diagnosticsOf(uri);
    const sections = diags.filter((x) => ruleOf(x) === 'doc-section-missing');
    assert.ok(sections.length >= 2, `several doc-section-missing in the card, got ${diags.map(ruleOf).join(', ')}`);
    const rel = sections[0].relatedInformation?.[0];
    assert.ok(rel, 'related information');
    assert.strictEqual(rel.location.uri.toString(), workspaceUri(MANIFEST).toString());
    assert.strictEqual(rel.location.range.start.line, 11, 'documentation.model_card line');
    assert.strictEqual(sections[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('update as the manifest is edited, before it is saved, and again on undo', async () => {
    const uri = workspaceUri(MANIFEST);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor('out-of-scope finding', () => count(uri, 'use-out-of-scope-missing') === 1);

    const edit = new vscode.WorkspaceEdit();
    const after = doc.lineAt(16); // "  limitations: [English only]"
    assert.match(after.text, /limitations/);
    edit.insert(uri, after.range.end, '\n  out_of_scope:\n    - deployment in high-risk settings such as hiring or credit');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty, 'unsaved');
    await waitFor('out-of-scope finding gone after the edit', () => count(uri, 'use-out-of-scope-missing') === 0);

    await vscode.commands.executeCommand('undo');
    await waitFor('out-of-scope finding back after undo', () => count(uri, 'use-out-of-scope-missing') === 1);

    // Broken YAML is one clear finding on the line that breaks, not a crash.
    const broken = new vscode.WorkspaceEdit();
    broken.insert(uri, new vscode.Position(doc.lineCount - 1, doc.lineAt(doc.lineCount - 1).text.length), '\nbroken: [unclosed');
    assert.ok(await vscode.workspace.applyEdit(broken));
    const yamlError = await waitFor('a YAML error finding', () => ours(uri).find((d) => ruleOf(d) === 'manifest-invalid-yaml'));
    assert.ok(yamlError.range.start.line >= doc.lineCount - 2, `at the end, got line ${yamlError.range.start.line}`);
    await vscode.commands.executeCommand('undo');
    await waitFor('YAML error gone after undo', () => count(uri, 'manifest-invalid-yaml') === 0);
  });

  it('recheck the unit when a named document is deleted or created on disk', async () => {
    const manifest = workspaceUri(MANIFEST);
    const card = workspaceUri(CARD);
    const bytes = await vscode.workspace.fs.readFile(card);
    await waitFor('no doc-missing at start', () => ours(manifest).length > 0 && count(manifest, 'doc-missing') === 0);

    await vscode.workspace.fs.delete(card);
    await waitFor('doc-missing after the card is deleted', () => count(manifest, 'doc-missing') === 1);
    await waitFor('card diagnostics cleared', () => ours(card).length === 0);

    await vscode.workspace.fs.writeFile(card, bytes);
    await waitFor('doc-missing gone after the card is back', () => count(manifest, 'doc-missing') === 0);
    await waitFor('card diagnostics back', () => count(card, 'doc-section-missing') > 0);
  });

  it('recheck the unit when a named document changes on disk (cached reads are invalidated)', async () => {
    const manifest = workspaceUri(MANIFEST);
    const readme = workspaceUri('units/edit/README.md');
    const bytes = await vscode.workspace.fs.readFile(readme);
    await waitFor('no doc-empty at start', () => ours(manifest).length > 0 && count(readme, 'doc-empty') === 0);
    // Written behind the editor's back (not a WorkspaceEdit): only the file watcher reports it.
    await vscode.workspace.fs.writeFile(readme, new TextEncoder().encode('# README\n'));
    await waitFor('doc-empty after the README is emptied on disk', () => count(readme, 'doc-empty') === 1);
    await vscode.workspace.fs.writeFile(readme, bytes);
    await waitFor('doc-empty gone after the README is restored', () => count(readme, 'doc-empty') === 0);
  });

  it('follow the severity setting: a rule set to off disappears, another changes severity', async () => {
    const card = workspaceUri('units/severity/MODEL_CARD.md');
    const manifest = workspaceUri('units/severity/release-manifest.yaml');
    await waitFor('card findings', () => count(card, 'doc-section-missing') > 0);
    await waitFor('manifest finding', () => count(manifest, 'use-out-of-scope-missing') === 1);

    await withSetting('aiReleaseReadiness', 'severity', { 'doc-section-missing': 'off', 'use-out-of-scope-missing': 'info' }, async () => {
      await waitFor('doc-section-missing off', () => count(card, 'doc-section-missing') === 0);
      await waitFor('use-out-of-scope-missing as information', () =>
        ours(manifest).some((d) => ruleOf(d) === 'use-out-of-scope-missing' && d.severity === vscode.DiagnosticSeverity.Information),
      );
    });
    await waitFor('doc-section-missing back', () => count(card, 'doc-section-missing') > 0);
    await waitFor('use-out-of-scope-missing an error again', () =>
      ours(manifest).some((d) => ruleOf(d) === 'use-out-of-scope-missing' && d.severity === vscode.DiagnosticSeverity.Error),
    );
  });

  it('exposes the units to the views through the service', async () => {
    const { service } = await api();
    const entry = service.unitFor(workspaceUri(CARD));
    assert.ok(entry, 'the card belongs to a unit');
    assert.strictEqual(entry.result.manifestPath, MANIFEST);
    assert.ok(service.units().length >= 9, 'all fixture units are found');
  });

  it('are shown unit by unit during a scan, not all at its end', async () => {
    const { service, diagnostics } = await api();
    // Record, for each unit the scan publishes, whether a macrotask ran since the first one was published.
    const calls: boolean[] = [];
    let laterTask = false;
    const original = diagnostics.setUnit.bind(diagnostics);
    diagnostics.setUnit = (...args: Parameters<typeof original>) => {
      if (calls.length === 0) setTimeout(() => (laterTask = true), 0);
      calls.push(laterTask);
      original(...args);
    };
    try {
      await service.refresh();
    } finally {
      diagnostics.setUnit = original;
    }
    assert.ok(calls.length >= 9, `every fixture unit is published (${calls.length})`);
    assert.ok(calls.some((later) => later), 'some units are published after the first, in later tasks: the first are shown while others are still being checked');
  });
});
