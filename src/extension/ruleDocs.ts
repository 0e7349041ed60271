// "Show documentation" for a rule (the code action on a diagnostic, the checklist's inline book button): the
// rule's page as shipped inside the extension (docs/rules/<id>.md in the .vsix), in a Markdown preview, so it
// works offline and shows the page of the installed version. The web page (package.json's repository) is
// opened only when the bundled page cannot be read.
import * as vscode from 'vscode';
import { ruleDocUrl } from '../core/types';
import { uriExists } from './uriExists';

export const OPEN_RULE_DOC_COMMAND = 'aiReleaseReadiness.openRuleDoc';

/** How a rule's page was shown: a Markdown preview or a text editor of the bundled page, or the web page. */
export type RuleDocShown = 'preview' | 'editor' | 'web';

/** The bundled page of a rule, relative to the extension; undefined for what is not a rule id. */
export function bundledRuleDoc(extensionUri: vscode.Uri, ruleId: string): vscode.Uri | undefined {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(ruleId) ? vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`) : undefined;
}

export async function openRuleDoc(extensionUri: vscode.Uri, ruleId: string): Promise<RuleDocShown> {
  const page = bundledRuleDoc(extensionUri, ruleId);
  if (page && (await uriExists(page))) {
    try {
      await vscode.commands.executeCommand('markdown.showPreview', page);
      return 'preview';
    } catch {
      // The built-in Markdown extension is disabled: the page as text is still the right page.
      await vscode.window.showTextDocument(page, { preview: true });
      return 'editor';
    }
  }
  await vscode.env.openExternal(vscode.Uri.parse(ruleDocUrl(ruleId)));
  return 'web';
}

/** The rule id a command was invoked with: a rule id (code action), or a checklist node of a finding. */
function ruleIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const node = arg as { kind?: unknown; finding?: { ruleId?: unknown } } | undefined;
  return node?.kind === 'finding' && typeof node.finding?.ruleId === 'string' ? node.finding.ruleId : undefined;
}

/** Registers the command; it resolves to how the page was shown (undefined without a rule). */
export function registerRuleDocs(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_RULE_DOC_COMMAND, async (arg: unknown): Promise<RuleDocShown | undefined> => {
      const ruleId = ruleIdOf(arg);
      if (!ruleId) return undefined;
      try {
        return await openRuleDoc(context.extensionUri, ruleId);
      } catch (e) {
        output.error(`Opening the documentation of ${ruleId} failed`, e);
        void vscode.window.showErrorMessage(`Release Readiness: could not open the documentation of ${ruleId}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }),
  );
}
