import * as assert from 'node:assert/strict';
import { LICENSING_RULES, checkLicense, isOpenLicense } from '../../../src/core/rules/licensingRules';
import { applyFix, covered, ruleById, run } from '../helpers/riskContext';

const rule = (id: string) => ruleById(LICENSING_RULES, id);

const m = (license: string, extra = '') => `manifest_version: 1
name: x
license: ${license} # licence
${extra}`;

describe('licensing rules', () => {
  describe('checkLicense', () => {
    for (const ok of ['Apache-2.0', 'apache-2.0', 'mit OR apache-2.0', 'MIT AND (BSD-3-Clause OR GPL-3.0-or-later)', 'Apache-2.0 WITH LLVM-exception', 'gpl-3.0+', 'bigscience-openrail-m', 'creativeml-openrail-m', 'openrail++', 'llama3.1', 'gemma', 'other', 'cc-by-nc-4.0']) {
      it(`accepts ${ok}`, () => assert.deepEqual(checkLicense(ok), { valid: true }));
    }
    it('suggests canonical ids for near misses', () => {
      assert.equal((checkLicense('Apache 2.0') as { suggestion?: string }).suggestion, 'Apache-2.0');
      assert.equal((checkLicense('MIT License') as { suggestion?: string }).suggestion, 'MIT');
      assert.equal((checkLicense('Apche-2.0') as { suggestion?: string }).suggestion, 'Apache-2.0');
      assert.equal((checkLicense('GPLv3') as { suggestion?: string }).suggestion, 'GPL-3.0-only');
    });
    it('tells open from non-commercial licences', () => {
      assert.ok(isOpenLicense('apache-2.0'));
      assert.ok(isOpenLicense('bigscience-openrail-m'));
      assert.ok(!isOpenLicense('cc-by-nc-4.0'));
      assert.ok(!isOpenLicense('llama3.1'));
    });
  });

  describe('license-invalid-spdx', () => {
    it('flags an invalid id at its value with a safe canonical fix', () => {
      const yaml = m('Apache 2.0');
      const [f] = run(rule('license-invalid-spdx'), yaml);
      assert.equal(f.severity, 'error');
      assert.equal(covered(yaml, f), 'Apache 2.0');
      assert.equal(f.fixes![0].safe, true);
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.equal(fixed.split('\n')[2], 'license: Apache-2.0 # licence');
      assert.deepEqual(run(rule('license-invalid-spdx'), fixed), []);
    });
    it('has no fix when nothing is close', () => {
      const [f] = run(rule('license-invalid-spdx'), m('my own terms'));
      assert.equal(f.fixes, undefined);
    });
    it('accepts Hub-style lower-case ids', () => assert.deepEqual(run(rule('license-invalid-spdx'), m('apache-2.0')), []));
  });

  describe('license-other-without-file', () => {
    it('flags other without documentation.license_file', () => {
      const yaml = m('other');
      const [f] = run(rule('license-other-without-file'), yaml);
      assert.equal(f.severity, 'error');
      assert.equal(covered(yaml, f), 'other');
      assert.equal(f.fixes, undefined);
    });
    it('offers to declare a licence file found beside the manifest', () => {
      const yaml = m('other', 'documentation:\n  readme: README.md\n');
      const [f] = run(rule('license-other-without-file'), yaml, { present: { license_file: 'LICENSE' } });
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.match(fixed, /  license_file: LICENSE\n/);
      assert.deepEqual(run(rule('license-other-without-file'), fixed), []);
    });
    it('passes with a licence file, and for SPDX ids', () => {
      assert.deepEqual(run(rule('license-other-without-file'), m('other', 'documentation:\n  license_file: LICENSE.md\n')), []);
      assert.deepEqual(run(rule('license-other-without-file'), m('MIT')), []);
    });
  });

  describe('license-use-restriction', () => {
    it('flags a Llama base model in a healthcare context (AUP 1.d)', () => {
      const yaml = m('apache-2.0', 'base_model: meta-llama/Llama-3.1-8B-Instruct\ndeployment:\n  contexts: [research, medical]\n');
      const [f, ...rest] = run(rule('license-use-restriction'), yaml);
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'medical');
      assert.match(f.message, /Llama Acceptable Use Policy.*1\.d/);
    });
    it('flags an OpenRAIL-M licence in a law-enforcement context', () => {
      const yaml = m('bigscience-openrail-m', 'deployment:\n  contexts: [policing]\n');
      const [f] = run(rule('license-use-restriction'), yaml);
      assert.equal(covered(yaml, f), 'policing');
      assert.deepEqual(f.citations, ['OpenRAIL-M Attachment A']);
    });
    it('uses base_model_license over the name, and does not match look-alike names', () => {
      assert.deepEqual(run(rule('license-use-restriction'), m('apache-2.0', 'base_model: meta-llama/Llama-3.1-8B\nbase_model_license: apache-2.0\ndeployment:\n  contexts: [medical]\n')), []);
      assert.deepEqual(run(rule('license-use-restriction'), m('apache-2.0', 'base_model: TinyLlama/TinyLlama-1.1B\ndeployment:\n  contexts: [medical]\n')), []);
    });
    it('does not flag an unrestricted context', () => {
      assert.deepEqual(run(rule('license-use-restriction'), m('apache-2.0', 'base_model: meta-llama/Llama-3.1-8B\ndeployment:\n  contexts: [hiring]\n')), []);
    });
  });

  describe('license-noncommercial-conflict', () => {
    it('flags a commercial release under CC-BY-NC', () => {
      const yaml = m('cc-by-nc-4.0', 'release:\n  purpose: commercial\n');
      const [f] = run(rule('license-noncommercial-conflict'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'commercial');
    });
    it('flags commercial purpose with non_commercial: true', () => {
      assert.equal(run(rule('license-noncommercial-conflict'), m('mit', 'release:\n  purpose: commercial\n  non_commercial: true\n')).length, 1);
    });
    it('does not flag a research release under CC-BY-NC or a commercial one under Apache', () => {
      assert.deepEqual(run(rule('license-noncommercial-conflict'), m('cc-by-nc-4.0', 'release:\n  purpose: research\n')), []);
      assert.deepEqual(run(rule('license-noncommercial-conflict'), m('apache-2.0', 'release:\n  purpose: commercial\n')), []);
    });
  });
});
