import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../../src/core/fs';
import { checkWorkspace } from '../../../src/core/engine/check';
import { applySafeFixes } from '../../../src/core/engine/fixAll';
import { parseManifest } from '../../../src/core/manifest/parse';
import { parseCard } from '../../../src/core/cards/parse';
import type { Rule } from '../../../src/core/rules/rule';
import { finding } from '../../../src/core/rules/rule';
import type { RuleMeta } from '../../../src/core/types';

import { examplesFs } from '../helpers/examples';

const META: RuleMeta = { id: 'test-needs-version', family: 'manifest', defaultSeverity: 'warning', shortDescription: 's', fullDescription: 'f' };
/** Asks for `version:` and a NOTICE file; offers two fixes that touch the same place (only one may run per pass). */
const needsVersion: Rule = {
  meta: META,
  check(ctx) {
    const out = [];
    if (!ctx.manifest.has(['version'])) {
      const at = ctx.manifest.text.length;
      const edit = { kind: 'edit' as const, path: ctx.manifest.path, edits: [{ startOffset: at, endOffset: at, newText: 'version: 0.0.1\n' }] };
      out.push(finding(META, ctx.manifest.path, ctx.manifest.rangeFor(['version']), 'no version', { fixes: [{ title: 'Add version', safe: true, changes: [edit] }] }));
      out.push(finding(META, ctx.manifest.path, ctx.manifest.rangeFor(['version']), 'no version (again)', { fixes: [{ title: 'Add version', safe: true, changes: [edit] }] }));
    }
    const changelog = ctx.dir ? `${ctx.dir}/CHANGELOG.md` : 'CHANGELOG.md';
    if (ctx.manifest.get(['name']) === 'wants-changelog' && ctx.documents.changelog.state === 'not-declared') {
      out.push(finding(META, ctx.manifest.path, ctx.manifest.rangeFor(['name']), 'no changelog', { fixes: [{ title: 'Create CHANGELOG.md', safe: true, changes: [{ kind: 'create', path: changelog, text: '# Changes\n' }] }] }));
    }
    if (ctx.manifest.has(['unsafe'])) {
      out.push(finding(META, ctx.manifest.path, ctx.manifest.rangeFor(['unsafe']), 'unsafe', { fixes: [{ title: 'Drop', safe: false, changes: [{ kind: 'edit', path: ctx.manifest.path, edits: [{ startOffset: 0, endOffset: ctx.manifest.text.length, newText: '' }] }] }] }));
    }
    return out;
  },
};

describe('applySafeFixes', () => {
  it('applies non-overlapping safe fixes, re-checks, skips unsafe ones and leaves the rest byte for byte', async () => {
    const original = '# keep me\nname: wants-changelog # and me\nunsafe: true\n';
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': original, 'NOTICE.md': 'x' });
    const engine = { rules: [needsVersion] };
    const before = await checkWorkspace(fs, { engine });
    const r = await applySafeFixes(fs, before, {}, engine);
    assert.equal(r.files.get('release-manifest.yaml'), `${original}version: 0.0.1\n`);
    assert.equal(r.files.get('CHANGELOG.md'), '# Changes\n');
    assert.deepEqual(r.created, ['CHANGELOG.md']);
    assert.deepEqual(r.units[0].findings.map((f) => f.message), ['unsafe']);
    assert.equal(await fs.readFile('release-manifest.yaml').then((b) => new TextDecoder().decode(b)), original, 'nothing written');
  });

  it('does nothing when no safe fix applies', async () => {
    const fs = new MemoryFileSystem({ 'release-manifest.yaml': 'name: x\nversion: 1\n' });
    const r = await applySafeFixes(fs, await checkWorkspace(fs, { engine: { rules: [needsVersion] } }), {}, { rules: [needsVersion] });
    assert.equal(r.files.size, 0);
    assert.equal(r.applied, 0);
  });

  it('on copies of the examples: fixed findings disappear, YAML and Markdown stay valid, comments survive, twice == once', async function () {
    this.timeout(20000);
    const fs = examplesFs();
    const before = await checkWorkspace(fs, { roots: ['examples'] });
    const fixable = before.units.flatMap((u) => u.findings.filter((f) => f.fixes?.some((x) => x.safe)));
    const once = await applySafeFixes(fs, before);

    for (const [p, text] of once.files) {
      if (/\.ya?ml$/.test(p)) {
        const m = parseManifest(p, text);
        assert.deepEqual(m.syntaxErrors, [], `${p} is valid YAML`);
        const old = once.created.includes(p) ? '' : new TextDecoder().decode(await fs.readFile(p));
        for (const line of old.split('\n').filter((l) => l.trim().startsWith('#'))) assert.ok(text.includes(line), `comment kept in ${p}: ${line}`);
      } else if (/\.md$/.test(p)) {
        const card = parseCard(p, text);
        assert.deepEqual(card.frontMatter?.errors ?? [], [], `${p} front matter parses`);
      }
    }
    const after = once.units.flatMap((u) => u.findings);
    for (const f of fixable) {
      const still = after.some((a) => a.ruleId === f.ruleId && a.path === f.path && a.message === f.message);
      assert.ok(!still, `fixed finding gone: ${f.path} ${f.ruleId} ${f.message}`);
    }

    // Second run over the fixed texts: nothing left to change.
    const fixedFs = examplesFs();
    for (const [p, text] of once.files) fixedFs.write(p, text);
    const twice = await applySafeFixes(fixedFs, await checkWorkspace(fixedFs, { roots: ['examples'] }));
    for (const [p, text] of twice.files) assert.equal(text, once.files.get(p), `fix-all twice == once for ${p}`);
  });
});
