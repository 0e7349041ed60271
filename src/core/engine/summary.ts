// Readiness summary of findings. The score is a readable signal, not a measure of legal compliance:
//   score = max(0, 100 - 15 x errors - 5 x warnings - 1 x infos)
// status: blocked when any error, needs-work when any warning, otherwise ready (infos are advice).
import { RULE_FAMILIES, type Finding, type RuleFamily, type Severity } from '../types';
import type { FamilyStatus, FamilySummary, ReadinessStatus, ReadinessSummary, UnitResult } from './model';

export const SCORE_WEIGHTS: Readonly<Record<Severity, number>> = { error: 15, warning: 5, info: 1 };

function zero(): Record<Severity, number> {
  return { error: 0, warning: 0, info: 0 };
}

function statusOf(counts: Record<Severity, number>): ReadinessStatus {
  return counts.error > 0 ? 'blocked' : counts.warning > 0 ? 'needs-work' : 'ready';
}

function familyStatusOf(counts: Record<Severity, number>): FamilyStatus {
  return counts.error > 0 ? 'fail' : counts.warning > 0 ? 'warn' : 'pass';
}

export function scoreOf(counts: Record<Severity, number>): number {
  return Math.max(0, 100 - SCORE_WEIGHTS.error * counts.error - SCORE_WEIGHTS.warning * counts.warning - SCORE_WEIGHTS.info * counts.info);
}

export function summarize(findings: readonly Finding[]): ReadinessSummary {
  const counts = zero();
  const famCounts = {} as Record<RuleFamily, Record<Severity, number>>;
  for (const f of RULE_FAMILIES) famCounts[f] = zero();
  for (const f of findings) {
    counts[f.severity]++;
    (famCounts[f.family] ??= zero())[f.severity]++;
  }
  const families = {} as Record<RuleFamily, FamilySummary>;
  for (const fam of Object.keys(famCounts) as RuleFamily[]) families[fam] = { status: familyStatusOf(famCounts[fam]), counts: famCounts[fam] };
  return { status: statusOf(counts), score: scoreOf(counts), counts, families };
}

/**
 * Summary over several units: counts add up, status is the worst unit's, and the score is the lowest
 * unit score (a workspace is as ready as its least ready release). No units: ready, 100.
 */
export function summarizeUnits(units: readonly UnitResult[]): ReadinessSummary {
  const all = summarize(units.flatMap((u) => u.findings));
  if (units.length > 0) all.score = units.reduce((min, u) => Math.min(min, u.summary.score), 100);
  return all;
}

export const STATUS_LABEL: Readonly<Record<ReadinessStatus, string>> = { ready: 'Ready', 'needs-work': 'Needs work', blocked: 'Blocked' };
