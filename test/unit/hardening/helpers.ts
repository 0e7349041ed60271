// Shared checks for the hardening tests: ranges inside their documents, edits inside their texts.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../../src/core/text';
import type { Finding, Range } from '../../../src/core/types';
import type { UnitResult, WorkspaceResult } from '../../../src/core/engine/model';

import { REPO, readTree } from '../helpers/examples';

export { REPO, readTree };

/** Problems with one range measured against the text it claims to point into ([] when sound). */
export function rangeProblems(what: string, r: Range, text: string, idx = new LineIndex(text)): string[] {
  const out: string[] = [];
  if (!(Number.isInteger(r.startOffset) && Number.isInteger(r.endOffset))) out.push(`${what}: non-integer offsets`);
  if (r.startOffset < 0 || r.endOffset > text.length || r.startOffset > r.endOffset) {
    out.push(`${what}: offsets ${r.startOffset}..${r.endOffset} outside 0..${text.length}`);
    return out;
  }
  const s = idx.positionAt(r.startOffset);
  const e = idx.positionAt(r.endOffset);
  if (s.line !== r.start.line || s.character !== r.start.character) out.push(`${what}: start ${JSON.stringify(r.start)} != LineIndex ${JSON.stringify(s)}`);
  if (e.line !== r.end.line || e.character !== r.end.character) out.push(`${what}: end ${JSON.stringify(r.end)} != LineIndex ${JSON.stringify(e)}`);
  return out;
}

/**
 * Every finding's range (and related location, and fix edit) lies inside the text of the file it
 * names, with line/character agreeing with LineIndex. `texts` maps path -> text as the engine read it.
 */
export function findingProblems(findings: readonly Finding[], texts: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  const idx = new Map<string, LineIndex>();
  const index = (p: string) => {
    let i = idx.get(p);
    if (!i) idx.set(p, (i = new LineIndex(texts.get(p)!)));
    return i;
  };
  for (const f of findings) {
    const text = texts.get(f.path);
    // A finding about an unreadable or absent file sits at the file start.
    const t = text ?? '';
    out.push(...rangeProblems(`${f.ruleId} @ ${f.path}`, f.range, t, text === undefined ? new LineIndex('') : index(f.path)));
    for (const rel of f.related ?? []) {
      const rt = texts.get(rel.path) ?? '';
      out.push(...rangeProblems(`${f.ruleId} related ${rel.path}`, rel.range, rt, texts.has(rel.path) ? index(rel.path) : new LineIndex('')));
    }
    for (const fix of f.fixes ?? []) {
      for (const ch of fix.changes) {
        if (ch.kind !== 'edit') continue;
        const et = texts.get(ch.path);
        if (et === undefined) {
          out.push(`${f.ruleId} fix "${fix.title}" edits unread file ${ch.path}`);
          continue;
        }
        for (const e of ch.edits) {
          if (e.startOffset < 0 || e.endOffset > et.length || e.startOffset > e.endOffset) out.push(`${f.ruleId} fix "${fix.title}" edit ${e.startOffset}..${e.endOffset} outside ${ch.path} (${et.length})`);
        }
      }
    }
  }
  return out;
}

/** Texts a unit's findings may point into: the files of `files` that the unit read. */
export function unitTexts(unit: UnitResult, files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (p: string | undefined) => {
    if (p !== undefined && files.has(p)) out.set(p, files.get(p)!);
  };
  add(unit.manifestPath);
  for (const d of unit.documents) if (d.state === 'ok') add(d.path);
  return out;
}

export function workspaceProblems(result: WorkspaceResult, files: ReadonlyMap<string, string>): string[] {
  return result.units.flatMap((u) => findingProblems(u.findings, unitTexts(u, files)));
}

/** Valid manifests of the repository (examples, integration fixtures, the YAML-styles corpus) as seeds. */
export function seedManifests(): string[] {
  const out: string[] = [];
  for (const dir of ['examples', 'test/integration/fixtures', 'test/fixtures/yaml-styles']) {
    const abs = path.join(REPO, dir);
    if (!nodeFs.existsSync(abs)) continue;
    for (const [p, b] of readTree(abs)) if (/\.ya?ml$/.test(p)) out.push(b.toString('utf8'));
  }
  return out;
}
