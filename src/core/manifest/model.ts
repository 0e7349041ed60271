// What the rest of the core knows about a parsed manifest. Implemented in ./parse.ts.
import type { Document } from 'yaml';
import type { Range } from '../types';
import type { LineIndex } from '../text';

/** A path into the manifest's data: ["intended_use", "out_of_scope", 0]. */
export type YamlPath = readonly (string | number)[];

export interface ManifestSyntaxError {
  message: string;
  range: Range;
}

export interface ParsedManifest {
  /** Workspace-relative path of the manifest file. */
  path: string;
  text: string;
  /** Line starts of the text, built when a range is first asked for. */
  readonly lines: LineIndex;
  /** The first YAML document; later documents are reported, not read. */
  readonly doc: Document.Parsed;
  /** Plain data of the first document (undefined when it is not a mapping). */
  data: Record<string, unknown> | undefined;
  syntaxErrors: ManifestSyntaxError[];
  /** Value at a path, or undefined. */
  get(path: YamlPath): unknown;
  /** Whether the path exists (even with a null value). */
  has(path: YamlPath): boolean;
  /** Range of the key at a path (for a sequence item: the item), or undefined. */
  keyRange(path: YamlPath): Range | undefined;
  /** Range of the value at a path, or undefined when the path is absent. */
  valueRange(path: YamlPath): Range | undefined;
  /** [start, end) offsets in `text` of the value at a path, as valueRange, without building the line index. */
  valueOffsets(path: YamlPath): [number, number] | undefined;
  /** Best place to report about a path: the value, else the key, else the nearest existing parent's key, else the file start. */
  rangeFor(path: YamlPath): Range;
}
