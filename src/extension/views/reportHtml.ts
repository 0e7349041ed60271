// HTML of the readiness report webview. Pure (no `vscode` import) so unit tests run it in plain Node.
// Everything that comes from the repository is escaped: a manifest is untrusted input.
import { RULE_FAMILIES, type Finding, type Severity } from '../../core/types';
import type { ReadinessStatus, UnitResult } from '../../core/engine/model';
import { FAMILY_TITLES } from '../../core/format/markdown';

export interface ReportUnit {
  /** Folder name, shown in multi-root workspaces. */
  folder?: string;
  result: UnitResult;
}

export interface ReportPage {
  units: ReportUnit[];
  /** webview.cspSource */
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

const STATUS: Record<ReadinessStatus, { label: string; cls: string; icon: string }> = {
  ready: { label: 'Ready', cls: 'pass', icon: '✔' },
  'needs-work': { label: 'Needs work', cls: 'warn', icon: '⚠' },
  blocked: { label: 'Blocked', cls: 'fail', icon: '✖' },
};
const FAMILY_STATUS: Record<'pass' | 'warn' | 'fail', string> = { pass: 'Pass', warn: 'Warnings', fail: 'Failing' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function counts(c: Record<Severity, number>): string {
  return `<span class="count fail">${c.error} error${c.error === 1 ? '' : 's'}</span> · <span class="count warn">${c.warning} warning${c.warning === 1 ? '' : 's'}</span> · <span class="count info">${c.info} info</span>`;
}

function findingLink(unit: number, index: number, f: Finding): string {
  const where = `${f.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  // data-* attributes only: the script attaches the handlers (no inline handlers under the CSP).
  return (
    `<li class="finding ${f.severity}"><a href="#" class="reveal" data-unit="${unit}" data-finding="${index}">` +
    `<span class="rule">${escapeHtml(f.ruleId)}</span> ${escapeHtml(f.message)}</a>` +
    ` <span class="where">${escapeHtml(where)}</span></li>`
  );
}

function unitSection(u: ReportUnit, i: number): string {
  const r = u.result;
  const s = STATUS[r.summary.status];
  const title = `${r.name ?? r.manifestPath}${r.version ? `@${r.version}` : ''}`;
  const blocking = r.findings.map((f, j) => [f, j] as const).filter(([f]) => f.severity === 'error');
  const others = r.findings.map((f, j) => [f, j] as const).filter(([f]) => f.severity !== 'error');
  const rows = RULE_FAMILIES.map((fam) => {
    const fs = r.summary.families[fam];
    return (
      `<tr><td>${FAMILY_TITLES[fam]}</td><td class="${fs.status}">${FAMILY_STATUS[fs.status]}</td>` +
      `<td class="num">${fs.counts.error}</td><td class="num">${fs.counts.warning}</td><td class="num">${fs.counts.info}</td></tr>`
    );
  }).join('');
  return `
<section class="unit" data-unit="${i}">
  <h2><span class="badge ${s.cls}" title="${s.label}">${s.icon}</span> ${escapeHtml(title)}
    <span class="status ${s.cls}">${s.label}</span> <span class="score">score ${r.summary.score}/100</span></h2>
  <p class="meta">${u.folder ? `${escapeHtml(u.folder)}: ` : ''}<a href="#" class="reveal" data-unit="${i}" data-finding="-1">${escapeHtml(r.manifestPath)}</a> · ${counts(r.summary.counts)}</p>
  <h3>Blocking items</h3>
  ${blocking.length ? `<ul class="findings">${blocking.map(([f, j]) => findingLink(i, j, f)).join('')}</ul>` : '<p class="none pass">Nothing blocks this release.</p>'}
  <h3>By family</h3>
  <table class="families"><thead><tr><th>Family</th><th>Status</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead><tbody>${rows}</tbody></table>
  ${others.length ? `<details${blocking.length ? '' : ' open'}><summary>Warnings and notes (${others.length})</summary><ul class="findings">${others.map(([f, j]) => findingLink(i, j, f)).join('')}</ul></details>` : ''}
</section>`;
}

/** One line per unit, for workspaces with several release units. */
function overview(units: ReportUnit[]): string {
  const rows = units
    .map((u, i) => {
      const r = u.result;
      const s = STATUS[r.summary.status];
      const title = `${r.name ?? r.manifestPath}${r.version ? `@${r.version}` : ''}`;
      return (
        `<tr><td><span class="badge ${s.cls}">${s.icon}</span> <a href="#" class="reveal" data-unit="${i}" data-finding="-1">${escapeHtml(title)}</a></td>` +
        `<td class="${s.cls}">${s.label}</td><td class="num">${r.summary.score}</td><td class="num">${r.summary.counts.error}</td><td class="num">${r.summary.counts.warning}</td>` +
        `<td class="where">${u.folder ? `${escapeHtml(u.folder)}: ` : ''}${escapeHtml(r.manifestPath)}</td></tr>`
      );
    })
    .join('');
  return `<h2>Overview</h2><table class="families overview"><thead><tr><th>Release unit</th><th>Status</th><th>Score</th><th>Errors</th><th>Warnings</th><th>Manifest</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The whole report page. Pure function of its input; the CSP allows only our stylesheet and nonce'd script. */
export function renderReportHtml(page: ReportPage): string {
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `img-src ${page.cspSource}`,
    `font-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
  ].join('; ');
  const body = page.units.length
    ? (page.units.length > 1 ? overview(page.units) : '') + page.units.map(unitSection).join('\n')
    : '<p class="none">No release manifest found in this workspace. Run <b>Release Readiness: Create Release Manifest</b>.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '')}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<title>Release Readiness Report</title>
</head>
<body>
<header>
  <h1>Release Readiness Report</h1>
  <button id="copy-markdown" type="button">Copy Report as Markdown</button>
  <button id="refresh" type="button" class="secondary">Refresh</button>
</header>
<p class="disclaimer">Citations are indicators of where obligations may come from, not legal verdicts.</p>
${body}
<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}
