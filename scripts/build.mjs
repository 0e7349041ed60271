// Bundles the extension and the CLI with esbuild. `--watch` rebuilds on change.
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
 * start without parsing them.
 */
const LICENSE_TEXTS = 'spdx-license-list/full.js';
const licenseTextsApart = {
  name: 'license-texts-apart',
  setup(build) {
    build.onResolve({ filter: /^spdx-license-list\/full(?:\.js)?$/ }, () => ({ path: './spdx-license-texts.js', external: true }));
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [licenseTextsApart] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [licenseTextsApart] },
  { ...common, sourcemap: false, entryPoints: [LICENSE_TEXTS], outfile: 'dist/spdx-license-texts.js' },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
