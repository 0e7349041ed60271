// Tool identity for reports, SARIF and the AI BOM, taken from package.json: its `version`, and its `repository`
// for every web link (the project page, the rule pages). The JSON import is resolved when the code is built
// (esbuild inlines the two fields; tsc emits the file beside the compiled tests), so the core reads no file at
// run time and stays browser-safe. To point the links at a fork, change package.json's `repository` only.
import { repository, version } from '../../package.json';

export const TOOL_NAME = 'AI Release Readiness';
export const TOOL_ID = 'release-readiness';
export const TOOL_VERSION: string = version;

/** package.json's `repository`: a URL, a shorthand (`github:owner/name`, `owner/name`) or `{ url, directory }`. */
export type RepositoryField = string | { type?: string; url: string; directory?: string };

const HOSTS: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };

/**
 * The browsable https URL of a package.json `repository` field, without a trailing slash:
 * `git+https://github.com/o/r.git`, `git@github.com:o/r.git`, `git://github.com/o/r`, `github:o/r` and `o/r`
 * all give `https://github.com/o/r`.
 */
export function repositoryWebUrl(field: RepositoryField): string {
  const raw = (typeof field === 'string' ? field : field.url).trim();
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  let url = shorthand
    ? `https://${HOSTS[shorthand[1] ?? 'github']}/${shorthand[2]}`
    : raw
        .replace(/^git\+/, '')
        .replace(/^git@([^:/]+):/, 'https://$1/')
        .replace(/^(?:git|ssh|http):\/\/(?:[^@/]+@)?/, 'https://');
  url = url.replace(/\/+$/, '').replace(/\.git$/, '');
  return url;
}

/**
 * The base URL of the rule pages (docs/rules/<id>.md on the default branch) for a `repository` field; a
 * monorepo's `directory` is honoured.
 */
export function ruleDocsBase(field: RepositoryField): string {
  const dir = typeof field === 'string' ? '' : (field.directory ?? '').replace(/^\/+|\/+$/g, '');
  return `${repositoryWebUrl(field)}/blob/main/${dir ? `${dir}/` : ''}docs/rules/`;
}

/** package.json's `repository`: the one place that says where the project lives. */
export const TOOL_REPOSITORY: RepositoryField = repository;
export const TOOL_INFORMATION_URI = repositoryWebUrl(TOOL_REPOSITORY);
