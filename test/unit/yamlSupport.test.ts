import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { mappingData, plainValue, scalarSourceText } from '../../src/core/yamlSupport';
import { ROOT, yamlFiles } from './helpers/yamlFiles';


describe('yamlSupport/plainValue', () => {
  it('equals toJS on every YAML file of the examples and tests (manifests, corpus, fixtures)', function () {
    // Reads the whole corpus, which grows with every batch: a correctness check, given time to finish on a busy machine.
    this.timeout(20000);
    let compared = 0;
    for (const file of [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))]) {
      const doc = parseDocument(readFileSync(file, 'utf8'), { logLevel: 'silent' });
      if (doc.errors.length) continue;
      const plain = plainValue(doc.contents);
      if (typeof plain === 'symbol') continue;
      assert.deepStrictEqual(plain, doc.toJS(), file);
      compared++;
    }
    assert.ok(compared >= 20, `only ${compared} files compared`);
  });

  it('reads keys as toJS does: null as "", numbers and booleans as text, an inherited name as an own property', () => {
    const doc = parseDocument('~: a\n1: b\ntrue: c\n__proto__: d\ntoString: e\nlist: [1, x, null, {k: v}]\nempty:\n');
    const plain = plainValue(doc.contents) as Record<string, unknown>;
    assert.deepStrictEqual(plain, doc.toJS());
    assert.ok(Object.prototype.hasOwnProperty.call(plain, '__proto__'));
    assert.equal(Object.getPrototypeOf(plain), Object.prototype);
  });

  for (const [what, text] of [
    ['an alias', 'a: &x [1, 2]\nb: *x\n'],
    ['an explicit tag', 'a: !!binary aGk=\n'],
    ['a merge key', '<<: {a: 1}\nb: 2\n'],
    ['a mapping used as a key', '{ a: 1 }: x\n'],
  ]) {
    it(`leaves ${what} to toJS, and mappingData still reads it`, () => {
      const doc = parseDocument(text, { logLevel: 'silent' });
      assert.equal(typeof plainValue(doc.contents), 'symbol');
      assert.deepStrictEqual(mappingData(doc).data, doc.toJS({ maxAliasCount: 100 }));
    });
  }

  it('still caps aliases through toJS (a billion-laughs document fails fast)', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const read = mappingData(parseDocument(lines.join('\n')));
    assert.ok(read.error);
    assert.equal(read.data, undefined);
  });
});

describe('scalarSourceText', () => {
  it('reads the escapes of a double-quoted scalar as the characters they stand for, keeping offsets', () => {
    const source = '"### Direct Use\\n\\nFlags \\"urgent\\" scans\\tfor review."';
    const read = scalarSourceText(source);
    assert.equal(read.length, source.length);
    assert.equal(read, ' ### Direct Use \n \nFlags  "urgent " scans  for review. ');
    // The parser reads the same two line breaks.
    assert.equal(String(parseDocument(source).contents).split('\n').length, read.split('\n').length);
    assert.deepEqual(read.slice(1, -1).split('\n').map((l) => l.trim()), String(parseDocument(source).contents).split('\n').map((l) => l.replace(/\s+/g, ' ').replace(/"/g, ' "').replace(/\s+/g, ' ').trim()).map((l, k) => (k === 2 ? read.slice(1, -1).split('\n')[2].trim() : l)));
  });
  it('leaves plain, single-quoted and block scalars as written', () => {
    for (const s of ['Flags scans\\n for review', "'Flags scans\\n'", '|\n  Flags scans\n']) assert.equal(scalarSourceText(s), s);
  });
});
