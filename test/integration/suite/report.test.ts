// The readiness report webview, its Markdown copy, and the status bar item.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, open, waitFor } from './helpers';
import type { ViewsApi } from '../../../src/extension/views/index';

async function views(): Promise<ViewsApi> {
  const v = (await api()).views;
  assert.ok(v, 'views registered');
  return v;
}

function reportTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Release Readiness Report');
}

describe('readiness report', () => {
  it('"Show Report" opens a webview with status, score and blocking items', async () => {
    const v = await views();
    const a = await api();
    await waitFor('units', () => a.service.units().some((u) => u.result.name === 'views-demo'));
    await vscode.commands.executeCommand('aiReleaseReadiness.showReport');
    const tab = await waitFor('the report tab', reportTab);
    assert.ok((tab.input as vscode.TabInputWebview).viewType.endsWith('aiReleaseReadiness.report'));
    const html = await waitFor('the report html', () => v.report.html);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /views-demo@2\.0\.0/);
    assert.match(html, /Blocked/);
    assert.match(html, /score \d+\/100/);
    assert.match(html, /class="reveal" data-unit="\d+" data-finding="\d+"/);
    // Showing it again reuses the one panel.
    await vscode.commands.executeCommand('aiReleaseReadiness.showReport');
    assert.strictEqual(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label === 'Release Readiness Report').length, 1);
  });

  it('"Copy Report as Markdown" puts the core Markdown report on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('aiReleaseReadiness.copyReportMarkdown');
    const text = await waitFor('clipboard text', async () => (await vscode.env.clipboard.readText()) || undefined);
    assert.match(text, /Blocked|Needs work|Ready/);
    assert.match(text, /views\\?-demo/);
    assert.match(text, /\*\*Score:\*\* \d+\/100/);
  });
});

describe('status bar', () => {
  it('shows the active editor\'s unit status and opens the report', async () => {
    const v = await views();
    await open('units/views/release-manifest.yaml');
    const item = await waitFor('status bar for views-demo', () => (v.statusBar.current?.result.name === 'views-demo' ? v.statusBar.item : undefined));
    assert.match(item.text, /^\$\((pass|warning|error)\) (Ready|Needs work|Blocked) \d+$/);
    assert.strictEqual(item.command, 'aiReleaseReadiness.showReport');
  });

  it('follows the active editor and hides without a unit', async () => {
    const v = await views();
    await open('units/views/README.md');
    await waitFor('status bar for the README\'s unit', () => v.statusBar.current?.result.name === 'views-demo');
    const doc = await vscode.workspace.openTextDocument({ content: 'scratch', language: 'plaintext' });
    await vscode.window.showTextDocument(doc);
    await waitFor('status bar hidden', () => v.statusBar.current === undefined);
  });
});
