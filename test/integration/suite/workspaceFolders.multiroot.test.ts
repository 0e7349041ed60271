// Multi-root workspace (runTest.ts opens fixtures/multiroot/multiroot.code-workspace for this pass): two
// folders whose units share relative paths (unit/release-manifest.yaml, unit/README.md) with different
// content. Diagnostics, units, tree items, quick fixes and edits stay with their own folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { NodeFileSystem } from '../../../src/cli/nodeFs';
import { checkUnit } from '../../../src/core/engine/check';
import { api, codeActions, ours, ruleOf, waitFor } from './helpers';

const MANIFEST = 'unit/release-manifest.yaml';
const README = 'unit/README.md';

function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(f, `workspace folder ${name} is open`);
  return f;
}

const uri = (name: string, path: string) => vscode.Uri.joinPath(folder(name).uri, path);
/** A folder's diagnostics as comparable strings, one per diagnostic. */
const keys = (u: vscode.Uri) => ours(u).map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort();

describe('multi-root workspace with shared relative paths', () => {
  before(async () => {
    await api();
    await waitFor('both manifests checked', () => ours(uri('alpha', MANIFEST)).length > 0 && ours(uri('beta', MANIFEST)).length > 0);
  });

  it('opens two folders', () => {
    assert.deepStrictEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['alpha', 'beta']);
  });

  it('keeps diagnostics per folder: each equals the core check of its own folder', async () => {
    for (const name of ['alpha', 'beta']) {
      const core = await checkUnit(new NodeFileSystem(folder(name).uri.fsPath), MANIFEST);
      for (const path of [MANIFEST, README]) {
        const expected = core.findings.filter((f) => f.path === path).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}`).sort();
        assert.deepStrictEqual(keys(uri(name, path)), expected, `${name}/${path}`);
      }
    }
    assert.notDeepStrictEqual(keys(uri('alpha', MANIFEST)), keys(uri('beta', MANIFEST)), 'the two manifests differ');
    // Only beta's README is empty: a mix-up would show doc-empty on both or neither.
    assert.ok(ours(uri('beta', README)).some((d) => ruleOf(d) === 'doc-empty'));
    assert.strictEqual(ours(uri('alpha', README)).length, 0, "alpha's README is fine");
    // Related information points into the diagnostic's own folder.
    for (const name of ['alpha', 'beta']) {
      for (const d of [...ours(uri(name, MANIFEST)), ...ours(uri(name, README))]) {
        for (const r of d.relatedInformation ?? []) assert.strictEqual(vscode.workspace.getWorkspaceFolder(r.location.uri)?.name, name);
      }
    }
  });

  it('lists both units in the service and the tree, each with its folder', async () => {
    const { service, views } = await api();
    const units = service.units();
    assert.deepStrictEqual(units.map((u) => [u.folder.name, u.result.manifestPath, u.result.name]), [
      ['alpha', MANIFEST, 'alpha-model'],
      ['beta', MANIFEST, 'beta-screener'],
    ]);
    assert.strictEqual(service.unitFor(uri('alpha', README))?.result.name, 'alpha-model');
    assert.strictEqual(service.unitFor(uri('beta', README))?.result.name, 'beta-screener');

    assert.ok(views, 'views registered');
    const roots = await views.checklist.getChildren();
    const items = roots.map((n) => views.checklist.getTreeItem(n));
    assert.deepStrictEqual(items.map((i) => i.label), ['alpha-model@1.0.0', 'beta-screener@2.0.0']);
    assert.strictEqual(new Set(items.map((i) => i.id)).size, 2, 'distinct tree item ids');
    assert.deepStrictEqual(items.map((i) => (i.resourceUri ? vscode.workspace.getWorkspaceFolder(i.resourceUri)?.name : undefined)), ['alpha', 'beta']);
    assert.match((items[1].tooltip as vscode.MarkdownString).value, /beta/);
  });

  it('offers quick fixes that edit only the diagnostic\'s own folder', async () => {
    for (const name of ['alpha', 'beta']) {
      const manifest = uri(name, MANIFEST);
      await vscode.workspace.openTextDocument(manifest);
      const d = ours(manifest).find((x) => ruleOf(x) === 'use-out-of-scope-missing');
      assert.ok(d, `${name} has use-out-of-scope-missing`);
      const actions = (await codeActions(manifest, d.range)).filter((a) => a.edit);
      assert.ok(actions.length > 0, `${name}: fixes offered`);
      for (const a of actions) {
        for (const [u] of a.edit!.entries()) assert.strictEqual(vscode.workspace.getWorkspaceFolder(u)?.name, name, `${name}: "${a.title}" edits ${u.toString()}`);
      }
    }
  });

  it('an edit in one folder rechecks that folder only', async () => {
    const alpha = uri('alpha', MANIFEST);
    const beta = uri('beta', MANIFEST);
    const betaBefore = keys(beta);
    const doc = await vscode.workspace.openTextDocument(alpha);
    const line = [...Array(doc.lineCount).keys()].find((i) => /^\s+limitations:/.test(doc.lineAt(i).text));
    assert.ok(line !== undefined);
    const at = doc.lineAt(line).range.end;
    const insert = '\n  out_of_scope: [deployment in hiring]';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(alpha, at, insert);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('use-out-of-scope-missing gone in alpha', () => !ours(alpha).some((d) => ruleOf(d) === 'use-out-of-scope-missing'));
    assert.deepStrictEqual(keys(beta), betaBefore, "beta's diagnostics unchanged");
    assert.ok(ours(beta).some((d) => ruleOf(d) === 'use-out-of-scope-missing'), 'beta keeps its own finding');
    const back = new vscode.WorkspaceEdit();
    back.delete(alpha, new vscode.Range(at, new vscode.Position(line + 1, insert.length - 1)));
    assert.ok(await vscode.workspace.applyEdit(back));
    await waitFor('use-out-of-scope-missing back in alpha', () => ours(alpha).some((d) => ruleOf(d) === 'use-out-of-scope-missing'));
  });

  it('the report names each unit\'s folder', async () => {
    const { views } = await api();
    assert.ok(views);
    await vscode.commands.executeCommand('aiReleaseReadiness.showReport');
    const html = await waitFor('the report html', () => views.report.html);
    for (const s of ['alpha', 'beta', 'alpha-model', 'beta-screener']) assert.ok(html.includes(s), `report shows ${s}`);
  });
});
