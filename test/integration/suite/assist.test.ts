// Completion and hover from the manifest's JSON Schema, through VS Code's own provider commands
// (vscode.executeCompletionItemProvider / vscode.executeHoverProvider) as the editor calls them.
// The test edits units/assist/release-manifest.yaml in the editor only and reverts it at the end.
import * as assert from 'assert';
import * as vscode from 'vscode';
import schemaJson from '../../../schemas/release-manifest.schema.json';
import { api, restoreText, waitFor, workspaceUri } from './helpers';

const MANIFEST = 'units/assist/release-manifest.yaml';
const DOTTED = 'units/assist-dot/.release-manifest.yaml';

interface SchemaProp {
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  defaultSnippets?: { label?: string }[];
}
const PROPS = schemaJson.properties as unknown as Record<string, SchemaProp & { properties?: Record<string, SchemaProp> }>;

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function text(v: string | vscode.MarkdownString | vscode.SnippetString | { value: string } | undefined): string {
  return typeof v === 'string' ? v : (v?.value ?? '');
}

/** Markdown (or plain) text of every hover content. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n\n');
}

async function completions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list?.items ?? [];
}

/** Our items only: the schema providers set a detail or documentation, word-based suggestions do not. */
function find(items: vscode.CompletionItem[], label: string, kind?: vscode.CompletionItemKind): vscode.CompletionItem | undefined {
  return items.find((i) => labelOf(i) === label && (kind === undefined || i.kind === kind));
}

describe('schema completion and hover', () => {
  let editor: vscode.TextEditor;
  let original: string;

  /** Replace the manifest's text in the editor; `|` marks the cursor. Returns the cursor position. */
  async function setText(src: string): Promise<vscode.Position> {
    const i = src.indexOf('|');
    assert.ok(i >= 0, 'the text marks the cursor with |');
    const body = src.slice(0, i) + src.slice(i + 1);
    const doc = editor.document;
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    assert.ok(await editor.edit((b) => b.replace(doc.validateRange(all), body)), 'edit applied');
    await waitFor('the edit in the document', () => doc.getText() === body);
    return doc.positionAt(i);
  }

  before(async () => {
    await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(MANIFEST));
    editor = await vscode.window.showTextDocument(doc);
    original = doc.getText();
  });

  after(async () => {
    // Leave the file as on disk for whatever runs next.
    await restoreText(editor.document, original);
  });

  it('gives release-manifest.yaml and .release-manifest.yaml the release-manifest language', async () => {
    assert.strictEqual(editor.document.languageId, 'release-manifest');
    const dotted = await vscode.workspace.openTextDocument(workspaceUri(DOTTED));
    assert.strictEqual(dotted.languageId, 'release-manifest');
    // ... and the schema providers serve it as well.
    const line = dotted.getText().split('\n').findIndex((l) => l.startsWith('artifact:'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', dotted.uri, new vscode.Position(line, 2));
    assert.match(hoverText(hovers), /\*\*artifact\*\*/);
  });

  it('completes top-level keys with their schema documentation, without keys already present', async () => {
    const pos = await setText(`${original.trimEnd()}\n|\n`);
    const items = await completions(editor.document.uri, pos);
    const intended = find(items, 'intended_use', vscode.CompletionItemKind.Property);
    assert.ok(intended, `intended_use offered among ${items.map(labelOf).join(', ')}`);
    const doc = text(intended.documentation);
    assert.ok(doc.length > 0, 'intended_use has documentation');
    assert.strictEqual(doc, PROPS.intended_use.markdownDescription ?? PROPS.intended_use.description);
    // A key that maps to a block inserts the block's first indentation.
    assert.strictEqual(text(intended.insertText), 'intended_use:\n  ');
    for (const key of ['documentation', 'safeguards', 'release', 'contact']) assert.ok(find(items, key, vscode.CompletionItemKind.Property), `${key} offered`);
    for (const present of ['name', 'license', 'deployment', 'attestations']) {
      assert.strictEqual(find(items, present, vscode.CompletionItemKind.Property), undefined, `${present} is already there and not offered`);
    }
  });

  it('offers whole-block snippets from the schema defaultSnippets', async () => {
    const pos = await setText(`${original.trimEnd()}\n|\n`);
    const items = await completions(editor.document.uri, pos);
    const snippets = items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
    const label = PROPS.intended_use.defaultSnippets?.[0]?.label;
    assert.ok(label, 'the schema has a defaultSnippet for intended_use');
    const block = find(snippets, `intended_use: ${label}`);
    assert.ok(block, `intended_use snippet among ${snippets.map(labelOf).join(', ')}`);
    assert.ok(block.insertText instanceof vscode.SnippetString, 'inserted as a snippet');
    const body = block.insertText.value;
    assert.match(body, /^intended_use:\n {2}summary: /, body);
    assert.match(body, /\n {2}out_of_scope:\n {4}- /, body);
    assert.match(body, /\$\{1[:|]/, 'has tab stops');
    // Snippets sort after the keys.
    const key = find(items, 'intended_use', vscode.CompletionItemKind.Property);
    assert.ok(key?.sortText && block.sortText && key.sortText < block.sortText, 'the key sorts before its block snippet');
  });

  it('completes the enum values of artifact', async () => {
    const pos = await setText(original.replace('artifact: model', 'artifact: |'));
    const items = await completions(editor.document.uri, pos);
    // Values sort in schema order (model first), the order the schema's authors chose.
    const values = items
      .filter((i) => i.kind === vscode.CompletionItemKind.EnumMember)
      .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
      .map(labelOf);
    assert.deepStrictEqual(values, ['model', 'dataset', 'code', 'application']);
    assert.deepStrictEqual(values, [...(PROPS.artifact.enum ?? [])]);
    assert.ok(items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).every((i) => text(i.documentation).length > 0), 'each value documented');
    // No keys are offered in a value position.
    assert.strictEqual(items.filter((i) => i.kind === vscode.CompletionItemKind.Property).length, 0);
  });

  it('replaces the value being typed', async () => {
    const pos = await setText(original.replace('artifact: model', 'artifact: dat|'));
    const items = await completions(editor.document.uri, pos);
    const dataset = find(items, 'dataset', vscode.CompletionItemKind.EnumMember);
    assert.ok(dataset, 'dataset offered');
    const range = dataset.range instanceof vscode.Range ? dataset.range : dataset.range?.replacing;
    assert.ok(range, 'the item has a range');
    assert.strictEqual(editor.document.getText(range), 'dat');
  });

  it('completes the keys of the deployment block', async () => {
    const pos = await setText(original.replace(/deployment:\n(?: {2}.*\n)*/, 'deployment:\n  |\n'));
    const items = await completions(editor.document.uri, pos);
    const keys = items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf).sort();
    assert.deepStrictEqual(keys, Object.keys(PROPS.deployment.properties ?? {}).sort());
    assert.deepStrictEqual(keys, ['contexts', 'role']);
    const role = find(items, 'role', vscode.CompletionItemKind.Property);
    assert.match(text(role?.documentation), /developer/);
    assert.strictEqual(text(role?.insertText), 'role: ');
    // Choosing a key with values opens the suggestions again for its value.
    assert.strictEqual(role?.command?.command, 'editor.action.triggerSuggest');
    assert.strictEqual(text(find(items, 'contexts', vscode.CompletionItemKind.Property)?.insertText), 'contexts:\n    - ');
    // ... and inside it, a role already there is not offered again.
    const pos2 = await setText(original.replace('  role: developer\n', '  role: developer\n  |\n'));
    const keys2 = (await completions(editor.document.uri, pos2)).filter((i) => i.kind === vscode.CompletionItemKind.Property).map(labelOf);
    assert.deepStrictEqual(keys2, []);
  });

  it('completes the role values inside the deployment block', async () => {
    const pos = await setText(original.replace('role: developer', 'role: |'));
    const values = (await completions(editor.document.uri, pos)).filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map(labelOf).sort();
    assert.deepStrictEqual(values, ['deployer', 'developer', 'modifier']);
  });

  it('hovers a key with its schema description', async () => {
    await setText(`|${original}`);
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('license:'));
    assert.ok(line >= 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 3));
    assert.ok(hovers.length > 0, 'a hover');
    const md = hoverText(hovers);
    assert.match(md, /^\*\*license\*\* `string`/);
    const desc = PROPS.license.markdownDescription ?? PROPS.license.description;
    assert.ok(desc && md.includes(desc), `the schema description in:\n${md}`);
    const ours = hovers.find((h) => h.range?.start.line === line);
    assert.ok(ours?.range, 'the hover covers the key');
    assert.strictEqual(doc.getText(ours.range), 'license');
    assert.ok(hovers.every((h) => h.contents.every((c) => typeof c === 'string' || c instanceof vscode.MarkdownString)), 'markdown contents');
  });

  it('hovers a nested key with its path and allowed values, and nothing on a value', async () => {
    await setText(`|${original}`);
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('  role:'));
    const md = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 4)));
    assert.match(md, /\*\*deployment\.role\*\*/);
    assert.match(md, /- `deployer`: /);
    const onValue = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, doc.lineAt(line).text.length - 2));
    assert.strictEqual(hoverText(onValue), '', 'no hover on a value');
  });
});
