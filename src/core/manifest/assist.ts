// Completion and hover for the manifest, driven by the JSON Schema (./schema.ts). Works on the raw
// text by indentation, because the document being typed is often not valid YAML yet.
import { schemaAt, type SchemaNode } from './schema';
import type { YamlPath } from './model';

export interface AssistCompletion {
  label: string;
  kind: 'key' | 'value' | 'snippet';
  /** Text to insert; a snippet (with $1 placeholders) when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  detail?: string;
  /** Markdown documentation. */
  documentation?: string;
}

export interface CursorContext {
  /** Path of the mapping (for keys) or of the key (for values) the cursor is in. */
  path: YamlPath;
  position: 'key' | 'value';
  /** Indentation of the key being typed, for multi-line inserts. */
  indent: number;
  /** Keys already present in the mapping at `path` (only for key positions). */
  siblings: string[];
}

const KEY_LINE = /^(\s*)(- +)?([A-Za-z_][\w.-]*)\s*:(?:\s|$)/;

interface LineInfo {
  indent: number;
  /** Indent of the key when the line is `- key:` (the dash's content column). */
  keyIndent: number;
  dash: boolean;
  key: string | undefined;
  blank: boolean;
}

function lineInfo(line: string): LineInfo {
  const content = line.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
  const indent = /^\s*/.exec(line)![0].length;
  const m = KEY_LINE.exec(content);
  const dash = /^\s*-(\s|$)/.test(content);
  const keyIndent = m ? m[1].length + (m[2]?.length ?? 0) : indent;
  return { indent, keyIndent, dash, key: m?.[3], blank: content.trim() === '' };
}

/** The path of the parent mappings of a line whose content starts at `indent`. */
function parentPath(lines: string[], lineNo: number, indent: number): { path: (string | number)[]; siblings: string[] } {
  const path: (string | number)[] = [];
  let want = indent;
  for (let i = lineNo - 1; i >= 0 && want > 0; i--) {
    const info = lineInfo(lines[i]);
    if (info.blank) continue;
    if (info.key !== undefined && info.keyIndent < want) {
      path.unshift(info.key);
      want = info.keyIndent;
    }
    // `- key: ...` at a lower indent: our mapping is an item of a sequence.
    if (info.dash && info.indent < want) {
      path.unshift(0);
      want = info.indent;
    }
  }
  // Sibling keys: lines at exactly `indent` within the same block (stop at a lower indent).
  const siblings: string[] = [];
  const scan = (from: number, step: number): void => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const info = lineInfo(lines[i]);
      if (info.blank) continue;
      if (info.indent < indent && !(info.dash && info.keyIndent === indent)) break;
      if (info.key !== undefined && info.keyIndent === indent) siblings.push(info.key);
    }
  };
  scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return { path, siblings };
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** What the cursor at (line, character) is typing: a key of some mapping, or the value of a key. */
export function cursorContext(text: string, line: number, character: number): CursorContext | undefined {
  const lines = splitLines(text);
  const current = lines[line] ?? '';
  const before = current.slice(0, character);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined; // inside a comment
  const valueMatch = /^(\s*)(- +)?([A-Za-z_][\w.-]*)\s*:\s*(.*)$/.exec(before);
  if (valueMatch) {
    const keyIndent = valueMatch[1].length + (valueMatch[2]?.length ?? 0);
    const { path } = parentPath(lines, line, keyIndent);
    return { path: [...path, valueMatch[3]], position: 'value', indent: keyIndent, siblings: [] };
  }
  const seqItem = /^(\s*)- +([^:]*)$/.exec(before);
  if (seqItem) {
    // `- partial` under a key: a value of the sequence's items, unless the items are mappings.
    const { path } = parentPath(lines, line, seqItem[1].length + 1);
    const items = schemaAt([...path, 0]);
    if (items && !isObject(items)) return { path: [...path, 0], position: 'value', indent: seqItem[1].length, siblings: [] };
    const keyIndent = seqItem[0].length - seqItem[2].length;
    const p = parentPath(lines, line, keyIndent);
    return { path: [...p.path, 0], position: 'key', indent: keyIndent, siblings: p.siblings };
  }
  const keyMatch = /^(\s*)([\w.-]*)$/.exec(before);
  if (keyMatch) {
    const indent = keyMatch[1].length;
    const p = parentPath(lines, line, indent);
    return { path: p.path, position: 'key', indent, siblings: p.siblings };
  }
  return undefined;
}

function isObject(s: SchemaNode): boolean {
  return s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object') && !s.type.includes('string')) || !!s.properties;
}
function isArray(s: SchemaNode): boolean {
  return s.type === 'array' || (!s.type && !!s.items);
}

function docOf(s: SchemaNode): string | undefined {
  return s.markdownDescription ?? s.description;
}

/** YAML snippet text of a `defaultSnippets` body at an indentation (keeps ${n:...} placeholders). */
export function snippetYaml(body: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  const scalar = (v: unknown): string => {
    if (typeof v === 'string') return /^\$\{\d+[:|]/.test(v) || /^[\w ./@-]*$/.test(v) ? v : JSON.stringify(v);
    return String(v);
  };
  if (Array.isArray(body)) return body.map((v) => `${pad}- ${typeof v === 'object' && v !== null ? snippetYaml(v, indent + 2).trimStart() : scalar(v)}`).join('\n');
  if (body && typeof body === 'object') {
    return Object.entries(body as Record<string, unknown>)
      .map(([k, v]) => {
        if (Array.isArray(v)) return `${pad}${k}:\n${snippetYaml(v, indent + 2)}`;
        if (v && typeof v === 'object') return `${pad}${k}:\n${snippetYaml(v, indent + 2)}`;
        return `${pad}${k}: ${scalar(v)}`;
      })
      .join('\n');
  }
  return `${pad}${scalar(body)}`;
}

/** Completions at a cursor: keys (with docs, and whole-block snippets), or enum / boolean values. */
export function completionsAt(text: string, line: number, character: number): AssistCompletion[] {
  const ctx = cursorContext(text, line, character);
  if (!ctx) return [];
  const schema = schemaAt(ctx.path);
  if (!schema) return [];
  const out: AssistCompletion[] = [];
  if (ctx.position === 'key') {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      if (ctx.siblings.includes(key)) continue;
      const childIndent = ctx.indent + 2;
      let insert = `${key}: `;
      if (isObject(child)) insert = `${key}:\n${' '.repeat(childIndent)}`;
      else if (isArray(child)) insert = `${key}:\n${' '.repeat(childIndent)}- `;
      out.push({ label: key, kind: 'key', insertText: insert, snippet: false, detail: typeLabel(child), documentation: docOf(child) });
      for (const sn of child.defaultSnippets ?? []) {
        if (typeof sn.body !== 'object' || sn.body === null) continue;
        out.push({
          label: `${key}: ${sn.label ?? 'block'}`,
          kind: 'snippet',
          insertText: `${key}:\n${snippetYaml(sn.body, childIndent)}`,
          snippet: true,
          detail: sn.description ?? `Insert a whole ${key} block`,
          documentation: docOf(child),
        });
      }
    }
    return out;
  }
  const enums = schema.enum;
  if (enums) {
    enums.forEach((v, i) => {
      out.push({ label: String(v), kind: 'value', insertText: String(v), snippet: false, documentation: schema.enumDescriptions?.[i] });
    });
  } else if (schema.type === 'boolean') {
    for (const v of ['true', 'false']) out.push({ label: v, kind: 'value', insertText: v, snippet: false });
  }
  return out;
}

function typeLabel(s: SchemaNode): string | undefined {
  if (s.enum) return s.enum.map(String).join(' | ');
  return Array.isArray(s.type) ? s.type.join(' | ') : s.type;
}

export interface AssistHover {
  /** Markdown. */
  contents: string;
  /** Character span of the key on its line. */
  start: number;
  end: number;
}

/** Hover for the key under the cursor: its schema description, type and allowed values. */
export function hoverAt(text: string, line: number, character: number): AssistHover | undefined {
  const lines = splitLines(text);
  const current = lines[line] ?? '';
  const m = KEY_LINE.exec(current);
  if (!m) return undefined;
  const start = m[1].length + (m[2]?.length ?? 0);
  const end = start + m[3].length;
  if (character < start || character > end) return undefined;
  const { path } = parentPath(lines, line, start);
  const s = schemaAt([...path, m[3]]);
  if (!s) return undefined;
  const parts = [`**${[...path, m[3]].filter((x) => typeof x === 'string').join('.')}**${typeLabel(s) ? ` \`${typeLabel(s)}\`` : ''}`];
  const doc = docOf(s);
  if (doc) parts.push(doc);
  if (s.enum && s.enumDescriptions) parts.push(s.enum.map((v, i) => `- \`${String(v)}\`: ${s.enumDescriptions?.[i] ?? ''}`).join('\n'));
  return { contents: parts.join('\n\n'), start, end };
}
