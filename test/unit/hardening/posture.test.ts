// Security posture, checked on the source: the core and the CLI execute nothing from the repository and
// open no network connection; the core imports neither `vscode` nor Node built-ins; YAML tags that
// other loaders turn into code stay inert data here.
import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import { MemoryFileSystem } from '../../../src/core/fs';
import { checkUnit } from '../../../src/core/engine/check';
import { parseManifest } from '../../../src/core/manifest/parse';
import { REPO } from './helpers';

function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (abs: string) => {
    for (const e of nodeFs.readdirSync(abs, { withFileTypes: true })) {
      const p = path.join(abs, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name)) out.push({ file: path.relative(REPO, p), text: nodeFs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(REPO, dir));
  return out;
}

function imports(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

// Modules that run programs, open sockets or evaluate code.
const DANGEROUS = ['child_process', 'cluster', 'dgram', 'dns', 'http', 'http2', 'https', 'inspector', 'net', 'tls', 'vm', 'worker_threads'];
const EVAL = /\beval\s*\(|\bnew\s+Function\s*\(|\bimport\s*\(\s*[^'"\s]/;

describe('hardening: security posture of the source', () => {
  const core = sources('src/core');
  const cli = sources('src/cli');

  it('the core imports no Node built-in and no vscode (it runs in a browser too)', () => {
    assert.ok(core.length > 10);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const bad = core.flatMap((s) => imports(s.text).filter((i) => i === 'vscode' || builtins.has(i)).map((i) => `${s.file}: ${i}`));
    assert.deepEqual(bad, []);
  });

  it('neither the core nor the CLI can run a program, open a connection or evaluate code', () => {
    const bad = [...core, ...cli].flatMap((s) => [
      ...imports(s.text)
        .filter((i) => DANGEROUS.includes(i.replace(/^node:/, '')))
        .map((i) => `${s.file}: imports ${i}`),
      ...(EVAL.test(s.text.replace(/\/\/.*$/gm, '')) ? [`${s.file}: eval-like call`] : []),
    ]);
    assert.deepEqual(bad, []);
  });

  it('the CLI writes only through --output, --fix and the bom command', () => {
    const writes = cli.flatMap((s) => [...s.text.matchAll(/\b(writeFile(?:Sync)?|appendFile(?:Sync)?|createWriteStream|rm(?:Sync)?|unlink(?:Sync)?|rename(?:Sync)?)\s*\(/g)].map((m) => `${s.file}: ${m[1]}`));
    // main.ts: the --output report and the --fix writer; nodeFs.ts: the writer --fix and bom use; bom.ts: BOMs beside
    // their manifests (through nodeFs, inside the root) or under --output-dir.
    assert.deepEqual(
      [...new Set(writes)].sort(),
      ['src/cli/bom.ts: writeFile', 'src/cli/bom.ts: writeFileSync', 'src/cli/main.ts: writeFile', 'src/cli/main.ts: writeFileSync', 'src/cli/nodeFs.ts: writeFile'].sort(),
    );
  });

  it('YAML tags that other loaders execute (!!js/function, !!python/object) stay inert', async () => {
    let ran = false;
    (globalThis as Record<string, unknown>).__rrPwned = () => (ran = true);
    const text = 'manifest_version: 1\nname: !!js/function "function () { globalThis.__rrPwned() }"\nversion: !!python/object/apply:os.system ["touch /tmp/pwned"]\n';
    const m = parseManifest('release-manifest.yaml', text);
    assert.equal(typeof m.get(['name']) === 'function', false);
    const r = await checkUnit(new MemoryFileSystem({ 'release-manifest.yaml': text }), 'release-manifest.yaml');
    assert.ok(r.findings.length > 0);
    assert.equal(ran, false);
    delete (globalThis as Record<string, unknown>).__rrPwned;
  });
});
