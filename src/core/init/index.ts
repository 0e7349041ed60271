// `release-readiness init`: infer a draft release manifest for a folder and write it - only when the folder
// has no manifest under any accepted name, and only through a writer that refuses to replace a file.
import type { FileSystem } from '../fs';
import { joinInside } from '../paths';
import { MANIFEST_FILE_NAMES } from '../engine/model';
import { parseManifest } from '../manifest/parse';
import { validateManifest, type SchemaIssue } from '../manifest/validate';
import { DEFAULT_CATALOGUE } from '../catalogue/catalogue';
import { inferManifest, type InferOptions, type InitDraft } from './infer';
import { renderDraft } from './render';

export { itemsOf, summaryOf } from '../cards/statements';
export { cardsInFolder, inferManifest, type FoundCard, type InitDraft, type Inferred, type SuggestedContext } from './infer';
export { renderDraft } from './render';
export { applyAnswers, type InitAnswers } from './answers';
export { matchLicenseText, normaliseLicenseText, type LicenseTextMatch } from './licenseText';

/** Creates a new file; must reject when the file exists (never replace) or the folder cannot be written. */
export interface InitWriter {
  createFile(path: string, text: string): Promise<void>;
}

export interface InitOptions extends InferOptions {
  /** Infer and return the text; write nothing. */
  dryRun?: boolean;
  writer?: InitWriter;
}

export type InitOutcome =
  | {
      status: 'written' | 'dry-run';
      /** Workspace-relative path of the manifest (written, or that would be written). */
      path: string;
      text: string;
      draft: InitDraft;
      /** Schema problems of the draft; empty unless something is wrong with init itself. */
      issues: SchemaIssue[];
    }
  | { status: 'refused'; path: string | undefined; reason: string };

/** A manifest under any accepted name in `dir` (names compared without case: some file systems ignore it). */
export async function existingManifest(fs: FileSystem, dir: string): Promise<string | undefined> {
  const accepted = new Set(MANIFEST_FILE_NAMES.map((n) => n.toLowerCase()));
  const found = (await fs.readDirectory(dir)).find((e) => accepted.has(e.name.toLowerCase()));
  return found ? joinInside(dir, found.name) : undefined;
}

/** Infer a draft manifest for `dir` and write it as release-manifest.yaml, unless one exists. */
export async function runInit(fs: FileSystem, dir: string, options: InitOptions = {}): Promise<InitOutcome> {
  const st = await fs.stat(dir);
  if (!st || st.kind !== 'directory') return { status: 'refused', path: undefined, reason: `${dir || '.'} is not a folder` };
  const target = joinInside(dir, MANIFEST_FILE_NAMES[0])!;
  const existing = await existingManifest(fs, dir);
  if (existing !== undefined) {
    return { status: 'refused', path: existing, reason: `${existing} already exists; it is left as it is (init never overwrites a manifest)` };
  }
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const draft = await inferManifest(fs, dir, { ...options, catalogue });
  const text = renderDraft(draft, catalogue.version);
  const issues = validateManifest(parseManifest(target, text));
  if (options.dryRun) return { status: 'dry-run', path: target, text, draft, issues };
  if (issues.length > 0) {
    return { status: 'refused', path: target, reason: `the draft does not validate (${issues.map((i) => i.message).join('; ')}); nothing was written. This is a bug in init: please report it` };
  }
  if (!options.writer) return { status: 'refused', path: target, reason: 'nothing to write with' };
  try {
    await options.writer.createFile(target, text);
  } catch (e) {
    return { status: 'refused', path: target, reason: `${target} was not written: ${(e as Error)?.message ?? String(e)}` };
  }
  return { status: 'written', path: target, text, draft, issues };
}
