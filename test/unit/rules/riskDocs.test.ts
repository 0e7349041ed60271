// The documentation pages of the intended-use, high-risk, responsibility and licensing rules exist,
// follow the page layout, and their "Triggers" / "Passes" examples behave as documented.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INTENDED_USE_RULES } from '../../../src/core/rules/intendedUseRules';
import { HIGH_RISK_RULES } from '../../../src/core/rules/highRiskRules';
import { RESPONSIBILITY_RULES } from '../../../src/core/rules/responsibilityRules';
import { LICENSING_RULES } from '../../../src/core/rules/licensingRules';
import { run } from '../helpers/riskContext';

const DOCS = resolve(__dirname, '../../../../docs/rules');

function example(page: string, heading: string): string {
  const m = new RegExp(`## ${heading}\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(page);
  assert.ok(m, `no ${heading} example`);
  return m[1];
}

describe('rule documentation (intended-use, high-risk, responsibility, licensing)', () => {
  for (const rule of [...INTENDED_USE_RULES, ...HIGH_RISK_RULES, ...RESPONSIBILITY_RULES, ...LICENSING_RULES]) {
    it(`${rule.meta.id}: page exists and its examples behave as documented`, () => {
      const page = readFileSync(resolve(DOCS, `${rule.meta.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.meta.id}\n`));
      assert.match(page, new RegExp(`\\| ${rule.meta.family} \\| ${rule.meta.defaultSeverity}`));
      for (const h of ['## Why', '## Triggers', '## Passes', '## How to fix']) assert.ok(page.includes(h), h);
      assert.ok(run(rule, example(page, 'Triggers')).length > 0, 'Triggers example does not trigger');
      assert.deepEqual(run(rule, example(page, 'Passes')).map((f) => f.message), [], 'Passes example triggers');
    });
  }
});
