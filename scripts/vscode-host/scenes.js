// Scenes for `npm run screenshots` (played by shoot.js, in order, each on a fresh page with the
// folder open). Add one object per picture: { name, run: async (ui) => { ...; await ui.shot('file-name') } }.
// Helpers on `ui`: openFile(rel), runCommand(title), openViewContainer(title), widenSidebar(px), gotoLine(l, c),
// gotoText(text), hover(text), quickFix(), openProblems(), closeAllEditors(), clearNotifications(),
// waitFor(selector), wait(ms), press(keys), type(text), shot(name), and ui.page (playwright Page).
// Run a subset with RR_SCENE=name1,name2 npm run screenshots.
// The folder is examples/ (five release units); the pictures are the README's.
'use strict';

const MANIFEST = 'hiring-screener/release-manifest.yaml';

/** Wait until our diagnostics reached the editor (a squiggle is drawn). */
async function waitForSquiggles(ui) {
  await ui.waitFor('.editor-instance .squiggly-error, .editor-instance .squiggly-warning', 30000);
  await ui.wait(500);
}

module.exports = [
  {
    // The sidebar checklist: units, then rule families with pass / warn / fail, then checks.
    name: 'sidebar-checklist',
    async run(ui) {
      await ui.openFile(MANIFEST);
      await ui.openViewContainer('Release Readiness');
      const row = ui.page.locator('.part.sidebar .monaco-list-row', { hasText: 'cv-screener@0.3.0' }).first();
      await row.waitFor({ timeout: 30000 });
      await ui.widenSidebar(560);
      // A unit row's click opens its manifest; the twistie expands it.
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
      await ui.page.locator('.part.sidebar .monaco-list-row', { hasText: 'High-risk deployment' }).first().waitFor();
      await waitForSquiggles(ui);
      await ui.gotoLine(25, 14);
      await ui.wait(800);
      await ui.shot('sidebar-checklist');
    },
  },
  {
    // An inline warning in the manifest with its quick-fix menu open (Ctrl+.).
    name: 'quick-fix',
    async run(ui) {
      await ui.openFile(MANIFEST);
      await waitForSquiggles(ui);
      await ui.gotoLine(25, 15); // contexts: [hiring] - the missing-safeguards error
      await ui.quickFix();
      await ui.shot('quick-fix');
    },
  },
  {
    // The readiness report from the command palette.
    name: 'report',
    async run(ui) {
      await ui.openFile(MANIFEST);
      await waitForSquiggles(ui);
      await ui.runCommand('Release Readiness: Show Report');
      // The report lives in a webview iframe (nested twice): wait for its heading.
      const frame = ui.page.frameLocator('iframe.webview').frameLocator('iframe');
      await frame.locator('h1', { hasText: 'Release Readiness Report' }).waitFor({ timeout: 30000 });
      await ui.press('Control+B'); // hide the side bar: the report gets the width
      await ui.wait(1200);
      await ui.shot('report');
    },
  },
];
