import * as assert from 'node:assert/strict';
import { scoreOf, summarize, summarizeUnits } from '../../../src/core/engine/summary';
import type { Finding, RuleFamily, Severity } from '../../../src/core/types';
import type { UnitResult } from '../../../src/core/engine/model';
import { fileStartRange } from '../../../src/core/text';

const f = (severity: Severity, family: RuleFamily = 'manifest'): Finding => ({ ruleId: 'r', severity, family, message: 'm', path: 'p', range: fileStartRange() });

describe('summary', () => {
  it('ready with no findings or infos only', () => {
    assert.deepEqual({ status: summarize([]).status, score: summarize([]).score }, { status: 'ready', score: 100 });
    const s = summarize([f('info', 'licensing')]);
    assert.equal(s.status, 'ready');
    assert.equal(s.score, 99);
    assert.equal(s.families.licensing.status, 'pass');
    assert.equal(s.families.licensing.counts.info, 1);
  });

  it('needs-work with warnings, blocked with any error; per-family status', () => {
    const s = summarize([f('warning', 'documentation'), f('error', 'high-risk'), f('warning', 'high-risk')]);
    assert.equal(s.status, 'blocked');
    assert.equal(s.score, 100 - 15 - 10);
    assert.deepEqual(s.counts, { error: 1, warning: 2, info: 0 });
    assert.equal(s.families['high-risk'].status, 'fail');
    assert.equal(s.families.documentation.status, 'warn');
    assert.equal(s.families.manifest.status, 'pass');
    assert.equal(summarize([f('warning')]).status, 'needs-work');
  });

  it('floors the score at 0', () => {
    assert.equal(scoreOf({ error: 20, warning: 0, info: 0 }), 0);
  });

  it('workspace summary: counts add up, score is the lowest unit score', () => {
    const unit = (findings: Finding[]): UnitResult => ({ manifestPath: 'm', dir: '', name: undefined, version: undefined, findings, summary: summarize(findings), documents: [] });
    const s = summarizeUnits([unit([f('warning')]), unit([f('info')])]);
    assert.equal(s.score, 95);
    assert.equal(s.status, 'needs-work');
    assert.deepEqual(s.counts, { error: 0, warning: 1, info: 1 });
    assert.equal(summarizeUnits([]).score, 100);
  });
});
