import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { MANIFEST_SCHEMA, isOpenAt, knownKeysAt, schemaAt } from '../../../src/core/manifest/schema';
import { closeMatches, validateManifest } from '../../../src/core/manifest/validate';
import { parseManifest } from '../../../src/core/manifest/parse';

describe('manifest schema', () => {
  it('is draft-07 and pins manifest_version to 1', () => {
    assert.equal(MANIFEST_SCHEMA.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schemaAt(['manifest_version'])?.const, 1);
  });

  it('is a valid draft-07 schema (the checks compile it without validating it again)', () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(ajv.validateSchema(MANIFEST_SCHEMA), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(MANIFEST_SCHEMA));
  });

  it('ships the validator the generator builds from the schema (run node scripts/generate-validator.mjs)', function () {
    this.timeout(20000);
    const root = join(__dirname, '../../../..');
    const fresh = execFileSync(process.execPath, ['--input-type=module', '-e', "import { buildValidatorSource } from './scripts/generate-validator.mjs'; process.stdout.write(buildValidatorSource());"], { cwd: root, encoding: 'utf8' });
    assert.equal(readFileSync(join(root, 'src/core/manifest/schemaValidator.generated.ts'), 'utf8'), fresh);
  });

  it('describes every property for hover and completion', () => {
    const missing: string[] = [];
    const walk = (node: typeof MANIFEST_SCHEMA, at: string): void => {
      for (const [k, child] of Object.entries(node.properties ?? {})) {
        if (!child.description || !child.markdownDescription) missing.push(`${at}${k}`);
        walk(child, `${at}${k}.`);
      }
    };
    walk(MANIFEST_SCHEMA, '');
    assert.deepEqual(missing, []);
  });

  it('gives enum descriptions matching the enum values', () => {
    for (const p of [['artifact'], ['release', 'purpose'], ['deployment', 'role']]) {
      const s = schemaAt(p)!;
      assert.equal(s.enumDescriptions?.length, s.enum?.length, p.join('.'));
    }
  });

  it('offers snippets for whole blocks', () => {
    for (const k of ['intended_use', 'safeguards', 'deployment', 'documentation']) assert.ok(schemaAt([k])?.defaultSnippets?.length, k);
  });

  it('resolves sub-schemas through lists and open mappings', () => {
    assert.equal(schemaAt(['intended_use', 'out_of_scope', 3])?.type, 'string');
    assert.deepEqual(knownKeysAt(['attestations', 'reviewed_card']), ['by', 'date', 'note']);
    assert.equal(schemaAt(['release', 'nope']), undefined);
    assert.ok(knownKeysAt(['safeguards']).includes('human_oversight'));
    assert.ok(isOpenAt(['attestations']));
    assert.ok(!isOpenAt(['release']));
  });

  it('matches typos, including swapped letters, but not unrelated words', () => {
    assert.deepEqual(closeMatches('nmae', ['name', 'version']), ['name']);
    assert.deepEqual(closeMatches('modle', ['model', 'dataset', 'code', 'application']), ['model']);
    assert.deepEqual(closeMatches('model-card', ['model_card', 'data_card']), ['model_card']);
    assert.deepEqual(closeMatches('colour', ['name', 'license']), []);
  });
});

describe('validateManifest', () => {
  const v = (src: string) => validateManifest(parseManifest('release-manifest.yaml', src));
  const valid = [
    'manifest_version: 1',
    'name: tiny-sentiment',
    'version: 1.2.0',
    'artifact: model',
    'license: apache-2.0',
    'base_model: [a, b]',
    'release: {purpose: research, non_commercial: true, weights_public: true, high_risk_statement: Not for high-risk use.}',
    'documentation: {readme: README.md, model_card: MODEL_CARD.md}',
    'intended_use: {summary: s, users: [researchers], out_of_scope: [hiring], limitations: [English only]}',
    'deployment: {role: developer, contexts: [research]}',
    'safeguards: {incident_contact: security@example.org}',
    'attestations: {reviewed: true, card_checked: {by: Ana, date: 2025-01-31, note: ok}}',
    'contact: a@example.org',
    '',
  ].join('\n');

  it('accepts the full design sketch', () => {
    assert.deepEqual(v(valid), []);
  });

  it('places an unknown nested key at its key, with a suggestion', () => {
    const [i] = v('manifest_version: 1\nname: x\nartifact: model\nversion: 1.0.0\nlicense: mit\nintended_use:\n  summry: s\n');
    assert.equal(i.kind, 'unknown-key');
    assert.deepEqual(i.path, ['intended_use', 'summry']);
    assert.deepEqual([i.range.start, i.range.end], [{ line: 6, character: 2 }, { line: 6, character: 8 }]);
    assert.deepEqual(i.suggestions, ['summary']);
  });

  it('does not suggest a key that already exists beside the unknown one', () => {
    const issues = v('manifest_version: 1\nname: x\nnmae: y\nartifact: model\nversion: 1.0.0\nlicense: mit\n');
    assert.deepEqual(issues[0].suggestions, []);
  });

  it('says where a key from another section belongs', () => {
    const issues = v('manifest_version: 1\nname: x\nartifact: model\nversion: 1.0.0\nlicense: mit\nout_of_scope: [hiring]\n');
    assert.match(issues[0].message, /belongs under `intended_use`/);
  });

  it('reports a wrong type once, not also as a bad enum value', () => {
    const issues = v('manifest_version: 1\nname: x\nartifact: 3\nversion: 1.0.0\nlicense: mit\n');
    assert.deepEqual(issues.map((i) => i.kind), ['type']);
  });

  it('reports an empty section at its key', () => {
    const [i] = v('manifest_version: 1\nname: x\nartifact: model\nversion: 1.0.0\nlicense: mit\nintended_use:\n');
    assert.equal(i.kind, 'type');
    assert.deepEqual([i.range.start, i.range.end], [{ line: 5, character: 0 }, { line: 5, character: 12 }]);
  });

  it('checks attestation entries', () => {
    const issues = v('manifest_version: 1\nname: x\nartifact: model\nversion: 1.0.0\nlicense: mit\nattestations:\n  a: false\n  b: {by: Ana, date: 31.1.2025}\n  c: {date: 2025-01-31}\n');
    assert.deepEqual(issues.map((i) => [i.kind, i.path.join('.')]), [
      ['value', 'attestations.a'],
      ['value', 'attestations.b.date'],
      ['missing', 'attestations.c.by'],
    ]);
  });

  it('reports nothing for a manifest that is not a mapping', () => {
    assert.deepEqual(v('- a\n- b\n'), []);
  });
});
