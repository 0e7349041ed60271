// Validates a parsed manifest against the JSON Schema with ajv and places every problem at its
// exact source range: the value for a wrong type or value, the key for an unknown key, the parent's
// key for a missing one. The validator is ajv's compile of the schema, generated ahead of time
// (scripts/generate-validator.mjs): compiling it on the first check cost the editor about 35 ms.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as generatedValidator } from './schemaValidator.generated';
import { distance } from 'fastest-levenshtein';
import type { Range } from '../types';
import type { ParsedManifest, YamlPath } from './model';
import { RecentCache } from '../recent';
import { MANIFEST_SCHEMA, knownKeysAt, pathsDeclaring, schemaAt } from './schema';

export type SchemaIssueKind = 'unknown-key' | 'missing' | 'type' | 'enum' | 'const' | 'value';

export interface SchemaIssue {
  kind: SchemaIssueKind;
  /** Path of the offending value, the unknown key, or the missing key. */
  path: YamlPath;
  range: Range;
  /** What is wrong and how to fix it. */
  message: string;
  /** JSON Schema types expected, for 'type'. */
  expected?: string[];
  /** Allowed values, for 'enum' and 'const'. */
  allowed?: unknown[];
  /** Close known keys or enum values, best first. */
  suggestions?: string[];
  /** For 'missing': the field is recommended (warning), not required by the schema. */
  recommended?: boolean;
}

const validator = generatedValidator as unknown as ValidateFunction;

/** Per manifest; a RecentCache rather than a WeakMap so manifests die young (see ../recent.ts). */
const cache = new RecentCache<ParsedManifest, SchemaIssue[]>();

export interface ValidateOptions {
  /** Also report absent fields the schema recommends (`x-recommended`: version, license) as 'missing' with `recommended: true`. */
  includeRecommended?: boolean;
}

/** Schema problems of a manifest; [] when it has no readable mapping (other rules report that). Cached per manifest. */
export function validateManifest(manifest: ParsedManifest, options: ValidateOptions = {}): SchemaIssue[] {
  let issues = cache.get(manifest);
  if (!issues) {
    issues = manifest.data ? collectIssues(manifest, manifest.data) : [];
    cache.set(manifest, issues);
  }
  return options.includeRecommended ? issues : issues.filter((i) => !i.recommended);
}

function collectIssues(manifest: ParsedManifest, data: Record<string, unknown>): SchemaIssue[] {
  validator(data);
  const issues: SchemaIssue[] = [];
  const typed = new Set<string>();
  const errors = validator.errors ?? [];
  // A value of the wrong type also fails its enum/const/minLength: report only the type.
  for (const e of errors) if (e.keyword === 'type') typed.add(e.instancePath);
  for (const e of errors) {
    if (e.keyword !== 'type' && typed.has(e.instancePath) && e.keyword !== 'additionalProperties' && e.keyword !== 'required') continue;
    const issue = toIssue(manifest, data, e);
    if (issue) issues.push(issue);
  }
  const root = MANIFEST_SCHEMA['x-recommended'] ?? [];
  for (const key of root) {
    if (manifest.has([key])) continue;
    issues.push({
      kind: 'missing',
      path: [key],
      range: rootRange(manifest),
      recommended: true,
      message: `The manifest has no \`${key}\`. ${recommendHint(key)}`,
    });
  }
  issues.sort((a, b) => a.range.startOffset - b.range.startOffset);
  return issues;
}

function recommendHint(key: string): string {
  if (key === 'version') return 'Add `version:` with the release version (e.g. `0.1.0`) so reports and reviewers can tell releases apart.';
  if (key === 'license') return 'Add `license:` with an SPDX expression (e.g. `apache-2.0`), or `other` with `documentation.license_file`.';
  return `Add \`${key}:\`.`;
}

function requiredHint(key: string): string {
  switch (key) {
    case 'manifest_version':
      return 'Add `manifest_version: 1` so tools know which format the file follows.';
    case 'name':
      return 'Add `name:` with the name of the model, dataset or tool.';
    case 'artifact':
      return 'Add `artifact:` with one of model, dataset, code, application.';
    default:
      return `Add \`${key}:\`.`;
  }
}

/** JSON pointer -> YAML path, with numeric segments only where the data holds a list. */
function pointerToPath(data: unknown, pointer: string): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(seg);
      out.push(i);
      cur = cur[i];
    } else {
      out.push(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function dotted(path: YamlPath): string {
  return path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

function rootRange(manifest: ParsedManifest): Range {
  // Findings about the whole manifest sit at its first key; an empty start would be invisible.
  const bom = manifest.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = manifest.valueOffsets([])?.[0] ?? bom;
  const line = manifest.lines.positionAt(start).line;
  return manifest.lines.range(start, manifest.lines.lineEnd(line));
}

function typeName(t: string): string {
  switch (t) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
    case 'integer':
    case 'number':
      return 'a number';
    default:
      return t;
  }
}

function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  return `the number ${String(v)}`;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[-\s.]+/g, '_');
}

function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d === 2 && a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return 1;
  }
  return d;
}

/** Candidates close enough to be what the user meant, best first. */
export function closeMatches(word: string, candidates: readonly string[]): string[] {
  const w = norm(word);
  // Tight enough that `code` is not offered for `modle`; a swap of two letters counts as one typo.
  const limit = Math.max(1, Math.floor(w.length / 4));
  return candidates
    // A cut-off word (`deploy` for `deployer`) is as likely a slip as a typo.
    .map((c) => ({ c, d: w.length >= 4 && norm(c).startsWith(w) ? 1 : typoDistance(w, norm(c)) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1))
    .map((x) => x.c);
}

function toIssue(manifest: ParsedManifest, data: unknown, e: ErrorObject): SchemaIssue | undefined {
  const at = pointerToPath(data, e.instancePath);
  const value = manifest.get(at);
  const where = at.length ? `\`${dotted(at)}\`` : 'The manifest';
  const valueRange = (): Range => {
    const r = manifest.valueRange(at);
    // `key:` with nothing after it has an empty value range: point at the key instead.
    return r && r.endOffset > r.startOffset ? r : (manifest.keyRange(at) ?? manifest.rangeFor(at));
  };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const path = [...at, key];
      const siblings = new Set(Object.keys((value as Record<string, unknown>) ?? {}));
      const known = knownKeysAt(at).filter((k) => !siblings.has(k));
      const suggestions = closeMatches(key, known);
      let hint: string;
      if (suggestions.length) hint = `Did you mean \`${suggestions[0]}\`? Rename the key, or remove it.`;
      else {
        const homes = pathsDeclaring(key).filter((p) => p.join('.') !== at.join('.'));
        hint = homes.length
          ? `It belongs under \`${homes[0].length ? homes[0].join('.') : 'the top level'}\`: move it there.`
          : `Known keys here: ${knownKeysAt(at).map((k) => `\`${k}\``).join(', ')}. Rename or remove it.`;
      }
      return {
        kind: 'unknown-key',
        path,
        range: manifest.keyRange(path) ?? manifest.rangeFor(path),
        suggestions,
        message: `Unknown key \`${key}\`${at.length ? ` in \`${dotted(at)}\`` : ''}; the manifest schema (version 1) does not define it. ${hint}`,
      };
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      const path = [...at, key];
      const range = at.length ? (manifest.keyRange(at) ?? manifest.rangeFor(at)) : rootRange(manifest);
      return {
        kind: 'missing',
        path,
        range,
        message: at.length
          ? `${where} has no \`${key}\`, which it requires. Add \`${key}:\` under \`${dotted(at)}\`.`
          : `The manifest has no \`${key}\`, which it requires. ${requiredHint(key)}`,
      };
    }
    case 'type': {
      const t = (e.params as { type: string | string[] }).type;
      const expected = Array.isArray(t) ? t : [t];
      const wanted = expected.map(typeName).join(' or ');
      let hint = `Write ${wanted} here.`;
      if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean'))
        hint = `YAML reads the unquoted value as ${typeof value === 'number' ? 'a number' : 'a boolean'}: put it in quotes.`;
      else if (expected.includes('array') && typeof value === 'string') hint = 'Make it a list: `[item]`, or one `- item` per line.';
      else if (value === null) hint = `Fill it in with ${wanted}, or remove the key.`;
      return {
        kind: 'type',
        path: at,
        range: valueRange(),
        expected,
        message: `${where} must be ${wanted}, but it is ${describeValue(value)}. ${hint}`,
      };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const suggestions = typeof value === 'string' ? closeMatches(value, allowed.map(String)) : [];
      const list = allowed.map((v) => `\`${String(v)}\``).join(', ');
      return {
        kind: 'enum',
        path: at,
        range: valueRange(),
        allowed,
        suggestions,
        message: `${where} is ${describeValue(value)}, which is not one of ${list}.${suggestions.length ? ` Did you mean \`${suggestions[0]}\`?` : ` Use one of them.`}`,
      };
    }
    case 'const': {
      const allowed = [(e.params as { allowedValue: unknown }).allowedValue];
      return {
        kind: 'const',
        path: at,
        range: valueRange(),
        allowed,
        message: `${where} is ${describeValue(value)}; it must be \`${String(allowed[0])}\`.`,
      };
    }
    case 'not':
      return {
        kind: 'value',
        path: at,
        range: valueRange(),
        message: `${where} is false; an attestation records something a person confirmed. Set it to \`{by: name, date: YYYY-MM-DD}\` or \`true\`, or remove it.`,
      };
    case 'minLength':
      return { kind: 'value', path: at, range: valueRange(), message: `${where} is empty. Fill it in, or remove the key.` };
    case 'pattern': {
      const hint = at[at.length - 1] === 'date' ? 'Write the date as YYYY-MM-DD, e.g. 2025-01-31.' : `It must match ${String((e.params as { pattern: string }).pattern)}.`;
      return { kind: 'value', path: at, range: valueRange(), message: `${where} is ${describeValue(value)}, which is not valid. ${hint}` };
    }
    default: {
      const s = schemaAt(at);
      return {
        kind: 'value',
        path: at,
        range: valueRange(),
        message: `${where} ${e.message ?? 'is not valid'}.${s?.description ? ` Expected: ${s.description}` : ''}`,
      };
    }
  }
}
