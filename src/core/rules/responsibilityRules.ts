import type { Rule } from './rule';
export const RESPONSIBILITY_RULES: Rule[] = [];
