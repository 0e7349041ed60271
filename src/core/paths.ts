// POSIX path arithmetic for workspace-relative paths; the core cannot use Node's `path`.

/** What normalising would change or refuse: a "." or ".." segment, an empty segment, a backslash, an absolute or drive path. */
const NEEDS_NORMALISING = /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$|^\/|\\|^[a-zA-Z]:[\\/]/;

/** Normalise "a/./b/../c" to "a/c". Returns undefined when the path leaves the root or is absolute. */
export function normalizeRelative(path: string): string | undefined {
  // Most paths are already normal ("docs/MODEL_CARD.md"): no dot segment, backslash or empty segment.
  if (!NEEDS_NORMALISING.test(path)) return path;
  if (path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(path)) return undefined;
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/** Join a workspace-relative directory and a relative path; undefined when the result leaves the root. */
export function joinInside(dir: string, relative: string): string | undefined {
  if (relative.startsWith('/') || relative.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(relative)) return undefined;
  return normalizeRelative(dir === '' ? relative : `${dir}/${relative}`);
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Path of `target` relative to directory `fromDir`, both workspace-relative. */
export function relativeTo(fromDir: string, target: string): string {
  if (fromDir === '') return target;
  return target.startsWith(`${fromDir}/`) ? target.slice(fromDir.length + 1) : target;
}
