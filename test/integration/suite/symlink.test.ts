// A document a manifest names that is a symbolic link to a file outside the workspace folder: the
// extension reports it (doc-path-invalid, state outside-root) and never reads it. vscode.workspace.fs
// follows links silently; the extension resolves them with Node's realpath (see workspaceFs.ts).
// The unit is created at test time so the fixture's unit counts stay as other suites expect.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, count, ours, waitFor, workspaceUri } from './helpers';

const UNIT = 'units/symlink';
const MANIFEST = `${UNIT}/release-manifest.yaml`;
const LINK = `${UNIT}/MODEL_CARD.md`;
const SECRET = 'SECRET-3b9f1c-outside-the-workspace';

const MANIFEST_TEXT = `# Created by symlink.test.ts: the model card is a link to a file outside the workspace.
manifest_version: 1
name: linked-card
version: 0.1.0
artifact: model
license: apache-2.0
release:
  purpose: research
  non_commercial: true
documentation:
  model_card: MODEL_CARD.md
intended_use:
  summary: Sentiment of English product reviews, for research.
  users: [researchers]
  limitations: [English only]
deployment:
  role: developer
  contexts: [research]
`;

/** Every message of every diagnostic in the window, related information included. */
function allMessages(): string[] {
  return vscode.languages.getDiagnostics().flatMap(([, ds]) => ds.flatMap((d) => [d.message, ...(d.relatedInformation ?? []).map((r) => r.message)]));
}

describe('symbolic links that leave the workspace', () => {
  let outside: string;

  before(async () => {
    await api();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-outside-'));
    // A card that, if read, would produce findings (and show the secret in doc-empty/placeholder messages).
    fs.writeFileSync(path.join(outside, 'card.md'), `# Model card\n\nTODO ${SECRET}\n\n## Uses\n\n[More Information Needed] ${SECRET}\n`);
    const dir = workspaceUri(UNIT).fsPath;
    fs.mkdirSync(dir, { recursive: true });
    fs.symlinkSync(path.join(outside, 'card.md'), path.join(dir, 'MODEL_CARD.md'));
    fs.writeFileSync(path.join(dir, 'release-manifest.yaml'), MANIFEST_TEXT);
    // Do not depend on the file watcher's timing here: rescan.
    await (await api()).service.refresh();
  });

  after(async () => {
    fs.rmSync(workspaceUri(UNIT).fsPath, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    await (await api()).service.refresh();
  });

  it('reports the link as doc-path-invalid (outside-root) and never reads the target', async () => {
    const { service } = await api();
    const manifest = workspaceUri(MANIFEST);
    await waitFor('doc-path-invalid on the manifest', () => count(manifest, 'doc-path-invalid') === 1);
    const d = ours(manifest).find((x) => String((x.code as { value: unknown }).value) === 'doc-path-invalid');
    assert.match(d!.message, /leaves the workspace/);
    const unit = service.units().find((u) => u.result.manifestPath === MANIFEST);
    assert.strictEqual(unit?.result.documents.find((x) => x.role === 'model_card')?.state, 'outside-root');
    assert.strictEqual(ours(workspaceUri(LINK)).length, 0, 'no findings about the linked file: it was not read');
    assert.ok(!allMessages().some((m) => m.includes(SECRET)), 'the secret appears in no diagnostic');
  });

  it('stays unread when the link is open in an editor, also for fix-all', async () => {
    const { service, codeActions } = await api();
    // The user opens the link: VS Code reads it, but the check must not take the editor text instead.
    const doc = await vscode.workspace.openTextDocument(workspaceUri(LINK));
    assert.ok(doc.getText().includes(SECRET), 'VS Code itself shows the file');
    const unit = service.units().find((u) => u.result.manifestPath === MANIFEST);
    assert.ok(unit);
    await service.recheck(unit);
    const manifest = workspaceUri(MANIFEST);
    assert.strictEqual(count(manifest, 'doc-path-invalid'), 1);
    assert.strictEqual(ours(workspaceUri(LINK)).length, 0);
    assert.ok(!allMessages().some((m) => m.includes(SECRET)), 'the secret appears in no diagnostic');
    assert.strictEqual(await codeActions.fixAllEdit(doc), undefined, 'fix-all does not check the linked text');
  });
});
