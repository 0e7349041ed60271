import * as assert from 'node:assert/strict';
import { paragraphAround } from '../../../src/core/language/sentences';

describe('paragraphAround', () => {
  it('runs from the blank line before a span to the one after it', () => {
    const text = 'First paragraph.\n\nThe model ranks tenants.\nA second line.\n\nLast.';
    const at = text.indexOf('ranks');
    const [s, e] = paragraphAround(text, at, at + 5);
    assert.equal(text.slice(s, e).trim(), 'The model ranks tenants.\nA second line.');
    // With no blank line on a side, the text's edge ends it.
    assert.deepEqual(paragraphAround('One paragraph only.', 4, 13), [0, 19]);
  });
});
