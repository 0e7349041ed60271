// Loaded inside the VS Code extension host (extensionTestsPath): runs with mocha every
// out/test/integration/suite/**/*.test.js in the normal (trusted) pass, only the **/*.restricted.test.js
// files in the restricted-mode pass (RR_TEST_RESTRICTED=1) and only **/*.multiroot.test.js in the
// multi-root pass (RR_TEST_MULTIROOT=1); see runTest.ts.
// Tests use the BDD interface (describe/it), like the unit tests; suite()/test() are not defined here.
import * as fs from 'fs';
import * as path from 'path';

// mocha 12's entry is an ES module: require() yields the class on Node 24 and a namespace with
// `default` on Node 20, so accept both.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mochaExport = require('mocha') as typeof import('mocha') & { default?: typeof import('mocha') };
const Mocha = mochaExport.default ?? mochaExport;

function findTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? findTests(p) : e.name.endsWith('.test.js') ? [p] : [];
  }).sort();
}

export function run(): Promise<void> {
  // Real UI work (activation, diagnostics after an edit) can take seconds on a 2-core CI machine.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  if (process.env.RR_TEST_GREP) mocha.grep(process.env.RR_TEST_GREP);
  // Each pass runs its own files: *.restricted.test.js, *.multiroot.test.js, or all the others.
  const special = ['.restricted.test.js', '.multiroot.test.js'];
  const suffix = process.env.RR_TEST_RESTRICTED === '1' ? special[0] : process.env.RR_TEST_MULTIROOT === '1' ? special[1] : undefined;
  for (const f of findTests(__dirname)) {
    if (suffix ? f.endsWith(suffix) : !special.some((x) => f.endsWith(x))) mocha.addFile(f);
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        console.log(`integration tests: ${failures} failure(s)`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
