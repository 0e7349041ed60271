// Manual checklist items a person confirms; stored as `attestations.<key>: { by, date }` in the manifest
// so the confirmation is versioned and reviewed with the release.
import type { TextEdit } from '../types';
import type { ParsedManifest } from './model';
import type { ArtifactKind } from './scaffold';
import { insertKey, removeKey, replaceValue, yamlScalar } from './edit';

export interface ManualCheck {
  /** Key under `attestations:`. Stable: renaming it loses people's ticks. */
  key: string;
  label: string;
  detail: string;
  /** Artifact kinds the item applies to; all when absent. */
  artifacts?: ArtifactKind[];
}

export const MANUAL_CHECKS: readonly ManualCheck[] = [
  {
    key: 'model_card_reviewed',
    label: 'Model card reviewed by a second person',
    detail: 'Someone other than the author read the card against the release.',
    artifacts: ['model'],
  },
  {
    key: 'data_card_reviewed',
    label: 'Data card reviewed by a second person',
    detail: 'Someone other than the author read the data card against the dataset.',
    artifacts: ['dataset'],
  },
  {
    key: 'evaluation_reproduced',
    label: 'Evaluation results reproduced',
    detail: 'The reported numbers were re-run from the released artifact.',
    artifacts: ['model', 'application'],
  },
  {
    key: 'training_data_license_checked',
    label: 'Licence of training data checked',
    detail: 'The licences and terms of the training data allow this release.',
    artifacts: ['model', 'dataset'],
  },
  {
    key: 'incident_contact_reachable',
    label: 'Incident contact reachable',
    detail: 'A test message to the incident contact got an answer.',
  },
];

export interface Attestation {
  by: string;
  date: string;
}

/** The manual checks that apply to a manifest's artifact kind (all when the kind is unknown). */
export function manualChecksFor(manifest: ParsedManifest | undefined): ManualCheck[] {
  const artifact = manifest?.get(['artifact']);
  return MANUAL_CHECKS.filter((c) => !c.artifacts || typeof artifact !== 'string' || c.artifacts.includes(artifact as ArtifactKind));
}

/** The attestation recorded for a key, if any (a bare `true` counts, with unknown author). */
export function attestationOf(manifest: ParsedManifest, key: string): Attestation | undefined {
  const v = manifest.get(['attestations', key]);
  if (v === undefined || v === null || v === false) return undefined;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return { by: String(o.by ?? ''), date: o.date instanceof Date ? o.date.toISOString().slice(0, 10) : String(o.date ?? '') };
  }
  return { by: '', date: '' };
}

/** YYYY-MM-DD of a date in its local calendar. */
export function isoDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The flow-mapping YAML value of an attestation: `{ by: "Ada", date: 2026-01-31 }`. */
export function attestationYaml(a: Attestation): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : JSON.stringify(a.date);
  // Inside a flow mapping `,[]{}` end a plain scalar, so such names are quoted too.
  const plain = yamlScalar(a.by);
  const by = /[,[\]{}]/.test(plain) && !plain.startsWith('"') ? JSON.stringify(a.by) : plain;
  return `{ by: ${by}, date: ${date} }`;
}

/** Edits that record `attestations.<key>: { by, date }` (replacing an older record of the same key). */
export function setAttestationEdits(manifest: ParsedManifest, key: string, a: Attestation): TextEdit[] {
  const value = attestationYaml(a);
  if (manifest.has(['attestations', key])) return replaceValue(manifest, ['attestations', key], value);
  return insertKey(manifest, ['attestations'], key, value);
}

/** Edits that remove `attestations.<key>`; the last one leaves `attestations: {}`. */
export function removeAttestationEdits(manifest: ParsedManifest, key: string): TextEdit[] {
  return removeKey(manifest, ['attestations', key]);
}
