// Scenes for `npm run screenshots` on a repository with no release manifest yet (a real Hugging Face model
// repository from test/fixtures/init-repos): the welcome view offering a draft from the repository's
// cards, and the first question with the inferred answer preselected.
'use strict';

module.exports = [
  {
    name: 'welcome-from-cards',
    async run(ui) {
      await ui.openFile('README.md');
      await ui.openViewContainer('Release Readiness');
      const button = ui.page.locator('.part.sidebar .welcome-view-content a, .part.sidebar .welcome-view-content .monaco-button', { hasText: "Draft from This Repository's Cards" }).first();
      await button.waitFor({ timeout: 30000 });
      // Away from the activity bar, whose tooltip would cover the view.
      await ui.page.mouse.move(900, 600);
      await ui.wait(1200);
      await ui.shot('welcome-from-cards');
      await button.click();
      // The first question: the inferred artifact kind is preselected, with where it came from.
      await ui.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'inferred' }).first().waitFor({ timeout: 30000 });
      await ui.wait(600);
      await ui.shot('create-from-cards');
    },
  },
];
