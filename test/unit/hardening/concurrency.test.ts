// Concurrency: files renamed or deleted while a scan runs, workspace folders that share relative paths,
// rapid re-checks of one unit. Results stay correct, nothing throws, nothing leaks between checks.
import * as assert from 'node:assert/strict';
import type { DirEntry, FileStat, FileSystem } from '../../../src/core/fs';
import { MemoryFileSystem } from '../../../src/core/fs';
import { checkUnit, checkWorkspace } from '../../../src/core/engine/check';
import { OverlayFileSystem } from '../../../src/core/engine/fixAll';
import type { UnitResult, WorkspaceResult } from '../../../src/core/engine/model';

function manifest(name: string, extra = ''): string {
  return `manifest_version: 1
name: ${name}
version: 1.0.0
artifact: model
license: apache-2.0
documentation:
  readme: README.md
  model_card: MODEL_CARD.md
  license_file: LICENSE
intended_use:
  summary: Sentiment of product reviews for ${name} research.
  users: [researchers]
  out_of_scope: [any automated decision about a person]
  limitations: [English only]
deployment:
  role: developer
  contexts: [research]
${extra}`;
}

const CARD = (name: string) => `# ${name}\n\n## Uses\n\nResearch on ${name}.\n\n## Out-of-Scope Use\n\nDecisions about people.\n\n## Bias, Risks, and Limitations\n\nEnglish only.\n\n## Training Details\n\nReviews.\n\n## Evaluation\n\nAccuracy 0.9.\n`;

function unitFiles(dir: string, name: string): Record<string, string> {
  return {
    [`${dir}/release-manifest.yaml`]: manifest(name),
    [`${dir}/README.md`]: `# ${name}\n\nA research model.\n`,
    [`${dir}/MODEL_CARD.md`]: CARD(name),
    [`${dir}/LICENSE`]: 'Apache License\nVersion 2.0, January 2004\n',
  };
}

function workspace(): Record<string, string> {
  return { ...unitFiles('a', 'alpha'), ...unitFiles('b', 'beta'), ...unitFiles('c', 'gamma') };
}

/** A file system whose hooks run before each call: to change the disk at the worst moment. */
class HookedFs implements FileSystem {
  onStat?: (p: string) => void;
  onRead?: (p: string) => void;
  onList?: (p: string) => void;
  constructor(readonly mem: MemoryFileSystem) {}
  async stat(p: string): Promise<FileStat | undefined> {
    const st = await this.mem.stat(p);
    this.onStat?.(p); // after stat answered: the file changes between stat and read
    return st;
  }
  async readFile(p: string): Promise<Uint8Array> {
    this.onRead?.(p);
    return this.mem.readFile(p);
  }
  async readDirectory(p: string): Promise<DirEntry[]> {
    // Like a real disk: listing a folder that is gone fails.
    if (!(await this.mem.stat(p))) throw new Error(`ENOENT: ${p}`);
    const list = await this.mem.readDirectory(p);
    this.onList?.(p);
    return list;
  }
}

function byPath(r: WorkspaceResult): Map<string, UnitResult> {
  return new Map(r.units.map((u) => [u.manifestPath, u]));
}

const json = (x: unknown) => JSON.stringify(x);

describe('hardening: concurrency', function () {
  this.timeout(30_000);
  let baseline: Map<string, UnitResult>;

  before(async () => {
    baseline = byPath(await checkWorkspace(new MemoryFileSystem(workspace())));
    assert.equal(baseline.size, 3);
  });

  it('a document deleted between stat and read: reported missing, the other units unchanged', async () => {
    const fs = new HookedFs(new MemoryFileSystem(workspace()));
    fs.onStat = (p) => {
      if (p === 'b/MODEL_CARD.md') fs.mem.delete(p);
    };
    const r = byPath(await checkWorkspace(fs));
    const b = r.get('b/release-manifest.yaml')!;
    assert.equal(b.documents.find((d) => d.role === 'model_card')?.state, 'missing');
    assert.ok(b.findings.some((f) => f.ruleId === 'doc-missing' && /MODEL_CARD\.md/.test(f.message)), json(b.findings.map((f) => f.ruleId)));
    assert.equal(json(r.get('a/release-manifest.yaml')), json(baseline.get('a/release-manifest.yaml')));
    assert.equal(json(r.get('c/release-manifest.yaml')), json(baseline.get('c/release-manifest.yaml')));
  });

  it('a manifest renamed after discovery found it: one manifest-unreadable finding, the other units unchanged', async () => {
    const fs = new HookedFs(new MemoryFileSystem(workspace()));
    let renamed = false;
    fs.onList = (p) => {
      // The walk has listed every folder once c is listed: rename b's manifest behind its back.
      if (p === 'c' && !renamed) {
        renamed = true;
        fs.mem.delete('b/release-manifest.yaml');
        fs.mem.write('b/release-manifest.yml', manifest('beta'));
      }
    };
    const ws = await checkWorkspace(fs);
    const r = byPath(ws);
    assert.ok(renamed);
    const b = r.get('b/release-manifest.yaml')!;
    assert.deepEqual(b.findings.map((f) => f.ruleId), ['manifest-unreadable']);
    assert.ok(ws.skipped.some((s) => s.path === 'b/release-manifest.yaml'));
    assert.equal(json(r.get('a/release-manifest.yaml')), json(baseline.get('a/release-manifest.yaml')));
    assert.equal(json(r.get('c/release-manifest.yaml')), json(baseline.get('c/release-manifest.yaml')));
  });

  it('a manifest deleted between stat and read, and a folder deleted during the walk: no throw, reported', async () => {
    const fs = new HookedFs(new MemoryFileSystem(workspace()));
    fs.onStat = (p) => {
      if (p === 'a/release-manifest.yaml') fs.mem.delete(p);
    };
    fs.onList = (p) => {
      if (p === '') for (const f of Object.keys(unitFiles('c', 'gamma'))) fs.mem.delete(f);
    };
    const ws = await checkWorkspace(fs);
    const r = byPath(ws);
    assert.deepEqual(r.get('a/release-manifest.yaml')!.findings.map((f) => f.ruleId), ['manifest-unreadable']);
    assert.ok(!r.has('c/release-manifest.yaml'));
    assert.ok(ws.skipped.some((s) => s.path === 'c'), json(ws.skipped));
    assert.equal(json(r.get('b/release-manifest.yaml')), json(baseline.get('b/release-manifest.yaml')));
  });

  it('two workspace folders with the same relative layout, checked at once, never mix', async () => {
    // Same paths, different content: one release is research, the other a hiring tool with gaps.
    const one = new MemoryFileSystem(workspace());
    const twoFiles = workspace();
    twoFiles['a/release-manifest.yaml'] = manifest('other-alpha').replace('contexts: [research]', 'contexts: [hiring]');
    twoFiles['b/MODEL_CARD.md'] = '# other\n\nTODO\n';
    delete twoFiles['c/LICENSE'];
    const two = new MemoryFileSystem(twoFiles);
    const alone1 = await checkWorkspace(one);
    const alone2 = await checkWorkspace(two);
    // Interleave many scans of both folders.
    const runs = await Promise.all(Array.from({ length: 10 }, (_, i) => checkWorkspace(i % 2 ? two : one, { concurrency: 1 + (i % 4) })));
    runs.forEach((r, i) => assert.equal(json(r), json(i % 2 ? alone2 : alone1), `scan ${i}`));
    assert.notEqual(json(alone1), json(alone2));
    assert.ok(!json(alone1).includes('other-alpha'));
    assert.ok(!json(alone2.units.find((u) => u.manifestPath === 'a/release-manifest.yaml')).includes('"alpha'));
  });

  it('rapid re-checks of one unit with changing content: each result matches its own input', async () => {
    // The editor checks unsaved text through an overlay per version; all versions in flight at once.
    const base = new MemoryFileSystem(workspace());
    const versions = Array.from({ length: 40 }, (_, i) =>
      i % 3 === 0 ? manifest(`v${i}`) : i % 3 === 1 ? manifest(`v${i}`).replace('contexts: [research]', 'contexts: [hiring]') : `name: v${i}\nbroken: [\n`,
    );
    const overlays = versions.map((t) => new OverlayFileSystem(base, new Map([['a/release-manifest.yaml', t]])));
    const concurrent = await Promise.all(overlays.map((o) => checkUnit(o, 'a/release-manifest.yaml')));
    for (let i = 0; i < versions.length; i++) {
      const alone = await checkUnit(new MemoryFileSystem({ ...workspace(), 'a/release-manifest.yaml': versions[i] }), 'a/release-manifest.yaml');
      assert.equal(json(concurrent[i]), json(alone), `version ${i}`);
      if (i % 3 !== 2) assert.equal(concurrent[i].name, `v${i}`);
    }
  });

  it('a shared file system edited in place between sequential checks: each check sees the latest text', async () => {
    const fs = new MemoryFileSystem(workspace());
    for (let i = 0; i < 20; i++) {
      fs.write('a/release-manifest.yaml', manifest(`seq${i}`));
      fs.write('a/MODEL_CARD.md', i % 2 ? CARD(`seq${i}`) : '# empty\n');
      const r = await checkUnit(fs, 'a/release-manifest.yaml');
      const fresh = new MemoryFileSystem({ ...workspace(), 'a/release-manifest.yaml': manifest(`seq${i}`), 'a/MODEL_CARD.md': i % 2 ? CARD(`seq${i}`) : '# empty\n' });
      assert.equal(r.name, `seq${i}`);
      assert.equal(json(r), json(await checkUnit(fresh, 'a/release-manifest.yaml')), `version ${i}`);
    }
  });
});
