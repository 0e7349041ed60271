// A UnitContext around one manifest text, with no documents and an empty catalogue: enough for manifest rules.
import { parseManifest } from '../../../src/core/manifest/parse';
import { DOCUMENT_ROLES, type DocumentRole, type DocumentSlot, type UnitContext } from '../../../src/core/rules/rule';
import type { DomainCatalogue } from '../../../src/core/catalogue/model';

export function emptyCatalogue(): DomainCatalogue {
  return { version: '0-test', asOf: '2025-01-01', domains: [], lowRiskContexts: [], domainFor: () => undefined } as unknown as DomainCatalogue;
}

export function manifestContext(yamlText: string, dir = ''): UnitContext {
  const path = dir ? `${dir}/release-manifest.yaml` : 'release-manifest.yaml';
  const documents = {} as Record<DocumentRole, DocumentSlot>;
  for (const role of DOCUMENT_ROLES) documents[role] = { role, path: undefined, declared: false, state: 'not-declared' };
  return { manifest: parseManifest(path, yamlText), dir, documents, catalogue: emptyCatalogue(), options: {} };
}
