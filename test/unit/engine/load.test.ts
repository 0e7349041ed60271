import * as assert from 'node:assert/strict';
import { MemoryFileSystem, type FileStat, type FileSystem } from '../../../src/core/fs';
import { decodeText, loadDocuments, loadManifest, readTextFile } from '../../../src/core/engine/load';
import { parseManifest } from '../../../src/core/manifest/parse';

describe('load', () => {
  it('decodes UTF-8, keeps a BOM, refuses NUL bytes and invalid UTF-8', () => {
    assert.equal(decodeText(new TextEncoder().encode('héllo')), 'héllo');
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), '\ufeffa');
    assert.equal(decodeText(new Uint8Array([0x61, 0x00, 0x62])), undefined);
    assert.equal(decodeText(new Uint8Array([0xc3, 0x28])), undefined);
  });

  it('checks the size before reading', async () => {
    let reads = 0;
    const big: FileSystem = {
      stat: async (): Promise<FileStat> => ({ kind: 'file', size: 50 * 1024 * 1024 }),
      readFile: async () => {
        reads++;
        return new Uint8Array();
      },
      readDirectory: async () => [],
    };
    const r = await readTextFile(big, 'huge.md', 1024);
    assert.equal(r.state, 'too-large');
    assert.equal(reads, 0);
    const m = await loadManifest(big, 'release-manifest.yaml');
    assert.equal(m.ok, false);
  });

  it('reports states: missing, not-a-file, binary', async () => {
    const fs = new MemoryFileSystem({ 'dir/a.md': '# a', 'bin.md': new Uint8Array([1, 0, 2]) });
    assert.equal((await readTextFile(fs, 'nope.md', 100)).state, 'missing');
    assert.equal((await readTextFile(fs, 'dir', 100)).state, 'not-a-file');
    assert.equal((await readTextFile(fs, 'bin.md', 100)).state, 'binary');
    assert.deepEqual(await readTextFile(fs, 'dir/a.md', 100), { state: 'ok', text: '# a' });
  });

  it('builds document slots: declared, conventional, outside the root, not declared', async () => {
    const yaml = [
      'manifest_version: 1',
      'name: x',
      'artifact: model',
      'documentation:',
      '  model_card: docs/CARD.md',
      '  data_card: ../../etc/passwd',
      '  license_file: MISSING',
      '',
    ].join('\n');
    const fs = new MemoryFileSystem({
      'u/release-manifest.yaml': yaml,
      'u/readme.md': '# Readme\n',
      'u/docs/CARD.md': '---\nlicense: mit\n---\n# Card\n\n## Uses\n\nResearch.\n',
      'u/CHANGELOG.md': '# Changes\n',
    });
    const m = parseManifest('u/release-manifest.yaml', yaml);
    const slots = await loadDocuments(fs, m);
    assert.deepEqual(
      { path: slots.readme.path, declared: slots.readme.declared, state: slots.readme.state },
      { path: 'u/readme.md', declared: false, state: 'ok' },
    );
    assert.ok(slots.readme.card);
    assert.equal(slots.model_card.path, 'u/docs/CARD.md');
    assert.equal(slots.model_card.state, 'ok');
    assert.equal(slots.model_card.card?.frontMatter?.data?.license, 'mit');
    assert.equal(slots.model_card.manifestRange?.start.line, 4);
    assert.equal(slots.data_card.state, 'outside-root');
    assert.equal(slots.data_card.path, undefined);
    assert.equal(slots.license_file.state, 'missing');
    assert.equal(slots.license_file.path, 'u/MISSING');
    assert.equal(slots.changelog.state, 'ok');
    assert.equal(slots.changelog.declared, false);
  });

  it('leaves conventional documents not-declared when absent, and a declared folder not-a-file', async () => {
    const yaml = 'documentation:\n  readme: docs\n';
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': yaml, 'docs/x.md': '' });
    const slots = await loadDocuments(fs, parseManifest('release-manifest.yaml', yaml));
    assert.equal(slots.readme.state, 'not-a-file');
    assert.equal(slots.license_file.state, 'not-declared');
    assert.equal(slots.changelog.state, 'not-declared');
    assert.equal(slots.model_card.state, 'not-declared');
  });

  it('refuses an oversized document through the limit', async () => {
    const yaml = 'documentation:\n  model_card: CARD.md\n';
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': yaml, 'CARD.md': 'x'.repeat(2000) });
    const slots = await loadDocuments(fs, parseManifest('release-manifest.yaml', yaml), { maxDocumentBytes: 1000 });
    assert.equal(slots.model_card.state, 'too-large');
    assert.equal(slots.model_card.text, undefined);
  });
});
