import * as assert from 'node:assert/strict';
import { findPlaceholders, isPlaceholderText } from '../../../src/core/cards/placeholders';

const texts = (s: string, skip: [number, number][] = []) => findPlaceholders(s, 0, s.length, skip).map((p) => p.text);

describe('cards/placeholders', () => {
  it('finds the Hugging Face stub with its exact range', () => {
    const s = 'Use: [More Information Needed].';
    const [p] = findPlaceholders(s);
    assert.equal(p.text, '[More Information Needed]');
    assert.equal(s.slice(p.start, p.end), '[More Information Needed]');
    assert.equal(p.start, 5);
  });

  it('finds stub words, bracket stubs, template variables, angle stubs and phrases', () => {
    assert.deepEqual(texts('TODO: write'), ['TODO']);
    assert.deepEqual(texts('Status: tbd'), ['tbd']);
    assert.deepEqual(texts('FIXME later'), ['FIXME']);
    assert.deepEqual(texts('[More info needed]'), ['[More info needed]']);
    assert.deepEqual(texts('Contact: [Your name]'), ['[Your name]']);
    assert.deepEqual(texts('Model {{ model_id }} is'), ['{{ model_id }}']);
    assert.deepEqual(texts('By <your name> at <ORG_NAME>'), ['<your name>', '<ORG_NAME>']);
    assert.deepEqual(texts('<placeholder>'), ['<placeholder>']);
    assert.deepEqual(texts('Lorem ipsum dolor sit amet'), ['Lorem ipsum dolor sit amet']);
    assert.deepEqual(texts('Fill in the details'), ['Fill in']);
    assert.deepEqual(texts('Results coming soon.'), ['coming soon']);
    assert.deepEqual(texts('YOUR ANSWER HERE'), ['YOUR ANSWER HERE']);
    assert.deepEqual(texts('# DATASHEET:\n\nYOUR DATASET NAME HERE'), ['YOUR DATASET NAME HERE']);
  });

  it('finds "fill in" as an instruction, opening its line or standing alone, but not as a verb in a sentence', () => {
    assert.deepEqual(texts('Languages: fill in.'), ['fill in']);
    assert.deepEqual(texts('- Fill in the intended users'), ['Fill in']);
    assert.deepEqual(texts('To fill in this gap we collected ratings from 300 raters.'), []);
    assert.deepEqual(texts('It helps claimants fill in the benefit form.'), []);
  });

  it('finds a template\'s slot for a value, but not a ticked task box or a citation mark', () => {
    assert.deepEqual(texts('- **RMSE**: [Value]'), ['[Value]']);
    assert.deepEqual(texts('# Dataset Card for [Dataset Name]'), ['[Dataset Name]']);
    assert.deepEqual(texts('- [x] done, see [1] and [Value](https://example.org)'), []);
  });

  it('finds a template\'s empty answer in brackets alone on its line, not one inside a sentence or code', () => {
    assert.deepEqual(texts('## Caveats and recommendations\n[None]\n'), ['[None]']);
    assert.deepEqual(texts('- [N/A]'), ['[N/A]']);
    assert.deepEqual(texts('None.\nThe default is [None] when unset.'), []);
  });

  it('does not match near misses', () => {
    assert.deepEqual(texts('Our todos are tracked elsewhere.'), []);
    assert.deepEqual(texts('TBDX and XTODO and to-do'), []);
    assert.deepEqual(texts('a todo list application'), []);
    assert.deepEqual(texts('See [the paper](https://x.org) and <br> <details> <https://example.org>'), []);
    assert.deepEqual(texts('[Your name](mailto:a@b.c)'), []);
    assert.deepEqual(texts('Use `TODO` markers in code'), []);
    assert.deepEqual(texts('Fillings include apples'), []);
    assert.deepEqual(texts('Add your answer here.'), []);
  });

  it('skips the given spans (fenced code, comments)', () => {
    const s = 'x TODO y';
    assert.deepEqual(texts(s, [[2, 6]]), []);
  });

  it('isPlaceholderText: stubs yes, statements and empties no', () => {
    for (const v of ['TODO', 'TBD', '[More Information Needed]', 'TODO: describe users', '<your summary>', '{{ summary }}', 'lorem ipsum', '  tbd  ']) {
      assert.equal(isPlaceholderText(v), true, v);
    }
    for (const v of ['Sentiment of English reviews', 'Plan: TBD items are tracked in #12 soon', '', 42, null, 'todos']) {
      assert.equal(isPlaceholderText(v), false, String(v));
    }
  });
});
describe('placeholders: a template stub in capitals between single braces', () => {
  it('finds "{PROJECT NAME}" and "{DETAIL ... and LIMITATIONS}", not a lower-case variable a pipeline fills or a set', () => {
    assert.deepEqual(findPlaceholders('This model is intended for use in {BRIEF DESCRIPTION OF USE}').map((m) => m.text), ['{BRIEF DESCRIPTION OF USE}']);
    assert.deepEqual(findPlaceholders('{DETAIL PERFORMANCE EXPECTATIONS and LIMITATIONS}').map((m) => m.text), ['{DETAIL PERFORMANCE EXPECTATIONS and LIMITATIONS}']);
    assert.deepEqual(findPlaceholders('Scored on {primary_metric} over {N} folds of the set {A, B}.'), []);
  });
});

describe('placeholders: a template\'s instruction in single braces, or an ellipsis, standing as a whole value', () => {
  it('finds "{POC Name, Email}", "{Known limitations, ...}" and "..." left as a label\'s value', () => {
    const card = [
      '**Name:** ...',
      '',
      '**Intended Use:**',
      '...',
      '',
      '- Inputs: ...',
      '- {POC Name, Email}',
      '**Dataset Owner:** {If different from capability owner}',
      '{Known limitations, assumptions, or constraints associated with the analytic.}',
    ].join('\n');
    assert.deepEqual(findPlaceholders(card).map((m) => m.text), ['...', '...', '...', '{POC Name, Email}', '{If different from capability owner}', '{Known limitations, assumptions, or constraints associated with the analytic.}']);
  });

  it('leaves a printed dictionary, a template engine\'s tag, an ellipsis in prose or one eliding an example alone', () => {
    const card = [
      "Image formats: {'JPEG': 2999, 'PNG': 1}.",
      '{% include languages.html %}',
      'It was trained on news, blogs ... and forum posts.',
      '...',
      '- ...',
      'The set {A, B} of labels.',
    ].join('\n');
    assert.deepEqual(findPlaceholders(card).map((m) => m.text), ['{% include languages.html %}']);
  });
});

describe('placeholders: a template\'s instruction in square brackets standing as a whole value', () => {
  it('finds a bracketed instruction that is a list item, a label\'s value or a line of its own', () => {
    const card = [
      '- **Primary Use Cases:** [Describe the main applications of the model]',
      '- **Users:** [Who will be using or affected by this model?]',
      '- [List known limitations, e.g., performs poorly on rare classes]',
      'Contact: [Email or communication channel]',
      '[Discuss any ethical implications]',
    ].join('\n');
    assert.deepEqual(findPlaceholders(card).map((m) => m.text), [
      '[Describe the main applications of the model]',
      '[Who will be using or affected by this model?]',
      '[List known limitations, e.g., performs poorly on rare classes]',
      '[Email or communication channel]',
      '[Discuss any ethical implications]',
    ]);
  });

  it('leaves links, reference links the card defines, task boxes, citations and brackets inside prose alone', () => {
    const card = [
      '- [Model weights](https://example.org/w)',
      '- [Paper][1]',
      '- [The Hub guide]',
      '- [x] Evaluated on the test split',
      '- [1] Smith et al., 2020',
      'The [CLS] token feeds the head; see [the appendix for details] below.',
      '',
      '[The Hub guide]: https://example.org/guide',
    ].join('\n');
    assert.deepEqual(findPlaceholders(card), []);
  });
});
