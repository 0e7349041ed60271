// Extension-test payload of vsix-smoke.sh, run inside code-server's extension host. The extension under
// test is the one installed from the .vsix (--install-extension), NOT a development folder: this checks
// that it is there, that it activated by itself (activationEvents) on the examples, that its commands
// are registered, that it publishes the diagnostics the CLI reports for the examples and that it shows a
// rule's page from its own files.
// Plain JavaScript, so it runs without a build. Exit code: the rejection of run() makes it 1.
'use strict';
const path = require('path');
const vscode = require('vscode');

const ID = 'ai-release-readiness.ai-release-readiness';
const SOURCE = 'AI Release Readiness';

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, fn, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(100);
  }
}
const ruleOf = (d) => String(typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

exports.run = async function run() {
  const t0 = Date.now();
  const check = (ok, what) => {
    if (!ok) throw new Error(`FAIL: ${what}`);
    console.log(`ok - ${what}`);
  };
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  check(!!folder, 'a workspace folder (a copy of examples/) is open');

  const ext = vscode.extensions.getExtension(ID);
  check(!!ext, `extension ${ID} is present`);
  const extsDir = process.env.RR_VSIX_EXTS_DIR;
  check(!!extsDir && path.resolve(ext.extensionPath).startsWith(path.resolve(extsDir) + path.sep),
    `it is the installed .vsix (${ext.extensionPath}), not a development folder`);
  console.log(`  version ${ext.packageJSON.version}, VS Code ${vscode.version}`);

  // Activation must come from the extension's own activationEvents (workspaceContains a manifest).
  await until('the extension to activate by itself', () => ext.isActive, 60000);
  check(ext.isActive, `activated through its activationEvents (after ${Date.now() - t0} ms of the test run)`);
  // A bundle that throws still counts as "active"; our activate() returns the API.
  check(!!(ext.exports && ext.exports.service), 'activate() succeeded and returned the extension API');

  const commands = await vscode.commands.getCommands(true);
  for (const c of ['aiReleaseReadiness.showReport', 'aiReleaseReadiness.fixAll', 'aiReleaseReadiness.refresh']) {
    check(commands.includes(c), `command ${c} registered`);
  }

  // What `release-readiness check examples` reports, seen as diagnostics in the editor.
  const hiring = vscode.Uri.joinPath(folder.uri, 'hiring-screener/release-manifest.yaml');
  const card = vscode.Uri.joinPath(folder.uri, 'hiring-screener/MODEL_CARD.md');
  const ready = vscode.Uri.joinPath(folder.uri, 'research-model/release-manifest.yaml');
  const monorepoB = vscode.Uri.joinPath(folder.uri, 'monorepo/packages/b/.release-manifest.yaml');
  const rules = await until('diagnostics on hiring-screener/release-manifest.yaml',
    () => { const d = ours(hiring).map(ruleOf); return d.includes('risk-safeguard-missing') && d; }, 60000);
  check(rules.includes('use-out-of-scope-missing') && rules.includes('risk-safeguard-missing'),
    `hiring-screener manifest: ${rules.length} diagnostics (${[...new Set(rules)].sort().join(', ')})`);
  await until('diagnostics on hiring-screener/MODEL_CARD.md', () => ours(card).length > 0, 30000);
  check(ours(card).some((d) => ruleOf(d) === 'doc-section-missing'), `hiring-screener model card: ${ours(card).length} diagnostics`);
  await until('diagnostics on monorepo/packages/b/.release-manifest.yaml', () => ours(monorepoB).length > 0, 30000);
  check(ours(monorepoB).some((d) => ruleOf(d) === 'doc-missing'), `monorepo/packages/b (dotted manifest name): ${ours(monorepoB).length} diagnostics`);
  check(ours(ready).length === 0, 'research-model (ready): no diagnostics');

  const code = ours(hiring).find((d) => ruleOf(d) === 'use-out-of-scope-missing').code;
  check(typeof code === 'object' && /docs\/rules\/use-out-of-scope-missing\.md$/.test(String(code.target)), `rule code links to its page (${code.target})`);

  // "Show documentation" opens the rule's page from the installed extension's own files, in a Markdown preview.
  const page = vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'use-out-of-scope-missing.md');
  const shown = await vscode.commands.executeCommand('aiReleaseReadiness.openRuleDoc', 'use-out-of-scope-missing');
  await until('the Markdown preview of the bundled rule page', () => {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    return tab && tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) &&
      vscode.workspace.textDocuments.some((d) => d.uri.toString() === page.toString());
  }, 30000);
  check(shown === 'preview', `Show documentation opens ${path.relative(ext.extensionPath, page.fsPath)} of the installed extension in a Markdown preview`);

  const api = ext.exports;
  check(api.service.units().length === 5, `5 release units checked (${api.service.units().map((u) => u.result.manifestPath).join(', ')})`);
  if (api && typeof api.activationMs === 'number') {
    console.log(`  activate() took ${api.activationMs.toFixed(1)} ms; first diagnostics ${(await api.firstScanMs).toFixed(0)} ms after activation started`);
  }
  console.log(`vsix smoke test passed in ${Date.now() - t0} ms`);
};
