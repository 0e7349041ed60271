// Checks shared by the fix-safety tests: what must hold of a text after a fix changed it.
import { Lexer, parseAllDocuments } from 'yaml';
import { MemoryFileSystem } from '../../../src/core/fs';
import { applyEdits } from '../../../src/core/text';
import type { Finding, Fix, TextEdit } from '../../../src/core/types';

/** Comment texts as the YAML lexer sees them (a `#` inside a block scalar is text, not a comment). */
export function comments(text: string): string[] {
  const out: string[] = [];
  for (const tok of new Lexer().lex(text.replace(/^\uFEFF/, ''))) if (tok.startsWith('#')) out.push(tok.trimEnd());
  return out;
}

export function yamlErrors(text: string): string[] {
  return parseAllDocuments(text.replace(/^\uFEFF/, '')).flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message.split('\n')[0]));
}

export const key = (f: Finding) => `${f.ruleId}: ${f.message}`;

export function multiset(xs: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Items of `after` beyond their count in `before`. */
export function added(before: readonly string[], after: readonly string[]): string[] {
  const b = multiset(before);
  const out: string[] = [];
  for (const x of after) {
    const n = b.get(x) ?? 0;
    if (n > 0) b.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** Whether `small` is a subsequence of `big`: with insertion-only edits, no original byte may go missing. */
export function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
  return j === small.length;
}

/** Line-ending problems of `after` given the style of `before`. */
export function eolProblems(before: string, after: string): string[] {
  if (before.includes('\r\n')) return /(^|[^\r])\n/.test(after) ? ['a lone \\n in a CRLF file'] : [];
  return after.includes('\r') ? ['a \\r in an LF file'] : [];
}

/** What must hold of any new manifest text produced from `before` (by one fix or by fix-all). */
export function textProblems(before: string, after: string): string[] {
  const out: string[] = [];
  const errs = added(yamlErrors(before), yamlErrors(after));
  if (errs.length) out.push(`invalid YAML: ${errs.join('; ')}`);
  const lost = added(comments(after), comments(before));
  if (lost.length) out.push(`comments lost: ${JSON.stringify(lost)}`);
  out.push(...eolProblems(before, after));
  if (before.startsWith('\uFEFF') !== after.startsWith('\uFEFF')) out.push('BOM added or lost');
  return out;
}

/** Bytes outside the edits are unchanged, and an edit that replaces text removes no comment. */
export function editProblems(before: string, edits: readonly TextEdit[]): string[] {
  const out: string[] = [];
  const after = applyEdits(before, edits);
  const sorted = [...edits].sort((a, b) => a.startOffset - b.startOffset);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const delta = sorted.reduce((n, e) => n + e.newText.length - (e.endOffset - e.startOffset), 0);
  if (after.slice(0, first.startOffset) !== before.slice(0, first.startOffset)) out.push('prefix before the first edit changed');
  if (after.slice(last.endOffset + delta) !== before.slice(last.endOffset)) out.push('suffix after the last edit changed');
  for (const e of sorted) {
    const removed = before.slice(e.startOffset, e.endOffset);
    if (comments(removed).length > 0 || /(^|\s)#/.test(removed)) out.push(`edit ${e.startOffset}..${e.endOffset} removes a comment: ${JSON.stringify(removed)}`);
  }
  return out;
}

export function fsWith(files: ReadonlyMap<string, string>): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  for (const [p, t] of files) fs.write(p, t);
  return fs;
}

/** Apply one fix to a copy of the files; returns the new files. */
export function applyFix(files: ReadonlyMap<string, string>, fix: Fix): Map<string, string> {
  const out = new Map(files);
  for (const ch of fix.changes) {
    if (ch.kind === 'create') out.set(ch.path, ch.text);
    else out.set(ch.path, applyEdits(out.get(ch.path)!, ch.edits));
  }
  return out;
}

