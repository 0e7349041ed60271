// Bundles the extension (Node and web worker) and the CLI with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'info',
};

/**
 * The SPDX license texts (5 MB) are read only when `init` matches a LICENSE file. They go into a file of
 * their own, dist/spdx-license-texts.js, required on first use, so the extension and the CLI load and
 * start without parsing them. The web worker has no file to require: there the texts are an empty list,
 * and a license is taken from the card or a package manifest, or asked for.
 */
const LICENSE_TEXTS = 'spdx-license-list/full.js';
const LICENSE_TEXTS_FILTER = /^spdx-license-list\/full(?:\.js)?$/;
const licenseTextsApart = {
  name: 'license-texts-apart',
  setup(build) {
    build.onResolve({ filter: LICENSE_TEXTS_FILTER }, () => ({ path: './spdx-license-texts.js', external: true }));
  },
};
const noLicenseTexts = {
  name: 'no-license-texts',
  setup(build) {
    build.onResolve({ filter: LICENSE_TEXTS_FILTER }, () => ({ path: 'spdx-license-texts', namespace: 'no-license-texts' }));
    build.onLoad({ filter: /.*/, namespace: 'no-license-texts' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

// The CycloneDX library loads its XML and schema-validation helpers only if these optional packages are
// installed (inside try/catch); the BOM is JSON and never validated at run time, so they stay out.
const optional = ['xmlbuilder2', 'libxmljs2', 'ajv-formats-draft2019'];
const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', ...optional], plugins: [licenseTextsApart] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: optional, plugins: [licenseTextsApart] },
  { ...common, sourcemap: false, entryPoints: [LICENSE_TEXTS], outfile: 'dist/spdx-license-texts.js' },
  // VS Code for the Web loads "browser" into a web worker as CommonJS, with `vscode` provided. No Node
  // built-in may be reached from src/extension/web.ts: the build fails if one is.
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    entryPoints: ['src/extension/web.ts'],
    outfile: 'dist/web/extension.js',
    external: ['vscode'],
    plugins: [noLicenseTexts],
  },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
