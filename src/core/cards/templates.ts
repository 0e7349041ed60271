// Markdown templates for fixes: whole documents created when missing, and single sections inserted
// into a card. Both are prefilled with what the manifest already states; where it states nothing the
// template leaves "[More Information Needed]", so the gap stays visible (doc-section-empty) instead of
// being papered over with words nobody wrote.
import type { ParsedManifest } from '../manifest/model';
import type { CardConcept } from './model';
import { CONCEPT_HEADINGS, type CardKind } from './concepts';
import { isPlaceholderText } from './placeholders';

export const MORE_INFO = '[More Information Needed]';

/** What templates take from a manifest; placeholders in the manifest count as absent. */
export interface ManifestFacts {
  name: string | undefined;
  version: string | undefined;
  artifact: string | undefined;
  license: string | undefined;
  baseModel: string[];
  summary: string | undefined;
  users: string[];
  outOfScope: string[];
  limitations: string[];
  contexts: string[];
}

function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  return s === '' || isPlaceholderText(s) ? undefined : s;
}

function list(v: unknown): string[] {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return items.map(str).filter((s): s is string => s !== undefined);
}

export function manifestFacts(m: ParsedManifest): ManifestFacts {
  return {
    name: str(m.get(['name'])),
    version: str(m.get(['version'])),
    artifact: str(m.get(['artifact'])),
    license: str(m.get(['license'])),
    baseModel: list(m.get(['base_model'])),
    summary: str(m.get(['intended_use', 'summary'])),
    users: list(m.get(['intended_use', 'users'])),
    outOfScope: list(m.get(['intended_use', 'out_of_scope'])),
    limitations: list(m.get(['intended_use', 'limitations'])),
    contexts: list(m.get(['deployment', 'contexts'])),
  };
}

/** A YAML scalar for front matter: plain when safe, JSON-quoted otherwise. */
function yamlScalar(s: string): string {
  return /^[A-Za-z0-9][\w.\-/+]*$/.test(s) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(s) ? s : JSON.stringify(s);
}

/** Hugging Face writes SPDX ids in lower case; an expression or a custom license becomes `other`. */
export function hfLicenseId(license: string | undefined): string | undefined {
  if (!license) return undefined;
  return /^[A-Za-z0-9.\-+]+$/.test(license) && !/^LicenseRef-/i.test(license) ? license.toLowerCase() : 'other';
}

function bullets(items: readonly string[]): string[] {
  return items.map((i) => `- ${i}`);
}

/** Guidance shown (as an HTML comment, invisible when rendered) in inserted and created sections. */
const GUIDANCE: Partial<Record<CardConcept, string>> = {
  'intended-use': 'What the release is for and who is expected to use it; name the foreseeable users and those affected.',
  'out-of-scope-use': 'Uses the release is not intended for or will not work well for, including misuse and high-risk settings it does not claim.',
  'bias-risks': 'Known biases, risks and technical limitations, and what users should do about them.',
  limitations: 'Known technical limitations and conditions under which results are unreliable.',
  'training-data': 'The data the model was trained on; link its data card.',
  evaluation: 'How the model was evaluated: testing data, factors, metrics and results.',
  'dataset-description': 'What the dataset contains, who curated it, its languages and license.',
  'dataset-structure': 'Fields, splits and how instances are organised.',
  composition: 'What the instances represent, how many there are, and whether they include sensitive data.',
  'collection-process': 'How the data was collected and processed, and who produced it.',
  'personal-information': 'Whether the data contains personal or sensitive information, and how it was handled (consent, anonymisation).',
  motivation: 'Why the dataset was created and who funded it.',
};

/**
 * The order of sections in a card of each kind, as the Hugging Face templates put them (concepts of other
 * templates - Mitchell-style cards, Datasheets - where they fit): a section a fix adds goes where the
 * template puts it. The cards created below follow it; concepts not listed have no place of their own.
 */
export const SECTION_ORDER: Readonly<Record<CardKind, readonly CardConcept[]>> = {
  'model-card': [
    'model-details',
    'intended-use',
    'out-of-scope-use',
    'bias-risks',
    'limitations',
    'recommendations',
    'training-data',
    'training-procedure',
    'evaluation',
    'environmental-impact',
    'license',
    'citation',
    'contact',
  ],
  'dataset-card': [
    'dataset-description',
    'intended-use',
    'out-of-scope-use',
    'dataset-structure',
    'composition',
    'motivation',
    'collection-process',
    'preprocessing',
    'personal-information',
    'bias-risks',
    'limitations',
    'recommendations',
    'distribution',
    'maintenance',
    'license',
    'citation',
    'contact',
  ],
};

/** The manifest's statement for a concept, as Markdown lines; empty when the manifest says nothing. */
function statementFor(concept: CardConcept, f: ManifestFacts): string[] {
  switch (concept) {
    case 'intended-use':
    case 'dataset-description': {
      const out: string[] = [];
      if (f.summary) out.push(f.summary);
      if (concept === 'intended-use' && f.users.length) out.push('', `Intended users: ${f.users.join(', ')}.`);
      return out;
    }
    case 'out-of-scope-use':
      return f.outOfScope.length ? ['This release is not intended for:', '', ...bullets(f.outOfScope)] : [];
    case 'bias-risks':
    case 'limitations':
      return f.limitations.length ? ['Known limitations:', '', ...bullets(f.limitations)] : [];
    default:
      return [];
  }
}

/** The manifest's statement for a concept as Markdown, lines joined with `eol`; undefined when the manifest says nothing. */
export function manifestStatement(concept: CardConcept, facts: ManifestFacts, eol = '\n'): string | undefined {
  const lines = statementFor(concept, facts);
  return lines.length ? lines.join(eol) : undefined;
}

/**
 * One section to append to a card: heading at `level`, a guidance comment, then the manifest's statement
 * or "[More Information Needed]". Lines are joined with `eol`; the result ends with `eol`.
 */
export function sectionTemplate(concept: CardConcept, level: number, facts: ManifestFacts, eol = '\n'): string {
  const body = statementFor(concept, facts);
  const lines = [`${'#'.repeat(Math.max(1, Math.min(6, level)))} ${CONCEPT_HEADINGS[concept]}`, ''];
  const guide = GUIDANCE[concept];
  if (guide) lines.push(`<!-- ${guide} -->`, '');
  lines.push(...(body.length ? body : [MORE_INFO]));
  return lines.join(eol) + eol;
}

function frontMatter(entries: [string, string | string[] | undefined][]): string[] {
  const out = ['---'];
  for (const [k, v] of entries) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (Array.isArray(v)) out.push(v.length === 1 ? `${k}: ${yamlScalar(v[0])}` : `${k}:`, ...(v.length === 1 ? [] : v.map((i) => `  - ${yamlScalar(i)}`)));
    else out.push(`${k}: ${yamlScalar(v)}`);
  }
  out.push('---', '');
  return out;
}

function section(concept: CardConcept, level: number, f: ManifestFacts): string[] {
  return sectionTemplate(concept, level, f).split('\n');
}

/** A Hugging Face style model card (front matter + the template's headings). */
export function modelCardTemplate(f: ManifestFacts, eol = '\n'): string {
  const lic = hfLicenseId(f.license);
  const lines = [
    ...frontMatter([
      ['license', lic],
      ['license_name', lic === 'other' ? f.license : undefined],
      ['base_model', f.baseModel],
    ]),
    `# Model Card for ${f.name ?? 'this model'}`,
    '',
    '## Model Details',
    '',
    ...(f.version ? [`- **Version:** ${f.version}`] : []),
    `- **License:** ${f.license ?? MORE_INFO}`,
    ...(f.baseModel.length ? [`- **Finetuned from model:** ${f.baseModel.join(', ')}`] : []),
    ...(f.contexts.length ? [`- **Deployment contexts:** ${f.contexts.join(', ')}`] : []),
    '',
    ...section('intended-use', 2, f),
    ...section('out-of-scope-use', 2, f),
    ...section('bias-risks', 2, f),
    ...section('training-data', 2, f),
    ...section('evaluation', 2, f).slice(0, -1),
  ];
  return lines.join(eol) + eol;
}

/** A Hugging Face style dataset card. */
export function datasetCardTemplate(f: ManifestFacts, eol = '\n'): string {
  const lic = hfLicenseId(f.license);
  const lines = [
    ...frontMatter([
      ['license', lic],
      ['license_name', lic === 'other' ? f.license : undefined],
      ['pretty_name', f.name],
    ]),
    `# Dataset Card for ${f.name ?? 'this dataset'}`,
    '',
    ...section('dataset-description', 2, f),
    ...section('intended-use', 2, f),
    ...section('out-of-scope-use', 2, f),
    ...section('dataset-structure', 2, f),
    ...section('collection-process', 2, f),
    ...section('personal-information', 2, f),
    ...section('bias-risks', 2, f).slice(0, -1),
  ];
  return lines.join(eol) + eol;
}

export function readmeTemplate(f: ManifestFacts, eol = '\n'): string {
  const lines = [`# ${f.name ?? 'Project'}`, '', f.summary ?? MORE_INFO, ''];
  if (f.version) lines.push(`Version ${f.version}.`, '');
  lines.push('## Intended use', '', f.summary ?? MORE_INFO, '');
  if (f.users.length) lines.push(`Intended users: ${f.users.join(', ')}.`, '');
  lines.push('## Out-of-scope use', '', ...(f.outOfScope.length ? bullets(f.outOfScope) : [MORE_INFO]), '');
  if (f.limitations.length) lines.push('## Limitations', '', ...bullets(f.limitations), '');
  lines.push('## License', '', f.license ? `Licensed under ${f.license}; see the LICENSE file.` : MORE_INFO);
  return lines.join(eol) + eol;
}

/** Keep a Changelog (https://keepachangelog.com/en/1.1.0/). `date` is YYYY-MM-DD; injected so output is reproducible. */
export function changelogTemplate(f: ManifestFacts, date: string, eol = '\n'): string {
  const lines = [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    '',
    '## [Unreleased]',
  ];
  if (f.version) lines.push('', `## [${f.version}] - ${date}`, '', '### Added', '', `- Initial release of ${f.name ?? 'this project'}.`);
  return lines.join(eol) + eol;
}

/** SPDX ids of a license expression, without operators and parentheses. */
export function spdxIds(expression: string): string[] {
  return expression
    .split(/\s+(?:AND|OR|WITH)\s+|[()\s]+/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A pointer to the license, never the license text itself: embedding legal texts from memory risks
 * shipping a wrong one. The user replaces it with the official text.
 */
export function licenseTemplate(f: ManifestFacts, eol = '\n'): string {
  const ids = f.license ? spdxIds(f.license).filter((id) => !/^(?:other|unknown|NOASSERTION|NONE)$/i.test(id) && !/^LicenseRef-/i.test(id)) : [];
  if (!f.license || ids.length === 0) {
    return ['This release uses a custom license.', '', 'Replace this text with the full license terms.'].join(eol) + eol;
  }
  const lines = [`Licensed under ${f.license}.`, ''];
  for (const id of ids) lines.push(`See https://spdx.org/licenses/${id}.html for the full text of ${id}.`);
  lines.push('', 'Replace this file with the official license text before publishing.');
  return lines.join(eol) + eol;
}

export function cardTemplate(kind: CardKind, f: ManifestFacts, eol = '\n'): string {
  return kind === 'model-card' ? modelCardTemplate(f, eol) : datasetCardTemplate(f, eol);
}
