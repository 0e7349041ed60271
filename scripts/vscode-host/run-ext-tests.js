// Runs extension integration tests inside code-server's real (Node) extension host, the way VS Code's
// own browser integration tests do: open the workbench with a `payload` naming extensionDevelopmentPath
// and extensionTestsPath, print what the window reports through window.codeAutomationLog, and exit
// with the code passed to window.codeAutomationExit.
// The server MUST run with `--vscode-option enable-smoke-test-driver`, or the payload's test entries
// are ignored and the run hangs until the timeout.
//
// usage: node run-ext-tests.js --url http://127.0.0.1:PORT --dev <extDevPath> [--dev ...]
//          --tests <extTestsPath> [--open <folder | x.code-workspace>]
// env:   DEPS, CHROMIUM (default /usr/bin/chromium), TEST_TIMEOUT_MS (default 585000),
//        SHOT_ON_TIMEOUT (png of the hung workbench), EXT_ENV (JSON env for the extension host), VERBOSE
// The extension host also gets RR_UI_DRIVER: the URL of the UI driver (ui-driver.js) through which tests click
// in this page.
'use strict';
const os = require('os');
const path = require('path');
const util = require('util');

const DEPS = process.env.DEPS || path.join(os.homedir(), '.cache/vscode-host');
const { chromium } = require(path.join(DEPS, 'tools/node_modules/playwright-core'));
const { startUiDriver } = require('./ui-driver');

// Flags that work headless as root on a machine without network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function parseArgs(argv) {
  const o = { dev: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (v === undefined) throw new Error(`missing value for ${k}`);
    if (k === '--url') o.url = v;
    else if (k === '--dev') o.dev.push(path.resolve(v));
    else if (k === '--tests') o.tests = path.resolve(v);
    else if (k === '--open') o.open = path.resolve(v);
    else throw new Error(`unknown argument ${k}`);
  }
  if (!o.url || !o.dev.length || !o.tests) throw new Error('need --url, --dev and --tests');
  return o;
}

// Lines the workbench and the server log on every offline start; not test output.
const NOISE = /^(Resolv|Creating a socket|\[reconnection-grace-time\]|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\]|\[Service Worker\]|Updating additional builtin)|ENOTFOUND open-vsx\.org|^Canceled: Canceled|^Creation of workbench contribution|authentication provider 'github' to register|^No search provider registered for scheme: vscode-remote/;

(async () => {
  const o = parseArgs(process.argv.slice(2));
  const server = new URL(o.url);
  const remote = (p) => `vscode-remote://${server.host}${p}`;
  const payload = [
    ...o.dev.map((d) => ['extensionDevelopmentPath', remote(d)]),
    ['extensionTestsPath', remote(o.tests)],
    ['enableProposedApi', ''],
    ['skipWelcome', 'true'],
  ];
  // Tests that click in the workbench ask the UI driver (ui-driver.js), whose URL the extension host gets as RR_UI_DRIVER.
  let page;
  const driver = await startUiDriver(() => page);
  payload.push(['extensionEnvironment', JSON.stringify({ ...JSON.parse(process.env.EXT_ENV || '{}'), RR_UI_DRIVER: driver.url })]);
  const target = !o.open ? '' : o.open.endsWith('.code-workspace') ? `workspace=${encodeURIComponent(o.open)}&` : `folder=${encodeURIComponent(o.open)}&`;
  const url = `${server.origin}/?${target}payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const t0 = Date.now();
  // launch() gives chromium a fresh temporary profile (user-data-dir) and deletes it on close.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let done = false;
  const finish = async (code) => {
    if (done) return;
    done = true;
    await browser.close().catch(() => {});
    process.exit(code);
  };
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const timer = setTimeout(async () => {
    console.error(`TIMEOUT: tests did not finish within ${Date.now() - t0} ms`);
    if (process.env.SHOT_ON_TIMEOUT) {
      await page.screenshot({ path: process.env.SHOT_ON_TIMEOUT }).catch(() => {});
      console.error(`screenshot of the workbench: ${process.env.SHOT_ON_TIMEOUT}`);
    }
    await finish(124);
  }, +(process.env.TEST_TIMEOUT_MS || 585000));

  page.on('pageerror', (e) => console.error('[pageerror]', e.message));
  if (process.env.VERBOSE) page.on('console', (m) => console.log(`[browser ${m.type()}]`, m.text().slice(0, 1000)));
  // Window and extension-host console output, including mocha's reporter, arrives here.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...args);
    if (process.env.VERBOSE || !NOISE.test(line)) (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', async (code) => {
    clearTimeout(timer);
    console.log(`extension tests finished with exit code ${code} after ${Date.now() - t0} ms`);
    await finish(code);
  });
  await page.goto(url);
})().catch((e) => { console.error(e); process.exit(2); });
