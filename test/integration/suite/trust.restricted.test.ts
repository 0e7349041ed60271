// Restricted-mode pass: the workspace is NOT trusted. Runs only with RR_TEST_RESTRICTED=1 (see runTest.ts).
// The extension declares untrustedWorkspaces: supported because it only reads: so every feature must
// work here as in a trusted workspace, and nothing may be executed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, apply, count, diagnosticsOf, fixesFor, isRuleFix, ruleOf, waitFor, workspaceUri } from './helpers';

const MANIFEST = 'units/views/release-manifest.yaml';

describe('restricted mode', () => {
  it('opens the fixture workspace untrusted, with the extension still loaded', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'workspace is untrusted');
    assert.ok(vscode.extensions.getExtension('ai-release-readiness.ai-release-readiness'), 'extension present in restricted mode');
  });

  it('activates and publishes diagnostics for the fixture manifests', async () => {
    const ext = await api();
    const diags = await diagnosticsOf(workspaceUri(MANIFEST));
    assert.ok(diags.some((d) => ruleOf(d) === 'use-out-of-scope-missing'), 'use-out-of-scope-missing shown');
    await ext.service.whenIdle();
    assert.ok(ext.service.units().length > 1, 'every unit of the workspace is checked');
  });

  it('offers a quick fix, and applying it removes the diagnostic', async () => {
    const manifest = workspaceUri(MANIFEST);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(manifest));
    const d = (await diagnosticsOf(manifest)).find((x) => ruleOf(x) === 'use-out-of-scope-missing');
    assert.ok(d);
    const fix = (await fixesFor(manifest, d)).find(isRuleFix);
    assert.ok(fix, 'a rule fix is offered in restricted mode');
    await apply(fix);
    await waitFor('use-out-of-scope-missing fixed', () => count(manifest, 'use-out-of-scope-missing') === 0);
  });

  it('executes nothing: no tasks, no terminals', async () => {
    const contributes = (vscode.extensions.getExtension('ai-release-readiness.ai-release-readiness')?.packageJSON as { contributes: Record<string, unknown> }).contributes;
    for (const point of ['taskDefinitions', 'problemMatchers', 'terminal', 'debuggers']) assert.strictEqual(contributes[point], undefined, `contributes no ${point}`);
    // Not tasks.fetchTasks(): in an untrusted workspace it asks the user for trust and waits.
    assert.strictEqual(vscode.tasks.taskExecutions.length, 0, 'no task runs');
    assert.strictEqual(vscode.window.terminals.length, 0, 'no terminal was opened');
  });
});
