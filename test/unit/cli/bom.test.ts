import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from '../../../src/cli/nodeFs';
import { checkWorkspace } from '../../../src/core/engine/check';
import { STATUS_LABEL } from '../../../src/core/engine/summary';
import { REPO } from '../helpers/examples';
import { schemaErrors } from '../bom/helpers';

const CLI = path.join(REPO, 'out/src/cli/main.js');

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A throw-away repository holding a copy of the examples. */
function repoWithExamples(): string {
  const dir = tempDir('rr-bom-');
  fs.mkdirSync(path.join(dir, '.git'));
  // BOMs a developer generated in the repository's examples are not part of them.
  fs.cpSync(path.join(REPO, 'examples'), path.join(dir, 'examples'), { recursive: true, filter: (src) => path.basename(src) !== 'ai-bom.cdx.json' });
  return dir;
}

/** Every file below a folder with its content. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const abs = path.join(dir, f);
    if (fs.statSync(abs).isFile()) out.set(f.split(path.sep).join('/'), fs.readFileSync(abs, 'utf8'));
  }
  return out;
}

const UNITS = ['examples/dataset-incomplete', 'examples/hiring-screener', 'examples/monorepo/packages/a', 'examples/monorepo/packages/b', 'examples/research-model'];

describe('CLI: bom', function () {
  this.timeout(60000);
  after(() => {
    for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('writes a valid CycloneDX 1.6 BOM beside every manifest and says where', async () => {
    const dir = repoWithExamples();
    // What `check` finds is what each line reports.
    const checked = await checkWorkspace(new NodeFileSystem(dir), { paths: ['examples'] });
    const expected = checked.units.map((u) => {
      const n = u.findings.length;
      return `${u.dir}/ai-bom.cdx.json: ${u.name} ${u.version}, ${STATUS_LABEL[u.summary.status]}, ${n} open finding${n === 1 ? '' : 's'}`;
    });
    const before = snapshot(dir);
    const r = cli(['bom', 'examples'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trim().split('\n');
    assert.deepEqual(lines, expected);
    assert.deepEqual(
      lines.map((l) => l.slice(0, l.indexOf(':'))),
      UNITS.map((u) => `${u}/ai-bom.cdx.json`),
    );
    assert.ok(lines.includes('examples/research-model/ai-bom.cdx.json: tiny-sentiment 1.2.0, Ready, 0 open findings'));
    for (const u of UNITS) {
      const bom = JSON.parse(fs.readFileSync(path.join(dir, u, 'ai-bom.cdx.json'), 'utf8'));
      assert.equal(schemaErrors(bom), '', u);
      assert.match(bom.serialNumber, /^urn:uuid:[0-9a-f-]{36}$/);
      assert.ok(Math.abs(Date.parse(bom.metadata.timestamp) - Date.now()) < 60000);
    }
    // Nothing else was written.
    const after = snapshot(dir);
    for (const [f, text] of before) assert.equal(after.get(f), text, f);
    assert.deepEqual(
      [...after.keys()].filter((f) => !before.has(f)).sort(),
      UNITS.map((u) => `${u}/ai-bom.cdx.json`),
    );
  });

  it('SOURCE_DATE_EPOCH gives the same bytes every time, without a serial number', () => {
    const dir = repoWithExamples();
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const a = cli(['bom', 'examples/research-model', '--stdout'], dir, env);
    const b = cli(['bom', 'examples/research-model', '--stdout'], dir, env);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    const bom = JSON.parse(a.stdout);
    assert.equal(bom.metadata.timestamp, '2026-01-01T00:00:00.000Z');
    assert.equal(bom.serialNumber, undefined);
    assert.equal(fs.existsSync(path.join(dir, 'examples/research-model/ai-bom.cdx.json')), false, '--stdout writes no file');
    assert.equal(cli(['bom', 'examples', '--stdout'], dir, { SOURCE_DATE_EPOCH: 'yesterday' }).code, 2);
  });

  it('--output-dir mirrors the unit folders', () => {
    const dir = repoWithExamples();
    const out = tempDir('rr-bom-out-');
    const r = cli(['bom', 'examples/monorepo', '--output-dir', out, '--quiet'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.ok(fs.existsSync(path.join(out, 'examples/monorepo/packages/a/ai-bom.cdx.json')));
    assert.ok(fs.existsSync(path.join(out, 'examples/monorepo/packages/b/ai-bom.cdx.json')));
    assert.equal(fs.existsSync(path.join(dir, 'examples/monorepo/packages/a/ai-bom.cdx.json')), false);
  });

  it('exits 1 and says why for a unit that has no BOM, and still writes the others', () => {
    const dir = repoWithExamples();
    fs.mkdirSync(path.join(dir, 'nameless'));
    fs.writeFileSync(path.join(dir, 'nameless/release-manifest.yaml'), 'manifest_version: 1\nartifact: model\n');
    const r = cli(['bom', 'nameless', 'examples/research-model'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^nameless\/release-manifest\.yaml: no BOM: the manifest names no release unit/m);
    assert.ok(fs.existsSync(path.join(dir, 'examples/research-model/ai-bom.cdx.json')));
    assert.equal(fs.existsSync(path.join(dir, 'nameless/ai-bom.cdx.json')), false);
  });

  it('exits 2 for usage errors', () => {
    const dir = repoWithExamples();
    for (const [args, msg] of [
      [['bom', '--bogus'], /Unknown option '--bogus'/],
      [['bom', 'no/such'], /no such file or folder: no\/such/],
      [['bom', os.tmpdir()], /outside the repository root/],
      [['bom', 'examples', '--stdout', '--output-dir', 'x'], /exclude each other/],
      [['bom', '.github'], /no such file or folder|no release manifest/],
    ] as const) {
      const r = cli([...args], dir);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, msg);
    }
    assert.match(cli(['bom', '--help'], dir).stdout, /^Usage: release-readiness bom/);
    assert.match(cli(['--help'], dir).stdout, /release-readiness bom \[paths\.\.\.\]/);
  });
});
