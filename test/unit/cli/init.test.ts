import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from '../helpers/examples';

const CLI = path.join(REPO, 'out/src/cli/main.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder holding the research example without its manifest, as a repository of its own. */
function freshRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-init-'));
  fs.cpSync(path.join(REPO, 'examples/research-model'), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'release-manifest.yaml'));
  fs.mkdirSync(path.join(dir, '.git'));
  return dir;
}

describe('CLI init', function () {
  this.timeout(60000);

  it('writes release-manifest.yaml (exit 0) and check then reads it', () => {
    const dir = freshRepo();
    const r = cli(['init'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Wrote release-manifest\.yaml: a draft inferred from the folder/m);
    assert.match(r.stdout, /Next: review it, then run: release-readiness check$/m);
    const text = fs.readFileSync(path.join(dir, 'release-manifest.yaml'), 'utf8');
    assert.match(text, /^# MODEL_CARD\.md front matter says apache-2\.0\. LICENSE matches no license of the SPDX list closely\nlicense: Apache-2\.0$/m);
    const c = cli(['check', '--format', 'json'], dir);
    assert.equal(c.code, 0, c.stderr);
    const ids = JSON.parse(c.stdout).units[0].findings.map((f: { ruleId: string }) => f.ruleId).sort();
    // What the draft leaves open and nothing else: no version, no users, no role.
    assert.deepEqual(ids, ['manifest-missing-field', 'role-missing', 'use-users-missing']);
  });

  it('takes a folder argument and prints paths relative to where it runs', () => {
    const dir = freshRepo();
    const r = cli(['init', path.basename(dir)], path.dirname(dir));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`Wrote ${path.basename(dir)}/release-manifest\\.yaml`));
    assert.match(r.stdout, new RegExp(`release-readiness check ${path.basename(dir)}$`, 'm'));
  });

  it('--dry-run prints the draft and writes nothing', () => {
    const dir = freshRepo();
    const r = cli(['init', '--dry-run'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^manifest_version: 1$/m);
    assert.match(r.stderr, /Dry run: nothing written/);
    assert.equal(fs.existsSync(path.join(dir, 'release-manifest.yaml')), false);
  });

  it('never overwrites: an existing manifest under any accepted name is exit 2 and left as it is', () => {
    for (const name of ['release-manifest.yaml', '.release-manifest.yml']) {
      const dir = freshRepo();
      fs.writeFileSync(path.join(dir, name), 'mine: true\n');
      const r = cli(['init'], dir);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')} already exists; it is left as it is`));
      assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), 'mine: true\n');
      assert.deepEqual(fs.readdirSync(dir).filter((n) => /manifest/.test(n)), [name]);
    }
  });

  it('never writes into a read-only folder, even as root (exit 2)', () => {
    const dir = freshRepo();
    fs.chmodSync(dir, 0o555);
    try {
      const r = cli(['init'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /release-manifest\.yaml was not written: the folder \. is read-only/);
      assert.equal(fs.existsSync(path.join(dir, 'release-manifest.yaml')), false);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('exit 2 for a missing folder, a file, two folders, and --dry-run given to check', () => {
    const dir = freshRepo();
    assert.match(cli(['init', 'nope'], dir).stderr, /no such folder: nope/);
    assert.equal(cli(['init', 'nope'], dir).code, 2);
    assert.equal(cli(['init', 'README.md'], dir).code, 2);
    assert.equal(cli(['init', '.', '.'], dir).code, 2);
    assert.match(cli(['check', '--dry-run'], dir).stderr, /--dry-run is an option of init/);
  });
});
