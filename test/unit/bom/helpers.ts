import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { MemoryFileSystem } from '../../../src/core/fs';
import { unitBom, type BomOptions } from '../../../src/core/bom/index';
import { REPO } from '../helpers/examples';

const SCHEMAS = path.join(REPO, 'node_modules/@cyclonedx/cyclonedx-library/res/schema');
const read = (file: string): object => JSON.parse(nodeFs.readFileSync(path.join(SCHEMAS, file), 'utf8')) as object;

let validator: ValidateFunction | undefined;

/**
 * The CycloneDX 1.6 JSON schema the CycloneDX library ships, compiled with ajv (draft-07) the way the library's
 * own validator does: the SPDX and JSF schemas under the URLs the BOM schema refers to, formats checked. For
 * `iri-reference` and `idn-email` the stricter URI-reference and ASCII e-mail formats are used (every value that
 * passes them passes the IRI ones), so a malformed URL or address fails.
 */
export function cycloneDx16(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    schemas: {
      'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': read('spdx.SNAPSHOT.schema.json'),
      'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': read('jsf-0.82.SNAPSHOT.schema.json'),
    },
  });
  addFormats(ajv);
  ajv.addFormat('iri-reference', fullFormats['uri-reference']);
  ajv.addFormat('idn-email', fullFormats.email);
  validator = ajv.compile(read('bom-1.6.SNAPSHOT.schema.json'));
  return validator;
}

/** Schema errors of a BOM, as readable lines ("" when valid). */
export function schemaErrors(bom: unknown): string {
  const validate = cycloneDx16();
  return validate(bom) ? '' : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The BOM of the unit whose manifest is `manifest` in a repository of these files. */
export async function bomOf(files: Record<string, string>, manifest = 'release-manifest.yaml', options: BomOptions = {}): Promise<Json> {
  const r = await unitBom(new MemoryFileSystem(files), manifest, {}, options);
  if (!r.ok) throw new Error(r.reason);
  return JSON.parse(r.json);
}

/** Every string in a JSON value, with the path it sits at. */
export function strings(v: Json, at = ''): { at: string; value: string }[] {
  if (typeof v === 'string') return [{ at, value: v }];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${at}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${at}.${k}`));
  return [];
}

/** Values of the unit's properties with this name (without the tool's prefix). */
export function props(component: Json, name: string): string[] {
  return (component.properties ?? []).filter((p: { name: string }) => p.name === `release-readiness:${name}`).map((p: { value: string }) => p.value);
}
