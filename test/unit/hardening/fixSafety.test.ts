// Fix safety over manifests written the ways people write YAML (test/fixtures/yaml-styles): every fix
// offered, safe or not, and fix-all keep the YAML valid, remove their finding, add no error, keep every
// comment and every byte they do not touch, keep the line endings; fix-all is idempotent.
import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { MemoryFileSystem } from '../../../src/core/fs';
import { checkUnit, checkWorkspace } from '../../../src/core/engine/check';
import { applySafeFixes } from '../../../src/core/engine/fixAll';
import type { UnitResult } from '../../../src/core/engine/model';
import { REPO } from './helpers';
import { added, applyFix, editProblems, eolProblems, fsWith, isSubsequence, key, textProblems, yamlErrors } from '../helpers/fixChecks';

const CORPUS = path.join(REPO, 'test/fixtures/yaml-styles');
const MANIFEST = 'unit/release-manifest.yaml';

interface Case {
  name: string;
  text: string;
}

/** The corpus, plus a CRLF twin of every LF file (so CRLF coverage does not hang on git's eol settings). */
function cases(): Case[] {
  const out: Case[] = [];
  for (const f of nodeFs.readdirSync(CORPUS).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const text = nodeFs.readFileSync(path.join(CORPUS, f), 'utf8');
    out.push({ name: f, text });
    if (!text.includes('\r')) out.push({ name: `${f} (as CRLF)`, text: text.replace(/\n/g, '\r\n') });
  }
  return out;
}

async function check(fs: MemoryFileSystem): Promise<UnitResult> {
  return checkUnit(fs, MANIFEST);
}

describe('hardening: fix safety over the YAML-styles corpus', function () {
  this.timeout(60_000);
  const all = cases();

  it('has a corpus of YAML styles, with CRLF and BOM files kept byte for byte', () => {
    assert.ok(all.length >= 20, `only ${all.length} cases`);
    const raw = (f: string) => nodeFs.readFileSync(path.join(CORPUS, f));
    assert.ok(raw('crlf.yaml').includes('\r\n'), 'crlf.yaml lost its CRLF line endings (check .gitattributes)');
    assert.deepEqual([...raw('bom.yaml').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.notEqual(raw('no-final-newline.yaml').at(-1), 0x0a);
  });

  for (const c of all) {
    describe(c.name, () => {
      let before: UnitResult | undefined;
      const files = new Map([[MANIFEST, c.text]]);
      const ensure = async () => (before ??= await check(fsWith(files)));

      it('offers fixes, parses cleanly before any fix', async () => {
        const r = await ensure();
        assert.ok(r.findings.some((f) => f.fixes?.length), 'no fixable finding: the fixture lost its gaps');
        assert.deepEqual(yamlErrors(c.text), []);
      });

      it('every single fix (safe and unsafe): valid YAML, finding gone, no new error, comments, bytes and line endings kept', async () => {
        const r = await ensure();
        const problems: string[] = [];
        let tried = 0;
        for (const f of r.findings) {
          for (const fix of f.fixes ?? []) {
            tried++;
            const where = `${key(f)} / fix "${fix.title}"`;
            const edits = fix.changes.flatMap((ch) => (ch.kind === 'edit' && ch.path === MANIFEST ? ch.edits : []));
            for (const ch of fix.changes) if (ch.kind === 'edit' && ch.path !== MANIFEST) problems.push(`${where}: edits ${ch.path}`);
            const next = applyFix(files, fix);
            const after = next.get(MANIFEST)!;
            if (edits.length) problems.push(...editProblems(c.text, edits).map((p) => `${where}: ${p}`));
            problems.push(...textProblems(c.text, after).map((p) => `${where}: ${p}`));
            const re = await check(fsWith(next));
            // Scaffolding fixes insert empty keys for a person to fill in (they never invent evidence): their
            // finding may stay, but then the fix must be done - not offered again.
            const still = re.findings.find((g) => key(g) === key(f));
            if (still && (still.fixes ?? []).some((x) => x.title === fix.title)) problems.push(`${where}: finding still there, fix offered again`);
            if (still && !edits.some((e) => e.newText.includes('""'))) problems.push(`${where}: finding still there`);
            const newErrors = added(
              r.findings.filter((g) => g.severity === 'error').map((g) => g.ruleId),
              re.findings.filter((g) => g.severity === 'error').map((g) => g.ruleId),
            );
            if (newErrors.length) problems.push(`${where}: new errors ${newErrors.join(', ')}: ${re.findings.filter((g) => newErrors.includes(g.ruleId)).map((g) => g.message).join(' | ')}`);
          }
        }
        assert.ok(tried > 0);
        assert.deepEqual(problems, []);
      });

      it('fix-all: valid YAML, no new error, comments and original bytes kept, line endings kept; twice equals once', async () => {
        const fs = fsWith(files);
        const ws = await checkWorkspace(fs);
        const once = await applySafeFixes(fs, ws);
        assert.ok(once.applied > 0, 'fix-all applied nothing');
        const after = once.files.get(MANIFEST) ?? c.text;
        assert.deepEqual(textProblems(c.text, after), []);
        // Every fix in this corpus inserts: the original must survive, in order, inside the result.
        assert.ok(isSubsequence(c.text, after), 'fix-all dropped or changed original bytes');
        const errorsBefore = ws.units[0].findings.filter((g) => g.severity === 'error').map((g) => g.ruleId);
        const errorsAfter = once.units[0].findings.filter((g) => g.severity === 'error').map((g) => g.ruleId);
        assert.deepEqual(added(errorsBefore, errorsAfter), []);
        for (const [p, t] of once.files) if (p !== MANIFEST) assert.deepEqual(eolProblems(c.text, t), [], `${p} line endings`);

        const fixedFiles = new Map([...files, ...once.files]);
        const fs2 = fsWith(fixedFiles);
        const twice = await applySafeFixes(fs2, await checkWorkspace(fs2));
        for (const [p, t] of twice.files) assert.equal(t, fixedFiles.get(p), `second fix-all changed ${p}`);
        assert.equal(twice.applied, 0, 'second fix-all still found fixes to apply');
      });
    });
  }
});
