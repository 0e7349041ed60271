// Code actions: every core fix as a quick fix, suppression comments, rule docs, and fix-all as a
// source action (so `editor.codeActionsOnSave` can run it) and as a command. All edits are
// WorkspaceEdits, hence undoable; the fix texts come from the core, never from here.
import * as vscode from 'vscode';
import { checkUnit } from '../core/engine/check';
import { OverlayFileSystem } from '../core/engine/fixAll';
import { suppressionEdit } from '../core/engine/suppress';
import { applyEdits } from '../core/text';
import type { Finding, Fix, TextEdit } from '../core/types';
import { DIAGNOSTIC_SOURCE, type DiagnosticsPublisher, unitKey } from './diagnostics';
import { OPEN_RULE_DOC_COMMAND } from './ruleDocs';
import type { ReadinessServiceImpl, StoredUnit } from './service';
import { textEditsToWorkspaceEdit } from './views/fixEdit';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('aiReleaseReadiness');
export const FIX_ALL_COMMAND = 'aiReleaseReadiness.fixAll';
const MAX_PASSES = 10;

/** Languages whose files a release unit can hold findings in (manifest, cards, README, LICENSE). */
export const CODE_ACTION_SELECTOR: vscode.DocumentSelector = [
  { language: 'release-manifest' },
  { language: 'yaml' },
  { language: 'markdown' },
  { language: 'plaintext' },
];

/**
 * The manifest-wide suppression `# release-readiness-disable <rule>`, inserted after the comment
 * block the manifest starts with (so a header comment stays the first thing in the file).
 */
export function manifestSuppressionEdit(text: string, ruleId: string): TextEdit {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/y;
  for (;;) {
    lineRe.lastIndex = offset;
    const m = lineRe.exec(text);
    if (!m || m[0] === '' || !/^\s*#/.test(m[0])) break;
    offset += m[0].length;
    if (m[1] === '') {
      // The file is only comments and has no final line break.
      return { startOffset: offset, endOffset: offset, newText: `${eol}# release-readiness-disable ${ruleId}${eol}` };
    }
  }
  return { startOffset: offset, endOffset: offset, newText: `# release-readiness-disable ${ruleId}${eol}` };
}

/** The smallest single replacement turning `before` into `after` (bytes outside it stay untouched). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { startOffset: start, endOffset: before.length - end, newText: after.slice(start, after.length - end) };
}

/**
 * A core fix as one WorkspaceEdit. New files are created empty and filled by an insert: an edit
 * carrying `createFile(..., { contents })` cannot be revived once it crossed the extension host
 * boundary (which code actions do). Creation fails, harmlessly, if the file appeared meanwhile.
 */
export async function fixToCodeActionEdit(fix: Fix, uriOf: (path: string) => vscode.Uri): Promise<{ edit: vscode.WorkspaceEdit; created: vscode.Uri[] }> {
  const edit = new vscode.WorkspaceEdit();
  const created: vscode.Uri[] = [];
  for (const change of fix.changes) {
    const uri = uriOf(change.path);
    if (change.kind === 'create') {
      edit.createFile(uri);
      edit.insert(uri, new vscode.Position(0, 0), change.text);
      created.push(uri);
    } else {
      await textEditsToWorkspaceEdit(uri, change.edits, edit);
    }
  }
  return { edit, created };
}

export class ReadinessCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly service: ReadinessServiceImpl,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    try {
      const only = context.only;
      if (!only || only.intersects(vscode.CodeActionKind.QuickFix)) {
        for (const d of context.diagnostics) {
          if (d.source !== DIAGNOSTIC_SOURCE) continue;
          actions.push(...(await this.quickFixes(document, d)));
          if (token.isCancellationRequested) return [];
        }
      }
      if (only && only.intersects(FIX_ALL_KIND)) {
        const edit = await this.fixAllEdit(document);
        if (edit && !token.isCancellationRequested) {
          const action = new vscode.CodeAction('Fix all auto-fixable release readiness problems', FIX_ALL_KIND);
          action.edit = edit;
          actions.push(action);
        }
      }
    } catch (e) {
      this.log.error(`code actions for ${document.uri.toString()} failed`, e);
    }
    return actions;
  }

  private unitOf(uri: vscode.Uri, key: string): StoredUnit | undefined {
    return this.service.storedUnitsFor(uri).find((u) => unitKey(u.folder, u.result.manifestPath) === key);
  }

  private async quickFixes(document: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
    const origin = this.diagnostics.originOf(document.uri, d);
    if (!origin) return [];
    const unit = this.unitOf(document.uri, origin.unitKey);
    if (!unit) return [];
    const { finding } = origin;
    const out: vscode.CodeAction[] = [];
    const uriOf = (p: string) => this.service.uriIn(unit.folder, p);

    // Fix offsets are into the text the check read: offer fixes only while that text is current
    // (a recheck is already scheduled otherwise).
    for (const fix of finding.fixes ?? []) {
      if (!this.fixIsCurrent(unit, fix)) continue;
      const { edit, created } = await fixToCodeActionEdit(fix, uriOf);
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.diagnostics = [d];
      action.isPreferred = fix.preferred === true;
      // Runs after the edit: show the document the fix just created.
      if (created[0]) action.command = { command: 'vscode.open', title: 'Open created document', arguments: [created[0]] };
      out.push(action);
    }

    const rule = finding.ruleId;
    const line = new vscode.CodeAction(`Suppress ${rule} for this line`, vscode.CodeActionKind.QuickFix);
    line.edit = this.textEdit(document, suppressionEdit(document.getText(), finding.path, finding));
    line.diagnostics = [d];
    out.push(line);

    const manifestDoc = await vscode.workspace.openTextDocument(unit.manifestUri);
    const unitWide = new vscode.CodeAction(`Suppress ${rule} for this manifest`, vscode.CodeActionKind.QuickFix);
    unitWide.edit = this.textEdit(manifestDoc, manifestSuppressionEdit(manifestDoc.getText(), rule));
    unitWide.diagnostics = [d];
    out.push(unitWide);

    const docs = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
    // The page shipped with the extension, in a Markdown preview (works offline).
    docs.command = { command: OPEN_RULE_DOC_COMMAND, title: `Show documentation for ${rule}`, arguments: [rule] };
    docs.diagnostics = [d];
    out.push(docs);
    return out;
  }

  private fixIsCurrent(unit: StoredUnit, fix: Fix): boolean {
    return fix.changes.every((c) => c.kind === 'create' || this.service.isCurrent(unit, c.path));
  }

  private textEdit(document: vscode.TextDocument, e: TextEdit): vscode.WorkspaceEdit {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.startOffset), document.positionAt(e.endOffset)), e.newText);
    return edit;
  }

  /**
   * Every safe fix that edits only this document, applied in passes with a re-check in between
   * (one fix can make room for the next), as one minimal edit of the document. Fixes that create
   * or touch other files are left to the quick fixes: saving a file must not write others.
   */
  async fixAllEdit(document: vscode.TextDocument): Promise<vscode.WorkspaceEdit | undefined> {
    const units = this.service.storedUnitsFor(document.uri);
    if (units.length === 0) return undefined;
    const folder = units[0].folder;
    const path = this.service.relativePath(folder, document.uri);
    if (path === undefined) return undefined;
    const base = this.service.fileSystem(folder);
    // The overlay reports the document as a plain file: a link that leaves the folder must stay unread.
    if ((await base.stat(path))?.outsideRoot) return undefined;
    const original = document.getText();
    const overlay = new OverlayFileSystem(base, new Map([[path, original]]));
    const options = this.service.optionsFor(folder);
    let text = original;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const findings: Finding[] = [];
      for (const u of units) findings.push(...(await checkUnit(overlay, u.result.manifestPath, options)).findings);
      const edits = chooseEdits(findings, path, text.length);
      if (edits.length === 0) break;
      const next = applyEdits(text, edits);
      if (next === text) break;
      text = next;
      overlay.texts.set(path, text);
    }
    const e = minimalEdit(original, text);
    return e ? this.textEdit(document, e) : undefined;
  }
}

/** Non-overlapping edits of the safe fixes that touch only `path` (touching edits count as overlapping). */
function chooseEdits(findings: readonly Finding[], path: string, length: number): TextEdit[] {
  const chosen: TextEdit[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const safe = (f.fixes ?? []).filter((x) => x.safe && x.changes.length > 0 && x.changes.every((c) => c.kind === 'edit' && c.path === path));
    const fix = safe.find((x) => x.preferred) ?? safe[0];
    if (!fix) continue;
    const edits = fix.changes.flatMap((c) => (c.kind === 'edit' ? c.edits : []));
    const key = JSON.stringify(edits);
    if (seen.has(key)) continue; // the same fix offered by two findings
    const fits = edits.every(
      (e) =>
        e.startOffset >= 0 &&
        e.startOffset <= e.endOffset &&
        e.endOffset <= length &&
        !chosen.some((c) => e.startOffset <= c.endOffset && c.startOffset <= e.endOffset),
    );
    if (!fits) continue;
    seen.add(key);
    chosen.push(...edits);
  }
  return chosen;
}

/** `aiReleaseReadiness.fixAll`: fix-all on the given or the active document; resolves to whether it changed. */
export function registerCodeActions(
  context: vscode.ExtensionContext,
  service: ReadinessServiceImpl,
  diagnostics: DiagnosticsPublisher,
  log: vscode.LogOutputChannel,
): ReadinessCodeActions {
  const provider = new ReadinessCodeActions(service, diagnostics, log);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(CODE_ACTION_SELECTOR, provider, ReadinessCodeActions.metadata),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, async (arg?: unknown): Promise<boolean> => {
      try {
        const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
        if (!uri) {
          void vscode.window.showInformationMessage('Release Readiness: open a release manifest or one of its documents to fix it.');
          return false;
        }
        const document = await vscode.workspace.openTextDocument(uri);
        const edit = await provider.fixAllEdit(document);
        if (!edit) {
          void vscode.window.setStatusBarMessage('Release Readiness: nothing to fix automatically', 3000);
          return false;
        }
        if (!(await vscode.workspace.applyEdit(edit))) throw new Error('VS Code refused the edit');
        for (const u of service.storedUnitsFor(uri)) await service.recheck(u);
        return true;
      } catch (e) {
        log.error('Fix all failed', e);
        void vscode.window.showErrorMessage(`Release Readiness: fix all failed: ${e instanceof Error ? e.message : String(e)}`);
        return false;
      }
    }),
  );
  return provider;
}
