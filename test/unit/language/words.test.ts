import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agentNoun, lemmaOf, lemmaSequence, wordTokens } from '../../../src/core/language/words';

const root = join(__dirname, '..', '..', '..', '..');

describe('language/words', () => {
  it('maps inflected forms of the vocabulary onto their lemma', () => {
    assert.equal(lemmaOf('Screened'), 'screen');
    assert.equal(lemmaOf('prioritises'), 'prioritise');
    assert.equal(lemmaOf('mammograms'), 'mammogram');
    assert.equal(lemmaOf('Limitations'), 'limitation');
    assert.equal(lemmaOf('laid'), 'lay');
    // An irregular participle, not only the past tense: "chosen", "chose".
    assert.equal(lemmaOf('chosen'), 'choose');
    assert.equal(lemmaOf('chose'), 'choose');
    // Outside the vocabulary a word is its own lemma.
    assert.equal(lemmaOf('zebras'), 'zebras');
    // A unit of time written short is no plural of a vocabulary word: "24 hrs" are hours, not HR departments.
    assert.equal(lemmaOf('hrs'), 'hrs');
    assert.equal(lemmaOf('days'), 'day');
  });

  it('reads a word that names an object property ("constructor", "toString") as its own lemma', () => {
    assert.equal(lemmaOf('constructor'), 'constructor');
    assert.deepEqual(wordTokens('the constructor calls toString').map((w) => w.lemma), ['the', 'constructor', 'call', 'tostring']);
  });

  it('reads a short word in capitals as an acronym, not a plural ("GPS" is no "GPs")', () => {
    assert.deepEqual(wordTokens('GPS tracks, GPs and CVs').map((w) => w.lemma), ['gps', 'track', 'gp', 'and', 'cv']);
    // Capitals across a longer word still inflect: a heading in capitals.
    assert.equal(wordTokens('SCREENS')[0].lemma, 'screen');
  });

  it('derives the agent noun of a verb and none of a noun of action', () => {
    const pairs: [string, string | undefined][] = [
      ['recognize', 'recognizer'], ['grade', 'grader'], ['predict', 'predictor'], ['evaluate', 'evaluator'], ['assess', 'assessor'],
      ['classify', 'classifier'], ['tag', 'tagger'], ['screen', 'screener'], ['rank', 'ranker'],
      ['screening', undefined], ['approval', undefined], ['verification', undefined], ['screener', undefined], ['work out', undefined],
    ];
    for (const [verb, agent] of pairs) assert.equal(agentNoun(verb), agent, verb);
  });

  it('splits words on hyphens and keeps offsets', () => {
    const t = wordTokens('Views chest X-rays.');
    assert.deepEqual(t.map((w) => w.lemma), ['views', 'chest', 'x', 'ray']);
    assert.equal('Views chest X-rays.'.slice(t[3].start, t[3].end), 'rays');
    assert.deepEqual(lemmaSequence('job applicants'), ['job', 'applicant']);
  });

  it('finds the same words in ASCII text by character codes as in other text by the Unicode regex', () => {
    const words = (t: string) => wordTokens(t).map((w) => `${t.slice(w.start, w.end)}>${w.lower}`);
    const ascii = "The applicant's story isn't 12,5 x-ray O'Neil rock'n'roll 'quoted' foo_bar";
    // One non-ASCII character anywhere sends the text through the Unicode path: the words must not change.
    assert.deepEqual(words(`${ascii} \u00e9`).slice(0, -1), words(ascii));
    assert.deepEqual(words(ascii), ["The>the", "applicant's>applicant", 'story>story', "isn't>isn't", '12>12', '5>5', 'x>x', 'ray>ray', "O'Neil>o'neil", "rock'n>rock'n", 'roll>roll', 'quoted>quoted', 'foo>foo', 'bar>bar']);
    assert.deepEqual(words('r\u00e9sum\u00e9 don\u2019t'), ['r\u00e9sum\u00e9>r\u00e9sum\u00e9', 'don\u2019t>don\u2019t']);
  });

  it('ships the lexicon the generator builds from the vocabularies (run node scripts/generate-lexicon.mjs)', function () {
    this.timeout(60000);
    const fresh = execFileSync(process.execPath, ['--input-type=module', '-e', "import { buildLexicon } from './scripts/generate-lexicon.mjs'; process.stdout.write(JSON.stringify(buildLexicon(), null, 1) + '\\n');"], { cwd: root, encoding: 'utf8' });
    assert.equal(readFileSync(join(root, 'src/core/catalogue/lexicon.json'), 'utf8'), fresh);
  });
});
