// Turns a core Fix (offset edits, new files) into one undoable WorkspaceEdit.
import * as vscode from 'vscode';
import type { Fix, TextEdit } from '../../core/types';

/** Offsets are into the document text the core saw; open documents are what the core reads too. */
export async function textEditsToWorkspaceEdit(uri: vscode.Uri, edits: TextEdit[], into = new vscode.WorkspaceEdit()): Promise<vscode.WorkspaceEdit> {
  const doc = await vscode.workspace.openTextDocument(uri);
  for (const e of edits) {
    into.replace(uri, new vscode.Range(doc.positionAt(e.startOffset), doc.positionAt(e.endOffset)), e.newText);
  }
  return into;
}

export async function fixToWorkspaceEdit(fix: Fix, uriOfPath: (path: string) => vscode.Uri): Promise<{ edit: vscode.WorkspaceEdit; created: vscode.Uri[] }> {
  const edit = new vscode.WorkspaceEdit();
  const created: vscode.Uri[] = [];
  for (const change of fix.changes) {
    const uri = uriOfPath(change.path);
    if (change.kind === 'create') {
      edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(change.text) });
      created.push(uri);
    } else {
      await textEditsToWorkspaceEdit(uri, change.edits, edit);
    }
  }
  return { edit, created };
}
