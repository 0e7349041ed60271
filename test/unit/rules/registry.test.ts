// Every rule the product ships: one id prefix per family, unique ids, a documentation page,
// and a row in the README's rule table.
import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { allRuleMetas } from '../../../src/core/engine/check';
import type { RuleFamily } from '../../../src/core/types';
import { REPO } from '../helpers/examples';

const PREFIX: Record<RuleFamily, RegExp> = {
  manifest: /^manifest-/,
  documentation: /^doc-/,
  'intended-use': /^use-/,
  'high-risk': /^risk-/,
  responsibility: /^role-/,
  licensing: /^license-/,
};

describe('rule registry', () => {
  const metas = allRuleMetas();
  const readme = nodeFs.readFileSync(path.join(REPO, 'README.md'), 'utf8');

  it('gives every rule a unique id with its family prefix (internal-error aside)', () => {
    assert.equal(new Set(metas.map((m) => m.id)).size, metas.length, 'duplicate rule ids');
    for (const m of metas) if (m.id !== 'internal-error') assert.match(m.id, PREFIX[m.family], `${m.id} in ${m.family}`);
  });

  it('gives every rule a documentation page that names it, and a row in the README', () => {
    for (const m of metas) {
      const page = path.join(REPO, 'docs/rules', `${m.id}.md`);
      assert.ok(nodeFs.existsSync(page), `docs/rules/${m.id}.md`);
      assert.equal(nodeFs.readFileSync(page, 'utf8').split('\n')[0], `# ${m.id}`);
      assert.ok(readme.includes(`\`${m.id}\``), `README lists ${m.id}`);
    }
  });

  it('has no documentation page without a rule', () => {
    const ids = new Set(metas.map((m) => m.id));
    for (const f of nodeFs.readdirSync(path.join(REPO, 'docs/rules'))) assert.ok(ids.has(f.replace(/\.md$/, '')), `docs/rules/${f} has no rule`);
  });
});
