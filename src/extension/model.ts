// What the extension's views (tree, report, status bar) read from the checking service.
import type * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { UnitResult } from '../core/engine/model';

/** One release unit's latest result, located in a workspace folder. */
export interface UnitEntry {
  folder: vscode.WorkspaceFolder;
  /** URI of the manifest. */
  manifestUri: vscode.Uri;
  result: UnitResult;
}

export interface ReadinessService {
  /** Fires after any recheck finished and its results were stored. */
  readonly onDidChange: vscode.Event<void>;
  /** All units of all workspace folders, sorted by folder then manifest path. */
  units(): UnitEntry[];
  /** The unit a file belongs to (its manifest or a document it names), if any. */
  unitFor(uri: vscode.Uri): UnitEntry | undefined;
  /** URI of a finding's file (finding.path is relative to its folder). */
  uriOf(entry: UnitEntry, finding: Finding): vscode.Uri;
  /** Re-scan every folder (progress shown for long scans); resolves when done. */
  refresh(): Promise<void>;
}
