import * as assert from 'node:assert/strict';
import { HIGH_RISK_RULES } from '../../../src/core/rules/highRiskRules';
import { applyFix, covered, ruleById, run } from '../helpers/riskContext';

const rule = (id: string) => ruleById(HIGH_RISK_RULES, id);

const base = (contexts: string, extra = '') => `manifest_version: 1
name: screener
license: apache-2.0
release:
  purpose: commercial
intended_use:
  summary: Ranks support tickets by urgency.
  users: [support teams]
  out_of_scope:
    - medical diagnosis
deployment:
  role: developer # we publish it
  contexts: ${contexts}
${extra}`;

const ALL_SAFEGUARDS = `safeguards:
  human_oversight: Recruiters review every ranking before contact.
  risk_assessment: docs/risk.md
  bias_evaluation: docs/bias.md
  logging: Requests and scores are logged for 6 months.
  incident_contact: security@example.org
  deployer_instructions: docs/deployers.md
  data_governance: docs/data.md
  accuracy_metrics: docs/eval.md
`;

describe('high-risk rules', () => {
  describe('risk-unknown-context', () => {
    it('flags a typo with did-you-mean and a fix', () => {
      const yaml = base('[research, hirng]');
      const [f] = run(rule('risk-unknown-context'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'hirng');
      assert.match(f.message, /did you mean 'hiring'/);
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.match(fixed, /contexts: \[research, hiring\]/);
      assert.deepEqual(run(rule('risk-unknown-context'), fixed), []);
    });
    it('accepts aliases with other spelling and low-risk contexts', () => {
      assert.deepEqual(run(rule('risk-unknown-context'), base('[Research, Software Development, credit_scoring]')), []);
    });
    it('has no suggestion for something far from every id', () => {
      const [f] = run(rule('risk-unknown-context'), base('[quantum-teleportation]'));
      assert.equal(f.fixes, undefined);
    });
  });

  describe('risk-safeguard-missing', () => {
    it('flags each declared high-risk context on its entry with citations', () => {
      const yaml = base('[research, hiring]');
      const [f, ...rest] = run(rule('risk-safeguard-missing'), yaml);
      assert.equal(rest.length, 0);
      assert.equal(f.ruleId, 'risk-safeguard-missing');
      assert.equal(f.severity, 'error');
      assert.equal(covered(yaml, f), 'hiring');
      assert.ok(f.citations!.some((c) => c.startsWith('EU AI Act Annex III 4(a)')));
      assert.ok(f.citations!.some((c) => c.startsWith('NYC Local Law 144')));
      assert.match(f.message, /indicators, not legal verdicts/);
    });

    it('passes when every required safeguard is filled', () => {
      assert.deepEqual(run(rule('risk-safeguard-missing'), base('[hiring]', ALL_SAFEGUARDS)), []);
    });

    it('counts placeholders and empty values as missing', () => {
      const yaml = base('[hiring]', ALL_SAFEGUARDS.replace('docs/bias.md', 'TODO').replace('docs/risk.md', '""'));
      const [f] = run(rule('risk-safeguard-missing'), yaml);
      assert.match(f.message, /empty or placeholder risk_assessment and bias_evaluation/);
    });

    it('is advice (info) under the research safe harbor', () => {
      const yaml = base('[hiring]').replace('purpose: commercial', 'purpose: research\n  non_commercial: true');
      assert.equal(run(rule('risk-safeguard-missing'), yaml)[0].severity, 'info');
    });

    it('is never relaxed for a deployer', () => {
      const yaml = base('[hiring]').replace('purpose: commercial', 'purpose: research\n  non_commercial: true').replace('role: developer', 'role: deployer');
      assert.equal(run(rule('risk-safeguard-missing'), yaml)[0].severity, 'error');
    });

    it('the fix inserts the safeguards block with guidance comments, keeping other comments', () => {
      const yaml = base('[hiring]');
      const [f] = run(rule('risk-safeguard-missing'), yaml);
      assert.equal(f.fixes![0].safe, false);
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.match(fixed, /# we publish it/);
      assert.match(fixed, /\nsafeguards:\n  human_oversight: "" # who reviews/);
      // Empty values are still missing: the fix does not invent evidence.
      const after = run(rule('risk-safeguard-missing'), fixed);
      assert.match(after[0].message, /empty or placeholder/);
      assert.equal(after[0].fixes, undefined);
    });

    it('the fix adds only absent keys to an existing block', () => {
      const yaml = base('[hiring]', 'safeguards:\n  human_oversight: Recruiters review all. # kept\n');
      const fixed = applyFix(yaml, run(rule('risk-safeguard-missing'), yaml)[0].fixes![0]);
      assert.equal(fixed.match(/human_oversight/g)!.length, 1);
      assert.match(fixed, /# kept\n  risk_assessment: ""/);
    });

    it('does not flag low-risk or transparency contexts', () => {
      assert.deepEqual(run(rule('risk-safeguard-missing'), base('[research, chatbot]')), []);
    });
  });

  describe('licence use-restriction citations', () => {
    const cites = (yaml: string) => run(rule('risk-safeguard-missing'), yaml)[0];
    const healthcare = (extra: string, license = 'apache-2.0') => base('[healthcare]', extra).replace('license: apache-2.0', `license: ${license}`);
    it('cites OpenRAIL-M and the Llama AUP only when the release carries them', () => {
      const plain = cites(healthcare('base_model: distilbert-base-uncased\n'));
      assert.ok(plain.citations!.some((c) => c.startsWith('EU AI Act Annex III')));
      assert.ok(!plain.citations!.some((c) => /OpenRAIL|Llama/.test(c)), plain.citations!.join('; '));
      assert.doesNotMatch(plain.message, /OpenRAIL|Llama/);
    });
    it('cites OpenRAIL-M for an OpenRAIL-M licence or base model, but not the Llama AUP', () => {
      for (const yaml of [healthcare('', 'bigscience-openrail-m'), healthcare('base_model: bigscience/bloom-560m\n')]) {
        const f = cites(yaml);
        assert.ok(f.citations!.includes('OpenRAIL-M Attachment A'), f.citations!.join('; '));
        assert.ok(!f.citations!.some((c) => c.startsWith('Llama')));
        assert.match(f.message, /OpenRAIL-M Attachment A/);
      }
    });
    it('cites the Llama AUP for a Llama base model, and not when base_model_license says otherwise', () => {
      const llama = cites(healthcare('base_model: meta-llama/Llama-3.1-8B\n'));
      assert.ok(llama.citations!.includes('Llama AUP 1.d'));
      assert.ok(!llama.citations!.includes('OpenRAIL-M Attachment A'));
      const relicensed = cites(healthcare('base_model: meta-llama/Llama-3.1-8B\nbase_model_license: apache-2.0\n'));
      assert.ok(!relicensed.citations!.some((c) => c.startsWith('Llama')));
    });
  });

  describe('risk-undeclared-use', () => {
    it('reads the line breaks of a double-quoted summary as line breaks', () => {
      const yaml = base('[research]').replace('Ranks support tickets by urgency.', '"### Direct Use\\n\\nLenders call it to decide whether each borrower is approved."');
      const [f] = run(rule('risk-undeclared-use'), yaml);
      assert.equal(covered(yaml, f), 'Lenders call it to decide whether each borrower');
      assert.match(f.message, /credit/);
      assert.deepEqual(run(rule('risk-undeclared-use'), yaml.replace('Lenders call it to decide whether each borrower is approved.', 'Summarises public consultations.')), []);
    });
    it('reads a feature the writers took out, quoted in a double-quoted summary, as ruled out', () => {
      const yaml = base('[research]').replace('Ranks support tickets by urgency.', '"Roadmap change: we\'ve dropped the \\"visa eligibility prediction\\" item."');
      assert.deepEqual(run(rule('risk-undeclared-use'), yaml), []);
      // Near miss: the item kept.
      assert.equal(run(rule('risk-undeclared-use'), yaml.replace('dropped', 'shipped')).length, 1);
    });
    it('flags a high-risk use described in the summary at the phrase', () => {
      const yaml = base('[research]').replace('Ranks support tickets by urgency.', 'Ranks job applicants for recruiters.');
      const [f] = run(rule('risk-undeclared-use'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'Ranks job applicants');
      assert.equal(f.path, 'release-manifest.yaml');
      assert.deepEqual(f.fixes!.map((x) => x.safe), [false, false]);
      const declared = applyFix(yaml, f.fixes![0]);
      assert.match(declared, /contexts: \[research, employment\]/);
      assert.deepEqual(run(rule('risk-undeclared-use'), declared), []);
      const excluded = applyFix(yaml, f.fixes![1]);
      assert.match(excluded, /- medical diagnosis\n    - "?employment decisions/);
      assert.deepEqual(run(rule('risk-undeclared-use'), excluded), []);
    });

    it('does not flag a negated use, a benign mention or a declared use', () => {
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]').replace('Ranks support tickets by urgency.', 'Not intended to screen job applicants.')), []);
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]').replace('Ranks support tickets by urgency.', 'Unit tests for a loan calculator.')), []);
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[hiring]').replace('Ranks support tickets by urgency.', 'Ranks job applicants.')), []);
    });

    it('never reads out_of_scope entries', () => {
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]').replace('- medical diagnosis', '- diagnose patients')), []);
    });

    it('flags a use described in the model card Direct Use section, at the card range', () => {
      const card = '---\nlicense: mit\n---\n# Model\n\n## Uses\n\n### Direct Use\n\nHelps recruiters screen job applicants for interviews.\n\n### Out-of-Scope Use\n\nCredit scoring and loan approval.\n\n## Bias, Risks, and Limitations\n\nMay be misused for facial recognition.\n\n```\nresume screening example\n```\n';
      const fs = run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card });
      assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
      assert.equal(fs[0].path, 'MODEL_CARD.md');
      assert.equal(card.slice(fs[0].range.startOffset, fs[0].range.endOffset), 'screen job applicants');
      assert.equal(fs[0].range.start.line, 9);
      // The fixes edit the manifest, not the card.
      assert.equal(fs[0].fixes![0].changes[0].path, 'release-manifest.yaml');
    });

    it('reads a plain "Task:" label under Model Details for strongly stated uses only, as a bold intended-use label is read whole', () => {
      const plain = '# Model Card\n\n## Model Details\n\n- Task: Ranks job applicants for recruiters\n- Framework: Keras\n\n## Intended Use\n\nDeep learning practice.\n';
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: plain }).length, 0);
      const bold = '# Model Card\n\n- **Intended use:** Screens job applicants for recruiters.\n';
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: bold }).length, 1);
    });

    it('lets an exclusion outweigh a strongly stated use in a card whose intended use is confined to research or a demonstration', () => {
      const card = (uses: string) =>
        `# Model Card\n\n## Intended Use\n\nThis model ranks job applicants by their likelihood of being hired.\n\n### Primary intended uses\n\n${uses}\n\n### Not intended for\n\n- hiring decisions\n`;
      const plain = run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('- shortlisting support for recruiters') });
      assert.equal(plain.length, 1);
      const demo = run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('- educational demonstration of explainable AI\n- portfolio project') });
      assert.equal(demo.length, 0);
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('- education and portfolio projects') }).length, 0);
      // A confined card's own disclaimer in its intended use counts too, in the domain's weaker words.
      const poc = '# Tool\n\n## Intended Purpose\n\nThis proof of concept is intended to demonstrate applying a network to job applicants\' CVs in order to rank them. It is not intended for deployment in any recruitment setting.\n';
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: poc }).length, 0);
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: poc.replace(' It is not intended for deployment in any recruitment setting.', '') }).length, 1);
    });

    it('reads research as one purpose among others where a list names it beside a use, and as the only one where a sentence or "only" says so', () => {
      // The manifest's out_of_scope here excludes no healthcare use: the card's own exclusions are what is weighed.
      const noHealthExclusion = base('[research]').replace('- medical diagnosis', '- weather forecasting');
      const card = (uses: string) => `# Model Card\n\n## Intended use\n${uses}\n\n## Not intended use\n- Not for clinical diagnosis or treatment decisions.\n`;
      const triage = '- Screening / triage aid: highlight likely abnormal studies for radiologist prioritization.';
      assert.equal(run(rule('risk-undeclared-use'), noHealthExclusion, { modelCard: card(`${triage}\n- Research and educational purposes: a reproducible pipeline.`) }).length, 1);
      assert.equal(run(rule('risk-undeclared-use'), noHealthExclusion, { modelCard: card(`${triage}\n- Research and educational purposes only.`) }).length, 0);
      assert.equal(run(rule('risk-undeclared-use'), noHealthExclusion, { modelCard: card(`${triage}\n\nThe model is intended for research and educational purposes.`) }).length, 0);
    });

    it('lets a narrowing exclusion stand beside a decisive act done for the domain\'s decider, not beside an act on data alone', () => {
      const noHealthExclusion = base('[research]').replace('- medical diagnosis', '- weather forecasting');
      const card = (use: string) => `# Model Card\n\n## Intended use\n- ${use}\n\n## Not intended use\n- Not for clinical diagnosis or treatment decisions.\n`;
      assert.equal(run(rule('risk-undeclared-use'), noHealthExclusion, { modelCard: card('Triage aid: highlight likely abnormal studies for radiologist prioritization.') }).length, 1);
      assert.equal(run(rule('risk-undeclared-use'), noHealthExclusion, { modelCard: card('Classifies chest X-rays into 14 findings.') }).length, 0);
    });

    it('reads a label under a use heading as labelling a use, unless it is about limitations or exclusions', () => {
      const card = (label: string) => `# Model\n\n## Intended Use\n\n**${label}:** screens job applicants for the shop.\n`;
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('Feature request') }).length, 1);
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('Limitations') }).length, 0);
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('Out of scope') }).length, 0);
    });

    it('reports one finding per card and domain when a section and its subsection describe the same use', () => {
      const card = '# Model\n\n## Uses\n\nScreens job applicants for recruiters.\n\n### Downstream Use\n\nCan be fine-tuned to rank candidates for open roles.\n';
      const fs = run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card });
      assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
      assert.equal(card.slice(fs[0].range.startOffset, fs[0].range.endOffset), 'Screens job applicants');
    });

    it('quotes the words that made a plain-words use, and respects the card\'s own out-of-scope section', () => {
      const card = '# Model\n\n## Intended use\n\nFlags abnormal mammograms for a radiologist.\n';
      const [f, ...rest] = run(rule('risk-undeclared-use'), base('[research]').replace('    - medical diagnosis\n', '    - spam\n'), { modelCard: card });
      assert.equal(rest.length, 0);
      assert.match(f.message, /\(from "Flags", "mammograms" and "radiologist"\)/);
      const excluded = `${card}\n## Out-of-Scope Use\n\nAny real clinical decision about a patient.\n`;
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]').replace('    - medical diagnosis\n', '    - spam\n'), { modelCard: excluded }), []);
    });

    it('quotes a use named by a term that holds its own act once ("speaker verification")', () => {
      const card = '# Model\n\n## Intended use\n\nPerforms speaker verification for call centres.\n';
      const [f] = run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card });
      assert.ok(f, 'the biometric use is found');
      assert.match(f.message, /\(from "speaker verification"\) that deployment\.contexts/);
    });

    it('reads a task the card\'s metadata names by a catalogue phrase as a use, at the tag, and topic words there as none', () => {
      const card = (tags: string) => `---\ntags:\n${tags}\n---\n\n# Speaker embedding\n\nAn x-vector model trained on VoxCeleb.\n`;
      const tagged = card('- audio\n- speaker-verification');
      const [f] = run(rule('risk-undeclared-use'), base('[research]'), { modelCard: tagged });
      assert.ok(f, 'the biometric task is found');
      assert.equal(f.range?.start.line, 3, 'at the tag');
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('- audio\n- jobs\n- hiring') }), []);
    });

    it('reads an emotion task the card\'s metadata names beside a text task as no biometric use, and beside audio as one', () => {
      const card = (tags: string) => `---\ntags:\n${tags}\n---\n\n# Emotion classifier\n\nA RoBERTa model fine-tuned on MELD.\n`;
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('- text-classification\n- emotion-recognition') }), []);
      assert.equal(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card('- audio-classification\n- emotion-recognition') }).length, 1);
    });

    it('reads a card\'s out-of-scope text that names part of a domain as narrowing a strongly stated use, not excluding it', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Model\n\n## Intended use\n\nFlags abnormal mammograms for a radiologist.\n\n## Out-of-Scope Use\n\nDiagnosis of rare tumours in children.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card }).length, 1);
      // A weakly stated use stays quiet beside the same text.
      const weak = card.replace('Flags abnormal mammograms for a radiologist.', 'Flags abnormal mammograms.');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: weak }), []);
    });

    it('lets a use stated on the people its domain decides about stand beside narrowing out-of-scope text, and not one on data alone', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Model\n\n## Intended use\n\nSupports the call centre in prioritising calls to patients at risk of missing their appointment.\n\n## Out-of-Scope Use\n\nClinical decision-making.\n';
      const fs = run(rule('risk-undeclared-use'), manifest, { modelCard: card });
      assert.equal(fs.length, 1);
      assert.match(fs[0].message, /healthcare/i);
      // An act on data, not people ("prioritising chest X-rays"), is a capability the exclusion narrows; alone it is a use.
      const data = card.replace('Supports the call centre in prioritising calls to patients at risk of missing their appointment.', 'Supports the reporting team in prioritising chest X-rays for review.');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: data }), []);
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: data.replace('Clinical decision-making.', 'Spam filtering.') }).length, 1);
    });

    it('lets a catalogue phrase stand beside narrowing out-of-scope text, and reports the first use of a domain that stands', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Model\n\n## Intended use\n\nThis model is intended for clinical decision support by health workers.\n\n## Out-of-Scope Use\n\nDefinitive diagnosis of rare tumours.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card }).length, 1);
      // A weak mention first, a phrase after it: the phrase is the finding.
      const both = card.replace('This model is intended for clinical decision support by health workers.', '- Flags abnormal mammograms.\n- Clinical decision support.');
      const fs = run(rule('risk-undeclared-use'), manifest, { modelCard: both });
      assert.equal(fs.length, 1);
      assert.equal(covered(both, fs[0]), 'Clinical decision support');
    });

    it('reads out-of-scope text that excludes only a manner of use ("without human review") as excluding no domain', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = (out: string) => `# Model\n\n## Intended use\n\n- Ranking applicants by estimated default risk.\n- Demonstrating data science work for a portfolio project.\n\n## Not intended use\n\n- ${out}\n`;
      const fs = run(rule('risk-undeclared-use'), manifest, { modelCard: card('Automatic loan approval or rejection without human, policy, and compliance review.') });
      assert.equal(fs.length, 1);
      assert.match(fs[0].message, /credit/i);
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card('Fully automated lending decisions.') }).length, 1);
      // Without the manner, the same words exclude the domain from a demonstration's capabilities.
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: card('Automatic loan approval or rejection.') }), []);
    });

    it('reads "any" or "all" in an out-of-scope section as excluding a whole domain only where it reaches the domain\'s words', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Model\n\n## Intended use\n\nThis model is intended for clinical decision support by health workers.\n\n## Out-of-Scope Use\n\nA licensed physician must make all final decisions.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card }).length, 1);
      const whole = card.replace('A licensed physician must make all final decisions.', 'Any clinical decision support.');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: whole }), []);
    });

    it('reads the section right after a use heading with nothing under it as the use, and a use heading with text as itself', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Model\n\n## Uses\n\n## Model Description\n\nPrioritises calls to patients who are likely to miss their appointment.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card }).length, 1);
      // With a statement of its own, the use section ends at the next title; the description is read for strong uses only.
      const stated = card.replace('## Uses\n\n', '## Uses\n\nResearch on appointment data.\n\n');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: stated }), []);
    });

    it('reads a model card\'s opening paragraphs for uses stated strongly, but not a dataset card\'s or weak evidence', () => {
      const manifest = base('[research]');
      const card = '---\nlicense: mit\n---\n# VoiceCheck\n\nThis checkpoint performs speaker verification for call centres.\n\n## Training Data\n\nVoxCeleb.\n';
      const fs = run(rule('risk-undeclared-use'), manifest, { modelCard: card });
      assert.equal(fs.length, 1);
      assert.equal(covered(card, fs[0]), 'speaker verification');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { dataCard: card }), []);
      const weak = card.replace('performs speaker verification for call centres', 'classifies speakers by accent');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: weak }), []);
    });

    it('reads an opening that is the only statement of use as a use section, and one beside a use section for strong uses only', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Dropout Radar\n\nThis app helps administrators identify students at risk of dropping out.\n\n## Training Data\n\nEnrolment records.\n';
      const [f, ...rest] = run(rule('risk-undeclared-use'), manifest, { modelCard: card });
      assert.equal(rest.length, 0);
      assert.match(f.message, /education/);
      const withUses = card.replace('## Training Data', '## Intended Use\n\nA teaching demo for a data-science course.\n\n## Training Data');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: withUses }), []);
    });

    it('reads no uses in a card written in another language, where English words mean something else', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const es = '# Clasificador piloto\n\n- **Tarea:** Clasificación aproximada por grupo de edad a partir de los rasgos acústicos de la voz.\n- **Métricas reportadas:** Accuracy CV en entrenamiento piloto; en evaluación: matriz de confusión y *classification report*.\n- **Limitaciones:** Es un prototipo de laboratorio que no es una herramienta diagnóstica y requiere validación con especialistas.\n';
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: es }), []);
      const en = '# Audio model\n\n## Intended use\n\nThe model ranks job applicants from their recorded interview answers for the recruiter.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: en }).length, 1);
    });

    it("reads a model card's motivation for uses stated strongly", () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# EssayMark\n\n## Intended Use\n\nA demo.\n\n## Why?\n\nMarking essays by hand is slow. EssayMark gives each student\'s essay a grade that goes straight into the gradebook.\n';
      const [f, ...rest] = run(rule('risk-undeclared-use'), manifest, { modelCard: card });
      assert.equal(rest.length, 0);
      assert.match(f.message, /education/);
      // Evidence a use section would count (an act on a weak term) is not enough in a motivation.
      const weak = card.replace("Marking essays by hand is slow. EssayMark gives each student's essay a grade that goes straight into the gradebook.", 'Reading groups are hard to plan. It helps identify students who fall behind.');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: weak }), []);
    });

    it("reads a model card's description for uses stated strongly, and a use section's untitled subsections as uses", () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# ClaimFlow\n\n## Uses\n\nSee below.\n\n## Model Description\n\nThe classifier reads the account of a car accident and decides whether the insurance claim is paid straight away.\n';
      const [f, ...rest] = run(rule('risk-undeclared-use'), manifest, { modelCard: card });
      assert.equal(rest.length, 0);
      assert.match(f.message, /insurance/);
      const weak = card.replace('The classifier reads the account of a car accident and decides whether the insurance claim is paid straight away.', 'A text classifier fine-tuned on insurance claim descriptions.');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: weak }), []);
      // A subsection no concept names ("### Added") is part of the use section above it; one about exclusions is not.
      const sub = '# Dispatch\n\n## Uses\n\n### Added\n\n- Orders incoming emergency calls by predicted severity and decides which callers get an ambulance first.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: sub }).length, 1);
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: sub.replace('### Added', '### Out-of-Scope Use') }), []);
    });

    it("reads a model card's Features or Examples subsection of a use section as the use, and a data subsection as set aside", () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Admissions helper\n\n## Uses\n\n### Features\n\n- Reads every applicant file and suggests admit / waitlist / reject, ordered by fit with the programme.\n';
      assert.match(run(rule('risk-undeclared-use'), manifest, { modelCard: card })[0]?.message ?? '', /education/);
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: card.replace('### Features', '### Training Data') }), []);
    });

    it("reads a use section's results heading that reports no result as part of the use, and one with figures as results", () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const story = '# Smallholder credit\n\n## Uses\n\n### The challenge\n\nLoan officers spent days visiting each farm.\n\n### The result\n\nThe app estimates each borrower\'s ability to repay from phone records and approves or declines the loan.\n';
      assert.match(run(rule('risk-undeclared-use'), manifest, { modelCard: story })[0]?.message ?? '', /credit/);
      const figures = story.replace('The app estimates', 'Accuracy 0.91 on the held-out farms: the app estimates');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: figures }), []);
    });

    it('reads a use section on over a heading line that is no title (a version, a pasted comment), not over a title', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const body = 'Staff whose attrition score is above the cut-off are left out of the next promotion round.';
      const versioned = `# Model Card\n\n## Uses\n\n## 3.1.0\n\n- ${body}\n`;
      const [f, ...rest] = run(rule('risk-undeclared-use'), manifest, { modelCard: versioned });
      assert.equal(rest.length, 0);
      assert.match(f.message, /employment/);
      const comment = '# Model Card\n\n## Uses\n\n# placement_model: puts each incoming pupil in the remedial, standard or advanced maths stream from their diagnostic test results\n';
      assert.match(run(rule('risk-undeclared-use'), manifest, { modelCard: comment })[0]?.message ?? '', /education/);
      const key = '# Model Card\n\n## Uses\n\n# controller:\n#   the RL agent opens and closes the chlorine dosing valves at the water treatment works every 5 min.\n';
      assert.match(run(rule('risk-undeclared-use'), manifest, { modelCard: key })[0]?.message ?? '', /critical infrastructure/i);
      // After a use section with text of its own, "## Operating point" is a section of its own, read only for uses stated strongly.
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: versioned.replace('## 3.1.0', 'For the HR analytics team.\n\n## Operating point') }), []);
    });

    it('reads a catalogue phrase in a model card\'s opening tagline, but not in a project\'s research opening', () => {
      const manifest = base('[research]');
      const card = '# NEA\n\nAn automatic essay scoring system based on recurrent neural networks.\n\n## Set Up\n\npip install nea\n';
      const [f, ...rest] = run(rule('risk-undeclared-use'), manifest, { modelCard: card });
      assert.equal(rest.length, 0);
      assert.equal(covered(card, f), 'essay scoring');
      const research = card.replace('An automatic essay scoring system based on recurrent neural networks.', 'This paper studies essay scoring with recurrent neural networks.');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: research }), []);
    });

    it('lets an opening\'s disclaimer outweigh the use it states, and reads a project\'s objective for strong uses only', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# PneumoScan\n\n**AI-powered pneumonia detection from chest X-ray images.**\n\n## Training Data\n\nPublic X-rays.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card }).length, 1);
      const disclaimed = card.replace('images.**\n', 'images.**\n\n> It is NOT a medical device and should NEVER be used for clinical diagnosis.\n');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: disclaimed }), []);
      const weak = '# Accents\n\n## Objective\n\nHelps universities identify students early.\n';
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: weak }), []);
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: weak.replace('## Objective', '## Intended use') }).length, 1);
    });

    it("reads a model card's title for uses it names, as the opening is read, but not a dataset card's", () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Traffic Signal Control with Deep Q-Learning\n\n## Training Data\n\nSUMO runs.\n';
      const fs = run(rule('risk-undeclared-use'), manifest, { modelCard: card });
      assert.equal(fs.length, 1);
      assert.equal(covered(card, fs[0]), 'Traffic Signal Control');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { dataCard: card }), []);
      const excluded = `${card}\n## Out-of-Scope Use\n\nNot for controlling any real traffic signal.\n`;
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: excluded }), []);
    });

    it('does not read the title of a work a card cites in quotation marks as a use', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Scores\n\nThis repository contains data and code to reproduce the findings featured in our story, "[Scoring System for Subsidized Housing Gives Black and Latino People Experiencing Homelessness Lower Priority Scores](https://example.org/story)."\n';
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { dataCard: card }), []);
      const stated = card.replace(/"\[.*\)\."/, 'and can be used to rank people experiencing homelessness for subsidized housing.');
      assert.equal(run(rule('risk-undeclared-use'), manifest, { dataCard: stated }).length, 1);
    });

    it('does not read a note on the law as a sentence of purpose', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# CT\n\n## Training Data\n\nPublic slices.\n\n## Notes\n\nThis model can be used to support clinical decisions for ICU patients.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card }).length, 1);
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: card.replace('## Notes', '## Regulatory note') }), []);
    });

    it('reads the opening behind badges before the title, or an overview section, and lets the opening exclude a whole domain', () => {
      const manifest = base('[research]');
      const badges = '<iframe src="https://example.org/star"></iframe>\n<br/>\n# VoiceCheck\n\nThis checkpoint performs speaker verification for call centres.\n\n## Training Data\n\nVoxCeleb.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: badges }).length, 1);
      const overview = '# VoiceCheck\n\n## Overview\n\nThis checkpoint performs speaker verification for call centres.\n\n## Training Data\n\nVoxCeleb.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: overview }).length, 1);
      // A section named for something else is not the opening.
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: overview.replace('## Overview', '## Citation') }), []);
      // Credit lines under the title do not stand for the opening: a project's overview right after them still does.
      const credited = overview.replace('## Overview', '**Developed by:** Ana Ruiz\n\n## Project Overview');
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: credited }).length, 1);
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: credited.replace('## Project Overview', '## Project Citation') }), []);
      const excluded = overview.replace('call centres.', 'call centres. It is not intended for any biometric identification or verification of real people.');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: excluded }), []);
    });

    it('reads a sentence that states what a dataset is for wherever it stands, but not in sections about something else', () => {
      const manifest = base('[research]');
      const card = '# Faces-1500\n\n## Dataset Summary\n\n1,507 people, 30 images each. This data can be used for tasks such as face recognition.\n\n## Data Fields\n\nimage, id\n';
      const [f, ...rest] = run(rule('risk-undeclared-use'), manifest, { dataCard: card });
      assert.equal(rest.length, 0);
      assert.match(f.message, /biometric/);
      assert.equal(covered(card, f), 'face recognition');
      // The same words without a sentence of purpose, or under a section about personal data, state no use.
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { dataCard: card.replace('This data can be used for tasks such as face recognition.', 'Collected for a face recognition challenge.') }), []);
      const personal = card.replace('## Data Fields', '## Personal and Sensitive Information\n\nThe images can be used for face recognition, so faces are blurred.\n\n## Data Fields').replace(' This data can be used for tasks such as face recognition.', '');
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { dataCard: personal }), []);
    });

    it('lets a card\'s exclusion in a domain\'s weaker words outweigh a purpose stated outside the intended-use sections', () => {
      const manifest = base('[research]').replace('    - medical diagnosis\n', '    - spam\n');
      const card = '# Sentinel\n\n**Version:** 0.1\n\n## Overview\n\nSentinel is a service that provides mortality risk prediction for ICU patients.\n\n## Intended Use\n\n- Research and benchmarking.\n';
      assert.equal(run(rule('risk-undeclared-use'), manifest, { modelCard: card }).length, 1);
      const excluded = `${card}- **Out of scope**: direct clinical deployment.\n`;
      assert.deepEqual(run(rule('risk-undeclared-use'), manifest, { modelCard: excluded }), []);
    });

    it('does not flag a described use the out_of_scope list already excludes', () => {
      const card = '# Model\n\n## Direct Use\n\nHelps clinicians triage patients.\n';
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card }), []);
    });

    it('ignores code blocks inside the intended-use section', () => {
      const card = '# Model\n\n## Intended Use\n\nSentiment of reviews.\n\n```python\n# resume screening example\n```\n';
      assert.deepEqual(run(rule('risk-undeclared-use'), base('[research]'), { modelCard: card }), []);
    });
  });

  describe('risk-prohibited-practice', () => {
    it('flags a declared prohibited context', () => {
      const yaml = base('[social-credit]');
      const [f] = run(rule('risk-prohibited-practice'), yaml);
      assert.equal(f.severity, 'error');
      assert.equal(covered(yaml, f), 'social-credit');
      assert.ok(f.citations!.some((c) => c.startsWith('EU AI Act Art. 5(1)(c)')));
    });
    it('flags a described prohibited use, even under the safe harbor', () => {
      const yaml = base('[research]').replace('purpose: commercial', 'purpose: research\n  non_commercial: true').replace('Ranks support tickets by urgency.', 'Emotion recognition in the workplace for HR teams.');
      const [f] = run(rule('risk-prohibited-practice'), yaml);
      assert.equal(f.severity, 'error');
      assert.equal(covered(yaml, f), 'Emotion recognition in the workplace');
    });
    it('does not flag a prohibited practice that is excluded', () => {
      assert.deepEqual(run(rule('risk-prohibited-practice'), base('[research]').replace('Ranks support tickets by urgency.', 'Never use it for social scoring.')), []);
    });
  });

  describe('risk-transparency', () => {
    it('flags a chatbot context without a disclosure statement; the fix adds one', () => {
      const yaml = base('[chatbot]');
      const [f] = run(rule('risk-transparency'), yaml);
      assert.equal(f.severity, 'warning');
      assert.equal(covered(yaml, f), 'chatbot');
      assert.ok(f.citations!.some((c) => c.startsWith('EU AI Act Art. 50(1)')));
      const fixed = applyFix(yaml, f.fixes![0]);
      assert.deepEqual(run(rule('risk-transparency'), fixed), []);
    });
    it('passes with a disclosure instruction', () => {
      assert.deepEqual(run(rule('risk-transparency'), base('[deepfakes]', 'safeguards:\n  deployer_instructions: Watermark every generated video.\n')), []);
    });
  });
});
