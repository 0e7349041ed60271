// A manifest is nearly always plain block YAML: nested maps, lists and scalars, with comments. For that
// subset the data and the source ranges can be read straight off the `yaml` package's own syntax tree
// (its Parser and CST scalar resolver, the same functions its composer calls), skipping the composer,
// which costs a quarter of a parse. Every other text (anchors, tags, flow maps, empty values, tabs,
// several documents, anything the composer might object to) answers undefined, and the caller composes
// the syntax tree this reader kept; a differential test holds the two readings equal wherever this one
// answers.
import { CST, Document, isScalar, Parser } from 'yaml';

/** [start, end of value, end after trailing comments], as the `yaml` package's node ranges. */
export type NodeRange = [number, number, number];

/**
 * A node of the subset: a map (keys in order), a sequence, or a scalar, with its plain value and its range
 * as the `yaml` package gives it ([start, valueEnd, end]; three fields rather than an array per node).
 */
export interface PlainNode {
  start: number;
  /** End of the value itself. */
  valueEnd: number;
  /** End after trailing spaces and comments. */
  end: number;
  data: unknown;
  keys?: string[];
  /** Where each key starts: a key is a one-line plain scalar, so it ends its own length later. */
  keyStarts?: number[];
  values?: PlainNode[];
  items?: PlainNode[];
}

export interface PlainYaml {
  data: Record<string, unknown>;
  root: PlainNode;
}

/** Thrown inside the walk when the text leaves the subset; caught at the top. */
const OUTSIDE = new Error('outside the plain subset');

/** Defaults of a YAML 1.2 document: the core schema's scalar tags and the options their resolvers read. */
let defaults: { tags: Document['schema']['tags']; options: Document['options'] } | undefined;

/**
 * The plain data and node ranges of `text`, or undefined when it must go through the full parse. `tokens`,
 * when given, receives the syntax tree, so that the full parse can compose it instead of parsing again.
 */
export function readPlainYaml(text: string, tokens?: CST.Token[]): PlainYaml | undefined {
  // Tabs are where the composer's indentation checks live; texts with them take the full route.
  if (text.includes('\t')) return undefined;
  try {
    let doc: CST.Document | undefined;
    let outside = false;
    for (const token of new Parser().parse(text)) {
      tokens?.push(token);
      if (token.type === 'document' && !doc) doc = token;
      else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') outside = true;
    }
    if (outside || !doc || doc.value?.type !== 'block-map') return undefined;
    if (props(doc.start, 'doc-start', true) && !propsHadNewline) throw OUTSIDE;
    const root = blockMap(doc.value);
    onlyTrailing(doc.end, false);
    return { data: root.data as Record<string, unknown>, root };
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

function value(token: CST.Token): PlainNode {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalar(token, false);
    case 'block-map':
      return blockMap(token);
    case 'block-seq':
      return blockSeq(token);
    case 'flow-collection':
      return flowCollection(token);
    default:
      throw OUTSIDE;
  }
}

const refuse = (): never => {
  throw OUTSIDE;
};

/** First characters the library refuses at the start of a plain scalar (a tab, `,`, `%`, `|`, `>`, `@`, a backtick). */
const BAD_PLAIN_START = /^[\t,%|>@`]/;

function scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): PlainNode {
  // A one-line plain scalar is its own source; the library's resolver would say the same, with more allocation.
  if (token.type === 'scalar' && !token.source.includes('\n') && !BAD_PLAIN_START.test(token.source)) {
    const valueEnd = token.offset + token.source.length;
    return { start: token.offset, valueEnd, end: token.end ? onlyTrailing(token.end, true, valueEnd) : valueEnd, data: typed(token.source, atKey) };
  }
  const read = CST.resolveAsScalar(token, true, refuse);
  if (!read) throw OUTSIDE;
  return { start: read.range[0], valueEnd: read.range[1], end: read.range[2], data: token.type === 'scalar' ? typed(read.value, atKey) : read.value };
}

/**
 * A plain scalar's value as the core schema reads it: the first default tag whose test matches, else a
 * string. Every non-string form of YAML 1.2's core schema (null, booleans, numbers, .inf, .nan) is empty or
 * starts with one of `~nNtTfF+-.` or a digit, so other text skips the tests.
 */
function typed(source: string, atKey: boolean): unknown {
  if (source !== '' && !/^[~nNtTfF+\-.0-9]/.test(source)) return source;
  defaults ??= (() => {
    const d = new Document();
    return { tags: d.schema.tags, options: d.options };
  })();
  for (const tag of defaults.tags) {
    if ((tag.default === true || (atKey && tag.default === 'key')) && tag.test?.test(source)) {
      const res: unknown = tag.resolve(source, refuse, defaults.options);
      return isScalar(res) ? res.value : res;
    }
  }
  return source;
}

function blockMap(map: CST.BlockMap): PlainNode {
  const keys: string[] = [];
  const keyStarts: number[] = [];
  const values: PlainNode[] = [];
  const data: Record<string, unknown> = {};
  let offset = map.offset;
  let commentEnd: number | undefined;
  for (const { start, key, sep, value: v } of map.items) {
    if (props(start, 'explicit-key-ind', true)) throw OUTSIDE;
    if (!sep) {
      // A line of comments only.
      if (key || v) throw OUTSIDE;
      commentEnd = tokensEnd(start) ?? offset;
      continue;
    }
    if (!key || key.type !== 'scalar' || key.indent !== map.indent || key.source.includes('\n') || key.end?.length || BAD_PLAIN_START.test(key.source)) throw OUTSIDE;
    const name = typed(key.source, true);
    if (typeof name !== 'string' || name === '<<' || keys.includes(name)) throw OUTSIDE;
    const indicator = props(sep, 'map-value-ind', false);
    if (!indicator || !v || (v.type === 'block-map' && !propsHadNewline) || indicator.offset - key.offset > 1024) throw OUTSIDE;
    const read = value(v);
    keys.push(name);
    keyStarts.push(key.offset);
    values.push(read);
    // As toJS: an inherited name ("__proto__", "toString") becomes an own property.
    if (name in data) Object.defineProperty(data, name, { value: read.data, writable: true, enumerable: true, configurable: true });
    else data[name] = read.data;
    offset = read.end;
  }
  if (commentEnd !== undefined && commentEnd < offset) throw OUTSIDE;
  return { start: map.offset, valueEnd: offset, end: commentEnd ?? offset, data, keys, keyStarts, values };
}

function blockSeq(seq: CST.BlockSequence): PlainNode {
  const items: PlainNode[] = [];
  const data: unknown[] = [];
  let offset = seq.offset;
  let commentEnd: number | undefined;
  for (const { start, value: v } of seq.items) {
    if (!props(start, 'seq-item-ind', true)) {
      if (v) throw OUTSIDE;
      commentEnd = tokensEnd(start) ?? offset;
      continue;
    }
    if (!v) throw OUTSIDE;
    const read = value(v);
    items.push(read);
    data.push(read.data);
    offset = read.end;
  }
  return { start: seq.offset, valueEnd: offset, end: commentEnd ?? offset, data, items };
}

/** `[a, "b", 3]` on one line: scalars only, one comma between items, a trailing comma allowed; or an empty `{}`. */
function flowCollection(flow: CST.FlowCollection): PlainNode {
  const isMap = flow.start.source === '{';
  if (isMap ? flow.items.length > 0 : flow.start.source !== '[') throw OUTSIDE;
  const items: PlainNode[] = [];
  const data: unknown[] = [];
  flow.items.forEach(({ start, key, sep, value: v }, i) => {
    if (key || sep) throw OUTSIDE;
    let commas = 0;
    for (const t of start) {
      if (t.type === 'comma') commas++;
      else if (t.type !== 'space') throw OUTSIDE;
    }
    if (commas !== (i === 0 ? 0 : 1)) throw OUTSIDE;
    if (!v) {
      // Only a trailing comma, or nothing at all between the brackets, leaves an item without a value.
      if (i < flow.items.length - 1) throw OUTSIDE;
      return;
    }
    if (v.type !== 'scalar' && v.type !== 'single-quoted-scalar' && v.type !== 'double-quoted-scalar') throw OUTSIDE;
    if (v.source.includes('\n')) throw OUTSIDE;
    const read = scalar(v, false);
    items.push(read);
    data.push(read.data);
  });
  const [close, ...rest] = flow.end;
  if (close?.source !== (isMap ? '}' : ']')) throw OUTSIDE;
  const closeEnd = close.offset + 1;
  const end = rest.length ? onlyTrailing(rest, true, closeEnd) : closeEnd;
  return isMap ? { start: flow.offset, valueEnd: closeEnd, end, data: {}, keys: [], keyStarts: [], values: [] } : { start: flow.offset, valueEnd: closeEnd, end, data, items };
}

/** Whether the tokens the last `props` call read held a newline (a module variable: no object per call). */
let propsHadNewline = false;

/**
 * The composer's reading of the tokens before a node (indentation, comments, one indicator), for the token
 * kinds the subset allows; anything else leaves it. Returns the indicator found, if any.
 */
function props(tokens: readonly CST.SourceToken[], indicator: string, startOnNewline: boolean): CST.SourceToken | undefined {
  let hasSpace = startOnNewline;
  let found: CST.SourceToken | undefined;
  propsHadNewline = false;
  for (const t of tokens) {
    if (t.type === 'space') hasSpace = true;
    else if (t.type === 'newline') hasSpace = propsHadNewline = true;
    else if (t.type === 'comment') {
      if (!hasSpace) throw OUTSIDE;
    } else if (t.type === indicator && !found) {
      found = t;
      hasSpace = false;
    } else throw OUTSIDE;
  }
  return found;
}

/** Where a run of tokens ends, or undefined when there are none. */
function tokensEnd(tokens: readonly CST.SourceToken[]): number | undefined {
  const last = tokens[tokens.length - 1];
  return last ? last.offset + last.source.length : undefined;
}

/** Tokens after a node: spaces, newlines and comments (each comment after a space when `reqSpace`). Returns their end. */
function onlyTrailing(tokens: readonly CST.SourceToken[] | undefined, reqSpace: boolean, from = 0): number {
  let hasSpace = false;
  let end = from;
  for (const t of tokens ?? []) {
    if (t.type === 'space' || t.type === 'newline') hasSpace = true;
    else if (t.type !== 'comment' || (reqSpace && !hasSpace)) throw OUTSIDE;
    end += t.source.length;
  }
  return end;
}

/** Walk a path of map keys and sequence indexes: the node there and, under a map key, the key's range. */
export function locatePlain(root: PlainNode, path: readonly (string | number)[]): { node: PlainNode; keyRange?: NodeRange } | undefined {
  let node = root;
  let keyRange: NodeRange | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const next = node.items?.[seg];
      if (!next) return undefined;
      node = next;
      keyRange = undefined;
    } else {
      const i = node.keys ? node.keys.indexOf(seg) : -1;
      if (i < 0) return undefined;
      const start = node.keyStarts![i];
      keyRange = [start, start + seg.length, start + seg.length];
      node = node.values![i];
    }
  }
  return { node, keyRange };
}
