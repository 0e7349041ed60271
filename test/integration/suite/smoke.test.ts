// The harness itself works: a real VS Code opened the fixture workspace with our extension loaded.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

describe('integration host smoke test', () => {
  it('opens the fixture workspace folder', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'one workspace folder');
    assert.strictEqual(path.basename(folders[0].uri.path), 'workspace');
  });

  it('finds the fixture files through the workspace API', async () => {
    const manifests = await vscode.workspace.findFiles('release-manifest.yaml');
    assert.strictEqual(manifests.length, 1);
  });

  it('has the extension under development loaded', () => {
    const ext = vscode.extensions.getExtension('ai-release-readiness.ai-release-readiness');
    assert.ok(ext, 'extension ai-release-readiness.ai-release-readiness is present');
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}), extension at ${ext.extensionUri.toString()}`);
  });
});
