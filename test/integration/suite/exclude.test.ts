// Which manifests the extension finds. On this host's disk it walks the folder with the core's discovery
// instead of waiting for VS Code's search service; the walk must leave out what VS Code's files.exclude
// and aiReleaseReadiness.exclude name - a `{ "when": ... }` sibling condition included - and find
// exactly what VS Code's own search (findFiles) finds in the same folder with the same settings.
// The units are created at test time so the fixture's unit counts stay as other suites expect.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { discoverManifests } from '../../../src/core/engine/discover';
import { joinGlobs } from '../../../src/core/engine/globs';
import { api, ours, waitFor, workspaceUri } from './helpers';

const ROOT = 'units/exclude';
const KEPT = `${ROOT}/kept/release-manifest.yaml`;
/** Under a folder that files.exclude names. */
const HIDDEN = `${ROOT}/hidden-by-files-exclude/model/release-manifest.yaml`;
/** Under a folder that the extension's own exclude setting names (default: dist). */
const IN_DIST = `${ROOT}/pkg/dist/release-manifest.yaml`;
/** A .yaml left out by a sibling condition because a .yml stands beside it: the .yml is that folder's unit. */
const WHEN_YAML = `${ROOT}/when/release-manifest.yaml`;
const WHEN_YML = `${ROOT}/when/release-manifest.yml`;

const FILES_EXCLUDE = {
  '**/hidden-by-files-exclude': true,
  [WHEN_YAML]: { when: '$(basename).yml' },
};

const MANIFEST_TEXT = `# Created by exclude.test.ts.
manifest_version: 1
name: exclude-probe
version: 0.1.0
artifact: model
license: apache-2.0
intended_use:
  summary: Sentiment of English product reviews, for research.
deployment:
  role: developer
  contexts: [research]
`;

function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f;
}

async function unitsNow(): Promise<string[]> {
  const { service } = await api();
  return service.units().filter((u) => u.folder.uri.toString() === folder().uri.toString()).map((u) => u.result.manifestPath).sort();
}

async function setFilesExclude(value: Record<string, unknown> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('files', folder().uri).update('exclude', value, vscode.ConfigurationTarget.Workspace);
  const has = () => Object.keys(vscode.workspace.getConfiguration('files', folder().uri).get<Record<string, unknown>>('exclude') ?? {}).includes('**/hidden-by-files-exclude');
  await waitFor('files.exclude in effect', () => has() === (value !== undefined));
  // The settings change starts a rescan by itself; a refresh makes the test independent of its timing.
  await (await api()).service.refresh();
}

describe('finding manifests: excludes, and the walk on local disk', () => {
  before(async () => {
    await api();
    for (const m of [KEPT, HIDDEN, IN_DIST, WHEN_YAML, WHEN_YML]) {
      const p = workspaceUri(m).fsPath;
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, MANIFEST_TEXT);
    }
    await setFilesExclude(FILES_EXCLUDE);
  });

  after(async () => {
    await setFilesExclude(undefined);
    fs.rmSync(workspaceUri(ROOT).fsPath, { recursive: true, force: true });
    await (await api()).service.refresh();
  });

  it('checks the manifests that no exclude names, and none that one does', async () => {
    const units = await unitsNow();
    assert.ok(units.includes(KEPT), `${KEPT} is a unit`);
    assert.ok(units.includes(WHEN_YML), `${WHEN_YML} is its folder's unit`);
    for (const m of [HIDDEN, IN_DIST, WHEN_YAML]) assert.ok(!units.includes(m), `${m} is excluded`);
    await waitFor(`diagnostics on ${KEPT}`, () => ours(workspaceUri(KEPT)).length > 0);
    assert.ok(ours(workspaceUri(WHEN_YML)).length > 0, `diagnostics on ${WHEN_YML}`);
    for (const m of [HIDDEN, IN_DIST, WHEN_YAML]) assert.strictEqual(ours(workspaceUri(m)).length, 0, `no diagnostics on ${m}`);
  });

  it('walks the folder on local disk, and finds what VS Code\'s search finds with the same settings', async () => {
    const { service } = await api();
    const scan = service.lastScan.get(folder().uri.toString());
    assert.strictEqual(scan?.via, 'walk', 'the scan walked this host\'s disk');
    const cfg = vscode.workspace.getConfiguration('aiReleaseReadiness', folder().uri);
    const patterns = cfg.get<string[]>('manifestPatterns') ?? [];
    const exclude = cfg.get<string[]>('exclude') ?? [];
    const found = new Set<string>();
    for (const glob of joinGlobs(patterns)) {
      for (const u of await vscode.workspace.findFiles(new vscode.RelativePattern(folder(), glob), `{${exclude.join(',')}}`)) {
        const rel = service.relativePath(folder(), u);
        if (rel) found.add(rel);
      }
    }
    assert.ok(found.has(KEPT) && !found.has(HIDDEN), 'VS Code\'s search applies files.exclude here too');
    const { manifests } = await discoverManifests(service.fileSystem(folder()), [...found]);
    assert.deepStrictEqual(await unitsNow(), manifests.sort());
  });

  it('on local disk, checks the first unit found alone before it starts the others', async () => {
    const { service } = await api();
    await service.refresh();
    const scan = service.lastScan.get(folder().uri.toString());
    assert.ok((scan?.units ?? 0) >= 2, 'the folder has more than one unit');
    assert.strictEqual(scan?.startedBeforeFirstChecked, 1, 'one check ran until the first one ended');
  });

  it('checks the folder again once files.exclude no longer names it', async () => {
    await setFilesExclude(undefined);
    await waitFor(`diagnostics on ${HIDDEN}`, () => ours(workspaceUri(HIDDEN)).length > 0);
    const units = await unitsNow();
    assert.ok(units.includes(HIDDEN) && units.includes(WHEN_YAML), 'both are units again');
    assert.ok(!units.includes(IN_DIST), 'the extension\'s own exclude setting still applies');
  });
});
