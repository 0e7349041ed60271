// The `manifest` family: the manifest is YAML, a mapping, and matches the JSON Schema of version 1.
// Schema problems come from ../manifest/validate.ts (computed once per manifest); each rule picks its kind.
import type { Finding, Fix, RuleMeta, TextEdit } from '../types';
import type { ParsedManifest, YamlPath } from '../manifest/model';
import { validateManifest, type SchemaIssue } from '../manifest/validate';
import { insertKey, replaceValue, removeKey, yamlScalar } from '../manifest/edit';
import { basename } from '../paths';
import { fileStartRange } from '../text';
import { finding, type Rule, type UnitContext } from './rule';

/** More syntax errors than this are noise: the first ones are what to fix. */
const MAX_SYNTAX_FINDINGS = 20;

function editFix(manifest: ParsedManifest, title: string, edits: TextEdit[], safe: boolean, preferred = false): Fix | undefined {
  if (!edits.length) return undefined;
  const fix: Fix = { title, safe, changes: [{ kind: 'edit', path: manifest.path, edits }] };
  if (preferred) fix.preferred = true;
  return fix;
}

function fixes(...list: (Fix | undefined)[]): Fix[] {
  return list.filter((f): f is Fix => f !== undefined);
}

function isVersionPath(path: YamlPath): boolean {
  return path.length === 1 && path[0] === 'manifest_version';
}

function sourceOf(manifest: ParsedManifest, issue: SchemaIssue): string {
  return manifest.text.slice(issue.range.startOffset, issue.range.endOffset);
}

export const INVALID_YAML: RuleMeta = {
  id: 'manifest-invalid-yaml',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'The release manifest is valid YAML with a single document.',
  fullDescription:
    'The manifest must parse as YAML: a syntax error, a duplicate key, several documents in one file or aliases that expand ' +
    'beyond a safe size stop the check from reading the release. Fix the syntax at the reported place; quote values that ' +
    'contain `: ` or start with a special character, and keep one release unit per manifest.',
};

export const NOT_A_MAPPING: RuleMeta = {
  id: 'manifest-not-a-mapping',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'The release manifest is a mapping of keys to values.',
  fullDescription:
    'The top level of the manifest must be a YAML mapping (`key: value` lines) such as `manifest_version: 1`, `name:` and ' +
    '`artifact:`. An empty file, a list or a single value describes no release. Start from `manifest_version: 1` and the ' +
    'fields of the manifest schema.',
};

export const UNKNOWN_KEY: RuleMeta = {
  id: 'manifest-unknown-key',
  family: 'manifest',
  defaultSeverity: 'warning',
  shortDescription: 'Every key in the manifest is defined by the manifest schema.',
  fullDescription:
    'A key the schema does not define is ignored by every check, so a misspelt `out_of_scop` silently hides the ' +
    'out-of-scope uses it was meant to declare. Rename the key to the one suggested, move it under the right section, or remove it.',
};

export const INVALID_TYPE: RuleMeta = {
  id: 'manifest-invalid-type',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'Each manifest value has the type the schema requires (string, list, mapping, boolean).',
  fullDescription:
    'A value of the wrong type cannot be read by the checks: a single string where a list is expected, a mapping left empty, ' +
    'or an unquoted `1.0` that YAML reads as a number. Write the value in the expected form; quote strings that YAML would ' +
    'read as numbers or booleans.',
};

export const INVALID_VALUE: RuleMeta = {
  id: 'manifest-invalid-value',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'Manifest values are among the allowed values and formats.',
  fullDescription:
    'Fields such as `artifact`, `release.purpose` and `deployment.role` take one of a fixed set of values, and some strings ' +
    'have a format (attestation dates are YYYY-MM-DD). A value outside the set decides nothing: the checks that depend ' +
    'on it cannot run. Use one of the allowed values; the message suggests the closest.',
};

export const MISSING_FIELD: RuleMeta = {
  id: 'manifest-missing-field',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'The manifest has the fields every release needs: manifest_version, name, artifact (and version, license).',
  fullDescription:
    '`manifest_version`, `name` and `artifact` are required: without them the release cannot be identified or checked ' +
    'against the right requirements (a model needs a model card, a dataset a data card). `version` and `license` are ' +
    'strongly recommended and reported as warnings. Add the field; the quick fix inserts it with a sensible value.',
};

export const UNSUPPORTED_VERSION: RuleMeta = {
  id: 'manifest-unsupported-version',
  family: 'manifest',
  defaultSeverity: 'error',
  shortDescription: 'The manifest declares a manifest format version this tool reads (1).',
  fullDescription:
    'The `manifest_version` field says which format the file follows. This version of AI Release Readiness reads format 1; ' +
    'a different or quoted value means the rest of the file may be misread. Write `manifest_version: 1` (a number), or ' +
    'update AI Release Readiness if the manifest was written for a newer format.',
};

function syntaxHint(msg: string): string {
  const tail = 'the release cannot be checked until the manifest parses.';
  if (/unique/i.test(msg)) return `Each key may appear once in a mapping: merge or remove the duplicate; ${tail}`;
  if (/tab/i.test(msg)) return `Indent with spaces, not tabs; ${tail}`;
  return `Fix the YAML syntax here (quote values that contain \`: \` or start with a special character); ${tail}`;
}

const invalidYaml: Rule = {
  meta: INVALID_YAML,
  check(ctx) {
    const m = ctx.manifest;
    const errs = m.syntaxErrors;
    const out = errs.slice(0, MAX_SYNTAX_FINDINGS).map((e) => {
      const msg = e.message.replace(/\s*\.?$/, '');
      const hint = /more than one YAML document|could not be read/.test(msg) ? '' : ` ${syntaxHint(msg)}`;
      return finding(INVALID_YAML, m.path, e.range, `${msg}.${hint}`.replace(/\.\./g, '.'));
    });
    if (errs.length > MAX_SYNTAX_FINDINGS) {
      const last = out[out.length - 1];
      last.message += ` (${errs.length - MAX_SYNTAX_FINDINGS} further syntax errors not shown.)`;
    }
    return out;
  },
};

const notAMapping: Rule = {
  meta: NOT_A_MAPPING,
  check(ctx) {
    const m = ctx.manifest;
    if (m.data || m.syntaxErrors.length) return [];
    const contents = m.doc.contents;
    const isEmpty = contents == null || (contents.range !== undefined && contents.range[0] === contents.range[1]);
    if (isEmpty) {
      const name = basename(ctx.dir);
      const edits = insertKey(m, [], 'manifest_version', '1');
      if (edits.length && name) edits[0] = { ...edits[0], newText: `${edits[0].newText}name: ${yamlScalar(name)}${m.lines.eol}` };
      return [
        finding(NOT_A_MAPPING, m.path, fileStartRange(), 'The manifest is empty. Add at least `manifest_version: 1`, `name:` and `artifact:` (model, dataset, code or application).', {
          fixes: fixes(editFix(m, name ? 'Start the manifest with manifest_version and name' : 'Start the manifest with manifest_version', edits, true, true)),
        }),
      ];
    }
    const bom = m.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const r = contents.range ? m.lines.range(contents.range[0] + bom, contents.range[1] + bom) : fileStartRange();
    const kind = contents && 'items' in contents ? 'a list' : 'a single value';
    return [
      finding(NOT_A_MAPPING, m.path, r, `The manifest is ${kind}, not a mapping of keys. Write it as \`key: value\` lines, starting with \`manifest_version: 1\`, \`name:\` and \`artifact:\`.`),
    ];
  },
};

const unknownKey: Rule = {
  meta: UNKNOWN_KEY,
  check(ctx) {
    const m = ctx.manifest;
    return validateManifest(m)
      .filter((i) => i.kind === 'unknown-key')
      .map((i) => {
        const s = i.suggestions ?? [];
        const rename =
          s.length > 0
            ? editFix(m, `Rename to \`${s[0]}\``, [{ startOffset: i.range.startOffset, endOffset: i.range.endOffset, newText: yamlScalar(s[0]) }], s.length === 1, s.length === 1)
            : undefined;
        const remove = editFix(m, `Remove key \`${String(i.path[i.path.length - 1])}\``, removeKey(m, i.path), false);
        return finding(UNKNOWN_KEY, m.path, i.range, i.message, { fixes: fixes(rename, remove) });
      });
  },
};

const invalidType: Rule = {
  meta: INVALID_TYPE,
  check(ctx) {
    const m = ctx.manifest;
    return validateManifest(m)
      .filter((i) => i.kind === 'type' && !isVersionPath(i.path))
      .map((i) => finding(INVALID_TYPE, m.path, i.range, i.message, { fixes: typeFixes(m, i) }));
  },
};

function typeFixes(m: ParsedManifest, i: SchemaIssue): Fix[] {
  const value = m.get(i.path);
  const src = sourceOf(m, i);
  if (!src || /[\r\n]/.test(src)) return [];
  const expected = i.expected ?? [];
  // Quoting the exact source text keeps `1.0` as "1.0": nothing is lost.
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    return fixes(editFix(m, `Quote the value: ${JSON.stringify(src)}`, [{ startOffset: i.range.startOffset, endOffset: i.range.endOffset, newText: JSON.stringify(src) }], true, true));
  }
  if (expected.includes('array') && typeof value === 'string') {
    const plain = !/^["']/.test(src);
    const item = plain && /[,[\]{}#]/.test(src) ? JSON.stringify(value) : src;
    return fixes(editFix(m, `Make it a one-item list: [${item}]`, [{ startOffset: i.range.startOffset, endOffset: i.range.endOffset, newText: `[${item}]` }], true, true));
  }
  return [];
}

const invalidValue: Rule = {
  meta: INVALID_VALUE,
  check(ctx) {
    const m = ctx.manifest;
    return validateManifest(m)
      .filter((i) => (i.kind === 'enum' || i.kind === 'value' || i.kind === 'const') && !isVersionPath(i.path))
      .map((i) => {
        const out: Fix[] = [];
        if (i.kind === 'enum') {
          const s = i.suggestions ?? [];
          const allowed = (i.allowed ?? []).map(String);
          // One close match is the obvious typo fix; the other values are offered only on request.
          for (const v of s.length ? [s[0], ...allowed.filter((a) => a !== s[0])] : allowed) {
            const f = editFix(m, `Change to \`${v}\``, replaceValue(m, i.path, yamlScalar(v)), s.length === 1 && v === s[0], s.length > 0 && v === s[0]);
            if (f) out.push(f);
          }
        }
        return finding(INVALID_VALUE, m.path, i.range, i.message, { fixes: out });
      });
  },
};

const missingField: Rule = {
  meta: MISSING_FIELD,
  check(ctx) {
    const m = ctx.manifest;
    return validateManifest(m, { includeRecommended: true })
      .filter((i) => i.kind === 'missing')
      .map((i) => finding(MISSING_FIELD, m.path, i.range, i.message, { severity: i.recommended ? 'warning' : 'error', fixes: missingFixes(ctx, i) }));
  },
};

function missingFixes(ctx: UnitContext, i: SchemaIssue): Fix[] {
  const m = ctx.manifest;
  if (i.path.length !== 1) return [];
  const key = String(i.path[0]);
  switch (key) {
    case 'manifest_version':
      return fixes(editFix(m, 'Add `manifest_version: 1`', insertKey(m, [], key, '1', { first: true }), true, true));
    case 'name': {
      const name = basename(ctx.dir);
      return name ? fixes(editFix(m, `Add \`name: ${name}\` (the folder name)`, insertKey(m, [], key, yamlScalar(name)), true, true)) : [];
    }
    case 'version':
      return fixes(editFix(m, 'Add `version: 0.1.0`', insertKey(m, [], key, '0.1.0'), true, true));
    case 'artifact':
      // Which kind it is, only the user knows: offer each, apply none automatically.
      return fixes(...['model', 'dataset', 'code', 'application'].map((v) => editFix(m, `Add \`artifact: ${v}\``, insertKey(m, [], key, v), false)));
    default:
      return [];
  }
}

const unsupportedVersion: Rule = {
  meta: UNSUPPORTED_VERSION,
  check(ctx) {
    const m = ctx.manifest;
    return validateManifest(m)
      .filter((i) => isVersionPath(i.path) && i.kind !== 'missing')
      .map((i): Finding => {
        const value = m.get(i.path);
        const quotedOne = typeof value === 'string' && value.trim() === '1';
        const message = quotedOne
          ? `\`manifest_version\` is the string "${value}"; write it as the number 1: \`manifest_version: 1\`, without quotes.`
          : `\`manifest_version\` is ${value === null ? 'empty' : `\`${sourceOf(m, i)}\``}; this version of AI Release Readiness reads manifest version 1. ` +
            'Set `manifest_version: 1` and check the file against the version 1 fields, or update AI Release Readiness.';
        return finding(UNSUPPORTED_VERSION, m.path, i.range, message, {
          fixes: fixes(editFix(m, 'Set `manifest_version: 1`', replaceValue(m, i.path, '1'), quotedOne, quotedOne)),
        });
      });
  },
};

export const MANIFEST_RULES: Rule[] = [invalidYaml, notAMapping, unknownKey, invalidType, invalidValue, missingField, unsupportedVersion];
