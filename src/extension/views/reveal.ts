// Opening the place a finding is about: the file, with the finding's range selected and in view.
import * as vscode from 'vscode';
import type { Finding } from '../../core/types';
import type { ReadinessService, UnitEntry } from '../model';

export function toVsRange(r: Finding['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export async function revealFinding(service: ReadinessService, entry: UnitEntry, finding: Finding, column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const uri = service.uriOf(entry, finding);
  const range = toVsRange(finding.range);
  const editor = await vscode.window.showTextDocument(uri, { selection: range, preview: true, viewColumn: column });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export async function revealManifest(entry: UnitEntry, column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(entry.manifestUri, { preview: true, viewColumn: column });
}
