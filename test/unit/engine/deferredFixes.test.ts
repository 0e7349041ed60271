import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkContext } from '../../../src/core/engine/check';
import { attachDeferredFixes, deferFixes } from '../../../src/core/rules/deferredFixes';
import { finding, metaFor } from '../../../src/core/rules/rule';
import { HIGH_RISK_RULES } from '../../../src/core/rules/highRiskRules';
import { ALL_RULES } from '../../../src/core/rules/registry';
import type { Finding, Fix } from '../../../src/core/types';
import { fileStartRange } from '../../../src/core/text';
import { applyFix, riskContext } from '../helpers/riskContext';

const MANIFEST = `manifest_version: 1
name: screener # keep this comment
license: apache-2.0
intended_use:
  summary: Ranks job applicants for recruiters.
  out_of_scope:
    - medical diagnosis
deployment:
  role: developer
  contexts: [research]
`;

const meta = metaFor('manifest')('test-rule', 'warning', 'short', 'full');
const fix = (title: string): Fix => ({ title, safe: true, changes: [] });

/** Check a unit with every rule and let go of it: the findings, and weak references to its parsed documents. */
function checkedAndDropped(yaml: string): { findings: Finding[]; doc: WeakRef<object>; card: WeakRef<object> } {
  const ctx = riskContext(yaml, { modelCard: '# Card\n\n## Uses\n\nScreens job applicants.\n' });
  const findings = checkContext(ctx, ALL_RULES).findings;
  return { findings, doc: new WeakRef(ctx.manifest.doc), card: new WeakRef(ctx.documents.model_card.card!) };
}

describe('deferred fixes', () => {
  it('builds a finding\'s fixes on first read only, once', () => {
    let built = 0;
    const f = finding(meta, 'a.yaml', fileStartRange(), 'message', {
      fixes: () => {
        built++;
        return [fix('one')];
      },
    });
    assert.equal(built, 0, 'checking must not build fixes');
    assert.deepEqual(f.fixes?.map((x) => x.title), ['one']);
    assert.deepEqual(f.fixes?.map((x) => x.title), ['one']);
    assert.equal(built, 1);
  });

  it('reads as undefined when the builder finds nothing to fix, as an eager finding without fixes does', () => {
    const f = finding(meta, 'a.yaml', fileStartRange(), 'message', { fixes: () => [] });
    assert.equal(f.fixes, undefined);
    assert.equal(JSON.stringify(f).includes('fixes'), false);
  });

  it('survives spreading and JSON like a plain field', () => {
    const f = finding(meta, 'a.yaml', fileStartRange(), 'message', { fixes: () => [fix('two')] });
    const copy = { ...f, severity: 'error' as const };
    assert.deepEqual(copy.fixes?.map((x) => x.title), ['two']);
    assert.deepEqual((JSON.parse(JSON.stringify(f)) as Finding).fixes?.map((x) => x.title), ['two']);
  });

  it('can be replaced by assignment before or after it is read', () => {
    const target: { fixes?: Fix[] } = {};
    attachDeferredFixes(target, () => [fix('lazy')]);
    target.fixes = [fix('set')];
    assert.deepEqual(target.fixes.map((x) => x.title), ['set']);
  });

  it('edits the text the check read, from the manifest parsed again', () => {
    const ctx = riskContext(MANIFEST);
    const found = checkContext(ctx, HIGH_RISK_RULES).findings.find((f) => f.ruleId === 'risk-undeclared-use');
    assert.ok(found, 'the summary describes a hiring use');
    const declare = found.fixes?.find((x) => x.title.startsWith('Declare'));
    assert.ok(declare);
    const out = applyFix(MANIFEST, declare);
    assert.match(out, /contexts: \[research, employment\]/);
    assert.match(out, /# keep this comment/);
  });

  it('does not keep the checked unit alive: only the manifest text and the rule\'s own values', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Many fixable findings across the rule families: any fix that closes over the unit keeps it alive.
    const broken = `${MANIFEST.replace('license: apache-2.0', 'license: apache2').replace('role: developer', 'role: deployer').replace('[research]', '[research, hirng, healthcare, chatbot]')}documentation:\n  model_card: MISSING.md\n`;
    const { findings, doc, card } = checkedAndDropped(broken);
    // A WeakRef target stays alive until the current job ends; a second collection settles what the first
    // left for finalisation.
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => setImmediate(r));
      gc();
    }
    assert.equal(doc.deref(), undefined, 'the parsed manifest of a finished check is collected');
    assert.equal(card.deref(), undefined, 'the parsed card of a finished check is collected');
    const withFixes = findings.filter((x) => x.fixes?.length);
    assert.ok(withFixes.length >= 6, `fixes are still there when asked for (${withFixes.map((f) => f.ruleId).join(', ')})`);
  });

  it('deferFixes hands the builder a context with the same manifest text', () => {
    const ctx = riskContext(MANIFEST);
    const thunk = deferFixes(ctx, (fc) => [fix(fc.manifest.text === MANIFEST ? 'same text' : 'other text')]);
    assert.equal(thunk()[0].title, 'same text');
  });
});
