import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TOOL_VERSION } from '../../../src/core/version';

import { REPO } from '../helpers/examples';
const CLI = path.join(REPO, 'out/src/cli/main.js');

function cli(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function copyDir(from: string, to: string) {
  fs.cpSync(from, to, { recursive: true });
}

describe('CLI', function () {
  this.timeout(60000);

  it('exits 0 for the ready example', () => {
    const r = cli(['check', 'examples/research-model']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /examples\/research-model\/release-manifest\.yaml \(tiny-sentiment 1\.2\.0\): Ready/);
  });

  it('exits 1 for examples with errors and prints path:line:col lines', () => {
    for (const ex of ['examples/hiring-screener', 'examples/monorepo']) {
      const r = cli(['check', ex]);
      assert.equal(r.code, 1, ex + r.stdout + r.stderr);
      assert.match(r.stdout, new RegExp(`^${ex.replace(/\//g, '\\/')}\\/\\S+:\\d+:\\d+ error [a-z-]+ .+$`, 'm'));
    }
  });

  it('finds both units of the monorepo, the dotted manifest too', () => {
    const r = cli(['check', 'examples/monorepo', '--format', 'json']);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.units.map((u: { manifest: string }) => u.manifest), ['examples/monorepo/packages/a/release-manifest.yaml', 'examples/monorepo/packages/b/.release-manifest.yaml']);
  });

  it('--fail-on sets the threshold', () => {
    assert.equal(cli(['check', 'examples/hiring-screener', '--fail-on', 'never']).code, 0);
    assert.equal(cli(['check', 'examples/dataset-incomplete', '--fail-on', 'warning']).code, 1);
  });

  it('exits 2 with a clear message for a bad flag, bad value, unknown command, a missing path, or no manifest', () => {
    for (const [args, msg] of [
      [['check', '--bogus'], /Unknown option '--bogus'/],
      [['check', '--format', 'xml'], /--format must be one of text, json, markdown, sarif/],
      [['check', '--fail-on', 'sometimes'], /--fail-on must be one of/],
      [['lint'], /unknown command "lint"/],
      [[], /missing command/],
      [['check', 'no/such/dir'], /no such file or folder: no\/such\/dir/],
      [['check', fs.mkdtempSync(path.join(os.tmpdir(), 'rr-empty-'))], /no release manifest found in/],
    ] as const) {
      const r = cli([...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, msg);
      assert.equal(r.stdout, '');
    }
  });

  it('--help and --version', () => {
    assert.match(cli(['--help']).stdout, /Usage: release-readiness check/);
    assert.equal(cli(['--version']).stdout.trim(), TOOL_VERSION);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(TOOL_VERSION, pkg.version, 'TOOL_VERSION follows package.json');
  });

  it('--format sarif on the examples validates against the SARIF 2.1.0 schema; --output writes the file', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-sarif-'));
    const out = path.join(tmp, 'out.sarif');
    const r = cli(['check', 'examples', '--format', 'sarif', '--output', out]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    const log = JSON.parse(fs.readFileSync(out, 'utf8'));
    const req = createRequire(require.resolve('@microsoft/jest-sarif/package.json'));
    const Ajv = req('ajv');
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(req('ajv/lib/refs/json-schema-draft-04.json'));
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    assert.ok(log.runs[0].results.length > 0);
    assert.ok(log.runs[0].results.every((x: any) => x.locations[0].physicalLocation.artifactLocation.uri.startsWith('examples/')));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('markdown output is a report', () => {
    const r = cli(['check', 'examples/hiring-screener', '--format', 'markdown']);
    assert.match(r.stdout, /AI Release Readiness: Blocked/);
    assert.match(r.stdout, /### Blocking items/);
  });

  it('--fix applies safe fixes in place in a copy and reports what remains; a second --fix changes nothing', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-fix-'));
    copyDir(path.join(REPO, 'examples/hiring-screener'), tmp);
    const before = fs.readFileSync(path.join(tmp, 'release-manifest.yaml'), 'utf8');
    const first = cli(['check', '--fix', '--format', 'json'], tmp);
    assert.ok(first.code === 0 || first.code === 1, first.stderr);
    const after = fs.readFileSync(path.join(tmp, 'release-manifest.yaml'), 'utf8');
    for (const line of before.split('\n').filter((l) => l.trim().startsWith('#'))) assert.ok(after.includes(line), `comment kept: ${line}`);
    const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf8') : '']));
    const once = snapshot(tmp);
    cli(['check', '--fix'], tmp);
    assert.deepEqual(snapshot(tmp), once, 'fix twice == once');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('without --fix nothing is written', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-ro-'));
    copyDir(path.join(REPO, 'examples/hiring-screener'), tmp);
    const names = fs.readdirSync(tmp).sort();
    const text = fs.readFileSync(path.join(tmp, 'release-manifest.yaml'), 'utf8');
    cli(['check', '--format', 'sarif'], tmp);
    assert.deepEqual(fs.readdirSync(tmp).sort(), names);
    assert.equal(fs.readFileSync(path.join(tmp, 'release-manifest.yaml'), 'utf8'), text);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
