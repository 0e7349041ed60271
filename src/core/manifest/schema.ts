// The manifest JSON Schema (schemas/release-manifest.schema.json) as data: the single source for
// validation now and for completion and hover in the editor later.
import schemaJson from '../../../schemas/release-manifest.schema.json';
import type { YamlPath } from './model';

/** The subset of JSON Schema (plus VS Code's editor extensions) the manifest schema uses. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  required?: string[];
  /** Fields the product warns about when absent, without making them invalid for other tools. */
  'x-recommended'?: string[];
  items?: SchemaNode;
  pattern?: string;
  minLength?: number;
  defaultSnippets?: { label?: string; description?: string; body: unknown }[];
  [keyword: string]: unknown;
}

export const MANIFEST_SCHEMA: SchemaNode = schemaJson as unknown as SchemaNode;

/** The sub-schema that applies at a path, or undefined where the schema says nothing (unknown key). */
export function schemaAt(path: YamlPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = MANIFEST_SCHEMA;
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'number') {
      node = node.items;
    } else if (node.properties && Object.prototype.hasOwnProperty.call(node.properties, seg)) {
      node = node.properties[seg];
    } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      node = node.additionalProperties;
    } else {
      return undefined;
    }
  }
  return node;
}

/** Keys the schema names for the mapping at a path ([] for open or non-object schemas). */
export function knownKeysAt(path: YamlPath): string[] {
  return Object.keys(schemaAt(path)?.properties ?? {});
}

/** Whether the mapping at a path accepts keys the schema does not name (e.g. attestations). */
export function isOpenAt(path: YamlPath): boolean {
  const s = schemaAt(path);
  return !!s && s.additionalProperties !== false && s.additionalProperties !== undefined;
}

/** Every object path whose schema names `key`, to tell "`summary` belongs under `intended_use`". */
export function pathsDeclaring(key: string): string[][] {
  const out: string[][] = [];
  const walk = (node: SchemaNode, at: string[]): void => {
    for (const [k, child] of Object.entries(node.properties ?? {})) {
      if (k === key) out.push(at);
      walk(child, [...at, k]);
    }
  };
  walk(MANIFEST_SCHEMA, []);
  return out;
}
