// Web links to the project (rule pages in SARIF, JSON, Markdown and diagnostics; the tool's page in the AI
// BOM) come from package.json's `repository` and nowhere else: changing that one field moves them all.
import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { RULE_DOCS_BASE, ruleDocUrl } from '../../../src/core/types';
import { TOOL_INFORMATION_URI, repositoryWebUrl, ruleDocsBase } from '../../../src/core/version';
import { REPO } from '../helpers/examples';

const PACKAGE_JSON = path.join(REPO, 'package.json');
const pkg = JSON.parse(nodeFs.readFileSync(PACKAGE_JSON, 'utf8')) as { repository: { url: string } };

function coreFiles(dir: string): string[] {
  return nodeFs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? coreFiles(p) : /\.(ts|json)$/.test(e.name) ? [p] : [];
  });
}

describe('web links from package.json', () => {
  it("rule pages and the tool's page follow package.json's repository", () => {
    const web = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    assert.equal(TOOL_INFORMATION_URI, web);
    assert.equal(RULE_DOCS_BASE, `${web}/blob/main/docs/rules/`);
    assert.equal(ruleDocUrl('doc-missing'), `${web}/blob/main/docs/rules/doc-missing.md`);
  });

  it('reads every form npm accepts for repository', () => {
    const want = 'https://github.com/acme/fork';
    for (const form of [
      'https://github.com/acme/fork',
      'https://github.com/acme/fork.git',
      'git+https://github.com/acme/fork.git',
      'git://github.com/acme/fork.git',
      'git+ssh://git@github.com/acme/fork.git',
      'git@github.com:acme/fork.git',
      'github:acme/fork',
      'acme/fork',
      { type: 'git', url: 'https://github.com/acme/fork/' },
    ]) {
      assert.equal(repositoryWebUrl(form), want, JSON.stringify(form));
    }
    assert.equal(repositoryWebUrl('gitlab:acme/fork'), 'https://gitlab.com/acme/fork');
    assert.equal(ruleDocsBase({ url: 'https://github.com/acme/mono', directory: 'packages/rr/' }), 'https://github.com/acme/mono/blob/main/packages/rr/docs/rules/');
  });

  it('no project URL is written into the core', () => {
    const web = repositoryWebUrl(pkg.repository.url);
    const offenders = coreFiles(path.join(REPO, 'src/core')).filter((f) => nodeFs.readFileSync(f, 'utf8').includes(web));
    assert.deepEqual(offenders.map((f) => path.relative(REPO, f)), []);
  });

  it('a build from a package.json with another repository links there: SARIF, JSON and the tool page', async function () {
    this.timeout(30_000);
    // A test copy of package.json with only `repository` changed, put in place of the real one for this build.
    const fork = { ...JSON.parse(nodeFs.readFileSync(PACKAGE_JSON, 'utf8')), repository: { type: 'git', url: 'git+https://git.example.org/acme/rr-fork.git' } };
    const swapPackageJson: esbuild.Plugin = {
      name: 'forked-package-json',
      setup(build) {
        build.onLoad({ filter: /[\\/]package\.json$/ }, (args) =>
          path.resolve(args.path) === PACKAGE_JSON ? { contents: JSON.stringify(fork), loader: 'json' } : undefined,
        );
      },
    };
    const r = await esbuild.build({
      absWorkingDir: REPO,
      stdin: {
        contents: [
          "export { formatSarif, formatJson } from './src/core/format/index';",
          "export { TOOL_INFORMATION_URI } from './src/core/version';",
          "export { ruleDocUrl } from './src/core/types';",
        ].join('\n'),
        resolveDir: REPO,
        loader: 'ts',
      },
      bundle: true,
      platform: 'neutral',
      mainFields: ['module', 'main'],
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      plugins: [swapPackageJson],
    });
    const mod = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', r.outputFiles[0].text)(mod, mod.exports, require);
    const built = mod.exports as {
      formatSarif: (r: unknown, o: unknown) => string;
      formatJson: (r: unknown) => string;
      TOOL_INFORMATION_URI: string;
      ruleDocUrl: (id: string) => string;
    };
    const base = 'https://git.example.org/acme/rr-fork';
    assert.equal(built.TOOL_INFORMATION_URI, base);
    assert.equal(built.ruleDocUrl('doc-missing'), `${base}/blob/main/docs/rules/doc-missing.md`);
    const finding = {
      ruleId: 'doc-missing',
      severity: 'warning',
      family: 'documentation',
      message: 'No README',
      path: 'release-manifest.yaml',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 }, startOffset: 0, endOffset: 0 },
    };
    const result = { units: [{ manifestPath: 'release-manifest.yaml', dir: '', name: 'x', version: '1', findings: [finding], summary: { status: 'needs-work', score: 90, counts: { error: 0, warning: 1, info: 0 } }, documents: [] }], skipped: [] };
    const sarif = JSON.parse(built.formatSarif(result, { rules: [] }));
    assert.equal(sarif.runs[0].tool.driver.rules[0].helpUri, `${base}/blob/main/docs/rules/doc-missing.md`);
    assert.equal(JSON.parse(built.formatJson(result)).units[0].findings[0].helpUri, `${base}/blob/main/docs/rules/doc-missing.md`);
    assert.ok(!r.outputFiles[0].text.includes(repositoryWebUrl(pkg.repository.url)), 'nothing of the real repository URL is left in that build');
  });
});
