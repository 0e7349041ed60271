// Hostile repositories: alias bombs, deep nesting, huge, binary and invalid files, very long lines,
// paths and symbolic links that leave the root, loops and special files. Each gives one clear finding
// or a reported skip, nothing throws, nothing hangs (mocha timeouts are the hang guard, not timings),
// and nothing outside the workspace root is ever read - checked by spying on every read.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
// The module object itself (not a namespace copy), so its functions can be spied on.
import fsModule = require('node:fs');
import * as os from 'node:os';
import * as path from 'node:path';
import type { DirEntry, FileStat, FileSystem } from '../../../src/core/fs';
import { MemoryFileSystem } from '../../../src/core/fs';
import { normalizeRelative } from '../../../src/core/paths';
import { checkUnit, checkWorkspace } from '../../../src/core/engine/check';
import type { UnitResult, WorkspaceResult } from '../../../src/core/engine/model';
import { parseCard } from '../../../src/core/cards/parse';
import { NodeFileSystem } from '../../../src/cli/nodeFs';
import { REPO, findingProblems, unitTexts } from './helpers';

const CLI = path.join(REPO, 'out/src/cli/main.js');
const SECRET = 'TOP-SECRET-OUTSIDE-7f3a';
const GOOD = `manifest_version: 1
name: good
version: 1.0.0
artifact: code
license: MIT
documentation:
  readme: README.md
  license_file: LICENSE
intended_use:
  summary: A command-line tool that formats release notes.
  users: [maintainers]
  out_of_scope: [any decision about a person]
  limitations: [English only]
deployment:
  role: developer
  contexts: [research]
safeguards:
  incident_contact: security@example.org
`;

/** Records every path the core asks for; fails loudly if the core forms a path that leaves the root. */
class SpyFs implements FileSystem {
  readonly asked: string[] = [];
  readonly reads: string[] = [];
  constructor(private readonly base: FileSystem) {}
  private note(p: string) {
    this.asked.push(p);
  }
  async readFile(p: string): Promise<Uint8Array> {
    this.note(p);
    this.reads.push(p);
    return this.base.readFile(p);
  }
  async stat(p: string): Promise<FileStat | undefined> {
    this.note(p);
    return this.base.stat(p);
  }
  async readDirectory(p: string): Promise<DirEntry[]> {
    this.note(p);
    return this.base.readDirectory(p);
  }
  /** Paths the core formed that are not plain workspace-relative paths inside the root. */
  outside(): string[] {
    return this.asked.filter((p) => normalizeRelative(p) !== p);
  }
}

function errorsOf(u: UnitResult, ruleId: string) {
  return u.findings.filter((f) => f.ruleId === ruleId);
}

function noCrash(u: UnitResult): void {
  assert.deepEqual(errorsOf(u, 'internal-error').map((f) => f.message), [], 'a rule crashed');
}

async function checkMem(files: Record<string, string | Uint8Array>, manifest = 'u/release-manifest.yaml'): Promise<{ unit: UnitResult; spy: SpyFs }> {
  const spy = new SpyFs(new MemoryFileSystem(files));
  const unit = await checkUnit(spy, manifest);
  noCrash(unit);
  assert.deepEqual(spy.outside(), [], 'the core formed a path outside the root');
  return { unit, spy };
}

function billionLaughs(levels = 12): string {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `manifest_version: 1\nname: bomb\n${lines.join('\n')}\n`;
}

describe('hardening: hostile input through the core (memory file system)', function () {
  this.timeout(60_000);

  it('a billion-laughs alias bomb in the manifest: one clear manifest-invalid-yaml finding', async () => {
    const { unit } = await checkMem({ 'u/release-manifest.yaml': billionLaughs() });
    assert.equal(unit.findings.length, 1, JSON.stringify(unit.findings.map((f) => f.ruleId)));
    assert.equal(unit.findings[0].ruleId, 'manifest-invalid-yaml');
    assert.match(unit.findings[0].message, /alias/i);
  });

  it('an alias bomb in a card front matter: the card is reported, the unit is still checked', async () => {
    const card = `---\n${billionLaughs().replace(/^manifest_version.*\nname.*\n/, '')}---\n# Model card\n`;
    const { unit } = await checkMem({ 'u/release-manifest.yaml': GOOD, 'u/README.md': card, 'u/LICENSE': 'MIT License\n' });
    assert.ok(unit.findings.some((f) => f.path === 'u/README.md' && /alias/i.test(f.message)), JSON.stringify(unit.findings.map((f) => [f.ruleId, f.message])));
  });

  for (const [what, text] of [
    ['10,000 levels of [', `a: ${'['.repeat(10_000)}`],
    ['10,000 levels of {', `a: ${'{'.repeat(10_000)}`],
    ['10,000 balanced levels of [ ]', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['10,000 levels of { b: }', `a: ${'{b: '.repeat(10_000)}${'}'.repeat(10_000)}`],
    ['10,000 nested sequences on one line (- - -)', `a:\n  ${'- '.repeat(10_000)}x\n`],
    ['1,400 levels of indented maps (just under 1 MiB)', Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
  ] as const) {
    it(`deep nesting, ${what}: one clear manifest-invalid-yaml finding`, async () => {
      const { unit } = await checkMem({ 'u/release-manifest.yaml': text });
      assert.equal(unit.findings.length, 1, JSON.stringify(unit.findings.map((f) => [f.ruleId, f.message.slice(0, 80)])));
      assert.equal(unit.findings[0].ruleId, 'manifest-invalid-yaml');
      assert.match(unit.findings[0].message, /nest|deep/i);
    });
  }

  it('deep nesting parsed repeatedly in one process does not abort it (V8 fails fatally on a second deep yaml parse)', function () {
    // A fatal V8 error cannot be caught, so the parse runs in a child process.
    const script = `
      const { parseManifest } = require(${JSON.stringify(path.join(REPO, 'out/src/core/manifest/parse.js'))});
      const { parseCard } = require(${JSON.stringify(path.join(REPO, 'out/src/core/cards/parse.js'))});
      for (const c of ['[', '{', '[', '{']) {
        parseManifest('m.yaml', 'a: ' + c.repeat(10000));
        parseCard('c.md', '---\\na: ' + c.repeat(10000) + '\\n---\\n# x\\n');
      }
      process.stdout.write('survived');`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.stdout, 'survived', r.stderr.split('\n').slice(0, 5).join('\n'));
    assert.equal(r.status, 0);
  });

  it('a card of 10,000 nested blockquotes and lists parses without throwing', () => {
    for (const text of ['>'.repeat(10_000) + ' # deep\n', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')]) {
      const c = parseCard('README.md', text);
      assert.ok(Array.isArray(c.sections));
    }
  });

  it('a 50 MB manifest is skipped by its size before any byte is read', async () => {
    // A file system that claims 50 MB and refuses to be read: the loader must stat, then skip.
    const big: FileSystem = {
      stat: async (p) => (p === 'u/release-manifest.yaml' ? { kind: 'file', size: 50 * 1024 * 1024 } : p === 'u' || p === '' ? { kind: 'directory', size: 0 } : undefined),
      readFile: async (p) => {
        throw new Error(`read of ${p}: must not happen`);
      },
      readDirectory: async (p) => (p === '' ? [{ name: 'u', kind: 'directory' }] : p === 'u' ? [{ name: 'release-manifest.yaml', kind: 'file' }] : []),
    };
    const spy = new SpyFs(big);
    const ws = await checkWorkspace(spy);
    assert.deepEqual(spy.reads, []);
    const u = ws.units[0];
    assert.equal(u.findings.length, 1);
    assert.equal(u.findings[0].ruleId, 'manifest-unreadable');
    assert.match(u.findings[0].message, /50\.0 MiB|limit/);
    assert.ok(ws.skipped.some((s) => s.path === 'u/release-manifest.yaml'));
  });

  const BINARY = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const INVALID_UTF8 = new Uint8Array([...Buffer.from('name: caf'), 0xc3, 0x28, 0x0a, 0xff, 0xfe]);

  for (const [what, bytes] of [
    ['binary (NUL bytes)', BINARY],
    ['invalid UTF-8', INVALID_UTF8],
  ] as const) {
    it(`a ${what} manifest: one manifest-unreadable finding`, async () => {
      const { unit } = await checkMem({ 'u/release-manifest.yaml': bytes });
      assert.deepEqual(unit.findings.map((f) => f.ruleId), ['manifest-unreadable']);
    });

    it(`${what} documents (README, model card): one doc-path-invalid finding each, the manifest still checked`, async () => {
      const m = GOOD.replace('  license_file: LICENSE\n', '  license_file: LICENSE\n  model_card: MODEL_CARD.md\n').replace('artifact: code', 'artifact: model');
      const { unit } = await checkMem({ 'u/release-manifest.yaml': m, 'u/README.md': bytes, 'u/MODEL_CARD.md': bytes, 'u/LICENSE': 'MIT License\n' });
      const invalid = errorsOf(unit, 'doc-path-invalid');
      assert.equal(invalid.length, 2, JSON.stringify(unit.findings.map((f) => [f.ruleId, f.message.slice(0, 90)])));
      assert.ok(invalid.every((f) => /binary/.test(f.message)));
      assert.equal(unit.name, 'good');
      assert.equal(unit.findings.filter((f) => f.path !== 'u/release-manifest.yaml').length, 0, 'a finding points into an unread file');
    });
  }

  it('a 10 MB single-line card is skipped as too large; a 4 MB single-line card is checked, with sound ranges', async () => {
    const tenMb = `# Model card\n${'word '.repeat(2 * 1024 * 1024)}\n`;
    const { unit, spy } = await checkMem({ 'u/release-manifest.yaml': GOOD, 'u/README.md': tenMb, 'u/LICENSE': 'MIT License\n' });
    assert.ok(!spy.reads.includes('u/README.md'), 'the oversized card was read');
    const invalid = errorsOf(unit, 'doc-path-invalid');
    assert.equal(invalid.length, 1);
    assert.match(invalid[0].message, /size limit/);

    const fourMb = `# Model card\n\n## Intended Use\n\n${'TODO '.repeat(1000)}${'word '.repeat(800 * 1024)}\n`;
    const files = { 'u/release-manifest.yaml': GOOD, 'u/README.md': fourMb, 'u/LICENSE': 'MIT License\n' };
    const r = await checkMem(files);
    const texts = new Map(Object.entries(files));
    assert.deepEqual(findingProblems(r.unit.findings, unitTexts(r.unit, texts)), []);
  });

  it('document paths with .., absolute POSIX and Windows paths: one doc-path-invalid each, nothing outside asked for', async () => {
    const m = GOOD.replace(
      /documentation:\n(?: {2}.*\n)+/,
      'documentation:\n  readme: ../../etc/passwd\n  model_card: /etc/passwd\n  data_card: "C:\\\\Windows\\\\win.ini"\n  changelog: ..\\\\..\\\\x.md\n  license_file: a/../../../b\n',
    );
    const { unit, spy } = await checkMem({ 'u/release-manifest.yaml': m, 'etc/passwd': SECRET });
    const invalid = errorsOf(unit, 'doc-path-invalid');
    assert.equal(invalid.length, 5, JSON.stringify(unit.findings.map((f) => [f.ruleId, f.message.slice(0, 90)])));
    assert.ok(invalid.every((f) => /leaves the workspace/.test(f.message)));
    assert.ok(!spy.asked.some((p) => p.includes('passwd') || p.includes('win.ini')), JSON.stringify(spy.asked));
    assert.ok(!JSON.stringify(unit).includes(SECRET));
  });

  it('explicit roots that leave the workspace are skipped and reported, not read', async () => {
    const spy = new SpyFs(new MemoryFileSystem({ 'u/release-manifest.yaml': GOOD }));
    const ws = await checkWorkspace(spy, { paths: ['../outside', '/etc', 'C:\\x', 'u'] });
    assert.deepEqual(ws.units.map((u) => u.manifestPath), ['u/release-manifest.yaml']);
    assert.equal(ws.skipped.filter((s) => /outside/.test(s.reason)).length, 3);
    assert.deepEqual(spy.outside(), []);
  });
});

// ---------------------------------------------------------------- the Node file system, real temp dirs

/** Spies on every content read of Node's fs (files and folders), collecting absolute paths. */
function spyNodeReads(): { paths: string[]; restore: () => void } {
  const paths: string[] = [];
  const p = fsModule.promises as unknown as Record<string, unknown>;
  const s = fsModule as unknown as Record<string, unknown>;
  const saved: [Record<string, unknown>, string, unknown][] = [];
  const wrap = (obj: Record<string, unknown>, name: string) => {
    const orig = obj[name] as (...a: unknown[]) => unknown;
    saved.push([obj, name, orig]);
    obj[name] = function (this: unknown, target: unknown, ...rest: unknown[]) {
      paths.push(typeof target === 'string' ? path.resolve(target) : String(target));
      return orig.call(this, target, ...rest);
    };
  };
  for (const n of ['readFile', 'readdir', 'open', 'opendir']) wrap(p, n);
  for (const n of ['readFileSync', 'readdirSync', 'openSync', 'opendirSync', 'createReadStream', 'readFile', 'readdir', 'open']) wrap(s, n);
  return {
    paths,
    restore: () => {
      for (const [obj, name, orig] of saved.reverse()) obj[name] = orig;
    },
  };
}

function hasMkfifo(): boolean {
  return process.platform !== 'win32' && spawnSync('sh', ['-c', 'command -v mkfifo'], { encoding: 'utf8' }).status === 0;
}

describe('hardening: hostile repository on disk (Node file system and the CLI)', function () {
  this.timeout(120_000);
  let base: string;
  let root: string;
  let outside: string;
  let fifo = false;
  const BIG = 50 * 1024 * 1024;

  before(function () {
    base = nodeFs.mkdtempSync(path.join(os.tmpdir(), 'rr-hostile-'));
    root = path.join(base, 'repo');
    outside = path.join(base, 'outside');
    nodeFs.mkdirSync(outside);
    nodeFs.writeFileSync(path.join(outside, 'secret.md'), `# Intended Use\n\n${SECRET}\n`);
    nodeFs.writeFileSync(path.join(outside, 'release-manifest.yaml'), `manifest_version: 1\nname: ${SECRET}\n`);
    const w = (rel: string, data: string | Uint8Array) => {
      const abs = path.join(root, rel);
      nodeFs.mkdirSync(path.dirname(abs), { recursive: true });
      nodeFs.writeFileSync(abs, data);
    };
    w('good/release-manifest.yaml', GOOD);
    w('good/README.md', '# good\n\nFormats release notes.\n');
    w('good/LICENSE', 'MIT License\n');
    // 50 MB of plausible YAML, written in chunks so the test itself stays small in memory.
    nodeFs.mkdirSync(path.join(root, 'big'), { recursive: true });
    const fd = nodeFs.openSync(path.join(root, 'big/release-manifest.yaml'), 'w');
    const chunk = Buffer.from('- a long list item that repeats for a very long time\n'.repeat(20_000));
    nodeFs.writeSync(fd, Buffer.from('manifest_version: 1\nname: big\nlist:\n'));
    for (let n = 0; n < BIG; n += chunk.length) nodeFs.writeSync(fd, chunk);
    nodeFs.closeSync(fd);
    w('binary/release-manifest.yaml', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00]));
    w('utf/release-manifest.yaml', new Uint8Array([...Buffer.from('name: caf'), 0xc3, 0x28, 0x0a]));
    w('bomb/release-manifest.yaml', billionLaughs());
    w('deep/release-manifest.yaml', `a: ${'['.repeat(10_000)}`);
    w('longline/release-manifest.yaml', GOOD);
    w('longline/README.md', `# Card\n${'x'.repeat(10 * 1024 * 1024)}\n`);
    w('longline/LICENSE', 'MIT License\n');
    w(
      'links/release-manifest.yaml',
      GOOD.replace(
        /documentation:\n(?: {2}.*\n)+/,
        `documentation:\n  readme: ../../outside/secret.md\n  model_card: ${path.join(outside, 'secret.md')}\n  data_card: out-link.md\n  changelog: loop-a\n  license_file: fifo\n`,
      ).replace('artifact: code', 'artifact: model'),
    );
    nodeFs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'links/out-link.md'));
    nodeFs.symlinkSync('loop-b', path.join(root, 'links/loop-a'));
    nodeFs.symlinkSync('loop-a', path.join(root, 'links/loop-b'));
    nodeFs.symlinkSync('..', path.join(root, 'links/parent'));
    nodeFs.symlinkSync(outside, path.join(root, 'linked-unit'));
    nodeFs.mkdirSync(path.join(root, 'manifest-link'));
    nodeFs.symlinkSync(path.join(outside, 'release-manifest.yaml'), path.join(root, 'manifest-link/release-manifest.yaml'));
    if (hasMkfifo()) {
      fifo = spawnSync('mkfifo', [path.join(root, 'links/fifo')]).status === 0;
      nodeFs.mkdirSync(path.join(root, 'fifo-unit'));
      fifo = fifo && spawnSync('mkfifo', [path.join(root, 'fifo-unit/release-manifest.yaml')]).status === 0;
    }
  });

  after(() => {
    if (base) nodeFs.rmSync(base, { recursive: true, force: true });
  });

  let result: WorkspaceResult;
  let reads: string[];
  let rssDelta = 0;

  it('checks the whole tree without throwing, reading nothing outside the root', async () => {
    const nfs = new NodeFileSystem(root);
    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    const spy = spyNodeReads();
    try {
      result = await checkWorkspace(nfs);
    } finally {
      spy.restore();
    }
    rssDelta = process.memoryUsage().rss - rss0;
    reads = spy.paths;
    const realRoot = nodeFs.realpathSync(root);
    const strays = reads.filter((p) => p !== realRoot && !p.startsWith(realRoot + path.sep));
    assert.deepEqual(strays, [], 'read outside the root');
    assert.ok(!JSON.stringify(result).includes(SECRET), 'content from outside the root appears in the result');
    for (const u of result.units) noCrash(u);
  });

  it('the 50 MB manifest is never read and memory stays far below its size', () => {
    assert.ok(!reads.some((p) => p.endsWith(path.join('big', 'release-manifest.yaml'))), 'the 50 MB manifest was opened');
    const u = result.units.find((x) => x.manifestPath === 'big/release-manifest.yaml')!;
    assert.deepEqual(u.findings.map((f) => f.ruleId), ['manifest-unreadable']);
    assert.ok(rssDelta < BIG / 4, `rss grew by ${(rssDelta / 1048576).toFixed(1)} MiB while checking a tree holding a 50 MiB file`);
  });

  it('binary, invalid UTF-8, alias bomb and deep nesting: one finding each', () => {
    const one = (dir: string, rule: string) => {
      const u = result.units.find((x) => x.manifestPath === `${dir}/release-manifest.yaml`)!;
      assert.deepEqual(u.findings.map((f) => f.ruleId), [rule], dir);
    };
    one('binary', 'manifest-unreadable');
    one('utf', 'manifest-unreadable');
    one('bomb', 'manifest-invalid-yaml');
    one('deep', 'manifest-invalid-yaml');
  });

  it('a 10 MB single-line card is skipped as too large, not read', () => {
    assert.ok(!reads.some((p) => p.endsWith(path.join('longline', 'README.md'))));
    const u = result.units.find((x) => x.manifestPath === 'longline/release-manifest.yaml')!;
    assert.equal(errorsOf(u, 'doc-path-invalid').length, 1);
    assert.ok(result.skipped.some((s) => s.path === 'longline/README.md' && /too-large/.test(s.reason)));
  });

  it('paths and links that leave the root, link loops and a FIFO: one doc-path-invalid each, never read', () => {
    const u = result.units.find((x) => x.manifestPath === 'links/release-manifest.yaml')!;
    const invalid = errorsOf(u, 'doc-path-invalid').map((f) => f.message);
    const expected = fifo ? 5 : 4;
    assert.equal(invalid.length, expected, JSON.stringify(invalid));
    assert.equal(invalid.filter((m) => /leaves the workspace/.test(m)).length, 3);
    assert.equal(invalid.filter((m) => /not a regular file/.test(m)).length, expected - 3);
    assert.ok(!reads.some((p) => /loop-[ab]$|fifo$/.test(p)), 'a loop or a FIFO was opened');
  });

  it('linked folders and manifests that leave the root, loops to a parent, a FIFO manifest: skipped and reported', () => {
    const units = result.units.map((u) => u.manifestPath);
    assert.ok(!units.some((p) => p.startsWith('linked-unit') || p.startsWith('links/parent')), JSON.stringify(units));
    assert.ok(result.skipped.some((s) => s.path === 'linked-unit' && /symbolic link/.test(s.reason)));
    assert.ok(result.skipped.some((s) => s.path === 'links/parent' && /symbolic link/.test(s.reason)));
    const ml = result.units.find((u) => u.manifestPath === 'manifest-link/release-manifest.yaml');
    if (ml) assert.deepEqual(ml.findings.map((f) => f.ruleId), ['manifest-unreadable']);
    else assert.ok(result.skipped.some((s) => s.path === 'manifest-link/release-manifest.yaml'));
    if (fifo) assert.ok(result.skipped.some((s) => s.path === 'fifo-unit/release-manifest.yaml'), JSON.stringify(result.skipped));
  });

  it('the good unit next to all this is checked normally', () => {
    const u = result.units.find((x) => x.manifestPath === 'good/release-manifest.yaml')!;
    assert.equal(u.name, 'good');
    assert.deepEqual(u.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId), []);
  });

  it('the CLI as a child process: exit 1, JSON output, no stack trace, nothing outside the root read, no hang', () => {
    // A preloaded spy logs every path the CLI process reads; Node's own module loads come from the repository.
    const log = path.join(base, 'reads.log');
    const preload = path.join(base, 'spy.js');
    nodeFs.writeFileSync(
      preload,
      `const fs = require('fs'); const path = require('path'); const seen = [];
       const wrap = (o, n) => { const f = o[n]; o[n] = function (p, ...r) { seen.push(typeof p === 'string' ? path.resolve(p) : String(p)); return f.call(this, p, ...r); }; };
       for (const n of ['readFile', 'readdir', 'open', 'opendir']) wrap(fs.promises, n);
       for (const n of ['readFileSync', 'readdirSync', 'openSync', 'createReadStream', 'readFile', 'readdir', 'open']) wrap(fs, n);
       process.on('exit', () => fs.writeFileSync(${JSON.stringify(log)}, seen.join('\\n')));`,
    );
    const r = spawnSync(process.execPath, ['--require', preload, CLI, 'check', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', DEBUG: '' },
    });
    assert.equal(r.error, undefined, `the CLI did not finish: ${r.error?.message}`);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.equal(r.status, 1);
    assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+\)?/, 'a stack trace on stderr');
    const json = JSON.parse(r.stdout) as { units: unknown[] };
    assert.ok(json.units.length >= 8);
    assert.ok(!r.stdout.includes(SECRET));
    const realRoot = nodeFs.realpathSync(root);
    const realRepo = nodeFs.realpathSync(REPO);
    const strays = nodeFs
      .readFileSync(log, 'utf8')
      .split('\n')
      .filter((p) => p && !p.startsWith(realRoot + path.sep) && p !== realRoot && !p.startsWith(realRepo + path.sep) && !p.startsWith(REPO + path.sep));
    assert.deepEqual(strays, [], 'the CLI read outside the root');
  });
});
