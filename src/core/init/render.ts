// Writes an InitDraft as release-manifest.yaml text: each inferred value with a comment saying where it
// came from, each open question as a "QUESTION:" comment where its key goes, commented out so the draft
// stays valid until the user answers.
import { yamlScalar } from '../manifest/edit';
import type { DocumentRole } from '../rules/rule';
import { CONVENTIONAL_PATHS } from '../rules/documentationRules';
import type { InitDraft, Inferred } from './infer';

const DOC_ROLES: readonly DocumentRole[] = ['readme', 'model_card', 'data_card', 'license_file', 'changelog'];
const MAX_LINE = 110;

/** A comment: one line, no line breaks, so it cannot end early. */
function comment(text: string): string {
  return `# ${text.replace(/\s+/g, ' ').trim()}`;
}

/** `key: value  # from source`, or the comment above when the line would be long. */
function scalarLine(indent: string, key: string, v: Inferred<string | boolean>, out: string[]): void {
  const value = typeof v.value === 'boolean' ? String(v.value) : yamlScalar(v.value);
  const from = comment(`${v.source}${v.note ? `. ${v.note}` : ''}`);
  const line = `${indent}${key}: ${value}`;
  if (line.length + from.length + 2 <= MAX_LINE) out.push(`${line}  ${from}`);
  else out.push(`${indent}${from}`, line);
}

function listLines(indent: string, key: string, v: Inferred<string[]>, out: string[]): void {
  const from = comment(`${v.source}${v.note ? `. ${v.note}` : ''}`);
  if (v.value.every((x) => x.length <= 40) && v.value.length <= 6) {
    const line = `${indent}${key}: [${v.value.map((x) => yamlScalar(x)).join(', ')}]`;
    if (line.length + from.length + 2 <= MAX_LINE) out.push(`${line}  ${from}`);
    else out.push(`${indent}${from}`, line);
  } else {
    out.push(`${indent}${from}`, `${indent}${key}:`);
    for (const x of v.value) out.push(`${indent}  - ${yamlScalar(x)}`);
  }
}

function question(indent: string, key: string, draft: InitDraft, path: string, hint: string, out: string[]): void {
  const q = draft.questions.get(path);
  if (!q) return;
  out.push(`${indent}${comment(`QUESTION: ${q}`)}`, `${indent}# ${key}: ${hint}`);
}

/** The draft manifest's text. */
export function renderDraft(draft: InitDraft, catalogueVersion?: string): string {
  const out: string[] = [
    '# Release manifest drafted by `release-readiness init` from the files in this folder.',
    '# Each value says where it came from; each QUESTION is yours to answer (uncomment the line below it).',
    '# Nothing here was invented: review it, then run `release-readiness check`.',
    'manifest_version: 1',
  ];
  scalarLine('', 'name', draft.name, out);
  if (draft.version) scalarLine('', 'version', draft.version, out);
  else question('', 'version', draft, 'version', '1.0.0', out);
  if (draft.artifact) scalarLine('', 'artifact', draft.artifact, out);
  else question('', 'artifact', draft, 'artifact', 'model | dataset | code | application', out);
  if (draft.license) {
    scalarLine('', 'license', draft.license, out);
    const q = draft.questions.get('license');
    if (q) out.push(comment(`QUESTION: ${q}`));
  } else question('', 'license', draft, 'license', 'Apache-2.0', out);
  if (draft.baseModel) listLines('', 'base_model', draft.baseModel, out);
  if (draft.datasets) listLines('', 'datasets', draft.datasets, out);
  if (draft.language) listLines('', 'language', draft.language, out);
  if (draft.task) listLines('', 'task', draft.task, out);

  // release: only non_commercial can be read from the folder; the purpose is a person's answer or a question.
  if (draft.nonCommercial || draft.purpose) {
    out.push('release:');
    if (draft.purpose) scalarLine('  ', 'purpose', draft.purpose, out);
    else question('  ', 'purpose', draft, 'release.purpose', 'research | general | commercial', out);
    if (draft.nonCommercial) scalarLine('  ', 'non_commercial', draft.nonCommercial, out);
  } else {
    out.push(comment(`QUESTION: ${draft.questions.get('release.purpose') ?? 'What is the release for?'}`));
    out.push('# release:', '#   purpose: research | general | commercial', '#   non_commercial: true | false');
  }

  out.push('documentation:                 # paths relative to this file');
  for (const role of DOC_ROLES) {
    const d = draft.documentation[role];
    if (d) scalarLine('  ', role, d, out);
    else question('  ', role, draft, `documentation.${role}`, CONVENTIONAL_PATHS[role], out);
  }

  const iu: string[] = [];
  if (draft.summary) scalarLine('  ', 'summary', draft.summary, iu);
  else question('  ', 'summary', draft, 'intended_use.summary', '""', iu);
  question('  ', 'users', draft, 'intended_use.users', '[researchers, developers]', iu);
  if (draft.outOfScope) listLines('  ', 'out_of_scope', draft.outOfScope, iu);
  else question('  ', 'out_of_scope', draft, 'intended_use.out_of_scope', '[medical diagnosis or triage]', iu);
  if (draft.limitations) listLines('  ', 'limitations', draft.limitations, iu);
  else question('  ', 'limitations', draft, 'intended_use.limitations', '[English only]', iu);
  if (iu.some((l) => !l.trimStart().startsWith('#'))) out.push('intended_use:', ...iu);
  else out.push('# intended_use:', ...iu);

  // deployment: filled in only with contexts a person confirmed; otherwise the card's words are offered as evidence.
  const suggestions = draft.contexts.filter((c) => !draft.confirmedContexts?.value.includes(c.context));
  out.push(comment(`QUESTION: ${draft.questions.get('deployment.role')}`));
  if (draft.confirmedContexts) {
    out.push('deployment:', '  # role: developer | modifier | deployer');
    listLines('  ', 'contexts', draft.confirmedContexts, out);
    for (const c of suggestions) out.push(`  #   - ${c.context}`.padEnd(28) + ` ${comment(`not confirmed; ${c.title}: "${c.evidence}" (${c.source})`)}`);
    const q = draft.questions.get('safeguards');
    if (q) out.push(comment(`QUESTION: ${q}`));
  } else {
    out.push(comment(`QUESTION: ${draft.questions.get('deployment.contexts')}`));
    out.push('# deployment:', '#   role: developer | modifier | deployer');
    if (suggestions.length) {
      out.push('#   contexts:');
      for (const c of suggestions) {
        out.push(`#     - ${c.context}`.padEnd(28) + ` ${comment(`${c.title}: "${c.evidence}" (${c.source})`)}`);
      }
      if (catalogueVersion) out.push(`#   (suggested with domain catalogue ${catalogueVersion}; a high-risk context requires safeguards: see release-readiness check)`);
    } else out.push('#   contexts: [research]');
  }
  return `${out.join('\n')}\n`;
}

