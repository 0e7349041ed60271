// Reads a release unit through the FileSystem with limits: sizes are checked before reading,
// binary and invalid UTF-8 are refused, document paths never leave the workspace root.
import type { FileSystem } from '../fs';
import { dirname, joinInside } from '../paths';
import { parseManifest } from '../manifest/parse';
import type { ParsedManifest } from '../manifest/model';
import { parseCard } from '../cards/parse';
import { DOCUMENT_ROLES, type DocumentRole, type DocumentSlot, type DocumentState } from '../rules/rule';

export const MAX_MANIFEST_BYTES = 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface LoadLimits {
  maxManifestBytes?: number;
  maxDocumentBytes?: number;
}

export type ReadOutcome =
  | { state: 'ok'; text: string }
  | { state: Exclude<DocumentState, 'ok' | 'not-declared'>; detail: string };

// fatal: invalid UTF-8 throws instead of turning into U+FFFD; ignoreBOM: keep the BOM so offsets match the bytes on disk.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text of a file's bytes, or undefined when they are binary (a NUL byte) or not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.indexOf(0) >= 0) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : n >= 1024 ? `${Math.round(n / 1024)} KiB` : `${n} bytes`;
}

/** Read a text file, checking kind and size first. Never throws. */
export async function readTextFile(fs: FileSystem, path: string, maxBytes: number): Promise<ReadOutcome> {
  let st;
  try {
    st = await fs.stat(path);
  } catch (e) {
    return { state: 'missing', detail: (e as Error).message };
  }
  if (!st) return { state: 'missing', detail: 'no such file' };
  if (st.outsideRoot) return { state: 'outside-root', detail: 'resolves outside the workspace root' };
  if (st.kind !== 'file') {
    const what = st.kind === 'directory' ? 'a directory' : st.kind === 'symlink' ? 'a symbolic link that cannot be followed' : 'a special file';
    return { state: 'not-a-file', detail: `${what}, not a file` };
  }
  if (st.size > maxBytes) return { state: 'too-large', detail: `${formatBytes(st.size)}, over the ${formatBytes(maxBytes)} limit` };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    return { state: 'missing', detail: `could not be read: ${(e as Error).message}` };
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) return { state: 'too-large', detail: `${formatBytes(bytes.byteLength)}, over the ${formatBytes(maxBytes)} limit` };
  const text = decodeText(bytes);
  if (text === undefined) return { state: 'binary', detail: 'binary or not valid UTF-8' };
  return { state: 'ok', text };
}

export type ManifestLoad = { ok: true; manifest: ParsedManifest } | { ok: false; state: ReadOutcome['state']; detail: string };

export async function loadManifest(fs: FileSystem, manifestPath: string, limits: LoadLimits = {}): Promise<ManifestLoad> {
  const r = await readTextFile(fs, manifestPath, limits.maxManifestBytes ?? MAX_MANIFEST_BYTES);
  if (r.state !== 'ok') return { ok: false, state: r.state, detail: r.detail };
  return { ok: true, manifest: parseManifest(manifestPath, r.text) };
}

/** File names tried, case-insensitively, beside the manifest when a role is not declared. */
const CONVENTIONS: Partial<Record<DocumentRole, readonly string[]>> = {
  readme: ['README.md', 'README.markdown', 'README'],
  license_file: ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'LICENCE.md', 'LICENCE.txt', 'COPYING'],
  changelog: ['CHANGELOG.md', 'CHANGES.md', 'HISTORY.md'],
};

const MARKDOWN_ROLES: ReadonlySet<DocumentRole> = new Set<DocumentRole>(['readme', 'model_card', 'data_card']);

async function fillSlot(fs: FileSystem, slot: DocumentSlot, maxBytes: number): Promise<void> {
  const r = await readTextFile(fs, slot.path!, maxBytes);
  slot.state = r.state;
  if (r.state !== 'ok') return;
  slot.text = r.text;
  if (MARKDOWN_ROLES.has(slot.role)) slot.card = parseCard(slot.path!, r.text);
}

/** Document slots for every role: declared under `documentation:`, else found by convention beside the manifest. */
export async function loadDocuments(fs: FileSystem, manifest: ParsedManifest, limits: LoadLimits = {}): Promise<Record<DocumentRole, DocumentSlot>> {
  const dir = dirname(manifest.path);
  const maxBytes = limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const slots = {} as Record<DocumentRole, DocumentSlot>;
  let listing: Map<string, string> | undefined;
  const lookup = async (candidates: readonly string[]): Promise<string | undefined> => {
    if (!listing) {
      listing = new Map();
      try {
        // Listed once per unit; symlinks are kept as candidates and resolved (or refused) by stat.
        for (const e of await fs.readDirectory(dir)) if (!listing.has(e.name.toLowerCase())) listing.set(e.name.toLowerCase(), e.name);
      } catch {
        /* an unreadable folder simply has no conventional documents */
      }
    }
    for (const c of candidates) {
      const actual = listing.get(c.toLowerCase());
      if (actual !== undefined) return actual;
    }
    return undefined;
  };

  for (const role of DOCUMENT_ROLES) {
    const key = ['documentation', role];
    const value = manifest.get(key);
    const slot: DocumentSlot = { role, path: undefined, declared: false, state: 'not-declared' };
    const range = manifest.valueRange(key);
    if (range) slot.manifestRange = range;
    if (typeof value === 'string' && value.trim() !== '') {
      slot.declared = true;
      const path = joinInside(dir, value.trim());
      if (path === undefined || path === '') {
        slot.state = 'outside-root';
      } else {
        slot.path = path;
        await fillSlot(fs, slot, maxBytes);
      }
    } else {
      const candidates = CONVENTIONS[role];
      const name = candidates ? await lookup(candidates) : undefined;
      if (name !== undefined) {
        slot.path = dir === '' ? name : `${dir}/${name}`;
        await fillSlot(fs, slot, maxBytes);
        // A conventional file that vanished between listing and reading is simply absent.
        if (slot.state === 'missing') {
          slot.path = undefined;
          slot.state = 'not-declared';
        }
      }
    }
    slots[role] = slot;
  }
  return slots;
}
