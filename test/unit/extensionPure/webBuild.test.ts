// The web-worker build (package.json "browser") bundles from the same core and adapter code as the Node
// build, and nothing in it reaches Node: built here with esbuild as scripts/build.mjs builds it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO } from '../helpers/examples';

describe('web-worker build', function () {
  this.timeout(60000);
  let inputs: string[];
  let code: string;

  before(async () => {
    const r = await esbuild.build({
      absWorkingDir: REPO,
      entryPoints: ['src/extension/web.ts'],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    inputs = Object.keys(r.metafile.inputs);
    code = r.outputFiles[0].text;
  });

  it('package.json points VS Code for the Web at it', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { browser?: string; main?: string };
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('holds the same core, service, views and BOM code as the Node build, and not its Node entry', () => {
    for (const f of ['src/extension/activate.ts', 'src/extension/service.ts', 'src/extension/views/index.ts', 'src/extension/bomExport.ts', 'src/core/engine/check.ts', 'src/core/bom/cyclonedx.ts']) {
      assert.ok(inputs.includes(f), `${f} is in the web build`);
    }
    assert.ok(!inputs.includes('src/extension/extension.ts'), 'the Node entry (local disk, realpath) stays out');
  });

  it('requires nothing but the vscode module: no Node built-in, no Node-only package', () => {
    const required = [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))];
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    // ajv's generated validation code names its runtime helpers in strings; they are never loaded by require.
    const real = required.filter((r) => r !== 'vscode' && !r.startsWith('ajv/dist/runtime/'));
    assert.deepEqual(real.filter((r) => builtins.has(r)), []);
    assert.deepEqual(real, []);
    assert.ok(!inputs.some((i) => i.includes('cyclonedx-library/dist.node/')), "the CycloneDX library's web build, not its Node build");
  });
});
