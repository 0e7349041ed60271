// Parses a release manifest with the `yaml` package, keeping exact source ranges for every node.
import { isMap, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';
import { LineIndex, fileStartRange } from '../text';
import type { Range } from '../types';
import type { ManifestSyntaxError, ParsedManifest, YamlPath } from './model';
import { locateYamlPath, mappingData, MAX_YAML_NESTING, yamlErrorRanges, yamlNestingExceeded } from '../yamlSupport';

export function parseManifest(path: string, rawText: string): ParsedManifest {
  // A BOM is not content: drop it for parsing but keep offsets aligned to the original text.
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = rawText;
  // Most checks report nothing about most manifests: the line index is built for the first range asked for.
  let lineIndex: LineIndex | undefined;
  const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
  const tooDeep = yamlNestingExceeded(text);
  const docs = tooDeep >= 0 ? [] : parseAllDocuments(text.slice(bom), { prettyErrors: false, keepSourceTokens: false, uniqueKeys: true });
  const all = Array.isArray(docs) ? docs : [docs as unknown as Document.Parsed];
  // An empty or comment-only text has no document at all: stand in an empty one (contents null).
  const doc = all[0] ?? (parseDocument(tooDeep >= 0 ? '' : text.slice(bom)) as Document.Parsed);
  const toRange = (start: number, end: number): Range => lines().range(start + bom, end + bom);

  const syntaxErrors: ManifestSyntaxError[] = [];
  if (tooDeep >= 0) {
    syntaxErrors.push({ message: `The manifest nests more than ${MAX_YAML_NESTING} levels deep and was not parsed`, range: lines().range(tooDeep, tooDeep + 1) });
  }
  for (const d of all) {
    syntaxErrors.push(...yamlErrorRanges(d.errors, toRange));
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
    const read = mappingData(doc);
    data = read.data;
    if (read.error) {
      const r = doc.contents?.range;
      syntaxErrors.push({
        message: `The manifest could not be read: ${read.error.message}. Avoid deeply nested or repeated YAML aliases.`,
        range: r ? toRange(r[0], r[0]) : fileStartRange(),
      });
    }
  }

  const locate = (p: YamlPath) => locateYamlPath(doc.contents as Node | null, p);

  const nodeRange = (n: Node | null | undefined): Range | undefined => (n?.range ? toRange(n.range[0], n.range[1]) : undefined);

  const manifest: ParsedManifest = {
    path,
    text,
    get lines() {
      return lines();
    },
    doc,
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
