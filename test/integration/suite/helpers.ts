// Shared helpers of the extension's integration tests: the fixture workspace, polling instead of
// fixed sleeps, and access to the running extension.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'ai-release-readiness.ai-release-readiness';
export const SOURCE = 'AI Release Readiness';

export function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, path);
}

export async function api(): Promise<ExtensionApi> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(ext, 'extension present');
  return ext.isActive ? ext.exports : await ext.activate();
}

/** Poll until `fn` returns a truthy value; fail with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** Diagnostics of our source on a file, once there is at least one. */
export function diagnosticsOf(uri: vscode.Uri, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics on ${uri.path}`, () => {
    const d = ours(uri);
    return d.length > 0 ? d : undefined;
  }, timeoutMs);
}

/**
 * Put an edited document back to `original`, the text on disk, and leave it saved: the text replaced, then
 * saved (the same bytes). Unlike "Revert File" this does not depend on which editor has the focus.
 */
export async function restoreText(doc: vscode.TextDocument, original: string): Promise<void> {
  if (doc.getText() !== original) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0)), original);
    assert.ok(await vscode.workspace.applyEdit(edit), 'restoring edit applied');
  }
  if (doc.isDirty) await doc.save();
  await waitFor(`${doc.uri.path} restored`, () => !doc.isDirty && doc.getText() === original);
}

export async function open(path: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(path));
  return vscode.window.showTextDocument(doc);
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  let actions: (vscode.CodeAction | vscode.Command)[] | undefined;
  // The workbench cancels a code-action request when the document changes meanwhile (a recheck publishing
  // diagnostics, a file event); the editor would simply ask again, and so does this.
  for (let attempt = 1; ; attempt++) {
    try {
      actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
      break;
    } catch (e) {
      if (attempt >= 3 || !(e instanceof Error && e.name === 'Canceled')) throw e;
    }
  }
  // Our provider returns CodeActions only (a bare Command has `command` as a string).
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/**
 * The code actions at a diagnostic's range. The document must be loaded in the workbench for
 * vscode.executeCodeActionProvider, and the actions it returns do not carry their diagnostics, so
 * tests pick an action by its title.
 */
export async function fixesFor(uri: vscode.Uri, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  await vscode.workspace.openTextDocument(uri);
  return codeActions(uri, d.range);
}

/**
 * The code action `pick` selects among those offered for the current diagnostic of `rule` (its message matching
 * `match`), asked again until it is offered: a request that overlaps a recheck comes back empty (the provider
 * stops when the workbench cancels it), as the light bulb would until the checks settle.
 */
export async function offered(uri: vscode.Uri, rule: string, pick: (a: vscode.CodeAction) => boolean, match?: RegExp): Promise<vscode.CodeAction> {
  return waitFor(`a code action for ${rule} on ${uri.path}`, async () => {
    const d = ours(uri).find((x) => ruleOf(x) === rule && (!match || match.test(x.message)));
    return d ? (await fixesFor(uri, d)).find(pick) : undefined;
  });
}

export function isRuleFix(a: vscode.CodeAction): boolean {
  return !!a.edit && !/^Suppress |^Show documentation/.test(a.title);
}

/** Apply a code action the way the editor does: its edit, then its command. */
export async function apply(a: vscode.CodeAction): Promise<void> {
  if (a.edit) assert.ok(await vscode.workspace.applyEdit(a.edit), `edit of "${a.title}" applied`);
  if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
}

export function count(uri: vscode.Uri, rule: string): number {
  return ours(uri).filter((d) => ruleOf(d) === rule).length;
}

export { uriExists as exists } from '../../../src/extension/uriExists';

/** Set a setting in the workspace (the fixture's .vscode/settings.json) for the duration of `fn`. */
export async function withSetting<T>(section: string, key: string, value: unknown, fn: () => Promise<T>, languageId?: string): Promise<T> {
  const cfg = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  const before = cfg.inspect(key);
  const old = languageId ? before?.workspaceLanguageValue : before?.workspaceValue;
  await cfg.update(key, value, vscode.ConfigurationTarget.Workspace, languageId ? true : undefined);
  try {
    return await fn();
  } finally {
    await cfg.update(key, old, vscode.ConfigurationTarget.Workspace, languageId ? true : undefined);
  }
}

/**
 * Waits until the active tab is the Markdown preview of a rule's page as shipped in the extension
 * (docs/rules/<id>.md under the extension's own folder, loaded as a document), and returns that tab.
 */
export async function ruleDocPreview(ruleId: string): Promise<vscode.Tab> {
  const page = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  return waitFor(`the Markdown preview of ${page.toString()}`, () => {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    const preview = tab?.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType);
    const loaded = vscode.workspace.textDocuments.some((d) => d.uri.toString() === page.toString());
    return preview && loaded && tab.label.includes(`${ruleId}.md`) ? tab : undefined;
  });
}

/**
 * URL of the UI driver (scripts/vscode-host/ui-driver.js) of the runner that opened this workbench in chromium:
 * RR_UI_DRIVER in the extension host's environment (code-server), or set by the web test bundle. Undefined in
 * VS Code desktop, where no runner drives the window.
 */
export function uiDriver(): string | undefined {
  const web = (globalThis as { RR_UI_DRIVER?: string }).RR_UI_DRIVER;
  const node = typeof process !== 'undefined' ? process.env?.RR_UI_DRIVER : undefined;
  return web || node || undefined;
}

/** Clicks, in the real workbench page, the first element a playwright selector matches (waiting until it shows). */
export async function clickInWorkbench(selector: string, timeoutMs = 15_000): Promise<void> {
  const url = uiDriver();
  assert.ok(url, 'no UI driver: RR_UI_DRIVER is set by scripts/vscode-host/run-ext-tests.js and test/web/run.ts');
  const res = await fetch(`${url}/click`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ selector, timeoutMs }) });
  const answer = (await res.json()) as { ok: boolean; error?: string; rows?: string[] };
  assert.ok(answer.ok, `click failed: ${answer.error}\nlist rows on the page: ${JSON.stringify(answer.rows)}`);
}
