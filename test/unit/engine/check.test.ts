import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../../src/core/fs';
import { checkUnit, checkWorkspace, compareFindings } from '../../../src/core/engine/check';
import { ALL_RULES } from '../../../src/core/rules/registry';
import { crashing, flagLines, flagName } from './helpers';

const M = 'manifest_version: 1\nname: demo  # FLAG\nartifact: model\n';

describe('checkUnit', () => {
  it('reports one manifest-unreadable finding for a binary, too large or missing manifest, and no crash', async () => {
    const fs = new MemoryFileSystem({ 'bin/release-manifest.yaml': new Uint8Array([0x6e, 0, 0x61]), 'big/release-manifest.yaml': 'a: 1\n'.repeat(10) });
    for (const [p, limits] of [
      ['bin/release-manifest.yaml', {}],
      ['big/release-manifest.yaml', { maxManifestBytes: 10 }],
      ['gone/release-manifest.yaml', {}],
    ] as const) {
      const r = await checkUnit(fs, p, {}, { rules: ALL_RULES, limits });
      assert.equal(r.findings.length, 1, p);
      assert.equal(r.findings[0].ruleId, 'manifest-unreadable');
      assert.equal(r.findings[0].severity, 'error');
      assert.equal(r.summary.status, 'blocked');
    }
  });

  it('turns a rule exception into an internal-error finding and still runs the other rules', async () => {
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': M });
    const r = await checkUnit(fs, 'release-manifest.yaml', {}, { rules: [crashing, flagName] });
    assert.deepEqual(r.findings.map((f) => f.ruleId).sort(), ['internal-error', 'test-flag-name']);
    const ie = r.findings.find((f) => f.ruleId === 'internal-error')!;
    assert.match(ie.message, /test-crash.*boom/);
    assert.equal(ie.family, 'documentation');
  });

  it('applies severity overrides; off removes the rule', async () => {
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': M });
    const rules = { rules: [flagName, flagLines] };
    const up = await checkUnit(fs, 'release-manifest.yaml', { severityOverrides: { 'test-flag-name': 'error' } }, rules);
    assert.equal(up.findings.find((f) => f.ruleId === 'test-flag-name')!.severity, 'error');
    assert.equal(up.summary.status, 'blocked');
    const off = await checkUnit(fs, 'release-manifest.yaml', { severityOverrides: { 'test-flag-name': 'off' } }, rules);
    assert.deepEqual(off.findings.map((f) => f.ruleId), ['test-flag-lines']);
  });

  it('fills name, version, documents and sorts findings', async () => {
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': 'name: n\nversion: 2\n# FLAG\nx: FLAG\n', 'README.md': 'FLAG\n' });
    const r = await checkUnit(fs, 'release-manifest.yaml', {}, { rules: [flagLines, flagName] });
    assert.equal(r.name, 'n');
    assert.equal(r.version, '2');
    assert.deepEqual(r.documents.find((d) => d.role === 'readme'), { role: 'readme', path: 'README.md', state: 'ok' });
    assert.deepEqual(
      r.findings.map((f) => `${f.path}:${f.range.start.line}:${f.ruleId}`),
      ['README.md:0:test-flag-lines', 'release-manifest.yaml:0:test-flag-name', 'release-manifest.yaml:2:test-flag-lines', 'release-manifest.yaml:3:test-flag-lines'],
    );
    const sorted = [...r.findings].sort(compareFindings);
    assert.deepEqual(sorted, r.findings);
  });
});

describe('checkWorkspace', () => {
  const files: Record<string, string> = {
    'a/release-manifest.yaml': M,
    'a/README.md': '# A FLAG\n',
    'b/release-manifest.yaml': M + 'documentation:\n  model_card: CARD.md\n',
    'b/CARD.md': '# Card\nFLAG\n',
    'c/release-manifest.yaml': 'name: [unclosed\n',
  };

  it('gives the same result whatever the file order', async () => {
    const rules = { rules: [flagLines, flagName] };
    const one = await checkWorkspace(new MemoryFileSystem(files), { engine: rules, concurrency: 1 });
    const two = await checkWorkspace(new MemoryFileSystem(Object.fromEntries(Object.entries(files).reverse())), { engine: rules, concurrency: 5 });
    assert.deepEqual(one, two);
    assert.deepEqual(one.units.map((u) => u.manifestPath), ['a/release-manifest.yaml', 'b/release-manifest.yaml', 'c/release-manifest.yaml']);
  });

  it('runs the registry rules on every unit without an internal error', async () => {
    const r = await checkWorkspace(new MemoryFileSystem(files));
    assert.equal(r.units.length, 3);
    for (const u of r.units) assert.ok(!u.findings.some((f) => f.ruleId === 'internal-error'), JSON.stringify(u.findings.filter((f) => f.ruleId === 'internal-error')));
  });

  it('lists unreadable documents as skipped', async () => {
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': 'documentation:\n  model_card: CARD.md\n', 'CARD.md': new Uint8Array([0, 1]) });
    const r = await checkWorkspace(fs, { engine: { rules: [] } });
    assert.deepEqual(r.skipped, [{ path: 'CARD.md', reason: 'model card not read: binary' }]);
  });
});
