// Markdown report for a pull request description: status, score, blocking items, per-family status,
// every finding in a collapsible list. Everything taken from the repository is escaped.
import { RULE_FAMILIES, ruleDocUrl, type Finding, type RuleFamily, type Severity } from '../types';
import type { FamilyStatus, ReadinessStatus, WorkspaceResult } from '../engine/model';
import { STATUS_LABEL, summarizeUnits } from '../engine/summary';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { oneBased, oneLine, plural } from './common';

export interface MarkdownFormatOptions {
  /** Prefix for file links, e.g. "https://github.com/o/r/blob/<sha>/"; default: relative links. */
  linkBase?: string;
  /** Heading level of the report title (default 2, so it nests in a PR description). */
  headingLevel?: number;
}

export const FAMILY_TITLES: Readonly<Record<RuleFamily, string>> = {
  manifest: 'Manifest',
  documentation: 'Documentation',
  'intended-use': 'Intended use',
  'high-risk': 'High-risk deployment',
  responsibility: 'Responsibility and safe harbor',
  licensing: 'Licensing',
};

const STATUS_ICON: Record<ReadinessStatus, string> = { ready: '✅', 'needs-work': '⚠️', blocked: '❌' };
const FAMILY_ICON: Record<FamilyStatus, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };
const SEVERITY_ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

/**
 * Escape text for Markdown inline context: HTML special characters become entities (no tags, no
 * comments, no scripts), Markdown punctuation gets a backslash, line breaks become spaces.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#+\-.!|~^=:@])/g, '\\$1');
}

/** A link target: path segments percent-encoded so spaces or parentheses cannot break the link. */
function linkTarget(base: string, path: string, line: number): string {
  return `${base}${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

export function formatMarkdown(result: WorkspaceResult, opts: MarkdownFormatOptions = {}): string {
  const h = '#'.repeat(Math.max(1, Math.min(5, opts.headingLevel ?? 2)));
  const base = opts.linkBase ?? '';
  const total = summarizeUnits(result.units);
  const out: string[] = [];
  const where = (f: Finding) => {
    const line = oneBased(f.range).start.line;
    return `[${escapeMarkdown(`${f.path}:${line}`)}](${linkTarget(base, f.path, line)})`;
  };
  const rule = (id: string) => `[\`${id.replace(/`/g, '')}\`](${ruleDocUrl(id)})`;

  out.push(`${h} ${STATUS_ICON[total.status]} ${TOOL_NAME}: ${STATUS_LABEL[total.status]}`, '');
  out.push(
    `**Score:** ${total.score}/100 · ${plural(total.counts.error, 'error')} · ${plural(total.counts.warning, 'warning')} · ${plural(total.counts.info, 'info', 'infos')} · ${plural(result.units.length, 'release unit')}`,
    '',
  );

  const blocking = result.units.flatMap((u) => u.findings.filter((f) => f.severity === 'error'));
  out.push(`${h}# Blocking items`, '');
  if (blocking.length === 0) out.push('None.', '');
  else {
    out.push('| Where | Rule | Problem |', '| --- | --- | --- |');
    for (const f of blocking) out.push(`| ${where(f)} | ${rule(f.ruleId)} | ${escapeMarkdown(f.message)} |`);
    out.push('');
  }

  out.push(`${h}# Release units`, '');
  for (const u of result.units) {
    const s = u.summary;
    const title = u.name ? `${escapeMarkdown(u.name)}${u.version ? ` ${escapeMarkdown(u.version)}` : ''} (${escapeMarkdown(u.manifestPath)})` : escapeMarkdown(u.manifestPath);
    out.push(`${h}## ${STATUS_ICON[s.status]} ${title}`, '');
    out.push(`**${STATUS_LABEL[s.status]}**, score ${s.score}/100.`, '');
    out.push('| Family | Status | Errors | Warnings | Infos |', '| --- | --- | ---: | ---: | ---: |');
    for (const fam of RULE_FAMILIES) {
      const fs = s.families[fam];
      out.push(`| ${FAMILY_TITLES[fam]} | ${FAMILY_ICON[fs.status]} | ${fs.counts.error} | ${fs.counts.warning} | ${fs.counts.info} |`);
    }
    out.push('');
    if (u.findings.length > 0) {
      out.push(`<details><summary>${plural(u.findings.length, 'finding')}</summary>`, '');
      for (const f of u.findings) out.push(`- ${SEVERITY_ICON[f.severity]} ${where(f)} ${rule(f.ruleId)}: ${escapeMarkdown(f.message)}`);
      out.push('', '</details>', '');
    }
  }

  if (result.skipped.length > 0) {
    out.push(`<details><summary>${plural(result.skipped.length, 'path')} skipped</summary>`, '');
    for (const s of result.skipped) out.push(`- ${escapeMarkdown(s.path)}: ${escapeMarkdown(s.reason)}`);
    out.push('', '</details>', '');
  }
  out.push(`<sub>${TOOL_NAME} ${TOOL_VERSION}. Citations are indicators, not legal advice.</sub>`, '');
  return out.join('\n');
}
