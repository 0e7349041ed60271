import * as assert from 'node:assert/strict';
import { RESPONSIBILITY_RULES, HIGH_RISK_STATEMENT_TEXT } from '../../../src/core/rules/responsibilityRules';
import { safeHarbor, relaxedBySafeHarbor, hasHighRiskStatement } from '../../../src/core/rules/safeHarbor';
import { applyFix, covered, riskContext, ruleById, run } from '../helpers/riskContext';

const rule = (id: string) => ruleById(RESPONSIBILITY_RULES, id);

const RESEARCH = `manifest_version: 1
name: tiny-sentiment
license: apache-2.0
release:
  purpose: research # safe harbor
  non_commercial: true
intended_use:
  summary: Sentiment of English product reviews.
  out_of_scope:
    - medical diagnosis
deployment:
  role: developer
  contexts: [research]
`;

describe('responsibility rules', () => {
  describe('safeHarbor()', () => {
    it('applies to research + non-commercial, relaxes only for non-deployers', () => {
      assert.equal(safeHarbor(riskContext(RESEARCH)), true);
      assert.equal(safeHarbor(riskContext(RESEARCH.replace('non_commercial: true', 'non_commercial: false'))), false);
      assert.equal(safeHarbor(riskContext(RESEARCH.replace('purpose: research', 'purpose: general'))), false);
      assert.equal(relaxedBySafeHarbor(riskContext(RESEARCH)), true);
      assert.equal(relaxedBySafeHarbor(riskContext(RESEARCH.replace('role: developer', 'role: deployer'))), false);
    });
  });

  describe('role-missing', () => {
    it('flags a missing role; the unsafe fix sets developer', () => {
      const yaml = RESEARCH.replace('  role: developer\n', '');
      const [f] = run(rule('role-missing'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'deployment');
      assert.equal(f.fixes![0].safe, false);
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.match(fixed, /  role: developer\n/);
      assert.deepEqual(run(rule('role-missing'), fixed), []);
    });
    it('creates the deployment block when absent', () => {
      const yaml = RESEARCH.replace(/deployment:[\s\S]*$/, '');
      const fixed = applyFix(yaml, run(rule('role-missing'), yaml)[0].fixes![0]);
      assert.deepEqual(run(rule('role-missing'), fixed), []);
    });
    it('passes with a role', () => assert.deepEqual(run(rule('role-missing'), RESEARCH), []));
  });

  describe('role-safe-harbor-statement', () => {
    it('flags a research non-commercial release without the statement, at release.purpose', () => {
      const [f] = run(rule('role-safe-harbor-statement'), RESEARCH);
      assert.equal(f.severity, 'error');
      assert.equal(covered(RESEARCH, f), 'research');
      const fix = f.fixes![0];
      assert.equal(fix.safe, true);
      const fixed = applyFix(RESEARCH, fix);
      assert.ok(fixed.includes(`  high_risk_statement: ${HIGH_RISK_STATEMENT_TEXT}`) || fixed.includes(`  high_risk_statement: "${HIGH_RISK_STATEMENT_TEXT}"`), fixed);
      assert.match(fixed, /# safe harbor/);
      assert.ok(hasHighRiskStatement(riskContext(fixed)));
      assert.deepEqual(run(rule('role-safe-harbor-statement'), fixed), []);
    });
    it('accepts an out_of_scope entry excluding high-risk settings', () => {
      const yaml = RESEARCH.replace('- medical diagnosis', '- deployment in high-risk settings');
      assert.deepEqual(run(rule('role-safe-harbor-statement'), yaml), []);
    });
    it('does not apply to a commercial release', () => {
      assert.deepEqual(run(rule('role-safe-harbor-statement'), RESEARCH.replace('non_commercial: true', 'non_commercial: false')), []);
    });
    it('does not accept a placeholder statement', () => {
      const yaml = RESEARCH.replace('  non_commercial: true\n', '  non_commercial: true\n  high_risk_statement: TBD\n');
      const [f] = run(rule('role-safe-harbor-statement'), yaml);
      assert.equal(covered(yaml, f), 'TBD');
      assert.deepEqual(run(rule('role-safe-harbor-statement'), applyFix(yaml, f.fixes![0])), []);
    });
  });

  describe('role-open-license-no-exemption', () => {
    it('flags a high-risk context declared by an open-licence research release', () => {
      const yaml = RESEARCH.replace('contexts: [research]', 'contexts: [research, medical]');
      const [f] = run(rule('role-open-license-no-exemption'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'medical');
      assert.ok(f.citations!.includes('EU AI Act Art. 2(12)'));
      assert.match(f.message, /Art\. 2\(12\)/);
    });
    it('cites a licence use restriction only when the release carries it', () => {
      const yaml = RESEARCH.replace('contexts: [research]', 'contexts: [research, medical]');
      const [plain] = run(rule('role-open-license-no-exemption'), yaml);
      assert.ok(!plain.citations!.some((c) => /OpenRAIL|Llama/.test(c)), plain.citations!.join('; '));
      const [rail] = run(rule('role-open-license-no-exemption'), yaml.replace(/^license: .*$/m, 'license: bigscience-openrail-m'));
      assert.ok(rail.citations!.includes('OpenRAIL-M Attachment A'), rail.citations!.join('; '));
    });
    it('covers prohibited and transparency contexts too', () => {
      const fs = run(rule('role-open-license-no-exemption'), RESEARCH.replace('contexts: [research]', 'contexts: [chatbot, social-scoring]'));
      assert.deepEqual(fs.map((f) => f.message.match(/a (Art\. \d+) use/)?.[1]), ['Art. 50', 'Art. 5']);
    });
    it('does not flag a commercial release or a low-risk context', () => {
      assert.deepEqual(run(rule('role-open-license-no-exemption'), RESEARCH), []);
      const commercial = RESEARCH.replace('purpose: research', 'purpose: commercial').replace('non_commercial: true', 'non_commercial: false').replace('contexts: [research]', 'contexts: [medical]');
      assert.deepEqual(run(rule('role-open-license-no-exemption'), commercial), []);
    });
  });

  describe('role-deployer-strict', () => {
    const deployer = RESEARCH.replace('role: developer', 'role: deployer').replace('contexts: [research]', 'contexts: [education]');
    it('flags deployer duties the context does not already require, even under the safe harbor', () => {
      const [f] = run(rule('role-deployer-strict'), deployer);
      assert.equal(f.severity, 'error');
      assert.equal(covered(deployer, f), 'deployer');
      // education requires human_oversight and risk_assessment itself (risk-safeguard-missing reports them).
      assert.match(f.message, /add logging and incident_contact/);
      const fixed = applyFix(deployer, f.fixes![0]);
      assert.match(fixed, /\nsafeguards:\n  logging: "" #/);
    });
    it('passes when the duties are filled', () => {
      const yaml = `${deployer}safeguards:\n  logging: Decisions logged 3 years.\n  incident_contact: ops@example.org\n`;
      assert.deepEqual(run(rule('role-deployer-strict'), yaml), []);
    });
    it('does not flag a developer, or a deployer in a low-risk context', () => {
      assert.deepEqual(run(rule('role-deployer-strict'), deployer.replace('role: deployer', 'role: developer')), []);
      assert.deepEqual(run(rule('role-deployer-strict'), deployer.replace('contexts: [education]', 'contexts: [research]')), []);
    });
  });
});
