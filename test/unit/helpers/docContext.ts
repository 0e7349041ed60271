// Builds a UnitContext for documentation-rule tests from a manifest YAML string and document texts,
// the way the engine would: declared paths first, then conventional names beside the manifest.
import { parseManifest } from '../../../src/core/manifest/parse';
import { parseCard } from '../../../src/core/cards/parse';
import { joinInside } from '../../../src/core/paths';
import { applyEdits } from '../../../src/core/text';
import type { DomainCatalogue } from '../../../src/core/catalogue/model';
import type { Finding, Fix } from '../../../src/core/types';
import { DOCUMENT_ROLES, type CheckOptions, type DocumentRole, type DocumentSlot, type DocumentState, type Rule, type UnitContext } from '../../../src/core/rules/rule';

/** A document's text, or a state the engine would have found instead of text. */
export type DocInput = string | { state: Exclude<DocumentState, 'ok' | 'not-declared'> };

const CONVENTIONS: Partial<Record<DocumentRole, string[]>> = {
  readme: ['README.md'],
  license_file: ['LICENSE'],
  changelog: ['CHANGELOG.md'],
};
const MARKDOWN: ReadonlySet<DocumentRole> = new Set<DocumentRole>(['readme', 'model_card', 'data_card']);

export const EMPTY_CATALOGUE: DomainCatalogue = {
  version: 'test',
  asOf: '2025-01-01',
  domains: [],
  lowRiskContexts: [],
  domainFor: () => undefined,
};

export function docContext(
  manifestYaml: string,
  docs: Record<string, DocInput> = {},
  options: CheckOptions = {},
  manifestPath = 'release-manifest.yaml',
): UnitContext {
  const manifest = parseManifest(manifestPath, manifestYaml);
  const dir = manifestPath.includes('/') ? manifestPath.slice(0, manifestPath.lastIndexOf('/')) : '';
  const documents = {} as Record<DocumentRole, DocumentSlot>;
  for (const role of DOCUMENT_ROLES) {
    const slot: DocumentSlot = { role, path: undefined, declared: false, state: 'not-declared' };
    const range = manifest.valueRange(['documentation', role]);
    if (range) slot.manifestRange = range;
    const fill = (path: string, input: DocInput): void => {
      slot.path = path;
      if (typeof input === 'string') {
        slot.state = 'ok';
        slot.text = input;
        if (MARKDOWN.has(role)) slot.card = parseCard(path, input);
      } else slot.state = input.state;
    };
    const value = manifest.get(['documentation', role]);
    if (typeof value === 'string' && value.trim() !== '') {
      slot.declared = true;
      const path = joinInside(dir, value.trim());
      if (!path) slot.state = 'outside-root';
      else if (docs[path] !== undefined) fill(path, docs[path]);
      else {
        slot.path = path;
        slot.state = 'missing';
      }
    } else {
      for (const name of CONVENTIONS[role] ?? []) {
        const path = joinInside(dir, name)!;
        if (docs[path] !== undefined) {
          fill(path, docs[path]);
          break;
        }
      }
    }
    documents[role] = slot;
  }
  return { manifest, dir, documents, catalogue: EMPTY_CATALOGUE, options };
}

export function run(rule: Rule, ctx: UnitContext): Finding[] {
  return rule.check(ctx);
}

/**
 * Apply a fix to the manifest text and document texts; returns the new texts (created files included).
 * Edit changes go through applyEdits, create changes become the file's text.
 */
export function applyFix(fix: Fix, manifestPath: string, manifestYaml: string, docs: Record<string, DocInput>): { manifest: string; docs: Record<string, DocInput> } {
  let manifest = manifestYaml;
  const out: Record<string, DocInput> = { ...docs };
  for (const c of fix.changes) {
    if (c.kind === 'create') {
      out[c.path] = c.text;
    } else if (c.path === manifestPath) {
      manifest = applyEdits(manifest, c.edits);
    } else {
      const cur = out[c.path];
      if (typeof cur !== 'string') throw new Error(`fix edits ${c.path}, which has no text`);
      out[c.path] = applyEdits(cur, c.edits);
    }
  }
  return { manifest, docs: out };
}
