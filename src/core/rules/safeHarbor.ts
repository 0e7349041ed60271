// The research safe harbor (DESIGN.md): research + non-commercial releases get advice instead of
// requirements for high-risk safeguards - but never a deployer, who answers for the deployment.
import type { UnitContext } from './rule';
import { isPlaceholderText } from '../cards/placeholders';

/** release.purpose research AND release.non_commercial true (EU AI Act Art. 2(6)/2(8) reading). */
export function safeHarbor(ctx: UnitContext): boolean {
  const m = ctx.manifest;
  return m.get(['release', 'purpose']) === 'research' && m.get(['release', 'non_commercial']) === true;
}

/** The safe harbor relaxes high-risk checks: eligible, and the role is not deployer. */
export function relaxedBySafeHarbor(ctx: UnitContext): boolean {
  return safeHarbor(ctx) && ctx.manifest.get(['deployment', 'role']) !== 'deployer';
}

/** Wording that excludes high-risk deployment as a whole: "not for deployment in high-risk settings". */
const HIGH_RISK_STATEMENT = /high[\s-]?risk|annex\s+iii/i;

/** Whether the release says it is not for deployment in high-risk settings (high_risk_statement, or an out_of_scope entry). */
export function hasHighRiskStatement(ctx: UnitContext): boolean {
  const m = ctx.manifest;
  const st = m.get(['release', 'high_risk_statement']);
  if (typeof st === 'string' && st.trim() !== '' && !isPlaceholderText(st)) return true;
  const oos = m.get(['intended_use', 'out_of_scope']);
  const entries = Array.isArray(oos) ? oos : typeof oos === 'string' ? [oos] : [];
  return entries.some((e) => typeof e === 'string' && !isPlaceholderText(e) && HIGH_RISK_STATEMENT.test(e));
}
