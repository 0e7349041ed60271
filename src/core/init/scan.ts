// What a folder holds, as far as inferring a release manifest needs: its top-level files by role (README,
// license, changelog, cards, package manifests, model config), weight and data files one level down, and
// the license file of an enclosing folder up to the repository root. Bounded: no deep walk, no link followed.
import type { FileSystem } from '../fs';
import { DEFAULT_EXCLUDED_DIRS } from '../engine/discover';

/** Extensions of trained weights and exported models. */
const WEIGHT_EXT = /\.(?:safetensors|ckpt|pt|pth|bin|gguf|ggml|onnx|h5|keras|tflite|msgpack|mlmodel|pb|nemo)$/i;
/** `.bin` is a weight file only when named like one (pytorch_model.bin, adapter_model.bin, ...). */
const BIN_WEIGHT = /(?:model|weights|adapter)[\w.-]*\.bin$/i;
/** Extensions of tabular, text and array data sets. */
const DATA_EXT = /\.(?:parquet|arrow|csv|tsv|jsonl|ndjson|tfrecords?|feather|avro|orc|zarr|nc|h5ad)(?:\.(?:gz|bz2|xz|zst))?$/i;
/** Folders data sets keep their files in. */
const DATA_DIRS = /^(?:data|dataset|datasets|train|test|validation|splits|raw)$/i;

const README = /^readme(?:\.(?:md|markdown|rst|txt))?$/i;
const LICENSE = /^(?:license|licence|copying)(?:[-_.](?:md|txt|markdown|rst))?$/i;
const CHANGELOG = /^(?:changelog|changes|history|news|release[-_]?notes)(?:\.(?:md|markdown|rst|txt))?$/i;
/** Card file names, compared without case, separators or extension. */
const MODEL_CARD_NAMES = new Set(['modelcard']);
const DATA_CARD_NAMES = new Set(['datacard', 'datasetcard', 'datasheet', 'datasheetfordatasets', 'datasheetfordataset']);

export interface FolderScan {
  /** Top-level file names (regular files only), sorted. */
  files: string[];
  readme?: string;
  license?: string;
  changelog?: string;
  /** Card files by name, e.g. MODEL_CARD.md, model-card.md. */
  modelCards: string[];
  dataCards: string[];
  /** Other top-level Markdown files, which may be cards by their front matter. */
  markdown: string[];
  packageJson?: string;
  pyproject?: string;
  setupCfg?: string;
  configJson?: string;
  /** Weight files, folder-relative, at most a few. */
  weights: string[];
  /** Data files, folder-relative, at most a few. */
  dataFiles: string[];
  /** What makes the folder a workspace of several packages (pnpm-workspace.yaml, lerna.json, ...), if anything. */
  workspace?: string;
  /** License file of an enclosing folder inside the repository, relative to the folder ("../../LICENSE"). */
  ancestorLicense?: string;
}

const MAX_LISTED = 5;
const MAX_SUBDIRS = 64;

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

function cardKey(name: string): string {
  return name.replace(/\.(?:md|markdown)$/i, '').toLowerCase().replace(/[-_ .]+/g, '');
}

function isWeight(name: string): boolean {
  if (/\.bin$/i.test(name)) return BIN_WEIGHT.test(name);
  return WEIGHT_EXT.test(name);
}

/** Scan `dir` (workspace-relative; "" is the root). */
export async function scanFolder(fs: FileSystem, dir: string): Promise<FolderScan> {
  const entries = await fs.readDirectory(dir);
  const scan: FolderScan = { files: [], modelCards: [], dataCards: [], markdown: [], weights: [], dataFiles: [] };
  const subdirs: string[] = [];
  for (const e of entries) {
    if (e.kind === 'directory') {
      if (!e.name.startsWith('.') && !DEFAULT_EXCLUDED_DIRS.includes(e.name)) subdirs.push(e.name);
      continue;
    }
    if (e.kind !== 'file') continue;
    const n = e.name;
    scan.files.push(n);
    if (README.test(n)) {
      // README.md wins over README.rst or a bare README.
      if (!scan.readme || /\.md$/i.test(n)) scan.readme = n;
    } else if (LICENSE.test(n)) {
      if (!scan.license || /^licen[cs]e$/i.test(n)) scan.license = n;
    } else if (CHANGELOG.test(n)) {
      if (!scan.changelog || /^changelog/i.test(n)) scan.changelog = n;
    } else if (/\.(?:md|markdown)$/i.test(n)) {
      const k = cardKey(n);
      if (MODEL_CARD_NAMES.has(k)) scan.modelCards.push(n);
      else if (DATA_CARD_NAMES.has(k)) scan.dataCards.push(n);
      else scan.markdown.push(n);
    } else if (n === 'package.json') scan.packageJson = n;
    else if (n === 'pyproject.toml') scan.pyproject = n;
    else if (n === 'setup.cfg') scan.setupCfg = n;
    else if (n === 'config.json') scan.configJson = n;
    else if (n === 'pnpm-workspace.yaml' || n === 'lerna.json' || n === 'nx.json' || n === 'turbo.json') scan.workspace = n;
    if (isWeight(n) && scan.weights.length < MAX_LISTED) scan.weights.push(n);
    else if (DATA_EXT.test(n) && scan.dataFiles.length < MAX_LISTED) scan.dataFiles.push(n);
  }
  // One level down: weights anywhere (checkpoints/, onnx/), data only in folders data sets use.
  for (const sub of subdirs.sort().slice(0, MAX_SUBDIRS)) {
    if (scan.weights.length >= MAX_LISTED && scan.dataFiles.length >= MAX_LISTED) break;
    let list;
    try {
      list = await fs.readDirectory(join(dir, sub));
    } catch {
      continue;
    }
    for (const e of list) {
      if (e.kind !== 'file') continue;
      if (isWeight(e.name) && scan.weights.length < MAX_LISTED) scan.weights.push(`${sub}/${e.name}`);
      else if (DATA_DIRS.test(sub) && DATA_EXT.test(e.name) && scan.dataFiles.length < MAX_LISTED) scan.dataFiles.push(`${sub}/${e.name}`);
    }
  }
  if (!scan.license && dir !== '') scan.ancestorLicense = await ancestorLicense(fs, dir);
  scan.files.sort();
  return scan;
}

/** The nearest license file in a folder above `dir`, up to the root, as a path relative to `dir`. */
async function ancestorLicense(fs: FileSystem, dir: string): Promise<string | undefined> {
  const parts = dir.split('/');
  for (let up = 1; up <= parts.length; up++) {
    const ancestor = parts.slice(0, parts.length - up).join('/');
    let list;
    try {
      list = await fs.readDirectory(ancestor);
    } catch {
      return undefined;
    }
    const names = list.filter((e) => e.kind === 'file' && LICENSE.test(e.name)).map((e) => e.name);
    const name = names.find((n) => /^licen[cs]e$/i.test(n)) ?? names.sort()[0];
    if (name) return `${'../'.repeat(up)}${name}`;
  }
  return undefined;
}
