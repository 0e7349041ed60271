// Glob settings in VS Code's dialect - `files.exclude` (an object of glob -> true / false /
// { "when": "$(basename).ext" }) and glob lists such as aiReleaseReadiness.manifestPatterns and .exclude -
// matched on workspace-relative POSIX paths, so the core's own walk (discover.ts) leaves out and finds
// what VS Code's search would. Matching is minimatch's (pure JavaScript, no Node built-in: it runs in
// the web build too), set to VS Code's dialect:
//   - `*`, `?` and `**` match names that start with a dot (VS Code has no dot rule);
//   - `{a,b}` and `[abc]` as usual; no `!` negation, no `#` comments, no extglobs `@(a|b)`: VS Code's
//     globs have none of them, so those characters are matched literally;
//   - matching is case-sensitive, whatever the platform;
//   - an exclusion that ends in `/**` also excludes the folder itself, so a walk does not enter it
//     (VS Code trims `/**` off exclusions for the same reason).
import { Minimatch, type MinimatchOptions } from 'minimatch';

/** A glob setting as VS Code keeps `files.exclude` and `search.exclude`: glob -> on/off or a sibling condition. */
export type GlobSetting = Readonly<Record<string, unknown>>;

/**
 * A test on a workspace-relative path. `hasSibling(name)` answers whether the folder that holds the path
 * also holds an entry of that name; without it, globs with a `when` condition never match (as in VS Code).
 */
export type PathTest = (path: string, hasSibling?: (name: string) => boolean) => boolean;

const VSCODE_DIALECT: MinimatchOptions = {
  dot: true,
  nonegate: true,
  nocomment: true,
  noext: true,
  nocase: false,
  // Paths here are always POSIX; never read `\` as a separator (minimatch would on Windows).
  platform: 'linux',
};

interface Rule {
  glob: Minimatch;
  /** `{ "when": "$(basename).ts" }`: the path only matches if its folder holds this sibling. */
  when?: string;
}

function compile(glob: string): Minimatch | undefined {
  try {
    return new Minimatch(glob, VSCODE_DIALECT);
  } catch {
    return undefined; // not a string, or longer than minimatch accepts: ignored, like any invalid setting
  }
}

/** A list of globs as a setting with each one on. */
export function globSetting(globs: readonly string[]): GlobSetting {
  return Object.fromEntries(globs.map((g) => [g, true]));
}

/** The name a `when` condition's `$(basename)` stands for: the last path segment without its extension. */
function basenameWithoutExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function matcher(rules: readonly Rule[]): PathTest {
  if (rules.length === 0) return () => false;
  // A walk asks about every folder and candidate file: the globs without a sibling condition are tested
  // as one regular expression, minimatch's own translations of them joined.
  const plain: RegExp[] = [];
  const rest: Rule[] = [];
  for (const r of rules) {
    const re = r.when === undefined ? r.glob.makeRe() : false;
    if (re) plain.push(re);
    else rest.push(r);
  }
  const joined = plain.length > 1 && new Set(plain.map((re) => re.flags)).size === 1 ? [new RegExp(plain.map((re) => `(?:${re.source})`).join('|'), plain[0].flags)] : plain;
  return (path, hasSibling) => {
    if (joined.some((re) => re.test(path))) return true;
    for (const r of rest) {
      if (!r.glob.match(path)) continue;
      if (r.when === undefined) return true;
      if (hasSibling?.(r.when.replace('$(basename)', () => basenameWithoutExtension(path)))) return true;
    }
    return false;
  };
}

/** Whether a path matches any of the globs (manifest patterns). */
export function includeTest(globs: readonly string[]): PathTest {
  return matcher(globs.flatMap((g) => compile(g) ?? []).map((glob) => ({ glob })));
}

/**
 * Whether a path is excluded by any of the settings. Per glob, as VS Code reads an exclude setting: `true`
 * (or any other object) excludes, `false` and other values turn the glob off, and `{ "when": ... }`
 * excludes only where the named sibling exists (`$(basename)` is the path's name without its extension).
 */
export function excludeTest(...settings: readonly GlobSetting[]): PathTest {
  const rules: Rule[] = [];
  for (const setting of settings) {
    for (const [glob, value] of Object.entries(setting)) {
      if (value === false || value === null || (typeof value !== 'object' && value !== true)) continue;
      const when = typeof value === 'object' && typeof (value as { when?: unknown }).when === 'string' ? (value as { when: string }).when : undefined;
      const variants = glob.endsWith('/**') && glob.length > 3 ? [glob, glob.replace(/(\/\*\*)+$/, '')] : [glob];
      for (const v of variants) {
        const m = compile(v);
        if (m) rules.push({ glob: m, when });
      }
    }
  }
  return matcher(rules);
}

/**
 * Alternative globs as few globs as possible for a search that takes one: `{a,b,c}`. Globs that hold
 * braces or commas themselves stay apart (VS Code's globs do not nest braces).
 */
export function joinGlobs(globs: readonly string[]): string[] {
  const plain = globs.filter((g) => !/[{},]/.test(g));
  const apart = globs.filter((g) => /[{},]/.test(g));
  return [...(plain.length > 1 ? [`{${plain.join(',')}}`] : plain), ...apart];
}
