import * as assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseManifest } from '../../../src/core/manifest/parse';
import { requiredSafeguards, scaffoldManifest, type ScaffoldOptions } from '../../../src/core/manifest/scaffold';
import { validateManifest } from '../../../src/core/manifest/validate';

function scaffold(o: Partial<ScaffoldOptions>): ReturnType<typeof parseManifest> {
  const text = scaffoldManifest({ name: 'tiny-sentiment', artifact: 'model', purpose: 'research', contexts: [], ...o }, DEFAULT_CATALOGUE);
  return parseManifest('release-manifest.yaml', text);
}

describe('manifest scaffold', () => {
  const combos: Partial<ScaffoldOptions>[] = [];
  for (const artifact of ['model', 'dataset', 'code', 'application'] as const)
    for (const purpose of ['research', 'general', 'commercial'] as const)
      for (const contexts of [[], ['research'], ['healthcare', 'hiring'], ['chatbot'], ['credit', 'research']])
        combos.push({ artifact, purpose, contexts, nonCommercial: purpose === 'research' });

  it('passes the manifest schema for every answer combination', () => {
    for (const c of combos) {
      const m = scaffold(c);
      assert.deepEqual(m.syntaxErrors, [], JSON.stringify(c));
      assert.deepEqual(validateManifest(m), [], `${JSON.stringify(c)}\n${m.text}`);
    }
  });

  it('writes what was chosen', () => {
    const m = scaffold({ artifact: 'dataset', purpose: 'research', nonCommercial: true, contexts: ['research'] });
    assert.equal(m.get(['artifact']), 'dataset');
    assert.equal(m.get(['release', 'purpose']), 'research');
    assert.equal(m.get(['release', 'non_commercial']), true);
    assert.equal(m.get(['documentation', 'data_card']), 'DATA_CARD.md');
    assert.equal(m.get(['documentation', 'model_card']), undefined);
    assert.deepEqual(m.get(['deployment', 'contexts']), ['research']);
    assert.deepEqual(m.get(['attestations']), {});
  });

  it('gives a research-only release the safe-harbor statement and no safeguards block', () => {
    const m = scaffold({ purpose: 'research', contexts: ['research'] });
    assert.match(String(m.get(['release', 'high_risk_statement'])), /not intended for deployment in high-risk settings/i);
    assert.equal(m.has(['safeguards']), false);
  });

  it('adds an empty, commented safeguards block for high-risk contexts', () => {
    const m = scaffold({ purpose: 'commercial', contexts: ['hiring'] });
    const employment = DEFAULT_CATALOGUE.domainFor('hiring')!;
    for (const s of employment.requiredSafeguards) {
      assert.equal(m.get(['safeguards', s]), '', s);
      assert.match(m.text, new RegExp(`${s}: ""\\s+# \\S`));
    }
    assert.equal(m.has(['release', 'high_risk_statement']), false);
    assert.match(m.text, /Employment/);
  });

  it('quotes names that are not plain YAML', () => {
    for (const name of ['yes', '1.0', 'a: b', '#x', 'my model', "it's"]) {
      assert.equal(scaffold({ name }).get(['name']), name);
    }
  });

  it('lists required safeguards in a stable order, none for low-risk contexts', () => {
    assert.deepEqual(requiredSafeguards(['research', 'translation'], DEFAULT_CATALOGUE), []);
    const a = requiredSafeguards(['healthcare', 'credit'], DEFAULT_CATALOGUE);
    assert.deepEqual(a, requiredSafeguards(['credit', 'healthcare'], DEFAULT_CATALOGUE));
    assert.ok(a.includes('human_oversight'));
  });
});
