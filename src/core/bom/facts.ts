// The facts of one release unit that go into its bill of materials, read from the manifest and the
// card it names. Only what they state: an empty field, a placeholder ("TBD", "[More Information
// Needed]") or a document that is not there contributes nothing.
import type { CardSection, ParsedCard } from '../cards/model';
import { isPlaceholderText } from '../cards/placeholders';
import type { UnitResult } from '../engine/model';
import type { ParsedManifest } from '../manifest/model';
import { dirname } from '../paths';
import { useCard } from '../rules/riskShared';
import type { DocumentRole, UnitContext } from '../rules/rule';
import { nestedIn, plainText, sectionBlocks, sectionsFor, sectionTexts, statements } from './cardText';
import { cardMetrics, modelIndex, type PerformanceMetric } from './metrics';

export type Artifact = 'model' | 'dataset' | 'code' | 'application';

export interface Risk {
  name?: string;
  mitigationStrategy?: string;
}

export interface FairnessAssessment {
  groupAtRisk?: string;
  benefits?: string;
  harms?: string;
  mitigationStrategy?: string;
}

export interface Considerations {
  users: string[];
  useCases: string[];
  outOfScopeUses: string[];
  technicalLimitations: string[];
  ethicalConsiderations: Risk[];
  fairnessAssessments: FairnessAssessment[];
  environmental: string[];
}

export interface UnitDocument {
  role: DocumentRole;
  /** Relative to the manifest's folder, where the BOM is written. */
  path: string;
}

export interface ReleaseFacts {
  name: string | undefined;
  version: string | undefined;
  artifact: Artifact | undefined;
  /** intended_use.summary */
  summary: string | undefined;
  license: string | undefined;
  /** The license file, when the manifest names one (or one sits beside it) and it was read. */
  licenseFile: string | undefined;
  baseModels: { name: string; license?: string }[];
  /** Datasets the card names for training or evaluation (front matter `datasets`, `model-index`). */
  datasets: string[];
  /** The model's task (front matter `pipeline_tag`, else the `model-index` task). */
  task: string | undefined;
  metrics: PerformanceMetric[];
  considerations: Considerations;
  /** For a dataset: what its card says it holds and which sensitive data it contains. */
  dataset: { description: string[]; sensitiveData: string[] };
  documents: UnitDocument[];
  contact: string | undefined;
  release: { purpose?: string; nonCommercial?: boolean; weightsPublic?: boolean; highRiskStatement?: string };
  deployment: { role?: string; contexts: string[] };
  safeguards: { id: string; value: string }[];
  attestations: string[];
  readiness: {
    status: UnitResult['summary']['status'];
    score: number;
    /** "error rule-id path:line:col message", paths relative to the manifest's folder. */
    findings: string[];
  };
}

const ARTIFACTS: readonly string[] = ['model', 'dataset', 'code', 'application'];

/** A string that says something: not empty, not a placeholder. */
function said(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  return s === '' || isPlaceholderText(s) ? undefined : s;
}

/** The strings of a field that holds one string or a list of them. */
function saidList(v: unknown): string[] {
  const items = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const i of items) {
    const s = said(i);
    if (s !== undefined && !out.includes(s)) out.push(s);
  }
  return out;
}

function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** `target` relative to the folder `from` (both workspace-relative POSIX paths), with ".." where needed. */
export function pathFrom(from: string, target: string): string {
  const a = from === '' ? [] : from.split('/');
  const b = target.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function union(...lists: string[][]): string[] {
  const out: string[] = [];
  for (const l of lists) for (const s of l) if (!out.includes(s)) out.push(s);
  return out;
}

/** Labelled statements of a fairness section: "**Group at risk:** ...", "Harms: ...". */
const FAIRNESS_LABELS: readonly [keyof FairnessAssessment, RegExp][] = [
  ['groupAtRisk', /^(?:groups?\s+at\s+risk|affected\s+groups?|groups?\s+affected|impacted\s+groups?)$/i],
  ['benefits', /^benefits?$/i],
  ['harms', /^(?:harms?|potential\s+harms?)$/i],
  ['mitigationStrategy', /^(?:mitigations?|mitigation\s+strateg(?:y|ies))$/i],
];
const LABELLED = /^([^:]{2,40}?)\s*:\s*(.+)$/;

/**
 * Sections a heading names as a fairness assessment ("Fairness", "Bias evaluation"), read with their labelled
 * statements ("**Group at risk:** ...", "Harms: ..."), which the card parser may take for sections of their own.
 */
function fairnessAssessments(card: ParsedCard | undefined): { assessments: FairnessAssessment[]; sections: Set<CardSection> } {
  const assessments: FairnessAssessment[] = [];
  const used = new Set<CardSection>();
  if (!card) return { assessments, sections: used };
  for (const section of sectionsFor(card, 'bias-risks')) {
    if (section.kind !== 'heading' || used.has(section)) continue;
    if (!/\bfairness\b|\bbias(?:es)?\s+(?:evaluation|assessment|analysis|audit|testing)\b/i.test(section.title)) continue;
    const a: FairnessAssessment = {};
    for (const block of sectionBlocks(card, section, true)) {
      const m = LABELLED.exec(plainText(block.text));
      if (!m) continue;
      const field = FAIRNESS_LABELS.find(([, re]) => re.test(m[1].trim()))?.[0];
      const value = said(m[2]);
      if (field && value && a[field] === undefined) a[field] = value;
    }
    // A fairness section without labels says what it says as a risk; nothing is guessed into a field.
    if (Object.keys(a).length > 0) {
      assessments.push(a);
      used.add(section);
      for (const n of nestedIn(card, section)) used.add(n);
    }
  }
  return { assessments, sections: used };
}

/** Risks the card names (bias, risks, ethics), each with the recommendations that follow it as its mitigation. */
function ethicalConsiderations(card: ParsedCard | undefined, skip: Set<CardSection>): Risk[] {
  if (!card) return [];
  const risks = sectionTexts(card, 'bias-risks').filter((r) => !skip.has(r.section));
  const recommendations = sectionTexts(card, 'recommendations');
  const out: { at: number; risk: Risk }[] = risks.map((r) => ({ at: r.section.headingRange.startOffset, risk: { name: r.text } }));
  for (const rec of recommendations) {
    const at = rec.section.headingRange.startOffset;
    // The risk it is nested in or follows; recommendations without a risk before them stand alone.
    const owner = [...out].reverse().find((o) => o.at < at && o.risk.mitigationStrategy === undefined);
    if (owner) owner.risk.mitigationStrategy = rec.text;
    else out.push({ at, risk: { mitigationStrategy: rec.text } });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.risk);
}

function findingsOf(result: UnitResult, dir: string): string[] {
  return result.findings.map((f) => `${f.severity} ${f.ruleId} ${pathFrom(dir, f.path)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`);
}

function stringMap(m: ParsedManifest, key: string): { id: string; value: string }[] {
  const v = m.get([key]);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  const out: { id: string; value: string }[] = [];
  for (const [id, value] of Object.entries(v as Record<string, unknown>)) {
    const s = said(value);
    if (s !== undefined) out.push({ id, value: s });
  }
  return out;
}

/** The attestation keys a person confirmed (`true`, or a record of who and when). */
function attestations(m: ParsedManifest): string[] {
  const v = m.get(['attestations']);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v as Record<string, unknown>)
    .filter(([, a]) => a === true || (a !== null && typeof a === 'object'))
    .map(([k]) => k);
}

export function releaseFacts(ctx: UnitContext, result: UnitResult): ReleaseFacts {
  const m = ctx.manifest;
  const dir = dirname(m.path);
  const card = useCard(ctx);
  const front = card?.frontMatter?.data;
  const index = modelIndex(front);
  const artifact = said(m.get(['artifact']));

  const baseModels = union(saidList(m.get(['base_model'])), saidList(front?.base_model));
  // base_model_license speaks of one base model; with several it is not known whose it is.
  const baseLicense = said(m.get(['base_model_license']));

  const documents: UnitDocument[] = [];
  for (const role of ['readme', 'model_card', 'data_card', 'license_file', 'changelog'] as const) {
    const slot = ctx.documents[role];
    if (slot.state === 'ok' && slot.path !== undefined) documents.push({ role, path: pathFrom(dir, slot.path) });
  }

  const fairness = fairnessAssessments(card);
  const safeguards = stringMap(m, 'safeguards');
  return {
    name: said(m.get(['name'])),
    version: said(m.get(['version'])),
    artifact: artifact && ARTIFACTS.includes(artifact) ? (artifact as Artifact) : undefined,
    summary: said(m.get(['intended_use', 'summary'])),
    license: said(m.get(['license'])),
    licenseFile: documents.find((d) => d.role === 'license_file')?.path,
    baseModels: baseModels.map((name) => (baseLicense && baseModels.length === 1 ? { name, license: baseLicense } : { name })),
    datasets: union(saidList(front?.datasets), index.datasets),
    task: said(front?.pipeline_tag) ?? index.tasks[0],
    metrics: cardMetrics(card),
    considerations: {
      users: saidList(m.get(['intended_use', 'users'])),
      useCases: union(saidList(m.get(['intended_use', 'summary'])), statements(card, 'intended-use')),
      outOfScopeUses: union(saidList(m.get(['intended_use', 'out_of_scope'])), statements(card, 'out-of-scope-use')),
      technicalLimitations: union(saidList(m.get(['intended_use', 'limitations'])), statements(card, 'limitations')),
      ethicalConsiderations: ethicalConsiderations(card, fairness.sections),
      fairnessAssessments: fairness.assessments,
      environmental: statements(card, 'environmental-impact'),
    },
    dataset: {
      description: union(statements(card, 'dataset-description'), statements(card, 'motivation')),
      sensitiveData: statements(card, 'personal-information'),
    },
    documents,
    contact: said(m.get(['contact'])),
    release: {
      purpose: said(m.get(['release', 'purpose'])),
      nonCommercial: bool(m.get(['release', 'non_commercial'])),
      weightsPublic: bool(m.get(['release', 'weights_public'])),
      highRiskStatement: said(m.get(['release', 'high_risk_statement'])),
    },
    deployment: {
      role: said(m.get(['deployment', 'role'])),
      contexts: saidList(m.get(['deployment', 'contexts'])),
    },
    safeguards,
    attestations: attestations(m),
    readiness: { status: result.summary.status, score: result.summary.score, findings: findingsOf(result, dir) },
  };
}
