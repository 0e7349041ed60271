import * as assert from 'node:assert/strict';
import { parseCard, ownMeaningfulText } from '../../../src/core/cards/parse';
import { processWarningsDuring } from '../helpers/processWarnings';

describe('cards/parseCard', () => {
  it('ignores "# not a heading" inside fenced code', () => {
    const card = parseCard('c.md', '# Title\n\n```bash\n# not a heading\n```\n\n## Uses\nText.\n');
    assert.deepEqual(card.sections.map((s) => s.title), ['Title', 'Uses']);
  });

  it('counts setext headings, with the heading range spanning the underline', () => {
    const text = 'Model Card\n==========\n\nUses\n----\nFor research.\n';
    const card = parseCard('c.md', text);
    assert.deepEqual(card.sections.map((s) => [s.title, s.level]), [['Model Card', 1], ['Uses', 2]]);
    const uses = card.sections[1];
    assert.equal(uses.headingRange.start.line, 3);
    assert.equal(uses.headingRange.end.line, 4);
    assert.equal(uses.concept, 'intended-use');
    assert.equal(uses.meaningfulText, 'For research.');
  });

  it('does not see "## Uses" inside an HTML comment', () => {
    const card = parseCard('c.md', '# Card\n\n<!--\n## Uses\n\nold text\n-->\n\n## Evaluation\nDone.\n');
    assert.deepEqual(card.sections.map((s) => s.title), ['Card', 'Evaluation']);
    assert.equal(card.section('intended-use'), undefined);
  });

  it('strips a trailing [optional] and maps the title to a concept', () => {
    const card = parseCard('c.md', '## Downstream Use [optional]\nFine-tuning for reviews.\n');
    assert.equal(card.sections[0].title, 'Downstream Use');
    assert.equal(card.sections[0].concept, 'intended-use');
  });

  it('parses front matter with BOM and CRLF, ranges pointing into the original text', () => {
    const text = '\uFEFF---\r\nlicense: mit\r\nbase_model: distilbert-base-uncased\r\n---\r\n# Card\r\n\r\n## Uses\r\nResearch.\r\n';
    const card = parseCard('c.md', text);
    const fm = card.frontMatter!;
    assert.deepEqual(fm.data, { license: 'mit', base_model: 'distilbert-base-uncased' });
    assert.equal(fm.errors.length, 0);
    const key = fm.keyRange('base_model')!;
    assert.equal(text.slice(key.startOffset, key.endOffset), 'base_model');
    assert.equal(key.start.line, 2);
    const val = fm.valueRange('license')!;
    assert.equal(text.slice(val.startOffset, val.endOffset), 'mit');
    assert.equal(fm.range.end.line, 3);
    // Headings after front matter keep their original line numbers.
    assert.deepEqual(card.sections.map((s) => [s.title, s.headingRange.start.line]), [['Card', 4], ['Uses', 6]]);
    assert.equal(card.section('intended-use')!.meaningfulText, 'Research.');
  });

  it('reports front-matter YAML errors at their place and leaves data undefined', () => {
    const text = '---\nlicense: [mit\n---\n# Card\n';
    const card = parseCard('c.md', text);
    assert.equal(card.frontMatter!.data, undefined);
    assert.ok(card.frontMatter!.errors.length > 0);
    assert.ok(card.frontMatter!.errors[0].range.start.line >= 1 && card.frontMatter!.errors[0].range.start.line <= 2);
  });

  it('reads an unrendered template\'s `{{ card_data }}` front matter without printing a process warning', async () => {
    const warnings = await processWarningsDuring(() => {
      const card = parseCard('c.md', '---\n# metadata spec: see the hub docs\n{{ card_data }}\n---\n# Card\n');
      assert.equal(card.frontMatter!.errors.length, 0);
      assert.ok(card.frontMatter!.data);
    });
    assert.deepEqual(warnings, []);
  });

  it('reads a label whose value is a stub as saying nothing, whatever unit follows the stub', () => {
    const card = parseCard('c.md', '# Card\n\n## Performance\n\n- **Accuracy**: [Value]%\n- **RMSE**: [Value]\n\n## Training Data\n\n- **Time Period**: 2014-2015\n');
    assert.equal(card.section('evaluation')!.meaningfulText, '');
    assert.equal(card.section('training-data')!.meaningfulText, '- **Time Period**: 2014-2015');
  });

  it('treats an unclosed --- as no front matter', () => {
    const card = parseCard('c.md', '---\nnot closed\n');
    assert.equal(card.frontMatter, undefined);
  });

  it('gives a parent section a body that includes its subsections, minus subheadings, comments and placeholders', () => {
    const text = [
      '# Uses',
      '<!-- Address questions around how the model is intended to be used -->',
      '## Direct Use',
      '[More Information Needed]',
      '## Out-of-Scope Use',
      'Not for medical diagnosis.',
      '# Evaluation',
      '',
    ].join('\n');
    const card = parseCard('c.md', text);
    const [uses, direct, oos, evaluation] = card.sections;
    assert.equal(uses.meaningfulText, 'Not for medical diagnosis.');
    assert.equal(direct.meaningfulText, '');
    assert.equal(oos.meaningfulText, 'Not for medical diagnosis.');
    assert.equal(evaluation.meaningfulText, '');
    assert.equal(text.slice(uses.bodyStart, uses.bodyEnd).includes('## Out-of-Scope Use'), true);
    // What "Uses" says about intended use alone: nothing, the text belongs to Out-of-Scope Use.
    assert.equal(ownMeaningfulText(card, uses, ['intended-use']), '');
  });

  it('drops label lines whose value is a placeholder', () => {
    const card = parseCard('c.md', '## Model Details\n- **Developed by:** [More Information Needed]\n- **License:** MIT\n');
    assert.equal(card.sections[0].meaningfulText, '- **License:** MIT');
  });

  it('does not count headings inside blockquotes as sections', () => {
    const card = parseCard('c.md', '# Card\n\n> ## Quoted\n> text\n');
    assert.deepEqual(card.sections.map((s) => s.title), ['Card']);
  });

  it('finds placeholders outside code and comments with exact ranges', () => {
    const text = '# Card\nTBD\n```\nTODO in code\n```\n<!-- TODO in a comment -->\n';
    const card = parseCard('c.md', text);
    assert.deepEqual(card.placeholders.map((p) => [p.text, p.range.start.line, p.range.start.character]), [['TBD', 1, 0]]);
  });
});
