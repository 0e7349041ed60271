// Screenshot driver: opens code-server's workbench in headless chromium and plays "scenes" from a JS
// module (default ./scenes.js). A scene is { name, run: async (ui) => {...} }; each one gets a fresh
// browser page on the same server and folder. `ui` has the helpers below; `ui.page` is the raw
// playwright Page for anything else. Started by screenshots.sh.
//
// usage: node shoot.js --url http://127.0.0.1:PORT --folder <abs> --out <dir> --scenes <module.js> [--debug <dir>] [--open-url-as-is 1]
//        (--debug: where failed-<scene>.png goes, so a broken scene never lands in docs/images;
//         --open-url-as-is: a server that opens its folder by itself, e.g. @vscode/test-web's mount)
// env:   RR_SCENE=name1,name2 (only these), DEPS, CHROMIUM
'use strict';
const os = require('os');
const path = require('path');

const DEPS = process.env.DEPS || path.join(os.homedir(), '.cache/vscode-host');
const { chromium } = require(path.join(DEPS, 'tools/node_modules/playwright-core'));

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1400, height: 900 };

class UI {
  constructor(page, outDir, folder) {
    this.page = page;
    this.outDir = outDir;
    /** absolute path of the opened (copied) folder, for scenes that prepare files */
    this.folder = folder;
  }

  wait(ms) { return this.page.waitForTimeout(ms); }
  press(keys) { return this.page.keyboard.press(keys); }
  type(text) { return this.page.keyboard.type(text, { delay: 10 }); }

  async waitForWorkbench() {
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60000 });
    // explorer has listed the folder: the workbench and the remote connection are up
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 }).catch(() => {});
    await this.wait(1500);
  }

  async quickInput(prefixKey, text, rowText) {
    await this.press(prefixKey);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await this.type(text);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: 15000 });
    await this.press('Enter');
  }

  /** Command palette (F1) by the command's title as shown, e.g. 'Release Readiness: Show Report'. */
  async runCommand(title) {
    await this.quickInput('F1', title, title);
    await this.wait(500);
  }

  /** Quick Open (Ctrl+P) a workspace-relative path; waits for its editor tab. */
  async openFile(relPath) {
    const base = path.basename(relPath);
    await this.quickInput('Control+P', relPath, base);
    await this.page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout: 15000 });
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
    await this.wait(500);
  }

  /** Keyboard focus into the active editor (after a panel or view took it). */
  async focusEditor() {
    await this.press('Control+1');
    await this.wait(200);
  }

  /** Go to line (and column), 1-based, in the active editor. */
  async gotoLine(line, column = 1) {
    await this.focusEditor();
    await this.press('Control+G');
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await this.type(`${line}:${column}`);
    await this.press('Enter');
    await this.wait(300);
  }

  /** Put the cursor on the first occurrence of text in the active editor (via the find widget). */
  async gotoText(text) {
    await this.focusEditor();
    await this.press('Control+F');
    await this.page.locator('.find-widget textarea, .find-widget input').first().waitFor({ state: 'visible' });
    await this.press('Control+A');
    await this.type(text);
    await this.press('Enter');
    await this.press('Escape');
    await this.wait(300);
  }

  /** Click an activity-bar entry by its title (aria-label starts with it); a no-op when already open. */
  async openViewContainer(title) {
    const item = this.page.locator(`.part.activitybar .action-item:has([aria-label^="${title}"])`).first();
    await item.waitFor({ timeout: 30000 });
    if (!/\bchecked\b/.test((await item.getAttribute('class')) || '')) await item.locator(`[aria-label^="${title}"]`).first().click();
    await this.wait(800);
  }

  /** Widen the primary side bar so checklist messages are readable (drag its sash). */
  async widenSidebar(width) {
    const sidebar = this.page.locator('.part.sidebar').first();
    const box = await sidebar.boundingBox();
    if (!box) return;
    // The sash straddles the side bar's right edge.
    const x = box.x + box.width + 1;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.wait(300);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 8 });
    await this.page.mouse.up();
    await this.wait(300);
  }

  /** Hover the first editor text matching `text` and wait for the hover widget. */
  async hover(text) {
    await this.page.locator('.editor-instance .view-line span', { hasText: text }).first().hover();
    await this.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'visible', timeout: 10000 });
    await this.wait(500);
  }

  /** Ctrl+. at the cursor: opens the quick-fix menu (fails if the editor says there are none). */
  async quickFix() {
    await this.focusEditor();
    await this.press('Control+.');
    const menu = this.page.locator('.action-widget').first();
    const none = this.page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions' }).first();
    await menu.or(none).waitFor({ state: 'visible', timeout: 10000 });
    if (await none.isVisible()) throw new Error('quickFix: no code actions at the cursor');
    await this.wait(400);
  }

  async openProblems() {
    await this.press('Control+Shift+M');
    await this.page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 10000 });
    await this.wait(500);
  }

  async closeAllEditors() { await this.runCommand('View: Close All Editors'); }
  async clearNotifications() { await this.runCommand('Notifications: Clear All Notifications'); }

  /** Waits for a selector or a locator to be visible. */
  async waitFor(selectorOrLocator, timeout = 15000) {
    const l = typeof selectorOrLocator === 'string' ? this.page.locator(selectorOrLocator).first() : selectorOrLocator;
    await l.waitFor({ state: 'visible', timeout });
  }

  /** Writes <outDir>/<name>.png of the whole 1400x900 window (or options.clip). */
  async shot(name, options = {}) {
    const file = path.join(this.outDir, `${name}.png`);
    await this.page.screenshot({ path: file, ...options });
    console.log(`  wrote ${path.relative(process.cwd(), file)}`);
    return file;
  }
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i += 2) o[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const k of ['url', 'folder', 'out', 'scenes']) if (!o[k]) throw new Error(`missing --${k}`);
  return o;
}

(async () => {
  const o = parseArgs(process.argv.slice(2));
  let scenes = require(path.resolve(o.scenes));
  if (process.env.RR_SCENE) {
    const only = new Set(process.env.RR_SCENE.split(','));
    scenes = scenes.filter((s) => only.has(s.name));
  }
  if (!scenes.length) throw new Error('no scenes to play');
  const url = o['open-url-as-is'] ? o.url : `${new URL(o.url).origin}/?folder=${encodeURIComponent(o.folder)}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const failed = [];
  for (const scene of scenes) {
    const t0 = Date.now();
    console.log(`scene ${scene.name}`);
    // fresh page per scene: no leftover widgets or focus from the previous one
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('  [pageerror]', e.message));
    const ui = new UI(page, o.out, o.folder);
    try {
      await page.goto(url);
      await ui.waitForWorkbench();
      await scene.run(ui);
      console.log(`  done in ${Date.now() - t0} ms`);
    } catch (e) {
      failed.push(scene.name);
      console.error(`  FAILED: ${e.message}`);
      await page.screenshot({ path: path.join(o.debug || o.out, `failed-${scene.name}.png`) }).catch(() => {});
    }
    await context.close();
  }
  await browser.close();
  if (failed.length) {
    console.error(`failed scenes: ${failed.join(', ')} (see failed-*.png in ${o.debug || o.out})`);
    process.exit(1);
  }
})().catch((e) => { console.error(e); process.exit(2); });
