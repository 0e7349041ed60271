// Loads the versioned domain catalogue (./domains.json) into a DomainCatalogue with alias lookup.
import type { Citation, Domain, DomainCatalogue, LicenseRestriction, SafeguardId } from './model';
import DOMAINS_JSON from './domains.json';

/** The JSON shape of domains.json (also accepted from users who ship their own catalogue). */
export interface CatalogueJson {
  version: string;
  asOf: string;
  domains: Domain[];
  lowRiskContexts: string[];
  commonActs?: string[];
  judgementWords?: string[];
  informationalActs?: string[];
  nonPersonSubjects?: string[];
  protectiveActs?: string[];
  deciderRoles?: string[];
  computingContext?: { cues: string[]; senses: string[] };
  safeguardGuidance?: Partial<Record<SafeguardId, string>>;
  dates?: Record<string, string>;
  licenseRestrictions?: LicenseRestriction[];
}

/** "Credit Scoring", "credit_scoring", " credit-scoring " all become "credit-scoring". */
export function normaliseContext(context: string): string {
  return context
    .trim()
    .toLowerCase()
    .replace(/[\s_\-–—/]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function loadCatalogue(json: CatalogueJson = DOMAINS_JSON as unknown as CatalogueJson): DomainCatalogue {
  const byKey = new Map<string, Domain>();
  const domains = json.domains.map((d) => ({ ...d }));
  for (const d of domains) {
    for (const key of [d.id, ...d.aliases]) {
      const k = normaliseContext(key);
      // First domain wins: ids are unique, and an alias never shadows an earlier id.
      if (!byKey.has(k)) byKey.set(k, d);
    }
  }
  const lowRisk = new Set(json.lowRiskContexts.map(normaliseContext));
  const catalogue: DomainCatalogue = {
    version: json.version,
    asOf: json.asOf,
    domains,
    lowRiskContexts: [...json.lowRiskContexts],
    domainFor(context: string): Domain | undefined {
      if (typeof context !== 'string') return undefined;
      const k = normaliseContext(context);
      if (lowRisk.has(k)) return undefined;
      return byKey.get(k);
    },
  };
  if (json.commonActs) catalogue.commonActs = [...json.commonActs];
  if (json.judgementWords) catalogue.judgementWords = [...json.judgementWords];
  if (json.informationalActs) catalogue.informationalActs = [...json.informationalActs];
  if (json.nonPersonSubjects) catalogue.nonPersonSubjects = [...json.nonPersonSubjects];
  if (json.protectiveActs) catalogue.protectiveActs = [...json.protectiveActs];
  if (json.deciderRoles) catalogue.deciderRoles = [...json.deciderRoles];
  if (json.computingContext) catalogue.computingContext = { cues: [...json.computingContext.cues], senses: [...json.computingContext.senses] };
  if (json.safeguardGuidance) catalogue.safeguardGuidance = json.safeguardGuidance;
  if (json.dates) catalogue.dates = json.dates;
  if (json.licenseRestrictions) catalogue.licenseRestrictions = json.licenseRestrictions;
  return catalogue;
}

export const DEFAULT_CATALOGUE: DomainCatalogue = loadCatalogue();

/** Whether a context is listed as low-risk in the catalogue. */
export function isLowRiskContext(catalogue: DomainCatalogue, context: string): boolean {
  const k = normaliseContext(context);
  let set = lowRiskSets.get(catalogue.lowRiskContexts);
  if (!set) {
    set = new Set(catalogue.lowRiskContexts.map(normaliseContext));
    lowRiskSets.set(catalogue.lowRiskContexts, set);
  }
  return set.has(k);
}

/** Normalised low-risk contexts, once per catalogue list rather than on every lookup. */
const lowRiskSets = new WeakMap<readonly string[], ReadonlySet<string>>();

export function domainById(catalogue: DomainCatalogue, id: string): Domain | undefined {
  return catalogue.domains.find((d) => d.id === id);
}

/** Citation labels, each with its application date when the catalogue knows it. */
export function citationLabels(citations: readonly Citation[]): string[] {
  return citations.map((c) => (c.appliesFrom ? `${c.label} (applies from ${c.appliesFrom})` : c.label));
}
