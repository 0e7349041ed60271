// Parses a release manifest with the `yaml` package, keeping exact source ranges for every node.
import { Composer, isMap, parseAllDocuments, parseDocument, type CST, type Document, type Node } from 'yaml';
import { LineIndex, fileStartRange } from '../text';
import type { Range } from '../types';
import type { ManifestSyntaxError, ParsedManifest, YamlPath } from './model';
import { locateYamlPath, mappingData, MAX_YAML_NESTING, yamlErrorRanges, yamlNestingExceeded } from '../yamlSupport';
import { locatePlain, readPlainYaml, type PlainNode } from '../plainYaml';

const PARSE_OPTIONS = { prettyErrors: false, keepSourceTokens: false, uniqueKeys: true, logLevel: 'error' } as const;

export function parseManifest(path: string, rawText: string): ParsedManifest {
  // A BOM is not content: drop it for parsing but keep offsets aligned to the original text.
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = rawText;
  const tooDeep = yamlNestingExceeded(text);
  // Plain block YAML is read off the syntax tree; the Document is composed only if a fix asks for it.
  const tokens: CST.Token[] = [];
  const plain = tooDeep >= 0 ? undefined : readPlainYaml(text.slice(bom), tokens);
  if (plain) {
    const manifest = new Manifest(path, text, bom, undefined, plain.root);
    manifest.data = plain.data;
    return manifest;
  }
  // Other YAML is composed from the syntax tree already parsed (parseAllDocuments is this, from the text).
  const docs = tooDeep >= 0 ? [] : tokens.length ? Array.from(new Composer(PARSE_OPTIONS).compose(tokens)) : parseAllDocuments(text.slice(bom), PARSE_OPTIONS);
  const all = Array.isArray(docs) ? docs : [docs as unknown as Document.Parsed];
  // An empty or comment-only text has no document at all: stand in an empty one (contents null).
  const doc = all[0] ?? (parseDocument(tooDeep >= 0 ? '' : text.slice(bom)) as Document.Parsed);
  const manifest = new Manifest(path, text, bom, doc, undefined);

  const syntaxErrors = manifest.syntaxErrors;
  if (tooDeep >= 0) {
    syntaxErrors.push({ message: `The manifest nests more than ${MAX_YAML_NESTING} levels deep and was not parsed`, range: manifest.lines.range(tooDeep, tooDeep + 1) });
  }
  for (const d of all) {
    syntaxErrors.push(...yamlErrorRanges(d.errors, (s, e) => manifest.toRange(s, e)));
  }
  if (all.length > 1) {
    const second = all[1];
    const start = second.range?.[0] ?? text.length;
    syntaxErrors.push({
      message: 'The manifest holds more than one YAML document; only the first is read. Move the release unit into its own manifest.',
      range: manifest.toRange(start, start),
    });
  }

  if (doc.errors.length === 0 && isMap(doc.contents)) {
    const read = mappingData(doc);
    manifest.data = read.data;
    if (read.error) {
      const r = doc.contents?.range;
      syntaxErrors.push({
        message: `The manifest could not be read: ${read.error.message}. Avoid deeply nested or repeated YAML aliases.`,
        range: r ? manifest.toRange(r[0], r[0]) : fileStartRange(),
      });
    }
  }
  return manifest;
}

/**
 * A class rather than an object literal: V8 gives every literal with a getter a map of its own, which
 * made each parse half again as slow as the YAML parse itself.
 */
class Manifest implements ParsedManifest {
  data: Record<string, unknown> | undefined = undefined;
  readonly syntaxErrors: ManifestSyntaxError[] = [];
  /** Most checks report nothing about most manifests: the line index is built for the first range asked for. */
  private lineIndex: LineIndex | undefined = undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    /** 1 when the text starts with a byte-order mark the parser did not see: node offsets are shifted by it. */
    private readonly bom: number,
    private document: Document.Parsed | undefined,
    /** The nodes read by the plain-subset reader, when it read the text (then `document` waits until asked for). */
    private readonly plainRoot: PlainNode | undefined,
  ) {}

  /** The composed Document: parsed now if the plain-subset reader read the text (fixes and a few messages need it). */
  get doc(): Document.Parsed {
    return (this.document ??= parseDocument(this.text.slice(this.bom), PARSE_OPTIONS) as Document.Parsed);
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  toRange(start: number, end: number): Range {
    return this.lines.range(start + this.bom, end + this.bom);
  }

  get(p: YamlPath): unknown {
    let cur: unknown = this.data;
    for (const seg of p) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[seg];
    }
    return cur;
  }

  has(p: YamlPath): boolean {
    return this.plainRoot ? locatePlain(this.plainRoot, p) !== undefined : this.locate(p) !== undefined;
  }

  keyRange(p: YamlPath): Range | undefined {
    if (this.plainRoot) {
      const at = locatePlain(this.plainRoot, p);
      if (!at) return undefined;
      return at.keyRange ? this.toRange(at.keyRange[0], at.keyRange[1]) : this.toRange(at.node.start, at.node.valueEnd);
    }
    const loc = this.locate(p);
    if (!loc) return undefined;
    if (loc.pair) return this.nodeRange(loc.pair.key as Node);
    return this.nodeRange(loc.node);
  }

  valueRange(p: YamlPath): Range | undefined {
    const at = this.valueOffsets(p);
    return at ? this.lines.range(at[0], at[1]) : undefined;
  }

  valueOffsets(p: YamlPath): [number, number] | undefined {
    if (this.plainRoot) {
      const n = locatePlain(this.plainRoot, p)?.node;
      return n && [n.start + this.bom, n.valueEnd + this.bom];
    }
    const loc = this.locate(p);
    if (!loc) return undefined;
    // An empty value (`key:`) has no node of its own: point at the key.
    const n = loc.node?.range ? loc.node : (loc.pair?.key as Node | undefined);
    return n?.range ? [n.range[0] + this.bom, n.range[1] + this.bom] : undefined;
  }

  rangeFor(p: YamlPath): Range {
    for (let n = p.length; n > 0; n--) {
      const sub = p.slice(0, n);
      const r = n === p.length ? (this.valueRange(sub) ?? this.keyRange(sub)) : this.keyRange(sub);
      if (r) return r;
    }
    return fileStartRange();
  }

  private locate(p: YamlPath) {
    return locateYamlPath(this.doc.contents as Node | null, p);
  }

  private nodeRange(n: Node | null | undefined): Range | undefined {
    return n?.range ? this.toRange(n.range[0], n.range[1]) : undefined;
  }
}
