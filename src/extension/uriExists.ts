// Whether VS Code can stat a resource (a workspace file, a file of the extension itself), through
// vscode.workspace.fs so it answers the same in every host.
import * as vscode from 'vscode';

export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
