import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as assert from 'node:assert/strict';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceResult } from '../../../src/core/engine/model';
import { summarize } from '../../../src/core/engine/summary';
import { allRuleMetas } from '../../../src/core/engine/check';
import { escapeMarkdown, fnv1a, formatJson, formatMarkdown, formatSarif, formatText, toSarif } from '../../../src/core/format/index';
import { LineIndex } from '../../../src/core/text';
import type { Finding } from '../../../src/core/types';
import { TOOL_VERSION } from '../../../src/core/version';

import { REPO } from '../helpers/examples';
const text = 'name: demo\nintended_use:\n  summary: <script>alert(1)</script> | *x*\n';
const idx = new LineIndex(text);

function result(): WorkspaceResult {
  const findings: Finding[] = [
    {
      ruleId: 'use-placeholder',
      severity: 'error',
      family: 'intended-use',
      message: 'Bad <img src=x onerror=alert(1)> | [link](javascript:x) \u001b[31mred\nsecond line',
      path: 'my dir/release-manifest.yaml',
      range: idx.range(text.indexOf('<script>'), text.indexOf(' |')),
      related: [{ path: 'my dir/README.md', range: idx.range(0, 4), message: 'see here' }],
      fixes: [{ title: 'Replace', safe: true, changes: [{ kind: 'edit', path: 'my dir/release-manifest.yaml', edits: [{ startOffset: 0, endOffset: 4, newText: 'NAME' }] }] }],
      citations: ['EU AI Act Annex III 4(a)'],
    },
    { ruleId: 'doc-missing', severity: 'warning', family: 'documentation', message: 'No README', path: 'my dir/release-manifest.yaml', range: idx.range(0, 0) },
    { ruleId: 'not-in-registry', severity: 'info', family: 'licensing', message: 'Advice', path: 'my dir/release-manifest.yaml', range: idx.range(5, 9) },
  ];
  return {
    units: [
      { manifestPath: 'my dir/release-manifest.yaml', dir: 'my dir', name: 'demo', version: '1.0', findings, summary: summarize(findings), documents: [] },
      { manifestPath: 'ok/release-manifest.yaml', dir: 'ok', name: undefined, version: undefined, findings: [], summary: summarize([]), documents: [] },
    ],
    skipped: [{ path: 'loop', reason: 'symbolic link not followed' }],
  };
}

describe('text format', () => {
  it('prints path:line:col severity rule-id message, 1-based, then summaries and a total', () => {
    const out = formatText(result());
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'my dir/release-manifest.yaml:3:12 error use-placeholder Bad <img src=x onerror=alert(1)> | [link](javascript:x) [31mred second line');
    assert.equal(lines[1], 'my dir/release-manifest.yaml:1:1 warning doc-missing No README');
    assert.ok(out.includes('my dir/release-manifest.yaml (demo 1.0): Blocked, score 79/100 - 1 error, 1 warning, 1 info'));
    assert.ok(out.includes('ok/release-manifest.yaml: Ready, score 100/100'));
    assert.ok(out.includes('skipped loop: symbolic link not followed'));
    assert.match(lines[lines.length - 1], /^2 release units: 1 ready, 0 needs work, 1 blocked - 1 error, 1 warning, 1 info$/);
    assert.ok(!out.includes('\u001b'), 'no escape sequences from repository text');
  });

  it('colours only when asked, quiet prints findings only', () => {
    assert.ok(formatText(result(), { color: true }).includes('\u001b[31merror\u001b[0m'));
    assert.equal(formatText(result(), { quiet: true }).trimEnd().split('\n').length, 3);
  });
});

describe('json format', () => {
  it('has a stable shape with 1-based ranges', () => {
    const j = JSON.parse(formatJson(result()));
    assert.equal(j.formatVersion, 1);
    assert.equal(j.tool.version, TOOL_VERSION);
    assert.equal(j.summary.units, 2);
    assert.equal(j.summary.status, 'blocked');
    const f = j.units[0].findings[0];
    assert.deepEqual(f.range, { start: { line: 3, column: 12 }, end: { line: 3, column: 37 } });
    assert.equal(f.helpUri.endsWith('/docs/rules/use-placeholder.md'), true);
    assert.deepEqual(f.fixes[0].changes[0].edits[0], { startOffset: 0, endOffset: 4, newText: 'NAME' });
  });
});

describe('markdown format', () => {
  it('escapes repository text: no HTML tags, no links, no table breaks', () => {
    const md = formatMarkdown(result());
    assert.ok(!md.includes('<img'), md);
    assert.ok(!md.includes('<script'));
    assert.ok(!md.includes('](javascript'));
    assert.ok(md.includes('&lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\| \\[link\\]'));
    assert.ok(md.includes('(my%20dir/release-manifest.yaml#L3)'), 'links path#Lline');
    assert.ok(md.includes('❌ AI Release Readiness: Blocked'));
    assert.ok(md.includes('**Score:** 79/100'));
    assert.ok(md.includes('| Intended use | ❌ fail | 1 | 0 | 0 |'));
    assert.ok(md.includes('<details><summary>3 findings</summary>'));
    // Every table row of the blocking items has exactly 4 unescaped pipes.
    const row = md.split('\n').find((l) => l.startsWith('| [my dir'))!;
    assert.equal(row.replace(/\\\|/g, '').split('|').length - 1, 4);
  });

  it('escapeMarkdown handles the special characters', () => {
    assert.equal(escapeMarkdown('a*b_c`d<e>&'), 'a\\*b\\_c\\`d&lt;e&gt;&amp;');
  });
});

describe('sarif format', () => {
  const lineText = (p: string, line: number) => (p === 'my dir/release-manifest.yaml' ? text.split('\n')[line] : undefined);

  it('validates against the SARIF 2.1.0 schema', () => {
    // jest-sarif ships the SARIF schema as draft-04; ajv-draft-04 is ajv 8 speaking that draft.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not valid in unicode mode
    addFormats(ajv); // uri, uri-reference and date-time are checked too
    const schema = JSON.parse(nodeFs.readFileSync(path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = ajv.compile(schema);
    const log = JSON.parse(formatSarif(result(), { rules: allRuleMetas(), lineText, srcRootUri: 'file:///repo/' }));
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const empty = JSON.parse(formatSarif({ units: [], skipped: [] }, { rules: allRuleMetas() }));
    assert.ok(validate(empty), JSON.stringify(validate.errors, null, 1));
  });

  it('has what GitHub code scanning reads', () => {
    const log = toSarif(result(), { rules: allRuleMetas(), lineText });
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    const driver = run.tool.driver;
    assert.equal(driver.name, 'release-readiness');
    assert.equal(driver.semanticVersion, TOOL_VERSION);
    const rules = driver.rules;
    const r0 = run.results[0] as any;
    const rule = rules[r0.ruleIndex];
    assert.equal(rule.id, r0.ruleId);
    for (const r of rules) {
      assert.ok(r.shortDescription.text && r.fullDescription.text && r.help.text && r.help.markdown, r.id);
      assert.match(r.helpUri, /docs\/rules\/[a-z-]+\.md$/);
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
    }
    assert.ok(rules.some((r) => r.id === 'manifest-unreadable') && rules.some((r) => r.id === 'not-in-registry'));
    assert.equal(r0.level, 'error');
    assert.deepEqual(r0.locations[0].physicalLocation, {
      artifactLocation: { uri: 'my%20dir/release-manifest.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 37 },
    });
    assert.equal((run.results[2] as any).level, 'note');
    assert.match(r0.message.text, /Indicators: EU AI Act Annex III 4\(a\)/);
    assert.equal(r0.relatedLocations[0].message.text, 'see here');
    assert.equal(r0.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'NAME');
  });

  it('fingerprints are stable across unrelated edits and distinct for duplicates', () => {
    const a = toSarif(result(), { rules: [], lineText }).runs[0].results as any[];
    // The same finding two lines lower (lines inserted above) keeps its fingerprint.
    const moved = result();
    const f = moved.units[0].findings[0];
    f.range = { ...f.range, start: { ...f.range.start, line: f.range.start.line + 2 }, end: { ...f.range.end, line: f.range.end.line + 2 } };
    const b = toSarif(moved, { rules: [], lineText: (p, l) => lineText(p, l - 2) }).runs[0].results as any[];
    assert.equal(a[0].partialFingerprints.primaryLocationLineHash, b[0].partialFingerprints.primaryLocationLineHash);
    assert.match(a[0].partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{8}:1$/);
    const dup = result();
    dup.units[0].findings.push({ ...dup.units[0].findings[0] });
    const c = toSarif(dup, { rules: [], lineText }).runs[0].results as any[];
    assert.notEqual(c[0].partialFingerprints.primaryLocationLineHash, c[3].partialFingerprints.primaryLocationLineHash);
    assert.equal(fnv1a(''), '811c9dc5');
    assert.equal(fnv1a('a'), 'e40c292c');
  });
});
