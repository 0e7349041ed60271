import * as assert from 'node:assert/strict';
import { conceptForHeading, conceptsForHeading, normalizeHeading, REQUIRED_CONCEPTS, HEADING_ALIASES } from '../../../src/core/cards/concepts';

describe('cards/concepts', () => {
  it('reads a heading that opens with a condition on its reader as no use and no exclusion', () => {
    assert.deepEqual(conceptsForHeading('If you do not use PyTorch...'), []);
    assert.deepEqual(conceptsForHeading('Do not use for'), ['out-of-scope-use']);
    // A design document's non-goals are what the release will not do; its goals are what it is for.
    assert.deepEqual(conceptsForHeading('Non-goals'), ['out-of-scope-use']);
    assert.deepEqual(conceptsForHeading('Goals'), ['intended-use']);
    // A guardrail's denied or blocked topics are what the assistant is kept from.
    assert.deepEqual(conceptsForHeading('Denied topics'), ['out-of-scope-use']);
    assert.deepEqual(conceptsForHeading('Blocked Topics'), ['out-of-scope-use']);
    // Errors the release knows of are its limitations; an error analysis is none.
    assert.deepEqual(conceptsForHeading('Labeling Errors'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Known errors'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Error analysis'), []);
    // Problems met while making the release are its limitations; the problem it solves is none.
    assert.deepEqual(conceptsForHeading('Problems Encountered'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Issues encountered'), ['limitations']);
    assert.notDeepEqual(conceptsForHeading('Problem Statement'), ['limitations']);
    // "What this is not" lists what the release is not for; "What this is" says what it is.
    assert.deepEqual(conceptsForHeading('What this is **not**'), ['out-of-scope-use']);
    assert.deepEqual(conceptsForHeading('What it is not'), ['out-of-scope-use']);
    assert.notDeepEqual(conceptsForHeading('What this is'), ['out-of-scope-use']);
  });
  it('normalises headings', () => {
    assert.equal(normalizeHeading('Bias, Risks, and Limitations'), 'bias risks and limitations');
    assert.equal(normalizeHeading('Testing Data, Factors & Metrics'), 'testing data factors and metrics');
    assert.equal(normalizeHeading('Model Sources [optional]'), 'model sources');
    assert.equal(normalizeHeading('2.1 Motivation'), 'motivation');
    assert.equal(normalizeHeading('⚠️ Read this first'), 'caveat read this first');
    assert.deepEqual(conceptsForHeading('⚠️ This is a study artifact - read the finding first'), ['limitations']);
    assert.deepEqual(conceptsForHeading('3) probe_data.csv ⚠️ large'), []);
    // Numbering closed by a parenthesis, as in "2) Data" or "b) Limitations".
    assert.equal(normalizeHeading('2) Data'), 'data');
    assert.equal(normalizeHeading('b) Known limitations'), 'known limitations');
    // Negations read the same contracted or not.
    assert.equal(normalizeHeading('What This System CANNOT Do'), 'what this system can not do');
    assert.equal(normalizeHeading("What it doesn't do"), 'what it does not do');
    assert.deepEqual(conceptsForHeading('What This System CANNOT Do'), ['out-of-scope-use']);
    assert.deepEqual(conceptsForHeading("Do's and don'ts"), []);
  });

  it('reads a heading that says what the release does as its intended use, and what it does not do as out of scope', () => {
    assert.deepEqual(conceptsForHeading('What it does'), ['intended-use']);
    assert.deepEqual(conceptsForHeading('What does the tool do?'), ['intended-use']);
    assert.deepEqual(conceptsForHeading('What does the tool not do?'), ['out-of-scope-use']);
    // A datasheet's question about its instances is no statement of use.
    assert.deepEqual(conceptsForHeading('What does each instance represent?'), ['dataset-structure']);
  });

  it('reads advice on using the release as its intended use first, and other advice as recommendations', () => {
    assert.deepEqual(conceptsForHeading('✅ Recommendations for Use'), ['intended-use', 'recommendations']);
    assert.deepEqual(conceptsForHeading('Guidelines for usage')[0], 'intended-use');
    assert.deepEqual(conceptsForHeading('Recommendations'), ['recommendations']);
    assert.equal(conceptsForHeading('Recommendations for training').includes('intended-use'), false);
  });

  it('reads an overview as a description, in a compound heading too', () => {
    assert.ok(conceptsForHeading('Overview & Dataset Architecture').includes('dataset-description'));
    // Near miss: a keyword inside a longer one names nothing of its own ("model overview" is the model's details).
    assert.deepEqual(conceptsForHeading('Model overview'), ['model-details']);
  });

  it("reads the quality of a dataset's data or recordings as its limitations, not a model's quality", () => {
    assert.deepEqual(conceptsForHeading('G. RECORDING QUALITY'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Data Quality'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Quality Assurance'), []);
    // A datasheet's question on errors and noise asks for the data's limits; an error rate is a metric.
    assert.deepEqual(conceptsForHeading('Errors/noise'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Top-1 error rate'), []);
  });

  it("reads a dataset's contents as its structure, but not a table of contents or a content warning", () => {
    assert.deepEqual(conceptsForHeading('Contents of dataset'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Dataset contents'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Table of Contents'), []);
    assert.deepEqual(conceptsForHeading('Content warning'), []);
  });

  it('reads known limits and drawbacks as limitations, but not limits of use', () => {
    assert.deepEqual(conceptsForHeading('Known limits'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Limits'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Drawbacks'), ['limitations']);
    assert.deepEqual(conceptsForHeading('Rate limits'), []);
  });

  it('reads the size, extent and statistics of the data as its structure, and sizes of other things as none', () => {
    assert.deepEqual(conceptsForHeading('Extent'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Dataset size'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Statistics'), ['dataset-structure']);
    assert.deepEqual(conceptsForHeading('Batch size'), []);
  });

  it('reads how personal data was protected (pseudonymised, kept confidential) as personal information', () => {
    assert.deepEqual(conceptsForHeading('Pseudonymisation'), ['personal-information']);
    assert.deepEqual(conceptsForHeading('Anonymity and consent'), ['personal-information']);
    assert.deepEqual(conceptsForHeading('Data protection'), ['personal-information']);
    assert.deepEqual(conceptsForHeading('Protection relays'), []);
  });

  it('reads "unintended bias" as bias, not as unintended uses', () => {
    assert.deepEqual(conceptsForHeading('Jigsaw Unintended Bias in Toxicity Classification'), ['bias-risks']);
    assert.deepEqual(conceptsForHeading('Unintended uses'), ['out-of-scope-use']);
  });

  it("reads a dataset's examples as its structure, beside what else the heading names", () => {
    assert.deepEqual(conceptsForHeading('Examples'), ['dataset-structure']);
    assert.ok(conceptsForHeading('Examples of misuse').includes('out-of-scope-use'));
  });

  it('reads a heading about the files of a dataset as its structure', () => {
    assert.equal(conceptForHeading('Filenames and Formats'), 'dataset-structure');
    assert.equal(conceptForHeading('Data files'), 'dataset-structure');
    assert.equal(conceptForHeading('2) Data'), 'training-data');
  });

  it('maps the templates onto concepts', () => {
    const cases: [string, string][] = [
      ['Uses', 'intended-use'],
      ['Direct Use', 'intended-use'],
      ['Primary intended uses', 'intended-use'],
      ['Suitable Use Case(s)', 'intended-use'],
      ['Out-of-Scope Use', 'out-of-scope-use'],
      ['Out-of-scope use cases', 'out-of-scope-use'],
      ['Unsuitable Use Case(s)', 'out-of-scope-use'],
      ['Limitations and out-of-scope', 'out-of-scope-use'],
      ['Misuse', 'out-of-scope-use'],
      ['Bias, Risks, and Limitations', 'bias-risks'],
      ['Ethical Considerations', 'bias-risks'],
      ['Caveats and Recommendations', 'bias-risks'],
      ['Risks and Limitations', 'bias-risks'],
      ['Training Data', 'training-data'],
      ['Quantitative Analyses', 'evaluation'],
      ['Evaluation Data', 'evaluation'],
      ['Factors', 'evaluation'],
      ['Data Collection and Processing', 'collection-process'],
      ['Initial Data Collection and Normalization', 'collection-process'],
      ['Personal and Sensitive Information', 'personal-information'],
      ['Privacy Considerations', 'personal-information'],
      ['Motivation', 'motivation'],
      ['Composition', 'composition'],
      ['Collection Process', 'collection-process'],
      ['Preprocessing/Cleaning/Labeling', 'preprocessing'],
      ['Distribution', 'distribution'],
      ['Maintenance', 'maintenance'],
      // Headings seen in real model cards outside the templates.
      ['Direct Use and Downstream Use', 'intended-use'],
      ['Model Usage', 'intended-use'],
      ['Not Intended For', 'out-of-scope-use'],
    ];
    for (const [title, concept] of cases) assert.equal(conceptForHeading(title), concept, title);
  });

  it('maps unknown or title headings to nothing', () => {
    assert.equal(conceptForHeading('Model Card for tiny-sentiment'), undefined);
    assert.equal(conceptForHeading('How to Get Started with the Model'), undefined);
  });

  it('requires only concepts that the alias table can produce', () => {
    for (const reqs of Object.values(REQUIRED_CONCEPTS)) {
      for (const r of reqs) {
        assert.ok(r.anyOf.includes(r.preferred));
        for (const c of r.anyOf) assert.ok(HEADING_ALIASES[c].length > 0, c);
      }
    }
  });
});
