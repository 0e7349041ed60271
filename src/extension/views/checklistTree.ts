// The sidebar "Safeguard Checklist": release units -> rule families -> checks, plus manual items
// with checkboxes. Only maps service results onto tree items; grouping is trivial and stays here.
import * as vscode from 'vscode';
import { RULE_FAMILIES, type Finding, type RuleFamily, type Severity } from '../../core/types';
import type { ReadinessStatus } from '../../core/engine/model';
import { STATUS_LABEL } from '../../core/engine/summary';
import { FAMILY_TITLES } from '../../core/format/markdown';
import { parseManifest } from '../../core/manifest/parse';
import { attestationOf, manualChecksFor, type ManualCheck } from '../../core/manifest/attestations';
import type { ParsedManifest } from '../../core/manifest/model';
import type { ReadinessService, UnitEntry } from '../model';
import { coalesced } from './coalesce';

export { FAMILY_TITLES };

export type ChecklistNode =
  | { kind: 'unit'; entry: UnitEntry }
  | { kind: 'family'; entry: UnitEntry; family: RuleFamily }
  | { kind: 'finding'; entry: UnitEntry; finding: Finding }
  | { kind: 'pass'; entry: UnitEntry; family: RuleFamily }
  | { kind: 'manual'; entry: UnitEntry }
  | { kind: 'attestation'; entry: UnitEntry; check: ManualCheck; ticked: boolean; by: string; date: string };

export function statusIcon(status: ReadinessStatus | 'pass' | 'warn' | 'fail'): vscode.ThemeIcon {
  switch (status) {
    case 'ready':
    case 'pass':
      return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'needs-work':
    case 'warn':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    default:
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  }
}

function severityIcon(s: Severity): vscode.ThemeIcon {
  if (s === 'error') return statusIcon('fail');
  if (s === 'warning') return statusIcon('warn');
  return new vscode.ThemeIcon('info', new vscode.ThemeColor('list.deemphasizedForeground'));
}

export function unitLabel(entry: UnitEntry): string {
  const r = entry.result;
  const name = r.name ?? r.manifestPath;
  return r.version ? `${name}@${r.version}` : name;
}

export function countsText(c: Record<Severity, number>): string {
  const parts: string[] = [];
  if (c.error) parts.push(`${c.error} error${c.error === 1 ? '' : 's'}`);
  if (c.warning) parts.push(`${c.warning} warning${c.warning === 1 ? '' : 's'}`);
  if (c.info) parts.push(`${c.info} info`);
  return parts.join(', ');
}


export class ChecklistProvider implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private readonly refreshSoon = coalesced(() => this.refresh());
  /** Parsed manifests by URI, refreshed with the service, to read attestations without re-reading files. */
  private manifests = new Map<string, ParsedManifest>();

  constructor(
    private readonly service: ReadinessService,
    private readonly readText: (uri: vscode.Uri) => Promise<string>,
  ) {
    this.subscription = service.onDidChange(() => this.refreshSoon.trigger());
  }

  refresh(): void {
    this.manifests.clear();
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.refreshSoon.dispose();
    this.changed.dispose();
  }

  async getChildren(node?: ChecklistNode): Promise<ChecklistNode[]> {
    if (!node) return this.service.units().map((entry) => ({ kind: 'unit', entry }));
    const { entry } = node;
    switch (node.kind) {
      case 'unit':
        return [
          ...RULE_FAMILIES.map((family): ChecklistNode => ({ kind: 'family', entry, family })),
          { kind: 'manual', entry },
        ];
      case 'family': {
        const findings = entry.result.findings.filter((f) => f.family === node.family);
        if (findings.length === 0) return [{ kind: 'pass', entry, family: node.family }];
        return findings.map((finding): ChecklistNode => ({ kind: 'finding', entry, finding }));
      }
      case 'manual': {
        const manifest = await this.manifestOf(entry);
        return manualChecksFor(manifest).map((check): ChecklistNode => {
          const a = manifest ? attestationOf(manifest, check.key) : undefined;
          return { kind: 'attestation', entry, check, ticked: a !== undefined, by: a?.by ?? '', date: a?.date ?? '' };
        });
      }
      default:
        return [];
    }
  }

  getParent(node: ChecklistNode): ChecklistNode | undefined {
    switch (node.kind) {
      case 'unit':
        return undefined;
      case 'family':
      case 'manual':
        return { kind: 'unit', entry: node.entry };
      case 'finding':
        return { kind: 'family', entry: node.entry, family: node.finding.family };
      case 'pass':
        return { kind: 'family', entry: node.entry, family: node.family };
      case 'attestation':
        return { kind: 'manual', entry: node.entry };
    }
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    const { entry } = node;
    const r = entry.result;
    switch (node.kind) {
      case 'unit': {
        // A few units open expanded; a monorepo's many start collapsed so the list stays scannable.
        const expand = this.service.units().length <= 2 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(unitLabel(entry), expand);
        item.id = `unit:${entry.manifestUri.toString()}`;
        item.description = `${STATUS_LABEL[r.summary.status]} ${r.summary.score}`;
        item.iconPath = statusIcon(r.summary.status);
        item.resourceUri = entry.manifestUri;
        item.contextValue = 'unit';
        const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
        item.tooltip = new vscode.MarkdownString(
          `**${esc(unitLabel(entry))}** - ${STATUS_LABEL[r.summary.status]}, score ${r.summary.score}/100\n\n` +
            `${multiRoot ? `${esc(entry.folder.name)}: ` : ''}\`${esc(r.manifestPath)}\`` +
            (countsText(r.summary.counts) ? `\n\n${countsText(r.summary.counts)}` : ''),
        );
        item.command = { command: 'vscode.open', title: 'Open Manifest', arguments: [entry.manifestUri] };
        return item;
      }
      case 'family': {
        const fs = r.summary.families[node.family];
        const collapsed = fs.status === 'pass' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
        const item = new vscode.TreeItem(FAMILY_TITLES[node.family], collapsed);
        item.id = `family:${entry.manifestUri.toString()}:${node.family}`;
        item.description = countsText(fs.counts) || 'pass';
        item.iconPath = statusIcon(fs.status);
        item.contextValue = 'family';
        return item;
      }
      case 'pass': {
        const item = new vscode.TreeItem(`All ${FAMILY_TITLES[node.family].toLowerCase()} checks pass`, vscode.TreeItemCollapsibleState.None);
        item.iconPath = statusIcon('pass');
        item.contextValue = 'pass';
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(f.message, vscode.TreeItemCollapsibleState.None);
        item.description = `${f.ruleId} · ${f.path}:${f.range.start.line + 1}`;
        item.iconPath = severityIcon(f.severity);
        item.contextValue = f.fixes?.length ? 'finding.fixable' : 'finding';
        const md = new vscode.MarkdownString(`**${esc(f.ruleId)}** (${f.severity})\n\n${esc(f.message)}`);
        if (f.citations?.length) md.appendMarkdown(`\n\nIndicators, not legal verdicts:\n${f.citations.map((c) => `\n- ${esc(c)}`).join('')}`);
        if (f.fixes?.length) md.appendMarkdown(`\n\nFix: ${esc(f.fixes[0].title)}`);
        item.tooltip = md;
        item.command = { command: 'aiReleaseReadiness.revealFinding', title: 'Reveal', arguments: [node] };
        return item;
      }
      case 'manual': {
        const item = new vscode.TreeItem('Manual checks', vscode.TreeItemCollapsibleState.Expanded);
        item.id = `manual:${entry.manifestUri.toString()}`;
        item.iconPath = new vscode.ThemeIcon('checklist');
        item.description = 'confirmed by a person';
        item.contextValue = 'manual';
        return item;
      }
      case 'attestation': {
        const item = new vscode.TreeItem(node.check.label, vscode.TreeItemCollapsibleState.None);
        item.id = `attestation:${entry.manifestUri.toString()}:${node.check.key}`;
        item.checkboxState = node.ticked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
        item.description = node.ticked ? [node.by, node.date].filter(Boolean).join(', ') : undefined;
        item.tooltip = `${node.check.detail}\nSaved as attestations.${node.check.key} in the manifest.`;
        item.contextValue = 'attestation';
        return item;
      }
    }
  }

  /** The manifest as it is now (open editor text wins), parsed once per refresh. */
  async manifestOf(entry: UnitEntry): Promise<ParsedManifest | undefined> {
    const key = entry.manifestUri.toString();
    const cached = this.manifests.get(key);
    if (cached) return cached;
    try {
      const m = parseManifest(entry.result.manifestPath, await this.readText(entry.manifestUri));
      this.manifests.set(key, m);
      return m;
    } catch {
      // Unreadable manifest: its own diagnostics say why; the tree just shows no manual items.
      return undefined;
    }
  }
}

/** Escape Markdown in repository text shown in tooltips (they may hold anything). */
function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, (c) => `\\${c}`);
}
