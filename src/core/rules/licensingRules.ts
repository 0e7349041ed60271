import type { Rule } from './rule';
export const LICENSING_RULES: Rule[] = [];
