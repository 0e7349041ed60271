// What a card states outside a heading of its own, and what only looks like a statement: purposes written
// into a dataset summary, counted labels, limits stated as claims not made, pointer lines, paper titles,
// template sentences and plans. Each mechanism is tested for what it catches and for what it must leave alone.
import * as assert from 'node:assert/strict';
import { headConcepts, REQUIRED_CONCEPTS } from '../../../src/core/cards/concepts';
import { parseCard } from '../../../src/core/cards/parse';
import { proseStatement, sectionStates, statesIn } from '../../../src/core/cards/prose';
import { isBoilerplate } from '../../../src/core/cards/boilerplate';
import { DOCUMENTATION_RULES } from '../../../src/core/rules/documentationRules';
import { docContext } from '../helpers/docContext';

const req = (kind: 'model-card' | 'dataset-card', preferred: string) => REQUIRED_CONCEPTS[kind].find((r) => r.preferred === preferred)!;
const states = (kind: 'model-card' | 'dataset-card', preferred: string, text: string) => statesIn(text, req(kind, preferred));

describe('cards: statements outside a heading of their own', () => {
  it('reads a purpose written into a description as the intended use', () => {
    for (const text of [
      'An annotated dataset for hate speech and offensive language detection on tweets.',
      'Two corpora of annotated Twitter messages for automatic stance detection.',
      'A local chat interface for legal research.',
      'This dataset is the underlying corpus for an interactive atlas of AI bias research.',
      'Built as a non-synthetic alternative to IEEE test cases for GNN research on power grids.',
      'This dataset was gathered and created to assist in common sense reasoning.',
      'This is a classification model that was trained to detect whether two texts share an author.',
      'The model is based on a BACnet data set and makes it possible to classify them according to trades.',
      'Both models are teaching / research artifacts.',
      'Research Objective: Evaluate how different schemas affect query speed.',
      'This system prioritizes which properties deserve attention first.',
      'You can use the raw model for masked language modeling.',
      'This Random Forest model predicts credit card defaults based on client demographics.',
      'It was used to train a machine learning model to predict defaults.',
      // Named by the kind of thing that acts, as model zoos write: a network, an algorithm, an engine.
      'This network segments eight organs on abdominal CT.',
      'The tracking algorithm identifies each shopper across store cameras.',
    ]) {
      assert.ok(states('dataset-card', 'intended-use', text), text);
    }
  });

  it('does not read processing, file handling or how-to text as an intended use', () => {
    for (const text of [
      'Data preprocessing was performed to prepare the tweets for feature extraction and classification.',
      'A citation file that can be used to cite this dataset.',
      'You can use the model directly after tokenizing the text.',
      '- user_id: information to make it possible to re-build the conversations',
      'Data was prepared by sampling up to 1M sentence pairs per language pair for training.',
      'The trained model weights file is loaded at start-up.',
      'It was used in 2019 by three teams.',
      'The network uses skip connections between the encoder and the decoder.',
    ]) {
      assert.ok(!states('dataset-card', 'intended-use', text), text);
    }
  });

  it('reads a pointer to other tools and non-clinical use as out of scope', () => {
    assert.ok(states('model-card', 'out-of-scope-use', 'For film reviews the results will not be reliable and you might look for another model.'));
    assert.ok(states('model-card', 'out-of-scope-use', 'Ethical considerations: privacy, de-identification, non-diagnostic use.'));
    assert.ok(!states('model-card', 'out-of-scope-use', 'Diagnostic accuracy was measured on 300 scans.'));
    // An approval the release lacks, its kind joined by a hyphen: "not production-approved", "not FDA-cleared".
    assert.ok(states('model-card', 'out-of-scope-use', 'It is **not** production-approved credit decisioning.'));
    assert.ok(states('model-card', 'out-of-scope-use', 'The detector is not FDA-cleared.'));
    assert.ok(!states('model-card', 'out-of-scope-use', 'The production-approved release is v2.'));
    // A record's value says nothing of the release: "0 = not approved"; nor does an option's note ("(testing only)").
    assert.ok(!states('model-card', 'out-of-scope-use', '- Target: `Approved` (1 = approved, 0 = not approved)'));
    assert.ok(!states('model-card', 'out-of-scope-use', '- Disable for faster marking (testing only)'));
    assert.ok(states('model-card', 'out-of-scope-use', 'Released for research use only.'));
    // What it cannot stand in for, and a confinement to reference: "cannot replace professional lawyers".
    assert.ok(states('model-card', 'out-of-scope-use', 'The model should be used for reference purposes only.'));
    assert.ok(states('model-card', 'out-of-scope-use', 'It cannot replace professional lawyers and legal experts.'));
    assert.ok(!states('model-card', 'out-of-scope-use', 'It can replace the old tokenizer in any pipeline.'));
    assert.ok(states('model-card', 'out-of-scope-use', 'For testing only.'));
    assert.ok(states('model-card', 'out-of-scope-use', '- **Research and education only.** Method comparison.'));
    assert.ok(states('model-card', 'out-of-scope-use', '- **Not for** emergency response, dispatch or insurance claims.'));
    assert.ok(!states('model-card', 'out-of-scope-use', '| DEA Land Cover | Per-land-cover stratified evaluation only |'));
  });

  it('reads degraded performance and claims not made as limitations, but not a disclaimer of property', () => {
    for (const text of [
      'Its performance can degrade when applied to texts from other domains.',
      'The fixture has no demographic attributes; therefore it also does not support group-fairness claims.',
      'For 2019-2020 no reliability claim is made for those years.',
      'Answers are not guaranteed to be safe, secure, or correct.',
      'Please note that the inference results are sensitive to the input data.',
      'Note: Detection accuracy depends on camera angle, lighting conditions, and threshold configuration.',
      'A major drawback of the question-response sequence format is that it cannot account for differences between students.',
      'It does not handle image-based or heavily formatted resumes.',
      'The detector cannot reliably recognise partially hidden faces.',
    ]) {
      assert.ok(states('model-card', 'bias-risks', text), text);
    }
    assert.ok(!states('model-card', 'bias-risks', 'The University makes no claims of intellectual property on the work of preparation of the corpus.'));
    assert.ok(!states('model-card', 'bias-risks', 'Performance is reported in the table below.'));
    assert.ok(!states('model-card', 'bias-risks', 'The corpus holds sensitive data about patients.'));
    // Near miss: what something other than the release's quality depends on.
    assert.ok(!states('model-card', 'bias-risks', 'Pricing depends on the number of seats in the team.'));
    // What a package leaves to its user is no limit of the model: "This package does not support Python 2".
    assert.ok(!states('model-card', 'bias-risks', 'This package does not support Python 2.'));
  });

  it('reads what the release does not decide as out of scope and a held-out measure as evaluation', () => {
    assert.ok(states('model-card', 'out-of-scope-use', 'It does not estimate bankruptcy/default probability, approve credit, set limits, or replace financial judgment.'));
    assert.ok(!states('model-card', 'out-of-scope-use', 'It does not need a GPU to run.'));
    assert.ok(states('model-card', 'evaluation', 'The held-out RMSE determines which pipeline is served.'));
    assert.ok(!states('model-card', 'evaluation', 'A held-out split is kept for later.'));
  });

  it('reads a measure of verification and a cross-validation scheme as evaluation', () => {
    assert.ok(states('model-card', 'evaluation', 'VoxCeleb1-O trial list: EER 0.91%, minDCF 0.07.'));
    assert.ok(states('model-card', 'evaluation', 'Models were compared under 10-fold cross-validation on the hospital cohort.'));
    // Near misses: a measure named with no figure, a tool's name.
    assert.ok(!states('model-card', 'evaluation', 'The EER is the point where false accepts equal false rejects.'));
    assert.ok(!states('model-card', 'evaluation', 'Install the cross-validation helpers with pip.'));
  });

  it('reads a set made for a purpose, gathering as a means, and what a model fails to find', () => {
    assert.ok(states('dataset-card', 'intended-use', 'This corpus serves as a training set for a Dutch language model tailored to legal applications.'));
    assert.ok(!states('dataset-card', 'intended-use', 'The training set for the model holds 8,000 decisions.'));
    assert.ok(states('dataset-card', 'collection-process', 'The Post is compiling the database by culling local news reports and monitoring independent databases.'));
    assert.ok(!states('dataset-card', 'collection-process', 'Start by downloading the archive from the releases page.'));
    assert.ok(states('model-card', 'bias-risks', 'If the face is too small, it is likely that the MTCNN cannot find face in an image.'));
    assert.ok(!states('model-card', 'bias-risks', 'If you cannot find the weights, download them again.'));
  });

  it('reads counted classes and parts as structure, but not a count of languages', () => {
    assert.ok(states('dataset-card', 'dataset-structure', 'Each corpus is annotated with three classes: AGAINST, FAVOR and NEUTRAL.'));
    assert.ok(states('dataset-card', 'dataset-structure', '26 binary input features, six domain classes, eight position classes and a 300/120 split.'));
    assert.ok(!states('dataset-card', 'dataset-structure', 'A parallel corpus covering 21 languages.'));
  });

  it('reads validation results as an evaluation, but not a validation set used to pick hyperparameters', () => {
    assert.ok(states('model-card', 'evaluation', 'Validation accuracy reached 0.91.'));
    assert.ok(states('model-card', 'evaluation', 'Scores on the test set are given below.'));
    assert.ok(!states('model-card', 'evaluation', 'The hyperparameters were selected from a validation set.'));
  });
});

describe('cards: what only looks like a statement', () => {
  it('takes a trainer sentence naming a loader default for template text, not one naming a dataset', () => {
    assert.ok(isBoilerplate('This model is a fine-tuned version of [x](https://hf.co/x) on the DATA - DEFAULT dataset.'));
    assert.ok(isBoilerplate('This model is a fine-tuned version of bert-base on the imagefolder dataset.'));
    assert.ok(isBoilerplate('This model is a fine-tuned version of bert-base on the None dataset.'));
    assert.ok(!isBoilerplate('This model is a fine-tuned version of bert-base on the emotion dataset.'));
  });

  it("takes the Hub's card metadata specification sentences for template text", () => {
    assert.ok(isBoilerplate('Valid license identifiers can be found in [our docs](https://huggingface.co/docs/hub/repositories-licenses).'));
    assert.ok(isBoilerplate('For the full dataset card template, see: [datasetcard_template.md file](https://github.com/x).'));
    assert.ok(!isBoilerplate('The full dataset is described in the paper.'));
  });

  it('finds a card holding only the metadata block and the specification sentences empty', () => {
    const manifest = 'manifest_version: 1\nname: d\nversion: 1.0.0\nartifact: dataset\nlicense: MIT\ndocumentation:\n  data_card: CARD.md\n';
    const card = '---\nlicense: mit\npretty_name: {Hansard}\n---\n\nValid license identifiers can be found in [our docs](https://hf.co/docs).\n\nFor the full dataset card template, see: [datasetcard_template.md file](https://github.com/x).\n';
    const empty = DOCUMENTATION_RULES.find((r) => r.meta.id === 'doc-empty')!;
    assert.equal(empty.check(docContext(manifest, { 'CARD.md': card })).length, 1);
    const written = card.replace('Valid license', 'Debates of the Canadian parliament, aligned English-French.\n\nValid license');
    assert.deepEqual(empty.check(docContext(manifest, { 'CARD.md': written })), []);
  });

  it('does not read a description section holding only links as a description', () => {
    const card = parseCard('c.md', '# Dataset Card for X\n\n## Dataset Description\n\n- **Homepage:** [Github](https://github.com/x/y)\n- **Paper:**\n- **Point of Contact:**\n\n### Dataset Summary\n\n[More Information Needed]\n');
    const r = req('dataset-card', 'dataset-description');
    assert.ok(card.sections.filter((s) => s.concepts.includes('dataset-description')).every((s) => !sectionStates(card, s, r)));
    const said = parseCard('c.md', '# Dataset Card for X\n\n## Dataset Description\n\n- **Homepage:** [Github](https://github.com/x/y)\n\nDebates of the Canadian parliament, aligned English-French.\n');
    assert.ok(sectionStates(said, said.section('dataset-description')!, r));
    // A link whose label names the concept still points at it.
    const ev = parseCard('m.md', '# M\n\n## Evaluation\n\n- **Evaluation:** [report](https://example.org/report)\n');
    assert.ok(sectionStates(ev, ev.section('evaluation')!, req('model-card', 'evaluation')));
  });

  it('does not read a description section holding only the release fields as a description', () => {
    const r = req('dataset-card', 'dataset-description');
    const fields = parseCard('c.md', '# D\n\n## Dataset Description\n\n- **Homepage:** [More Information Needed]\n- **Paper:** [More Information Needed]\n- **License:** apache-2.0\n');
    assert.equal(sectionStates(fields, fields.section('dataset-description')!, r), false);
    // A field's value that runs on as a sentence says more than the field.
    const said = parseCard('c.md', '# D\n\n## Dataset Description\n\n- **License:** apache-2.0\n- **Robot:** a Reachy 2 arm picking apples off a shelf and putting them in a crate\n');
    assert.ok(sectionStates(said, said.section('dataset-description')!, r));
    // Where the data came from is what a repository field names: "Repository: UCI Machine Learning Repository".
    const source = parseCard('c.md', '# D\n\n## Dataset Source\n\n- Repository: UCI Machine Learning Repository\n');
    assert.ok(sectionStates(source, source.section('collection-process')!, req('dataset-card', 'collection-process')));
  });

  it('does not read what a data set was made with as what it is', () => {
    const made = parseCard('c.md', '# D\n\nThis dataset was created using [LeRobot](https://github.com/huggingface/lerobot).\n');
    assert.equal(proseStatement(made, req('dataset-card', 'dataset-description')), undefined);
    const what = parseCard('c.md', '# D\n\nThis dataset was recorded on a Reachy 2 arm picking apples.\n');
    assert.ok(proseStatement(what, req('dataset-card', 'dataset-description')));
  });

  it('does not take paper titles, in a pointer line or a citation, for statements', () => {
    const card = parseCard('c.md', '# X\n\n## Dataset Description\n\n- **Paper:** [A Benchmark Dataset for Hate Speech Detection](https://arxiv.org/abs/1)\n\n## Citation Information\n\ntitle = {A Dataset for Stance Detection in Tweets},\n');
    assert.equal(proseStatement(card, req('dataset-card', 'intended-use')), undefined);
  });

  it('does not read a recommended protocol as an evaluation done', () => {
    const card = parseCard('m.md', '# M\n\n## Recommended training protocol\n\n- Report mAP@50, per-class precision/recall and latency.\n- Keep a locked test set.\n');
    assert.equal(proseStatement(card, req('model-card', 'evaluation')), undefined);
    const done = parseCard('m.md', '# M\n\n## Results\n\nWe report mAP@50 of 0.61 on a locked test set.\n\n## Next steps\n\nMore data.\n');
    assert.ok(done.section('evaluation'));
  });
});

  it("does not read a setup section's warning about the software as a limitation of the release", () => {
    const setup = parseCard('m.md', '# M\n\n## Overview\n\nA tabular model.\n\n## Quick Start\n\n> This currently only works on Linux machines.\n\n## Installation\n\nSource code may have new features that will not work with older releases.\n');
    assert.equal(proseStatement(setup, req('model-card', 'bias-risks')), undefined);
    const model = parseCard('m.md', '# M\n\n## Overview\n\nA tabular model. It only works on English text.\n\n## Installation\n\npip install m\n');
    assert.ok(proseStatement(model, req('model-card', 'bias-risks')));
  });

describe('cards: what a heading is about', () => {
  it('is about every concept a one-part heading names before a preposition', () => {
    assert.ok(headConcepts('Training Data Format').includes('training-data'));
    assert.deepEqual(headConcepts('Intended uses & limitations'), ['intended-use']);
    assert.deepEqual(headConcepts('Evaluation on downstream tasks'), ['evaluation']);
  });

  it("counts a one-part heading's text for each concept it is about, a compound heading's only where stated", () => {
    const card = parseCard('m.md', '# M\n\n## Training Data Format\n\nThe project expects images organized by class folder, one folder per tumour type.\n');
    assert.ok(sectionStates(card, card.section('training-data')!, req('model-card', 'training-data')));
    const compound = parseCard('m.md', '# M\n\n## Intended uses & limitations\n\nSpell checking of medical articles.\n');
    const s = compound.sections[1];
    assert.ok(!sectionStates(compound, s, req('model-card', 'bias-risks')));
  });

  it("reads a dataset card's first section as its description when the card opens with it", () => {
    const card = parseCard('d.md', '# Data Documentation\n\n## Original Paper Data\n\nThe paper used career records with 26 binary inputs and two categorical outputs.\n\n## License\n\nMIT\n');
    assert.ok(proseStatement(card, req('dataset-card', 'dataset-description')));
    const named = parseCard('d.md', '# Data\n\n## License\n\nThe records may be shared under the terms of the MIT license for any use.\n');
    assert.equal(proseStatement(named, req('dataset-card', 'dataset-description')), undefined);
  });
});
