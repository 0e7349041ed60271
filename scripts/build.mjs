// Bundles the extension (a Node build and a web-worker build from the same core and adapter code) and the CLI
// with esbuild. `--watch` rebuilds on change.
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
// The CycloneDX library loads its XML and schema-validation helpers only if these optional packages are
// installed (inside try/catch); the BOM is JSON and never validated at run time, so they stay out.
const optional = ['xmlbuilder2', 'libxmljs2', 'ajv-formats-draft2019'];
const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', ...optional] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: optional },
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
  },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
