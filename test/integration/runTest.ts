// Entry point of the integration tests (npm run test:integration), compiled to out/test/integration/runTest.js.
// Uses @vscode/test-electron's standard runTests(). VS Code desktop cannot be downloaded on our offline
// machines, so by default the "VS Code executable" is a shim that runs the tests in code-server
// (VS Code server + the real Node extension host) driven by headless chromium.
//   VSCODE_EXECUTABLE=/path/to/code  use that VS Code instead
//   RR_DESKTOP=1                     let test-electron download VS Code desktop (needs internet)
//   RR_TEST_GREP=pattern             run only the matching tests
//   RR_BENCH=1                       npm run bench:host: run bench/index.js on a copy of examples/ instead,
//                                    RR_BENCH_LAUNCHES times (default 3; activation happens once per launch)
// Three passes: suite/**/*.test.js in a trusted workspace; suite/**/*.multiroot.test.js (if any) in a
// multi-root workspace (fixtures/multiroot, opened through its .code-workspace file: adding a folder at
// run time would reload a browser workbench and end the run); then suite/**/*.restricted.test.js (if any)
// in an untrusted one (restricted mode). runTests always passes --disable-workspace-trust, so only the
// code-server shim (which decides trust from RR_TEST_RESTRICTED) can run the restricted pass.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

// out/test/integration -> repository root
const repoRoot = path.resolve(__dirname, '../../..');
const shim = path.join(repoRoot, 'scripts/vscode-host/code-server-as-vscode.sh');
const bench = process.env.RR_BENCH === '1';

function hasTests(dir: string, suffix: string): boolean {
  return fs.readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? hasTests(path.join(dir, e.name), suffix) : e.name.endsWith(suffix));
}

async function pass(vscodeExecutablePath: string | undefined, restricted: boolean, benchLaunch = '', multiRoot = false): Promise<number> {
  // Tests edit files freely: every pass gets a fresh copy of the fixture workspace.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-it-'));
  const workspace = path.join(tmp, 'workspace');
  const fixture = bench ? 'examples' : multiRoot ? 'test/integration/fixtures/multiroot' : 'test/integration/fixtures/workspace';
  fs.cpSync(path.join(repoRoot, fixture), workspace, { recursive: true });
  const title = restricted ? 'restricted mode (untrusted workspace)' : multiRoot ? 'multi-root workspace' : 'trusted workspace';
  console.log(bench ? `\n=== host benchmark, launch ${benchLaunch} ===` : `\n=== integration tests, ${title} ===`);
  try {
    return await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, bench ? 'bench/index.js' : 'suite/index.js'),
      launchArgs: [multiRoot ? path.join(workspace, 'multiroot.code-workspace') : workspace],
      // read by the shim (trust) and, through the inherited environment, by suite/index.ts (which files)
      extensionTestsEnv: {
        RR_TEST_RESTRICTED: restricted ? '1' : '',
        RR_TEST_MULTIROOT: multiRoot ? '1' : '',
        ...(bench ? { RR_BENCH_LAUNCH: benchLaunch } : {}),
      },
    });
  } catch (err) {
    // runTests rejects on a non-zero exit; the test output has already been printed.
    console.error('Integration tests failed:', err instanceof Error ? err.message : err);
    const code = (err as { code?: unknown }).code;
    return typeof code === 'number' && code !== 0 ? code : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const exe = process.env.VSCODE_EXECUTABLE || (process.env.RR_DESKTOP === '1' ? undefined : shim);
  if (bench) {
    const launches = Math.max(1, Number(process.env.RR_BENCH_LAUNCHES) || 3);
    for (let i = 1; i <= launches; i++) {
      const code = await pass(exe, false, `${i}/${launches}`);
      if (code !== 0) return code;
    }
    return 0;
  }
  const suites = path.join(__dirname, 'suite');
  let code = await pass(exe, false);
  if (hasTests(suites, '.multiroot.test.js')) {
    const multiRootCode = await pass(exe, false, '', true);
    if (code === 0) code = multiRootCode;
  }
  if (!hasTests(suites, '.restricted.test.js')) return code;
  if (exe !== shim) {
    console.log('restricted-mode tests skipped: only the code-server shim can open an untrusted workspace');
    return code;
  }
  const restrictedCode = await pass(exe, true);
  return code !== 0 ? code : restrictedCode;
}

main().then((code) => process.exit(code), (err) => { console.error(err); process.exit(1); });
