// Fix-all, ESLint style: take every safe fix whose edits do not overlap an edit already chosen in the
// same file, apply them, re-check, repeat until nothing changes (at most MAX_PASSES). Pure: it returns
// new texts over an overlay; writing them is the adapter's job.
import type { DirEntry, FileStat, FileSystem } from '../fs';
import type { Finding, Fix, TextEdit } from '../types';
import { applyEdits } from '../text';
import { dirname, basename, normalizeRelative } from '../paths';
import type { CheckOptions } from '../rules/rule';
import type { UnitResult, WorkspaceResult } from './model';
import { checkUnit, type EngineOptions } from './check';
import { decodeText } from './load';

export const MAX_FIX_PASSES = 10;

/** A FileSystem that sees pending texts on top of another one. */
export class OverlayFileSystem implements FileSystem {
  private readonly encoder = new TextEncoder();
  constructor(
    private readonly base: FileSystem,
    readonly texts: Map<string, string> = new Map(),
  ) {}

  async readFile(path: string): Promise<Uint8Array> {
    const t = this.texts.get(path);
    return t !== undefined ? this.encoder.encode(t) : this.base.readFile(path);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const t = this.texts.get(path);
    if (t !== undefined) return { kind: 'file', size: this.encoder.encode(t).byteLength };
    const st = await this.base.stat(path);
    if (st) return st;
    for (const p of this.texts.keys()) if (path === '' || p.startsWith(`${path}/`)) return { kind: 'directory', size: 0 };
    return undefined;
  }

  async readDirectory(path: string): Promise<DirEntry[]> {
    let entries: DirEntry[] = [];
    try {
      entries = await this.base.readDirectory(path);
    } catch (e) {
      if (![...this.texts.keys()].some((p) => dirname(p) === path)) throw e;
    }
    const names = new Set(entries.map((e) => e.name));
    for (const p of this.texts.keys()) {
      if (dirname(p) === path && !names.has(basename(p))) {
        entries.push({ name: basename(p), kind: 'file' });
        names.add(basename(p));
      }
    }
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

export interface FixAllResult {
  /** Final text of every file changed or created, by workspace-relative path. */
  files: Map<string, string>;
  /** Paths among `files` that did not exist before. */
  created: string[];
  /** Fixes applied over all passes. */
  applied: number;
  passes: number;
  /** Units re-checked after the last pass. */
  units: UnitResult[];
}

interface Span {
  start: number;
  end: number;
}

/** Touching edits count as overlapping: two insertions at one offset have no defined order. */
function overlaps(spans: readonly Span[], e: TextEdit): boolean {
  return spans.some((s) => e.startOffset <= s.end && s.start <= e.endOffset);
}

function pickFix(f: Finding): Fix | undefined {
  const safe = (f.fixes ?? []).filter((x) => x.safe && x.changes.length > 0);
  return safe.find((x) => x.preferred) ?? safe[0];
}

/**
 * Apply every safe fix of `results` (re-checking between passes) and return the new texts.
 * `fs` is the workspace as it is on disk; nothing is written.
 */
export async function applySafeFixes(
  fs: FileSystem,
  results: WorkspaceResult | readonly UnitResult[],
  options: CheckOptions = {},
  engine: EngineOptions = {},
): Promise<FixAllResult> {
  const overlay = new OverlayFileSystem(fs);
  const created = new Set<string>();
  let units = [...('units' in results ? results.units : results)];
  const manifests = units.map((u) => u.manifestPath);
  let applied = 0;
  let passes = 0;

  const currentText = async (path: string): Promise<string | undefined> => {
    const t = overlay.texts.get(path);
    if (t !== undefined) return t;
    try {
      const st = await fs.stat(path);
      if (!st || st.kind !== 'file' || st.outsideRoot) return undefined;
      return decodeText(await fs.readFile(path));
    } catch {
      return undefined;
    }
  };

  while (passes < MAX_FIX_PASSES) {
    const chosenEdits = new Map<string, Span[]>();
    const pending = new Map<string, TextEdit[]>();
    const creating = new Map<string, string>();
    let chosen = 0;

    const fixFits = async (fix: Fix): Promise<boolean> => {
      const local = new Map<string, Span[]>();
      for (const ch of fix.changes) {
        if (normalizeRelative(ch.path) !== ch.path || ch.path === '') return false;
        if (ch.kind === 'create') {
          if (creating.has(ch.path) || pending.has(ch.path)) return false;
          if ((await currentText(ch.path)) !== undefined || (await fs.stat(ch.path)) !== undefined) return false;
        } else {
          if (creating.has(ch.path)) return false;
          const text = await currentText(ch.path);
          if (text === undefined) return false;
          const spans = [...(chosenEdits.get(ch.path) ?? []), ...(local.get(ch.path) ?? [])];
          for (const e of ch.edits) {
            if (e.startOffset < 0 || e.endOffset < e.startOffset || e.endOffset > text.length) return false;
            if (overlaps(spans, e)) return false;
            spans.push({ start: e.startOffset, end: e.endOffset });
          }
          local.set(ch.path, spans.slice((chosenEdits.get(ch.path) ?? []).length));
        }
      }
      return true;
    };

    for (const finding of units.flatMap((u) => u.findings)) {
      const fix = pickFix(finding);
      if (!fix) continue;
      if (!(await fixFits(fix))) continue;
      for (const ch of fix.changes) {
        if (ch.kind === 'create') creating.set(ch.path, ch.text);
        else {
          const spans = chosenEdits.get(ch.path) ?? [];
          const list = pending.get(ch.path) ?? [];
          for (const e of ch.edits) {
            spans.push({ start: e.startOffset, end: e.endOffset });
            list.push(e);
          }
          chosenEdits.set(ch.path, spans);
          pending.set(ch.path, list);
        }
      }
      chosen++;
    }

    if (chosen === 0) break;
    let changed = false;
    for (const [path, edits] of pending) {
      const before = (await currentText(path))!;
      const after = applyEdits(before, edits);
      if (after !== before) {
        overlay.texts.set(path, after);
        changed = true;
      }
    }
    for (const [path, text] of creating) {
      overlay.texts.set(path, text);
      created.add(path);
      changed = true;
    }
    passes++;
    if (!changed) break;
    applied += chosen;
    units = [];
    for (const m of manifests) units.push(await checkUnit(overlay, m, options, engine));
  }

  return { files: new Map(overlay.texts), created: [...created].sort(), applied, passes, units };
}
