import * as assert from 'node:assert/strict';
import { MANIFEST_RULES } from '../../../src/core/rules/manifestRules';
import { parseManifest } from '../../../src/core/manifest/parse';
import { applyEdits } from '../../../src/core/text';
import type { Finding, Fix, TextEdit } from '../../../src/core/types';
import { manifestContext } from '../helpers/context';

function run(ruleId: string, src: string, dir = 'models/tiny'): Finding[] {
  const rule = MANIFEST_RULES.find((r) => r.meta.id === ruleId);
  assert.ok(rule, `no rule ${ruleId}`);
  return rule.check(manifestContext(src, dir));
}

function all(src: string, dir = 'models/tiny'): Finding[] {
  return MANIFEST_RULES.flatMap((r) => r.check(manifestContext(src, dir)));
}

function at(f: Finding): [number, number, number, number] {
  return [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character];
}

/** Apply a fix, then check it parses, keeps comments, and removes its finding. */
function applyFix(src: string, fix: Fix, ruleId: string, dir = 'models/tiny', keepsComments = true): string {
  assert.equal(fix.changes.length, 1);
  const change = fix.changes[0];
  assert.equal(change.kind, 'edit');
  if (change.kind !== 'edit') throw new Error('unreachable');
  const out = applyEdits(src, change.edits);
  assert.deepEqual(parseManifest('release-manifest.yaml', out).syntaxErrors, [], out);
  if (keepsComments) for (const c of src.match(/#[^\n]*/g) ?? []) assert.ok(out.includes(c), `comment lost: ${c}`);
  assert.deepEqual(run(ruleId, out, dir), [], `finding still there after "${fix.title}":\n${out}`);
  return out;
}

const OK = 'manifest_version: 1 # format\nname: tiny\nversion: 1.0.0\nartifact: model\nlicense: apache-2.0\n';

describe('manifest rules', () => {
  it('every rule has complete metadata in the manifest family', () => {
    for (const r of MANIFEST_RULES) {
      assert.match(r.meta.id, /^manifest-[a-z-]+$/);
      assert.equal(r.meta.family, 'manifest');
      assert.ok(r.meta.shortDescription && r.meta.fullDescription, r.meta.id);
    }
  });

  it('a complete manifest has no manifest findings', () => {
    assert.deepEqual(all(OK), []);
  });

  describe('manifest-invalid-yaml', () => {
    it('reports a syntax error at its place', () => {
      const f = run('manifest-invalid-yaml', 'name: x\nbad: [a, b\nartifact: model\n');
      assert.ok(f.length >= 1);
      assert.equal(f[0].ruleId, 'manifest-invalid-yaml');
      assert.equal(f[0].severity, 'error');
      assert.equal(f[0].range.start.line >= 1, true);
      assert.match(f[0].message, /Fix the YAML syntax here/);
    });

    it('reports a duplicate key at the second key', () => {
      const [f] = run('manifest-invalid-yaml', 'name: x\nname: y\n');
      assert.deepEqual(at(f), [1, 0, 1, 1]);
      assert.match(f.message, /merge or remove the duplicate/);
    });

    it('reports a second document', () => {
      const [f] = run('manifest-invalid-yaml', 'name: x\n---\nname: y\n');
      assert.equal(f.range.start.line, 1);
      assert.match(f.message, /more than one YAML document/);
    });

    it('reports an alias bomb once', () => {
      const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
      const f = run('manifest-invalid-yaml', `${lines.join('\n')}\n`);
      assert.equal(f.length, 1);
      assert.match(f[0].message, /could not be read/);
    });

    it('caps the number of findings', () => {
      const src = Array.from({ length: 40 }, (_, i) => `k${i}: [unclosed\n`).join('');
      assert.ok(run('manifest-invalid-yaml', src).length <= 20);
    });

    it('does not flag valid YAML with quoted colons and comments', () => {
      assert.deepEqual(run('manifest-invalid-yaml', 'name: "a: b" # c\nurl: http://x.org\n'), []);
    });
  });

  describe('manifest-not-a-mapping', () => {
    it('reports a list at its range', () => {
      const [f] = run('manifest-not-a-mapping', '# list\n- a\n- b\n');
      assert.equal(f.ruleId, 'manifest-not-a-mapping');
      assert.deepEqual(at(f), [1, 0, 3, 0]);
    });

    it('reports an empty file with a safe fix that starts the manifest', () => {
      const [f] = run('manifest-not-a-mapping', '');
      assert.deepEqual(at(f), [0, 0, 0, 0]);
      const fix = f.fixes![0];
      assert.equal(fix.safe, true);
      const out = applyFix('', fix, 'manifest-not-a-mapping');
      assert.equal(out, 'manifest_version: 1\nname: tiny\n');
    });

    it('reports a comment-only file', () => {
      assert.equal(run('manifest-not-a-mapping', '# nothing yet\n').length, 1);
    });

    it('does not flag a mapping, nor a file with syntax errors (reported once, elsewhere)', () => {
      assert.deepEqual(run('manifest-not-a-mapping', 'name: x\n'), []);
      assert.deepEqual(run('manifest-not-a-mapping', 'name: [x\n'), []);
    });
  });

  describe('manifest-unknown-key', () => {
    it('reports a typo at the key with a safe rename and an unsafe removal', () => {
      const src = `${OK}intended_use:\n  summary: s\n  out_of_scop: [hiring] # excluded\n`;
      const [f] = run('manifest-unknown-key', src);
      assert.equal(f.ruleId, 'manifest-unknown-key');
      assert.equal(f.severity, 'warning');
      assert.deepEqual(at(f), [7, 2, 7, 13]);
      assert.match(f.message, /Did you mean `out_of_scope`/);
      const [rename, remove] = f.fixes!;
      assert.equal(rename.safe, true);
      assert.equal(remove.safe, false);
      const out = applyFix(src, rename, 'manifest-unknown-key');
      assert.equal(out, src.replace('out_of_scop:', 'out_of_scope:'));
      // The removed line's own trailing comment goes with it; the others stay.
      const removed = applyFix(src, remove, 'manifest-unknown-key', 'models/tiny', false);
      assert.equal(removed, `${OK}intended_use:\n  summary: s\n`);
    });

    it('offers no safe rename when two keys are equally close', () => {
      const [f] = run('manifest-unknown-key', `${OK}documentation:\n  x_card: a.md\n`);
      assert.ok(f.fixes!.every((x) => !x.safe));
    });

    it('does not flag known keys or free keys under attestations', () => {
      assert.deepEqual(run('manifest-unknown-key', `${OK}attestations:\n  anything_goes: true\n`), []);
    });
  });

  describe('manifest-invalid-type', () => {
    it('reports an unquoted version number at the value, with a safe quoting fix', () => {
      const src = 'manifest_version: 1\nname: tiny\nversion: 1.0 # first\nartifact: model\nlicense: mit\n';
      const [f] = run('manifest-invalid-type', src);
      assert.equal(f.ruleId, 'manifest-invalid-type');
      assert.deepEqual(at(f), [2, 9, 2, 12]);
      assert.match(f.message, /quotes/);
      const out = applyFix(src, f.fixes![0], 'manifest-invalid-type');
      assert.equal(parseManifest('m.yaml', out).get(['version']), '1.0');
    });

    it('reports a string where a list is expected, with a fix that wraps it', () => {
      const src = `${OK}intended_use:\n  users: researchers, students\n`;
      const [f] = run('manifest-invalid-type', src);
      assert.deepEqual(at(f), [6, 9, 6, 30]);
      const out = applyFix(src, f.fixes![0], 'manifest-invalid-type');
      assert.deepEqual(parseManifest('m.yaml', out).get(['intended_use', 'users']), ['researchers, students']);
    });

    it('does not flag a quoted version or a one-item flow list', () => {
      assert.deepEqual(run('manifest-invalid-type', `${OK.replace('1.0.0', '"1.0"')}intended_use:\n  users: [researchers]\n`), []);
    });
  });

  describe('manifest-invalid-value', () => {
    it('reports a bad enum value at the value with a did-you-mean fix', () => {
      const src = `${OK}release:\n  purpose: reserch # for now\n`;
      const [f] = run('manifest-invalid-value', src);
      assert.equal(f.ruleId, 'manifest-invalid-value');
      assert.deepEqual(at(f), [6, 11, 6, 18]);
      assert.match(f.message, /Did you mean `research`/);
      const preferred = f.fixes!.find((x) => x.preferred)!;
      assert.equal(preferred.safe, true);
      assert.equal(applyFix(src, preferred, 'manifest-invalid-value'), src.replace('reserch', 'research'));
      assert.ok(f.fixes!.filter((x) => !x.preferred).every((x) => !x.safe));
    });

    it('suggests the full word for a cut-off value', () => {
      const [f] = run('manifest-invalid-value', `${OK}deployment:\n  role: deploy\n`);
      assert.match(f.message, /Did you mean `deployer`/);
    });

    it('offers every value, none safe, when nothing is close', () => {
      const [f] = run('manifest-invalid-value', `${OK}deployment:\n  role: user\n`);
      assert.equal(f.fixes!.length, 3);
      assert.ok(f.fixes!.every((x) => !x.safe));
    });

    it('reports a malformed attestation date', () => {
      const [f] = run('manifest-invalid-value', `${OK}attestations:\n  card_checked: {by: Ana, date: 31.01.2025}\n`);
      assert.deepEqual(at(f), [6, 32, 6, 42]);
    });

    it('does not flag allowed values, whatever their case in comments', () => {
      assert.deepEqual(run('manifest-invalid-value', `${OK}release:\n  purpose: research # Research\ndeployment: {role: deployer}\n`), []);
    });
  });

  describe('manifest-missing-field', () => {
    it('reports a missing required field at the top with an insert fix', () => {
      const src = '# my release\nname: tiny\nversion: 1.0.0\nartifact: model\nlicense: mit\n';
      const [f] = run('manifest-missing-field', src);
      assert.equal(f.ruleId, 'manifest-missing-field');
      assert.equal(f.severity, 'error');
      assert.deepEqual(at(f), [1, 0, 1, 10]);
      const out = applyFix(src, f.fixes![0], 'manifest-missing-field');
      assert.equal(out, '# my release\nmanifest_version: 1\nname: tiny\nversion: 1.0.0\nartifact: model\nlicense: mit\n');
    });

    it('fills name from the folder name', () => {
      const src = 'manifest_version: 1\nversion: 1.0.0\nartifact: model\nlicense: mit\n';
      const [f] = run('manifest-missing-field', src, 'models/tiny-sentiment');
      assert.equal(applyFix(src, f.fixes![0], 'manifest-missing-field', 'models/tiny-sentiment'), `${src}name: tiny-sentiment\n`);
    });

    it('warns about version and license, and inserts version 0.1.0', () => {
      const src = 'manifest_version: 1\nname: tiny\nartifact: model';
      const f = run('manifest-missing-field', src);
      assert.deepEqual(f.map((x) => [x.severity, x.message.match(/`(\w+)`/)![1]]), [['warning', 'version'], ['warning', 'license']]);
      assert.equal(f[1].fixes, undefined);
      const out = applyEdits(src, (f[0].fixes![0].changes[0] as { edits: TextEdit[] }).edits);
      assert.equal(out, 'manifest_version: 1\nname: tiny\nartifact: model\nversion: 0.1.0');
    });

    it('offers artifact kinds only as unsafe choices', () => {
      const [f] = run('manifest-missing-field', 'manifest_version: 1\nname: tiny\nversion: 1.0.0\nlicense: mit\n');
      assert.equal(f.fixes!.length, 4);
      assert.ok(f.fixes!.every((x) => !x.safe));
    });

    it('does not flag a field present with a value, even one that is otherwise wrong', () => {
      assert.deepEqual(run('manifest-missing-field', OK.replace('artifact: model', 'artifact: modle')), []);
    });
  });

  describe('manifest-unsupported-version', () => {
    it('reports another version at its value', () => {
      const src = OK.replace('manifest_version: 1', 'manifest_version: 2');
      const [f] = run('manifest-unsupported-version', src);
      assert.equal(f.ruleId, 'manifest-unsupported-version');
      assert.deepEqual(at(f), [0, 18, 0, 19]);
      assert.equal(f.fixes![0].safe, false);
    });

    it('reports a quoted 1 with a safe fix', () => {
      const src = OK.replace('manifest_version: 1', 'manifest_version: "1"');
      const [f] = run('manifest-unsupported-version', src);
      assert.deepEqual(at(f), [0, 18, 0, 21]);
      assert.equal(f.fixes![0].safe, true);
      assert.equal(applyFix(src, f.fixes![0], 'manifest-unsupported-version'), OK);
    });

    it('does not flag version 1, nor a missing version (that is manifest-missing-field)', () => {
      assert.deepEqual(run('manifest-unsupported-version', OK), []);
      assert.deepEqual(run('manifest-unsupported-version', 'name: x\n'), []);
    });
  });

  it('every safe fix on a messy manifest applies cleanly together with the others', () => {
    const src = '# top\nname: tiny\nversion: 1.0 # v\nartifact: modle\nlicense: mit\nintended_use:\n  summry: s # sum\n';
    const findings = all(src);
    let out = src;
    for (const f of findings) {
      const fix = f.fixes?.find((x) => x.safe);
      if (!fix) continue;
      out = applyEdits(src, (fix.changes[0] as { edits: TextEdit[] }).edits);
      assert.deepEqual(parseManifest('m.yaml', out).syntaxErrors, []);
    }
    assert.notEqual(out, src);
  });
});
