import * as assert from 'node:assert/strict';
import { INTENDED_USE_RULES } from '../../../src/core/rules/intendedUseRules';
import { PLACEHOLDER_FINDINGS_PER_FILE } from '../../../src/core/cards/placeholders';
import { applyFix, covered, riskContext, ruleById, run } from '../helpers/riskContext';

const rule = (id: string) => ruleById(INTENDED_USE_RULES, id);

const FULL = `manifest_version: 1
name: tiny-sentiment
license: apache-2.0
release:
  purpose: research
intended_use:
  summary: Sentiment of English product reviews, for research on domain adaptation.
  users: [researchers]
  out_of_scope:
    - deployment in high-risk settings (EU AI Act Annex III areas)
  limitations: [English only]
deployment:
  role: developer
  contexts: [research]
`;

describe('intended-use rules', () => {
  it('a complete manifest passes every rule', () => {
    for (const r of INTENDED_USE_RULES) assert.deepEqual(run(r, FULL), [], r.meta.id);
  });

  describe('use-summary-missing', () => {
    it('flags a missing summary at the intended_use key', () => {
      const yaml = FULL.replace(/  summary: .*\n/, '');
      const [f] = run(rule('use-summary-missing'), yaml);
      assert.equal(f.ruleId, 'use-summary-missing');
      assert.equal(f.severity, 'error');
      assert.equal(covered(yaml, f), 'intended_use');
      assert.equal(f.fixes, undefined, 'no fix without a card to copy from');
    });

    it('flags an empty summary at its value', () => {
      const yaml = FULL.replace(/summary: .*/, 'summary: ""');
      const [f] = run(rule('use-summary-missing'), yaml);
      assert.equal(covered(yaml, f), '""');
    });

    it('does not flag a placeholder summary (use-placeholder does)', () => {
      assert.deepEqual(run(rule('use-summary-missing'), FULL.replace(/summary: .*/, 'summary: TODO')), []);
    });

    it('offers an unsafe fix copying the model card Direct Use section', () => {
      const yaml = FULL.replace(/  summary: .*\n/, '');
      const card = '# Model\n\n## Uses\n\n### Direct Use\n\nClassifies the sentiment of product reviews. Useful for research.\n\n### Out-of-Scope Use\n\nMedical diagnosis.\n';
      const [f] = run(rule('use-summary-missing'), yaml, { modelCard: card });
      assert.equal(f.fixes?.length, 1);
      assert.equal(f.fixes![0].safe, false);
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.match(fixed, /summary: Classifies the sentiment of product reviews\. Useful for research\./);
      assert.doesNotMatch(fixed, /Medical diagnosis/);
      assert.deepEqual(run(rule('use-summary-missing'), fixed, { modelCard: card }), []);
    });
  });

  describe('use-users-missing', () => {
    it('flags missing users; research releases get a fix', () => {
      const yaml = FULL.replace('  users: [researchers]\n', '');
      const [f] = run(rule('use-users-missing'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'intended_use');
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.deepEqual(run(rule('use-users-missing'), fixed), []);
    });
    it('flags an empty list at its value', () => {
      const yaml = FULL.replace('users: [researchers]', 'users: []');
      const [f] = run(rule('use-users-missing'), yaml);
      assert.equal(covered(yaml, f), '[]');
    });
  });

  describe('use-out-of-scope-missing', () => {
    const yaml = FULL.replace('  out_of_scope:\n    - deployment in high-risk settings (EU AI Act Annex III areas)\n', '');

    it('flags a missing out_of_scope with a safe fix listing undeclared high-risk domains', () => {
      const [f] = run(rule('use-out-of-scope-missing'), yaml);
      assert.equal(f.severity, 'error');
      assert.equal(covered(yaml, f), 'intended_use');
      const fix = f.fixes![0];
      assert.equal(fix.safe, true);
      const fixed = applyFix(yaml, fix);
      assert.match(fixed, /\n  out_of_scope:\n    - "?identifying or categorising people from biometric data/);
      assert.match(fixed, /\n    - "?medical diagnosis or treatment decisions, medical advice, or patient triage"?\n/);
      assert.match(fixed, /employment decisions such as screening candidates/);
      assert.deepEqual(run(rule('use-out-of-scope-missing'), fixed), []);
      assert.deepEqual(run(rule('use-out-of-scope-incomplete'), fixed), [], 'the fix covers every domain');
    });

    it('does not list a domain the release declares', () => {
      const y = yaml.replace('contexts: [research]', 'contexts: [hiring]');
      const fixed = applyFix(y, run(rule('use-out-of-scope-missing'), y)[0].fixes![0]);
      assert.doesNotMatch(fixed, /employment decisions/);
    });

    it('keeps comments and fills an empty list', () => {
      const y = FULL.replace('  out_of_scope:\n    - deployment in high-risk settings (EU AI Act Annex III areas)\n', '  out_of_scope: [] # to do\n');
      const [f] = run(rule('use-out-of-scope-missing'), y);
      const fixed = applyFix(y, f.fixes![0]);
      assert.match(fixed, /# to do/);
      assert.deepEqual(run(rule('use-out-of-scope-missing'), fixed), []);
    });
  });

  describe('use-limitations-missing', () => {
    it('flags missing limitations', () => {
      const yaml = FULL.replace('  limitations: [English only]\n', '');
      const [f] = run(rule('use-limitations-missing'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'intended_use');
    });
    it('copies the card limitations section as an unsafe fix', () => {
      const yaml = FULL.replace('  limitations: [English only]\n', '');
      const card = '# M\n\n## Bias, Risks, and Limitations\n\nOnly English reviews were seen in training.\n';
      const [f] = run(rule('use-limitations-missing'), yaml, { modelCard: card });
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.deepEqual(run(rule('use-limitations-missing'), fixed), []);
      assert.match(fixed, /limitations: \[Only English reviews were seen in training\.\]/);
    });
  });

  describe('manifest and cards agree', () => {
    const CARD = '# M\n\n## Uses\n\nSentiment of product reviews.\n\n### Primary intended users\n\n- researchers in NLP\n- students\n\n## Out-of-Scope Use\n\n- medical advice\n- screening job candidates\n\n## Limitations\n\nEnglish only.\n';

    it('use-out-of-scope-missing points at the card section and copies its entries (safe, preferred)', () => {
      const yaml = FULL.replace(/  out_of_scope:\n    - .*\n/, '');
      const [f] = run(rule('use-out-of-scope-missing'), yaml, { modelCard: CARD });
      assert.match(f.message, /MODEL_CARD\.md states 2 under "Out-of-Scope Use" \(line 12\): the quick fix copies them/);
      assert.deepEqual(f.related!.map((r) => [r.path, r.range.start.line]), [['MODEL_CARD.md', 11]]);
      const copy = f.fixes![0];
      assert.equal(copy.safe, true);
      assert.equal(copy.preferred, true);
      const fixed = applyFix(yaml, copy);
      assert.match(fixed, /out_of_scope: \[medical advice, screening job candidates\]|- medical advice\n\s+- screening job candidates/);
      assert.deepEqual(run(rule('use-out-of-scope-missing'), fixed, { modelCard: CARD }), []);
      // The catalogue list is still offered, but not applied by fix-all over the card's own words.
      assert.equal(f.fixes![1].safe, false);
    });

    it('use-users-missing copies the card\'s intended users', () => {
      const yaml = FULL.replace('  users: [researchers]\n', '');
      const [f] = run(rule('use-users-missing'), yaml, { modelCard: CARD });
      assert.match(f.message, /states 2 under "Primary intended users"/);
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.match(fixed, /researchers in NLP/);
      assert.deepEqual(run(rule('use-users-missing'), fixed, { modelCard: CARD }), []);
    });

    it('says nothing of the card when the card states nothing', () => {
      const yaml = FULL.replace(/  out_of_scope:\n    - .*\n/, '').replace('  users: [researchers]\n', '');
      const card = '# M\n\n## Uses\n\nSentiment.\n\n## Out-of-Scope Use\n\n[More Information Needed]\n';
      for (const id of ['use-out-of-scope-missing', 'use-users-missing']) {
        const [f] = run(rule(id), yaml, { modelCard: card });
        assert.doesNotMatch(f.message, /MODEL_CARD/, id);
        assert.equal(f.related, undefined, id);
      }
    });
  });

  describe('use-placeholder', () => {
    it('flags stub values at their exact range', () => {
      const yaml = FULL.replace(/summary: .*/, 'summary: TODO').replace('users: [researchers]', 'users: [researchers, "[More Information Needed]"]');
      const fs = run(rule('use-placeholder'), yaml);
      assert.deepEqual(fs.map((f) => covered(yaml, f)), ['TODO', '"[More Information Needed]"']);
      assert.ok(fs.every((f) => f.ruleId === 'use-placeholder' && f.severity === 'warning'));
    });
    it('lists stub values up to the cap, then one finding for the rest', () => {
      const n = PLACEHOLDER_FINDINGS_PER_FILE + 3;
      const stubs = Array.from({ length: n }, () => '    - TODO').join('\n');
      const yaml = FULL.replace(/  limitations:[^\n]*\n(?:    - [^\n]*\n)*/, `  limitations:\n${stubs}\n`);
      const fs = run(rule('use-placeholder'), yaml);
      assert.equal(fs.length, PLACEHOLDER_FINDINGS_PER_FILE + 1);
      assert.match(fs[fs.length - 1].message, /^3 more intended-use values are placeholders from intended_use\.limitations/);
      const under = FULL.replace(/  limitations:[^\n]*\n(?:    - [^\n]*\n)*/, '  limitations:\n    - TODO\n    - TBD\n');
      assert.deepEqual(run(rule('use-placeholder'), under).map((f) => /^3 more/.test(f.message)), [false, false]);
    });
    it('does not flag prose that mentions a todo list', () => {
      assert.deepEqual(run(rule('use-placeholder'), FULL.replace(/summary: .*/, 'summary: A model that orders todo list items by urgency.')), []);
    });
  });

  describe('use-out-of-scope-incomplete', () => {
    const yaml = FULL.replace('    - deployment in high-risk settings (EU AI Act Annex III areas)', '    - medical diagnosis\n    - screening job candidates # HR');
    it('lists the high-risk domains not covered', () => {
      const [f] = run(rule('use-out-of-scope-incomplete'), yaml);
      assert.equal(f.severity, 'info');
      assert.equal(covered(yaml, f), 'out_of_scope');
      assert.doesNotMatch(f.message, /healthcare and medical|employment, recruitment/i);
      assert.match(f.message, /credit and financial services/);
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.match(fixed, /# HR/);
      assert.deepEqual(run(rule('use-out-of-scope-incomplete'), fixed), []);
    });
    it('accepts a blanket high-risk exclusion', () => {
      assert.deepEqual(run(rule('use-out-of-scope-incomplete'), FULL), []);
    });
    it('the blanket fix resolves it', () => {
      const [f] = run(rule('use-out-of-scope-incomplete'), yaml);
      assert.deepEqual(run(rule('use-out-of-scope-incomplete'), applyFix(yaml, f.fixes![1])), []);
    });
    it('counts coverage keywords in list-style entries', () => {
      const y = FULL.replace('    - deployment in high-risk settings (EU AI Act Annex III areas)', '    - screening, ranking or evaluating job candidates or employees\n    - law enforcement, migration, border control or judicial decisions');
      const [f] = run(rule('use-out-of-scope-incomplete'), y);
      assert.doesNotMatch(f.message, /employment|law enforcement|migration|justice/);
      assert.match(f.message, /housing/);
    });

    it('accepts aliases written as words', () => {
      const domains = riskContext(FULL).catalogue.domains.filter((d) => d.tier === 'high-risk').map((d) => d.id);
      const y = FULL.replace('    - deployment in high-risk settings (EU AI Act Annex III areas)', domains.map((d) => `    - ${d.replace(/-/g, ' ')}`).join('\n'));
      assert.deepEqual(run(rule('use-out-of-scope-incomplete'), y), []);
    });
  });
});
