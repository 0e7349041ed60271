import * as assert from 'node:assert/strict';
import { MemoryFileSystem, type DirEntry, type FileStat, type FileSystem } from '../../../src/core/fs';
import { discoverManifests } from '../../../src/core/engine/discover';

const M = 'manifest_version: 1\nname: x\nartifact: model\n';

/** A memory file system that can also hold symlinks and special files, for discovery edge cases. */
class KindFs implements FileSystem {
  constructor(
    private readonly base: MemoryFileSystem,
    private readonly extra: Record<string, DirEntry['kind']>,
  ) {}
  readFile(p: string) {
    return this.base.readFile(p);
  }
  async stat(p: string): Promise<FileStat | undefined> {
    return this.extra[p] ? { kind: this.extra[p], size: 0 } : this.base.stat(p);
  }
  async readDirectory(p: string): Promise<DirEntry[]> {
    const list = await this.base.readDirectory(p);
    for (const [path, kind] of Object.entries(this.extra)) {
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      if (dir === p) list.push({ name: path.slice(path.lastIndexOf('/') + 1), kind });
    }
    return list;
  }
}

describe('discoverManifests', () => {
  it('finds manifests at any depth, sorted, skipping excluded folders', async () => {
    const fs = new MemoryFileSystem({
      'release-manifest.yaml': M,
      'packages/b/.release-manifest.yaml': M,
      'packages/a/release-manifest.yml': M,
      'node_modules/pkg/release-manifest.yaml': M,
      '.git/release-manifest.yaml': M,
      'dist/release-manifest.yaml': M,
      'vendor/release-manifest.yaml': M,
      'docs/notes.yaml': 'x: 1',
    });
    const r = await discoverManifests(fs, [''], { exclude: ['vendor'] });
    assert.deepEqual(r.manifests, ['packages/a/release-manifest.yml', 'packages/b/.release-manifest.yaml', 'release-manifest.yaml']);
  });

  it('keeps one manifest per folder by preference and reports the other', async () => {
    const fs = new MemoryFileSystem({ 'a/.release-manifest.yaml': M, 'a/release-manifest.yaml': M });
    const r = await discoverManifests(fs);
    assert.deepEqual(r.manifests, ['a/release-manifest.yaml']);
    assert.equal(r.skipped.length, 1);
    assert.equal(r.skipped[0].path, 'a/.release-manifest.yaml');
    assert.match(r.skipped[0].reason, /takes precedence/);
  });

  it('accepts an explicit manifest file or folder and reports paths that do not exist or leave the root', async () => {
    const fs = new MemoryFileSystem({ 'x/custom.yaml': M, 'y/release-manifest.yaml': M, 'y/README.md': '# y' });
    const r = await discoverManifests(fs, ['x/custom.yaml', 'y', 'y/README.md', 'nope', '../outside']);
    assert.deepEqual(r.manifests, ['x/custom.yaml', 'y/release-manifest.yaml']);
    const reasons = Object.fromEntries(r.skipped.map((s) => [s.path, s.reason]));
    assert.match(reasons['nope'], /not found/);
    assert.match(reasons['../outside'], /outside/);
    assert.match(reasons['y/README.md'], /not a release manifest/);
  });

  it('never follows symbolic links and reports them', async () => {
    const fs = new KindFs(new MemoryFileSystem({ 'a/release-manifest.yaml': M, 'b/x.txt': '' }), { 'loop': 'symlink', 'a/link-manifest': 'symlink', 'b/release-manifest.yaml': 'symlink' });
    const r = await discoverManifests(fs);
    assert.deepEqual(r.manifests, ['a/release-manifest.yaml']);
    assert.deepEqual(r.skipped.map((s) => s.path).sort(), ['a/link-manifest', 'b/release-manifest.yaml', 'loop']);
    assert.ok(r.skipped.every((s) => /symbolic link/.test(s.reason)));
  });

  it('reports a manifest name that is a special file', async () => {
    const fs = new KindFs(new MemoryFileSystem({ 'a/x.txt': '' }), { 'a/release-manifest.yaml': 'other' });
    const r = await discoverManifests(fs);
    assert.deepEqual(r.manifests, []);
    assert.match(r.skipped[0].reason, /not a regular file/);
  });

  it('stops at the depth limit and reports it', async () => {
    const deep = Array.from({ length: 6 }, (_, i) => `d${i}`).join('/');
    const fs = new MemoryFileSystem({ [`${deep}/release-manifest.yaml`]: M, 'd0/release-manifest.yaml': M });
    const r = await discoverManifests(fs, [''], { maxDepth: 3 });
    assert.deepEqual(r.manifests, ['d0/release-manifest.yaml']);
    assert.ok(r.skipped.some((s) => /deeper than 3/.test(s.reason)));
  });

  it('stops at the entry limit and reports it', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`d${i}/release-manifest.yaml`] = M;
    const r = await discoverManifests(new MemoryFileSystem(files), [''], { maxEntries: 20 });
    assert.ok(r.manifests.length < 50);
    assert.ok(r.skipped.some((s) => /entry limit of 20/.test(s.reason)));
  });

  it('does not depend on the order of roots or of directory listings', async () => {
    const files = { 'b/release-manifest.yaml': M, 'a/release-manifest.yaml': M, 'c/d/release-manifest.yaml': M };
    const reversed = new MemoryFileSystem(Object.fromEntries(Object.entries(files).reverse()));
    const one = await discoverManifests(new MemoryFileSystem(files), ['a', 'c', 'b', '']);
    const two = await discoverManifests(reversed, ['', 'b', 'c', 'a']);
    assert.deepEqual(one, two);
    assert.deepEqual(one.manifests, ['a/release-manifest.yaml', 'b/release-manifest.yaml', 'c/d/release-manifest.yaml']);
  });
});
