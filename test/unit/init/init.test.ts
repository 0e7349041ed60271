import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { MemoryFileSystem } from '../../../src/core/fs';
import { applyAnswers, existingManifest, inferManifest, itemsOf, matchLicenseText, renderDraft, runInit, summaryOf, type InitWriter } from '../../../src/core/init/index';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseManifest } from '../../../src/core/manifest/parse';
import { validateManifest } from '../../../src/core/manifest/validate';
import { MANIFEST_FILE_NAMES } from '../../../src/core/engine/model';
import { REPO } from '../helpers/examples';

const APACHE = nodeFs.readFileSync(path.join(REPO, 'LICENSE'), 'utf8');
// The SPDX list's own texts, with a real copyright line where the template has a field.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SPDX_FULL = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
const spdxText = (id: string) => SPDX_FULL[id].licenseText.replace(/^Copyright.*$/m, 'Copyright (c) 2024 Example Maintainers');

/** A writer that records what it was asked to create and refuses existing files, like the CLI's. */
function memoryWriter(fs: MemoryFileSystem): InitWriter & { created: string[] } {
  const created: string[] = [];
  return {
    created,
    async createFile(p, text) {
      if (await fs.stat(p)) throw new Error(`EEXIST: ${p}`);
      fs.write(p, text);
      created.push(p);
    },
  };
}

const HF_CARD = `---
license: apache-2.0
base_model: distilbert-base-uncased
datasets:
- imdb
language:
- en
pipeline_tag: text-classification
---

# tiny-reviews

## Uses

### Direct Use

Sentiment of English movie reviews, for research on domain shift. It can be used to
rank reviews by tone.

### Out-of-Scope Use

- Screening job candidates
- Medical triage

## Bias, Risks, and Limitations

- English only
- Misreads sarcasm
`;

describe('init: license text against the SPDX license list', function () {
  this.timeout(20000);

  it('recognises full license texts with their copyright lines', async () => {
    assert.equal((await matchLicenseText(APACHE)).id, 'Apache-2.0');
    for (const id of ['MIT', 'BSD-3-Clause', 'BSD-2-Clause', 'ISC', 'EPL-2.0', 'CC-BY-4.0', 'CC0-1.0', 'Unlicense']) {
      assert.equal((await matchLicenseText(spdxText(id))).id, id, id);
    }
  });

  it('tells near-identical licenses apart: MIT is not the JSON license, BSD-2 is not BSD-3', async () => {
    assert.equal((await matchLicenseText(spdxText('JSON'))).id, 'JSON');
    assert.equal((await matchLicenseText(spdxText('MIT'))).id, 'MIT');
    assert.equal((await matchLicenseText(spdxText('BSD-2-Clause'))).id, 'BSD-2-Clause');
  });

  it('does not pick one of two licenses with the same text (GPL-3.0-only / -or-later)', async () => {
    const m = await matchLicenseText(spdxText('GPL-3.0-only'));
    assert.equal(m.id, undefined);
    assert.deepEqual([...m.candidates].sort(), ['GPL-3.0-only', 'GPL-3.0-or-later']);
    // MPL-2.0 and its no-copyleft-exception variant differ only in a notice kept in source files.
    assert.deepEqual([...(await matchLicenseText(spdxText('MPL-2.0'))).candidates].sort(), ['MPL-2.0', 'MPL-2.0-no-copyleft-exception']);
  });

  it('matches nothing for a stub, a notice or unrelated text', async () => {
    for (const t of ['See https://www.apache.org/licenses/LICENSE-2.0', 'All rights reserved.', nodeFs.readFileSync(path.join(REPO, 'README.md'), 'utf8').slice(0, 3000)]) {
      assert.equal((await matchLicenseText(t)).id, undefined, t.slice(0, 40));
    }
  });
});

describe('init: inference', function () {
  this.timeout(20000);

  it('reads a Hugging Face card: license, base model, datasets, language, task, sections, each with its source', async () => {
    const fs = new MemoryFileSystem({ 'm/README.md': HF_CARD, 'm/LICENSE': APACHE, 'm/config.json': '{"model_type":"distilbert"}' });
    const d = await inferManifest(fs, 'm');
    assert.equal(d.name.value, 'm');
    assert.match(d.name.source, /folder name/);
    assert.equal(d.artifact?.value, 'model');
    assert.match(d.artifact!.source, /config\.json is a model configuration/);
    assert.equal(d.license?.value, 'Apache-2.0');
    assert.match(d.license!.source, /LICENSE holds the Apache License 2\.0 text/);
    assert.match(d.license!.source, /README\.md front matter says apache-2\.0/);
    assert.deepEqual(d.baseModel?.value, ['distilbert-base-uncased']);
    assert.deepEqual(d.datasets?.value, ['imdb']);
    assert.deepEqual(d.language?.value, ['en']);
    assert.deepEqual(d.task?.value, ['text-classification']);
    assert.deepEqual(d.documentation.model_card?.value, 'README.md');
    assert.equal(d.summary?.value, 'Sentiment of English movie reviews, for research on domain shift. It can be used to rank reviews by tone.');
    assert.deepEqual(d.outOfScope?.value, ['Screening job candidates', 'Medical triage']);
    assert.deepEqual(d.limitations?.value, ['English only', 'Misreads sarcasm']);
    assert.match(d.outOfScope!.source, /README\.md, section "Out-of-Scope Use"/);
  });

  it('suggests contexts the intended-use text describes, never those it excludes', async () => {
    const card = HF_CARD.replace('It can be used to\nrank reviews by tone.', 'It is used for screening job applicants\nat small firms.');
    const d = await inferManifest(new MemoryFileSystem({ 'README.md': card }), '', { folderName: 'x' });
    assert.deepEqual(d.contexts.map((c) => c.context), ['employment', 'research']);
    assert.match(d.contexts[0].evidence, /screening job applicants at small firms/);
    // "Screening job candidates" and "Medical triage" sit under Out-of-Scope Use: not suggested.
    const plain = await inferManifest(new MemoryFileSystem({ 'README.md': HF_CARD }), '', { folderName: 'x' });
    assert.deepEqual(plain.contexts.map((c) => c.context), ['research']);
    // Suggestions stay comments: the draft declares no context.
    const text = renderDraft(d);
    assert.equal(parseManifest('release-manifest.yaml', text).get(['deployment']), undefined);
    assert.match(text, /^# {5}- employment +# Employment.*: "It is used for screening job applicants at small firms\."/m);
  });

  it('takes name, version and license from package manifests (package.json, pyproject.toml, setup.cfg)', async () => {
    const npm = await inferManifest(new MemoryFileSystem({ 'package.json': '{"name":"@acme/kit","version":"2.1.0","license":"mit"}', 'README.md': '# kit\n' }), '', { folderName: 'kit' });
    assert.deepEqual([npm.name.value, npm.version?.value, npm.artifact?.value, npm.license?.value], ['@acme/kit', '2.1.0', 'code', 'MIT']);
    const py = await inferManifest(new MemoryFileSystem({ 'pyproject.toml': '[project]\nname = "tok"\nversion = "0.3.1"\nlicense = {text = "BSD-3-Clause"}\n' }), '', {});
    assert.deepEqual([py.name.value, py.version?.value, py.license?.value], ['tok', '0.3.1', 'BSD-3-Clause']);
    const dyn = await inferManifest(new MemoryFileSystem({ 'pyproject.toml': '[project]\nname = "tok"\ndynamic = ["version"]\n' }), '', {});
    assert.equal(dyn.version, undefined);
    assert.match(dyn.questions.get('version')!, /computes it at build time/);
    const cfg = await inferManifest(new MemoryFileSystem({ 'setup.cfg': '[metadata]\nname = oldpkg\nversion = 1.4\nlicense = Apache-2.0\n' }), '', {});
    assert.deepEqual([cfg.name.value, cfg.version?.value, cfg.license?.value], ['oldpkg', '1.4', 'Apache-2.0']);
  });

  it('infers the artifact from what is there: weights, data files, a dataset card; nothing when nothing says', async () => {
    const kind = async (files: Record<string, string>) => (await inferManifest(new MemoryFileSystem(files), '', { folderName: 'f' })).artifact?.value;
    assert.equal(await kind({ 'model.safetensors': '', 'README.md': '# x\n' }), 'model');
    assert.equal(await kind({ 'checkpoints/pytorch_model.bin': '', 'README.md': '# x\n' }), 'model');
    assert.equal(await kind({ 'data/train.parquet': '', 'README.md': '# x\n' }), 'dataset');
    assert.equal(await kind({ 'README.md': '---\ntask_categories: [translation]\nlicense: cc-by-4.0\n---\n# d\n' }), 'dataset');
    assert.equal(await kind({ 'DATASHEET.md': '# Datasheet\n## Motivation\nWhy.\n' }), 'dataset');
    // A config.json that is not a model configuration, a CSV in a source folder, a bin file: no evidence.
    assert.equal(await kind({ 'config.json': '{"port": 8080}', 'src/table.csv': '', 'tool.bin': '', 'README.md': '# x\n' }), undefined);
    const d = await inferManifest(new MemoryFileSystem({ 'README.md': '# x\n' }), '', { folderName: 'f' });
    assert.match(d.questions.get('artifact')!, /What does this folder release\?/);
    assert.match(renderDraft(d), /^# artifact: model \| dataset \| code \| application$/m);
  });

  it('never invents: a bare README gives no license, version, summary or out-of-scope, only questions', async () => {
    const d = await inferManifest(new MemoryFileSystem({ 'README.md': '# something\n\nA tool.\n' }), '', { folderName: 'f' });
    assert.equal(d.license, undefined);
    assert.equal(d.version, undefined);
    assert.equal(d.summary, undefined);
    assert.equal(d.outOfScope, undefined);
    assert.equal(d.limitations, undefined);
    for (const q of ['license', 'version', 'intended_use.summary', 'intended_use.out_of_scope', 'documentation.license_file', 'release.purpose', 'deployment.role']) {
      assert.ok(d.questions.has(q), q);
    }
    const m = parseManifest('release-manifest.yaml', renderDraft(d));
    assert.deepEqual(Object.keys(m.data!).sort(), ['documentation', 'manifest_version', 'name']);
    assert.match(m.text, /^# QUESTION: Which license is it released under/m);
  });

  it('keeps a disagreement visible: the license file leads, the card\'s other license is a question', async () => {
    const card = HF_CARD.replace('license: apache-2.0', 'license: mit');
    const d = await inferManifest(new MemoryFileSystem({ 'README.md': card, 'LICENSE': APACHE }), '', { folderName: 'x' });
    assert.equal(d.license?.value, 'Apache-2.0');
    assert.match(d.questions.get('license')!, /disagree: README\.md front matter says mit/);
  });

  it('asks when the license text cannot tell two licenses apart', async () => {
    const d = await inferManifest(new MemoryFileSystem({ 'LICENSE': spdxText('GPL-3.0-only'), 'README.md': '# x\n' }), '', { folderName: 'x' });
    assert.equal(d.license, undefined);
    assert.match(d.questions.get('license')!, /reads equally as GPL-3\.0-only and GPL-3\.0-or-later/);
  });

  it('a package in a monorepo finds the license file at the repository root', async () => {
    const fs = new MemoryFileSystem({ LICENSE: spdxText('MIT'), 'packages/hub/package.json': '{"name":"@x/hub","version":"1.0.0","license":"MIT"}', 'packages/hub/README.md': '# hub\n' });
    const d = await inferManifest(fs, 'packages/hub');
    assert.equal(d.documentation.license_file?.value, '../../LICENSE');
    assert.equal(d.license?.value, 'MIT');
    assert.match(d.license!.source, /package\.json says MIT; \.\.\/\.\.\/LICENSE holds the MIT License text/);
  });

  it('a license file above the folder does not outrank the folder\'s own card (code license vs data license)', async () => {
    const fs = new MemoryFileSystem({ LICENSE: APACHE, 'data/squad/README.md': '---\nlicense: cc-by-4.0\ntask_categories: [question-answering]\n---\n# squad\n' });
    const d = await inferManifest(fs, 'data/squad');
    assert.equal(d.license?.value, 'CC-BY-4.0');
    assert.match(d.questions.get('license')!, /\.\.\/\.\.\/LICENSE holds the Apache License 2\.0 text/);
  });

  it('copies list items and sentences faithfully', () => {
    assert.deepEqual(itemsOf('The model is not intended for:\n- **Hiring** decisions\n- [medical](https://x) advice,\n  or triage'), ['Hiring decisions', 'medical advice, or triage']);
    assert.deepEqual(itemsOf('It is English only.\nIt misreads sarcasm.'), ['It is English only.', 'It misreads sarcasm.']);
    assert.equal(summaryOf('Classifies reviews. For research only. Not more. Really.'), 'Classifies reviews. For research only.');
    assert.equal(summaryOf(''), undefined);
  });
});

describe('manifest fields init fills from card front matter', () => {
  const issues = (src: string) => validateManifest(parseManifest('release-manifest.yaml', `manifest_version: 1\nname: x\nartifact: model\n${src}`));
  it('accepts datasets, language and task as one name or a list, and nothing else', () => {
    assert.deepEqual(issues('datasets: imdb\nlanguage: [en, de]\ntask: text-classification\n'), []);
    assert.deepEqual(issues('datasets: [imdb, sst2]\nlanguage: en\ntask: [translation]\n'), []);
    assert.deepEqual(issues('language: 3\ntask: {a: 1}\n').map((i) => [i.kind, i.path.join('.')]), [['type', 'language'], ['type', 'task']]);
  });
});

describe('init: writing the draft, never overwriting', function () {
  this.timeout(20000);

  it('writes a draft that validates against the schema and round-trips its values', async () => {
    const fs = new MemoryFileSystem({ 'm/README.md': HF_CARD, 'm/LICENSE': APACHE, 'm/model.safetensors': '' });
    const w = memoryWriter(fs);
    const r = await runInit(fs, 'm', { writer: w });
    assert.equal(r.status, 'written');
    assert.deepEqual(w.created, ['m/release-manifest.yaml']);
    if (r.status !== 'written') return;
    assert.deepEqual(r.issues, []);
    const m = parseManifest(r.path, new TextDecoder().decode(await fs.readFile(r.path)));
    assert.deepEqual(validateManifest(m, { includeRecommended: false }), []);
    assert.equal(m.get(['license']), 'Apache-2.0');
    assert.deepEqual(m.get(['task']), ['text-classification']);
    assert.equal(m.get(['documentation', 'license_file']), 'LICENSE');
  });

  for (const name of MANIFEST_FILE_NAMES) {
    it(`refuses when ${name} exists and leaves it byte for byte`, async () => {
      const fs = new MemoryFileSystem({ [`m/${name}`]: 'mine: true\n', 'm/README.md': HF_CARD });
      const w = memoryWriter(fs);
      const r = await runInit(fs, 'm', { writer: w });
      assert.equal(r.status, 'refused');
      assert.equal(r.path, `m/${name}`);
      assert.deepEqual(w.created, []);
      assert.equal(new TextDecoder().decode(await fs.readFile(`m/${name}`)), 'mine: true\n');
      assert.equal(await fs.stat('m/release-manifest.yaml').then((s) => (name === 'release-manifest.yaml' ? undefined : s)), undefined);
    });
  }

  it('refuses a manifest name in another case, and also in --dry-run', async () => {
    const fs = new MemoryFileSystem({ 'Release-Manifest.YAML': 'x: 1\n', 'README.md': '# x\n' });
    assert.equal(await existingManifest(fs, ''), 'Release-Manifest.YAML');
    assert.equal((await runInit(fs, '', { dryRun: true })).status, 'refused');
  });

  it('reports a folder that cannot be written (read-only) and writes nothing', async () => {
    const fs = new MemoryFileSystem({ 'README.md': HF_CARD });
    const r = await runInit(fs, '', { writer: { createFile: async () => Promise.reject(new Error('the folder . is read-only')) } });
    assert.equal(r.status, 'refused');
    assert.match(r.status === 'refused' ? r.reason : '', /release-manifest\.yaml was not written: the folder \. is read-only/);
    assert.equal(await fs.stat('release-manifest.yaml'), undefined);
  });

  it('--dry-run returns the text and writes nothing', async () => {
    const fs = new MemoryFileSystem({ 'README.md': HF_CARD });
    const w = memoryWriter(fs);
    const r = await runInit(fs, '', { dryRun: true, writer: w });
    assert.equal(r.status, 'dry-run');
    assert.deepEqual(w.created, []);
    assert.equal(await fs.stat('release-manifest.yaml'), undefined);
  });
});

describe('init: answers a person gives on top of the draft', function () {
  this.timeout(20000);
  const card = HF_CARD.replace('It can be used to\nrank reviews by tone.', 'It is used for screening job applicants\nat small firms.');

  it('confirming the inferred values keeps their sources; no answer changes nothing', async () => {
    const d = await inferManifest(new MemoryFileSystem({ 'README.md': card, 'model.safetensors': '' }), '', { folderName: 'x' });
    assert.equal(renderDraft(applyAnswers(d, {}, DEFAULT_CATALOGUE)), renderDraft(d));
    const same = applyAnswers(d, { artifact: 'model' }, DEFAULT_CATALOGUE);
    assert.equal(same.artifact?.source, d.artifact?.source);
  });

  it('an answer that differs from the inference says so; the draft itself is left unchanged', async () => {
    const d = await inferManifest(new MemoryFileSystem({ 'README.md': card, 'model.safetensors': '' }), '', { folderName: 'x' });
    const a = applyAnswers(d, { artifact: 'application', purpose: 'commercial', contexts: ['employment'] }, DEFAULT_CATALOGUE);
    assert.match(a.artifact!.source, /^your answer \(inferred: model, weights in the folder/);
    assert.equal(d.artifact?.value, 'model');
    assert.ok(d.questions.has('release.purpose') && !a.questions.has('release.purpose'));
    const m = parseManifest('release-manifest.yaml', renderDraft(a));
    assert.deepEqual(validateManifest(m), []);
    assert.equal(m.get(['release', 'purpose']), 'commercial');
    assert.deepEqual(m.get(['deployment', 'contexts']), ['employment']);
    assert.equal(m.get(['deployment', 'role']), undefined, 'the role stays a question');
    assert.match(m.text, /contexts: \[employment\] {2}# your answer; employment described in the card/);
    assert.match(m.text, /^# QUESTION: These contexts require safeguards: human_oversight, risk_assessment/m);
    // The card's other suggestion is kept as a comment, not declared.
    assert.match(m.text, /^ {2}# {3}- research +# not confirmed; Research:/m);
  });
});
