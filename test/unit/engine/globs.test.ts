import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../../src/core/fs';
import { discoverManifests } from '../../../src/core/engine/discover';
import { excludeTest, globSetting, includeTest, joinGlobs } from '../../../src/core/engine/globs';

const M = 'manifest_version: 1\nname: x\nartifact: model\n';
// VS Code's default files.exclude and this extension's default exclude setting.
const FILES_EXCLUDE = { '**/.git': true, '**/.svn': true, '**/.hg': true, '**/.DS_Store': true, '**/Thumbs.db': true, '**/CVS': true };
const OUR_EXCLUDE = globSetting(['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**']);
const DEFAULT_PATTERNS = ['**/release-manifest.yaml', '**/release-manifest.yml', '**/.release-manifest.yaml', '**/.release-manifest.yml'];

describe('exclude globs (files.exclude dialect)', () => {
  it('excludes what a glob set to true names, at any depth, and not what it does not', () => {
    const t = excludeTest({ '**/generated': true, 'legacy/*.yaml': true });
    assert.equal(t('generated'), true);
    assert.equal(t('a/b/generated'), true);
    assert.equal(t('legacy/release-manifest.yaml'), true);
    assert.equal(t('a/generated-not'), false);
    assert.equal(t('legacy/sub/release-manifest.yaml'), false, '* stops at a slash');
    assert.equal(t('a/legacy/release-manifest.yaml'), false, 'a glob without **/ is anchored at the folder root');
  });

  it('leaves a glob set to false (or to anything but true or an object) off', () => {
    const t = excludeTest({ '**/off': false, '**/null': null, '**/text': 'yes', '**/on': true });
    assert.deepEqual(['off', 'null', 'text', 'on'].map((p) => t(`x/${p}`)), [false, false, false, true]);
  });

  it('a later setting cannot switch off a glob of an earlier one (each list excludes on its own)', () => {
    const t = excludeTest(globSetting(['**/node_modules/**']), { '**/node_modules/**': false });
    assert.equal(t('node_modules/pkg/release-manifest.yaml'), true);
  });

  it('an exclusion ending in /** also names the folder itself, so a walk does not enter it', () => {
    const t = excludeTest(OUR_EXCLUDE);
    assert.equal(t('node_modules'), true);
    assert.equal(t('packages/a/node_modules'), true);
    assert.equal(t('packages/a/node_modules/x/release-manifest.yaml'), true);
    assert.equal(t('packages/a/node_modules_old'), false);
    assert.equal(t('outputs/release-manifest.yaml'), false);
  });

  it('matches names that start with a dot, case-sensitively, without negation or comments', () => {
    assert.equal(excludeTest({ '**/*': true })('a/.hidden'), true, '* matches dotfiles as in VS Code');
    assert.equal(excludeTest(FILES_EXCLUDE)('models/.git'), true);
    assert.equal(excludeTest({ '**/Build': true })('build'), false, 'case-sensitive');
    assert.equal(excludeTest({ '!**/keep': true })('x/keep'), false, '! is not a negation: the glob names a literal "!"');
    assert.equal(excludeTest({ '#x': true })('#x'), true, '# is not a comment');
    assert.equal(excludeTest({ '**/{gen,tmp}': true })('a/tmp'), true, 'braces');
    assert.equal(excludeTest({ '**/v[0-9]': true })('a/v2'), true, 'character classes');
  });

  it('honours a { "when": "$(basename).ext" } sibling condition', () => {
    const t = excludeTest({ '**/*.yaml': { when: '$(basename).yml' } });
    const siblings = (names: string[]) => (n: string) => names.includes(n);
    assert.equal(t('a/release-manifest.yaml', siblings(['release-manifest.yaml', 'release-manifest.yml'])), true);
    assert.equal(t('a/release-manifest.yaml', siblings(['release-manifest.yaml', 'other.yml'])), false);
    assert.equal(t('a/release-manifest.yaml'), false, 'unknown siblings: the condition does not hold');
    // $(basename) is the name without its last extension, also for a dotted name.
    assert.equal(excludeTest({ '**/*.yaml': { when: '$(basename).lock' } })('.release-manifest.yaml', siblings(['.release-manifest.lock'])), true);
  });

  it('ignores globs that cannot be compiled, keeping the others', () => {
    const t = excludeTest({ ['x'.repeat(70_000)]: true, '**/gen': true });
    assert.equal(t('gen'), true);
  });
});

describe('manifest patterns', () => {
  it('include the default manifest names at any depth and nothing else', () => {
    const t = includeTest(DEFAULT_PATTERNS);
    assert.equal(t('release-manifest.yaml'), true);
    assert.equal(t('a/b/.release-manifest.yml'), true);
    assert.equal(t('a/release-manifest.yaml.bak'), false);
    assert.equal(t('a/my-release-manifest.yaml'), false);
  });

  it('join into one brace glob for a single search, except globs that hold braces or commas', () => {
    assert.deepEqual(joinGlobs(DEFAULT_PATTERNS), [`{${DEFAULT_PATTERNS.join(',')}}`]);
    assert.deepEqual(joinGlobs(['**/a.yaml']), ['**/a.yaml']);
    assert.deepEqual(joinGlobs(['**/a.yaml', '**/{b,c}.yaml', '**/d.yaml']), ['{**/a.yaml,**/d.yaml}', '**/{b,c}.yaml']);
    assert.deepEqual(joinGlobs([]), []);
  });
});

describe('discoverManifests with glob settings (the editor walk)', () => {
  const files = {
    'release-manifest.yaml': M,
    'models/a/release-manifest.yaml': M,
    'models/a/release-manifest.yml': M,
    'node_modules/pkg/release-manifest.yaml': M,
    'packages/x/node_modules/dep/release-manifest.yaml': M,
    'generated/release-manifest.yaml': M,
    'build/release-manifest.yaml': M,
    '.venv/release-manifest.yaml': M,
    'custom/ai-release.yaml': M,
    'custom/release-manifest.yaml': M,
    'custom/ai-release.txt': M,
  };
  const walk = (patterns: string[], ...settings: Record<string, unknown>[]) =>
    discoverManifests(new MemoryFileSystem(files), [''], { includeTest: includeTest(patterns), excludeTest: excludeTest(...settings), defaultExcludes: false });

  it('leaves out what the exclude settings name and keeps the rest, the core default folders included', async () => {
    const r = await walk(DEFAULT_PATTERNS, OUR_EXCLUDE, { ...FILES_EXCLUDE, '**/generated': true });
    assert.deepEqual(r.manifests, ['.venv/release-manifest.yaml', 'build/release-manifest.yaml', 'custom/release-manifest.yaml', 'models/a/release-manifest.yaml', 'release-manifest.yaml']);
  });

  it('without a files.exclude entry, the folder is searched', async () => {
    const r = await walk(DEFAULT_PATTERNS, OUR_EXCLUDE);
    assert.ok(r.manifests.includes('generated/release-manifest.yaml'));
  });

  it('takes files the patterns name, YAML only, a non-standard name first in its folder', async () => {
    const r = await walk([...DEFAULT_PATTERNS, '**/ai-release.*'], OUR_EXCLUDE);
    assert.ok(r.manifests.includes('custom/ai-release.yaml'));
    assert.ok(!r.manifests.includes('custom/release-manifest.yaml'));
    assert.ok(r.skipped.some((s) => s.path === 'custom/ai-release.txt' && /expected a \.yaml/.test(s.reason)));
  });

  it('tells each manifest it finds while walking, once', async () => {
    const told: string[] = [];
    const r = await discoverManifests(new MemoryFileSystem(files), [''], { onManifest: (m) => told.push(m) });
    assert.deepEqual([...told].sort(), r.manifests);
  });

  it('applies a sibling condition with the listing of the folder', async () => {
    const r = await walk(DEFAULT_PATTERNS, OUR_EXCLUDE, { '**/release-manifest.yaml': { when: '$(basename).yml' } });
    assert.ok(!r.manifests.includes('models/a/release-manifest.yaml'), 'excluded: its .yml sibling exists');
    assert.ok(r.manifests.includes('models/a/release-manifest.yml'), 'the sibling is the unit now');
    assert.ok(r.manifests.includes('release-manifest.yaml'), 'no sibling: kept');
  });
});
