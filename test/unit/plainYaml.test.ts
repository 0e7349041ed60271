import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Composer, isMap, isScalar, isSeq, parseAllDocuments, type CST, type Document, type Node } from 'yaml';
import { readPlainYaml, type PlainNode } from '../../src/core/plainYaml';
import { mappingData } from '../../src/core/yamlSupport';
import { ROOT, yamlFiles } from './helpers/yamlFiles';


/**
 * Where the subset reader answers, the full parse (as the manifest parser runs it) must find no error and
 * the same data and the same ranges for every key and value. Returns a description of the first difference.
 */
function difference(text: string): string | undefined {
  const plain = readPlainYaml(text);
  if (!plain) return undefined;
  const docs = parseAllDocuments(text, { prettyErrors: false, keepSourceTokens: false, uniqueKeys: true, logLevel: 'error' });
  const all = Array.isArray(docs) ? docs : [];
  if (all.length !== 1) return `${all.length} documents`;
  const doc = all[0];
  if (doc.errors.length) return `the full parse finds: ${doc.errors[0].message}`;
  try {
    assert.deepStrictEqual(plain.data, mappingData(doc).data);
  } catch {
    return 'the data differ';
  }
  return sameNode(plain.root, doc.contents as Node, '');
}

function sameNode(p: PlainNode, n: Node, at: string): string | undefined {
  const range = [p.start, p.valueEnd, p.end];
  if (JSON.stringify(range) !== JSON.stringify(n.range)) return `range of ${at || 'the root'}: ${JSON.stringify(range)} vs ${JSON.stringify(n.range)}`;
  if (p.keys) {
    if (!isMap(n) || n.items.length !== p.keys.length) return `${at}: not the same map`;
    for (let i = 0; i < p.keys.length; i++) {
      const key = n.items[i].key;
      if (!isScalar(key) || key.value !== p.keys[i]) return `${at}: key ${i}`;
      const start = p.keyStarts![i];
      const range = [start, start + p.keys[i].length, start + p.keys[i].length];
      if (JSON.stringify(range) !== JSON.stringify(key.range)) return `${at}.${p.keys[i]}: key range ${JSON.stringify(range)} vs ${JSON.stringify(key.range)}`;
      const d = sameNode(p.values![i], n.items[i].value as Node, `${at}.${p.keys[i]}`);
      if (d) return d;
    }
  } else if (p.items) {
    if (!isSeq(n) || n.items.length !== p.items.length) return `${at}: not the same sequence`;
    for (let i = 0; i < p.items.length; i++) {
      const d = sameNode(p.items[i], n.items[i] as Node, `${at}[${i}]`);
      if (d) return d;
    }
  } else if (!isScalar(n)) return `${at}: not a scalar`;
  return undefined;
}

const OPTIONS = { prettyErrors: false, keepSourceTokens: false, uniqueKeys: true, logLevel: 'error' } as const;

/** Where the subset reader does not answer, composing the tokens it kept must give what parsing the text gives. */
function composedDifference(text: string): string | undefined {
  const tokens: CST.Token[] = [];
  if (readPlainYaml(text, tokens) || !tokens.length) return undefined;
  const read = (docs: unknown) =>
    JSON.stringify(
      (Array.isArray(docs) ? (docs as Document.Parsed[]) : []).map((doc) => {
        let data: unknown;
        try {
          data = doc.toJS({ maxAliasCount: 100 });
        } catch (e) {
          data = (e as Error).message;
        }
        return { errors: doc.errors.map((e) => [e.message, e.pos]), data, range: doc.range };
      }),
    );
  const composed = read(Array.from(new Composer(OPTIONS).compose(tokens)));
  const parsed = read(parseAllDocuments(text, OPTIONS));
  return composed === parsed ? undefined : `composed ${composed}\nparsed ${parsed}`;
}

/** A small deterministic generator, so a failing mutant is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [' ', '  ', ':', ': ', '#', ' #', '-', '- ', '\n', '"', "'", '[', ']', ',', '{', '}', '&a ', '*a', '!!str ', '? ', '|', '>', 'x', '\\', '---\n', '...\n', '%YAML 1.2\n', '\t', '\r\n', 'true', '0x1', '~', '<<: '];

/** One edit a person might make by mistake, or on purpose: a character added or removed, a line moved, indented or repeated. */
function mutate(text: string, next: () => number): string {
  const pos = Math.floor(next() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 6)) {
    case 0:
      return text.slice(0, pos) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(pos);
    case 1:
      return text.slice(0, pos) + text.slice(pos + 1 + Math.floor(next() * 3));
    case 2:
      lines.splice(line, 0, lines[line]);
      return lines.join('\n');
    case 3:
      lines[line] = ' '.repeat(1 + Math.floor(next() * 4)) + lines[line];
      return lines.join('\n');
    case 4:
      lines[line] = lines[line].replace(/^ {1,2}/, '');
      return lines.join('\n');
    default: {
      const other = Math.floor(next() * lines.length);
      [lines[line], lines[other]] = [lines[other], lines[line]];
      return lines.join('\n');
    }
  }
}

const MANIFESTS = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test', 'integration', 'fixtures')), ...yamlFiles(join(ROOT, 'test', 'fixtures', 'yaml-styles'))].map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));

describe('plainYaml/readPlainYaml', () => {
  it('reads the manifests of the examples and test workspaces as the full parse does, and most of them at all', () => {
    let read = 0;
    for (const text of MANIFESTS) {
      assert.equal(difference(text), undefined);
      if (readPlainYaml(text)) read++;
    }
    // The examples and workspaces are plain block YAML, save a few fixtures written to exercise anchors, flow maps and several documents.
    assert.ok(read >= MANIFESTS.length * 0.7, `only ${read} of ${MANIFESTS.length} read by the subset`);
  });

  it('never answers where the full parse disagrees or finds an error, over thousands of mutated manifests', function () {
    this.timeout(60000);
    const next = random(20261202);
    let answered = 0;
    let refused = 0;
    for (const text of MANIFESTS) {
      for (let k = 0; k < 150; k++) {
        let mutant = mutate(text, next);
        if (next() < 0.5) mutant = mutate(mutant, next);
        const d = difference(mutant) ?? composedDifference(mutant);
        assert.equal(d, undefined, `${d}\n--- mutant:\n${mutant}`);
        if (readPlainYaml(mutant)) answered++;
        else refused++;
      }
    }
    // Both routes are exercised: the mutants the subset reads, and those it hands to the full parse.
    assert.ok(answered > 500 && refused > 500, `answered ${answered}, refused ${refused}`);
  });

  it('hands over what it does not read: anchors, tags, flow maps, empty values, tabs, several documents, errors', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: {b: 1}\n',
      'a: { }x\n',
      'a:\nb: 1\n',
      'a:\n\t- 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\na: 2\n',
      '<<: {b: 1}\n',
      'a: [1,\n  2]\n',
      'a: "unterminated\n',
      '- a\n- b\n',
      '? a\n: 1\n',
      '1: one\n',
    ]) {
      assert.equal(readPlainYaml(text), undefined, text);
    }
  });

  it('reads typed scalars, quoted and block scalars, nested lists and maps, and comments', () => {
    const text = '# head\nmanifest_version: 1 # trailing\nname: "x y"\nflag: true\nnone: ~\nratio: 0.5\nlist:\n  - a\n  - b: c\n    d: [1, \'two\', ]\ntext: |\n  line one\n  line two\n';
    const plain = readPlainYaml(text);
    assert.ok(plain);
    assert.deepStrictEqual(plain.data, { manifest_version: 1, name: 'x y', flag: true, none: null, ratio: 0.5, list: ['a', { b: 'c', d: [1, 'two'] }], text: 'line one\nline two\n' });
    assert.equal(difference(text), undefined);
  });
});
