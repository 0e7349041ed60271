import type { Rule } from './rule';
export const HIGH_RISK_RULES: Rule[] = [];
