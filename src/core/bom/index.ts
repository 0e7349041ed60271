// An AI bill of materials per release unit: CycloneDX 1.6 JSON from what the manifest and its card state,
// with the unit's readiness and open findings. The adapters decide where it is written.
import type { FileSystem } from '../fs';
import { checkContext, loadUnit, type EngineOptions } from '../engine/check';
import type { UnitResult } from '../engine/model';
import { dirname } from '../paths';
import type { CheckOptions, UnitContext } from '../rules/rule';
import { serializeBom, type BomOptions } from './cyclonedx';
import { releaseFacts, type ReleaseFacts } from './facts';

export { PROPERTY_PREFIX, unitRef, baseModelRef, datasetRef, type BomOptions } from './cyclonedx';
export { releaseFacts, type ReleaseFacts } from './facts';

/** File name of the BOM written beside a manifest (CycloneDX's recommended `.cdx.json` ending). */
export const BOM_FILE_NAME = 'ai-bom.cdx.json';

export type UnitBom =
  | { ok: true; manifestPath: string; path: string; json: string; result: UnitResult; facts: ReleaseFacts }
  | { ok: false; manifestPath: string; reason: string };

/** Where the BOM of a unit goes: beside its manifest. */
export function bomPathFor(manifestPath: string): string {
  const dir = dirname(manifestPath);
  return dir === '' ? BOM_FILE_NAME : `${dir}/${BOM_FILE_NAME}`;
}

/** The BOM of a unit already loaded and checked. */
export function bomOfContext(ctx: UnitContext, result: UnitResult, options: BomOptions = {}): UnitBom {
  const facts = releaseFacts(ctx, result);
  const manifestPath = ctx.manifest.path;
  if (!facts.name) return { ok: false, manifestPath, reason: 'the manifest names no release unit (`name` is missing or empty)' };
  return { ok: true, manifestPath, path: bomPathFor(manifestPath), json: serializeBom(facts, options), result, facts };
}

/** Load and check one release unit, then build its BOM. Never throws for anything the repository holds. */
export async function unitBom(fs: FileSystem, manifestPath: string, check: CheckOptions = {}, options: BomOptions = {}, engine: EngineOptions = {}): Promise<UnitBom> {
  const ctx = await loadUnit(fs, manifestPath, check, engine);
  if ('ruleId' in ctx) return { ok: false, manifestPath, reason: ctx.message };
  if (ctx.manifest.data === undefined) return { ok: false, manifestPath, reason: 'the manifest is not a YAML mapping' };
  return bomOfContext(ctx, checkContext(ctx, engine.rules), options);
}
