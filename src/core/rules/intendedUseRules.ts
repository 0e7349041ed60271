import type { Rule } from './rule';
export const INTENDED_USE_RULES: Rule[] = [];
