// YAML handling shared by the manifest and card front-matter parsers and the manifest editor: the same
// guards, error ranges and path walk, so the two parsers cannot drift apart.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLError, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Range } from './types';

/** Aliases may expand to at most this many nodes: a "billion laughs" manifest or front matter fails fast instead of exhausting memory. */
const MAX_ALIAS_COUNT = 100;

/**
 * Deepest nesting handed to the `yaml` parser. Its composer recurses per level: ~1,000 levels overflow the
 * stack, and a second such parse in the same process can abort V8 outright (uncatchable). Manifests and
 * front matter nest a handful of levels.
 */
export const MAX_YAML_NESTING = 128;

/**
 * Offset where `text` first nests deeper than `max` levels, or -1. One linear pass, over-estimating on
 * purpose (brackets in strings and comments count): flow brackets, plus block levels from indentation
 * and `- `/`? ` indicators that open a nested collection on the same line.
 */
export function yamlNestingExceeded(text: string, max = MAX_YAML_NESTING): number {
  let flow = 0;
  const block: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let col = lineStart;
    while (col < end && text.charCodeAt(col) === 32) col++;
    if (col < end && text[col] !== '#' && text[col] !== '\r') {
      while (block.length > 0 && block[block.length - 1] >= col - lineStart) block.pop();
      block.push(col - lineStart);
      // `- - - x` opens one sequence per indicator.
      while ((text[col] === '-' || text[col] === '?') && (text[col + 1] === ' ' || text[col + 1] === '\t')) {
        col += 2;
        while (col < end && text.charCodeAt(col) === 32) col++;
        block.push(col - lineStart);
      }
      if (block.length + flow > max) return col;
    }
    for (let i = col; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 91 /* [ */ || c === 123 /* { */) {
        if (++flow + block.length > max) return i;
      } else if ((c === 93 /* ] */ || c === 125) /* } */ && flow > 0) flow--;
    }
    lineStart = end + 1;
  }
  return -1;
}

/** Parser errors as one-line messages, each range at least one character wide so editors can show it. */
export function yamlErrorRanges(errors: readonly YAMLError[], toRange: (start: number, end: number) => Range): { message: string; range: Range }[] {
  return errors.map((e) => ({ message: e.message.split('\n')[0], range: toRange(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)) }));
}

/**
 * A document's contents as a plain object, aliases capped at MAX_ALIAS_COUNT. `data` is undefined when the
 * result is not an object; `error` is set when expanding it threw (callers word the message for their file).
 */
export function mappingData(doc: Document): { data?: Record<string, unknown>; error?: Error } {
  try {
    const plain = plainValue(doc.contents);
    const js = (plain !== NOT_PLAIN ? plain : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })) as unknown;
    return js && typeof js === 'object' && !Array.isArray(js) ? { data: js as Record<string, unknown> } : {};
  } catch (e) {
    return { error: e as Error };
  }
}

/** plainValue's answer for a node it leaves to `toJS`. */
const NOT_PLAIN = Symbol('not plain');

/**
 * What `toJS` makes of a node, for the YAML manifests and front matter are written in: maps, sequences and
 * string, number, boolean or null scalars. Anything else (an alias, an explicit tag, a merge key, a key that
 * is not a scalar) answers NOT_PLAIN, and the caller asks `toJS`, which handles it (and caps aliases).
 * `toJS` is general and costs about a tenth of a small manifest's parse; this walk is a quarter of that.
 */
export function plainValue(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) {
    const v = node.value;
    if (node.tag !== undefined || (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) return NOT_PLAIN;
    return v;
  }
  if (isAlias(node) || (node as Node).tag !== undefined) return NOT_PLAIN;
  if (isSeq(node)) {
    const out: unknown[] = [];
    for (const item of node.items) {
      const v = plainValue(item);
      if (v === NOT_PLAIN) return NOT_PLAIN;
      out.push(v);
    }
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of node.items) {
      if (!isScalar(key) || key.tag !== undefined) return NOT_PLAIN;
      const k = key.value;
      if (k === '<<' || (k !== null && typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean')) return NOT_PLAIN;
      const v = plainValue(value);
      if (v === NOT_PLAIN) return NOT_PLAIN;
      const name = k === null ? '' : String(k);
      // As toJS: a repeated or inherited name ("__proto__", "toString") becomes an own property.
      if (name in out) Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
      else out[name] = v;
    }
    return out;
  }
  return NOT_PLAIN;
}

export interface LocatedYaml {
  node: Node | null;
  /** The key/value pair when the last segment is a map key. */
  pair: Pair | undefined;
  /** The collection holding the node. */
  parent: YAMLMap | YAMLSeq | undefined;
}

/** Walk a path of map keys and sequence indexes from `root`; undefined when a segment does not exist. */
export function locateYamlPath(root: Node | null, path: readonly (string | number)[]): LocatedYaml | undefined {
  let node = root;
  let pair: Pair | undefined;
  let parent: YAMLMap | YAMLSeq | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!isSeq(node) || seg < 0 || seg >= node.items.length) return undefined;
      parent = node;
      pair = undefined;
      node = node.items[seg] as Node | null;
    } else {
      if (!isMap(node)) return undefined;
      const found = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === seg);
      if (!found) return undefined;
      parent = node;
      pair = found as Pair;
      node = pair.value as Node | null;
    }
  }
  return { node, pair, parent };
}

/**
 * A scalar's source text as prose is read from it: in a double-quoted scalar each escape ("\n", "\t", "\"")
 * becomes the character it stands for, padded to its written length, so "Direct Use\n\nFlags ..." reads as
 * two lines and offsets into the result are still offsets into the source. Plain, single-quoted and block
 * scalars read as written.
 */
export function scalarSourceText(source: string): string {
  if (source[0] !== '"' || !source.includes('\\')) return source;
  // The quotes are blanked too: a heading written first ("### Out-of-Scope Use\n...") starts its line.
  const end = source.endsWith('"') ? source.length - 1 : source.length;
  const body = source.slice(1, end).replace(/\\(.)/gs, (_escape, c: string) => (c === 'n' ? ' \n' : c === 't' || c === 'r' || c === '\n' ? '  ' : ` ${c}`));
  return ` ${body}${end < source.length ? ' ' : ''}`;
}
