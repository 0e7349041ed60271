import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue/catalogue';

// The grammar is generated from the catalogue (scripts/generate-grammar.mjs); this catches a stale one.
describe('release-manifest grammar', () => {
  const root = join(__dirname, '..', '..', '..', '..');
  const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'release-manifest.tmLanguage.json'), 'utf8')) as {
    scopeName: string;
    repository: Record<string, { match?: string }>;
  };

  it('marks every high-risk and prohibited id and alias of the catalogue', () => {
    for (const d of DEFAULT_CATALOGUE.domains) {
      if (d.tier === 'transparency') continue;
      const rule = grammar.repository[d.tier]?.match ?? '';
      const source = rule.replace(/^\(\?i\)/, '');
      const re = new RegExp(source.replace(/\(\?<!\[\\w-\]\)/, '(?<![\\w-])'), 'i');
      for (const a of [d.id, ...d.aliases].filter((x) => x.length > 2)) {
        assert.ok(re.test(` ${a} `), `${d.tier} grammar misses "${a}": run node scripts/generate-grammar.mjs`);
      }
    }
  });

  it('is the source.release-manifest scope embedding YAML', () => {
    assert.equal(grammar.scopeName, 'source.release-manifest');
    assert.match(readFileSync(join(root, 'syntaxes', 'release-manifest.tmLanguage.json'), 'utf8'), /"include": "source.yaml"/);
  });
});
