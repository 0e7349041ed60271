// Entry point of the integration tests (npm run test:integration), compiled to out/test/integration/runTest.js.
// Uses @vscode/test-electron's standard runTests(). VS Code desktop cannot be downloaded on our offline
// machines, so by default the "VS Code executable" is a shim that runs the tests in code-server
// (VS Code server + the real Node extension host) driven by headless chromium.
//   VSCODE_EXECUTABLE=/path/to/code  use that VS Code instead
//   RR_DESKTOP=1                     let test-electron download VS Code desktop (needs internet)
//   RR_TEST_GREP=pattern             run only the matching tests
// Two passes: suite/**/*.test.js in a trusted workspace, then suite/**/*.restricted.test.js (if any) in
// an untrusted one (restricted mode). runTests always passes --disable-workspace-trust, so only the
// code-server shim (which decides trust from RR_TEST_RESTRICTED) can run the second pass.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

// out/test/integration -> repository root
const repoRoot = path.resolve(__dirname, '../../..');
const shim = path.join(repoRoot, 'scripts/vscode-host/code-server-as-vscode.sh');

function hasRestrictedTests(dir: string): boolean {
  return fs.readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? hasRestrictedTests(path.join(dir, e.name)) : e.name.endsWith('.restricted.test.js'));
}

async function pass(vscodeExecutablePath: string | undefined, restricted: boolean): Promise<number> {
  // Tests edit files freely: every pass gets a fresh copy of the fixture workspace.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-it-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test/integration/fixtures/workspace'), workspace, { recursive: true });
  console.log(`\n=== integration tests, ${restricted ? 'restricted mode (untrusted workspace)' : 'trusted workspace'} ===`);
  try {
    return await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'suite/index.js'),
      launchArgs: [workspace],
      // read by the shim (trust) and, through the inherited environment, by suite/index.ts (which files)
      extensionTestsEnv: restricted ? { RR_TEST_RESTRICTED: '1' } : { RR_TEST_RESTRICTED: '' },
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
  const code = await pass(exe, false);
  if (!hasRestrictedTests(path.join(__dirname, 'suite'))) return code;
  if (exe !== shim) {
    console.log('restricted-mode tests skipped: only the code-server shim can open an untrusted workspace');
    return code;
  }
  const restrictedCode = await pass(exe, true);
  return code !== 0 ? code : restrictedCode;
}

main().then((code) => process.exit(code), (err) => { console.error(err); process.exit(1); });
