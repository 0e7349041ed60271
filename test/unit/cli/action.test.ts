// The GitHub Action (action.yml) must not drift from the CLI: its inputs, the flags its run step
// passes (each one the CLI accepts), the file it runs (the package's bin), and the run step itself,
// executed with bash against the compiled CLI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { HELP } from '../../../src/cli/main';

import { REPO } from '../helpers/examples';
const CLI = path.join(REPO, 'out/src/cli/main.js');

interface Step {
  name?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
const steps = action.runs.steps;
const checkStep = steps.find((s) => s.run?.includes('/dist/cli.js'));

/** Long flags the CLI documents in --help (the CLI's own tests check that it accepts each one). */
const CLI_FLAGS = new Set([...HELP.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]));

/** Evaluate the `${{ ... }}` expressions the action uses; anything else is a test failure. */
function expand(s: string, inputs: Record<string, string>, actionPath: string): string {
  return s.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) {
      assert.ok(m[1] in inputs, `unknown input ${m[1]}`);
      return inputs[m[1]];
    }
    if (expr === 'github.action_path') return actionPath;
    assert.fail(`unexpected expression \${{ ${expr} }}`);
  });
}

describe('GitHub Action (action.yml)', function () {
  this.timeout(60000);

  it('is a composite action with the documented inputs and defaults', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
    assert.deepEqual(
      Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
      { paths: '.', format: 'sarif', output: 'release-readiness.sarif', 'fail-on': 'error' },
    );
    for (const [k, v] of Object.entries(action.inputs)) {
      assert.ok(v.description, `${k} has a description`);
      assert.notEqual(v.required, true, `${k} is optional`);
    }
  });

  it('uses every input, and only inputs that exist', () => {
    const text = JSON.stringify(action.runs);
    const used = new Set([...text.matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)].map((m) => m[1]));
    assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
    // Inputs reach scripts through env only: a run script with ${{ }} in it is open to injection.
    for (const s of steps) assert.doesNotMatch(s.run ?? '', /\$\{\{/, `${s.name}: no expressions inside run`);
  });

  it('builds the CLI in its own checkout, then runs the package bin', () => {
    const build = steps.find((s) => /\bnpm ci\b/.test(s.run ?? ''));
    assert.ok(build, 'an npm ci step');
    assert.equal(build['working-directory'], '${{ github.action_path }}');
    assert.match(build.run!, /\bnpm run build\b/);
    assert.ok(pkg.scripts.build, 'package.json has a build script');
    assert.ok(fs.readFileSync(path.join(REPO, 'scripts/build.mjs'), 'utf8').includes(`outfile: '${pkg.bin['release-readiness'].replace(/^\.\//, '')}'`), 'the build writes the bin');
    assert.ok(checkStep, 'a step runs dist/cli.js');
    assert.ok(steps.indexOf(build) < steps.indexOf(checkStep), 'build first');
    assert.equal(checkStep['working-directory'], undefined, 'the check runs in the workspace');
    assert.ok(checkStep.run!.includes(`$GITHUB_ACTION_PATH/${pkg.bin['release-readiness'].replace(/^\.\//, '')}`), 'runs the package bin');
    for (const s of steps) if (s.run) assert.equal(s.shell, 'bash', `${s.name}: shell is set (required in composite actions)`);
  });

  it('passes only flags the CLI accepts, one for each input', () => {
    assert.ok(CLI_FLAGS.has('format') && CLI_FLAGS.has('fail-on'), `flags read from HELP: ${[...CLI_FLAGS].join(', ')}`);
    const flags = [...checkStep!.run!.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]);
    assert.ok(flags.length > 0);
    for (const f of flags) assert.ok(CLI_FLAGS.has(f), `--${f} is a CLI flag`);
    for (const input of ['format', 'output', 'fail-on']) assert.ok(flags.includes(input), `--${input} is passed`);
  });

  describe('the check step, run with bash against the compiled CLI', () => {
    let tmp: string;
    let actionPath: string;

    before(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-action-'));
      // The action's checkout after its build step: dist/cli.js. A symlink to the tsc output
      // (node resolves it, so the CLI sees itself as the main module).
      actionPath = path.join(tmp, 'action');
      fs.mkdirSync(path.join(actionPath, 'dist'), { recursive: true });
      fs.symlinkSync(CLI, path.join(actionPath, 'dist/cli.js'));
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    function runStep(overrides: Record<string, string>, cwd = REPO) {
      const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...overrides };
      const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '1', GITHUB_ACTION_PATH: actionPath };
      for (const [k, v] of Object.entries(checkStep!.env ?? {})) env[k] = expand(v, inputs, actionPath);
      // GitHub runs `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`.
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', checkStep!.run!], { cwd, env, encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    }

    it('with the defaults: a SARIF 2.1.0 file in the workspace, exit 1 on errors', () => {
      const out = path.join(tmp, 'release-readiness.sarif');
      const r = runStep({ output: out, paths: 'examples/hiring-screener' });
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const sarif = JSON.parse(fs.readFileSync(out, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
      assert.equal(sarif.version, '2.1.0');
      assert.ok(sarif.runs[0].results.length > 0);
    });

    it('the default output is relative to the workspace', () => {
      const ws = path.join(tmp, 'ws');
      fs.cpSync(path.join(REPO, 'examples/research-model'), ws, { recursive: true });
      fs.mkdirSync(path.join(ws, '.git'));
      const r = runStep({}, ws);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.ok(fs.existsSync(path.join(ws, 'release-readiness.sarif')));
    });

    it('several paths (whitespace or newlines), other formats, fail-on never, output empty = the log', () => {
      const r = runStep({ paths: 'examples/research-model\nexamples/hiring-screener  examples/monorepo', format: 'json', output: '', 'fail-on': 'never' });
      assert.equal(r.code, 0, r.stderr);
      const units = (JSON.parse(r.stdout) as { units: { manifest: string }[] }).units.map((u) => u.manifest);
      assert.ok(units.includes('examples/research-model/release-manifest.yaml'));
      assert.ok(units.includes('examples/hiring-screener/release-manifest.yaml'));
      assert.ok(units.some((u) => u.startsWith('examples/monorepo/')));
    });

    it('a path with glob characters or a leading dash is passed as it is', () => {
      // In a copy: were `--fix` read as the flag, it would write.
      const ws = path.join(tmp, 'ws-glob');
      fs.cpSync(path.join(REPO, 'examples/hiring-screener'), ws, { recursive: true });
      fs.mkdirSync(path.join(ws, '.git'));
      const r = runStep({ paths: '* --fix', format: 'text', output: '' }, ws);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no such file or folder: \*/);
      const r2 = runStep({ paths: '--fix', format: 'text', output: '' }, ws);
      assert.equal(r2.code, 2);
      assert.match(r2.stderr, /no such file or folder: --fix/);
    });

    it('an invalid input value fails with the CLI usage error (exit 2)', () => {
      const r = runStep({ format: 'xml', output: '' });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--format must be one of/);
    });
  });
});
