// Suppression comments, ESLint style, in the manifest (YAML `#`) and in Markdown documents (`<!-- -->`):
//   # release-readiness-disable-next-line rule-a, rule-b      the next line (a whole block scalar when that line opens one)
//   key: value  # release-readiness-disable-line rule-a        this line
//   # release-readiness-disable rule-a                        the whole release unit (manifest) / the whole file (Markdown)
// No rule id means every rule. Text after " -- " is a free-form reason.
// In YAML only real comments count: the text is tokenised by the yaml library's lexer, so a directive
// written inside a value (a quoted or block scalar, or `foo#release-readiness-...` without the space
// that starts a comment) is part of that value and suppresses nothing.
import { Lexer } from 'yaml';
import type { Finding, TextEdit } from '../types';
import { LineIndex } from '../text';

const ALL = '*';

export interface Suppressions {
  /** Rule ids (or '*') disabled for the whole file. */
  file: Set<string>;
  /** Zero-based line -> rule ids (or '*') disabled on it. */
  lines: Map<number, Set<string>>;
}

type Directive = 'disable' | 'disable-line' | 'disable-next-line';

const YAML_DIRECTIVE = /^#\s*release-readiness-(disable-next-line|disable-line|disable)(?![\w-])(.*)$/;
const MD_DIRECTIVE = /<!--\s*release-readiness-(disable-next-line|disable-line|disable)(?![\w-])([\s\S]*?)-->/g;
const BLOCK_SCALAR_OPENER = /(?:^|[\s:-])[|>][+-]?\d*[+-]?\s*(?:#.*)?$/;

function ruleIds(rest: string): string[] {
  const ids = rest.split(/\s+--(?:\s|$)/)[0].split(/[\s,]+/).filter((s) => /^[A-Za-z0-9][\w-]*$/.test(s));
  return ids.length > 0 ? ids : [ALL];
}

function add(map: Map<number, Set<string>>, line: number, ids: string[]): void {
  let set = map.get(line);
  if (!set) map.set(line, (set = new Set()));
  for (const id of ids) set.add(id);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Lines covered by a directive aimed at `line`: that line, plus the body of a block scalar it opens. */
function targetLines(lines: readonly string[], line: number): number[] {
  const out = [line];
  const text = lines[line];
  if (text === undefined || !BLOCK_SCALAR_OPENER.test(text.trimEnd())) return out;
  const indent = indentOf(text);
  for (let i = line + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() !== '' && indentOf(l) <= indent) break;
    out.push(i);
  }
  return out;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Lexer tokens that stand for structure, not for source text: they take no room in the text. */
const NON_SOURCE_TOKENS = new Set(['\x02', '\x18', '\x1f']);

/** The comments of YAML text[from, to) as the yaml library's lexer reads them, with their offsets in `text`. */
function yamlComments(text: string, from: number, to: number): { offset: number; source: string }[] {
  const out: { offset: number; source: string }[] = [];
  let offset = from;
  for (const token of new Lexer().lex(text.slice(from, to))) {
    if (NON_SOURCE_TOKENS.has(token)) continue;
    if (token.startsWith('#') && token.includes('release-readiness-disable')) out.push({ offset, source: token });
    offset += token.length;
  }
  return out;
}

/** Directives in the YAML comments of text[from, to); `lines` and `idx` are of the whole text. */
function scanYamlComments(text: string, from: number, to: number, lines: readonly string[], idx: LineIndex, s: Suppressions): void {
  for (const c of yamlComments(text, from, to)) {
    const m = YAML_DIRECTIVE.exec(c.source);
    if (!m) continue;
    const ids = ruleIds(m[2]);
    const d = m[1] as Directive;
    const line = idx.positionAt(c.offset).line;
    if (d === 'disable') for (const id of ids) s.file.add(id);
    else if (d === 'disable-line') add(s.lines, line, ids);
    else for (const t of targetLines(lines, line + 1)) add(s.lines, t, ids);
  }
}

export function parseYamlSuppressions(text: string): Suppressions {
  const s: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('release-readiness-disable')) return s;
  scanYamlComments(text, 0, text.length, splitLines(text), new LineIndex(text), s);
  return s;
}

/** Lines [1, end) of a Markdown front-matter block, or undefined. */
function frontMatterLines(lines: readonly string[]): [number, number] | undefined {
  if (lines[0]?.replace(/^\uFEFF/, '').trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return [1, i];
  return undefined;
}

export function parseMarkdownSuppressions(text: string): Suppressions {
  const s: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('release-readiness-disable')) return s;
  const idx = new LineIndex(text);
  const lines = splitLines(text);
  // YAML comments work inside the front matter, where an HTML comment would break the YAML.
  const fm = frontMatterLines(lines);
  if (fm) scanYamlComments(text, idx.lineStart(fm[0]), idx.lineStart(fm[1]), lines, idx, s);
  MD_DIRECTIVE.lastIndex = 0;
  for (let m = MD_DIRECTIVE.exec(text); m; m = MD_DIRECTIVE.exec(text)) {
    const ids = ruleIds(m[2]);
    const d = m[1] as Directive;
    if (d === 'disable') for (const id of ids) s.file.add(id);
    else if (d === 'disable-line') add(s.lines, idx.positionAt(m.index).line, ids);
    else add(s.lines, idx.positionAt(m.index + m[0].length).line + 1, ids);
  }
  return s;
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(path);
}

export function parseSuppressions(path: string, text: string): Suppressions {
  return isMarkdownPath(path) ? parseMarkdownSuppressions(text) : parseYamlSuppressions(text);
}

function covers(set: Set<string> | undefined, ruleId: string): boolean {
  return !!set && (set.has(ALL) || set.has(ruleId));
}

/**
 * Drop suppressed findings. `texts` holds the text of each file of the unit (manifest and documents);
 * a `disable` directive in the manifest applies to every file of the unit.
 */
export function applySuppressions(findings: readonly Finding[], texts: ReadonlyMap<string, string>, manifestPath: string): Finding[] {
  const cache = new Map<string, Suppressions>();
  const get = (path: string): Suppressions | undefined => {
    let s = cache.get(path);
    if (!s) {
      const text = texts.get(path);
      if (text === undefined) return undefined;
      s = parseSuppressions(path, text);
      cache.set(path, s);
    }
    return s;
  };
  const unit = get(manifestPath);
  return findings.filter((f) => {
    if (covers(unit?.file, f.ruleId)) return false;
    const s = f.path === manifestPath ? unit : get(f.path);
    if (!s) return true;
    return !covers(s.file, f.ruleId) && !covers(s.lines.get(f.range.start.line), f.ruleId);
  });
}

/**
 * The edit behind a "suppress this finding" quick fix: a disable-next-line comment above the finding's
 * line, with the same indentation. Inside a YAML block scalar, the comment goes above the key that
 * opens it (a `#` line inside the scalar would become part of its text).
 */
export function suppressionEdit(text: string, path: string, finding: Pick<Finding, 'ruleId' | 'range'>): TextEdit {
  const idx = new LineIndex(text);
  const lines = splitLines(text);
  let line = Math.max(0, Math.min(finding.range.start.line, lines.length - 1));
  const markdown = isMarkdownPath(path);
  const fm = markdown ? frontMatterLines(lines) : undefined;
  const yamlStyle = !markdown || (fm !== undefined && line >= fm[0] && line < fm[1]);
  if (yamlStyle) line = blockScalarOwner(lines, line, fm ? fm[0] : 0);
  const lineText = lines[line] ?? '';
  const indent = /^[ \t]*/.exec(lineText.replace(/^\uFEFF/, ''))![0];
  const comment = yamlStyle
    ? `${indent}# release-readiness-disable-next-line ${finding.ruleId}`
    : `${indent}<!-- release-readiness-disable-next-line ${finding.ruleId} -->`;
  let at = idx.lineStart(line);
  if (at === 0 && text.charCodeAt(0) === 0xfeff) at = 1;
  return { startOffset: at, endOffset: at, newText: comment + idx.eol };
}

/** The line of the key whose block scalar contains `line`, or `line` itself. */
function blockScalarOwner(lines: readonly string[], line: number, floor: number): number {
  const text = lines[line] ?? '';
  let indent = text.trim() === '' ? Number.POSITIVE_INFINITY : indentOf(text);
  for (let i = line - 1; i >= floor; i--) {
    const l = lines[i];
    if (l.trim() === '') continue;
    const ind = indentOf(l);
    if (ind < indent) {
      if (BLOCK_SCALAR_OPENER.test(l.trimEnd()) && !l.trimStart().startsWith('#')) return i;
      return line;
    }
  }
  return line;
}
