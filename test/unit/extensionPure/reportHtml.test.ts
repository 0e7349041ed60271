import * as assert from 'node:assert/strict';
import { summarize } from '../../../src/core/engine/summary';
import type { UnitResult } from '../../../src/core/engine/model';
import type { Finding } from '../../../src/core/types';
import { LineIndex } from '../../../src/core/text';
import { escapeHtml, renderReportHtml } from '../../../src/extension/views/reportHtml';

function unit(name: string, findings: Finding[]): UnitResult {
  return { manifestPath: 'release-manifest.yaml', dir: '', name, version: '1.0.0', findings, summary: summarize(findings), documents: [] };
}
const range = new LineIndex('abc\n').range(0, 3);
const evil = '<script>alert(1)</script>';
const finding = (severity: Finding['severity'], message: string): Finding => ({ ruleId: 'intended-use-summary', severity, family: 'intended-use', message, path: 'a"b.yaml', range });
const page = (units: UnitResult[]) => renderReportHtml({ units: units.map((result) => ({ result, folder: 'f<o>' })), cspSource: 'vscode-resource:', nonce: 'N0NCE', styleUri: 'css', scriptUri: 'js' });

describe('report HTML', () => {
  it('escapes everything from the repository', () => {
    const html = page([unit(evil, [finding('error', evil), finding('warning', `" onmouseover="x`)])]);
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'only our own script tag');
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(!html.includes('" onmouseover'));
    assert.ok(html.includes('a&#34;b.yaml'));
    assert.ok(html.includes('f&#60;o&#62;'));
  });

  it('has a strict CSP and no inline handlers', () => {
    const html = page([unit('x', [finding('error', 'm')])]);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0NCE'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(html, /<script nonce="N0NCE" src="js"><\/script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /style="/);
  });

  it('shows status, score, blocking items with reveal links and the family table', () => {
    const html = page([unit('tiny', [finding('error', 'Summary missing'), finding('warning', 'w')])]);
    assert.match(html, /tiny@1\.0\.0/);
    assert.match(html, /Blocked/);
    assert.match(html, /score \d+\/100/);
    assert.match(html, /class="reveal" data-unit="0" data-finding="0"[^>]*>.*Summary missing/);
    assert.match(html, /<td>Intended use<\/td><td class="fail">/);
    assert.match(html, /<td>Licensing<\/td><td class="pass">Pass/);
  });

  it('says when there is nothing to show', () => {
    assert.match(page([]), /No release manifest found/);
    assert.match(page([unit('ok', [])]), /Nothing blocks this release/);
  });

  it('escapes the five HTML-significant characters', () => {
    assert.equal(escapeHtml(`<&>"'`), '&#60;&#38;&#62;&#34;&#39;');
  });
});
