import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/cli/nodeFs';
import { discoverManifests } from '../../../src/core/engine/discover';
import { checkUnit } from '../../../src/core/engine/check';

const M = 'manifest_version: 1\nname: x\nartifact: model\ndocumentation:\n  readme: README.md\n  model_card: card-link.md\n  data_card: secret-link.md\n  changelog: fifo\n';

describe('NodeFileSystem', () => {
  let tmp: string;
  let outside: string;
  before(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-nodefs-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), '# secret\n');
    fs.mkdirSync(path.join(tmp, 'unit'));
    fs.writeFileSync(path.join(tmp, 'unit/release-manifest.yaml'), M);
    fs.writeFileSync(path.join(tmp, 'unit/README.md'), '# readme\n');
    fs.writeFileSync(path.join(tmp, 'unit/real-card.md'), '# card\n');
    fs.symlinkSync('real-card.md', path.join(tmp, 'unit/card-link.md'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(tmp, 'unit/secret-link.md'));
    fs.symlinkSync(outside, path.join(tmp, 'outside-dir'));
    fs.symlinkSync('.', path.join(tmp, 'unit/loop'));
    fs.symlinkSync('missing-target', path.join(tmp, 'unit/dangling'));
    fs.mkdirSync(path.join(outside, 'other'));
    fs.writeFileSync(path.join(outside, 'other/release-manifest.yaml'), M);
  });
  after(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('refuses paths that leave the root', async () => {
    const nfs = new NodeFileSystem(tmp);
    await assert.rejects(nfs.readFile('../etc/passwd'), /outside/);
    await assert.rejects(nfs.readFile('/etc/passwd'), /outside/);
    assert.equal((await nfs.stat('../x'))?.outsideRoot, true);
    await assert.rejects(nfs.readFile('outside-dir/secret.md'), /outside/);
    assert.equal((await nfs.stat('outside-dir/secret.md'))?.outsideRoot, true);
    await assert.rejects(nfs.readDirectory('outside-dir'), /outside/);
  });

  it('follows a link to a file inside the root; refuses links outside; reports loops and dangling links', async () => {
    const nfs = new NodeFileSystem(tmp);
    assert.deepEqual(await nfs.stat('unit/card-link.md'), { kind: 'file', size: 7 });
    assert.equal(new TextDecoder().decode(await nfs.readFile('unit/card-link.md')), '# card\n');
    assert.deepEqual(await nfs.stat('unit/secret-link.md'), { kind: 'symlink', size: 0, outsideRoot: true });
    await assert.rejects(nfs.readFile('unit/secret-link.md'), /outside/);
    assert.equal((await nfs.stat('unit/loop'))?.kind, 'symlink');
    assert.equal((await nfs.stat('unit/dangling'))?.kind, 'symlink');
    const entries = await nfs.readDirectory('unit');
    assert.equal(entries.find((e) => e.name === 'loop')?.kind, 'symlink');
  });

  it('discovery does not follow linked folders (no loop, nothing outside)', async () => {
    const nfs = new NodeFileSystem(tmp);
    const r = await discoverManifests(nfs);
    assert.deepEqual(r.manifests, ['unit/release-manifest.yaml']);
    assert.ok(r.skipped.some((s) => s.path === 'outside-dir'));
    assert.ok(r.skipped.some((s) => s.path === 'unit/loop'));
  });

  it('a unit reads its linked card inside the root and never the one outside', async () => {
    const nfs = new NodeFileSystem(tmp);
    const r = await checkUnit(nfs, 'unit/release-manifest.yaml');
    const state = Object.fromEntries(r.documents.map((d) => [d.role, d.state]));
    assert.equal(state.model_card, 'ok');
    assert.equal(state.data_card, 'outside-root');
    assert.equal(state.changelog, 'missing');
  });

  it('treats a FIFO as a special file, never read', async function () {
    if (process.platform === 'win32') this.skip();
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync('mkfifo', [path.join(tmp, 'unit/fifo')]);
    } catch {
      this.skip();
    }
    const nfs = new NodeFileSystem(tmp);
    assert.equal((await nfs.stat('unit/fifo'))?.kind, 'other');
    const r = await checkUnit(nfs, 'unit/release-manifest.yaml');
    assert.equal(r.documents.find((d) => d.role === 'changelog')?.state, 'not-a-file');
  });

  it('writes only inside the root', async () => {
    const nfs = new NodeFileSystem(tmp);
    await nfs.writeFile('unit/new/FILE.md', 'x');
    assert.equal(fs.readFileSync(path.join(tmp, 'unit/new/FILE.md'), 'utf8'), 'x');
    await assert.rejects(nfs.writeFile('outside-dir/evil.md', 'x'), /outside/);
    await assert.rejects(nfs.writeFile('outside-dir/sub/evil.md', 'x'), /outside/);
    assert.ok(!fs.existsSync(path.join(outside, 'evil.md')));
    assert.ok(!fs.existsSync(path.join(outside, 'sub')));
    await assert.rejects(nfs.writeFile('unit/secret-link.md', 'x'), /outside/);
    assert.equal(fs.readFileSync(path.join(outside, 'secret.md'), 'utf8'), '# secret\n');
  });
});
