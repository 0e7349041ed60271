import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/core/manifest/parse';
import { appendToSequence, detectIndentUnit, insertKey, removeKey, replaceValue, yamlScalar } from '../../../src/core/manifest/edit';
import type { YamlPath } from '../../../src/core/manifest/model';
import { applyEdits } from '../../../src/core/text';
import type { TextEdit } from '../../../src/core/types';

function comments(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)(#[^\r\n]*)/g)].map((m) => m[1]);
}

/** Apply, re-parse and check everything the brief promises about an edit; returns the new text. */
function check(src: string, edits: TextEdit[], path: YamlPath, expected: unknown): string {
  assert.ok(edits.length > 0, 'expected at least one edit');
  const out = applyEdits(src, edits);
  const m = parseManifest('release-manifest.yaml', out);
  assert.deepEqual(m.syntaxErrors, [], `result does not parse:\n${out}`);
  assert.deepEqual(m.get(path), expected);
  for (const c of comments(src)) assert.ok(out.includes(c), `comment lost: ${c}`);
  const lo = Math.min(...edits.map((e) => e.startOffset));
  const hi = Math.max(...edits.map((e) => e.endOffset));
  assert.ok(out.startsWith(src.slice(0, lo)), 'text before the edit changed');
  assert.ok(out.endsWith(src.slice(hi)), 'text after the edit changed');
  return out;
}

const pm = (src: string) => parseManifest('release-manifest.yaml', src);

describe('manifest edits', () => {
  describe('insertKey', () => {
    it('appends to the top level after the last item and its trailing comment, before trailing comments', () => {
      const src = '# header\nname: x # the name\nversion: 1.0.0  # v\n\n# about the next key\n';
      const out = check(src, insertKey(pm(src), [], 'artifact', 'model'), ['artifact'], 'model');
      assert.equal(out, '# header\nname: x # the name\nversion: 1.0.0  # v\nartifact: model\n\n# about the next key\n');
    });

    it('uses the indentation of the existing mapping (4 spaces)', () => {
      const src = 'name: x\nrelease:\n    purpose: research # why\n    # inner comment\nother: 1\n';
      const out = check(src, insertKey(pm(src), ['release'], 'non_commercial', 'true'), ['release', 'non_commercial'], true);
      assert.equal(out, 'name: x\nrelease:\n    purpose: research # why\n    non_commercial: true\n    # inner comment\nother: 1\n');
    });

    it('creates a missing parent at the file indentation, with a block value', () => {
      const src = 'name: x\nrelease:\n    purpose: research\n';
      const edits = insertKey(pm(src), ['intended_use'], 'out_of_scope', '- medical diagnosis\n- hiring');
      const out = check(src, edits, ['intended_use', 'out_of_scope'], ['medical diagnosis', 'hiring']);
      assert.equal(out, 'name: x\nrelease:\n    purpose: research\nintended_use:\n    out_of_scope:\n        - medical diagnosis\n        - hiring\n');
    });

    it('creates parents recursively', () => {
      const src = 'name: x\n';
      check(src, insertKey(pm(src), ['a', 'b'], 'c', 'd'), ['a', 'b', 'c'], 'd');
    });

    it('keeps CRLF line endings', () => {
      const src = 'name: x\r\nrelease:\r\n  purpose: research\r\n';
      const out = check(src, insertKey(pm(src), ['release'], 'weights_public', 'false'), ['release', 'weights_public'], false);
      assert.equal(out, 'name: x\r\nrelease:\r\n  purpose: research\r\n  weights_public: false\r\n');
      assert.ok(!/[^\r]\n/.test(out), 'a bare LF slipped in');
    });

    it('keeps CRLF in a created multi-line block', () => {
      const src = 'name: x\r\n';
      const out = check(src, insertKey(pm(src), [], 'intended_use', 'summary: s\nusers: [a]'), ['intended_use', 'users'], ['a']);
      assert.ok(!/[^\r]\n/.test(out), 'a bare LF slipped in');
    });

    it('keeps the BOM and inserts after it when inserting first', () => {
      const src = '\uFEFFname: x\n';
      const out = check(src, insertKey(pm(src), [], 'manifest_version', '1', { first: true }), ['manifest_version'], 1);
      assert.equal(out, '\uFEFFmanifest_version: 1\nname: x\n');
    });

    it('appends in a file with a BOM', () => {
      const src = '\uFEFFname: x\nrelease:\n  purpose: research\n';
      const out = check(src, insertKey(pm(src), ['release'], 'non_commercial', 'true'), ['release', 'non_commercial'], true);
      assert.ok(out.startsWith('\uFEFF'));
    });

    it('handles a file without a final newline', () => {
      const src = 'name: x\nrelease:\n  purpose: research';
      const out = check(src, insertKey(pm(src), [], 'version', '0.1.0'), ['version'], '0.1.0');
      assert.equal(out, 'name: x\nrelease:\n  purpose: research\nversion: 0.1.0');
    });

    it('inserts into an empty file', () => {
      const out = check('', insertKey(pm(''), [], 'manifest_version', '1'), ['manifest_version'], 1);
      assert.equal(out, 'manifest_version: 1\n');
    });

    it('inserts into a comment-only file without a final newline', () => {
      const src = '# release manifest';
      const out = check(src, insertKey(pm(src), [], 'name', 'x'), ['name'], 'x');
      assert.equal(out, '# release manifest\nname: x\n');
    });

    it('inserts a top-level key after a top-level key at the end of the file', () => {
      const src = 'name: x\nlicense: mit';
      check(src, insertKey(pm(src), [], 'version', '1.0.0'), ['version'], '1.0.0');
    });

    it('inserts inside a flow mapping', () => {
      const src = 'release: {purpose: research} # flow\n';
      const out = check(src, insertKey(pm(src), ['release'], 'non_commercial', 'true'), ['release', 'non_commercial'], true);
      assert.equal(out, 'release: {purpose: research, non_commercial: true} # flow\n');
    });

    it('inserts inside an empty flow mapping, converting a block value to flow', () => {
      const src = 'attestations: {}\n';
      check(src, insertKey(pm(src), ['attestations'], 'reviewed', 'by: Ana\ndate: 2025-01-31'), ['attestations', 'reviewed'], { by: 'Ana', date: '2025-01-31' });
    });

    it('puts the block below a key with an empty value', () => {
      const src = 'name: x\nintended_use:   # fill me\nversion: 1.0.0\n';
      const out = check(src, insertKey(pm(src), ['intended_use'], 'summary', 'Sentiment'), ['intended_use', 'summary'], 'Sentiment');
      assert.equal(out, 'name: x\nintended_use:   # fill me\n  summary: Sentiment\nversion: 1.0.0\n');
    });

    it('replaces an explicit null (~) by the block', () => {
      const src = 'intended_use: ~ # later\n';
      check(src, insertKey(pm(src), ['intended_use'], 'summary', 'S'), ['intended_use', 'summary'], 'S');
    });

    it('inserts after a block scalar, not inside it', () => {
      const src = 'intended_use:\n  summary: |\n    line one\n    line two\n\n# next\nname: x\n';
      const out = check(src, insertKey(pm(src), ['intended_use'], 'users', '[researchers]'), ['intended_use', 'users'], ['researchers']);
      assert.equal(pm(out).get(['intended_use', 'summary']), 'line one\nline two\n');
    });

    it('returns no edit when the parent is a scalar', () => {
      assert.deepEqual(insertKey(pm('release: yes\n'), ['release'], 'purpose', 'research'), []);
    });

    it('quotes keys and values only when needed', () => {
      const src = 'name: x\n';
      check(src, insertKey(pm(src), [], 'note', yamlScalar('a: b')), ['note'], 'a: b');
    });
  });

  describe('replaceValue', () => {
    it('replaces only the scalar, keeping the comment', () => {
      const src = 'artifact: modle # kind\nname: x\n';
      const edits = replaceValue(pm(src), ['artifact'], 'model');
      const out = check(src, edits, ['artifact'], 'model');
      assert.equal(out, 'artifact: model # kind\nname: x\n');
    });

    it('fills an empty value', () => {
      const src = 'artifact:\nname: x\n';
      assert.equal(check(src, replaceValue(pm(src), ['artifact'], 'dataset'), ['artifact'], 'dataset'), 'artifact: dataset\nname: x\n');
    });

    it('inserts the key when absent', () => {
      const src = 'name: x\n';
      check(src, replaceValue(pm(src), ['release', 'purpose'], 'research'), ['release', 'purpose'], 'research');
    });
  });

  describe('appendToSequence', () => {
    it('appends a block item at the items indentation, after a trailing comment', () => {
      const src = 'intended_use:\n  users:\n    - researchers # main\n  limitations: [English only]\n';
      const out = check(src, appendToSequence(pm(src), ['intended_use', 'users'], 'students'), ['intended_use', 'users'], ['researchers', 'students']);
      assert.equal(out, 'intended_use:\n  users:\n    - researchers # main\n    - students\n  limitations: [English only]\n');
    });

    it('appends to a flush block list', () => {
      const src = 'out_of_scope:\n- hiring\n- credit scoring\n';
      const out = check(src, appendToSequence(pm(src), ['out_of_scope'], 'medical diagnosis'), ['out_of_scope'], ['hiring', 'credit scoring', 'medical diagnosis']);
      assert.equal(out, 'out_of_scope:\n- hiring\n- credit scoring\n- medical diagnosis\n');
    });

    it('appends a mapping item with aligned continuation lines', () => {
      const src = 'list:\n  - a: 1\n';
      check(src, appendToSequence(pm(src), ['list'], 'a: 2\nb: 3'), ['list'], [{ a: 1 }, { a: 2, b: 3 }]);
    });

    it('appends to a flow list', () => {
      const src = 'users: [a, b]  # who\n';
      assert.equal(check(src, appendToSequence(pm(src), ['users'], 'c d'), ['users'], ['a', 'b', 'c d']), 'users: [a, b, c d]  # who\n');
    });

    it('appends to an empty flow list', () => {
      const src = 'users: []\n';
      assert.equal(check(src, appendToSequence(pm(src), ['users'], 'a'), ['users'], ['a']), 'users: [a]\n');
    });

    it('creates the key with a one-item list when absent', () => {
      const src = 'intended_use:\n  summary: s\n';
      const out = check(src, appendToSequence(pm(src), ['intended_use', 'out_of_scope'], 'hiring'), ['intended_use', 'out_of_scope'], ['hiring']);
      assert.equal(out, 'intended_use:\n  summary: s\n  out_of_scope:\n    - hiring\n');
    });

    it('fills a key with an empty value', () => {
      const src = 'users:\nname: x\n';
      check(src, appendToSequence(pm(src), ['users'], 'a'), ['users'], ['a']);
    });
  });

  describe('removeKey', () => {
    it('removes the whole line of the pair and nothing else', () => {
      const src = 'name: x\nnmae: y # typo\n  # stays\nversion: 1.0.0\n';
      const out = applyEdits(src, removeKey(pm(src), ['nmae']));
      assert.equal(out, 'name: x\n  # stays\nversion: 1.0.0\n');
      assert.deepEqual(pm(out).syntaxErrors, []);
    });

    it('removes a multi-line value', () => {
      const src = 'a: 1\nextra:\n  x: 1\n  y: [2]\nb: 2\n';
      assert.equal(applyEdits(src, removeKey(pm(src), ['extra'])), 'a: 1\nb: 2\n');
    });

    it('keeps "no final newline" when removing the last line', () => {
      const src = 'a: 1\nb: 2';
      assert.equal(applyEdits(src, removeKey(pm(src), ['b'])), 'a: 1');
    });

    it('leaves an empty mapping, not null, when removing the only nested key', () => {
      const src = 'a: 1\nrelease:\n  purpos: research\nb: 2\n';
      const out = applyEdits(src, removeKey(pm(src), ['release', 'purpos']));
      assert.deepEqual(pm(out).get(['release']), {});
    });

    it('removes from a flow mapping', () => {
      const src = 'r: {x: 1, y: 2, z: 3}\n';
      assert.equal(applyEdits(src, removeKey(pm(src), ['r', 'y'])), 'r: {x: 1, z: 3}\n');
      assert.equal(applyEdits(src, removeKey(pm(src), ['r', 'z'])), 'r: {x: 1, y: 2}\n');
    });

    it('keeps CRLF', () => {
      const src = 'a: 1\r\nb: 2\r\nc: 3\r\n';
      assert.equal(applyEdits(src, removeKey(pm(src), ['b'])), 'a: 1\r\nc: 3\r\n');
    });
  });

  describe('yamlScalar', () => {
    it('leaves plain-safe strings plain', () => {
      for (const s of ['model', 'apache-2.0', 'MIT OR Apache-2.0', 'hello world', '2025-01-31', "it's"]) assert.equal(yamlScalar(s), s);
    });

    it('quotes strings YAML would read differently', () => {
      for (const s of ['true', 'null', '~', '1.0', '42', 'a: b', 'a #b', '- x', '', ' x', '@x', 'a\nb', '[x]', '{x}', '*x', '&x', '!x', '|']) {
        const q = yamlScalar(s);
        assert.notEqual(q, s, s);
        assert.equal(pm(`k: ${q}\n`).get(['k']), s);
      }
    });

    it('quotes flow indicators so the scalar also works inside {...} and [...]', () => {
      for (const s of ["O'Neil, Bo", 'a]b', 'x{y}']) {
        const q = yamlScalar(s);
        assert.deepEqual(pm(`k: {by: ${q}}\nl: [${q}]\n`).data, { k: { by: s }, l: [s] });
      }
    });
  });

  it('detects the indentation step', () => {
    assert.equal(detectIndentUnit(pm('a:\n    b: 1\n')), 4);
    assert.equal(detectIndentUnit(pm('a: 1\n')), 2);
  });
});
