// "Release Readiness: Show Report": a webview with a strict CSP, re-rendered when results change.
import * as vscode from 'vscode';
import type { ReadinessService, UnitEntry } from '../model';
import { renderReportHtml, type ReportUnit } from './reportHtml';
import { reportMarkdown } from './reportMarkdown';
import { revealFinding, revealManifest } from './reveal';
import { coalesced } from './coalesce';

const VIEW_TYPE = 'aiReleaseReadiness.report';

function reportUnits(units: UnitEntry[]): ReportUnit[] {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return units.map((e) => ({ folder: multiRoot ? e.folder.name : undefined, result: e.result }));
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The units the page shows, so a click's indices map to what the user saw. */
  private shown: UnitEntry[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: ReadinessService,
    private readonly log: (message: string) => void,
  ) {
    // Rendering redraws every unit: once per burst of results. Only while the panel is open.
    const renderSoon = coalesced(() => this.render());
    this.disposables.push(renderSoon, service.onDidChange(() => this.panel && renderSoon.trigger()));
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** The HTML currently shown (tests read it instead of reaching into the webview). */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.render();
      return;
    }
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Release Readiness Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'checklist.svg');
    this.panel = panel;
    panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m), undefined, this.disposables);
    this.render();
  }

  private render(): void {
    const panel = this.panel;
    if (!panel) return;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    this.shown = this.service.units();
    panel.webview.html = renderReportHtml({
      units: reportUnits(this.shown),
      cspSource: panel.webview.cspSource,
      nonce: nonce(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.js')).toString(),
    });
  }

  private onMessage(message: unknown): void {
    // The webview is a less trusted side: validate every field before use.
    if (!message || typeof message !== 'object') return;
    const m = message as { type?: unknown; unit?: unknown; finding?: unknown };
    const run = (p: Thenable<unknown>): void => {
      p.then(undefined, (e: unknown) => this.log(`Report action failed: ${String(e)}`));
    };
    if (m.type === 'copyMarkdown') run(vscode.commands.executeCommand('aiReleaseReadiness.copyReportMarkdown'));
    else if (m.type === 'refresh') run(this.service.refresh());
    else if (m.type === 'reveal' && typeof m.unit === 'number' && typeof m.finding === 'number') {
      const entry = this.shown[m.unit];
      if (!entry) return;
      const finding = entry.result.findings[m.finding];
      run(finding ? revealFinding(this.service, entry, finding, vscode.ViewColumn.Beside) : revealManifest(entry, vscode.ViewColumn.Beside));
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function registerReport(context: vscode.ExtensionContext, service: ReadinessService, log: (message: string) => void): ReportPanel {
  const report = new ReportPanel(context.extensionUri, service, log);
  context.subscriptions.push(
    report,
    vscode.commands.registerCommand('aiReleaseReadiness.showReport', () => report.show()),
    vscode.commands.registerCommand('aiReleaseReadiness.copyReportMarkdown', async () => {
      const markdown = reportMarkdown(service.units());
      await vscode.env.clipboard.writeText(markdown);
      vscode.window.setStatusBarMessage('$(check) Release readiness report copied as Markdown', 3000);
      return markdown;
    }),
  );
  return report;
}
