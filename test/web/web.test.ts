// What is particular to the web-worker extension host: the web build is the one running, it reads the
// workspace through vscode.workspace.fs only, and it says so in its output channel.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WEB_HOST_NOTE } from '../../src/extension/web';
import { api, diagnosticsOf, workspaceUri } from '../integration/suite/helpers';

describe('VS Code for the Web', () => {
  it('runs the web build in a web worker, on a virtual file system', async () => {
    const ext = await api();
    assert.strictEqual(ext.host, 'web');
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process in a web worker');
    assert.strictEqual(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'function', 'a web worker');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    assert.notStrictEqual(folder.uri.scheme, 'file');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('reads through vscode.workspace.fs only, and checks every unit', async () => {
    const ext = await api();
    await ext.service.whenIdle();
    const folder = vscode.workspace.workspaceFolders![0];
    const fs = ext.service.fileSystem(folder) as { local?: boolean };
    assert.strictEqual(fs.local, false, 'no local-disk fast path');
    assert.ok(ext.service.units().length >= 10, `units found: ${ext.service.units().length}`);
    assert.ok((await diagnosticsOf(workspaceUri('units/views/release-manifest.yaml'))).length > 0);
  });

  it('says in the output channel what the web host leaves out', async () => {
    assert.strictEqual((await api()).hostNote, WEB_HOST_NOTE);
    assert.match(WEB_HOST_NOTE, /workspace\.fs only/);
    assert.match(WEB_HOST_NOTE, /local-disk fast path/);
    assert.match(WEB_HOST_NOTE, /symbolic links/);
  });
});
