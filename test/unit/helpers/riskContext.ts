// Builds a UnitContext for the intended-use, high-risk, responsibility and licensing rule tests.
import { parseManifest } from '../../../src/core/manifest/parse';
import { parseCard } from '../../../src/core/cards/parse';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { DOCUMENT_ROLES, type DocumentRole, type DocumentSlot, type Rule, type UnitContext, type CheckOptions } from '../../../src/core/rules/rule';
import { applyEdits } from '../../../src/core/text';
import type { Finding, Fix } from '../../../src/core/types';
import { parseDocument } from 'yaml';

export const MANIFEST_PATH = 'release-manifest.yaml';

export interface RiskContextOptions {
  /** Markdown of the model card (MODEL_CARD.md). */
  modelCard?: string;
  /** Markdown of the dataset card (DATA_CARD.md). */
  dataCard?: string;
  /** Slots to mark as present on disk (e.g. license_file found by convention). */
  present?: Partial<Record<DocumentRole, string>>;
  options?: CheckOptions;
}

export function riskContext(yaml: string, o: RiskContextOptions = {}): UnitContext {
  const documents = {} as Record<DocumentRole, DocumentSlot>;
  for (const role of DOCUMENT_ROLES) documents[role] = { role, path: undefined, declared: false, state: 'not-declared' };
  if (o.modelCard !== undefined) {
    documents.model_card = { role: 'model_card', path: 'MODEL_CARD.md', declared: true, state: 'ok', text: o.modelCard, card: parseCard('MODEL_CARD.md', o.modelCard) };
  }
  if (o.dataCard !== undefined) {
    documents.data_card = { role: 'data_card', path: 'DATA_CARD.md', declared: true, state: 'ok', text: o.dataCard, card: parseCard('DATA_CARD.md', o.dataCard) };
  }
  for (const [role, path] of Object.entries(o.present ?? {})) {
    documents[role as DocumentRole] = { role: role as DocumentRole, path, declared: false, state: 'ok', text: '' };
  }
  return { manifest: parseManifest(MANIFEST_PATH, yaml), dir: '', documents, catalogue: DEFAULT_CATALOGUE, options: o.options ?? {} };
}

export function run(rule: Rule, yaml: string, o: RiskContextOptions = {}): Finding[] {
  return rule.check(riskContext(yaml, o));
}

export function ruleById(rules: readonly Rule[], id: string): Rule {
  const r = rules.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Text a finding's range covers in the given text. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.range.startOffset, f.range.endOffset);
}

/** Apply a fix's edits to the manifest text; asserts the result is valid YAML. */
export function applyFix(yaml: string, fix: Fix): string {
  const change = fix.changes.find((c) => c.kind === 'edit' && c.path === MANIFEST_PATH);
  if (!change || change.kind !== 'edit') throw new Error('fix does not edit the manifest');
  const out = applyEdits(yaml, change.edits);
  const doc = parseDocument(out);
  if (doc.errors.length) throw new Error(`fix produced invalid YAML: ${doc.errors[0].message}\n${out}`);
  return out;
}
