import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/core/manifest/parse';
import { parseCard } from '../../../src/core/cards/parse';
import { REQUIRED_CONCEPTS } from '../../../src/core/cards/concepts';
import { changelogTemplate, datasetCardTemplate, licenseTemplate, manifestFacts, modelCardTemplate, readmeTemplate, SECTION_ORDER, sectionTemplate } from '../../../src/core/cards/templates';

const MANIFEST = `name: tiny-sentiment
version: 1.2.0
artifact: model
license: Apache-2.0
base_model: distilbert-base-uncased
intended_use:
  summary: Sentiment of English product reviews, for research.
  users: [researchers]
  out_of_scope:
    - medical diagnosis or triage
  limitations: [English only]
`;

describe('cards/templates', () => {
  const facts = manifestFacts(parseManifest('release-manifest.yaml', MANIFEST));

  it('creates a model card with HF front matter and every required section, prefilled', () => {
    const text = modelCardTemplate(facts);
    const card = parseCard('MODEL_CARD.md', text);
    assert.deepEqual(card.frontMatter!.data, { license: 'apache-2.0', base_model: 'distilbert-base-uncased' });
    for (const r of REQUIRED_CONCEPTS['model-card']) assert.ok(card.sections.some((s) => s.concept && r.anyOf.includes(s.concept)), r.label);
    assert.match(card.section('out-of-scope-use')!.meaningfulText, /medical diagnosis or triage/);
    assert.match(card.section('intended-use')!.meaningfulText, /Sentiment of English product reviews/);
    // Nothing the manifest does not state is invented: training data stays a visible placeholder.
    assert.equal(card.section('training-data')!.meaningfulText, '');
  });

  it('creates a dataset card with every required section', () => {
    const card = parseCard('DATA_CARD.md', datasetCardTemplate(facts));
    for (const r of REQUIRED_CONCEPTS['dataset-card']) assert.ok(card.sections.some((s) => s.concept && r.anyOf.includes(s.concept)), r.label);
  });

  it('creates cards whose sections follow SECTION_ORDER, which places every required concept', () => {
    for (const [kind, text] of [['model-card', modelCardTemplate(facts)], ['dataset-card', datasetCardTemplate(facts)]] as const) {
      const order = SECTION_ORDER[kind];
      const ranks = parseCard('CARD.md', text).sections.filter((s) => s.kind === 'heading' && s.concept).map((s) => order.indexOf(s.concept!));
      assert.ok(ranks.length >= 5 && ranks.every((r) => r >= 0), `${kind}: ${ranks.join(',')}`);
      assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), kind);
      assert.equal(new Set(order).size, order.length, kind);
      for (const r of REQUIRED_CONCEPTS[kind]) assert.ok(order.includes(r.preferred), `${kind}: ${r.preferred}`);
    }
  });

  it('a section template keeps the placeholder when the manifest says nothing, and the statement when it does', () => {
    assert.match(sectionTemplate('evaluation', 2, facts), /^## Evaluation\n\n<!--[^]*-->\n\n\[More Information Needed\]\n$/);
    assert.match(sectionTemplate('out-of-scope-use', 3, facts), /^### Out-of-Scope Use\n[^]*- medical diagnosis or triage\n$/);
    assert.ok(sectionTemplate('evaluation', 2, facts, '\r\n').includes('\r\n'));
  });

  it('license file is a pointer, changelog follows Keep a Changelog, README names the license', () => {
    assert.match(licenseTemplate(facts), /Licensed under Apache-2\.0\.[^]*https:\/\/spdx\.org\/licenses\/Apache-2\.0\.html/);
    const cl = changelogTemplate(facts, '2025-01-02');
    assert.match(cl, /## \[Unreleased\]/);
    assert.match(cl, /## \[1\.2\.0\] - 2025-01-02/);
    assert.match(readmeTemplate(facts), /^# tiny-sentiment\n[^]*Licensed under Apache-2\.0/);
  });

  it('does not copy placeholder manifest values into templates', () => {
    const f = manifestFacts(parseManifest('m.yaml', 'name: x\nintended_use:\n  summary: TODO\n'));
    assert.equal(f.summary, undefined);
    assert.match(sectionTemplate('intended-use', 2, f), /\[More Information Needed\]/);
  });
});
