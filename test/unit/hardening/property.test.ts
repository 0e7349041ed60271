// Property tests: whatever a repository holds, parsing and checking never throw, every range lies
// inside its document, and results depend on nothing but the input (not on runs, not on file order).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { MemoryFileSystem } from '../../../src/core/fs';
import { LineIndex } from '../../../src/core/text';
import { parseManifest } from '../../../src/core/manifest/parse';
import { MANIFEST_SCHEMA, type SchemaNode } from '../../../src/core/manifest/schema';
import { parseCard } from '../../../src/core/cards/parse';
import { HEADING_ALIASES } from '../../../src/core/cards/concepts';
import { checkUnit, checkWorkspace } from '../../../src/core/engine/check';
import { findingProblems, rangeProblems, seedManifests, unitTexts, workspaceProblems } from './helpers';

const SEEDS = seedManifests();
const HEADINGS = Object.values(HEADING_ALIASES).flat();
const WORDS = [
  'research', 'hiring', 'healthcare', 'credit scoring', 'biometric identification', 'not for medical diagnosis',
  'TODO', 'TBD', '[More Information Needed]', '{{ template }}', 'lorem ipsum', 'Apache-2.0', 'MIT', 'other',
  'README.md', 'MODEL_CARD.md', '../outside.md', '/etc/passwd', 'C:\\x', 'developer', 'deployer', 'model', 'dataset',
  '', ' ', 'é', '😀', '\u202e', 'x'.repeat(300), 'screening job candidates', 'law enforcement', 'a: b', '- c', '#',
];
// Characters that mean something to YAML or Markdown, plus a few that break decoders and editors.
const SPECIAL = [':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '"', "'", '%', '@', '`', ' ', '  ', '\t', '\n', '\r', '\r\n', '\uFEFF', '\u0000', '😀', '\uD800', '---', '...', '<!--', '-->', '```', '~~~'];

// HARDENING_FUZZ=20 multiplies the runs for a longer local fuzzing session; CI keeps the default.
const FUZZ = Math.max(1, Number(process.env.HARDENING_FUZZ) || 1);
const runs = (n: number) => ({ numRuns: n * FUZZ });

// ---------------------------------------------------------------- arbitraries

type Mutation = { op: 'insert'; at: number; s: string } | { op: 'delete'; at: number; n: number } | { op: 'dupLine'; at: number } | { op: 'swapLines'; a: number; b: number } | { op: 'indent'; at: number; by: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 4 }), fc.constantFrom(...WORDS)) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

function mutate(text: string, muts: readonly Mutation[]): string {
  let t = text;
  for (const m of muts) {
    if (m.op === 'insert') {
      const at = t.length === 0 ? 0 : m.at % (t.length + 1);
      t = t.slice(0, at) + m.s + t.slice(at);
    } else if (m.op === 'delete') {
      if (t.length === 0) continue;
      const at = m.at % t.length;
      t = t.slice(0, at) + t.slice(at + m.n);
    } else {
      const lines = t.split('\n');
      if (m.op === 'dupLine') {
        const i = m.at % lines.length;
        lines.splice(i, 0, lines[i]);
      } else if (m.op === 'swapLines') {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b], lines[a]];
      } else {
        const i = m.at % lines.length;
        lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      }
      t = lines.join('\n');
    }
  }
  return t;
}

const mutatedSeedArb = fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutationArb, { maxLength: 8 })).map(([s, m]) => mutate(s, m));

const WILD_VALUE: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), { maxKeys: 2 }),
);

/** A value for a schema node: usually the right shape, sometimes the wrong type or an unknown key. */
function valueFor(g: fc.GeneratorValue, node: SchemaNode | undefined, depth: number): unknown {
  const wild = g(fc.integer, { min: 0, max: 9 }) === 0;
  if (!node || wild || depth > 4) {
    return g(() => WILD_VALUE);
  }
  if (node.enum && node.enum.length > 0) return g(fc.constantFrom, ...node.enum);
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (node.properties || type === 'object') {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(node.properties ?? {});
    for (const k of keys) if (g(fc.boolean)) out[k] = valueFor(g, node.properties![k], depth + 1);
    if (g(fc.integer, { min: 0, max: 5 }) === 0) out[g(fc.constantFrom, 'licence', 'intended-use', 'safegaurds', 'x', 'names')] = valueFor(g, undefined, depth + 1);
    if (node.additionalProperties && typeof node.additionalProperties === 'object' && g(fc.boolean)) out[g(fc.constantFrom, ...WORDS) || 'k'] = valueFor(g, node.additionalProperties, depth + 1);
    return out;
  }
  if (type === 'array') return g(fc.array, fc.constant(0), { maxLength: 4 }).map(() => valueFor(g, node.items, depth + 1));
  if (type === 'integer' || type === 'number') return g(fc.integer, { min: -2, max: 3 });
  if (type === 'boolean') return g(fc.boolean);
  return g(fc.constantFrom, ...WORDS);
}

/** YAML written from the schema's keys with random values, in random styles and line endings. */
const schemaYamlArb = fc
  .tuple(
    fc.gen().map((g) => valueFor(g, MANIFEST_SCHEMA, 0)),
    fc.constantFrom(2, 4),
    fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([value, indent, collectionStyle, eol, bom, comments]) => {
    let t = stringify(value, { indent, collectionStyle, lineWidth: 0 });
    if (comments) t = t.split('\n').map((l, i) => (i % 3 === 0 && l.trim() ? `${l} # c${i}` : l)).join('\n');
    t = `# head\n${t}`.replace(/\n/g, eol);
    return bom ? `\uFEFF${t}` : t;
  });

const manifestArb = fc.oneof(mutatedSeedArb, schemaYamlArb, fc.tuple(schemaYamlArb, fc.array(mutationArb, { maxLength: 4 })).map(([t, m]) => mutate(t, m)));

const lineArb = fc.oneof(
  fc.constantFrom(...HEADINGS).chain((h) => fc.integer({ min: 1, max: 6 }).map((n) => `${'#'.repeat(n)} ${h}`)),
  fc.constantFrom(...HEADINGS).map((h) => `${h}\n${'='.repeat(3)}`),
  fc.constantFrom('```', '```python', '~~~', '    indented code', '<!--', '-->', '<!-- comment -->', '<div>', '</div>', '---', '...', '> ## Quoted heading', '- ## listed heading', '| a | b |', '| --- | --- |', ''),
  fc.constantFrom(...WORDS).map((w) => `Text about ${w}.`),
  fc.string({ maxLength: 30 }),
);

const cardArb = fc
  .tuple(
    fc.constantFrom('', '---\nlicense: mit\nlanguage: [en]\n---\n', '---\nlicense: [\n---\n', '---\nunclosed: front matter\n', '---\na: &a [*a]\n---\n', '\uFEFF---\ntags: [x]\n---\n'),
    fc.array(lineArb, { maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.array(mutationArb, { maxLength: 3 }),
  )
  .map(([fm, lines, eol, muts]) => mutate((fm + lines.join('\n')).replace(/\r?\n/g, eol), muts));

// ---------------------------------------------------------------- helpers

const DOC_NAMES = ['README.md', 'MODEL_CARD.md', 'DATA_CARD.md', 'DATASHEET.md', 'CHANGELOG.md', 'LICENSE'];

function unitFiles(dir: string, manifest: string, cards: readonly string[]): Map<string, string> {
  const at = (n: string) => (dir ? `${dir}/${n}` : n);
  const files = new Map<string, string>([[at('release-manifest.yaml'), manifest]]);
  DOC_NAMES.forEach((n, i) => files.set(at(n), cards[i % Math.max(1, cards.length)] ?? ''));
  return files;
}

function memFs(files: Iterable<[string, string]>): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  for (const [p, t] of files) fs.write(p, t);
  return fs;
}

// ---------------------------------------------------------------- properties

describe('hardening: properties of parsing and checking', function () {
  this.timeout(60_000);

  it('has seed manifests to mutate', () => {
    assert.ok(SEEDS.length >= 5, `only ${SEEDS.length} seeds`);
  });

  it('parseManifest never throws and its syntax errors lie inside the text', () => {
    fc.assert(
      fc.property(manifestArb, (text) => {
        const m = parseManifest('release-manifest.yaml', text);
        const idx = new LineIndex(text);
        const problems = m.syntaxErrors.flatMap((e, i) => rangeProblems(`syntax error ${i}`, e.range, text, idx));
        assert.deepEqual(problems, []);
      }),
      runs(300),
    );
  });

  it('parseCard never throws; headings, bodies, placeholders and front matter lie inside the text', () => {
    fc.assert(
      fc.property(cardArb, (text) => {
        const c = parseCard('MODEL_CARD.md', text);
        const idx = new LineIndex(text);
        const problems: string[] = [];
        for (const s of c.sections) {
          problems.push(...rangeProblems(`heading ${s.title}`, s.headingRange, text, idx));
          if (!(s.bodyStart >= 0 && s.bodyStart <= s.bodyEnd && s.bodyEnd <= text.length)) problems.push(`body ${s.bodyStart}..${s.bodyEnd}`);
          assert.equal(typeof s.meaningfulText, 'string');
        }
        for (const p of c.placeholders) problems.push(...rangeProblems(`placeholder ${p.text}`, p.range, text, idx));
        if (c.frontMatter) {
          problems.push(...rangeProblems('front matter', c.frontMatter.range, text, idx));
          for (const e of c.frontMatter.errors) problems.push(...rangeProblems('front matter error', e.range, text, idx));
          for (const k of Object.keys(c.frontMatter.data ?? {})) {
            const r = c.frontMatter.keyRange(k);
            if (r) problems.push(...rangeProblems(`front matter key ${k}`, r, text, idx));
          }
        }
        assert.deepEqual(problems, []);
      }),
      runs(300),
    );
  });

  it('checkUnit never throws, no rule crashes, every finding range lies inside its document, same input gives the same JSON', async () => {
    await fc.assert(
      fc.asyncProperty(manifestArb, fc.array(cardArb, { minLength: 1, maxLength: 3 }), async (manifest, cards) => {
        const files = unitFiles('', manifest, cards);
        const first = await checkUnit(memFs(files), 'release-manifest.yaml');
        // internal-error is the engine's report of a rule that threw.
        assert.deepEqual(first.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message), []);
        assert.deepEqual(findingProblems(first.findings, unitTexts(first, files)), []);
        const again = await checkUnit(memFs(files), 'release-manifest.yaml');
        assert.equal(JSON.stringify(again), JSON.stringify(first));
      }),
      runs(150),
    );
  });

  it('checkWorkspace gives the same result whatever order the files were created in', async () => {
    const workspaceArb = fc
      .array(fc.tuple(manifestArb, cardArb), { minLength: 2, maxLength: 4 })
      .map((units) => {
        const files = new Map<string, string>();
        units.forEach(([m, c], i) => {
          for (const [p, t] of unitFiles(i === 0 ? '' : `pkg/u${i}`, m, [c])) files.set(p, t);
        });
        return files;
      })
      .chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray([...files.keys()], { minLength: files.size, maxLength: files.size })));
    await fc.assert(
      fc.asyncProperty(workspaceArb, async ([files, order]) => {
        const sorted = await checkWorkspace(memFs([...files].sort(([a], [b]) => (a < b ? -1 : 1))));
        const shuffled = await checkWorkspace(memFs(order.map((p) => [p, files.get(p)!] as [string, string])));
        assert.equal(JSON.stringify(shuffled), JSON.stringify(sorted));
        assert.deepEqual(workspaceProblems(sorted, files), []);
      }),
      runs(60),
    );
  });
});
