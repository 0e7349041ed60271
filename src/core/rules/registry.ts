// Every rule the product ships, in report order. Rule ids are stable: docs/rules/<id>.md.
import type { Rule } from './rule';
import type { RuleMeta } from '../types';
import { MANIFEST_RULES } from './manifestRules';
import { DOCUMENTATION_RULES } from './documentationRules';
import { INTENDED_USE_RULES } from './intendedUseRules';
import { HIGH_RISK_RULES } from './highRiskRules';
import { RESPONSIBILITY_RULES } from './responsibilityRules';
import { LICENSING_RULES } from './licensingRules';

export const ALL_RULES: readonly Rule[] = [
  ...MANIFEST_RULES,
  ...DOCUMENTATION_RULES,
  ...INTENDED_USE_RULES,
  ...HIGH_RISK_RULES,
  ...RESPONSIBILITY_RULES,
  ...LICENSING_RULES,
];

export function ruleMeta(id: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.meta.id === id)?.meta;
}
