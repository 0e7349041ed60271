import type { Rule } from './rule';
export const DOCUMENTATION_RULES: Rule[] = [];
