// The sidebar checklist: contents, reveal, inline fix, rule pages, attestation checkboxes ticked in the real
// tree view (with undo), and "Create Release Manifest" - driven through the running extension in a real VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, clickInWorkbench, exists, open, ruleDocPreview, uiDriver, waitFor, workspaceUri } from './helpers';
import type { ChecklistNode } from '../../../src/extension/views/checklistTree';
import type { ViewsApi } from '../../../src/extension/views/index';
import type { UnitEntry } from '../../../src/extension/model';

async function views(): Promise<ViewsApi> {
  const v = (await api()).views;
  assert.ok(v, 'views registered');
  return v;
}

async function unitNode(v: ViewsApi, manifest: string): Promise<ChecklistNode & { kind: 'unit' }> {
  return waitFor(`unit ${manifest} in the tree`, async () => {
    const roots = await v.checklist.getChildren();
    return roots.find((n): n is ChecklistNode & { kind: 'unit' } => n.kind === 'unit' && n.entry.result.manifestPath === manifest);
  });
}

async function children(v: ViewsApi, node: ChecklistNode): Promise<ChecklistNode[]> {
  return v.checklist.getChildren(node);
}

async function findings(v: ViewsApi, unit: ChecklistNode): Promise<(ChecklistNode & { kind: 'finding' })[]> {
  const out: (ChecklistNode & { kind: 'finding' })[] = [];
  for (const fam of await children(v, unit)) {
    if (fam.kind !== 'family') continue;
    for (const c of await children(v, fam)) if (c.kind === 'finding') out.push(c);
  }
  return out;
}

async function attestation(v: ViewsApi, manifest: string, key: string): Promise<ChecklistNode & { kind: 'attestation' }> {
  return waitFor(`manual item ${key} of ${manifest}`, async () => {
    const manual = (await children(v, await unitNode(v, manifest))).find((k) => k.kind === 'manual');
    const items = manual ? await children(v, manual) : [];
    return items.find((i): i is ChecklistNode & { kind: 'attestation' } => i.kind === 'attestation' && i.check.key === key);
  });
}

/**
 * Clicks a manual item's checkbox in the real tree view, as a user does. Every unit has the same manual items,
 * so the row is revealed and selected first; the runner then clicks the checkbox of the selected row that
 * reads (its tooltip is its accessible label) as that item.
 */
async function clickCheckbox(v: ViewsApi, node: ChecklistNode & { kind: 'attestation' }, tick: boolean): Promise<void> {
  const row = `.monaco-list-row.selected[aria-label*=${JSON.stringify(`attestations.${node.check.key} `)}]`;
  // The page redraws the checkbox after the tree item changed: click only once it shows the state a tick
  // (or an untick) changes, or a click on a stale checkbox would send the opposite state.
  const box = `.custom-view-tree-node-item-checkbox[aria-checked="${String(!tick)}"]`;
  // A reveal right after the view opens can come before the tree has loaded its rows: reveal again then.
  for (let attempt = 1; ; attempt++) {
    await v.treeView.reveal(node, { select: true, focus: true, expand: true });
    try {
      return await clickInWorkbench(`${row} ${box}`, 5_000);
    } catch (e) {
      if (attempt >= 4) throw e;
    }
  }
}

/**
 * Click a checkbox and wait for `done`. A click that lands while the tree redraws the row can be lost: when
 * `done` has not come, the checkbox is clicked again, but only while it still shows the state before the
 * click, so a click that did register is never undone.
 */
async function toggleUntil<T>(v: ViewsApi, node: () => Promise<ChecklistNode & { kind: 'attestation' }>, tick: boolean, what: string, done: () => T | undefined | false): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1) await clickCheckbox(v, await node(), tick);
    else {
      const late = done();
      if (late) return late;
      // No checkbox in the old state: the first click did register, only its effect is slow.
      await clickCheckbox(v, await node(), tick).catch(() => undefined);
    }
    try {
      return await waitFor(what, done, attempt < 3 ? 6_000 : 20_000);
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

describe('sidebar checklist', () => {
  it('lists every release unit with status, score and icon', async () => {
    const v = await views();
    const service = (await api()).service;
    await unitNode(v, 'units/views/release-manifest.yaml');
    const roots = await v.checklist.getChildren();
    assert.strictEqual(roots.length, service.units().length, 'one node per unit (several manifests in one folder)');
    const node = roots.find((n) => n.kind === 'unit' && n.entry.result.name === 'views-demo')!;
    const item = v.checklist.getTreeItem(node);
    assert.strictEqual(item.label, 'views-demo@2.0.0');
    assert.match(String(item.description), /^Blocked \d+$/);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'error');
    assert.strictEqual(((item.iconPath as vscode.ThemeIcon).color as unknown as { id: string }).id, 'list.errorForeground');
  });

  it('groups checks by rule family, with counts and a pass item for clean families', async () => {
    const v = await views();
    const unit = await unitNode(v, 'units/views/release-manifest.yaml');
    const kids = await children(v, unit);
    const families = kids.filter((k) => k.kind === 'family');
    assert.strictEqual(families.length, 6);
    assert.ok(kids.some((k) => k.kind === 'manual'), 'manual checks group');
    const highRisk = families.find((f) => f.kind === 'family' && f.family === 'high-risk')!;
    assert.match(String(v.checklist.getTreeItem(highRisk).description), /\d+ error/);
    const licensing = families.find((f) => f.kind === 'family' && f.family === 'licensing')!;
    const pass = await children(v, licensing);
    assert.strictEqual(pass.length, 1);
    assert.strictEqual(pass[0].kind, 'pass');
    assert.strictEqual((v.checklist.getTreeItem(pass[0]).iconPath as vscode.ThemeIcon).id, 'pass-filled');
    const f = (await findings(v, unit)).find((x) => x.finding.ruleId === 'risk-safeguard-missing');
    assert.ok(f, 'the missing-safeguards finding is listed');
    const item = v.checklist.getTreeItem(f);
    assert.match((item.tooltip as vscode.MarkdownString).value, /risk\\-safeguard\\-missing/);
    assert.match((item.tooltip as vscode.MarkdownString).value, /Annex III/);
    assert.strictEqual(item.command?.command, 'aiReleaseReadiness.revealFinding');
  });

  it('reveals a finding: opens its file with the range selected', async () => {
    const v = await views();
    const unit = await unitNode(v, 'units/views/release-manifest.yaml');
    const f = (await findings(v, unit)).find((x) => x.finding.ruleId === 'risk-safeguard-missing')!;
    const cmd = v.checklist.getTreeItem(f).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = await waitFor('the manifest editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('units/views/release-manifest.yaml') ? e : undefined;
    });
    const r = f.finding.range;
    assert.deepStrictEqual(
      [editor.selection.start.line, editor.selection.start.character, editor.selection.end.line, editor.selection.end.character],
      [r.start.line, r.start.character, r.end.line, r.end.character],
    );
    assert.strictEqual(editor.document.getText(editor.selection), 'hiring');
  });

  it("the book button opens the rule's page shipped with the extension in a Markdown preview", async () => {
    const v = await views();
    const unit = await unitNode(v, 'units/views/release-manifest.yaml');
    const f = (await findings(v, unit)).find((x) => x.finding.ruleId === 'risk-safeguard-missing')!;
    assert.strictEqual(await vscode.commands.executeCommand('aiReleaseReadiness.openRuleDoc', f), 'preview');
    const tab = await ruleDocPreview('risk-safeguard-missing');
    await vscode.window.tabGroups.close(tab);
  });

  it('marks fixable checks for the inline "Apply Fix" action and applies the fix', async () => {
    const v = await views();
    const unit = await unitNode(v, 'units/views/release-manifest.yaml');
    const all = await findings(v, unit);
    for (const f of all) {
      assert.strictEqual(v.checklist.getTreeItem(f).contextValue, f.finding.fixes?.length ? 'finding.fixable' : 'finding');
    }
    // A fix that only edits the manifest (no new file), with one choice (no quick pick).
    const users = all.find((x) => x.finding.fixes?.length === 1 && x.finding.fixes[0].changes.every((c) => c.kind === 'edit' && c.path.endsWith('release-manifest.yaml')));
    assert.ok(users, `a manifest-only fix among ${all.map((x) => `${x.finding.ruleId}:${x.finding.fixes?.length ?? 0}`).join(', ')}`);
    const rule = users.finding.ruleId;
    const before = all.filter((x) => x.finding.ruleId === rule).length;
    const uri = workspaceUri('units/views/release-manifest.yaml');
    assert.strictEqual(await vscode.commands.executeCommand('aiReleaseReadiness.applyFix', users), true);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(doc.isDirty, 'the fix edited the manifest');
    await waitFor('the check to leave the tree', async () =>
      (await findings(v, await unitNode(v, 'units/views/release-manifest.yaml'))).filter((x) => x.finding.ruleId === rule).length < before);
    await doc.save();
  });

  it('ticking a manual item in the tree writes the attestation; undo reverts it; unticking removes it', async function () {
    // The checkbox is clicked in the workbench page by the runner (no runner drives VS Code desktop).
    if (vscode.env.uiKind === vscode.UIKind.Desktop && !uiDriver()) this.skip();
    const v = await views();
    const path = 'units/attest/release-manifest.yaml';
    const uri = workspaceUri(path);
    const editor = await open(path);
    const before = editor.document.getText();
    const onDisk = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const reviewed = await attestation(v, path, 'model_card_reviewed');
    assert.strictEqual(v.checklist.getTreeItem(reviewed).checkboxState, vscode.TreeItemCheckboxState.Unchecked);

    const ticked = await toggleUntil(v, async () => reviewed, true, 'the attestation in the manifest', () => {
      const t = editor.document.getText();
      return t !== before && t;
    });
    assert.match(ticked, /attestations: \{model_card_reviewed: \{ by: .+, date: \d{4}-\d{2}-\d{2} \}\} # ticked in the sidebar\n/);
    assert.strictEqual(ticked.replace(/\{model_card_reviewed: \{[^}]*\}\}/, '{}'), before, 'nothing else changed');
    await waitFor('the attestation saved to disk', async () => (await onDisk()) === ticked);
    await waitFor('the tree to show the tick', async () =>
      v.checklist.getTreeItem(await attestation(v, path, 'model_card_reviewed')).checkboxState === vscode.TreeItemCheckboxState.Checked);

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to revert the attestation', () => editor.document.getText() === before);
    await waitFor('the tree to show no tick', async () =>
      v.checklist.getTreeItem(await attestation(v, path, 'model_card_reviewed')).checkboxState === vscode.TreeItemCheckboxState.Unchecked);

    // Tick, then untick, both in the tree: the original text comes back.
    const item = () => attestation(v, path, 'model_card_reviewed');
    await toggleUntil(v, item, true, 'the attestation written again', () => /model_card_reviewed/.test(editor.document.getText()));
    await waitFor('the tree to show the tick again', async () =>
      v.checklist.getTreeItem(await attestation(v, path, 'model_card_reviewed')).checkboxState === vscode.TreeItemCheckboxState.Checked);
    await toggleUntil(v, item, false, 'unticking to leave the original text', () => editor.document.getText() === before);
    await editor.document.save();
  });

  it('creates a release manifest from the guided answers and never overwrites one', async () => {
    const dir = workspaceUri('units/scaffold');
    const target = vscode.Uri.joinPath(dir, 'release-manifest.yaml');
    assert.strictEqual(await exists(target), false);
    const created = await vscode.commands.executeCommand<vscode.Uri>('aiReleaseReadiness.createManifest', dir, {
      artifact: 'model',
      purpose: 'commercial',
      contexts: ['healthcare'],
    });
    assert.strictEqual(created?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^name: scaffold$/m);
    assert.match(text, /^safeguards:$/m);
    assert.match(text, /^ {2}human_oversight: ""/m);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the new manifest is open');
    await waitFor('the new unit in the tree', async () =>
      (await (await views()).checklist.getChildren()).some((n) => n.kind === 'unit' && (n.entry as UnitEntry).result.manifestPath === 'units/scaffold/release-manifest.yaml'));

    const again = await vscode.commands.executeCommand('aiReleaseReadiness.createManifest', dir, { artifact: 'code', purpose: 'general', contexts: [] });
    assert.strictEqual(again, undefined);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), text, 'the existing manifest is untouched');
  });

  it("drafts a manifest from the repository's cards: written only on Write, with the answers, never over a manifest", async () => {
    const dir = workspaceUri('units/from-cards');
    const target = vscode.Uri.joinPath(dir, 'release-manifest.yaml');
    // Seen but not confirmed: nothing is written.
    const declined = await vscode.commands.executeCommand('aiReleaseReadiness.createManifest', dir, { fromCards: true, artifact: 'model', contexts: [] });
    assert.strictEqual(declined, undefined);
    assert.strictEqual(await exists(target), false);

    const created = await vscode.commands.executeCommand<vscode.Uri>('aiReleaseReadiness.createManifest', dir, {
      fromCards: true,
      artifact: 'model',
      purpose: 'research',
      contexts: ['research'],
      write: true,
    });
    assert.strictEqual(created?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    // The web worker has no SPDX license texts to match LICENSE against: the card's front matter decides there.
    const webWorker = (globalThis as { RR_WEB_WORKER?: boolean }).RR_WEB_WORKER === true;
    assert.match(text, webWorker ? /^# README\.md front matter says mit\. LICENSE was not compared with the SPDX list.*\nlicense: MIT$/m : /^# LICENSE holds the MIT License text.*\nlicense: MIT$/m);
    assert.match(text, /^base_model: \[distilbert-base-uncased\] {2}# from README\.md front matter/m);
    assert.match(text, /^ {2}purpose: research {2}# your answer$/m);
    assert.match(text, /^ {2}out_of_scope: \[Screening job candidates, Medical triage\]/m);
    assert.match(text, /^ {2}contexts: \[research\]/m);
    assert.match(text, /^# QUESTION: Your role/m);
    await waitFor('the drafted unit in the tree', async () =>
      (await (await views()).checklist.getChildren()).some((n) => n.kind === 'unit' && (n.entry as UnitEntry).result.manifestPath === 'units/from-cards/release-manifest.yaml'));

    const again = await vscode.commands.executeCommand('aiReleaseReadiness.createManifest', dir, { fromCards: true, write: true });
    assert.strictEqual(again, undefined);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), text, 'the existing manifest is untouched');
  });
});
