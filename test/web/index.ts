// Entry of the extension tests in the web-worker extension host (VS Code for the Web), bundled for the
// browser by test/web/run.ts. mocha's browser build; Node's `assert` is the npm `assert` package there.
// The suites are the integration tests that use nothing but the VS Code API, run unchanged, plus web.test.ts.
import 'mocha/mocha.js';

/** RR_TEST_GREP of the run and the URL of the runner's UI driver (set at bundle time: a web worker has no environment). */
declare const RR_TEST_GREP: string;
declare const RR_UI_DRIVER_URL: string;

export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  if (RR_TEST_GREP) mocha.grep(RR_TEST_GREP);
  // The shared suites ask this where the web worker legitimately differs (no SPDX license texts there).
  (globalThis as { RR_WEB_WORKER?: boolean }).RR_WEB_WORKER = true;
  // Where the shared suites ask the runner to click in the workbench (helpers.ts: clickInWorkbench).
  (globalThis as { RR_UI_DRIVER?: string }).RR_UI_DRIVER = RR_UI_DRIVER_URL;
  // Loaded after setup, so describe/it exist; the bundler includes each file.
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('./web.test');
  require('../integration/suite/diagnostics.test');
  require('../integration/suite/quickfix.test');
  require('../integration/suite/tree.test');
  require('../integration/suite/report.test');
  require('../integration/suite/assist.test');
  require('../integration/suite/bom.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        console.log(`web tests: ${failures} failure(s)`);
        if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
