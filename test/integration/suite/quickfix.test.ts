// Quick fixes as a user applies them from the light bulb: each kind of fix removes its diagnostic,
// "create missing document" opens the new file, suppression comments, fix-all (command, undo in one
// step) and fix on save through editor.codeActionsOnSave.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, apply, count, diagnosticsOf, exists, isRuleFix, offered, ours, ruleDocPreview, ruleOf, waitFor, withSetting, workspaceUri } from './helpers';

/** `vscode.open` comes back from executeCodeActionProvider as its internal id `_workbench.open`. */
function isOpen(c: vscode.Command | undefined): boolean {
  return c?.command === 'vscode.open' || c?.command === '_workbench.open';
}

async function text(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

describe('quick fixes', () => {
  before(async () => {
    await api();
  });

  it('insert a missing field (the preferred fix) and the diagnostic goes away', async () => {
    const uri = workspaceUri('units/insert/release-manifest.yaml');
    const before = await text(uri);
    const fix = await offered(uri, 'use-out-of-scope-missing', (a) => isRuleFix(a) && /out_of_scope/.test(a.title));
    assert.strictEqual(fix.isPreferred, true);
    assert.strictEqual(fix.kind?.value, 'quickfix');
    await apply(fix);
    await waitFor('use-out-of-scope-missing gone', () => count(uri, 'use-out-of-scope-missing') === 0);
    const after = await text(uri);
    assert.match(after, /\n  out_of_scope:\n    - /);
    // Everything else is kept byte for byte: the fix only inserted.
    const lines = before.split('\n');
    for (const line of lines) assert.ok(after.includes(line), `kept: ${line}`);
  });

  it('create a missing document prefilled from the manifest, and open it', async () => {
    const manifest = workspaceUri('units/create/release-manifest.yaml');
    const card = workspaceUri('units/create/MODEL_CARD.md');
    assert.strictEqual(await exists(card), false);
    // a create fix that opens the new file
    const fix = await offered(manifest, 'doc-missing', (a) => isRuleFix(a) && /MODEL_CARD\.md/.test(a.title) && isOpen(a.command), /model_card/);
    await apply(fix);
    await waitFor('the card exists', () => exists(card));
    await waitFor('the card is the active editor', () => vscode.window.activeTextEditor?.document.uri.toString() === card.toString());
    assert.match(vscode.window.activeTextEditor!.document.getText(), /gappy-create/);
    await waitFor('doc-missing gone', () => count(manifest, 'doc-missing') === 0);
  });

  it('add a missing card section (a safe fix in a Markdown document)', async () => {
    const card = workspaceUri('units/card/MODEL_CARD.md');
    const fix = await offered(card, 'doc-section-missing', (a) => isRuleFix(a) && /^Add a section on evaluation/.test(a.title), /evaluation/);
    const total = count(card, 'doc-section-missing');
    await apply(fix);
    await waitFor('one section fewer missing', () => count(card, 'doc-section-missing') === total - 1);
    assert.ok(!ours(card).some((x) => ruleOf(x) === 'doc-section-missing' && /on evaluation/.test(x.message)), 'the evaluation finding is gone');
  });

  it('mark a section of its own as covering a missing concept (a fix offered beside the preferred one)', async () => {
    const card = workspaceUri('units/card/MODEL_CARD.md');
    const fix = await offered(card, 'doc-section-missing', (a) => isRuleFix(a) && a.title === 'Mark section "Notes" as covering out-of-scope use', /out-of-scope use/);
    assert.strictEqual(fix.isPreferred, false);
    await apply(fix);
    await waitFor('the out-of-scope finding is gone', () => !ours(card).some((x) => ruleOf(x) === 'doc-section-missing' && /on out-of-scope use/.test(x.message)));
    assert.match(await text(card), /\n## Notes\n<!-- release-readiness-section: out-of-scope-use -->\n\nReviews were gathered/);
  });

  it("shows the rule's page shipped with the extension in a Markdown preview (offline)", async () => {
    const card = workspaceUri('units/card/MODEL_CARD.md');
    const show = await offered(card, 'doc-section-missing', (a) => a.title === 'Show documentation for doc-section-missing');
    assert.ok(show.command, 'Show documentation action');
    await apply(show);
    const tab = await ruleDocPreview('doc-section-missing');
    await vscode.window.tabGroups.close(tab);
  });

  it('suppress a rule for one line, and for a whole manifest', async () => {
    const manifest = workspaceUri('units/suppress/release-manifest.yaml');
    const card = workspaceUri('units/suppress/MODEL_CARD.md');

    const line = await offered(manifest, 'use-out-of-scope-missing', (a) => a.title === 'Suppress use-out-of-scope-missing for this line');
    await apply(line);
    await waitFor('suppressed for the line', () => count(manifest, 'use-out-of-scope-missing') === 0);
    assert.match(await text(manifest), /\n# release-readiness-disable-next-line use-out-of-scope-missing\nintended_use:/);

    await waitFor('card findings', () => count(card, 'doc-section-missing') > 1);
    // manifest-wide suppression offered on a card finding
    const unit = await offered(card, 'doc-section-missing', (a) => a.title === 'Suppress doc-section-missing for this manifest');
    await apply(unit);
    await waitFor('every doc-section-missing of the unit suppressed', () => count(card, 'doc-section-missing') === 0);
    // After the leading comment block, before the first key.
    const lines = (await text(manifest)).split('\n');
    assert.match(lines[0], /^# Integration-test fixture/);
    assert.strictEqual(lines[1], '# release-readiness-disable doc-section-missing');
    assert.match(lines[2], /^manifest_version: 1/);
  });

  it('fix all: the command applies every safe fix of the file in one undoable step', async () => {
    const card = workspaceUri('units/fixall/MODEL_CARD.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(card));
    const original = editor.document.getText();
    // Missing sections are warnings with a safe fix; a section stated in prose without a heading is an info
    // hint that fix-all leaves to the author.
    const missing = () => ours(card).filter((d) => ruleOf(d) === 'doc-section-missing' && d.severity === vscode.DiagnosticSeverity.Warning).length;
    await waitFor('several section findings', () => missing() >= 3);
    const changed = await vscode.commands.executeCommand<boolean>('aiReleaseReadiness.fixAll', card);
    assert.strictEqual(changed, true);
    await waitFor('all section findings fixed', () => missing() === 0);
    // Every original line is kept, in order; the sections go where the card template puts them, so the
    // missing evaluation section lands after the card's Training Details and bias before it.
    const fixed = editor.document.getText();
    let at = 0;
    for (const line of original.split('\n').filter((l) => l.trim() !== '')) {
      const found = fixed.indexOf(line, at);
      assert.ok(found >= 0, `the original line "${line}" is kept in order`);
      at = found + line.length;
    }
    const heading = (re: RegExp) => fixed.split('\n').findIndex((l) => re.test(l));
    assert.ok(heading(/^#+ .*Bias/i) < heading(/^## Training Details/), 'bias and limitations before training details');
    assert.ok(heading(/^#+ .*Evaluation/i) > heading(/^## Training Details/), 'evaluation after training details');

    await vscode.commands.executeCommand('undo');
    await waitFor('one undo restores the file', () => editor.document.getText() === original);
    await waitFor('findings back after undo', () => missing() >= 3);
  });

  it('fix all as source.fixAll.aiReleaseReadiness on save (editor.codeActionsOnSave)', async () => {
    const uri = workspaceUri('units/onsave/release-manifest.yaml');
    await withSetting('editor', 'codeActionsOnSave', { 'source.fixAll.aiReleaseReadiness': 'explicit' }, async () => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      await diagnosticsOf(uri);
      await waitFor('out-of-scope finding', () => count(uri, 'use-out-of-scope-missing') === 1);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.aiReleaseReadiness');
      assert.ok(actions.some((a) => a.kind?.value === 'source.fixAll.aiReleaseReadiness'), 'source action provided');

      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, doc.lineAt(doc.lineCount - 1).text.length), '\n# touched'));
      // On a loaded machine a save can come back unsaved (its participants ran out of time): save again, as a user would.
      await waitFor('saved', async () => !doc.isDirty || (await doc.save()));
      await waitFor('the fix was applied on save', () => /\n  out_of_scope:\n/.test(doc.getText()));
      await waitFor('use-out-of-scope-missing gone', () => count(uri, 'use-out-of-scope-missing') === 0);
      assert.match(doc.getText(), /# touched/);
    });
  });
});
