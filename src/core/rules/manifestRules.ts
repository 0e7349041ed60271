import type { Rule } from './rule';
export const MANIFEST_RULES: Rule[] = [];
