// The examples in docs/rules/manifest-*.md are checked: "Triggers" must trigger, "Passes" must not.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MANIFEST_RULES } from '../../../src/core/rules/manifestRules';
import { manifestContext } from '../helpers/context';

const DOCS = resolve(__dirname, '../../../../docs/rules');

function example(doc: string, heading: string): string {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading));
  const m = section?.match(/```yaml\n([\s\S]*?)```/);
  assert.ok(m, `no yaml example under ## ${heading}`);
  return m[1];
}

describe('manifest rule documentation', () => {
  for (const rule of MANIFEST_RULES) {
    const id = rule.meta.id;
    it(`${id}: page format, and its examples behave as documented`, () => {
      const doc = readFileSync(resolve(DOCS, `${id}.md`), 'utf8');
      assert.ok(doc.startsWith(`# ${id}\n`));
      assert.match(doc, /\| Family \| Default severity \| Fix available \|/);
      assert.match(doc, new RegExp(`\\| manifest \\| ${rule.meta.defaultSeverity}`));
      for (const h of ['## Why', '## Triggers', '## Passes', '## How to fix']) assert.ok(doc.includes(h), h);
      const triggers = rule.check(manifestContext(example(doc, 'Triggers'), 'models/tiny'));
      assert.ok(triggers.length > 0, 'Triggers example does not trigger');
      assert.ok(triggers.every((f) => f.ruleId === id));
      assert.deepEqual(rule.check(manifestContext(example(doc, 'Passes'), 'models/tiny')), [], 'Passes example triggers');
    });
  }
});
