import * as assert from 'node:assert/strict';
import { BOM_FILE_NAME, bomPathFor, unitBom } from '../../../src/core/bom/index';
import { checkUnit } from '../../../src/core/engine/check';
import { discoverManifests } from '../../../src/core/engine/discover';
import { MemoryFileSystem } from '../../../src/core/fs';
import { TOOL_VERSION } from '../../../src/core/version';
import { metricsInProse } from '../../../src/core/bom/metrics';
import { examplesFs } from '../helpers/examples';
import { bomOf, props, schemaErrors, strings, type Json } from './helpers';

async function exampleBom(manifest: string): Promise<Json> {
  const r = await unitBom(examplesFs(), manifest);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return JSON.parse(r.json);
}

const RESEARCH = 'examples/research-model/release-manifest.yaml';
const HIRING = 'examples/hiring-screener/release-manifest.yaml';
const DATASET = 'examples/dataset-incomplete/release-manifest.yaml';

describe('AI BOM: the bundled examples', function () {
  this.timeout(30000); // compiling the CycloneDX schema takes a few seconds
  it('every example has a BOM that is valid CycloneDX 1.6 JSON', async () => {
    const fs = examplesFs();
    const { manifests } = await discoverManifests(fs, ['examples']);
    assert.equal(manifests.length, 5);
    for (const m of manifests) {
      const r = await unitBom(fs, m);
      assert.ok(r.ok, `${m}: ${r.ok ? '' : r.reason}`);
      const bom = JSON.parse(r.json);
      assert.equal(schemaErrors(bom), '', m);
      assert.equal(bom.bomFormat, 'CycloneDX');
      assert.equal(bom.specVersion, '1.6');
      assert.equal(r.path, bomPathFor(m));
      assert.ok(r.path.endsWith(`/${BOM_FILE_NAME}`));
    }
  });

  it('the schema check can fail: a BOM with a misspelt model card field is rejected', async () => {
    const bom = await exampleBom(RESEARCH);
    assert.equal(schemaErrors(bom), '');
    bom.metadata.component.modelCard.considerations.useCase = ['x'];
    assert.match(schemaErrors(bom), /must NOT have additional properties/);
    delete bom.metadata.component.modelCard.considerations.useCase;
    bom.metadata.component.externalReferences[0].url = 'not a url';
    assert.match(schemaErrors(bom), /must match format "iri-reference"/);
  });

  it('research model: the unit, its licence and documents as the manifest states them', async () => {
    const bom = await exampleBom(RESEARCH);
    const unit = bom.metadata.component;
    assert.equal(unit.type, 'machine-learning-model');
    assert.equal(unit.name, 'tiny-sentiment');
    assert.equal(unit.version, '1.2.0');
    assert.equal(unit['bom-ref'], 'tiny-sentiment@1.2.0');
    assert.equal(unit.description, 'Classifies the sentiment (positive / negative) of English product reviews, for research on domain adaptation of small text classifiers.');
    assert.deepEqual(unit.licenses, [{ license: { id: 'Apache-2.0', acknowledgement: 'declared', url: 'LICENSE' } }]);
    assert.deepEqual(
      unit.externalReferences.map((r: Json) => [r.type, r.url]),
      [
        ['documentation', 'README.md'],
        ['model-card', 'MODEL_CARD.md'],
        ['license', 'LICENSE'],
        ['release-notes', 'CHANGELOG.md'],
        ['support', 'mailto:maintainers@tiny-sentiment.example.org'],
        ['security-contact', 'mailto:security@tiny-sentiment.example.org'],
      ],
    );
    assert.deepEqual(bom.metadata.tools.components.map((c: Json) => [c.name, c.version]), [['release-readiness', TOOL_VERSION]]);
    assert.equal(bom.metadata.timestamp, undefined, 'no timestamp unless asked for');
    assert.equal(bom.serialNumber, undefined);
  });

  it('research model: model parameters, datasets and base model with dependencies', async () => {
    const bom = await exampleBom(RESEARCH);
    const card = bom.metadata.component.modelCard;
    assert.deepEqual(card.modelParameters, { task: 'text-classification', datasets: [{ ref: 'dataset:amazon_polarity' }] });
    assert.deepEqual(
      bom.components.map((c: Json) => [c.type, c.name, c['bom-ref'], c.licenses]),
      [
        ['machine-learning-model', 'distilbert-base-uncased', 'base-model:distilbert-base-uncased', [{ license: { id: 'Apache-2.0', acknowledgement: 'declared' } }]],
        ['data', 'amazon_polarity', 'dataset:amazon_polarity', undefined],
      ],
    );
    assert.deepEqual(bom.dependencies, [
      { ref: 'tiny-sentiment@1.2.0', dependsOn: ['base-model:distilbert-base-uncased', 'dataset:amazon_polarity'] },
      { ref: 'base-model:distilbert-base-uncased' },
      { ref: 'dataset:amazon_polarity' },
    ]);
  });

  it('research model: the metrics the card states, and no number it does not call a metric', async () => {
    const bom = await exampleBom(RESEARCH);
    assert.deepEqual(bom.metadata.component.modelCard.quantitativeAnalysis, {
      performanceMetrics: [
        { type: 'Accuracy', value: '0.93', slice: 'in-domain test split' },
        { type: 'Accuracy', value: '0.86', slice: 'out-of-domain book reviews' },
      ],
    });
  });

  it('research model: considerations from the manifest and the card', async () => {
    const c = (await exampleBom(RESEARCH)).metadata.component.modelCard.considerations;
    assert.deepEqual(c.users, ['NLP researchers', 'students reproducing domain-adaptation experiments']);
    assert.deepEqual(c.useCases, [
      'Classifies the sentiment (positive / negative) of English product reviews, for research on domain adaptation of small text classifiers.',
      'Classifying the sentiment of English product reviews in research experiments, for example to measure how accuracy changes when the review domain shifts from electronics to books.',
      'Starting point for further research fine-tuning on other review domains.',
    ]);
    assert.deepEqual(c.technicalLimitations, [
      'English only; accuracy drops sharply on other languages and on code-switched text.',
      'Trained on product reviews; sarcasm and domain-specific jargon are often misread.',
    ]);
    assert.deepEqual(c.ethicalConsiderations, [
      {
        name: "The training reviews over-represent electronics and books, so other product domains are less accurate. The model only understands English, misreads sarcasm, and inherits the biases of DistilBERT's pre-training corpus.",
        mitigationStrategy: 'Evaluate the model on data from your own domain before drawing research conclusions, and report per-domain accuracy rather than a single figure.',
      },
    ]);
    assert.deepEqual(c.environmentalConsiderations, {
      properties: [{ name: 'release-readiness:environmental-impact', value: 'About 2 GPU-hours on one NVIDIA T4, roughly 0.1 kg CO2eq.' }],
    });
    assert.equal(c.fairnessAssessments, undefined, 'the card has no fairness assessment');
  });

  it('research model: out-of-scope uses, readiness and release facts as properties', async () => {
    const unit = (await exampleBom(RESEARCH)).metadata.component;
    const oos = unit.modelCard.properties.filter((p: Json) => p.name === 'release-readiness:out-of-scope-use').map((p: Json) => p.value);
    assert.equal(oos.length, 9);
    assert.equal(oos[0], 'medical diagnosis or triage');
    assert.match(oos[8], /^The model is not intended for deployment in high-risk settings\. Do not use it for medical/);
    assert.deepEqual(props(unit, 'readiness-status'), ['ready']);
    assert.deepEqual(props(unit, 'readiness-score'), ['100']);
    assert.deepEqual(props(unit, 'finding'), []);
    assert.deepEqual(props(unit, 'release-purpose'), ['research']);
    assert.deepEqual(props(unit, 'non-commercial'), ['true']);
    assert.deepEqual(props(unit, 'weights-public'), ['true']);
    assert.deepEqual(props(unit, 'deployment-role'), ['developer']);
    assert.deepEqual(props(unit, 'deployment-context'), ['research']);
    assert.deepEqual(props(unit, 'safeguard:incident_contact'), ['security@tiny-sentiment.example.org']);
    assert.match(props(unit, 'high-risk-statement')[0], /^This model is a research artifact\. It is not intended for deployment in high-risk settings/);
  });

  it('hiring screener: an application with its open findings, the base model without an unstated licence', async () => {
    const fs = examplesFs();
    const bom = await exampleBom(HIRING);
    const unit = bom.metadata.component;
    assert.equal(unit.type, 'application');
    assert.equal(unit.modelCard, undefined, 'CycloneDX gives only machine-learning-model components a model card');
    assert.deepEqual(props(unit, 'readiness-status'), ['blocked']);
    const result = await checkUnit(fs, HIRING);
    const findings = props(unit, 'finding');
    assert.equal(findings.length, result.findings.length);
    assert.ok(result.findings.length > 0);
    for (const [i, f] of result.findings.entries()) {
      const where = `${f.path.replace('examples/hiring-screener/', '')}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      assert.equal(findings[i], `${f.severity} ${f.ruleId} ${where} ${f.message}`);
    }
    assert.ok(findings.some((f) => f.startsWith('error risk-safeguard-missing release-manifest.yaml:')));
    assert.deepEqual(bom.components, [
      { type: 'machine-learning-model', name: 'meta-llama/Llama-3.1-8B-Instruct', 'bom-ref': 'base-model:meta-llama/Llama-3.1-8B-Instruct', description: 'Base model this release derives from' },
    ]);
    assert.deepEqual(props(unit, 'user'), ['recruiters', 'HR teams']);
    assert.deepEqual(props(unit, 'use-case'), [
      "Ranks job applicants' CVs against a job description and shortlists candidates for interviews.",
      'Scoring and ranking job applicants for recruiters.',
    ]);
    assert.deepEqual(props(unit, 'technical-limitation'), ['English CVs only']);
    assert.deepEqual(props(unit, 'out-of-scope-use'), [], 'the manifest states none');
    assert.deepEqual(props(unit, 'ethical-consideration'), [], 'the card section is a placeholder');
    assert.deepEqual(unit.licenses, [{ license: { id: 'MIT', acknowledgement: 'declared' } }], 'no license file to point to');
  });

  it('placeholders and unstated facts stay out of every example BOM (finding messages aside)', async () => {
    for (const m of [RESEARCH, HIRING, DATASET, 'examples/monorepo/packages/a/release-manifest.yaml', 'examples/monorepo/packages/b/.release-manifest.yaml']) {
      const bom = await exampleBom(m);
      for (const s of strings(bom)) {
        if (/\.properties\[\d+\]\.value$/.test(s.at) && bom.metadata.component.properties.some((p: Json) => p.name === 'release-readiness:finding' && p.value === s.value)) continue;
        assert.doesNotMatch(s.value, /More Information Needed|\bTODO\b|\bTBD\b|\{\{|lorem ipsum/i, `${m} ${s.at}`);
      }
    }
  });

  it('dataset: a data component with what its datasheet says, and nothing from its unfinished sections', async () => {
    const bom = await exampleBom(DATASET);
    const unit = bom.metadata.component;
    assert.equal(unit.type, 'data');
    assert.equal(unit.modelCard, undefined);
    assert.deepEqual(unit.data, [
      {
        type: 'dataset',
        name: 'street-voices',
        description: 'For what purpose was the dataset created? To study how street vendors organise credit and supply among themselves.',
      },
    ]);
    assert.deepEqual(unit.licenses, [{ license: { id: 'CC-BY-4.0', acknowledgement: 'declared', url: 'LICENSE' } }]);
    assert.deepEqual(props(unit, 'technical-limitation'), [], 'the manifest says TBD');
    assert.deepEqual(props(unit, 'out-of-scope-use'), ['identifying or profiling the people interviewed']);
    assert.deepEqual(bom.components, []);
    assert.deepEqual(bom.dependencies, [{ ref: 'street-voices@0.1.0' }]);
  });

  it('the same repository gives the same bytes; timestamp and serial number only when given', async () => {
    const a = await unitBom(examplesFs(), RESEARCH);
    const b = await unitBom(examplesFs(), RESEARCH);
    assert.ok(a.ok && b.ok);
    assert.equal(a.json, b.json);
    assert.ok(a.json.endsWith('}\n'));
    const c = await unitBom(examplesFs(), RESEARCH, {}, { timestamp: new Date('2026-01-02T03:04:05Z'), serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79' });
    assert.ok(c.ok);
    const j = JSON.parse(c.json);
    assert.equal(j.metadata.timestamp, '2026-01-02T03:04:05.000Z');
    assert.equal(j.serialNumber, 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79');
    assert.equal(schemaErrors(j), '');
  });
});

const MINIMAL = 'manifest_version: 1\nname: bare\nversion: 0.0.1\nartifact: model\n';

describe('AI BOM: nothing invented', () => {
  it('a manifest that states only a name has a BOM with only that, its readiness and findings', async () => {
    const bom = await bomOf({ 'release-manifest.yaml': MINIMAL });
    assert.equal(schemaErrors(bom), '');
    const unit = bom.metadata.component;
    assert.deepEqual(Object.keys(unit).sort(), ['bom-ref', 'name', 'properties', 'type', 'version']);
    assert.deepEqual(
      [...new Set(unit.properties.map((p: Json) => p.name))],
      ['release-readiness:readiness-status', 'release-readiness:readiness-score', 'release-readiness:finding'],
    );
    assert.deepEqual(bom.components, []);
    assert.deepEqual(bom.dependencies, [{ ref: 'bare@0.0.1' }]);
  });

  it('a model card of placeholders adds nothing', async () => {
    const bom = await bomOf({
      'release-manifest.yaml': `${MINIMAL}documentation:\n  model_card: CARD.md\nintended_use:\n  summary: TODO\n  limitations: [TBD]\n`,
      'CARD.md': '# Card\n\n## Uses\n\n[More Information Needed]\n\n## Evaluation\n\nTODO\n\n## Bias, Risks, and Limitations\n\n{{ bias_risks }}\n',
    });
    const unit = bom.metadata.component;
    assert.equal(unit.modelCard, undefined);
    assert.equal(unit.description, undefined);
    assert.deepEqual(unit.externalReferences, [{ url: 'CARD.md', type: 'model-card', comment: 'model card' }]);
  });

  it('a document the manifest names but the repository lacks is not referenced', async () => {
    const bom = await bomOf({ 'release-manifest.yaml': `${MINIMAL}license: MIT\ndocumentation:\n  model_card: MISSING.md\n  license_file: LICENSE\n` });
    assert.equal(bom.metadata.component.externalReferences, undefined);
    assert.deepEqual(bom.metadata.component.licenses, [{ license: { id: 'MIT', acknowledgement: 'declared' } }]);
  });

  it('a unit without a name has no BOM; nor has an unreadable manifest', async () => {
    const fs = new MemoryFileSystem({ 'a/release-manifest.yaml': 'manifest_version: 1\nartifact: model\n', 'b/release-manifest.yaml': new Uint8Array([0, 1, 2]), 'c/release-manifest.yaml': '- just\n- a list\n' });
    const a = await unitBom(fs, 'a/release-manifest.yaml');
    assert.ok(!a.ok && /names no release unit/.test(a.reason));
    const b = await unitBom(fs, 'b/release-manifest.yaml');
    assert.ok(!b.ok && /cannot be read/.test(b.reason));
    const c = await unitBom(fs, 'c/release-manifest.yaml');
    assert.ok(!c.ok && /not a YAML mapping/.test(c.reason));
  });

  it('base_model_license applies only when there is one base model', async () => {
    const one = await bomOf({ 'release-manifest.yaml': `${MINIMAL}base_model: org/base\nbase_model_license: llama3.1\n` });
    assert.deepEqual(one.components[0].licenses, [{ license: { name: 'llama3.1', acknowledgement: 'declared' } }]);
    const two = await bomOf({ 'release-manifest.yaml': `${MINIMAL}base_model: [org/a, org/b]\nbase_model_license: llama3.1\n` });
    assert.deepEqual(
      two.components.map((c: Json) => [c.name, c.licenses]),
      [
        ['org/a', undefined],
        ['org/b', undefined],
      ],
    );
    assert.deepEqual(two.dependencies[0].dependsOn, ['base-model:org/a', 'base-model:org/b']);
  });
});

describe('AI BOM: licences', () => {
  const licenses = async (value: string, extra = ''): Promise<Json> =>
    (await bomOf({ 'release-manifest.yaml': `${MINIMAL}license: "${value}"\n${extra}`, 'LEGAL.txt': 'terms' })).metadata.component.licenses;

  it('an SPDX id in any case becomes the canonical id', async () => {
    assert.deepEqual(await licenses('apache-2.0'), [{ license: { id: 'Apache-2.0', acknowledgement: 'declared' } }]);
  });

  it('an SPDX expression becomes an expression with canonical ids', async () => {
    assert.deepEqual(await licenses('mit OR apache-2.0'), [{ expression: 'MIT OR Apache-2.0', acknowledgement: 'declared' }]);
  });

  it('other licences keep the name written, with the licence file', async () => {
    assert.deepEqual(await licenses('other', 'documentation:\n  license_file: LEGAL.txt\n'), [{ license: { name: 'other', acknowledgement: 'declared', url: 'LEGAL.txt' } }]);
    assert.deepEqual(await licenses('openrail-m'), [{ license: { name: 'openrail-m', acknowledgement: 'declared' } }]);
    assert.deepEqual(await licenses('MIT OR not a license'), [{ license: { name: 'MIT OR not a license', acknowledgement: 'declared' } }]);
  });
});

describe('AI BOM: what a card states', () => {
  const CARD = [
    '---',
    'license: mit',
    'pipeline_tag: image-classification',
    'base_model: org/vit-base',
    'datasets: [org/cats, org/dogs]',
    'model-index:',
    '  - name: pets',
    '    results:',
    '      - task: { type: image-classification }',
    '        dataset: { name: Pets, type: org/pets-eval, split: test }',
    '        metrics:',
    '          - { type: accuracy, value: 0.97, name: Top-1 Accuracy }',
    '          - { type: f1, value: 0.95 }',
    '---',
    '# pets',
    '',
    '## Intended uses',
    '',
    '- Sorting photos of pets',
    '- Teaching image classification',
    '',
    '## Out-of-Scope Use',
    '',
    'Not for identifying people.',
    '',
    '## Limitations',
    '',
    'Fails on drawings and',
    'on very dark photos.',
    '',
    'Slow on CPUs.',
    '',
    '## Fairness',
    '',
    '- **Group at risk:** owners of rare breeds',
    '- **Harms:** their pets are misclassified more often',
    '- **Mitigation:** report per-breed accuracy',
    '',
    '## Risks',
    '',
    'Could be used to monitor animals without consent.',
    '',
    '## Recommendations',
    '',
    'Keep a person in the loop.',
    '',
    '## Training Procedure',
    '',
    'Batch size 32, learning rate 2e-5, 3 epochs; F1 tuning was not done.',
    '',
    '## Evaluation',
    '',
    'Metrics: accuracy and recall. The test set has 5,000 photos.',
    'We report an F1 of 91.2% for rare breeds, and macro F1 0.88 on',
    'the held-out split.',
    '',
    '| Split | Accuracy | Recall |',
    '|---|---|---|',
    '| validation | 0.96 | 0.94 |',
    '| test | 0.95 | n/a |',
    '',
    '| Metric | Value | Dataset |',
    '|---|---|---|',
    '| ROC AUC | 0.99 | test |',
    '| Notes | fine | test |',
    '',
    '## Environmental Impact',
    '',
    '<!-- fill in -->',
    '',
  ].join('\n');
  const files = { 'release-manifest.yaml': `${MINIMAL}documentation:\n  model_card: CARD.md\n`, 'CARD.md': CARD };

  it('is valid CycloneDX 1.6', async () => {
    assert.equal(schemaErrors(await bomOf(files)), '');
  });

  it('model parameters: task, and datasets from the front matter and model-index as components', async () => {
    const bom = await bomOf(files);
    assert.deepEqual(bom.metadata.component.modelCard.modelParameters, {
      task: 'image-classification',
      datasets: [{ ref: 'dataset:org/cats' }, { ref: 'dataset:org/dogs' }, { ref: 'dataset:org/pets-eval' }],
    });
    assert.deepEqual(
      bom.components.map((c: Json) => c['bom-ref']),
      ['base-model:org/vit-base', 'dataset:org/cats', 'dataset:org/dogs', 'dataset:org/pets-eval'],
    );
  });

  it('metrics: model-index, sentences and tables; numbers that are not metrics stay out', async () => {
    const metrics = (await bomOf(files)).metadata.component.modelCard.quantitativeAnalysis.performanceMetrics;
    assert.deepEqual(metrics, [
      { type: 'Top-1 Accuracy', value: '0.97', slice: 'Pets (test split)' },
      { type: 'f1', value: '0.95', slice: 'Pets (test split)' },
      { type: 'F1', value: '91.2%', slice: 'rare breeds' },
      { type: 'macro F1', value: '0.88', slice: 'held-out split' },
      { type: 'Accuracy', value: '0.96', slice: 'validation' },
      { type: 'Recall', value: '0.94', slice: 'validation' },
      { type: 'Accuracy', value: '0.95', slice: 'test' },
      { type: 'ROC AUC', value: '0.99', slice: 'test' },
    ]);
  });

  it('considerations: list items one by one, wrapped lines joined, paragraphs apart', async () => {
    const c = (await bomOf(files)).metadata.component.modelCard.considerations;
    assert.deepEqual(c.useCases, ['Sorting photos of pets', 'Teaching image classification']);
    assert.deepEqual(c.technicalLimitations, ['Fails on drawings and on very dark photos.', 'Slow on CPUs.']);
    assert.equal(c.environmentalConsiderations, undefined, 'a comment is not an impact');
  });

  it('a fairness section with labels is a fairness assessment; risks carry the recommendations after them', async () => {
    const card = (await bomOf(files)).metadata.component.modelCard;
    assert.deepEqual(card.considerations.fairnessAssessments, [
      { groupAtRisk: 'owners of rare breeds', harms: 'their pets are misclassified more often', mitigationStrategy: 'report per-breed accuracy' },
    ]);
    assert.deepEqual(card.considerations.ethicalConsiderations, [{ name: 'Could be used to monitor animals without consent.', mitigationStrategy: 'Keep a person in the loop.' }]);
    assert.deepEqual(card.properties, [{ name: 'release-readiness:out-of-scope-use', value: 'Not for identifying people.' }]);
  });

  it('a fairness section without labels is a risk, not a guessed assessment', async () => {
    const bom = await bomOf({ ...files, 'CARD.md': '# c\n\n## Bias and Fairness\n\nWorse on rare breeds.\n' });
    const c = bom.metadata.component.modelCard.considerations;
    assert.equal(c.fairnessAssessments, undefined);
    assert.deepEqual(c.ethicalConsiderations, [{ name: 'Worse on rare breeds.' }]);
  });

  it('document paths with spaces are escaped, and the BOM stays valid', async () => {
    const bom = await bomOf({ 'release-manifest.yaml': `${MINIMAL}documentation:\n  model_card: docs/My Card.md\n`, 'docs/My Card.md': '# c\n\n## Uses\n\nSorting.\n' });
    assert.equal(bom.metadata.component.externalReferences[0].url, 'docs/My%20Card.md');
    assert.equal(schemaErrors(bom), '');
  });

  it('a unit in a subfolder points to documents outside it with ..', async () => {
    const bom = await bomOf({ 'pkg/release-manifest.yaml': `${MINIMAL}documentation:\n  readme: ../README.md\n`, 'README.md': '# r\n' }, 'pkg/release-manifest.yaml');
    assert.deepEqual(bom.metadata.component.externalReferences, [{ url: '../README.md', type: 'documentation', comment: 'readme' }]);
  });
});

describe('AI BOM: metrics in sentences', () => {
  const m = (s: string) => metricsInProse(s).map((x) => `${x.type}=${x.value}${x.slice ? ` @ ${x.slice}` : ''}`);

  it('reads a named metric with its number and slice', () => {
    assert.deepEqual(m('Accuracy 0.93 on the in-domain test split and 0.86 on the out-of-domain book reviews.'), [
      'Accuracy=0.93 @ in-domain test split',
      'Accuracy=0.86 @ out-of-domain book reviews',
    ]);
    assert.deepEqual(m('It reaches an accuracy of 93.5 % on SST-2, a macro F1 of 0.91 on IMDB.'), ['accuracy=93.5 % @ SST-2', 'macro F1=0.91 @ IMDB']);
    assert.deepEqual(m('WER on LibriSpeech test-clean is 2.7.'), ['WER=2.7 @ LibriSpeech test-clean']);
    assert.deepEqual(m('BLEU: 34.1'), ['BLEU=34.1']);
  });

  it('leaves numbers without a metric, and metrics without a number, alone', () => {
    for (const s of [
      'Metrics: accuracy and macro F1.',
      'Batch size 32, learning rate 2e-5, trained for 3 epochs.',
      'Trained with mixed precision 16-bit floats on 8 GPUs.',
      'Accuracy drops by 5 points on noisy input.',
      'The test set has 5,000 reviews and 40,000 words.',
      'We use recall@10 as a secondary signal.',
      'About 2 GPU-hours, roughly 0.1 kg CO2eq.',
    ]) {
      assert.deepEqual(m(s), [], s);
    }
  });
});

describe('AI BOM: card text', () => {
  it('a label in a list item leaves its marker with it; wrapped list items are joined', async () => {
    const bom = await bomOf({
      'release-manifest.yaml': `${MINIMAL}documentation:\n  model_card: CARD.md\n`,
      'CARD.md': '# c\n\n## Uses\n\n- Sorting photos of\n  pets at home\n- **Out-of-scope:** tracking people\n- Teaching\n',
    });
    const card = bom.metadata.component.modelCard;
    assert.deepEqual(card.considerations.useCases, ['Sorting photos of pets at home', 'Teaching']);
    assert.deepEqual(card.properties, [{ name: 'release-readiness:out-of-scope-use', value: 'tracking people' }]);
  });
});
