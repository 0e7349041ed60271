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

/** A temporary folder; with `git` it is a repository root (holds .git). */
function tmp(git: boolean): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rr-paths-')));
  if (git) fs.mkdirSync(path.join(dir, '.git'));
  return dir;
}

/** The ready research example in `dir/sub`, its README named through `readme`. */
function unit(dir: string, sub: string, readme = 'README.md'): string {
  const to = path.join(dir, sub);
  fs.cpSync(path.join(REPO, 'examples/research-model'), to, { recursive: true });
  const m = path.join(to, 'release-manifest.yaml');
  fs.writeFileSync(m, fs.readFileSync(m, 'utf8').replace('readme: README.md', `readme: ${readme}`));
  return to;
}

describe('CLI check: paths anywhere, each against its own repository root', function () {
  this.timeout(60000);

  it('checks a repository outside the current one, shown relative to where it runs', () => {
    const other = tmp(true);
    unit(other, 'model');
    const r = cli(['check', path.join(other, 'model')], path.join(REPO, 'examples'));
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`^${path.relative(path.join(REPO, 'examples'), path.join(other, 'model/release-manifest.yaml')).replace(/[.]/g, '\\.')} \\(tiny-sentiment 1\\.2\\.0\\): Ready`, 'm'));
  });

  it('two repositories at once: each unit from its own root, JSON paths relative to the current folder', () => {
    const a = tmp(true);
    const b = tmp(true);
    unit(a, 'x');
    unit(b, 'y');
    const r = cli(['check', a, b, '--format', 'json'], REPO);
    assert.equal(r.code, 0, r.stderr);
    const manifests = JSON.parse(r.stdout).units.map((u: { manifest: string }) => u.manifest).sort();
    assert.deepEqual(manifests, [path.relative(REPO, path.join(a, 'x/release-manifest.yaml')), path.relative(REPO, path.join(b, 'y/release-manifest.yaml'))].sort());
  });

  it('the root is the nearest folder holding .git: a document above the unit but inside it is read', () => {
    const repo = tmp(true);
    fs.copyFileSync(path.join(REPO, 'examples/research-model/README.md'), path.join(repo, 'README.md'));
    const u = unit(repo, 'models/m', '../../README.md');
    fs.rmSync(path.join(u, 'README.md'));
    const r = cli(['check', u, '--format', 'json'], REPO);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const doc = JSON.parse(r.stdout).units[0].documents.find((d: { role: string }) => d.role === 'readme');
    assert.equal(doc.state, 'ok');
  });

  it('without .git the path itself is the root: nothing above it is read', () => {
    const outer = tmp(false);
    fs.copyFileSync(path.join(REPO, 'examples/research-model/README.md'), path.join(outer, 'README.md'));
    const u = unit(outer, 'm', '../README.md');
    fs.rmSync(path.join(u, 'README.md'));
    const r = cli(['check', u, '--format', 'json'], REPO);
    const j = JSON.parse(r.stdout);
    const doc = j.units[0].documents.find((d: { role: string }) => d.role === 'readme');
    assert.equal(doc.state, 'outside-root');
    assert.ok(j.units[0].findings.some((f: { ruleId: string }) => f.ruleId === 'doc-path-invalid'));
  });

  it('a path that does not exist is exit 2, also next to one that does', () => {
    const a = tmp(true);
    unit(a, 'x');
    const r = cli(['check', a, path.join(a, 'nope')], REPO);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no such file or folder: .*nope/);
    assert.equal(r.stdout, '');
  });
});

describe('CLI check: no manifest, but a card', function () {
  this.timeout(60000);

  it('says which card it saw and prints the init command; exit code 2 as for any folder without a manifest', () => {
    const dir = tmp(true);
    fs.cpSync(path.join(REPO, 'test/fixtures/init-repos/clip'), path.join(dir, 'clip'), { recursive: true });
    const r = cli(['check', 'clip'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^release-readiness: no release manifest found in clip$/m);
    assert.match(r.stderr, /No release manifest in clip, but clip\/model-card\.md is a model card \(by its name\)\./);
    assert.match(r.stderr, /^ {2}release-readiness init clip$/m);
  });

  it('finds a Hugging Face card by its front matter, and names the current folder as init\'s default', () => {
    const dir = tmp(true);
    fs.cpSync(path.join(REPO, 'test/fixtures/init-repos/distilbert-base-jp'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'README.md'), fs.readFileSync(path.join(dir, 'README.md'), 'utf8').replace('license: MIT', 'license: MIT\npipeline_tag: fill-mask'));
    const r = cli(['check'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /README\.md is a model card \(by its front matter\)/);
    assert.match(r.stderr, /^ {2}release-readiness init$/m);
  });

  it('a folder with neither manifest nor card keeps the plain message, without an init hint', () => {
    const dir = tmp(true);
    fs.writeFileSync(path.join(dir, 'README.md'), '# notes\n');
    const r = cli(['check'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no release manifest found in \./);
    assert.doesNotMatch(r.stderr, /init/);
  });

  it('next to a folder that has a manifest: the exit code is the check\'s, the hint still printed', () => {
    const dir = tmp(true);
    unit(dir, 'ready');
    fs.cpSync(path.join(REPO, 'test/fixtures/init-repos/clip'), path.join(dir, 'clip'), { recursive: true });
    const r = cli(['check', 'ready', 'clip'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ready\/release-manifest\.yaml \(tiny-sentiment 1\.2\.0\): Ready/);
    assert.match(r.stderr, /^ {2}release-readiness init clip$/m);
    assert.equal(cli(['check', 'ready', 'clip', '--quiet'], dir).stderr, '');
  });
});
