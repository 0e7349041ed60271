// Finds release manifests under workspace-relative roots. Bounded and loop-free: symbolic links are
// never followed into directories, depth and entry counts are capped, every skip is reported.
import type { FileSystem } from '../fs';
import { basename, normalizeRelative } from '../paths';
import type { PathTest } from './globs';
import { MANIFEST_FILE_NAMES } from './model';

/** Directories that never hold a release unit of their own (VCS data, dependencies, build output). */
export const DEFAULT_EXCLUDED_DIRS: readonly string[] = [
  '.git',
  'node_modules',
  'dist',
  'out',
  'build',
  '.venv',
  '__pycache__',
  '.vscode-test',
];

export interface DiscoverOptions {
  /** Extra directory names (any depth) or workspace-relative directory paths to skip. */
  exclude?: readonly string[];
  /**
   * Paths to leave out, e.g. `excludeTest` of VS Code's `files.exclude` (globs.ts): a folder it matches is
   * not entered, a file it matches is not taken. Its `hasSibling` answers from the folder's listing.
   */
  excludeTest?: PathTest;
  /**
   * Which files are manifests, e.g. `includeTest` of glob patterns; by default the standard names. Another
   * name ranks before the standard ones in its folder, as when a file is named explicitly.
   */
  includeTest?: PathTest;
  /** Whether DEFAULT_EXCLUDED_DIRS are skipped (default true); with false only `exclude`/`excludeTest` decide. */
  defaultExcludes?: boolean;
  /**
   * Told each manifest as the walk finds it, so work on it can start before the walk ends. The result is
   * what counts: where roots overlap, it may leave out one told here.
   */
  onManifest?: (path: string) => void;
  /** Deepest directory level walked below a root (default 32). */
  maxDepth?: number;
  /** Directory entries examined in total before the walk stops (default 200,000). */
  maxEntries?: number;
}

export interface SkippedPath {
  path: string;
  reason: string;
}

export interface DiscoveryResult {
  /** Sorted, unique workspace-relative manifest paths: at most one per directory. */
  manifests: string[];
  skipped: SkippedPath[];
}

export const DEFAULT_MAX_DEPTH = 32;
export const DEFAULT_MAX_ENTRIES = 200_000;

const YAML_FILE = /\.ya?ml$/i;
const NOT_YAML = 'not a release manifest (expected a .yaml or .yml file)';

const MANIFEST_RANK = new Map(MANIFEST_FILE_NAMES.map((n, i) => [n, i]));

export function isManifestFileName(name: string): boolean {
  return MANIFEST_RANK.has(name);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Which of two manifests of one folder is its unit: a non-standard name (named explicitly) first, then the standard names in order. */
function byRank(a: string, b: string): number {
  const rank = (p: string) => MANIFEST_RANK.get(basename(p)) ?? -1;
  return rank(a) - rank(b) || compare(a, b);
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/**
 * Walks each root (a directory or an explicitly named manifest file) and returns the manifests found.
 * Results do not depend on the order of roots or of directory listings.
 */
export async function discoverManifests(fs: FileSystem, roots: readonly string[] = [''], opts: DiscoverOptions = {}): Promise<DiscoveryResult> {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const excludeNames = new Set<string>(opts.defaultExcludes === false ? [] : DEFAULT_EXCLUDED_DIRS);
  const excluded = opts.excludeTest;
  const isManifest = opts.includeTest ?? ((path: string) => isManifestFileName(basename(path)));
  const excludePaths = new Set<string>();
  for (const e of opts.exclude ?? []) {
    const n = normalizeRelative(e);
    if (n === undefined || n === '') continue;
    if (n.includes('/')) excludePaths.add(n);
    else excludeNames.add(n);
  }

  const manifests = new Set<string>();
  const skipped = new Map<string, string>();
  const skip = (path: string, reason: string) => {
    if (!skipped.has(path)) skipped.set(path, reason);
  };
  const visitedDirs = new Set<string>();
  let entries = 0;
  let limitHit = false;

  for (const rawRoot of roots) {
    const root = normalizeRelative(rawRoot);
    if (root === undefined) {
      skip(rawRoot, 'outside the workspace root: not read');
      continue;
    }
    const st = await fs.stat(root);
    if (!st) {
      skip(root, 'not found');
      continue;
    }
    if (st.kind === 'file') {
      // An explicitly named file is taken as a manifest when it is YAML, whatever its name.
      if (YAML_FILE.test(root)) {
        manifests.add(root);
        opts.onManifest?.(root);
      } else skip(root, NOT_YAML);
      continue;
    }
    if (st.kind !== 'directory') {
      skip(root, st.kind === 'symlink' ? 'symbolic link not followed' : 'not a regular file or directory');
      continue;
    }

    // Depth-first walk with an explicit stack: no recursion depth to blow.
    const stack: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
    while (stack.length > 0 && !limitHit) {
      const { dir, depth } = stack.pop()!;
      if (visitedDirs.has(dir)) continue; // roots may overlap ("." and "examples")
      visitedDirs.add(dir);
      let list;
      try {
        list = await fs.readDirectory(dir);
      } catch (e) {
        skip(dir === '' ? '.' : dir, `directory could not be read: ${(e as Error).message}`);
        continue;
      }
      if (entries + list.length > maxEntries) {
        limitHit = true;
        skip(dir === '' ? '.' : dir, `entry limit of ${maxEntries} reached: the rest of the workspace was not searched`);
        break;
      }
      entries += list.length;

      const found: string[] = [];
      const subdirs: string[] = [];
      let names: Set<string> | undefined;
      const hasSibling = (name: string) => (names ??= new Set(list.map((e) => e.name))).has(name);
      for (const entry of list) {
        const path = join(dir, entry.name);
        if (entry.kind === 'symlink') {
          skip(path, 'symbolic link not followed');
        } else if (entry.kind === 'directory') {
          if (excludeNames.has(entry.name) || excludePaths.has(path) || excluded?.(path, hasSibling)) continue;
          subdirs.push(path);
        } else if (isManifest(path) && !excluded?.(path, hasSibling)) {
          if (entry.kind !== 'file') skip(path, 'not a regular file');
          else if (YAML_FILE.test(path)) found.push(path);
          else skip(path, NOT_YAML);
        }
      }
      if (found.length > 0) {
        found.sort(byRank);
        manifests.add(found[0]);
        opts.onManifest?.(found[0]);
        for (const other of found.slice(1)) {
          skip(other, `another manifest in the same folder takes precedence: ${basename(found[0])}`);
        }
      }
      if (subdirs.length > 0) {
        if (depth + 1 > maxDepth) {
          skip(dir === '' ? '.' : dir, `deeper than ${maxDepth} levels: subfolders not searched`);
          continue;
        }
        subdirs.sort(compare).reverse();
        for (const s of subdirs) stack.push({ dir: s, depth: depth + 1 });
      }
    }
  }

  // One unit per folder, also when roots overlap; a non-standard name given explicitly ranks first.
  const byDir = new Map<string, string[]>();
  for (const m of manifests) {
    const d = m.slice(0, Math.max(0, m.lastIndexOf('/')));
    const list = byDir.get(d) ?? [];
    list.push(m);
    byDir.set(d, list);
  }
  const result: string[] = [];
  for (const list of byDir.values()) {
    if (list.length === 1) {
      result.push(list[0]);
      continue;
    }
    list.sort(byRank);
    result.push(list[0]);
    for (const other of list.slice(1)) skip(other, `another manifest in the same folder takes precedence: ${basename(list[0])}`);
  }
  result.sort(compare);
  return {
    manifests: result,
    skipped: [...skipped.entries()].map(([path, reason]) => ({ path, reason })).sort((a, b) => compare(a.path, b.path)),
  };
}
