import * as assert from 'node:assert/strict';
import { DOCUMENTATION_RULES } from '../../../src/core/rules/documentationRules';
import type { Rule } from '../../../src/core/rules/rule';
import type { Finding, Fix } from '../../../src/core/types';
import { parseCard } from '../../../src/core/cards/parse';
import { PLACEHOLDER_FINDINGS_PER_FILE } from '../../../src/core/cards/placeholders';
import { applyFix, docContext, type DocInput } from '../helpers/docContext';

const rule = (id: string): Rule => {
  const r = DOCUMENTATION_RULES.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const check = (id: string, manifest: string, docs: Record<string, DocInput>, options = {}): Finding[] => rule(id).check(docContext(manifest, docs, options));
const all = (manifest: string, docs: Record<string, DocInput>): Finding[] => DOCUMENTATION_RULES.flatMap((r) => r.check(docContext(manifest, docs)));

const MANIFEST = `manifest_version: 1
name: tiny-sentiment
version: 1.2.0
artifact: model
license: apache-2.0
base_model: distilbert-base-uncased
documentation: # where the docs live
  readme: README.md
  model_card: MODEL_CARD.md
  license_file: LICENSE
intended_use:
  summary: Sentiment of English product reviews, for research.
  out_of_scope:
    - medical diagnosis or triage
  limitations: [English only]
`;

const CARD = `---
license: apache-2.0
base_model: distilbert-base-uncased
---
# Model Card for tiny-sentiment

## Uses

### Direct Use

Sentiment of English product reviews, for research.

### Out-of-Scope Use

Not for medical diagnosis or triage.

## Bias, Risks, and Limitations

English only; reviews skew towards electronics.

## Training Details

### Training Data

IMDB and Amazon reviews.

## Evaluation

Accuracy 0.91 on the held-out split.
`;

const LICENSE_APACHE = `
                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/
`;
const LICENSE_MIT = `MIT License

Copyright (c) 2025 Someone

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
`;

const DOCS: Record<string, DocInput> = {
  'README.md': '# tiny-sentiment\n\nA sentiment model for research.\n',
  'MODEL_CARD.md': CARD,
  LICENSE: LICENSE_APACHE,
};

/** The text outside a single-insertion fix is byte-identical: removing the inserted text gives the original. */
function assertOnlyInserted(before: string, after: string, fix: Fix, path: string): void {
  const change = fix.changes.find((c) => c.kind === 'edit' && c.path === path);
  assert.ok(change && change.kind === 'edit');
  let rebuilt = after;
  for (const e of [...change.edits].sort((a, b) => a.startOffset - b.startOffset).reverse()) {
    assert.equal(e.startOffset, e.endOffset, 'an insertion');
    const at = e.startOffset + change.edits.filter((x) => x.startOffset < e.startOffset).reduce((n, x) => n + x.newText.length, 0);
    rebuilt = rebuilt.slice(0, at) + rebuilt.slice(at + e.newText.length);
  }
  assert.equal(rebuilt, before);
}

/** The text a single-insertion fix inserts. */
function inserted(fix: Fix): string {
  const change = fix.changes[0];
  assert.ok(change.kind === 'edit' && change.edits.length === 1);
  return change.edits[0].newText;
}

/** The one finding `id` reports on `card` as the model card (or the one `pick` chooses), and the card after its first fix. */
function fixCard(id: string, manifest: string, card: string, pick?: (f: Finding) => boolean): { f: Finding; text: string } {
  const docs = { ...DOCS, 'MODEL_CARD.md': card };
  const found = check(id, manifest, docs);
  if (!pick) assert.equal(found.length, 1, found.map((x) => x.message).join('\n'));
  const f = pick ? found.find(pick)! : found[0];
  return { f, text: applyFix(f.fixes![0], 'release-manifest.yaml', manifest, docs).docs['MODEL_CARD.md'] as string };
}

/** Top-level headings (level 2) of a card, in order. */
const h2s = (text: string): string[] => [...text.matchAll(/^## (.+?)\r?$/gm)].map((m) => m[1]);

describe('rules/documentation', () => {
  it('a complete model release passes every documentation rule', () => {
    assert.deepEqual(all(MANIFEST, DOCS), []);
  });

  it('every rule is in the documentation family with a doc- id', () => {
    for (const r of DOCUMENTATION_RULES) {
      assert.equal(r.meta.family, 'documentation');
      assert.match(r.meta.id, /^doc-[a-z-]+$/);
    }
  });

  describe('doc-missing', () => {
    const noCard = MANIFEST.replace('  model_card: MODEL_CARD.md\n', '');
    const docs = { 'README.md': DOCS['README.md'], LICENSE: LICENSE_APACHE };

    it('flags a required card the manifest does not name, at the documentation key', () => {
      const [f, ...rest] = check('doc-missing', noCard, docs);
      assert.equal(rest.length, 0);
      assert.equal(f.ruleId, 'doc-missing');
      assert.equal(f.severity, 'error');
      assert.equal(f.path, 'release-manifest.yaml');
      assert.equal(f.range.start.line, 6);
      assert.match(f.message, /documentation\.model_card/);
    });

    it('fix: names the card and creates it from the manifest; the finding is gone, comments survive', () => {
      const [f] = check('doc-missing', noCard, docs);
      const fix = f.fixes![0];
      assert.equal(fix.safe, false);
      assert.deepEqual(fix.changes.map((c) => c.kind).sort(), ['create', 'edit']);
      const after = applyFix(fix, 'release-manifest.yaml', noCard, docs);
      assertOnlyInserted(noCard, after.manifest, fix, 'release-manifest.yaml');
      assert.match(after.manifest, /documentation: # where the docs live\n  readme: README.md\n  license_file: LICENSE\n  model_card: MODEL_CARD.md\n/);
      assert.equal(typeof after.docs['MODEL_CARD.md'], 'string');
      assert.deepEqual(check('doc-missing', after.manifest, after.docs), []);
      // The created card has every required section.
      assert.deepEqual(check('doc-section-missing', after.manifest, after.docs), []);
    });

    it('fix works when the manifest has no documentation block at all', () => {
      const bare = 'name: x\nartifact: code\nlicense: MIT\n';
      const found = check('doc-missing', bare, {});
      // No documentation key: the finding sits on `artifact`, which is why the documents are needed.
      assert.deepEqual(found.map((f) => f.range.start.line), [1, 1]);
      let state = { manifest: bare, docs: {} as Record<string, DocInput> };
      state = applyFix(found[0].fixes![0], 'release-manifest.yaml', state.manifest, state.docs);
      const next = check('doc-missing', state.manifest, state.docs);
      assert.equal(next.length, 1);
      state = applyFix(next[0].fixes![0], 'release-manifest.yaml', state.manifest, state.docs);
      assert.deepEqual(check('doc-missing', state.manifest, state.docs), []);
      assert.ok(state.manifest.startsWith(bare));
    });

    it('does not flag a model card given by Hugging Face front matter in README.md', () => {
      const readme = '---\nlicense: apache-2.0\npipeline_tag: text-classification\n---\n# tiny\n\nText.\n';
      assert.deepEqual(check('doc-missing', noCard, { ...docs, 'README.md': readme }), []);
    });

    it('a conventional file that exists but is not named: info with a safe fix that only names it', () => {
      const noLicense = MANIFEST.replace('  license_file: LICENSE\n', '');
      const [f] = check('doc-missing', noLicense, DOCS);
      assert.equal(f.severity, 'info');
      const fix = f.fixes![0];
      assert.equal(fix.safe, true);
      assert.deepEqual(fix.changes.map((c) => c.kind), ['edit']);
      const after = applyFix(fix, 'release-manifest.yaml', noLicense, DOCS);
      assertOnlyInserted(noLicense, after.manifest, fix, 'release-manifest.yaml');
      assert.deepEqual(check('doc-missing', after.manifest, after.docs), []);
    });

    it('flags a declared document that does not exist, at the path value; fix creates it', () => {
      const docsNoLicense = { 'README.md': DOCS['README.md'], 'MODEL_CARD.md': CARD };
      const [f] = check('doc-missing', MANIFEST, docsNoLicense);
      assert.equal(f.range.start.line, 9);
      assert.equal(MANIFEST.slice(f.range.startOffset, f.range.endOffset), 'LICENSE');
      const fix = f.fixes![0];
      assert.deepEqual(fix.changes.map((c) => [c.kind, c.path]), [['create', 'LICENSE']]);
      const after = applyFix(fix, 'release-manifest.yaml', MANIFEST, docsNoLicense);
      assert.equal(after.manifest, MANIFEST);
      assert.match(after.docs.LICENSE as string, /Licensed under apache-2\.0/);
      assert.deepEqual(check('doc-missing', after.manifest, after.docs), []);
      // A pointer text is not recognised as another license.
      assert.deepEqual(check('doc-license-mismatch', after.manifest, after.docs), []);
    });

    it('requires documents from the options on top of the artifact kind', () => {
      assert.deepEqual(check('doc-missing', MANIFEST, DOCS), []);
      const [f] = check('doc-missing', MANIFEST, DOCS, { requiredDocuments: ['changelog'] });
      assert.match(f.message, /changelog/);
      assert.match(f.message, /project settings/);
    });
  });

  describe('doc-path-invalid', () => {
    it('flags a path outside the workspace at the manifest value', () => {
      const m = MANIFEST.replace('readme: README.md', 'readme: ../../etc/README.md');
      const [f, ...rest] = check('doc-path-invalid', m, DOCS);
      assert.equal(rest.length, 0);
      assert.equal(f.range.start.line, 7);
      assert.equal(m.slice(f.range.startOffset, f.range.endOffset), '../../etc/README.md');
      assert.match(f.message, /leaves the workspace/);
    });

    it('flags a binary license file', () => {
      const [f] = check('doc-path-invalid', MANIFEST, { ...DOCS, LICENSE: { state: 'binary' } });
      assert.equal(f.range.start.line, 9);
      assert.match(f.message, /binary/);
    });

    it('does not flag a nested path inside the workspace', () => {
      const m = MANIFEST.replace('readme: README.md', 'readme: docs/../README.md');
      assert.deepEqual(check('doc-path-invalid', m, DOCS), []);
    });
  });

  describe('doc-empty', () => {
    it('flags a card with only front matter, headings, comments and placeholders', () => {
      const card = '---\nlicense: apache-2.0\n---\n# Model Card\n\n<!-- guidance -->\n\n## Uses\n\n[More Information Needed]\n';
      const [f, ...rest] = check('doc-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(rest.length, 0);
      assert.equal(f.path, 'MODEL_CARD.md');
      assert.equal(f.range.start.line, 0);
      assert.equal(f.related![0].path, 'release-manifest.yaml');
      assert.equal(f.related![0].range.start.line, 8);
      // One clear finding: no section or placeholder findings on top.
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card }), []);
      assert.deepEqual(check('doc-placeholder', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card }), []);
    });

    it('flags a whitespace-only license file', () => {
      const [f] = check('doc-empty', MANIFEST, { ...DOCS, LICENSE: ' \n\n' });
      assert.equal(f.path, 'LICENSE');
    });

    it('does not flag a README with one sentence', () => {
      assert.deepEqual(check('doc-empty', MANIFEST, { ...DOCS, 'README.md': 'A model.' }), []);
    });
  });

  describe('doc-section-missing', () => {
    const noEval = CARD.replace(/## Evaluation\n\nAccuracy 0\.91 on the held-out split\.\n/, '');

    it('flags a missing required section at the last heading, with the manifest line related', () => {
      const [f, ...rest] = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': noEval });
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'warning');
      assert.equal(f.path, 'MODEL_CARD.md');
      assert.equal(f.range.start.line, 22); // "### Training Data"
      assert.match(f.message, /evaluation/);
      assert.equal(f.related![0].range.start.line, 8);
    });

    it('counts a section its author marks as covering the concept, and reports an empty marked section as empty', () => {
      const evidence = '## Evidence\n<!-- release-readiness-section: evaluation -->\n\nAblations show the larger model wins on sarcasm.\n';
      const marked = noEval + '\n' + evidence;
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': marked }), []);
      // Without the marker the heading names nothing the rule knows.
      assert.equal(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': noEval + '\n' + evidence.replace(/<!--.*-->\n/, '') }).length, 1);
      const empty = noEval + '\n## Evidence\n\n<!-- release-readiness-section: evaluation -->\n';
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': empty }), []);
      assert.match(check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': empty })[0].message, /"Evidence" says nothing about evaluation/);
    });

    it('reports a marker whose name is no concept at the marker, with a fix to the nearest id, instead of the missing section', () => {
      const card = noEval + '\n## Evidence\n<!-- release-readiness-section: evalution -->\n\nAblations show the larger model wins on sarcasm.\n';
      const [f, ...rest] = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(rest.length, 0);
      assert.equal(card.slice(f.range.startOffset, f.range.endOffset), '<!-- release-readiness-section: evalution -->');
      assert.match(f.message, /names 'evalution', which is no card concept.*did you mean 'evaluation'/);
      const after = applyFix(f.fixes![0], 'release-manifest.yaml', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      // Only the name changes, and the section then counts.
      assert.equal(after.docs['MODEL_CARD.md'], card.replace('evalution', 'evaluation'));
      assert.deepEqual(check('doc-section-missing', after.manifest, after.docs), []);
      // A name far from every concept gets no fix.
      const far = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card.replace('evalution', 'qqq-zzz') });
      const g = far.find((x) => x.message.includes("'qqq-zzz'"));
      assert.ok(g);
      assert.equal((g.fixes ?? []).length, 0);
      // The section it meant is then still reported missing.
      assert.ok(far.some((x) => /no section on evaluation/.test(x.message)));
    });

    it('offers to mark a section whose heading names nothing as covering the missing concept, never as the preferred fix', () => {
      const card = noEval + '\n## Evidence\n\nAblations show the larger model wins on sarcasm.\n\n## Glossary\n\n## Notes\n\nSee the paper.';
      const [f] = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      const titles = f.fixes!.map((x) => x.title);
      assert.equal(titles[0], 'Add a section on evaluation');
      // Empty sections ("Glossary") are not offered; the nearest to where the template puts it come first.
      assert.deepEqual(titles.slice(1), ['Mark section "Evidence" as covering evaluation', 'Mark section "Notes" as covering evaluation']);
      const mark = f.fixes!.find((x) => x.title.includes('"Evidence"'))!;
      assert.equal(mark.preferred, false);
      assert.equal(mark.safe, false);
      const after = applyFix(mark, 'release-manifest.yaml', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(after.docs['MODEL_CARD.md'], card.replace('## Evidence\n', '## Evidence\n<!-- release-readiness-section: evaluation -->\n'));
      assert.deepEqual(check('doc-section-missing', after.manifest, after.docs), []);
    });

    it('reports a marker above every heading, as it marks no section', () => {
      const card = '<!-- release-readiness-section: evaluation -->\n' + CARD;
      const [f, ...rest] = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(rest.length, 0);
      assert.match(f.message, /stands above every heading/);
    });

    it('counts a model card\'s heading on where its data came from as training data, but not a step label of that name', () => {
      const noData = CARD.replace('### Training Data\n\nIMDB and Amazon reviews.\n', '');
      const source = noData.replace('## Evaluation', '## Data source and extraction\n\nIMDB and Amazon reviews, deduplicated.\n\n## Evaluation');
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': source }), []);
      const step = noData.replace('## Evaluation', '## How It Works\n\n1. **Data Collection**: structured review data\n\n## Evaluation');
      const [f, ...rest] = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': step });
      assert.equal(rest.length, 0);
      assert.match(f.message, /training data/);
    });

    it('counts a model card\'s training section as training data where it names the data, and only there', () => {
      const noData = CARD.replace('### Training Data\n\nIMDB and Amazon reviews.\n', '');
      const named = noData.replace('## Training Details\n', '## Training Details\n\n1. Loads the review CSVs and drops duplicates.\n2. Fits a logistic regression.\n');
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': named }), []);
      // Hyperparameters and library versions ("Datasets 2.19.0") name no data: still no section on it, not an empty one.
      const settings = noData.replace('## Training Details\n', '## Training Details\n\n- learning_rate: 5e-05\n- num_epochs: 3\n- Datasets 2.19.0\n');
      const [f, ...rest] = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': settings });
      assert.equal(rest.length, 0);
      assert.match(f.message, /training data/);
      assert.deepEqual(check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': settings }), []);
      // A plan is no account of what was done.
      const plan = noData.replace('## Training Details\n', '## Recommended training protocol\n\nValidate the dataset before each run.\n');
      assert.match(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': plan })[0]?.message ?? '', /training data/);
    });

    it('counts a model card\'s heading on its dataset as training data, but not a bare overview or the opening paragraph', () => {
      const noData = CARD.replace('### Training Data\n\nIMDB and Amazon reviews.\n', '');
      const dataset = noData.replace('## Evaluation', '## 🗂️ Dataset Overview\n\nIMDB and Amazon reviews, deduplicated.\n\n## Evaluation');
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': dataset }), []);
      const overview = noData.replace('## Evaluation', '## Project Overview\n\nA sentiment classifier for short English product reviews and tweets.\n\n## Evaluation');
      const [f, ...rest] = check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': overview });
      assert.equal(rest.length, 0);
      assert.match(f.message, /training data/);
    });

    it('fix appends the section; the finding is gone and the text before is byte-identical', () => {
      const docs = { ...DOCS, 'MODEL_CARD.md': noEval };
      const [f] = check('doc-section-missing', MANIFEST, docs);
      const fix = f.fixes![0];
      assert.equal(fix.safe, true);
      const after = applyFix(fix, 'release-manifest.yaml', MANIFEST, docs);
      const text = after.docs['MODEL_CARD.md'] as string;
      assert.ok(text.startsWith(noEval));
      // The card already ends with a blank line, so the section follows directly.
      assert.match(text.slice(noEval.length), /^## Evaluation\n/);
      assert.deepEqual(check('doc-section-missing', after.manifest, after.docs), []);
      // Nothing invented: the inserted section is still empty.
      assert.equal(check('doc-section-empty', after.manifest, after.docs).length, 1);
    });

    it('fix keeps CRLF line ends and prefills from the manifest', () => {
      const crlf = CARD.replace(/### Out-of-Scope Use\n\nNot for medical diagnosis or triage\.\n\n/, '').replace(/\n/g, '\r\n');
      const docs = { ...DOCS, 'MODEL_CARD.md': crlf };
      const [f] = check('doc-section-missing', MANIFEST, docs);
      const after = applyFix(f.fixes![0], 'release-manifest.yaml', MANIFEST, docs);
      assertOnlyInserted(crlf, after.docs['MODEL_CARD.md'] as string, f.fixes![0], 'MODEL_CARD.md');
      const added = inserted(f.fixes![0]);
      assert.ok(!/[^\r]\n/.test(added), 'CRLF only');
      assert.match(added, /- medical diagnosis or triage/);
      const card = parseCard('MODEL_CARD.md', after.docs['MODEL_CARD.md'] as string);
      assert.equal(card.sections.find((x) => x.title === 'Out-of-Scope Use')!.level, 2);
      assert.deepEqual(check('doc-section-missing', after.manifest, after.docs), []);
      assert.deepEqual(check('doc-section-empty', after.manifest, after.docs), []);
    });

    it('fix on a card without a final newline keeps comments and adds one blank line', () => {
      const card = '# Card\n\n<!-- keep me -->\n## Uses\nResearch.\n## Out-of-Scope Use\nHiring.\n## Limitations\nEnglish.\n## Training Data\nReviews.';
      const docs = { ...DOCS, 'MODEL_CARD.md': card };
      const [f, ...rest] = check('doc-section-missing', MANIFEST, docs);
      assert.equal(rest.length, 0);
      const after = applyFix(f.fixes![0], 'release-manifest.yaml', MANIFEST, docs);
      const text = after.docs['MODEL_CARD.md'] as string;
      assert.ok(text.startsWith(card + '\n\n## Evaluation\n'));
      assert.ok(text.includes('<!-- keep me -->'));
      assert.deepEqual(check('doc-section-missing', after.manifest, after.docs), []);
    });

    it('fix inserts the section where the template puts it, keeping every other byte', () => {
      const noBias = CARD.replace(/## Bias, Risks, and Limitations\n\nEnglish only; reviews skew towards electronics\.\n\n/, '');
      const { f, text } = fixCard('doc-section-missing', MANIFEST, noBias);
      assertOnlyInserted(noBias, text, f.fixes![0], 'MODEL_CARD.md');
      // After "Uses" and its subsections, before "Training Details"; one blank line on each side.
      assert.deepEqual(h2s(text), ['Uses', 'Bias, Risks, and Limitations', 'Training Details', 'Evaluation']);
      assert.match(text, /Not for medical diagnosis or triage\.\n\n## Bias, Risks, and Limitations\n\n<!--[^\n]*-->\n\nKnown limitations:\n\n- English only\n\n## Training Details\n/);
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': text }), []);
    });

    it('fix puts a section the template opens with before the first section that follows it', () => {
      const card = '# Model Card\n\n## Training Data\nReviews.\n## Evaluation\nGood.\n## Citation\nUs.\n';
      const m = MANIFEST.replace(/intended_use:[\s\S]*$/, 'intended_use:\n  out_of_scope: [medical diagnosis]\n');
      const { f, text } = fixCard('doc-section-missing', m, card, (x) => /intended use\./.test(x.message));
      assertOnlyInserted(card, text, f.fixes![0], 'MODEL_CARD.md');
      assert.deepEqual(h2s(text), ['Uses', 'Training Data', 'Evaluation', 'Citation']);
      // No blank line was there before the next heading, so one is added above and below.
      assert.ok(text.startsWith('# Model Card\n\n## Uses\n'));
      assert.match(text, /\[More Information Needed\]\n\n## Training Data\nReviews\.\n/);
    });

    it('fix lands before a closing Citation rather than after it', () => {
      const card = '# Model Card\n\n## Uses\n\nResearch.\n\n## Out-of-Scope Use\n\nHiring.\n\n## Limitations\n\nEnglish.\n\n## Training Data\n\nReviews.\n\n## Citation\n\n```bibtex\n@misc{x}\n```\n';
      const { f, text } = fixCard('doc-section-missing', MANIFEST, card);
      assertOnlyInserted(card, text, f.fixes![0], 'MODEL_CARD.md');
      assert.deepEqual(h2s(text), ['Uses', 'Out-of-Scope Use', 'Limitations', 'Training Data', 'Evaluation', 'Citation']);
    });

    it('fix in a card out of template order still follows what precedes it in the template', () => {
      const card = '# Model Card\n\n## Evaluation\n\nGood.\n\n## Training Data\n\nReviews.\n\n## Uses\n\nResearch.\n\n## Limitations\n\nEnglish.\n';
      const { f, text } = fixCard('doc-section-missing', MANIFEST, card);
      assert.match(f.message, /out-of-scope use/);
      assertOnlyInserted(card, text, f.fixes![0], 'MODEL_CARD.md');
      assert.deepEqual(h2s(text), ['Evaluation', 'Training Data', 'Uses', 'Out-of-Scope Use', 'Limitations']);
    });

    it('fix places by headings, not by labels inside a section', () => {
      const card = '# Model Card\n\n## Model Details\n\n- **Limitations:** English only.\n\n## Uses\n\nResearch.\n\n## Out-of-Scope Use\n\nHiring.\n\n## Evaluation\n\nGood.\n';
      assert.ok(parseCard('MODEL_CARD.md', card).sections.some((x) => x.kind === 'label' && x.concept === 'limitations'));
      const { f, text } = fixCard('doc-section-missing', MANIFEST, card);
      assert.match(f.message, /training data/);
      assert.deepEqual(h2s(text), ['Model Details', 'Uses', 'Out-of-Scope Use', 'Training Data', 'Evaluation']);
    });

    it('fix appends to a card none of whose sections the template places', () => {
      const card = '# Notes\n\n## Background\n\nSome text about the release, its authors and history.\n';
      const docs = { ...DOCS, 'MODEL_CARD.md': card };
      const found = check('doc-section-missing', MANIFEST, docs);
      assert.ok(found.length >= 1);
      for (const f of found) {
        const change = f.fixes![0].changes[0];
        assert.ok(change.kind === 'edit');
        assert.equal(change.edits[0].startOffset, card.length);
      }
    });

    it('accepts a Mitchell-style model card', () => {
      const mitchell = `# Model Card\n\n## Model Details\nA model.\n\n## Intended Use\n### Primary intended uses\nResearch.\n### Out-of-scope use cases\nHiring.\n\n## Factors\nLanguage.\n\n## Metrics\nAccuracy.\n\n## Training Data\nReviews.\n\n## Ethical Considerations\nBias towards English.\n\n## Caveats and Recommendations\nNone known.\n`;
      assert.deepEqual(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': mitchell }), []);
    });

    it('checks the README front-matter card when it stands in for the model card', () => {
      const noCard = MANIFEST.replace('  model_card: MODEL_CARD.md\n', '');
      const readme = '---\nlicense: apache-2.0\n---\n# tiny\n\n## Uses\nResearch.\n';
      const found = check('doc-section-missing', noCard, { 'README.md': readme, LICENSE: LICENSE_APACHE });
      assert.equal(found.length, 4);
      assert.ok(found.every((f) => f.path === 'README.md'));
      assert.match(found[0].related![0].message, /serves as the model card/);
    });

    it('accepts a Datasheets-for-Datasets data card', () => {
      const m = MANIFEST.replace('artifact: model', 'artifact: dataset').replace('model_card: MODEL_CARD.md', 'data_card: DATASHEET.md');
      const sheet = '# Datasheet\n\n## Motivation\nWhy.\n\n## Composition\nReviews; no personal data.\n\n## Collection Process\nScraped.\n\n## Preprocessing/Cleaning/Labeling\nLower-cased.\n\n## Uses\nResearch.\n\n## Bias, Risks, and Limitations\nEnglish only.\n\n## Distribution\nHub.\n\n## Maintenance\nUs.\n';
      assert.deepEqual(check('doc-section-missing', m, { ...DOCS, 'DATASHEET.md': sheet }), []);
      const hf = sheet.replace('## Composition\nReviews; no personal data.\n', '## Dataset Structure\nFields.\n');
      const found = check('doc-section-missing', m, { ...DOCS, 'DATASHEET.md': hf });
      assert.deepEqual(found.map((f) => /personal/.test(f.message)), [true]);
    });

    it("counts a dataset card's section on what the data must not be used for as its limits, but not a reader's condition", () => {
      const m = MANIFEST.replace('artifact: model', 'artifact: dataset').replace('model_card: MODEL_CARD.md', 'data_card: DATASHEET.md');
      const sheet = '# Datasheet\n\n## Motivation\nWhy.\n\n## Composition\nReviews; no personal data.\n\n## Collection Process\nScraped.\n\n## Uses\nResearch.\n\n## Prohibited interpretation\nThe counts are not rates of crime per resident.\n';
      assert.deepEqual(check('doc-section-missing', m, { ...DOCS, 'DATASHEET.md': sheet }), []);
      const condition = sheet.replace('## Prohibited interpretation\nThe counts are not rates of crime per resident.\n', "## If you do not use PyTorch\nLoad the NumPy files.\n");
      assert.deepEqual(check('doc-section-missing', m, { ...DOCS, 'DATASHEET.md': condition }).map((f) => /bias, risks and limitations/.test(f.message)), [true]);
    });

    it("reads a compound heading's exclusions as a dataset's limits where the heading names misuse, and only there", () => {
      const m = MANIFEST.replace('artifact: model', 'artifact: dataset').replace('model_card: MODEL_CARD.md', 'data_card: DATASHEET.md');
      const sheet = '# Datasheet\n\n## Motivation\nWhy.\n\n## Composition\nComments; no personal data.\n\n## Collection Process\nScraped.\n\n## Intended use and misuse caveat\nFor research on moderation. The data should not be used to profile users or to make claims about individuals.\n';
      assert.deepEqual(check('doc-section-empty', m, { ...DOCS, 'DATASHEET.md': sheet }), []);
      assert.deepEqual(check('doc-section-missing', m, { ...DOCS, 'DATASHEET.md': sheet }), []);
      // Near miss: the same heading holding only the uses says nothing about limits.
      const usesOnly = sheet.replace(' The data should not be used to profile users or to make claims about individuals.', '');
      assert.match(check('doc-section-empty', m, { ...DOCS, 'DATASHEET.md': usesOnly })[0]?.message ?? '', /bias, risks and limitations/);
    });
  });

  describe('doc-section-unheaded', () => {
    // (A "## Training" that names the data is the section on it: the data is stated here under another heading.)
    const proseOnly = '# Model card for tiny-sentiment\n\n## Uses\n\nSentiment of English product reviews. It should not be used to make decisions about people.\n\n## How it was built\n\nFine-tuned on 50,000 public product reviews.\n\n## Limitations\n\nEnglish only.\n\n## Evaluation\n\n91% accuracy on a held-out split.\n';

    it('hints at a heading where a required concept is stated only in prose, and missing-section stays quiet', () => {
      const docs = { ...DOCS, 'MODEL_CARD.md': proseOnly };
      const hints = check('doc-section-unheaded', MANIFEST, docs);
      assert.deepEqual(hints.map((f) => f.severity), ['info', 'info']);
      assert.match(hints[0].message, /out-of-scope use here, without a heading/);
      assert.equal(hints[0].range.start.line, 4); // the sentence, not the card's end
      assert.match(hints[1].message, /training data/);
      assert.deepEqual(check('doc-section-missing', MANIFEST, docs), []);
    });

    it('says nothing when the concept has a heading, and leaves a real gap to doc-section-missing', () => {
      const headed = proseOnly.replace(' It should not be used to make decisions about people.', '\n\n## Out-of-Scope Use\n\nDecisions about people.').replace('## How it was built\n\nFine-tuned on', '## Training Data\n\nFine-tuned on');
      assert.deepEqual(check('doc-section-unheaded', MANIFEST, { ...DOCS, 'MODEL_CARD.md': headed }), []);
      const gap = proseOnly.replace(' It should not be used to make decisions about people.', '');
      assert.deepEqual(check('doc-section-unheaded', MANIFEST, { ...DOCS, 'MODEL_CARD.md': gap }).map((f) => /training data/.test(f.message)), [true]);
      assert.equal(check('doc-section-missing', MANIFEST, { ...DOCS, 'MODEL_CARD.md': gap }).length, 1);
    });
  });

  describe('doc-section-empty', () => {
    it('flags a required section holding only a placeholder, on its heading', () => {
      const card = CARD.replace('Sentiment of English product reviews, for research.\n', '[More Information Needed]\n');
      const [f, ...rest] = check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(rest.length, 0);
      assert.equal(f.range.start.line, 6); // "## Uses": its only intended-use text is the placeholder
      assert.match(f.message, /intended use/);
    });

    it('reads a compound heading\'s text for its other parts only where it states them', () => {
      const usesOnly = '# M\n\n## Intended uses & limitations\n\nSentiment of product reviews.\n\n## Out-of-Scope Use\n\nMedical advice.\n\n## Training Data\n\nReviews.\n\n## Evaluation\n\n91% accuracy.\n';
      const [f, ...rest] = check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': usesOnly });
      assert.equal(rest.length, 0);
      assert.match(f.message, /"Intended uses & limitations" says nothing about bias, risks and limitations/);
      const both = usesOnly.replace('Sentiment of product reviews.', 'Sentiment of product reviews. It only works on English text.');
      assert.deepEqual(check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': both }), []);
    });

    it('fix fills an empty section from the manifest in place of its placeholder line, nothing else changed', () => {
      const card = CARD.replace('Sentiment of English product reviews, for research.\n', '[More Information Needed]\n');
      const { f, text } = fixCard('doc-section-empty', MANIFEST, card);
      assert.equal(f.fixes![0].safe, true);
      assert.match(f.message, /quick fix fills it/);
      assert.equal(text, card.replace('[More Information Needed]\n', 'Sentiment of English product reviews, for research.\n'));
      assert.deepEqual(check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': text }), []);
      assert.deepEqual(check('doc-placeholder', MANIFEST, { ...DOCS, 'MODEL_CARD.md': text }), []);
    });

    it('fix writes the out-of-scope list after a guidance comment, with users for intended use', () => {
      const m = MANIFEST.replace('  out_of_scope:', '  users: [researchers]\n  out_of_scope:');
      const card = CARD.replace('Not for medical diagnosis or triage.\n', '<!-- Uses the release is not intended for. -->\n');
      const { f, text } = fixCard('doc-section-empty', m, card);
      assertOnlyInserted(card, text, f.fixes![0], 'MODEL_CARD.md');
      assert.match(text, /<!-- Uses the release is not intended for\. -->\n\nThis release is not intended for:\n\n- medical diagnosis or triage\n\n## Bias/);
      assert.deepEqual(check('doc-section-empty', m, { ...DOCS, 'MODEL_CARD.md': text }), []);
    });

    it('fix adds the limitations to a compound heading that states only the uses', () => {
      const usesOnly = '# M\n\n## Intended uses & limitations\n\nSentiment of product reviews.\n## Out-of-Scope Use\n\nMedical advice.\n\n## Training Data\n\nReviews.\n\n## Evaluation\n\n91% accuracy.\n';
      const { f, text } = fixCard('doc-section-empty', MANIFEST, usesOnly);
      assertOnlyInserted(usesOnly, text, f.fixes![0], 'MODEL_CARD.md');
      assert.match(text, /Sentiment of product reviews\.\n\nKnown limitations:\n\n- English only\n\n## Out-of-Scope Use/);
      assert.deepEqual(check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': text }), []);
    });

    it('offers no fix where the manifest states nothing for the section', () => {
      const card = CARD.replace('IMDB and Amazon reviews.\n', '[More Information Needed]\n');
      const [f] = check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.match(f.message, /training data/);
      assert.equal(f.fixes, undefined);
      assert.doesNotMatch(f.message, /quick fix/);
      // A placeholder in the manifest states nothing either.
      const stub = MANIFEST.replace(/summary: .*/, 'summary: TODO');
      const uses = CARD.replace('Sentiment of English product reviews, for research.\n', '[More Information Needed]\n');
      const [g] = check('doc-section-empty', stub, { ...DOCS, 'MODEL_CARD.md': uses });
      assert.match(g.message, /intended use/);
      assert.equal(g.fixes, undefined);
    });

    it('does not flag when the parent section states the intended use itself', () => {
      const card = CARD.replace('## Uses\n', '## Uses\n\nFor research on domain adaptation.\n').replace('Sentiment of English product reviews, for research.\n', '[More Information Needed]\n');
      assert.deepEqual(check('doc-section-empty', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card }), []);
    });
  });

  describe('doc-placeholder', () => {
    it('flags each placeholder at its exact range', () => {
      const card = CARD.replace('IMDB and Amazon reviews.', 'IMDB and TODO reviews.');
      const [f, ...rest] = check('doc-placeholder', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(rest.length, 0);
      assert.equal(f.range.start.line, 24);
      assert.equal(f.range.start.character, 9);
      assert.equal(card.slice(f.range.startOffset, f.range.endOffset), 'TODO');
    });

    it('lists placeholders one by one up to the cap, then sums up the rest in one finding', () => {
      const n = PLACEHOLDER_FINDINGS_PER_FILE + 7;
      const card = CARD.replace('IMDB and Amazon reviews.', Array.from({ length: n }, (_, i) => `Row ${i}: TBD`).join('\n'));
      const found = check('doc-placeholder', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(found.length, PLACEHOLDER_FINDINGS_PER_FILE + 1);
      const last = found[found.length - 1];
      assert.match(last.message, /^7 more placeholders left in the model card/);
      // The summary sits on the first placeholder not listed one by one.
      assert.equal(card.slice(0, last.range.startOffset).split('\n').pop(), `Row ${PLACEHOLDER_FINDINGS_PER_FILE}: `);
      // At the cap exactly, no summary.
      const atCap = CARD.replace('IMDB and Amazon reviews.', Array.from({ length: PLACEHOLDER_FINDINGS_PER_FILE }, (_, i) => `Row ${i}: TBD`).join('\n'));
      const listed = check('doc-placeholder', MANIFEST, { ...DOCS, 'MODEL_CARD.md': atCap });
      assert.equal(listed.length, PLACEHOLDER_FINDINGS_PER_FILE);
      assert.ok(listed.every((f) => /^Placeholder "TBD"/.test(f.message)));
    });

    it('keeps the finding count bounded for a card with a huge number of placeholders', function () {
      // A count, not a timing: the timeout only leaves room for parsing the large card on a busy machine.
      this.timeout(60_000);
      const n = 50_000;
      const card = CARD.replace('IMDB and Amazon reviews.', 'Reviews, TODO. '.repeat(n));
      const found = check('doc-placeholder', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card });
      assert.equal(found.length, PLACEHOLDER_FINDINGS_PER_FILE + 1);
      assert.match(found[found.length - 1].message, new RegExp(`^${n - PLACEHOLDER_FINDINGS_PER_FILE} more placeholders`));
    });

    it('does not flag "todos", code or comments', () => {
      const card = CARD.replace('IMDB and Amazon reviews.', 'IMDB reviews; open todos are tracked.\n\n```\n# TODO\n```\n\n<!-- TODO -->');
      assert.deepEqual(check('doc-placeholder', MANIFEST, { ...DOCS, 'MODEL_CARD.md': card }), []);
    });
  });

  describe('doc-card-metadata', () => {
    it('flags a front-matter license that disagrees with the manifest; fix sets it', () => {
      const card = CARD.replace('license: apache-2.0', 'license: mit');
      const docs = { ...DOCS, 'MODEL_CARD.md': card };
      const [f, ...rest] = check('doc-card-metadata', MANIFEST, docs);
      assert.equal(rest.length, 0);
      assert.equal(f.range.start.line, 1);
      assert.equal(card.slice(f.range.startOffset, f.range.endOffset), 'mit');
      assert.equal(f.related![0].range.start.line, 4);
      const after = applyFix(f.fixes![0], 'release-manifest.yaml', MANIFEST, docs);
      assert.equal(after.docs['MODEL_CARD.md'], CARD);
      assert.deepEqual(check('doc-card-metadata', after.manifest, after.docs), []);
    });

    it('does not flag the same license in another spelling', () => {
      const m = MANIFEST.replace('license: apache-2.0', 'license: Apache-2.0');
      assert.deepEqual(check('doc-card-metadata', m, DOCS), []);
      const gpl = MANIFEST.replace('license: apache-2.0', 'license: GPL-3.0-only');
      assert.deepEqual(check('doc-card-metadata', gpl, { ...DOCS, 'MODEL_CARD.md': CARD.replace('license: apache-2.0', 'license: gpl-3.0'), LICENSE: 'x' }), []);
    });

    it('flags a different base_model and broken YAML', () => {
      const other = CARD.replace('base_model: distilbert-base-uncased', 'base_model: bert-base-cased');
      const [f] = check('doc-card-metadata', MANIFEST, { ...DOCS, 'MODEL_CARD.md': other });
      assert.equal(f.range.start.line, 2);
      assert.match(f.message, /base_model/);
      const broken = CARD.replace('license: apache-2.0', 'license: [apache-2.0');
      const errs = check('doc-card-metadata', MANIFEST, { ...DOCS, 'MODEL_CARD.md': broken });
      assert.ok(errs.length >= 1);
      assert.match(errs[0].message, /not valid YAML/);
    });
  });

  describe('doc-license-mismatch', () => {
    it('flags a license file recognised as another license, at the recognised line', () => {
      const [f, ...rest] = check('doc-license-mismatch', MANIFEST, { ...DOCS, LICENSE: LICENSE_MIT });
      assert.equal(rest.length, 0);
      assert.equal(f.path, 'LICENSE');
      assert.equal(f.range.start.line, 4);
      assert.match(f.message, /reads as MIT/);
      assert.equal(f.related![0].range.start.line, 4);
    });

    it('does not flag unknown text, a matching license, or one side of a dual license', () => {
      assert.deepEqual(check('doc-license-mismatch', MANIFEST, { ...DOCS, LICENSE: 'Our own terms: be nice.' }), []);
      assert.deepEqual(check('doc-license-mismatch', MANIFEST, DOCS), []);
      const dual = MANIFEST.replace('license: apache-2.0', 'license: MIT OR Apache-2.0');
      assert.deepEqual(check('doc-license-mismatch', dual, { ...DOCS, LICENSE: LICENSE_MIT }), []);
      const custom = MANIFEST.replace('license: apache-2.0', 'license: other');
      assert.deepEqual(check('doc-license-mismatch', custom, { ...DOCS, LICENSE: LICENSE_MIT }), []);
    });

    it('tells CC-BY-NC-4.0 from CC-BY-4.0', () => {
      const m = MANIFEST.replace('license: apache-2.0', 'license: CC-BY-4.0');
      const nc = 'Creative Commons Attribution-NonCommercial 4.0 International Public License\n';
      assert.equal(check('doc-license-mismatch', m, { ...DOCS, LICENSE: nc }).length, 1);
      const by = 'Creative Commons Attribution 4.0 International Public License\n';
      assert.deepEqual(check('doc-license-mismatch', m, { ...DOCS, LICENSE: by }), []);
    });
  });
});
