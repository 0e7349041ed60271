// Scenes for `npm run screenshots:web` (played by shoot.js in the VS Code web build that @vscode/test-web
// serves, examples/ mounted as the workspace; the extension runs in the web-worker extension host).
// Helpers on `ui`: see scenes.js.
'use strict';

const MANIFEST = 'hiring-screener/release-manifest.yaml';

module.exports = [
  {
    // The sidebar checklist and a diagnostic with its hover, in VS Code for the Web.
    name: 'web-checklist',
    async run(ui) {
      await ui.closeAllEditors(); // the Welcome page
      await ui.openFile(MANIFEST);
      // The activity-bar entry (its badge counts the blocking items and covers the icon's centre).
      await ui.page.locator('.part.activitybar .action-item:has([aria-label^="Release Readiness"])').first().click();
      await ui.wait(800);
      const row = ui.page.locator('.part.sidebar .monaco-list-row', { hasText: 'cv-screener@0.3.0' }).first();
      await row.waitFor({ timeout: 60000 });
      await ui.widenSidebar(520);
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
      await ui.page.locator('.part.sidebar .monaco-list-row', { hasText: 'High-risk deployment' }).first().waitFor();
      await ui.waitFor('.editor-instance .squiggly-error, .editor-instance .squiggly-warning', 60000);
      // contexts: [hiring] - the missing-safeguards error, shown by its hover (Ctrl+K Ctrl+I)
      await ui.gotoLine(25, 15);
      await ui.press('Control+K');
      await ui.press('Control+I');
      await ui.page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'visible', timeout: 15000 });
      await ui.wait(800);
      await ui.shot('web-checklist');
    },
  },
];
