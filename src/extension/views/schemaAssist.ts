// Completion and hover in release manifests, from the JSON Schema (logic in core/manifest/assist.ts).
import * as vscode from 'vscode';
import { completionsAt, hoverAt } from '../../core/manifest/assist';

const SELECTOR: vscode.DocumentSelector = [{ language: 'release-manifest' }];

export function registerSchemaAssist(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        provideCompletionItems(document, position) {
          const line = document.lineAt(position.line).text;
          // Replace the word being typed (keys contain '_' and '-', values may too).
          const start = /[\w.-]*$/.exec(line.slice(0, position.character))?.index ?? position.character;
          const range = new vscode.Range(position.line, start, position.line, position.character);
          return completionsAt(document.getText(), position.line, position.character).map((c, i) => {
            const kind =
              c.kind === 'key' ? vscode.CompletionItemKind.Property : c.kind === 'snippet' ? vscode.CompletionItemKind.Snippet : vscode.CompletionItemKind.EnumMember;
            const item = new vscode.CompletionItem(c.label, kind);
            item.insertText = c.snippet ? new vscode.SnippetString(c.insertText) : c.insertText;
            item.range = range;
            item.detail = c.detail;
            if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
            // Schema order (model before dataset, summary before out_of_scope), block snippets after the keys.
            item.sortText = `${c.kind === 'snippet' ? '1' : '0'}${String(i).padStart(4, '0')}`;
            if (c.kind === 'key' && c.insertText.endsWith(' ')) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
            return item;
          });
        },
      },
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const h = hoverAt(document.getText(), position.line, position.character);
        if (!h) return undefined;
        return new vscode.Hover(new vscode.MarkdownString(h.contents), new vscode.Range(position.line, h.start, position.line, h.end));
      },
    }),
  );
}
