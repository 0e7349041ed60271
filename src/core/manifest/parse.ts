// Parses a release manifest with the `yaml` package, keeping exact source ranges for every node.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { LineIndex, fileStartRange } from '../text';
import type { Range } from '../types';
import type { ManifestSyntaxError, ParsedManifest, YamlPath } from './model';

/** Aliases may expand to at most this many nodes: a "billion laughs" manifest fails fast instead of exhausting memory. */
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

interface Located {
  pair: Pair | undefined;
  node: Node | null | undefined;
}

export function parseManifest(path: string, rawText: string): ParsedManifest {
  // A BOM is not content: drop it for parsing but keep offsets aligned to the original text.
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = rawText;
  const lines = new LineIndex(text);
  const lineCounter = new LineCounter();
  const tooDeep = yamlNestingExceeded(text);
  const docs = tooDeep >= 0 ? [] : parseAllDocuments(text.slice(bom), { lineCounter, prettyErrors: false, keepSourceTokens: false, uniqueKeys: true });
  const all = Array.isArray(docs) ? docs : [docs as unknown as Document.Parsed];
  // An empty or comment-only text has no document at all: stand in an empty one (contents null).
  const doc = all[0] ?? (parseDocument(tooDeep >= 0 ? '' : text.slice(bom), { lineCounter: new LineCounter() }) as Document.Parsed);
  const toRange = (start: number, end: number): Range => lines.range(start + bom, end + bom);

  const syntaxErrors: ManifestSyntaxError[] = [];
  if (tooDeep >= 0) {
    syntaxErrors.push({ message: `The manifest nests more than ${MAX_YAML_NESTING} levels deep and was not parsed`, range: lines.range(tooDeep, tooDeep + 1) });
  }
  for (const d of all) {
    for (const e of d.errors) syntaxErrors.push({ message: e.message.split('\n')[0], range: toRange(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)) });
  }
  if (all.length > 1) {
    const second = all[1];
    const start = second.range?.[0] ?? text.length;
    syntaxErrors.push({
      message: 'The manifest holds more than one YAML document; only the first is read. Move the release unit into its own manifest.',
      range: toRange(start, start),
    });
  }

  let data: Record<string, unknown> | undefined;
  if (doc.errors.length === 0 && isMap(doc.contents)) {
    try {
      const js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
      if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    } catch (e) {
      const r = doc.contents?.range;
      syntaxErrors.push({
        message: `The manifest could not be read: ${(e as Error).message}. Avoid deeply nested or repeated YAML aliases.`,
        range: r ? toRange(r[0], r[0]) : fileStartRange(),
      });
    }
  }

  const locate = (p: YamlPath): Located | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let pair: Pair | undefined;
    for (const seg of p) {
      if (typeof seg === 'number') {
        if (!isSeq(node) || seg < 0 || seg >= node.items.length) return undefined;
        pair = undefined;
        node = node.items[seg] as Node | null;
      } else {
        if (!isMap(node)) return undefined;
        const found = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === seg);
        if (!found) return undefined;
        pair = found as Pair;
        node = pair.value as Node | null;
      }
    }
    return { pair, node };
  };

  const nodeRange = (n: Node | null | undefined): Range | undefined => (n?.range ? toRange(n.range[0], n.range[1]) : undefined);

  const manifest: ParsedManifest = {
    path,
    text,
    lines,
    doc,
    lineCounter,
    data,
    syntaxErrors,
    get(p) {
      let cur: unknown = data;
      for (const seg of p) {
        if (cur === null || typeof cur !== 'object') return undefined;
        cur = (cur as Record<string | number, unknown>)[seg];
      }
      return cur;
    },
    has(p) {
      return locate(p) !== undefined;
    },
    keyRange(p) {
      const loc = locate(p);
      if (!loc) return undefined;
      if (loc.pair) return nodeRange(loc.pair.key as Node);
      return nodeRange(loc.node);
    },
    valueRange(p) {
      const loc = locate(p);
      if (!loc) return undefined;
      // An empty value (`key:`) has no node of its own: point at the key.
      return nodeRange(loc.node) ?? (loc.pair ? nodeRange(loc.pair.key as Node) : undefined);
    },
    rangeFor(p) {
      for (let n = p.length; n > 0; n--) {
        const sub = p.slice(0, n);
        const r = n === p.length ? (manifest.valueRange(sub) ?? manifest.keyRange(sub)) : manifest.keyRange(sub);
        if (r) return r;
      }
      return fileStartRange();
    },
  };
  return manifest;
}
