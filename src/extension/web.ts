// The web-worker entry point (package.json "browser"): VS Code for the Web (vscode.dev, github.dev) and any
// host that runs extensions in a web worker. The same activation as the Node entry; every file is read
// through vscode.workspace.fs. What needs Node is left out, and the output channel says so.
import type * as vscode from 'vscode';
import { activateWith, type ExtensionApi } from './activate';

export const WEB_HOST_NOTE =
  'Web extension host: files are read through vscode.workspace.fs only. Not available here: the local-disk fast path ' +
  '(a Node host reads the folder straight from its disk) and resolving symbolic links, so what a link can reach is up to ' +
  'the file system provider.';

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateWith(context, { kind: 'web', realpath: undefined, note: WEB_HOST_NOTE });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
