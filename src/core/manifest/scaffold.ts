// Builds the text of a new release manifest from a few answers (the "Create Release Manifest" pick).
// Pure: the extension asks the questions, writes the file and opens it.
import type { DomainCatalogue, SafeguardId } from '../catalogue/model';
import { yamlScalar } from './edit';

export type ArtifactKind = 'model' | 'dataset' | 'code' | 'application';
export type ReleasePurpose = 'research' | 'general' | 'commercial';

export const ARTIFACT_KINDS: readonly { id: ArtifactKind; description: string }[] = [
  { id: 'model', description: 'Trained weights, with a model card' },
  { id: 'dataset', description: 'A dataset, with a data card' },
  { id: 'code', description: 'A library or tool for building AI systems' },
  { id: 'application', description: 'A system people use directly' },
];

export const RELEASE_PURPOSES: readonly { id: ReleasePurpose; description: string }[] = [
  { id: 'research', description: 'Released for research; may qualify for the research safe harbor' },
  { id: 'general', description: 'General-purpose release for anyone to build on' },
  { id: 'commercial', description: 'Released as, or inside, a commercial offering' },
];

/** The deployment context a research-only release declares. */
export const RESEARCH_CONTEXT = 'research';

export interface ScaffoldOptions {
  /** Release name; usually the folder name. */
  name: string;
  version?: string;
  artifact: ArtifactKind;
  purpose: ReleasePurpose;
  /** Only meaningful for research releases. */
  nonCommercial?: boolean;
  /** Catalogue domain ids or aliases, and/or "research". */
  contexts: string[];
  license?: string;
}

const SAFEGUARD_COMMENTS: Record<SafeguardId, string> = {
  human_oversight: 'who can review, override or stop the system, and how',
  risk_assessment: 'path to the risk assessment, e.g. docs/risk.md',
  bias_evaluation: 'path to the bias / fairness evaluation, e.g. docs/bias.md',
  logging: 'what is logged to trace decisions, and how long it is kept',
  incident_contact: 'e-mail or URL where incidents and misuse can be reported',
  deployer_instructions: 'path to instructions for those who deploy it, e.g. docs/deployers.md',
  data_governance: 'where the training data comes from and how it was checked',
  accuracy_metrics: 'path to accuracy / robustness results, e.g. docs/evaluation.md',
};
const SAFEGUARD_ORDER = Object.keys(SAFEGUARD_COMMENTS) as SafeguardId[];

/** Safeguards the declared contexts require, in a stable order; empty when none is high-risk. */
export function requiredSafeguards(contexts: readonly string[], catalogue: DomainCatalogue): SafeguardId[] {
  const needed = new Set<SafeguardId>();
  for (const c of contexts) {
    const d = catalogue.domainFor(c);
    if (d && d.tier !== 'transparency') for (const s of d.requiredSafeguards) needed.add(s);
    // Even a transparency-tier domain needs someone to report problems to.
    if (d) needed.add('incident_contact');
  }
  return SAFEGUARD_ORDER.filter((s) => needed.has(s));
}

function documentationLines(artifact: ArtifactKind): string[] {
  const lines = ['documentation:                 # paths relative to this file', '  readme: README.md'];
  if (artifact === 'model') lines.push('  model_card: MODEL_CARD.md     # or the Hugging Face card in README.md');
  if (artifact === 'dataset') lines.push('  data_card: DATA_CARD.md');
  lines.push('  license_file: LICENSE', '  changelog: CHANGELOG.md');
  return lines;
}

/** Text of a new release-manifest.yaml. Every value the user must still write is empty and commented. */
export function scaffoldManifest(opts: ScaffoldOptions, catalogue: DomainCatalogue): string {
  const contexts = opts.contexts.length > 0 ? [...new Set(opts.contexts)] : [RESEARCH_CONTEXT];
  const highRisk = contexts.filter((c) => catalogue.domainFor(c) !== undefined);
  const researchOnly = opts.purpose === 'research' && highRisk.length === 0;
  const role = opts.artifact === 'application' ? 'deployer' : 'developer';
  const out: string[] = [
    '# Release manifest: what this release is for, what it is not for, and who answers for it.',
    '# Checked by AI Release Readiness (VS Code extension and `release-readiness` CLI).',
    'manifest_version: 1',
    `name: ${yamlScalar(opts.name)}`,
    `version: ${yamlScalar(opts.version ?? '0.1.0')}`,
    `artifact: ${opts.artifact}                # model | dataset | code | application`,
    `license: ${yamlScalar(opts.license ?? 'apache-2.0')}            # SPDX expression`,
    'release:',
    `  purpose: ${opts.purpose}            # research | general | commercial`,
  ];
  if (opts.purpose === 'research') {
    out.push(`  non_commercial: ${opts.nonCommercial === true ? 'true' : 'false'}`);
    // The research safe harbor needs this statement; a release that declares a high-risk context cannot make it.
    if (researchOnly) out.push('  high_risk_statement: Not intended for deployment in high-risk settings.');
  }
  out.push(...documentationLines(opts.artifact));
  out.push(
    'intended_use:',
    '  summary: ""                  # one or two sentences: what it does and for whom',
    '  users: []                    # e.g. [researchers, developers]',
    '  out_of_scope:                # uses you do not support',
  );
  if (researchOnly) out.push('    - deployment in high-risk settings (healthcare, hiring, credit, law enforcement)');
  else out.push('    - ""                         # e.g. medical diagnosis or triage');
  out.push('  limitations: []              # e.g. [English only]');
  out.push(
    'deployment:',
    `  role: ${role}              # developer | modifier | deployer: who answers for what`,
    `  contexts: [${contexts.map(yamlScalar).join(', ')}]`,
  );
  const safeguards = requiredSafeguards(contexts, catalogue);
  if (safeguards.length > 0) {
    const titles = highRisk.map((c) => catalogue.domainFor(c)?.title ?? c).join(', ');
    out.push(`# Required because of the high-risk contexts above (${titles}): fill in each one.`);
    out.push('safeguards:');
    for (const s of safeguards) out.push(`  ${s}: ""`.padEnd(30) + ` # ${SAFEGUARD_COMMENTS[s]}`);
  }
  out.push('attestations: {}               # manual checklist items a person confirmed (ticked in the sidebar)');
  return `${out.join('\n')}\n`;
}
