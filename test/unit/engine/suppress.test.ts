import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../../src/core/fs';
import { checkUnit, suppressionEdit } from '../../../src/core/engine/check';
import { parseMarkdownSuppressions, parseYamlSuppressions } from '../../../src/core/engine/suppress';
import { applyEdits } from '../../../src/core/text';
import { flagLines, flagName } from './helpers';

const rules = { rules: [flagLines, flagName] };

async function lines(files: Record<string, string>): Promise<string[]> {
  const r = await checkUnit(new MemoryFileSystem(files), 'release-manifest.yaml', {}, rules);
  return r.findings.map((f) => `${f.path}:${f.range.start.line + 1}:${f.ruleId}`);
}

describe('suppression comments', () => {
  it('YAML disable-next-line suppresses the next line only, for the named rule', async () => {
    const yaml = ['# release-readiness-disable-next-line test-flag-lines', 'a: FLAG', 'b: FLAG', '# release-readiness-disable-next-line other-rule', 'c: FLAG', ''].join('\n');
    assert.deepEqual(await lines({ 'release-manifest.yaml': yaml }), ['release-manifest.yaml:3:test-flag-lines', 'release-manifest.yaml:5:test-flag-lines']);
  });

  it('YAML disable-next-line with several ids, a reason, or none', async () => {
    const yaml = [
      '# release-readiness-disable-next-line test-flag-name, test-flag-lines -- known',
      'name: FLAG',
      '# release-readiness-disable-next-line',
      'x: FLAG',
      '',
    ].join('\n');
    assert.deepEqual(await lines({ 'release-manifest.yaml': yaml }), []);
  });

  it('YAML disable-line at the end of a line', async () => {
    const yaml = 'a: FLAG  # release-readiness-disable-line test-flag-lines\nb: FLAG\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': yaml }), ['release-manifest.yaml:2:test-flag-lines']);
  });

  it('YAML disable covers the whole unit, documents included', async () => {
    const yaml = 'name: x\na: FLAG\n# release-readiness-disable test-flag-lines\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': yaml, 'README.md': 'FLAG\n' }), ['release-manifest.yaml:1:test-flag-name']);
  });

  it('a directive inside a quoted value is not a comment', async () => {
    const yaml = 'a: "x#release-readiness-disable"\nb: FLAG\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': yaml }), ['release-manifest.yaml:2:test-flag-lines']);
  });

  it('only real YAML comments suppress: a directive written inside a value is part of the value', async () => {
    const real = 'a: FLAG # release-readiness-disable-line test-flag-lines\nb: FLAG\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': real }), ['release-manifest.yaml:2:test-flag-lines']);
    const inside = [
      'a: FLAG#release-readiness-disable-line test-flag-lines', // no space before '#': a plain scalar
      "b: 'FLAG # release-readiness-disable-line test-flag-lines'", // quoted
      'c: |', // block scalar: its lines are text, not comments
      '  FLAG',
      '  # release-readiness-disable test-flag-lines',
      'd: >-',
      '  # release-readiness-disable-next-line test-flag-lines',
      '  FLAG',
      '',
    ].join('\n');
    assert.deepEqual(await lines({ 'release-manifest.yaml': inside }), [1, 2, 4, 8].map((n) => `release-manifest.yaml:${n}:test-flag-lines`));
    assert.equal(parseYamlSuppressions(inside).file.size, 0);
    assert.equal(parseYamlSuppressions(inside).lines.size, 0);
  });

  it('a comment ending a multi-line plain scalar suppresses its line; the same text in a block scalar does not', () => {
    const plain = 'summary: first line\n  second FLAG # release-readiness-disable-line test-flag-lines\n';
    assert.deepEqual([...(parseYamlSuppressions(plain).lines.get(1) ?? [])], ['test-flag-lines']);
    const block = 'summary: |\n  second FLAG # release-readiness-disable-line test-flag-lines\n';
    assert.equal(parseYamlSuppressions(block).lines.size, 0);
  });

  it('in Markdown front matter, only YAML comments suppress', () => {
    const card = "---\n# release-readiness-disable-next-line test-flag-lines\nlicense: FLAG\ndescription: 'x # release-readiness-disable test-flag-lines'\n---\n# Card\n";
    const s = parseMarkdownSuppressions(card);
    assert.deepEqual([...(s.lines.get(2) ?? [])], ['test-flag-lines']);
    assert.equal(s.file.size, 0);
  });

  it('disable-next-line above a block scalar covers the scalar', async () => {
    const yaml = '# release-readiness-disable-next-line test-flag-lines\nsummary: |\n  one FLAG\n  two FLAG\nnext: FLAG\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': yaml }), ['release-manifest.yaml:5:test-flag-lines']);
  });

  it('Markdown disable-next-line and whole-file disable', async () => {
    const readme = '# T\n<!-- release-readiness-disable-next-line test-flag-lines -->\nFLAG\n\nFLAG\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': 'x: 1\n', 'README.md': readme }), ['README.md:5:test-flag-lines']);
    const off = 'FLAG\n<!-- release-readiness-disable test-flag-lines -->\nFLAG\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': 'x: 1\n', 'README.md': off }), []);
    const other = 'FLAG\n<!-- release-readiness-disable some-other-rule -->\n';
    assert.deepEqual(await lines({ 'release-manifest.yaml': 'x: 1\n', 'README.md': other }), ['README.md:1:test-flag-lines']);
  });

  it('a Markdown directive does not reach the manifest, nor a YAML one in a card', async () => {
    const r = await lines({ 'release-manifest.yaml': 'a: FLAG\n', 'README.md': '# x\n<!-- release-readiness-disable -->\n# release-readiness-disable\n' });
    assert.deepEqual(r, ['release-manifest.yaml:1:test-flag-lines']);
    const s = parseMarkdownSuppressions('# release-readiness-disable\n');
    assert.equal(s.file.size, 0);
    assert.equal(parseYamlSuppressions('a: b # release-readiness-disabled\n').file.size, 0);
  });
});

describe('suppressionEdit', () => {
  const finding = (line: number, character = 0) => ({
    ruleId: 'test-flag-lines',
    range: { start: { line, character }, end: { line, character }, startOffset: 0, endOffset: 0 },
  });

  it('inserts a YAML comment above the line with its indentation, and the finding disappears', async () => {
    const yaml = 'intended_use:\n  summary: FLAG\n';
    const edit = suppressionEdit(yaml, 'release-manifest.yaml', finding(1, 11));
    const fixed = applyEdits(yaml, [edit]);
    assert.equal(fixed, 'intended_use:\n  # release-readiness-disable-next-line test-flag-lines\n  summary: FLAG\n');
    assert.deepEqual(await lines({ 'release-manifest.yaml': fixed }), []);
  });

  it('goes above the key of a block scalar, keeps CRLF', () => {
    const yaml = 'a:\r\n  text: |\r\n    one\r\n    FLAG\r\n';
    const fixed = applyEdits(yaml, [suppressionEdit(yaml, 'release-manifest.yaml', finding(3, 4))]);
    assert.equal(fixed, 'a:\r\n  # release-readiness-disable-next-line test-flag-lines\r\n  text: |\r\n    one\r\n    FLAG\r\n');
  });

  it('inserts an HTML comment in Markdown, a YAML comment in front matter', async () => {
    const md = '---\nlicense: FLAG\n---\n# T\n\n- item FLAG\n';
    const e1 = suppressionEdit(md, 'README.md', finding(5, 7));
    const e2 = suppressionEdit(md, 'README.md', finding(1, 9));
    const fixed = applyEdits(md, [e1, e2]);
    assert.equal(fixed, '---\n# release-readiness-disable-next-line test-flag-lines\nlicense: FLAG\n---\n# T\n\n<!-- release-readiness-disable-next-line test-flag-lines -->\n- item FLAG\n');
    assert.deepEqual(await lines({ 'release-manifest.yaml': 'x: 1\n', 'README.md': fixed }), []);
  });

  it('keeps a BOM first', () => {
    const yaml = '\ufeffname: FLAG\n';
    assert.equal(applyEdits(yaml, [suppressionEdit(yaml, 'm.yaml', finding(0))]), '\ufeff# release-readiness-disable-next-line test-flag-lines\nname: FLAG\n');
  });
});
