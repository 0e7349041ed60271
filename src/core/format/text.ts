// Text output: one line per finding, `path:line:col severity rule-id message`, then a summary.
import type { Severity } from '../types';
import type { WorkspaceResult } from '../engine/model';
import { STATUS_LABEL, summarizeUnits } from '../engine/summary';
import { oneBased, oneLine, plural } from './common';

export interface TextFormatOptions {
  /** ANSI colours (the CLI turns them on for a TTY). */
  color?: boolean;
  /** How paths are shown, e.g. relative to the current directory; default: workspace-relative. */
  displayPath?: (path: string) => string;
  /** Findings only: no unit summaries, skips or totals. */
  quiet?: boolean;
}

const COLORS: Record<Severity | 'dim' | 'ok', string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', ok: '\u001b[32m' };
const RESET = '\u001b[0m';

export function formatText(result: WorkspaceResult, opts: TextFormatOptions = {}): string {
  const paint = (c: keyof typeof COLORS, s: string) => (opts.color ? `${COLORS[c]}${s}${RESET}` : s);
  const show = (p: string) => oneLine(opts.displayPath ? opts.displayPath(p) : p);
  const out: string[] = [];
  for (const unit of result.units) {
    for (const f of unit.findings) {
      const r = oneBased(f.range);
      out.push(`${show(f.path)}:${r.start.line}:${r.start.column} ${paint(f.severity, f.severity)} ${paint('dim', f.ruleId)} ${oneLine(f.message)}`);
    }
  }
  if (opts.quiet) return out.length ? `${out.join('\n')}\n` : '';

  if (out.length) out.push('');
  for (const unit of result.units) {
    const s = unit.summary;
    const label = paint(s.status === 'ready' ? 'ok' : s.status === 'blocked' ? 'error' : 'warning', STATUS_LABEL[s.status]);
    const name = unit.name ? ` (${oneLine(unit.name)}${unit.version ? ` ${oneLine(unit.version)}` : ''})` : '';
    out.push(`${show(unit.manifestPath)}${name}: ${label}, score ${s.score}/100 - ${counts(s.counts)}`);
  }
  for (const s of result.skipped) out.push(paint('dim', `skipped ${show(s.path)}: ${oneLine(s.reason)}`));
  const total = summarizeUnits(result.units);
  const by = (st: string) => result.units.filter((u) => u.summary.status === st).length;
  out.push(
    `${plural(result.units.length, 'release unit')}: ${by('ready')} ready, ${by('needs-work')} needs work, ${by('blocked')} blocked - ${counts(total.counts)}`,
  );
  return `${out.join('\n')}\n`;
}

function counts(c: Record<Severity, number>): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info', 'infos')}`;
}
