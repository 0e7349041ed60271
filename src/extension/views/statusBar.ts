// Status bar item: the readiness of the release unit the active editor belongs to; click opens the report.
import * as vscode from 'vscode';
import type { ReadinessStatus } from '../../core/engine/model';
import { STATUS_LABEL } from '../../core/engine/summary';
import type { ReadinessService, UnitEntry } from '../model';
import { countsText, unitLabel } from './checklistTree';

const ICONS: Record<ReadinessStatus, string> = { ready: '$(pass)', 'needs-work': '$(warning)', blocked: '$(error)' };

export function statusBarText(status: ReadinessStatus, score: number): string {
  return `${ICONS[status]} ${STATUS_LABEL[status]} ${score}`;
}

export class ReadinessStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** The unit shown, for tests and the tooltip. */
  current: UnitEntry | undefined;

  constructor(private readonly service: ReadinessService) {
    this.item = vscode.window.createStatusBarItem('aiReleaseReadiness.status', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Release Readiness';
    this.item.command = 'aiReleaseReadiness.showReport';
    this.disposables.push(
      this.item,
      service.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const entry = uri ? this.service.unitFor(uri) : undefined;
    this.current = entry;
    if (!entry) {
      this.item.hide();
      return;
    }
    const s = entry.result.summary;
    this.item.text = statusBarText(s.status, s.score);
    const md = new vscode.MarkdownString(undefined, true);
    md.appendText(`Release readiness of ${unitLabel(entry)}: ${STATUS_LABEL[s.status]}, score ${s.score}/100`);
    const c = countsText(s.counts);
    if (c) md.appendText(`\n${c}`);
    md.appendMarkdown('\n\nClick to open the readiness report.');
    this.item.tooltip = md;
    this.item.backgroundColor = s.status === 'blocked' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
