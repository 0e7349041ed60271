// init over the files of real public repositories (test/fixtures/init-repos, sources in SOURCES.md): the draft
// validates, license, documentation paths and front-matter fields are right, and `check` on the draft reports
// what a maintainer of that repository would agree with - and not what they would not.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { MemoryFileSystem } from '../../../src/core/fs';
import { runInit, type InitDraft } from '../../../src/core/init/index';
import { checkWorkspace } from '../../../src/core/engine/check';
import { parseManifest } from '../../../src/core/manifest/parse';
import { validateManifest } from '../../../src/core/manifest/validate';
import type { ParsedManifest } from '../../../src/core/manifest/model';
import type { Finding } from '../../../src/core/types';
import { REPO, readTree } from '../helpers/examples';

const FIXTURES = path.join(REPO, 'test/fixtures/init-repos');

interface Result {
  manifest: ParsedManifest;
  draft: InitDraft;
  findings: Finding[];
  ids: Set<string>;
}

/** The fixture as a repository of its own; init in `dir`, then check the unit it wrote. */
async function initAndCheck(repo: string, dir = ''): Promise<Result> {
  const fs = new MemoryFileSystem();
  for (const [p, b] of readTree(path.join(FIXTURES, repo))) fs.write(p, b);
  const r = await runInit(fs, dir, { folderName: repo, writer: { createFile: async (p, t) => fs.write(p, t) } });
  assert.equal(r.status, 'written', r.status === 'refused' ? r.reason : '');
  if (r.status !== 'written') throw new Error('not written');
  assert.deepEqual(r.issues, [], `${repo}: the draft validates against the schema`);
  const manifest = parseManifest(r.path, r.text);
  assert.deepEqual(validateManifest(manifest, { includeRecommended: false }), []);
  assert.deepEqual(manifest.syntaxErrors, []);
  const result = await checkWorkspace(fs, { paths: [dir] });
  const unit = result.units.find((u) => u.manifestPath === r.path)!;
  assert.ok(unit, `${repo}: check finds the written manifest`);
  return { manifest, draft: r.draft, findings: unit.findings, ids: new Set(unit.findings.map((f) => f.ruleId)) };
}

const LICENSE_FINDINGS = ['doc-license-mismatch', 'doc-card-metadata', 'license-invalid-spdx', 'license-other-without-file'];

function noneOf(res: Result, ids: readonly string[]): void {
  const found = ids.filter((id) => res.ids.has(id));
  assert.deepEqual(found, [], res.findings.filter((f) => ids.includes(f.ruleId)).map((f) => f.message).join('\n'));
}

describe('init over real repositories', function () {
  this.timeout(30000);

  it('distilbert-base-jp: a model with weights and a Hugging Face README card', async () => {
    const r = await initAndCheck('distilbert-base-jp');
    const m = r.manifest;
    assert.equal(m.get(['artifact']), 'model');
    assert.match(r.draft.artifact!.source, /weights in the folder \(pytorch_model\.bin\)/);
    assert.equal(m.get(['license']), 'MIT');
    assert.match(r.draft.license!.source, /LICENSE holds the MIT License text.*README\.md front matter says MIT/);
    assert.deepEqual(m.get(['language']), ['Japanese']);
    assert.deepEqual(m.get(['documentation']), { readme: 'README.md', model_card: 'README.md', license_file: 'LICENSE' });
    assert.equal(m.get(['base_model']), undefined);
    // The README says what the model is, but nothing on intended use, out-of-scope use or limitations:
    // the maintainer has those to write, and the card sections to add.
    for (const id of ['use-summary-missing', 'use-out-of-scope-missing', 'use-limitations-missing', 'doc-section-missing']) assert.ok(r.ids.has(id), id);
    noneOf(r, [...LICENSE_FINDINGS, 'doc-missing']);
  });

  it('whisper: a Mitchell-style model card beside a Python package', async () => {
    const r = await initAndCheck('whisper');
    const m = r.manifest;
    assert.equal(m.get(['name']), 'openai-whisper');
    assert.equal(m.get(['version']), undefined, 'pyproject.toml computes the version: asked, not guessed');
    assert.match(r.draft.questions.get('version')!, /pyproject\.toml computes it at build time/);
    assert.equal(m.get(['artifact']), 'model');
    assert.match(r.draft.artifact!.note!, /pyproject\.toml also makes it installable code/);
    assert.equal(m.get(['license']), 'MIT');
    assert.match(r.draft.license!.source, /pyproject\.toml says MIT/);
    assert.deepEqual(m.get(['documentation']), { readme: 'README.md', model_card: 'model-card.md', license_file: 'LICENSE', changelog: 'CHANGELOG.md' });
    // Copied from "Model Use", word for word.
    assert.match(m.get(['intended_use', 'summary']) as string, /^The primary intended users of these models are AI researchers studying the robustness/);
    assert.ok(r.ids.has('use-out-of-scope-missing'), 'the card has no out-of-scope section for init to copy');
    noneOf(r, [...LICENSE_FINDINGS, 'doc-missing', 'use-summary-missing']);
  });

  it('clip: a Mitchell-style card whose use, out-of-scope and limitations sections fill the draft', async () => {
    const r = await initAndCheck('clip');
    const m = r.manifest;
    assert.equal(m.get(['artifact']), 'model');
    assert.equal(m.get(['license']), 'MIT');
    const oos = m.get(['intended_use', 'out_of_scope']) as string[];
    assert.equal(oos.length, 3);
    assert.match(oos[1], /^Certain use cases which would fall under the domain of surveillance and facial recognition are always out-of-scope/);
    assert.match((m.get(['intended_use', 'limitations']) as string[])[0], /^CLIP and our analysis of it have a number of limitations/);
    // Nothing blocks: what is left is who the users are, the role and the version - all three questions in the draft.
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error'), []);
    for (const id of ['use-users-missing', 'role-missing']) assert.ok(r.ids.has(id), id);
    noneOf(r, [...LICENSE_FINDINGS, 'doc-missing', 'use-summary-missing', 'use-out-of-scope-missing', 'use-limitations-missing', 'risk-undeclared-use']);
  });

  it('gemma-3n-persian: a fine-tune with a Hugging Face model card and a dataset card beside it', async () => {
    const r = await initAndCheck('gemma-3n-persian');
    const m = r.manifest;
    assert.equal(m.get(['artifact']), 'model');
    assert.match(r.draft.artifact!.note!, /dataset-card\.md is a dataset card: a separate release unit/);
    assert.equal(m.get(['license']), 'gemma', 'the Hub license id, kept as the card states it');
    assert.deepEqual(m.get(['base_model']), ['unsloth/gemma-3n-E4B-it']);
    assert.deepEqual(m.get(['datasets']), ['mshojaei77/persian-gk']);
    assert.deepEqual(m.get(['language']), ['fa']);
    assert.deepEqual(m.get(['task']), ['text-generation']);
    assert.deepEqual(m.get(['documentation']), { readme: 'README.md', model_card: 'model-card.md' });
    assert.match(r.draft.questions.get('deployment.role')!, /base model: if you fine-tuned or changed it, you are a modifier/);
    // No license file ships with a model under the Gemma terms: a real gap.
    assert.ok(r.findings.some((f) => f.ruleId === 'doc-missing' && /license file/.test(f.message)));
    noneOf(r, LICENSE_FINDINGS);
  });

  it('granite-biomass: card front matter and LICENSE agree on Apache-2.0; the card states no intended use', async () => {
    const r = await initAndCheck('granite-biomass');
    const m = r.manifest;
    assert.deepEqual([m.get(['name']), m.get(['version']), m.get(['artifact']), m.get(['license'])], ['granite-biomass', '0.99.0', 'model', 'Apache-2.0']);
    assert.match(r.draft.license!.source, /LICENSE holds the Apache License 2\.0 text.*model-card\.md front matter says apache-2\.0/);
    assert.equal(m.get(['intended_use']), undefined);
    for (const id of ['use-summary-missing', 'use-out-of-scope-missing']) assert.ok(r.ids.has(id), id);
    noneOf(r, [...LICENSE_FINDINGS, 'doc-missing']);
  });

  it('tiktoken: a code library - name, version and license from pyproject.toml and LICENSE, no card asked for', async () => {
    const r = await initAndCheck('tiktoken');
    const m = r.manifest;
    assert.deepEqual([m.get(['name']), m.get(['version']), m.get(['artifact']), m.get(['license'])], ['tiktoken', '0.14.0', 'code', 'MIT']);
    assert.deepEqual(m.get(['documentation']), { readme: 'README.md', license_file: 'LICENSE', changelog: 'CHANGELOG.md' });
    assert.ok(r.ids.has('use-summary-missing'));
    // Code needs no model or dataset card: no documentation finding at all.
    noneOf(r, [...LICENSE_FINDINGS, 'doc-missing', 'doc-section-missing', 'manifest-missing-field']);
  });

  it('shitspotter: a dataset with a Datasheet for Datasets', async () => {
    const r = await initAndCheck('shitspotter');
    const m = r.manifest;
    assert.equal(m.get(['artifact']), 'dataset');
    assert.equal(m.get(['license']), 'Apache-2.0');
    assert.deepEqual(m.get(['documentation']), { readme: 'README.rst', data_card: 'DATASHEET.md', license_file: 'LICENSE', changelog: 'CHANGELOG.md' });
    // The datasheet's "Uses" is a questionnaire: its guidance and first answer are no summary.
    assert.equal(m.get(['intended_use', 'summary']), undefined);
    // The datasheet still holds TODOs its author left.
    assert.ok(r.findings.some((f) => f.ruleId === 'doc-placeholder' && f.path === 'DATASHEET.md' && /"TODO"/.test(f.message)));
    noneOf(r, [...LICENSE_FINDINGS, 'doc-missing']);
  });

  it('huggingface.js: the monorepo root is flagged as such; a package finds the root LICENSE', async () => {
    const root = await initAndCheck('huggingface-js');
    assert.equal(root.manifest.get(['artifact']), 'code');
    assert.match(root.draft.artifact!.note!, /pnpm-workspace\.yaml makes this folder hold several packages: a manifest per released package/);
    const hub = await initAndCheck('huggingface-js', 'packages/hub');
    const m = hub.manifest;
    assert.deepEqual([m.get(['name']), m.get(['version']), m.get(['license'])], ['@huggingface/hub', '2.15.0', 'MIT']);
    assert.equal(m.get(['documentation', 'license_file']), '../../LICENSE');
    assert.match(hub.draft.license!.source, /\.\.\/\.\.\/LICENSE holds the MIT License text/);
    noneOf(hub, [...LICENSE_FINDINGS, 'doc-missing', 'manifest-missing-field']);
  });
});
