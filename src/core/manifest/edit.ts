// Minimal text edits on a manifest. The document is never re-serialised: only the inserted or
// replaced text is new, so comments, key order, quoting and line endings elsewhere survive byte for byte.
import { isMap, isPair, isScalar, isSeq, parse, parseDocument, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TextEdit } from '../types';
import type { ParsedManifest, YamlPath } from './model';
import { RecentCache } from '../recent';
import { locateYamlPath, type LocatedYaml } from '../yamlSupport';

interface Ctx {
  m: ParsedManifest;
  text: string;
  /** Node ranges from `yaml` are relative to the text after the BOM. */
  bom: number;
  eol: string;
}

function ctxOf(m: ParsedManifest): Ctx {
  return { m, text: m.text, bom: m.text.charCodeAt(0) === 0xfeff ? 1 : 0, eol: m.lines.eol };
}

function locate(m: ParsedManifest, path: YamlPath): LocatedYaml | undefined {
  return locateYamlPath(m.doc.contents as Node | null, path);
}

function start(c: Ctx, n: Node): number {
  return (n.range?.[0] ?? 0) + c.bom;
}

/** Column of an absolute offset, not counting the BOM as a character. */
function column(c: Ctx, offset: number): number {
  const p = c.m.lines.positionAt(offset);
  return p.line === 0 ? p.character - c.bom : p.character;
}

function isEmptyNull(n: Node | null | undefined): boolean {
  return n == null || (isScalar(n) && n.value === null && (!n.range || n.range[0] === n.range[1]));
}

function isNullValue(n: Node | null | undefined): boolean {
  return n == null || (isScalar(n) && n.value === null);
}

/** Absolute end of the node's own content: no trailing line breaks, blank lines or comments on later lines. */
function contentEnd(c: Ctx, n: Node | Pair | null | undefined, floor = 0): number {
  let end = floor;
  if (n == null) return end;
  if (isPair(n)) {
    end = Math.max(end, contentEnd(c, n.key as Node, floor));
    if (!isEmptyNull(n.value as Node)) end = Math.max(end, contentEnd(c, n.value as Node, floor));
    return end;
  }
  if ((isMap(n) || isSeq(n)) && !n.flow && n.items.length) {
    return contentEnd(c, n.items[n.items.length - 1] as Node | Pair, floor);
  }
  end = Math.max(end, (n.range?.[1] ?? 0) + c.bom);
  while (end > floor && /\s/.test(c.text[end - 1])) end--;
  return end;
}

/** End of the line holding the character before `end`: after that line's trailing comment, before its line break. */
function afterLine(c: Ctx, end: number): number {
  return c.m.lines.lineEnd(c.m.lines.positionAt(Math.max(c.bom, end - 1)).line);
}

/** Layout facts of a parsed manifest, read once per manifest: every fix of a check asks for them. */
const indentUnits = new RecentCache<ParsedManifest, number>();
const indentSeqs = new RecentCache<ParsedManifest, boolean>();

/** Indentation step of the file (2 unless nested mappings show otherwise). */
export function detectIndentUnit(m: ParsedManifest): number {
  let unit = indentUnits.get(m);
  if (unit === undefined) {
    unit = computeIndentUnit(m);
    indentUnits.set(m, unit);
  }
  return unit;
}

function computeIndentUnit(m: ParsedManifest): number {
  const c = ctxOf(m);
  let unit = 0;
  const visit = (n: unknown): void => {
    if (unit || !isMap(n) || n.flow) return;
    for (const it of n.items) {
      if (unit) return;
      const v = it.value as Node | null;
      if (isMap(v) && !v.flow && v.items.length && it.key) {
        const d = column(c, start(c, v.items[0].key as Node)) - column(c, start(c, it.key as Node));
        if (d > 0) unit = d;
      }
      visit(v);
    }
  };
  visit(m.doc.contents);
  return unit || 2;
}

/** Whether block lists under a key are indented (`key:\n  - a`) rather than flush (`key:\n- a`). */
function detectIndentSeq(c: Ctx): boolean {
  let result = indentSeqs.get(c.m);
  if (result === undefined) {
    result = computeIndentSeq(c);
    indentSeqs.set(c.m, result);
  }
  return result;
}

function computeIndentSeq(c: Ctx): boolean {
  let result: boolean | undefined;
  const visit = (n: unknown): void => {
    if (result !== undefined || !isMap(n)) return;
    for (const it of n.items) {
      const v = it.value as Node | null;
      if (isSeq(v) && !v.flow && it.key) {
        result = column(c, start(c, v)) > column(c, start(c, it.key as Node));
        return;
      }
      visit(v);
    }
  };
  visit(c.m.doc.contents);
  return result ?? true;
}

interface Rendered {
  block: boolean;
  lines: string[];
}

/**
 * One-line values that YAML can only read as a scalar, never as a block collection: a plain word
 * (`researchers`, `Apache-2.0`), or a double-quoted string with at most a comment after it
 * (`"" # what to write`). Anything else is parsed to find out.
 */
const SURELY_SCALAR = /^(?:[A-Za-z][\w.-]*|"(?:[^"\\\r\n]|\\[^\r\n])*"(?:[ \t]+(?:#[^\r\n]*)?)?)$/;

/** Lay out a value: block collections re-indented to the file's step, scalars and flow values as given. */
function renderValue(c: Ctx, valueYaml: string): Rendered {
  const trimmed = valueYaml.replace(/(\r?\n)+$/, '');
  if (SURELY_SCALAR.test(trimmed)) return { block: false, lines: [trimmed] };
  const d = parseDocument(trimmed);
  const v = d.contents;
  if (d.errors.length === 0 && (isMap(v) || isSeq(v)) && !v.flow) {
    const s = d.toString({ indent: detectIndentUnit(c.m), indentSeq: detectIndentSeq(c), lineWidth: 0 });
    return { block: true, lines: s.replace(/\n+$/, '').split('\n') };
  }
  return { block: false, lines: trimmed.split(/\r?\n/) };
}

/** Flow form of a value, for insertion inside `{...}` or `[...]`. */
function flowValue(valueYaml: string): string {
  const d = parseDocument(valueYaml);
  const v = d.contents;
  if (d.errors.length === 0 && (isMap(v) || isSeq(v)) && !v.flow) {
    return stringify(parse(valueYaml), { collectionStyle: 'flow', lineWidth: 0 }).trim();
  }
  return valueYaml.trim();
}

/** `key: value` lines at an indentation, joined with the file's line break. */
function renderPair(c: Ctx, key: string, valueYaml: string, indent: string): string {
  const k = yamlScalar(key);
  const r = renderValue(c, valueYaml);
  const flushSeq = r.block && /^-( |$)/.test(r.lines[0]) && !detectIndentSeq(c);
  const child = flushSeq ? indent : indent + ' '.repeat(detectIndentUnit(c.m));
  if (r.block) return `${indent}${k}:` + r.lines.map((l) => c.eol + (l ? child + l : '')).join('');
  if (r.lines.length === 1 && r.lines[0] === '') return `${indent}${k}:`;
  return `${indent}${k}: ${r.lines[0]}` + r.lines.slice(1).map((l) => c.eol + (l ? child + l : '')).join('');
}

/** `- item` lines, with continuation lines aligned under the item. */
function renderItem(c: Ctx, itemYaml: string, indent: string): string {
  const r = renderValue(c, itemYaml);
  return r.lines.map((l, i) => (i === 0 ? `${indent}- ${l}` : c.eol + (l ? `${indent}  ${l}` : ''))).join('');
}

/** Text appended to a document with no mapping (empty, comments only). */
function appendToEmpty(c: Ctx, body: string): TextEdit[] {
  const end = c.text.length;
  const needsBreak = end > c.bom && !/[\r\n]$/.test(c.text);
  return [{ startOffset: end, endOffset: end, newText: (needsBreak ? c.eol : '') + body + c.eol }];
}

/** Edits that put a block under a key whose value is empty (`key:` or `key: ~`). */
function fillNullPair(c: Ctx, pair: Pair, body: (indent: string) => string): TextEdit[] {
  const keyStart = start(c, pair.key as Node);
  const indent = ' '.repeat(column(c, keyStart) + detectIndentUnit(c.m));
  const value = pair.value as Node | null;
  const keyEnd = contentEnd(c, pair.key as Node);
  const edits: TextEdit[] = [];
  let lineOf = keyEnd;
  if (value && !isEmptyNull(value)) {
    // `key: ~` / `key: null`: drop the explicit null so the block below becomes the value.
    const colon = c.text.indexOf(':', keyEnd);
    const vEnd = contentEnd(c, value);
    edits.push({ startOffset: colon + 1, endOffset: vEnd, newText: '' });
    lineOf = vEnd;
  }
  const at = afterLine(c, lineOf);
  edits.push({ startOffset: at, endOffset: at, newText: c.eol + body(indent) });
  return edits;
}

export interface InsertOptions {
  /** Insert as the first entry instead of the last (e.g. manifest_version at the top). */
  first?: boolean;
}

/**
 * Insert `key: value` as the last entry of the mapping at parentPath, creating missing parents.
 * valueYaml is YAML text for the value: a scalar, a flow collection or a block (re-indented to the file).
 * Returns [] when the parent exists but is not a mapping.
 */
export function insertKey(manifest: ParsedManifest, parentPath: YamlPath, key: string, valueYaml: string, options: InsertOptions = {}): TextEdit[] {
  const c = ctxOf(manifest);
  const root = manifest.doc.contents as Node | null;
  if (parentPath.length === 0 && isNullValue(root) && !(root && !isEmptyNull(root))) {
    return appendToEmpty(c, renderPair(c, key, valueYaml, ''));
  }
  const loc = locate(manifest, parentPath);
  if (!loc) {
    const parentKey = parentPath[parentPath.length - 1];
    if (typeof parentKey !== 'string') return [];
    // Build the missing parent as a block with this key inside, and insert that one level up.
    const inner = renderPair({ ...c, eol: '\n' }, key, valueYaml, '');
    return insertKey(manifest, parentPath.slice(0, -1), parentKey, inner, {});
  }
  const node = loc.node;
  if (isMap(node)) {
    if (node.flow) return insertIntoFlow(c, node, `${yamlScalar(key)}: ${flowValue(valueYaml) || 'null'}`);
    if (!node.items.length) return [];
    const firstKey = start(c, node.items[0].key as Node);
    const indent = ' '.repeat(column(c, firstKey));
    if (options.first) {
      const line = c.m.lines.positionAt(firstKey).line;
      const lineStart = c.m.lines.lineStart(line);
      if (c.text.slice(line === 0 ? Math.max(lineStart, c.bom) : lineStart, firstKey).trim() === '') {
        const at = line === 0 ? Math.max(lineStart, c.bom) : lineStart;
        return [{ startOffset: at, endOffset: at, newText: renderPair(c, key, valueYaml, indent) + c.eol }];
      }
    }
    const at = afterLine(c, contentEnd(c, node));
    return [{ startOffset: at, endOffset: at, newText: c.eol + renderPair(c, key, valueYaml, indent) }];
  }
  if (isNullValue(node) && loc.pair) return fillNullPair(c, loc.pair, (indent) => renderPair(c, key, valueYaml, indent));
  return [];
}

function insertIntoFlow(c: Ctx, coll: YAMLMap | YAMLSeq, itemText: string): TextEdit[] {
  if (coll.items.length) {
    const at = contentEnd(c, coll.items[coll.items.length - 1] as Node | Pair);
    return [{ startOffset: at, endOffset: at, newText: `, ${itemText}` }];
  }
  const open = start(c, coll) + 1; // just after `{` or `[`
  return [{ startOffset: open, endOffset: open, newText: itemText }];
}

/** Replace the scalar value at a path (insert the key when absent). valueYaml is one line of YAML. */
export function replaceValue(manifest: ParsedManifest, path: YamlPath, valueYaml: string): TextEdit[] {
  const c = ctxOf(manifest);
  const loc = path.length ? locate(manifest, path) : undefined;
  if (!loc) {
    const key = path[path.length - 1];
    return typeof key === 'string' ? insertKey(manifest, path.slice(0, -1), key, valueYaml) : [];
  }
  const n = loc.node;
  if (isEmptyNull(n)) {
    if (!loc.pair) return [];
    const colon = c.text.indexOf(':', contentEnd(c, loc.pair.key as Node));
    return [{ startOffset: colon + 1, endOffset: colon + 1, newText: ` ${valueYaml}` }];
  }
  const s = start(c, n as Node);
  return [{ startOffset: s, endOffset: contentEnd(c, n as Node, s), newText: valueYaml }];
}

/** Append an item to the list at a path: `- item` in a block list, `, item` in a flow list; creates the key when absent. */
export function appendToSequence(manifest: ParsedManifest, path: YamlPath, itemYaml: string): TextEdit[] {
  const c = ctxOf(manifest);
  const loc = locate(manifest, path);
  if (!loc) {
    const key = path[path.length - 1];
    if (typeof key !== 'string') return [];
    return insertKey(manifest, path.slice(0, -1), key, renderItem({ ...c, eol: '\n' }, itemYaml, ''));
  }
  const n = loc.node;
  if (isSeq(n)) {
    if (n.flow) return insertIntoFlow(c, n, flowValue(itemYaml));
    if (!n.items.length) return [];
    const indent = ' '.repeat(column(c, start(c, n)));
    const at = afterLine(c, contentEnd(c, n));
    return [{ startOffset: at, endOffset: at, newText: c.eol + renderItem(c, itemYaml, indent) }];
  }
  if (isNullValue(n) && loc.pair) {
    const flush = !detectIndentSeq(c);
    const keyCol = column(c, start(c, loc.pair.key as Node));
    return fillNullPair(c, loc.pair, (indent) => renderItem(c, itemYaml, flush ? ' '.repeat(keyCol) : indent));
  }
  return [];
}

/** Remove a key and its value, whole lines in a block mapping (trailing comment on its lines included). */
export function removeKey(manifest: ParsedManifest, path: YamlPath): TextEdit[] {
  const c = ctxOf(manifest);
  const loc = locate(manifest, path);
  if (!loc?.pair || !isMap(loc.parent)) return [];
  const map = loc.parent;
  const i = map.items.indexOf(loc.pair);
  const keyStart = start(c, loc.pair.key as Node);
  if (map.flow) {
    if (map.items.length === 1) return [{ startOffset: keyStart, endOffset: contentEnd(c, loc.pair), newText: '' }];
    if (i < map.items.length - 1) return [{ startOffset: keyStart, endOffset: start(c, map.items[i + 1].key as Node), newText: '' }];
    return [{ startOffset: contentEnd(c, map.items[i - 1]), endOffset: contentEnd(c, loc.pair), newText: '' }];
  }
  const lines = c.m.lines;
  const line = lines.positionAt(keyStart).line;
  const lineStart = line === 0 ? Math.max(c.bom, lines.lineStart(0)) : lines.lineStart(line);
  if (c.text.slice(lineStart, keyStart).trim() !== '') return []; // `- key: v`: not a line of its own
  let s = lineStart;
  let e = afterLine(c, contentEnd(c, loc.pair));
  if (e < c.text.length) e += c.text.startsWith('\r\n', e) ? 2 : 1;
  else if (s > c.bom) s -= c.text.slice(0, s).endsWith('\r\n') ? 2 : 1; // keep "no final newline"
  const edits: TextEdit[] = [{ startOffset: s, endOffset: e, newText: '' }];
  if (map.items.length === 1 && path.length > 1) {
    // Emptying a nested mapping would leave `parent:` = null, a type change: leave `parent: {}`.
    const parentLoc = locate(manifest, path.slice(0, -1));
    if (parentLoc?.pair) {
      const colon = c.text.indexOf(':', contentEnd(c, parentLoc.pair.key as Node));
      if (colon >= 0 && colon < s) edits.push({ startOffset: colon + 1, endOffset: colon + 1, newText: ' {}' });
    }
  }
  return edits;
}

/** A string as a YAML scalar, valid in block and flow context: plain when YAML reads it back unchanged, else double-quoted. */
export function yamlScalar(s: string): string {
  // Words YAML reads back as the same plain string (keys, ids, contexts): no parse needed to know.
  if (PLAIN_WORD.test(s) && !NOT_A_STRING.test(s)) return s;
  // Flow indicators are fine in a block value but break inside `{...}`/`[...]`: quote them always.
  if (s !== '' && !/[\r\n\t,[\]{}]/.test(s) && s.trim() === s) {
    try {
      const d = parseDocument(s);
      if (d.errors.length === 0 && d.warnings.length === 0 && isScalar(d.contents) && d.contents.value === s && d.contents.type === 'PLAIN') return s;
    } catch {
      // fall through to quoting
    }
  }
  return JSON.stringify(s);
}

/** A word that starts with a letter (ids, `org/model`, `GPL-3.0+`): YAML 1.2 reads it as a plain string unless it is one of NOT_A_STRING. */
const PLAIN_WORD = /^[A-Za-z][\w./+-]*$/;
/** The letter-initial plain scalars the YAML 1.2 core schema resolves to null or a boolean. */
const NOT_A_STRING = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
