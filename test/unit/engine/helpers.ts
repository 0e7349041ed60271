// Shared test helpers for the engine: a fake rule set independent of the real rules.
import type { Rule, UnitContext } from '../../../src/core/rules/rule';
import { finding } from '../../../src/core/rules/rule';
import type { RuleMeta } from '../../../src/core/types';

export const FLAG_META: RuleMeta = {
  id: 'test-flag-name',
  family: 'manifest',
  defaultSeverity: 'warning',
  shortDescription: 'Flags the name key.',
  fullDescription: 'Test rule: reports the `name` key of every manifest.',
};

/** Reports the `name` value of the manifest. */
export const flagName: Rule = {
  meta: FLAG_META,
  check(ctx: UnitContext) {
    const r = ctx.manifest.valueRange(['name']);
    return r ? [finding(FLAG_META, ctx.manifest.path, r, 'name flagged')] : [];
  },
};

export const LINE_META: RuleMeta = { ...FLAG_META, id: 'test-flag-lines', shortDescription: 'Flags marked lines.' };

/** Reports every line containing "FLAG" in the manifest and in the README/model card. */
export const flagLines: Rule = {
  meta: LINE_META,
  check(ctx: UnitContext) {
    const out = [];
    const files: { path: string; text: string }[] = [{ path: ctx.manifest.path, text: ctx.manifest.text }];
    for (const role of ['readme', 'model_card'] as const) {
      const s = ctx.documents[role];
      if (s.path && s.text !== undefined) files.push({ path: s.path, text: s.text });
    }
    for (const f of files) {
      let from = 0;
      for (let i = f.text.indexOf('FLAG', from); i >= 0; i = f.text.indexOf('FLAG', from)) {
        const lines = ctx.manifest.path === f.path ? ctx.manifest.lines : ctx.documents.readme.path === f.path ? ctx.documents.readme.card!.lines : ctx.documents.model_card.card!.lines;
        out.push(finding(LINE_META, f.path, lines.range(i, i + 4), 'FLAG found'));
        from = i + 4;
      }
    }
    return out;
  },
};

export const crashing: Rule = {
  meta: { ...FLAG_META, id: 'test-crash', family: 'documentation' },
  check() {
    throw new Error('boom');
  },
};
