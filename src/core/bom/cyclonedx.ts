// A release unit's facts as a CycloneDX 1.6 ML-BOM, built with the CycloneDX library's models and JSON
// serializer. The library models components, licenses, external references, properties, tools and the
// dependency graph, but not a component's `modelCard` or `data` (CycloneDX 1.5+): those two are added by
// extending the library's own JSON component normalizer, so everything else stays the library's output.
import { Enums, Models, Serialize, Spec, SPDX } from '@cyclonedx/cyclonedx-library';
import parseSpdx from 'spdx-expression-parse';
import { TOOL_ID, TOOL_INFORMATION_URI, TOOL_VERSION } from '../version';
import type { Considerations, ReleaseFacts } from './facts';

/** Namespace of this tool's property names (CycloneDX reserves `cdx:`). */
export const PROPERTY_PREFIX = 'release-readiness:';

/** bom-ref of the release unit: its name and version, as a package URL would name them. */
export const unitRef = (name: string, version: string | undefined): string => (version ? `${name}@${version}` : name);
export const baseModelRef = (name: string): string => `base-model:${name}`;
export const datasetRef = (name: string): string => `dataset:${name}`;

export interface BomOptions {
  /** metadata.timestamp; left out when not given (byte-identical output for the same input). */
  timestamp?: Date;
  /** urn:uuid:... serial number; left out when not given. */
  serialNumber?: string;
}

type Json = Record<string, unknown>;

/** What the library does not model, per component: `modelCard` and `data`. */
class ReleaseNormalizerFactory extends Serialize.JSON.Normalize.Factory {
  constructor(readonly extra: ReadonlyMap<Models.Component, Json>) {
    super(Spec.Spec1dot6);
  }

  override makeForComponent(): Serialize.JSON.Normalize.ComponentNormalizer {
    return new ReleaseComponentNormalizer(this);
  }
}

class ReleaseComponentNormalizer extends Serialize.JSON.Normalize.ComponentNormalizer {
  override normalize(data: Models.Component, options: Serialize.Types.NormalizerOptions): Serialize.JSON.Types.Normalized.Component | undefined {
    const out = super.normalize(data, options);
    const extra = (this._factory as ReleaseNormalizerFactory).extra.get(data);
    if (!out || !extra) return out;
    // Before `properties`, as the specification lists them.
    const { properties, ...rest } = out;
    return { ...rest, ...extra, ...(properties ? { properties } : {}) } as Serialize.JSON.Types.Normalized.Component;
  }
}

const COMPONENT_TYPE: Readonly<Record<NonNullable<ReleaseFacts['artifact']>, Enums.ComponentType>> = {
  model: Enums.ComponentType.MachineLearningModel,
  dataset: Enums.ComponentType.Data,
  code: Enums.ComponentType.Library,
  application: Enums.ComponentType.Application,
};

const DOCUMENT_REFERENCE: Readonly<Record<string, Enums.ExternalReferenceType>> = {
  readme: Enums.ExternalReferenceType.Documentation,
  model_card: Enums.ExternalReferenceType.ModelCard,
  data_card: Enums.ExternalReferenceType.Documentation,
  license_file: Enums.ExternalReferenceType.License,
  changelog: Enums.ExternalReferenceType.ReleaseNotes,
};

/**
 * A license value as CycloneDX licenses: a known SPDX id, a valid SPDX expression (ids in their canonical
 * case), or else the name as written ("llama3.1", "other"), all as declared by the release.
 */
export function licensesOf(value: string | undefined, file?: string): Models.License[] {
  if (!value) return [];
  const declared = Enums.LicenseAcknowledgement.Declared;
  const id = SPDX.fixupSpdxId(value);
  if (id) {
    const l = new Models.SpdxLicense(id, file ? { url: file } : {});
    l.acknowledgement = declared;
    return [l];
  }
  if (/\s(?:AND|OR|WITH)\s/i.test(value)) {
    const canon = value.replace(/[A-Za-z0-9.+\-:]+/g, (tok) => (/^(?:and|or|with)$/i.test(tok) ? tok.toUpperCase() : (SPDX.fixupSpdxId(tok) ?? tok)));
    try {
      parseSpdx(canon);
      const e = new Models.LicenseExpression(canon);
      e.acknowledgement = declared;
      return [e];
    } catch {
      // not an SPDX expression: keep it as the name it is
    }
  }
  const n = new Models.NamedLicense(value, file ? { url: file } : {});
  n.acknowledgement = declared;
  return [n];
}

function properties(entries: readonly (readonly [string, string | number | boolean | undefined])[]): Models.PropertyRepository {
  const repo = new Models.PropertyRepository();
  for (const [name, value] of entries) if (value !== undefined) repo.add(new Models.Property(`${PROPERTY_PREFIX}${name}`, String(value)));
  return repo;
}

/** The considerations of a model card; undefined when the card and manifest state none. */
function considerationsJson(c: Considerations): Json | undefined {
  const out: Json = {};
  if (c.users.length) out.users = c.users;
  if (c.useCases.length) out.useCases = c.useCases;
  if (c.technicalLimitations.length) out.technicalLimitations = c.technicalLimitations;
  if (c.ethicalConsiderations.length) out.ethicalConsiderations = c.ethicalConsiderations;
  if (c.fairnessAssessments.length) out.fairnessAssessments = c.fairnessAssessments;
  if (c.environmental.length) out.environmentalConsiderations = { properties: c.environmental.map((value) => ({ name: `${PROPERTY_PREFIX}environmental-impact`, value })) };
  return Object.keys(out).length ? out : undefined;
}

function modelCardJson(f: ReleaseFacts): Json | undefined {
  const card: Json = {};
  const params: Json = {};
  if (f.task) params.task = f.task;
  if (f.datasets.length) params.datasets = f.datasets.map((d) => ({ ref: datasetRef(d) }));
  if (Object.keys(params).length) card.modelParameters = params;
  if (f.metrics.length) card.quantitativeAnalysis = { performanceMetrics: f.metrics.map((m) => ({ ...m })) };
  const considerations = considerationsJson(f.considerations);
  if (considerations) card.considerations = considerations;
  // CycloneDX has no field for uses a release is not meant for.
  if (f.considerations.outOfScopeUses.length) card.properties = f.considerations.outOfScopeUses.map((value) => ({ name: `${PROPERTY_PREFIX}out-of-scope-use`, value }));
  return Object.keys(card).length ? card : undefined;
}

/** The considerations as properties, for units that are not models (CycloneDX gives only models a model card). */
function considerationProperties(c: Considerations): [string, string][] {
  return [
    ...c.users.map((v) => ['user', v] as [string, string]),
    ...c.useCases.map((v) => ['use-case', v] as [string, string]),
    ...c.outOfScopeUses.map((v) => ['out-of-scope-use', v] as [string, string]),
    ...c.technicalLimitations.map((v) => ['technical-limitation', v] as [string, string]),
    ...c.ethicalConsiderations.flatMap((r) => [
      ...(r.name ? [['ethical-consideration', r.name] as [string, string]] : []),
      ...(r.mitigationStrategy ? [['mitigation-strategy', r.mitigationStrategy] as [string, string]] : []),
    ]),
    ...c.fairnessAssessments.flatMap((a) =>
      (['groupAtRisk', 'benefits', 'harms', 'mitigationStrategy'] as const).flatMap((k) => (a[k] ? [[`fairness-${k.replace(/[A-Z]/g, (x) => `-${x.toLowerCase()}`)}`, a[k]] as [string, string]] : [])),
    ),
    ...c.environmental.map((v) => ['environmental-impact', v] as [string, string]),
  ];
}

function dataJson(f: ReleaseFacts): Json[] | undefined {
  const d: Json = { type: 'dataset' };
  if (f.name) d.name = f.name;
  if (f.dataset.description.length) d.description = f.dataset.description.join('\n');
  if (f.dataset.sensitiveData.length) d.sensitiveData = f.dataset.sensitiveData;
  return Object.keys(d).length > 2 ? [d] : undefined;
}

function contactUrl(contact: string): string | undefined {
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(contact)) return `mailto:${contact}`;
  if (/^https?:\/\/\S+$/i.test(contact)) return contact;
  return undefined;
}

/** The BOM of one release unit. `facts.name` must be set: a component needs a name. */
export function buildBom(f: ReleaseFacts, options: BomOptions = {}): { bom: Models.Bom; extra: Map<Models.Component, Json> } {
  if (!f.name) throw new Error('a release unit without a name has no BOM');
  const extra = new Map<Models.Component, Json>();
  const artifact = f.artifact ?? 'application';
  const isModel = artifact === 'model';

  const unit = new Models.Component(COMPONENT_TYPE[artifact], f.name, {
    bomRef: unitRef(f.name, f.version),
    version: f.version,
    description: f.summary,
    licenses: new Models.LicenseRepository(licensesOf(f.license, f.licenseFile)),
  });
  for (const d of f.documents) unit.externalReferences.add(new Models.ExternalReference(d.path, DOCUMENT_REFERENCE[d.role], { comment: d.role.replace('_', ' ') }));
  const contact = f.contact && contactUrl(f.contact);
  if (contact) unit.externalReferences.add(new Models.ExternalReference(contact, Enums.ExternalReferenceType.Support, { comment: 'contact' }));
  const incident = f.safeguards.find((s) => s.id === 'incident_contact');
  const incidentUrl = incident && contactUrl(incident.value);
  if (incidentUrl) unit.externalReferences.add(new Models.ExternalReference(incidentUrl, Enums.ExternalReferenceType.SecurityContact, { comment: 'incident contact' }));

  if (isModel) {
    const card = modelCardJson(f);
    if (card) extra.set(unit, { modelCard: card });
  } else if (artifact === 'dataset') {
    const data = dataJson(f);
    if (data) extra.set(unit, { data });
  }

  const bom = new Models.Bom({ serialNumber: options.serialNumber });
  for (const b of f.baseModels) {
    const c = new Models.Component(Enums.ComponentType.MachineLearningModel, b.name, {
      bomRef: baseModelRef(b.name),
      licenses: new Models.LicenseRepository(licensesOf(b.license)),
      description: 'Base model this release derives from',
    });
    bom.components.add(c);
    unit.dependencies.add(c.bomRef);
  }
  for (const d of f.datasets) {
    const c = new Models.Component(Enums.ComponentType.Data, d, { bomRef: datasetRef(d), description: 'Dataset the card names for training or evaluation' });
    bom.components.add(c);
    unit.dependencies.add(c.bomRef);
  }

  const r = f.readiness;
  unit.properties = properties([
    ['readiness-status', r.status],
    ['readiness-score', r.score],
    ...r.findings.map((v) => ['finding', v] as [string, string]),
    ['release-purpose', f.release.purpose],
    ['non-commercial', f.release.nonCommercial],
    ['weights-public', f.release.weightsPublic],
    ['high-risk-statement', f.release.highRiskStatement],
    ['deployment-role', f.deployment.role],
    ...f.deployment.contexts.map((v) => ['deployment-context', v] as [string, string]),
    ...f.safeguards.map((s) => [`safeguard:${s.id}`, s.value] as [string, string]),
    ...f.attestations.map((a) => ['attestation', a] as [string, string]),
    ...(isModel ? [] : considerationProperties(f.considerations)),
  ]);

  bom.metadata.component = unit;
  if (options.timestamp) bom.metadata.timestamp = options.timestamp;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, TOOL_ID, {
      version: TOOL_VERSION,
      externalReferences: new Models.ExternalReferenceRepository([new Models.ExternalReference(TOOL_INFORMATION_URI, Enums.ExternalReferenceType.Website)]),
    }),
  );
  return { bom, extra };
}

/** The BOM as CycloneDX 1.6 JSON text (two-space indent, final newline). */
export function serializeBom(f: ReleaseFacts, options: BomOptions = {}): string {
  const { bom, extra } = buildBom(f, options);
  const serializer = new Serialize.JsonSerializer(new ReleaseNormalizerFactory(extra));
  return `${serializer.serialize(bom, { space: 2 })}\n`;
}
