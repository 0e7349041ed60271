import * as assert from 'node:assert/strict';
import { joinInside, normalizeRelative } from '../../src/core/paths';

describe('workspace paths', () => {
  it('keeps a path that is already normal as it is', () => {
    for (const p of ['', 'a', 'docs/MODEL_CARD.md', '.github/x.md', 'a/.b', 'a/b..', 'a/...', '..a/b', 'C:x']) assert.equal(normalizeRelative(p), p, p);
  });

  it('drops dot and empty segments, resolves "..", turns backslashes into slashes', () => {
    assert.equal(normalizeRelative('./a'), 'a');
    assert.equal(normalizeRelative('a/./b'), 'a/b');
    assert.equal(normalizeRelative('a/../b'), 'b');
    assert.equal(normalizeRelative('a//b/'), 'a/b');
    assert.equal(normalizeRelative('a\\b'), 'a/b');
    assert.equal(normalizeRelative('a/..'), '');
    assert.equal(normalizeRelative('.'), '');
  });

  it('refuses paths that leave the root or are absolute', () => {
    for (const p of ['../a', 'a/../../b', '..', '/a', '\\a', 'C:/x', 'C:\\x']) assert.equal(normalizeRelative(p), undefined, p);
    assert.equal(joinInside('u', '../../secret'), undefined);
    assert.equal(joinInside('u', 'docs/card.md'), 'u/docs/card.md');
  });
});
