import * as assert from 'node:assert/strict';
import { conceptsForHeading } from '../../../src/core/cards/concepts';
import { parseCard, ownMeaningfulText } from '../../../src/core/cards/parse';
import { proseStatement, readsAsEnglish, sectionStates } from '../../../src/core/cards/prose';
import { REQUIRED_CONCEPTS } from '../../../src/core/cards/concepts';

const req = (kind: 'model-card' | 'dataset-card', preferred: string) => REQUIRED_CONCEPTS[kind].find((r) => r.preferred === preferred)!;
/** Whether a card holding `text` under an "About" heading states the concept in prose. */
const states = (text: string, kind: 'model-card' | 'dataset-card', concept: string) => proseStatement(parseCard('c.md', `# Card\n\n## About\n\n${text}\n`), req(kind, concept)) !== undefined;
/** Whether a headless dataset card that is only `text` states the concept. */
const dataStates = (text: string, concept: string) => proseStatement(parseCard('c.md', `${text}\n`), req('dataset-card', concept)) !== undefined;

describe('cards: structure as a reader sees it', () => {
  it('maps compound, numbered, qualified and plural headings onto each concept they name', () => {
    assert.deepEqual(conceptsForHeading('Limitations and known biases'), ['limitations', 'bias-risks']);
    assert.deepEqual(conceptsForHeading('Risks & limitations'), ['bias-risks', 'limitations']);
    assert.deepEqual(conceptsForHeading('4. Bias and fairness'), ['bias-risks']);
    assert.deepEqual(conceptsForHeading('Accuracy (held-out split)'), ['evaluation']);
    // A negated purpose names what the release is not for, whatever word says how: "Not valid for".
    assert.deepEqual(conceptsForHeading('Not valid for'), ['out-of-scope-use']);
    assert.deepEqual(conceptsForHeading('3. Not appropriate for clinical use'), ['out-of-scope-use']);
    assert.deepEqual(conceptsForHeading('Notes for users'), []);
    assert.deepEqual(conceptsForHeading('Intended uses & limitations'), ['intended-use', 'limitations']);
    assert.ok(conceptsForHeading('Training / eval data').includes('training-data'));
  });

  it('puts the head noun first: what a compound part is about', () => {
    assert.deepEqual(conceptsForHeading('Safety Evaluation and Red-Teaming'), ['evaluation', 'bias-risks']);
    assert.deepEqual(conceptsForHeading('Evaluation on downstream tasks')[0], 'evaluation');
    assert.deepEqual(conceptsForHeading('Training / eval data')[0], 'training-data');
  });

  it('maps headings about who a release is for, and use policies', () => {
    assert.deepEqual(conceptsForHeading('Target users'), ['intended-use']);
    assert.deepEqual(conceptsForHeading('Who should use this model'), ['intended-use']);
    assert.deepEqual(conceptsForHeading('Acceptable use policy'), ['out-of-scope-use']);
    assert.deepEqual(conceptsForHeading('Dataset Statistics'), ['dataset-structure']);
    // "Users" alone may describe anything about users (accounts, consent): no concept.
    assert.deepEqual(conceptsForHeading('Users'), []);
  });

  it('maps headings that name nothing to nothing', () => {
    assert.deepEqual(conceptsForHeading('How to use'), []);
    assert.deepEqual(conceptsForHeading('Model Card for tiny-sentiment'), []);
    assert.deepEqual(conceptsForHeading('Acknowledgements'), []);
  });

  it('reads bold labels that open a paragraph or list item as sections', () => {
    const card = parseCard('c.md', '# Card\n\n## Uses\n\nSentiment of reviews.\n\n**Not suitable for:**\n\n- medical advice\n- hiring\n\n## Training\n\n- **Training corpus:** 10k reviews from a public forum.\n');
    const oos = card.section('out-of-scope-use');
    assert.ok(oos && oos.kind === 'label');
    assert.match(ownMeaningfulText(card, oos, ['out-of-scope-use']), /medical advice\n- hiring/);
    const data = card.section('training-data');
    assert.ok(data && data.kind === 'label');
    assert.equal(ownMeaningfulText(card, data, ['training-data']), '10k reviews from a public forum.');
    // The label's own paragraph is not the intended-use section's text.
    assert.equal(ownMeaningfulText(card, card.section('intended-use')!, ['intended-use']), 'Sentiment of reviews.');
  });

  it('reads a bold label whose value follows a dash set off by spaces as a section', () => {
    const card = parseCard('c.md', '# Card\n\n## Guardrails\n\n- **Content filters** \u2014 hate, insults\n- **Denied topics** \u2014 investment advice, medical diagnosis, legal advice\n');
    const oos = card.section('out-of-scope-use');
    assert.ok(oos && oos.kind === 'label');
    assert.equal(ownMeaningfulText(card, oos, ['out-of-scope-use']), 'investment advice, medical diagnosis, legal advice');
    // Near miss: a hyphen inside the words is no separator.
    const joined = parseCard('c.md', '# Card\n\n- **Denied topics**-style lists are shown in the app.\n');
    assert.equal(joined.section('out-of-scope-use'), undefined);
  });

  it('reads that a dataset contains made-up material as how it was made', () => {
    assert.ok(states('This dataset contains **synthetic user-agent conversations** in JSON format.', 'dataset-card', 'collection-process'));
    // Near miss: synthetic as a topic, not what the data is.
    assert.ok(!states('This dataset contains reviews of synthetic fabrics.', 'dataset-card', 'collection-process'));
  });

  it('does not take emphasis inside a sentence for a label', () => {
    const card = parseCard('c.md', '# Card\n\n**Note** that the limitations are listed below.\n');
    assert.equal(card.section('limitations'), undefined);
  });

  it('reads HTML headings', () => {
    const card = parseCard('c.md', '<h1 align="center">My model</h1>\n\n<h2>Intended use</h2>\n\nTranslating product manuals.\n');
    const s = card.section('intended-use');
    assert.ok(s && s.kind === 'heading');
    assert.equal(s.meaningfulText, 'Translating product manuals.');
  });

  it('finds a concept stated in prose under another heading, or in the opening text', () => {
    const card = parseCard('c.md', '# Card\n\nThis model is intended for routing support tickets.\n\n## Uses\n\nRoute tickets. It should not be used to make decisions about people.\n');
    assert.ok(proseStatement(card, req('model-card', 'out-of-scope-use')));
    const opening = parseCard('o.md', '# Card\n\nThis model is intended for routing support tickets.\n');
    assert.ok(proseStatement(opening, req('model-card', 'intended-use')));
  });

  it('reads statements as real cards word them: untested claims, restrictions, a model for a task, what data can help with', () => {
    assert.ok(states('The model has not undergone clinical testing and usage is at the user\'s own risk.', 'model-card', 'bias-risks'));
    assert.ok(states('It might perform differently on text from a different hospital.', 'model-card', 'bias-risks'));
    assert.ok(states('Not a replacement for human decision-making.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('The trained model will not be applicable for scoring essays in other languages.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Legal advice provided by the model should not be considered as professional legal counsel.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('Legal advice provided by the model is considered as a draft.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('- Performance on novel legal scenarios not present in the training data may be limited', 'model-card', 'evaluation'));
    assert.ok(states('- Performance on novel legal scenarios is 71% accuracy.', 'model-card', 'evaluation'));
    assert.ok(!states('The trained model is applicable for scoring essays in other languages.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('This can only be used for questions similar to the ones in the dataset.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('ROTA is a machine learning model for converting offense text into offense codes.', 'model-card', 'intended-use'));
    assert.ok(states('An AI candidate ranker for the India Runs (Redrob) Track-1 challenge.', 'model-card', 'intended-use'));
    assert.ok(states('The recordings can help train speech recognition engines.', 'dataset-card', 'intended-use'));
    // Near misses: a test that was done, a risk named as a topic, a model loaded for running.
    assert.ok(!states('The model has been tested on real X-ray images.', 'model-card', 'bias-risks'));
    assert.ok(!states('Credit risk is the target variable.', 'model-card', 'bias-risks'));
    assert.ok(!states('Use the model for inference with the pipeline below.', 'model-card', 'out-of-scope-use'));
    // A number format and licence wording are no results; a figure is.
    assert.ok(!states('- **Precision:** Mixed precision (fp16)', 'model-card', 'evaluation'));
    assert.ok(!states('You are liable for the outputs or results of any products using the model.', 'model-card', 'evaluation'));
    assert.ok(states('Precision 0.91 and recall 0.88 on the held-out split.', 'model-card', 'evaluation'));
  });

  it('reads the statements of a headless dataset card: use, storage, named fields and targets, provenance, redaction', () => {
    assert.ok(dataStates('This dataset may be useful for finding trends in tech job listings.', 'intended-use'));
    assert.ok(dataStates('These post types are stored in datasets called `hiring` and `freelancer` respectively.', 'dataset-structure'));
    assert.ok(dataStates('You can tell when each comment was added through the CommentTime field.', 'dataset-structure'));
    assert.ok(dataStates('The target is the binary outcome `is_recid`.', 'dataset-structure'));
    assert.ok(dataStates('The raw data was created by querying the public table `hacker_news.full` in BigQuery.', 'collection-process'));
    assert.ok(dataStates('Port of the compas-recidivism dataset from propublica (see their repository).', 'collection-process'));
    assert.ok(dataStates('Email addresses have been redacted from the dataset.', 'personal-information'));
    // Near misses: a use that is not what data is for, authorship, storage of the code, a target in a plan.
    assert.ok(!dataStates('This dataset was created by Dan Becker.', 'collection-process'));
    assert.ok(!dataStates('The authors are grateful to the annotators.', 'personal-information'));
    assert.ok(!dataStates('Our goal was ambitious and the field moves fast.', 'dataset-structure'));
  });

  it('reads the Kaggle description template and the short statements of small data cards', () => {
    assert.deepEqual(conceptsForHeading('Content'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Inspiration'), ['intended-use']);
    assert.deepEqual(conceptsForHeading('Context'), ['dataset-description']);
    assert.ok(dataStates('This is a resume sentence classification dataset built from public CVs.', 'intended-use'));
    assert.ok(dataStates('- A collection of Chinese short answer scoring datasets.', 'intended-use'));
    assert.ok(!dataStates('- A collection of Chinese short answers from three exams.', 'intended-use'));
    assert.ok(dataStates('The dataset have five category.', 'dataset-structure'));
    assert.ok(dataStates('Only certain variables are selected: case id, borough and filing date.', 'dataset-structure'));
    assert.ok(dataStates('The sentences were constructed based on resume text.', 'collection-process'));
    assert.ok(dataStates('The following was retrieved from the UCI Machine Learning Repository.', 'collection-process'));
    // Near misses: a dataset that is not named for a task, a version number, text retrieved by the model.
    assert.ok(!dataStates('This is a large dataset of resumes.', 'intended-use'));
    assert.ok(!dataStates('Release 2 of the card.', 'dataset-structure'));
  });

  it('reads disclaimers as real cards word them: informational use only, not replacing staff, beyond the model\'s scope', () => {
    assert.ok(states('This tool provides predictions for educational and informational purposes only.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('The model is for supporting decisions, not replacing medical staff.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Note: this model is meant to be used only for demo purposes.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Used only for support, not punitive measures.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('Only the encoder is used for inference.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Actual visa decisions depend on numerous factors beyond this model\'s scope.', 'model-card', 'bias-risks'));
    assert.ok(states('We do not currently recommend it for commercial use.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Any text to audio model has the potential for dual use; it can still be used for nefarious purposes.', 'model-card', 'bias-risks'));
    // No personal data of a kind, or made-up people, says what personal data the data set holds.
    assert.ok(states('No personal phone numbers or e-mail addresses are kept.', 'dataset-card', 'personal-information'));
    assert.ok(states('Records describe 2,000 fictional loan applicants.', 'dataset-card', 'personal-information'));
    assert.ok(!states('Records describe 2,000 loan applicants from a regional bank.', 'dataset-card', 'personal-information'));
    assert.ok(states('DISCLAIMER: All data is FAKE data, generated for the workshop.', 'dataset-card', 'personal-information'));
    // A confining purpose in the singular, and two purposes side by side, confine as the plural list does.
    assert.ok(states('The pretrained models are available for academic research purpose only.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('The pretrained models are available for academic research.', 'model-card', 'out-of-scope-use'));
    // A loss the release shows, and what that makes it unfit for, state its limits; a loss it measures does not.
    assert.ok(states('The heavy compression results in a noticeable loss of detail in the reconstructed images.', 'model-card', 'bias-risks'));
    assert.ok(states('This renders it inappropriate for applications that require fine-grained details.', 'model-card', 'bias-risks'));
    assert.ok(!states('The model predicts weight loss of patients after surgery.', 'model-card', 'bias-risks'));
    assert.ok(!states('All data is collected from the clinic\'s records.', 'dataset-card', 'personal-information'));
    // What an output is not, set against what it is; a factor's weight is no exclusion.
    assert.ok(states('Scores are triage hints for reviewers, not eligibility decisions.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Flags likely fractures (not standalone diagnosis).', 'model-card', 'out-of-scope-use'));
    assert.ok(states('It is not an official language certificate.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('Income is not a standalone signal without the other features.', 'model-card', 'out-of-scope-use'));
    // Near misses: a recommendation made, hopeful implications.
    assert.ok(!states('We recommend it for commercial use after fine-tuning.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('We anticipate that its capabilities can improve accessibility tools.', 'model-card', 'bias-risks'));
    assert.deepEqual(conceptsForHeading('📝 Disclaimer'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Capabilities'), ['intended-use']);
    assert.ok(states('Indian Legal NER: Identifying relevant named entities in an Indian legal judgement.', 'model-card', 'intended-use'));
    // What the release is, as an opening says it.
    assert.ok(states('SepsisPulse is an interactive auditing platform that compares three approaches to sepsis prediction.', 'model-card', 'intended-use'));
    assert.ok(states('A reinforcement-learning controller for a water pumping network, designed to maintain reservoir stability.', 'model-card', 'intended-use'));
    assert.ok(!states('The model is a fork of BERT with a larger vocabulary.', 'model-card', 'intended-use'));
    // A preposition that ends its clause names no data: "the data it has been trained on."
    assert.ok(!states('This model may have biases based on the data it has been trained on.', 'model-card', 'training-data'));
    assert.ok(states('It has been trained on 300 hours of meeting recordings.', 'model-card', 'training-data'));
    // The release named by the task its system does: "an automated shift rostering system"; not "a deep learning system".
    assert.ok(states('RotaMate is an automated shift rostering system built on constraint solving.', 'model-card', 'intended-use'));
    assert.ok(!states('RotaMate is a deep learning system built on PyTorch.', 'model-card', 'intended-use'));
    assert.ok(!states('- Identifying sarcasm is hard for the model.', 'model-card', 'intended-use'));
    // Near misses: a replacement part, a scope that is the model's own.
    assert.ok(!states('Replacing the tokenizer is not supported yet; it is on the roadmap.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('The scope of this model is sentiment of product reviews.', 'model-card', 'bias-risks'));
  });

  it('does not take a topic word, a table of contents or template guidance for a statement', () => {
    const card = parseCard('c.md', '# Card\n\n- [Known Limitations](#known-limitations)\n\nPredicts credit risk for research.\n\n## Bias, Risks, and Limitations\n\nProvide examples of latent issues and potential remediations.\n\nMore information needed\n');
    assert.equal(proseStatement(card, req('model-card', 'bias-risks')), undefined);
    assert.equal(ownMeaningfulText(card, card.section('bias-risks')!, ['bias-risks', 'limitations']), '');
  });

  it('counts a table row keyed by a concept, and labels that describe the section they stand in', () => {
    const card = parseCard('c.md', '# Card\n\n## Model Summary\n\n| Property | Value |\n|---|---|\n| Task | Fall detection from wrist sensors |\n\n## Training Data\n\n- **Source**: public falls datasets\n- **Features**: 2 s windows\n');
    assert.ok(proseStatement(card, req('model-card', 'intended-use')));
    assert.equal(ownMeaningfulText(card, card.section('training-data')!, ['training-data']), '- **Source**: public falls datasets\n- **Features**: 2 s windows');
  });

  it('reads fenced code as markdown-it does: a one-line ```code``` span opens no block', () => {
    const card = parseCard('c.md', '# Card\n\nInstall with ```brew install cmake```\n\n```brew install cmake```\n\n```bash\npip install x\n```\n\n## Caveats\n\n* The model is trained on adults and does not work well on children.\n\n```text\ntrained on secret data\n```\n');
    const r = proseStatement(card, req('model-card', 'training-data'));
    assert.ok(r, 'the caveat after the code blocks is read');
    assert.equal(card.text.slice(r.startOffset, r.startOffset + 9), '* The mod');
    assert.equal(card.fencedCode.length, 2);
  });

  it('reads taglines, aims and what a data set was used for as intended use', () => {
    assert.ok(states('An AI-based online exam proctoring system that detects cheating behaviour in real time.', 'model-card', 'intended-use'));
    assert.ok(states('An automatic essay scoring system based on recurrent neural networks.', 'model-card', 'intended-use'));
    assert.ok(states('Our solution: A **multi-class machine learning model** built using **IBM AutoAI** that predicts the most appropriate sub-scheme.', 'model-card', 'intended-use'));
    assert.ok(states('We aimed to develop and validate an AI model to assess the risk of sepsis mortality.', 'model-card', 'intended-use'));
    assert.ok(states('We describe the synthetic generation process, used to produce the public pseudonymisation model.', 'dataset-card', 'intended-use'));
    // Near misses: how it was made, an aim about the code.
    assert.ok(!states('A model that was pre-trained on news text.', 'model-card', 'intended-use'));
    assert.ok(!states('The evaluation pipeline writes a CSV per run.', 'model-card', 'intended-use'));
    assert.ok(!states('We aimed to keep the code short.', 'model-card', 'intended-use'));
    assert.ok(!states('A model built using PyTorch that was trained on news text.', 'model-card', 'intended-use'));
    assert.ok(states('The goal is to **train and deploy a fair classifier** for loan decisions.', 'model-card', 'intended-use'));
    assert.ok(!states('Our goal was to keep the code short.', 'model-card', 'intended-use'));
  });

  it('reads a card opening that starts with a task verb as intended use, but not an instruction or a later section', () => {
    const opening = (body: string) => proseStatement(parseCard('c.md', `# Faces\n\n${body}\n\n## Install\n\npip install faces\n`), req('model-card', 'intended-use')) !== undefined;
    assert.ok(opening('Recognize and manipulate faces from Python or from the command line.'));
    assert.ok(!opening('Install the package with pip.'));
    assert.ok(!proseStatement(parseCard('c.md', '# Faces\n\n## Usage\n\nDetect faces with one call.\n'), req('model-card', 'intended-use')));
  });

  it('reads a task verb opening the second sentence of an opening line as intended use, but not a plural noun before a verb', () => {
    const opening = (body: string) => proseStatement(parseCard('c.md', `# Drones\n\n${body}\n\n## Install\n\npip install drones\n`), req('model-card', 'intended-use')) !== undefined;
    assert.ok(opening('My first object detection project!! Detects whether a drone is visible in an image or a video.'));
    assert.ok(!opening('Trained for 100 epochs on public data. Labels have project-specific meanings and vary by source.'));
  });

  it('reads a data set said to consist of or be split into parts as stating its structure, and a heading saying what the data holds', () => {
    assert.ok(states('The dataset consists of point clouds captured in three different environments.', 'dataset-card', 'dataset-structure'));
    assert.ok(states('The corpus is split into one folder per speaker.', 'dataset-card', 'dataset-structure'));
    // Near miss: what the data is about says nothing of how it is made up.
    assert.ok(!states('The dataset is about point clouds captured in three different environments.', 'dataset-card', 'dataset-structure'));
    assert.deepEqual(conceptsForHeading('Data includes'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading("What's in the dataset?"), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Data overview'), ['dataset-description']);
  });

  it("reads a datasheet question answered yes or no as answering for all it asks about, and data that might be confidential as personal information", () => {
    const says = (heading: string, answer: string, concept: string) => {
      const card = parseCard('c.md', `# Datasheet\n\n## Composition\n\n### ${heading}\n\n${answer}\n`);
      return sectionStates(card, card.sections.find((x) => x.title === heading)!, req('dataset-card', concept));
    };
    assert.equal(says('Are there any errors, sources of noise, or redundancies in the dataset?', 'No.', 'bias-risks'), true);
    assert.equal(says('Does the dataset contain data that might be considered confidential?', 'No.', 'personal-information'), true);
    // Near misses: an answer left as a stub, and a question that is not asked.
    assert.equal(says('Are there any errors, sources of noise, or redundancies in the dataset?', 'N/A', 'bias-risks'), false);
    assert.equal(says('Errors, sources of noise, or redundancies in the dataset', 'No.', 'bias-risks'), false);
  });

  it('reads a label in capitals opening a paragraph as a label, but not a capitalised word opening a sentence', () => {
    const limited = (body: string) => {
      const card = parseCard('c.md', `# Model\n\n## Training\n\n${body}\n`);
      return card.sections.some((x) => x.concepts.includes('limitations'));
    };
    assert.ok(limited('DISCLAIMER: The images are black and white and blurry; colour video works much better.'));
    assert.ok(!limited('Disclaimer: The images are black and white and blurry; colour video works much better.'));
  });

  it('reads what a release is not, skewed data, hashed identifiers and measured evaluation as statements', () => {
    assert.ok(states('Built as internal ML tooling, not a hiring product.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('It is not a problem to retrain it.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Sampling notes by date would skew the model towards recent notes.', 'dataset-card', 'bias-risks'));
    assert.ok(!states('See [Classification-for-imbalanced-data.ipynb](nb.ipynb).', 'dataset-card', 'bias-risks'));
    assert.ok(states('`client_id` -- hashed UUID of the speaker', 'dataset-card', 'personal-information'));
    assert.ok(!states('Passwords are hashed by the web app.', 'dataset-card', 'personal-information'));
    assert.ok(states('7. Evaluate all models for each validation time according to each metric (PPV at top k)', 'model-card', 'evaluation'));
    assert.ok(!states('Models will be evaluated with standard metrics once the data is ready.', 'model-card', 'evaluation'));
  });

  it('reads "risk of" as a risk of the release, not the risk a model predicts or people run', () => {
    assert.ok(states('There is a risk of misuse for surveillance.', 'model-card', 'bias-risks'));
    assert.ok(!states('An AI model to assess the risk of in-hospital sepsis mortality.', 'model-card', 'bias-risks'));
    assert.ok(!states("The models predict an individual's risk of experiencing homelessness.", 'model-card', 'bias-risks'));
    assert.ok(!states('We list the individuals at highest risk of eviction, ranked by their risk of losing housing.', 'model-card', 'bias-risks'));
  });

  it('reads a system\'s task verb as its use, but not a data set that "identifies" through its fields', () => {
    assert.ok(states('This model identifies at-risk machines from vibration data.', 'model-card', 'intended-use'));
    assert.ok(!states('The dataset identifies subpopulations by age, gender and race.', 'dataset-card', 'intended-use'));
    assert.ok(states('This dataset helps researchers study deaths in custody.', 'dataset-card', 'intended-use'));
  });

  it('reads what data makes possible, what it is not and who gathered it as statements', () => {
    assert.ok(states('These outcome fields allow the scoring model to be evaluated against ground-truth measures.', 'dataset-card', 'intended-use'));
    assert.ok(!states('These fields allow missing values.', 'dataset-card', 'intended-use'));
    assert.ok(states('This dataset is not programmatically reproducible from source.', 'dataset-card', 'bias-risks'));
    assert.ok(!states('This dataset is not hosted here.', 'dataset-card', 'bias-risks'));
    assert.ok(states("I'd like to thank ai-jobs.net for aggregating this data!", 'dataset-card', 'collection-process'));
    assert.ok(!states("I'd like to thank ai-jobs.net for hosting this data!", 'dataset-card', 'collection-process'));
  });

  it('reads an objective heading as intended use, and counts, selections and no private data as statements', () => {
    assert.deepEqual(conceptsForHeading('🎯 Objective'), ['intended-use']);
    assert.ok(states('`resumes/`: directory containing 65 resumes in .docx format, anonymized', 'dataset-card', 'dataset-structure'));
    assert.ok(!states('The directory contains the scripts.', 'dataset-card', 'dataset-structure'));
    assert.ok(states('List of 5 selected vacancies from data.world', 'dataset-card', 'collection-process'));
    assert.ok(states('These timings are synthetic and do not reflect real vehicles or private data.', 'dataset-card', 'personal-information'));
  });

  it('reads "not a ... system", typical errors, weak labels and a confidentiality answer as statements', () => {
    assert.ok(states('It is not a production fraud adjudication system.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('It is a production system for invoices.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('There are typical errors which occur while capturing data with a moving robot.', 'dataset-card', 'bias-risks'));
    assert.ok(states('Treating weak static-analysis labels as manually verified ground truth.', 'dataset-card', 'bias-risks'));
    assert.ok(!states('Labels were assigned by two annotators.', 'dataset-card', 'bias-risks'));
    assert.ok(states('No, the dataset does not contain data that might be considered confidential.', 'dataset-card', 'personal-information'));
  });

  it('reads a line that leads into a list as a sentence, but a label with no value as a pointer', () => {
    assert.ok(states('Only certain variables are selected:\n\n- Case filing date (filedate)\n- Zipcode (zip)', 'dataset-card', 'dataset-structure'));
    // A list item with an empty value stays a pointer, even with a list after it.
    assert.ok(!states('- Selected items:\n- Homepage: [site](https://example.org)', 'dataset-card', 'dataset-structure'));
  });

  it('counts a table column headed by a concept with a value under it, but not a one-word header of a results table', () => {
    const card = parseCard('c.md', '# Card\n\n## Model Details\n\n| Model | Training Data |\n| :---: | :---: |\n| small | Objaverse |\n| mix | Objaverse + MVImgNet |\n');
    assert.ok(proseStatement(card, req('model-card', 'training-data')));
    const results = parseCard('r.md', '# Card\n\n## Results\n\n| Dataset | Accuracy |\n|---|---|\n| SST-2 | 91.2 |\n');
    assert.equal(proseStatement(results, req('model-card', 'training-data')), undefined);
    assert.ok(proseStatement(results, req('model-card', 'evaluation')));
    // A column whose cells are empty states nothing.
    const empty = parseCard('e.md', '# Card\n\n## Model Details\n\n| Model | Training Data |\n|---|---|\n| small | |\n| base | TBD |\n');
    assert.equal(proseStatement(empty, req('model-card', 'training-data')), undefined);
  });

  it('reads a short plain line standing alone as a heading, but not a lead-in sentence', () => {
    const card = parseCard('c.md', 'Chatbot Logs\n\nDataset Summary\n\nChat logs made with scripts.\n\nThis release is not intended for:\n\n- hiring\n');
    assert.equal(card.section('dataset-description')?.title, 'Dataset Summary');
    assert.equal(card.section('out-of-scope-use'), undefined);
  });

  it('reads a heading that asks what the release is for as intended use, but not one that asks how to run it', () => {
    for (const h of ['What can I do with this package?', 'What is this for?', 'Who is this for?', 'When should I use this?', 'Why use Resemblyzer?']) {
      assert.deepEqual(conceptsForHeading(h), ['intended-use'], h);
    }
    assert.deepEqual(conceptsForHeading('How do I use it?'), []);
    assert.deepEqual(conceptsForHeading('What is Resemblyzer?'), []);
    assert.ok(!conceptsForHeading('What data was used for training?').includes('intended-use'));
  });

  it('reads where a model does best and what it leaves out as limitations', () => {
    assert.ok(states('Both models were trained on 160x160 px images, so will perform best if applied to images of that size.', 'model-card', 'bias-risks'));
    assert.ok(states('It currently works best on English language only.', 'model-card', 'bias-risks'));
    assert.ok(!states('The best model works on English and German.', 'model-card', 'bias-risks'));
    assert.ok(states('Currently no escalation or human behaviour characteristics are included in the model.', 'model-card', 'bias-risks'));
    assert.ok(states('The model does not account for seasonal demand.', 'model-card', 'bias-risks'));
    assert.ok(!states('All stations are included in the model.', 'model-card', 'bias-risks'));
  });

  it('reads a list item that opens with a plain label as a section, but not one whose value is code', () => {
    const card = parseCard('c.md', '### Model Card\n\n- Intended Use: Educational demo.\n- Data: Text-based patient records parsed into 13 features.\n- Performance: See training script outputs.\n');
    assert.equal(card.section('training-data')?.title, 'Data');
    assert.equal(card.section('evaluation')?.title, 'Performance');
    assert.equal(card.section('training-data')?.plain, true);
    const api = parseCard('a.md', '## Liveness\n\n- Result: `human.result.face[0].live` as score\n');
    assert.equal(api.section('evaluation'), undefined);
    // In a paragraph outside a list, a plain "Note: ..." is a sentence.
    assert.equal(parseCard('p.md', '# M\n\nData: patient records.\n').section('training-data'), undefined);
  });

  it('reads lines of "Key: value" in a plain-text card as its fields, but not one such line in prose', () => {
    const card = parseCard('c.md', '# Model Card\nModel: RandomForest (tuned)\nTraining Data: Kaggle Breast Cancer Wisconsin, 569 samples.\nIntended Use: Assistive risk estimation.\nLimitations: Class imbalance.\n');
    assert.equal(card.section('training-data')?.title, 'Training Data');
    assert.equal(card.section('limitations')?.title, 'Limitations');
    // Near miss: two such lines in a paragraph are prose that happens to use colons.
    const prose = parseCard('p.md', '# M\n\nNote: we trained it on patient records.\nData: see the paper.\n');
    assert.equal(prose.section('training-data'), undefined);
  });

  it('reads a section that is only a to-do list, grouped or not, as stating nothing yet', () => {
    const todo = parseCard('d.md', '# Data Card\n\n## Upcoming\n\n- [ ] **Measure data quality**\n    - *Known limitations*\n        - [ ] Completeness\n        - [ ] Class balance\n');
    const limits = req('dataset-card', 'bias-risks');
    assert.ok(!sectionStates(todo, todo.sections.find((s) => s.title === 'Known limitations')!, limits));
    // Near miss: a ticked box, or a sentence among the boxes, says something.
    const done = parseCard('d.md', '# Data Card\n\n## Upcoming\n\n- [ ] **Measure data quality**\n    - *Known limitations*\n        - [x] Class balance: 80% of calls are from one region\n');
    assert.ok(sectionStates(done, done.sections.find((s) => s.title === 'Known limitations')!, limits));
    const said = parseCard('d.md', '# Data Card\n\n## Known limitations\n\nThe calls come from one region.\n\n- [ ] Add calls from other regions\n');
    assert.ok(sectionStates(said, said.sections.find((s) => s.title === 'Known limitations')!, limits));
  });

  it("reads a label's every head concept as stated by its text: a dataset's purpose is its motivation too", () => {
    const card = parseCard('d.md', '# Data Card\n\n- **Purpose:** offline tests and tutorials.\n- **Coverage:** hourly air-quality series and daily climate series.\n');
    const description = REQUIRED_CONCEPTS['dataset-card'].find((r) => r.preferred === 'dataset-description')!;
    const structure = REQUIRED_CONCEPTS['dataset-card'].find((r) => r.preferred === 'dataset-structure')!;
    assert.ok(sectionStates(card, card.sections.find((s) => s.title === 'Purpose')!, description));
    assert.ok(sectionStates(card, card.sections.find((s) => s.title === 'Coverage')!, structure));
    const empty = parseCard('e.md', '# Data Card\n\n- **Purpose:** TODO\n');
    assert.ok(!sectionStates(empty, empty.sections.find((s) => s.title === 'Purpose')!, description));
  });

  it('reads what a system takes in and gives out as its intended use, and what it is built from as not', () => {
    assert.ok(states('This pipeline ingests mono audio sampled at 16kHz and outputs speaker diarization.', 'model-card', 'intended-use'));
    assert.ok(!states('The pipeline takes its weights from the base checkpoint.', 'model-card', 'intended-use'));
  });
  it('reads a hedged cost of using a release and a part not yet done as limitations, and a plan as not', () => {
    assert.ok(states('Using the model without echo cancellation may result in significantly higher false-reject rates.', 'model-card', 'bias-risks'));
    assert.ok(dataStates('However, the French translation is still a work in progress.', 'bias-risks'));
    assert.ok(!states('This may result in a new release next month.', 'model-card', 'bias-risks'));
    assert.ok(!dataStates('The French translation is the work of three volunteers.', 'bias-risks'));
  });
  it('reads what cannot be guaranteed and what may not be carried over faithfully as limitations', () => {
    assert.ok(states('Since its accuracy on the test set is relatively low, it cannot be guaranteed to generalize well to new images.', 'model-card', 'bias-risks'));
    assert.ok(dataStates('The dataset may not exactly replicate the original information provided on the websites.', 'bias-risks'));
    assert.ok(!dataStates('The scripts replicate the original tables exactly.', 'bias-risks'));
  });
  it('reads work a release still needs as a limitation, an aim to share data as a use, and fictional personas as saying who is in it', () => {
    assert.ok(states('The result is a base model that performs quite well but requires some further instruction fine-tuning.', 'model-card', 'bias-risks'));
    assert.ok(states('**Additional training is needed**', 'model-card', 'bias-risks'));
    assert.ok(!states('The recipe requires a GPU with 24 GB of memory.', 'model-card', 'bias-risks'));
    assert.ok(dataStates('This project aims to share high-quality data generated by GPT-4 for building instruction-following models.', 'intended-use'));
    assert.ok(dataStates('Each dialogue is a complete interaction between two fictional personas drawn from a persona bank.', 'personal-information'));
    assert.ok(!dataStates('It includes fictional characters, complete with their own backgrounds and goals.', 'personal-information'));
  });
  it('reads what a release is, with what it does, as its intended use, but how well it does as none', () => {
    assert.ok(states('SepsisPulse is an interactive auditing platform that compares alert rules on ICU data.', 'model-card', 'intended-use'));
    assert.ok(!states('The result is a base model that performs quite well on the leaderboard.', 'model-card', 'intended-use'));
  });
  it('reads what "we can use" the data for, and research it enables, as its intended use', () => {
    assert.ok(dataStates('We can use the label column for classification.', 'intended-use'));
    assert.ok(!dataStates('Before we can use this data for training, it must be cleaned.', 'intended-use'));
    assert.ok(dataStates('The dataset is static and easily downloadable, enabling reproducible research.', 'intended-use'));
    assert.ok(!dataStates('Enabling the GPU flag speeds up the conversion.', 'intended-use'));
  });
  it('reads a data set named as a synthetic one as saying how it was made, and a synthetic task as not', () => {
    assert.ok(dataStates('QF-LOG is a synthetic, physics-grounded dataset of quantum key distribution logs.', 'collection-process'));
    assert.ok(!dataStates('QF-LOG is a benchmark for detecting synthetic speech in phone calls.', 'collection-process'));
    // Or opening a label's statement: "**Description**: Synthetic customer data".
    assert.ok(dataStates('**Description**: Synthetic customer data for churn modelling.', 'collection-process'));
    assert.ok(!dataStates('**Roadmap**: a synthetic data generator may follow.', 'collection-process'));
  });
  it("reads batch U's shapes: glosses in brackets, a file's contents, labels made by a model, errors that may be there", () => {
    assert.ok(dataStates('To address this gap, we introduce the ViSAGe (Visual Stereotypes Around the Globe) dataset to enable the evaluation of stereotypes in T2I models.', 'intended-use'));
    assert.ok(dataStates('The file `Image_Annotations` contains annotations for the presence or absence of attributes.', 'dataset-structure'));
    assert.ok(!dataStates('The file was last updated in 2021.', 'dataset-structure'));
    assert.ok(dataStates('It holds synthetic labels created with Llama 3.3 70B when prompted with sentences from PubTator.', 'collection-process'));
    assert.ok(states('No humans were involved in annotating the dataset, so there may be erroneous annotations.', 'model-card', 'bias-risks'));
    // A precondition of running a model is no intended use; an evaluation still wanted is none done.
    assert.ok(!states('Before you can use this model to perform inference, it must be converted to the Hugging Face format.', 'model-card', 'intended-use'));
    assert.ok(states('Developers can use this model to tag biomedical relations in abstracts.', 'model-card', 'intended-use'));
    assert.ok(!states("Detailed evaluation by human experts would be needed to gain an accurate view of the model's accuracy.", 'model-card', 'evaluation'));
    assert.ok(states('Evaluation by two clinicians gave an accuracy of 0.91.', 'model-card', 'evaluation'));
  });

  it("reads a card whose title has a plan in a name as no plan: its statements count", () => {
    const r = req('model-card', 'training-data');
    assert.ok(proseStatement(parseCard('c.md', '# Model card: MedicalPlan-Xray plan-tier classifier\n\n## Intended use\n\nA demo. The training data is synthetic.\n'), r));
    assert.ok(!proseStatement(parseCard('c.md', '# Model card\n\n## Intended use\n\nA demo.\n\n## Planned training\n\nThe training data is to be collected.\n'), r));
  });

  it("reads batch W's shapes: a TODO that labels what to write says nothing, a use set against another excludes it", () => {
    const todo = parseCard('d.md', '# Datasheet\n\n## Motivation\n\nTODO: why the dataset was made, and by whom.\n');
    assert.equal(todo.section('motivation')?.meaningfulText, '');
    const said = parseCard('d.md', '# Datasheet\n\n## Motivation\n\nMade to study TODO lists in open-source projects.\n');
    assert.notEqual(said.section('motivation')?.meaningfulText, '');
    assert.ok(states('Intended use: reproducible research, not diagnosis, treatment selection or autonomous patient clearance.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('We report accuracy, not F1, because the classes are balanced.', 'model-card', 'out-of-scope-use'));
  });

  it("reads batch Y's shapes: labels, table rows and notes whose values are stubs say nothing", () => {
    const text = (body: string) => parseCard('d.md', `# Data card\n\n## Source\n\n${body}\n`).section('collection-process')?.meaningfulText;
    assert.equal(text('- **URL:** URL - TBD\n- **Coverage:** TODO (date range, geography, population)'), '');
    assert.equal(text('| Property | Value |\n|---|---|\n| Total rows | TODO |\n| Target rate | TODO (e.g. default rate) |'), '');
    assert.equal(text('**Origin:** TODO \u2014 list where the rows come from.'), '');
    // A value beside its stub, a filled row, or a header over filled rows still says something.
    assert.notEqual(text('- **Coverage:** 2019-2023, TODO: add 2024'), '');
    assert.notEqual(text('| Property | Value |\n|---|---|\n| Total rows | 12,000 |\n| Target rate | TODO |'), '');
    assert.match(text('| Model | Training Data |\n|---|---|\n| base | Objaverse |') ?? '', /Training Data/);
  });

  it("reads batch AB's shapes: a datasheet's questions left unanswered say nothing, a question with its answer does", () => {
    const text = (body: string) => parseCard('d.md', `# Datasheet\n\n## Motivation\n\n${body}\n`).section('motivation')?.meaningfulText;
    assert.equal(text('For what purpose was the dataset created (e.g. a task)? Was there a specific gap? Please provide a description.\n\nYOUR ANSWER HERE\n\nAny other comments?\nYOUR ANSWER HERE'), '');
    assert.match(text('Does the dataset contain data that might be considered confidential?\n\n> No') ?? '', /confidential/);
    assert.match(text('Why did we build it? Teachers spend hours marking.') ?? '', /Teachers/);
    // A template's prompt in noun form: "Description of your language and your research goals."
    assert.equal(text('Description of your language and your research goals.'), '');
    assert.notEqual(text('A description of the Yiddish texts we collected and our research goals.'), '');
  });

  it("reads batch Z's shapes: blank form fields, the Data Statements template's explanations, known gaps", () => {
    const text = (body: string) => parseCard('d.md', `# Data statement\n\n## Speaker demographic\n\n${body}\n`).section('composition')?.meaningfulText;
    assert.equal(text('* Description:\n* Age:\n* Gender:'), '');
    assert.equal(text('> *Explanation.* What are the demographic characteristics of the speakers?\n\n* Age:'), '');
    // A line over what follows it says what that is.
    assert.match(text('Speakers by age:\n- 18-30: 40%\n- 31-60: 60%') ?? '', /Speakers by age/);
    assert.notEqual(text('* Age: 18-60\n* Gender:'), '');
    assert.deepEqual(conceptsForHeading('Known Gaps'), ['limitations']);
    assert.equal(conceptsForHeading('Suitability and limits')[0], 'intended-use');
  });

  it("reads batch AA's shapes: the authors' own practice, what a model was not trained on, a platform tested on", () => {
    assert.ok(!states("In the official web app, we don't use system prompts but design two specific prompts.", 'model-card', 'out-of-scope-use'));
    assert.ok(states("Don't use this model to impersonate real people.", 'model-card', 'out-of-scope-use'));
    assert.ok(!states('It is capable of producing a variety of voices, but it has not been fine-tuned on any specific voice.', 'model-card', 'training-data'));
    assert.ok(states('It was fine-tuned on 2,000 hours of podcast audio.', 'model-card', 'training-data'));
    assert.ok(!states('The code has been tested on CUDA 12.4 and 12.6, but it may also work on other versions.', 'model-card', 'evaluation'));
    assert.ok(states('The model was tested on the held-out 2023 split and reaches 0.91 accuracy.', 'model-card', 'evaluation'));
    // Limitations and exclusions in the words such cards use.
    assert.ok(states('However, the model encounters challenges such as endless repetition and language mixing.', 'model-card', 'bias-risks'));
    assert.ok(states('It can produce other languages, but it likely won\'t do well.', 'model-card', 'bias-risks'));
    assert.ok(!states('Recruitment teams often face challenges with sensitive, hard-to-access data.', 'model-card', 'bias-risks'));
    assert.ok(states('The EBM is probably unsuitable for regression problems.', 'model-card', 'out-of-scope-use'));
    assert.ok(dataStates('A collection of 40M papers, cleaned, filtered, and formatted for pre-training of language models.', 'intended-use'));
    assert.ok(!dataStates('Dates are formatted as ISO 8601 strings.', 'intended-use'));
  });

  it('reads a heading written as sentences as saying what it heads, a name with a template explanation not', () => {
    const r = req('model-card', 'bias-risks');
    const said = parseCard('c.md', '# DISCLAIMER: this model is not used clinically at our hospital. As it was created in 2019, its accuracy is far behind our newer models.\n\n# Breast cancer classifier\n\nCode for the paper.\n');
    assert.ok(sectionStates(said, said.sections[0], r));
    const template = parseCard('c.md', '# Card\n\n## Caveats. Caveats should be listed here when the authors know of them and can state them.\n\n## Metrics\n\nAccuracy.\n');
    assert.ok(!sectionStates(template, template.sections[1], r));
  });

  it('reads what data was used for, what it lets users do, gaps said as such, a synthetic file and a file describing the columns as statements', () => {
    assert.ok(dataStates('This data was used for training, validation, and metrics for the ClimSim paper.', 'intended-use'));
    assert.ok(dataStates('It allows users to exercise the full pipeline without downloading the reference data.', 'intended-use'));
    assert.ok(!dataStates('Tabs were used for indentation. It allows 16-bit values.', 'intended-use'));
    assert.ok(dataStates('Note that there are some missing values in the original data corpus.', 'bias-risks'));
    assert.ok(!dataStates('Missing values are coded as -1.', 'bias-risks'));
    assert.ok(dataStates('demo_variants.vcf is a synthetic VCF file containing 90 curated variants.', 'collection-process'));
    assert.ok(!dataStates('demo_variants.vcf is a VCF file containing 90 curated variants.', 'collection-process'));
    assert.ok(dataStates('The release includes a schema TXT file describing the columns and sources of the data.', 'dataset-structure'));
    assert.ok(!dataStates('The release includes a TXT file describing the study and its sources.', 'dataset-structure'));
  });

  it('reads a code block holding only a note of what to write as a stub, and one holding code as content', () => {
    const r = req('model-card', 'intended-use');
    const stub = parseCard('c.md', '# LoRA\n\n## Intended uses & limitations\n\n#### How to use\n\n```python\n# TODO: add an example code snippet\n```\n');
    assert.ok(!sectionStates(stub, stub.sections[1], r));
    const code = parseCard('c.md', '# LoRA\n\n## Intended uses & limitations\n\n#### How to use\n\n```python\npipe = load("lora")  # TODO: tune steps\n```\n');
    assert.ok(sectionStates(code, code.sections[1], r));
  });

  it('reads training on a subset named several words before its data set as the training data', () => {
    const states = (text: string) => proseStatement(parseCard('c.md', `${text}\n`), req('model-card', 'training-data')) !== undefined;
    assert.ok(states('The training is conducted on a curated subset of the **WikiArt dataset**, where each image has a caption.'));
    // Near miss: training run on hardware names no data.
    assert.ok(!states('The training is conducted on a cluster of eight A100 GPUs for two days.'));
  });

  it("reads \"can't be used\" and \"won't be suitable\" as ruling a use out", () => {
    const states = (text: string) => proseStatement(parseCard('c.md', `${text}\n`), req('model-card', 'out-of-scope-use')) !== undefined;
    assert.ok(states("The trained model therefore can't be used in a commercial product."));
    assert.ok(states("It won't be suitable for clinical use."));
    // Near miss: what the reader cannot do without a GPU is a requirement.
    assert.ok(!states("You can't run the model without a GPU."));
  });

  it('reads a licence free for commercial and non-commercial use as ruling nothing out', () => {
    const states = (text: string) => proseStatement(parseCard('c.md', `${text}\n`), req('model-card', 'out-of-scope-use')) !== undefined;
    assert.ok(!states('MIT - Free for commercial and non-commercial use'));
    // Near miss: non-commercial use alone leaves commercial use out.
    assert.ok(states('Free for non-commercial use.'));
  });

  it('reads a data set opening its sentence as put to a task, and a data set to enhance a model, as intended use', () => {
    assert.ok(dataStates('Dataset used to train [Teyvat characters text to image model](https://example.com/teyvat).', 'intended-use'));
    assert.ok(dataStates('Mantis-Instruct is a dataset to enhance multimodal models on questions about several images.', 'intended-use'));
    // Near misses: how the data was made, and which data a baseline took.
    assert.ok(!dataStates('The model used to generate the captions was BLIP.', 'intended-use'));
    assert.ok(!dataStates('The dataset used to train the baseline was COCO.', 'intended-use'));
  });

  it('reads a sentence written after hashes as prose for every concept, a title not', () => {
    const r = req('dataset-card', 'intended-use');
    const banner = parseCard('c.md', '# Conversations\n### *Copyright 2021 The Lab. All rights reserved. Data and codes are for academic research use only.*\n\n## Data\n\n1,300 conversations.\n');
    assert.ok(proseStatement(banner, r));
    // Near miss: a short title that names a use is no statement of one.
    const titled = parseCard('c.md', '# Conversations\n### For academic research use only\n\n## Data\n\n1,300 conversations.\n');
    assert.equal(proseStatement(titled, r), undefined);
  });

  it("reads batch X's shapes: the aim of named data sets, identities kept from users, what a method limits, a stub as a sentence's object", () => {
    assert.ok(dataStates('The aim of these three datasets is to create a baseline news categorisation model for isiZulu and Siswati.', 'intended-use'));
    assert.ok(dataStates('By downloading it you agree to not determine the identity of speakers in the dataset.', 'personal-information'));
    assert.ok(!dataStates('The identity matrix of the model is fixed.', 'personal-information'));
    // Identifiers kept out, and finding people again forbidden.
    assert.ok(dataStates('No direct identifiers.', 'personal-information'));
    assert.ok(dataStates('The licence terms prohibit re-identification of patients.', 'personal-information'));
    assert.ok(!dataStates('Each row has two identifiers: the study and the series.', 'personal-information'));
    assert.ok(dataStates('Landmarks come from one camera; monocular capture limits finger precision.', 'bias-risks'));
    assert.deepEqual(conceptsForHeading('Demographic information'), ['composition']);
    const stub = parseCard('c.md', '# Model Card\n\n## Intended Use\n\nThis model is intended for use in {BRIEF DESCRIPTION OF USE}\n');
    assert.equal(stub.section('intended-use')?.meaningfulText, '');
    const filled = parseCard('c.md', '# Model Card\n\n## Intended Use\n\nThis model is intended for use in triage research, see {PAPER LINK}.\n');
    assert.notEqual(filled.section('intended-use')?.meaningfulText, '');
  });

  it('reads a statement written with non-breaking hyphens', () => {
    assert.ok(states('Out\u2011of\u2011scope: targeted persuasion, bio planning, critical infrastructure.', 'model-card', 'out-of-scope-use'));
  });

  it('maps "Known restrictions" to limitations, and a product named with concept words to nothing', () => {
    assert.deepEqual(conceptsForHeading('Known restrictions'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Weights & Biases'), []);
    assert.deepEqual(conceptsForHeading('Logging with Weights and Biases'), []);
    assert.deepEqual(conceptsForHeading('Biases'), ['bias-risks']);
  });

  it('adds the concepts a section marker names to the innermost heading that holds it, outside code only', () => {
    const card = parseCard('c.md', '# M\n\n## Notes\n\n### Evidence\n\n<!-- release-readiness-section: evaluation, Training Data -->\nAblations.\n\n```md\n<!-- release-readiness-section: limitations -->\n```\n');
    assert.equal(card.section('evaluation')?.title, 'Evidence');
    assert.equal(card.section('training-data')?.title, 'Evidence');
    assert.equal(card.section('limitations'), undefined);
    assert.ok(card.section('evaluation')?.meaningfulText.startsWith('Ablations.'));
    assert.deepEqual(card.markers.map((m) => [m.section, m.concepts, m.unknown]), [['Evidence', ['evaluation', 'training-data'], []]]);
    assert.deepEqual(parseCard('d.md', '## A\n<!-- release-readiness-section: bias-risks-limitations, nonsense -->\n').markers[0].concepts, ['bias-risks', 'limitations']);
    assert.deepEqual(parseCard('d.md', '## A\n<!-- release-readiness-section: bias-risks-limitations, nonsense -->\n').markers[0].unknown, ['nonsense']);
  });

  it('reads advice against a use and protected attributes kept out as statements', () => {
    assert.ok(states('We recommend against use in high-risk domains like decision-making contexts.', 'model-card', 'out-of-scope-use'));
    assert.ok(!states('We recommend a GPU with 16 GB of memory.', 'model-card', 'out-of-scope-use'));
    assert.ok(states('Gender, education, marital status and age are excluded from inference.', 'dataset-card', 'personal-information'));
    assert.ok(!states('Rows with a missing income are excluded.', 'dataset-card', 'personal-information'));
  });

  it('reads best results under a condition, an occasion a data set was made for, data a tool learns from, a result in words and a collection date as statements', () => {
    assert.ok(states('The model achieves the best results if an input face is frontally oriented and aligned.', 'model-card', 'bias-risks'));
    assert.ok(!states('The model achieves the best results among the baselines.', 'model-card', 'bias-risks'));
    assert.ok(states('This version of the dataset was derived by the Fairlearn team for the SciPy 2021 tutorial.', 'dataset-card', 'intended-use'));
    assert.ok(!states('This version of the dataset was derived by the Fairlearn team from the UCI repository.', 'dataset-card', 'intended-use'));
    assert.ok(states('Long Stayer Risk Stratification uses historical data from Gloucestershire Hospitals NHS Foundation Trust.', 'model-card', 'training-data'));
    assert.ok(states('This project uses the **UCI Credit Approval** dataset (via Kaggle) to build a risk model.', 'model-card', 'training-data'));
    assert.ok(!states('This project uses the dataset viewer to browse examples.', 'model-card', 'training-data'));
    assert.ok(states('Stanford Question Answering Dataset (SQuAD) 2.0 translated to Brazilian Portuguese.', 'dataset-card', 'collection-process'));
    assert.ok(!states('The card is available in Portuguese.', 'dataset-card', 'collection-process'));
    assert.ok(states('They are currently at a research stage and not yet intended as production-ready models.', 'model-card', 'bias-risks'));
    assert.ok(!states('The research stage of the project ended in 2021.', 'model-card', 'bias-risks'));
    assert.ok(states('The tool has shown good risk stratification for real data.', 'model-card', 'evaluation'));
    assert.ok(!states('The tool has shown us where the gaps are.', 'model-card', 'evaluation'));
    assert.ok(states('The Guardian data was downloaded on June 2, 2015.', 'dataset-card', 'collection-process'));
    assert.deepEqual(conceptsForHeading('Data generation workflow'), ['collection-process']);
    assert.ok(states('This model class uses satellite data and recent PV power output to forecast the near-term PV power output.', 'model-card', 'intended-use'));
    assert.ok(!states('This model class uses satellite data and recent PV power output.', 'model-card', 'intended-use'));
  });

  it('reads a named data set saying what it is, synthetic data and misuse written with a hyphen as statements, and "Data Used" as training data', () => {
    assert.ok(dataStates('Nutrition5k is a dataset of visual and nutritional data for ~5k realistic plates of food.', 'dataset-description'));
    assert.ok(states('This dataset was synthetically generated to model the financial behaviour of thin-file applicants.', 'dataset-card', 'collection-process'));
    assert.ok(states('These datasets are synthetic for your safety.', 'dataset-card', 'collection-process'));
    assert.ok(!states('These results are synthetic benchmarks of recall.', 'dataset-card', 'collection-process'));
    assert.ok(states('Synthetic design avoids real individual identification.', 'dataset-card', 'personal-information'));
    assert.ok(!states('Synthetic benchmarks are harder than natural ones.', 'dataset-card', 'personal-information'));
    assert.ok(states('Speech-to-Text may be mis-used to invade the privacy of others.', 'model-card', 'out-of-scope-use'));
    assert.deepEqual(conceptsForHeading('Data Used'), ['training-data']);
    assert.deepEqual(conceptsForHeading('Data Preparation'), ['training-data']);
    assert.deepEqual(conceptsForHeading('3. Data Pipeline'), ['training-data']);
    assert.deepEqual(conceptsForHeading('Data Processing'), ['preprocessing']);
    assert.deepEqual(conceptsForHeading('Sample Development'), ['training-data']);
  });

  it("reads a card's title as naming the release, not a section, unless its whole wording is a section's", () => {
    const card = parseCard('c.md', '# Long Stayer Risk Stratification\n\nA pilot.\n\n## Intended Purpose\n\nDemonstration.\n');
    assert.equal(card.section('bias-risks'), undefined);
    assert.equal(card.section('intended-use')?.title, 'Intended Purpose');
    // A card with several first-level headings uses them as sections.
    assert.equal(parseCard('d.md', '# Risks and Limitations\n\nEnglish only.\n\n# Uses\n\nResearch.\n').section('limitations')?.title, 'Risks and Limitations');
    assert.equal(parseCard('e.md', '# Limitations\n\nEnglish only.\n\n## Notes\n\nNone.\n').section('limitations')?.title, 'Limitations');
    assert.ok(states('The solutions were written by contractors; occasional calculation errors are present.', 'dataset-card', 'bias-risks'));
    assert.ok(states('The performance of the model for clinical use has not been established.', 'model-card', 'bias-risks'));
  });

  it("reads batch S's shapes: a purpose opening its sentence, the limits of a release, biases after a list, no real people, a qualified plain label, variables and a generation method", () => {
    assert.ok(states('- Synthetic and deterministic\n- Designed to exercise data validation, charting and export code', 'dataset-card', 'intended-use'));
    assert.ok(!states('The encoder was designed by the authors of the paper.', 'dataset-card', 'intended-use'));
    assert.ok(states('That is the honest limit of the release.', 'dataset-card', 'bias-risks'));
    assert.ok(!states("See the paper 'Pushing the limits of raw waveform speaker recognition'.", 'model-card', 'bias-risks'));
    assert.ok(states('Public datasets can contain historical, geographic, demographic, and institutional biases.', 'dataset-card', 'bias-risks'));
    assert.ok(states('Not a representation of actual residents or infrastructure.', 'dataset-card', 'personal-information'));
    assert.equal(parseCard('m.md', '# M\n\n- Metrics (holdout): see README\n').section('evaluation')?.title, 'Metrics (holdout)');
    assert.deepEqual(conceptsForHeading('Variables'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Generation method'), ['collection-process']);
  });

  it('reads "Testing" as evaluation only when it holds no code, and testing beside CI as the code\'s', () => {
    assert.equal(parseCard('a.md', '# M\n\n## Testing\n\nOn the held-out split the model reaches 0.91 accuracy.\n').section('evaluation')?.title, 'Testing');
    assert.equal(parseCard('b.md', '# M\n\n## Testing\n\nRun the tests:\n\n```bash\npytest tests/\n```\n').section('evaluation'), undefined);
    assert.deepEqual(conceptsForHeading('Testing and CI Integration'), []);
    assert.deepEqual(conceptsForHeading('Tests & linting'), []);
    // Near misses: what measures the model stays an evaluation.
    assert.deepEqual(conceptsForHeading('Evaluation and CI'), ['evaluation']);
    assert.deepEqual(conceptsForHeading('Testing'), ['evaluation']);
  });

  it('reads models made "for use in" a service as stating their use, and learning "from" a named kind of data as training data', () => {
    assert.ok(states('A project at the county ambulance service to develop predictive models for use in emergency medical dispatching.', 'model-card', 'intended-use'));
    // Near miss: how to install it for use says nothing of its purpose.
    assert.ok(!states('Install the package before use.', 'model-card', 'intended-use'));
    assert.ok(states('The method works by learning, from administrative data, a Bayesian network of service use.', 'model-card', 'training-data'));
    // Near miss: learning from feedback names no data.
    assert.ok(!states('The assistant keeps learning from feedback.', 'model-card', 'training-data'));
  });

  it('reads "strictly for research purposes" as confining the use', () => {
    assert.ok(states('This model is intended strictly for research and educational purposes.', 'model-card', 'out-of-scope-use'));
    // Near miss: a purpose, not a confinement.
    assert.ok(!states('This model was built for research and educational purposes.', 'model-card', 'out-of-scope-use'));
  });

  it('reads "Usage" as intended use only when it holds no code', () => {
    assert.equal(parseCard('a.md', '# M\n\n## Usage\n\nEducation and research only.\n').section('intended-use')?.title, 'Usage');
    assert.equal(parseCard('b.md', '# M\n\n## Usage\n\n```python\nmodel(x)\n```\n').section('intended-use'), undefined);
  });

  it('tells cards in English from cards in other languages', () => {
    const en = parseCard('e.md', `# Card\n\n${'This model is used for the classification of product reviews and it was trained on data from a forum. '.repeat(3)}\n`);
    const es = parseCard('s.md', `# Tarjeta\n\n${'Este modelo se utiliza para clasificar reseñas de productos y fue entrenado con datos de un foro. '.repeat(3)}\n`);
    assert.equal(readsAsEnglish(en), true);
    assert.equal(readsAsEnglish(es), false);
    // A card of "Label: value" lines and code names has no prose to tell its language by: it is read as English.
    const facts = parseCard('f.md', "# Card\n\n- Version: v5 (oversampling + focal loss)\n- Classes: ['brain_skull', 'heart_four_chamber_view', 'fetal_femur', 'brain_cerebellum', 'biometry_abdomen']\n- Test Accuracy: 58.4%\n- Macro F1: 0.5381\n");
    assert.equal(readsAsEnglish(facts), true);
    // Spanish sentences among such lines still tell.
    const esFacts = parseCard('g.md', `# Tarjeta\n\n- Versión: v5\n- Clases: 6\n\n${'Este modelo se utiliza para clasificar reseñas de productos y fue entrenado con datos de un foro. '.repeat(2)}\n`);
    assert.equal(readsAsEnglish(esFacts), false);
    // Without prose, the letters tell: a card of tables in Turkish is not read as English, one in English is.
    const row = (k: string, v: string) => `| **${k}** | ${v} |\n`;
    const tr = parseCard('t.md', `# Model Cards\n\n| Alan | Değer |\n|---|---|\n${row('Görev', 'Saatlik tüketim regresyonu')}${row('Eğitim verisi', '1665 saat (31.07–mid Ekim 2025)')}${row('Varsayım', 'Geçmiş lag değerleri tahmin anında mevcut')}${row('Kısıt', 'Tek ağaç — yüksek varyans riski (CV ile sınırlandı)')}`);
    assert.equal(readsAsEnglish(tr), false);
    const enTables = parseCard('u.md', `# Model Cards\n\n| Field | Value |\n|---|---|\n${row('Task', 'Hourly consumption regression')}${row('Training data', '1665 hours (31.07 to mid October 2025)')}${row('Assumption', 'Past lag values available at prediction time')}${row('Limitation', 'One tree, high variance (bounded by CV)')}`);
    assert.equal(readsAsEnglish(enTables), true);
  });
  it('reads a card wrapped whole in a Markdown fence as the card it quotes, and a fenced example inside a card as code', () => {
    const wrapped = parseCard('w.md', '\n```markdown\n# Model Card\n\n## 2. Intended Use\n- Behavioural research\n\n## 6. Limitations\n- Faces at extreme angles fail\n');
    assert.equal(wrapped.section('intended-use')?.title, '2. Intended Use');
    assert.equal(wrapped.section('limitations')?.title, '6. Limitations');
    const closed = parseCard('c.md', '```md\n# Model Card\n\n## Uses\nResearch.\n```\n');
    assert.equal(closed.section('intended-use')?.title, 'Uses');
    // A fence that closes before the card goes on quotes an example: its headings are code.
    const example = parseCard('e.md', '```markdown\n## Uses\nfill me\n```\n\n# Real card\n\nText.\n');
    assert.equal(example.section('intended-use'), undefined);
    assert.equal(parseCard('p.md', '```python\n# Uses\nx = 1\n').section('intended-use'), undefined);
    // A preamble may come before the fence that wraps the rest: "The DATA_CARD file describes the dataset".
    const preamble = parseCard('d.md', '# Data Card\nThe DATA_CARD file describes the dataset.\n\n#### Structure\n```markdown\n# Data card\n\n## Uses\nResearch.\n');
    assert.equal(preamble.section('intended-use')?.title, 'Uses');
    // Near misses: a fence after another fence, or after a card of its own, is no wrapper.
    assert.equal(parseCard('g.md', '# Card\n\nA model for tagging.\n\n## Notes\nSee below.\n\n```markdown\n## Uses\nResearch.\n```\n').section('intended-use'), undefined);
    assert.equal(parseCard('f.md', '# Card\n\n```bash\npip install x\n```\n\n```markdown\n## Uses\nResearch.\n').section('intended-use'), undefined);
  });

  it('reads "Attributes" and "Target" as a data set\'s structure, and "Target audience" as its users', () => {
    assert.deepEqual(parseCard('a.md', '# Data\n\n# Attributes:\n\n- incident_id: the case number\n').sections.find((s) => s.title.startsWith('Attributes'))?.concepts, ['dataset-structure']);
    assert.deepEqual(parseCard('t.md', '# Data\n\n## Target\n\n- Positive class: readmitted within 30 days\n').sections.find((s) => s.title === 'Target')?.concepts, ['dataset-structure']);
    assert.deepEqual(parseCard('u.md', '# Data\n\n## Target audience\n\nClinicians.\n').sections.find((s) => s.title === 'Target audience')?.concepts, ['intended-use']);
  });
  it('reads the rows of a two-column table of fields, in Markdown or HTML, as labels, and a table of data as no labels', () => {
    const md = parseCard('m.md', '# Data\n\n| Field | Value |\n|---|---|\n| Dataset description | Patients registered at GP practices |\n| **Source** | NHS Digital |\n| Limitations | TODO |\n');
    assert.equal(md.sections.find((s) => s.kind === 'label' && s.concepts.includes('collection-process'))?.title, 'Source');
    assert.equal(md.section('dataset-description')?.kind, 'label');
    assert.equal(md.section('limitations')?.meaningfulText, '');
    const html = parseCard('h.md', '<table>\n<tr>\n\t<td>Dataset description</td>\n\t<td>Number of patients</td>\n</tr>\n<tr>\n\t<td>Source</td>\n\t<td>NHS Digital</td>\n</tr>\n</table>\n');
    assert.deepEqual(html.sections.map((s) => s.title), ['Dataset description', 'Source']);
    // Rows of data, and rows of three cells, name no fields of the card.
    const data = parseCard('d.md', '# Results\n\n| Model | Accuracy | F1 |\n|---|---|---|\n| Training data only | 0.91 | 0.88 |\n\n| Split | Rows |\n|---|---|\n| The training split was drawn at random. | 800 |\n');
    assert.deepEqual(data.sections.filter((s) => s.kind === 'label'), []);
  });
  it('reads where a publisher gets its data, in the present tense too, and "Generation" as how data was made', () => {
    assert.equal(dataStates('# Evictions\n\nEviction filing data that CPAL receives from County sources or from January Advisors.', 'collection-process'), true);
    assert.equal(dataStates('# Grades\n\nThis dataset compiles official national examination results for 2019 to 2023.', 'collection-process'), true);
    assert.equal(dataStates('# Scores\n\nWe cleaned the original CRPA response from the Los Angeles Homeless Services Authority.', 'collection-process'), true);
    assert.equal(dataStates('# Scores\n\nThe model receives a prompt and returns a score.', 'collection-process'), false);
    assert.equal(parseCard('g.md', '# Demo set\n\n**Generation:** simulated with a seeded random walk.\n').section('collection-process')?.title, 'Generation');
  });
  it('reads a heading that says what the release is as its description, and a simulation\'s design as how data was made', () => {
    assert.deepEqual(conceptsForHeading('1. What this dataset is'), ['dataset-description']);
    assert.deepEqual(conceptsForHeading('What is this model?'), ['model-details']);
    assert.deepEqual(conceptsForHeading('What is this for?'), ['intended-use']);
    // What the data holds is its structure, not what it is.
    assert.deepEqual(conceptsForHeading('What is in the dataset'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('2. Simulation design'), ['collection-process']);
    assert.deepEqual(conceptsForHeading('Dataset Identity'), ['dataset-description']);
  });
  it('reads a data dictionary, counted data sets and a directory listing of splits as the data\'s structure', () => {
    assert.equal(dataStates('# Scores\n\nA data dictionary for `data/assessments.csv` can be found in `docs/dict.md`.', 'dataset-structure'), true);
    assert.equal(dataStates('# Penguins\n\nThe palmerpenguins package contains two datasets.', 'dataset-structure'), true);
    assert.equal(dataStates('# X-rays\n\n## Data\n\n```text\ndata/chest_xray/\n  train/\n  val/\n  test/\n```\n', 'dataset-structure'), true);
    assert.equal(dataStates('# X-rays\n\n## Install\n\n```text\npip install xrays\n```\n', 'dataset-structure'), false);
  });
  it('reads a label set, introduced or named, as the data\'s structure', () => {
    assert.equal(dataStates('# Reviews\n\n## About\n\nEach review is tagged with its sentiment:\n\n- positive\n- negative\n', 'dataset-structure'), true);
    assert.equal(dataStates('# Reviews\n\n## About\n\nClasses: positive, neutral, negative.\n', 'dataset-structure'), true);
    // Near miss: annotation told as how the data was made, with no labels named or listed.
    assert.equal(dataStates('# Reviews\n\n## About\n\nThe reviews were tagged with care by two annotators.\n', 'dataset-structure'), false);
  });
  it("reads a datasheet's question left unanswered as saying nothing, and one answered as stating its concept", () => {
    const q = 'Is there anything about the composition of the dataset (e.g., its sampling) that might impact future uses? If so, please provide a description.';
    assert.equal(dataStates(`# Credit\n\n- ${q}\n\nN/A\n`, 'bias-risks'), false);
    assert.equal(dataStates(`# Credit\n\n- ${q}\n\n> Yes: applicants from one region are over-represented.\n`, 'bias-risks'), true);
    assert.equal(dataStates('# Atlas\n\nThis dataset is the corpus for the paper "Whose fairness? Bias in AI research" and can be used to study citation patterns.\n', 'intended-use'), true);
  });
  it("reads a datasheet's question answered only by \"Unknown\", by its template stub or by the next question as unanswered", () => {
    const q = 'Is there anything about the composition of the dataset that might impact future uses or lead to unfair treatment of individuals? If so, please provide a description.';
    assert.equal(dataStates(`# Traffic\n\n${q}\n\n>Unknown to the authors of the datasheet\n`, 'bias-risks'), false);
    assert.equal(dataStates(`# Traffic\n\n${q}\nYOUR ANSWER HERE\n`, 'bias-risks'), false);
    assert.equal(dataStates(`# Traffic\n\n${q}\n\nIs the dataset self-contained? If not, please describe the external resources.\n`, 'bias-risks'), false);
    assert.equal(dataStates(`# Traffic\n\n${q}\n\n> Yes: sensors in rural districts fail more often, so rural roads are under-represented.\n`, 'bias-risks'), true);
  });
  it('reads where people put what the data holds as its collection, and where the release is shared as saying nothing of it', () => {
    assert.equal(dataStates('# Complaints\n\nReal citizen complaints submitted to local governments between 2019 and 2023.', 'collection-process'), true);
    assert.equal(dataStates('# Concepts\n\nMedical concepts written on social media, mapped to ontology codes.', 'collection-process'), true);
    assert.equal(dataStates('# Intents\n\nThe datasets shared on this repository are licensed under the license found in the LICENSE file.', 'collection-process'), false);
    assert.equal(dataStates('# Dialects\n\nChinese may be written with traditional characters by some speakers.', 'collection-process'), false);
  });
  it('reads a model card\'s "Data Sources" label as its training data, and a dataset card\'s as its collection', () => {
    assert.ok(conceptsForHeading('Data Sources').includes('training-data'));
    assert.ok(conceptsForHeading('Data Sources').includes('collection-process'));
    const model = parseCard('m.md', '# Risk engine\n\n**Data Sources**: BRFSS 2019, 2020, 2021 Public Use Files.  \n**Model**: XGBoost.\n');
    assert.ok(model.sections.some((x) => x.kind === 'label' && x.concepts.includes('training-data')));
    assert.equal(conceptsForHeading('Model Sources').includes('training-data'), false);
  });
  it('reads a lone level-1 heading as the card\'s title, and a bold concept name with a full stop as a run-in label', () => {
    const plate = parseCard('d.md', '# License Plate Recognition\n\nHere are a few use cases:\n\n**Toll Collection:** toll plazas read plates.\n');
    assert.equal(plate.sections[0].concept, undefined);
    const sheet = parseCard('d.md', '# Datasheet\n\n**Composition.** One row per participant; no direct identifiers.\n\n**Do not use it for hiring.** It was never evaluated for that.\n');
    assert.deepEqual(sheet.sections.filter((x) => x.kind === 'label').map((x) => [x.title, x.concept]), [['Composition', 'composition']]);
    assert.equal(dataStates('# Plates\n\nThe model can be employed by parking operators to automate entry and exit.', 'intended-use'), true);
    assert.equal(dataStates('# Plates\n\nThe annotators were employed by a vendor in 2023.', 'intended-use'), false);
  });
  it('reads a data file named with what it holds as the structure of the data set', () => {
    assert.equal(dataStates('# Refugees\n\n- refined_refugee_demographics.csv: Demographic information of refugees resettled in 2022.', 'dataset-structure'), true);
    assert.equal(dataStates('# Refugees\n\nRun train.py: it fits the model. See data.csv for more.', 'dataset-structure'), false);
  });
  it('reads "not legal advice" and the like as what the output must not be taken for', () => {
    assert.equal(states('Not legal advice; scores are educational signals only.', 'model-card', 'out-of-scope-use'), true);
    assert.equal(states('The assistant does not provide medical advice.', 'model-card', 'out-of-scope-use'), true);
    assert.equal(states('Ask a lawyer for legal advice about your lease.', 'model-card', 'out-of-scope-use'), false);
  });
  it('reads a network or an algorithm made for a task as what the release is for', () => {
    assert.ok(proseStatement(parseCard('m.md', '# Emotions\n\n## What Is This?\n\nA dual-branch neural network for real-time facial emotion recognition.\n'), req('model-card', 'intended-use')));
    assert.equal(proseStatement(parseCard('m.md', '# Emotions\n\n## Architecture\n\nThe network has two branches and 12M parameters.\n'), req('model-card', 'intended-use')), undefined);
  });
  it('reads "for research and product purposes" and a sentence opening with what it is useful for as intended use', () => {
    assert.equal(dataStates('# Jobs\n\nThe postings are redistributed under fair use for research and product purposes.', 'intended-use'), true);
    assert.equal(dataStates('# Receipts\n\nUseful for benchmarking OCR systems on crumpled paper.', 'intended-use'), true);
    assert.equal(dataStates('# Receipts\n\nThe scans are not useful for anything beyond OCR.', 'intended-use'), false);
  });
  it('reads a list of short concept names (an outline, a table of contents) as naming what a card holds, not stating it', () => {
    const outline = '# Detector\n\nA structured document outlining:\n- Intended use\n- Training data sources\n- Performance benchmarks\n- Ethical considerations\n';
    assert.equal(proseStatement(parseCard('m.md', outline), req('model-card', 'intended-use')), undefined);
    const uses = '# Detector\n\nIntended for:\n- Research use on anomaly benchmarks\n- Teaching anomaly detection\n- Comparing detectors on the same data\n';
    assert.ok(proseStatement(parseCard('m.md', uses), req('model-card', 'intended-use')));
  });
  it('reads a table written without outer pipes as a table, "Capture" as how data was gathered, and what a release does not yet include as a limitation', () => {
    const card = parseCard('m.md', '# PhoBERT\n\nModel | #params | Pre-training data | License\n---|---|---|---\nphobert-base | 135M | 20GB of Wikipedia and News texts | MIT\n');
    assert.ok(proseStatement(card, req('model-card', 'training-data')));
    const prose = parseCard('p.md', '# PhoBERT\n\nThe model | was trained | by us\nand released in 2020.\n');
    assert.equal(proseStatement(prose, req('model-card', 'training-data')), undefined);
    assert.deepEqual(conceptsForHeading('5. Capture hardware (model level)'), ['collection-process']);
    assert.equal(dataStates('# Reviews\n\nCurrently F1000 does not include specific citation spans.', 'bias-risks'), true);
    assert.equal(dataStates('# Reviews\n\nThe data does not include names or e-mail addresses.', 'bias-risks'), false);
  });
  it('reads a heading that asks why the release exists as its motivation, and permission given or people\'s demographics as personal information', () => {
    assert.deepEqual(conceptsForHeading('Why Imagenette?'), ['motivation']);
    assert.deepEqual(conceptsForHeading('Why use Resemblyzer?'), ['intended-use']);
    assert.deepEqual(conceptsForHeading('Why this matters'), []);
    assert.equal(dataStates('# Gaze\n\n21 participants took part and provided permission for public data release.', 'personal-information'), true);
    assert.equal(dataStates('# Digits\n\n`metadata.py` contains meta-data regarding the speakers gender and accents.', 'personal-information'), true);
    assert.equal(dataStates('# Digits\n\nRecordings of spoken digits by six speakers at 8 kHz.', 'personal-information'), false);
  });
  it('reads an evaluation the card says is wanted or intended as no evaluation done', () => {
    const model = (text: string) => proseStatement(parseCard('m.md', `# Agent\n\n${text}\n`), req('model-card', 'evaluation')) !== undefined;
    assert.equal(model('The agent is intended to be trained and evaluated with English language instructions.'), false);
    assert.equal(model('Accuracy claims are simulated and should be validated on real labeled data before production use.'), false);
    assert.equal(model('The agent was trained and evaluated on 10 simulated tasks.'), true);
  });
  it('reads the risk a model predicts, named in a heading, as its task rather than a risk of the release', () => {
    assert.deepEqual(conceptsForHeading('Credit Risk Assessment'), []);
    assert.deepEqual(conceptsForHeading('How are risk levels determined?'), []);
    assert.deepEqual(conceptsForHeading('Readmission risk and limitations'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Risks and Limitations'), ['bias-risks', 'limitations']);
    // Any noun before one risk names what is predicted; a qualifier or the plural names the release's risks.
    assert.deepEqual(conceptsForHeading('Depression Risk Screening'), []);
    assert.deepEqual(conceptsForHeading('Stunting risk heatmap'), []);
    assert.deepEqual(conceptsForHeading('Residual risk'), ['bias-risks']);
    assert.deepEqual(conceptsForHeading('Privacy risk'), ['bias-risks', 'personal-information']);
    assert.deepEqual(conceptsForHeading('Depression risks'), ['bias-risks']);
    assert.deepEqual(conceptsForHeading('Residual & other risk(s)'), ['bias-risks']);
  });
  it('reads the analysis data is published to reproduce, and research purposes with qualifiers, as its intended use', () => {
    assert.equal(dataStates('# Scores\n\nThis repository contains data and code to reproduce the findings featured in our story.', 'intended-use'), true);
    assert.equal(dataStates('# Zoo\n\nALL models are available for non-commercial research purposes only.', 'intended-use'), true);
    assert.equal(dataStates('# Scores\n\nThis repository contains data and code from our story.', 'intended-use'), false);
    assert.equal(dataStates('# Essays\n\nThe corpus provides texts by learners for scientific re-use.', 'intended-use'), true);
    assert.equal(dataStates('# Essays\n\nThe corpus provides texts by learners from scientific projects.', 'intended-use'), false);
  });
  it('reads "Experiments" as evaluation and malicious utilisation as a use to avoid', () => {
    assert.deepEqual(conceptsForHeading('Experiments'), ['evaluation']);
    const model = (text: string) => proseStatement(parseCard('m.md', `# Vision\n\n${text}\n`), req('model-card', 'out-of-scope-use')) !== undefined;
    assert.equal(model('We urge the community to use the model in a responsible way and avoid any malicious utilization.'), true);
    assert.equal(model('We urge the community to share their results.'), false);
  });
  it('reads the run that fine-tuned a model on a named data set as stating its training data', () => {
    const trained = (text: string) => proseStatement(parseCard('m.md', `# FinLlama\n\n${text}\n`), req('model-card', 'training-data')) !== undefined;
    assert.equal(trained('This repo contains the output from finetuning [`llama-3-8b`](https://hf.co/x) on the [`finance-alpaca`](https://hf.co/d) dataset using LoRA.'), true);
    assert.equal(trained('This repo contains the output from finetuning on a single GPU in two hours.'), false);
  });
  it('reads a model or project made to do a task as a statement of use', () => {
    const uses = (text: string) => proseStatement(parseCard('m.md', `# Project\n\n${text}\n`), req('model-card', 'intended-use')) !== undefined;
    assert.equal(uses('A predictive model to guide allocation of patrol resources in Kampala.'), true);
    assert.equal(uses('Machine learning project to predict the outcome of visa applications.'), true);
    assert.equal(uses('We moved the model to a new server last week.'), false);
  });
  it('reads a plain "Source:" line and a subset taken from a larger set as where the data came from', () => {
    assert.equal(dataStates('# Credit\n\nSource: [UCI](https://archive.ics.uci.edu/ml/datasets/statlog) - 1994', 'collection-process'), true);
    assert.equal(dataStates('# Rulings\n\nNotes:\n\n(1) Data Source: [Federal Court](https://www.fct-cf.gc.ca).', 'collection-process'), true);
    assert.equal(dataStates('# Rulings\n\nNotes:\n\n(1) Data Format: [Parquet](https://parquet.apache.org).', 'collection-process'), false);
    // After a hard line break, under another label's line.
    assert.equal(dataStates('# Credit\n\nAuthor: Dr. Hans Hofmann  \nSource: [UCI](https://archive.ics.uci.edu/ml/datasets/statlog) - 1994', 'collection-process'), true);
    assert.equal(dataStates('# Credit\n\nAuthor: Dr. Hans Hofmann  \nOpen source: yes', 'collection-process'), false);
    assert.equal(dataStates('# Imagenette\n\nImagenette is a subset of 10 easily classified classes from Imagenet.', 'collection-process'), true);
    assert.equal(dataStates('# Imagenette\n\nThe open source community keeps this subset of the code up to date.', 'collection-process'), false);
  });
  it("reads Hugging Face dataset metadata's features or splits, and counted records with their modifiers, as the data's structure", () => {
    const meta = '---\ndataset_info:\n  features:\n  - name: text\n    dtype: string\n  splits:\n  - name: train\n    num_examples: 3631\n---\n# Notes\n\nClinical notes.\n';
    assert.equal(dataStates(meta, 'dataset-structure'), true);
    assert.equal(dataStates('---\ndataset_info:\n  features: []\n---\n# Notes\n\nClinical notes.\n', 'dataset-structure'), false);
    assert.equal(dataStates('# Glaucoma\n\n481 free-text clinical notes for 481 patients seen for glaucoma.', 'dataset-structure'), true);
  });
  it('reads an aim named as a noun, a purpose leading the sentence and a release offered as a baseline as its intended use', () => {
    const model = (text: string) => proseStatement(parseCard('m.md', `# R1\n\n${text}\n`), req('model-card', 'intended-use')) !== undefined;
    assert.equal(model('The data was gathered with the aim of answering clinically important questions.'), true);
    assert.equal(model('To support the research community, we have open-sourced R1 and six distilled models.'), true);
    assert.equal(model('The LSTM is provided as an optional neural baseline.'), true);
    assert.equal(model('To install it, run pip install r1.'), false);
  });
  it('reads a hedged warning about the content and the people the data does not stand for as limitations', () => {
    assert.equal(dataStates('# Chats\n\nThis dataset contains adversarial conversations that may be offensive.', 'bias-risks'), true);
    assert.equal(dataStates('# Tweets\n\nIt reflects a certain social group which is unlikely to reflect the Danish population as a whole.', 'bias-risks'), true);
    assert.equal(dataStates('# Tweets\n\nThe tweets reflect the Danish election debate of 2022.', 'bias-risks'), false);
  });
  it('reads "English only" as a limitation but "The only official link" as naming one thing', () => {
    assert.equal(dataStates('# Tweets\n\n- Language: English only', 'bias-risks'), true);
    assert.equal(dataStates('# MNIST\n\nThe only official distribution link for the dataset is Zenodo.', 'bias-risks'), false);
  });
  it('reads what data "will be used" for, and a model it is used to build, as its intended use', () => {
    assert.equal(dataStates('# Grades\n\nThis dataset will be used to build an AI model predicting final grades.', 'intended-use'), true);
    assert.equal(dataStates('# Grades\n\nThe script can be used to build the documentation.', 'intended-use'), false);
  });

  it("reads a problem the release is made to fight, or one of others, as no limitation of its own, but the release's own problem as one", () => {
    const limits = (text: string) => states(text, 'model-card', 'bias-risks');
    assert.ok(!limits('By serving as a benchmark, the dataset helps mitigate biases in AI-assisted recruitment.'));
    assert.ok(!limits('The excerpts were developed to address a recurring problem identified in earlier challenges.'));
    assert.ok(!limits('The task looks trivial but exposes a fundamental limitation: tokens are not characters.'));
    assert.ok(!limits('The phone was chosen because its microphone captures the limitations of legacy devices.'));
    assert.ok(!limits('In contrast, most prior models released for clinical data (e.g. GatorTron) only work with unstructured text.'));
    assert.ok(!limits('Recent studies have shown that generated images can reflect social stereotypes present in the world.'));
    // The release's own problems, and a noun "capture", still state limitations.
    assert.ok(limits('The model may reflect biases in its training data.'));
    assert.ok(limits('Monocular capture limits finger precision.'));
    assert.ok(limits('Unlike prior models, ours only works with English text.'));
    assert.ok(limits('We tried to mitigate this, but the model still shows biases against older speakers.'));
  });

  it('reads a table column named for a measure over figures as results, but not one over words or a column named otherwise', () => {
    const evaluates = (table: string) => states(table, 'model-card', 'evaluation');
    assert.ok(evaluates('| Group | F1 Score | Risk |\n|---|---|---|\n| Small firms | 0.81 | Low |'));
    assert.ok(evaluates('| Split | WER (%) |\n|---|---|\n| test-clean | 4.2 |'));
    assert.ok(!evaluates('| Group | F1 Score |\n|---|---|\n| Small firms | TBD |'));
    assert.ok(!evaluates('| Group | Size |\n|---|---|\n| Small firms | 0.81 |'));
  });

  it('reads a stub written as a link\'s text as saying nothing, and a link with words of its own as saying something', () => {
    const says = (body: string) => {
      const card = parseCard('c.md', `# Data\n\n## Personal and Sensitive Information\n\n${body}\n`);
      return sectionStates(card, card.sections.find((x) => x.title.startsWith('Personal'))!, req('dataset-card', 'personal-information'));
    };
    assert.equal(says('[More Information Needed](https://example.org/contributing#cards)'), false);
    assert.equal(says('Names were removed; see [the privacy notice](https://example.org/privacy).'), true);
  });
});

