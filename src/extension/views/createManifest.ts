// "Create Release Manifest": a short guided pick, then the core's scaffold written as release-manifest.yaml.
import * as vscode from 'vscode';
import { DEFAULT_CATALOGUE } from '../../core/catalogue/catalogue';
import { MANIFEST_FILE_NAMES } from '../../core/engine/model';
import {
  ARTIFACT_KINDS,
  RELEASE_PURPOSES,
  RESEARCH_CONTEXT,
  scaffoldManifest,
  type ArtifactKind,
  type ReleasePurpose,
  type ScaffoldOptions,
} from '../../core/manifest/scaffold';

/** Answers to the pick; tests pass them to skip the UI. */
export type ManifestAnswers = Omit<ScaffoldOptions, 'name'> & { name?: string };

const TITLE = 'Create Release Manifest';

async function pickOne<T extends string>(step: number, total: number, placeHolder: string, items: readonly { id: T; description: string }[]): Promise<T | undefined> {
  const pick = await vscode.window.showQuickPick(
    items.map((i) => ({ label: i.id, detail: i.description, id: i.id })),
    { title: `${TITLE} (${step}/${total})`, placeHolder, ignoreFocusOut: true },
  );
  return pick?.id;
}

async function askAnswers(): Promise<ManifestAnswers | undefined> {
  const artifact = await pickOne<ArtifactKind>(1, 3, 'What are you releasing?', ARTIFACT_KINDS);
  if (!artifact) return undefined;
  const purpose = await pickOne<ReleasePurpose>(2, 3, 'What is the release for?', RELEASE_PURPOSES);
  if (!purpose) return undefined;
  let nonCommercial: boolean | undefined;
  if (purpose === 'research') {
    const nc = await vscode.window.showQuickPick(
      [
        { label: 'Yes, non-commercial', detail: 'Needed for the research safe harbor', value: true },
        { label: 'No, commercial use allowed', value: false },
      ],
      { title: `${TITLE} (2/3)`, placeHolder: 'Is the release non-commercial?', ignoreFocusOut: true },
    );
    if (!nc) return undefined;
    nonCommercial = nc.value;
  }
  type ContextItem = vscode.QuickPickItem & { id: string };
  const research: ContextItem = { label: 'research only', description: RESEARCH_CONTEXT, detail: 'Not deployed in any consequential setting', id: RESEARCH_CONTEXT, picked: purpose === 'research' };
  const domains: ContextItem[] = DEFAULT_CATALOGUE.domains
    .filter((d) => d.tier !== 'prohibited') // prohibited practices are flagged, never offered as a choice
    .map((d) => ({
      label: d.title,
      description: d.id,
      detail: `${d.tier === 'high-risk' ? 'High-risk' : 'Transparency duties'}${d.citations[0] ? ` · ${d.citations[0].label}` : ''}`,
      id: d.id,
    }));
  const contexts = await vscode.window.showQuickPick<ContextItem>(
    [research, { label: 'Settings from the domain catalogue', kind: vscode.QuickPickItemKind.Separator, id: '' }, ...domains],
    { title: `${TITLE} (3/3)`, placeHolder: 'Where will it be deployed? Pick every setting that applies.', canPickMany: true, ignoreFocusOut: true, matchOnDescription: true },
  );
  if (!contexts) return undefined;
  return { artifact, purpose, nonCommercial, contexts: contexts.map((c) => c.id).filter(Boolean) };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Creates the manifest; returns its URI, or undefined when cancelled or refused. */
export async function createManifest(target?: vscode.Uri, answers?: ManifestAnswers): Promise<vscode.Uri | undefined> {
  let dir = target instanceof vscode.Uri ? target : undefined;
  if (!dir) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showErrorMessage('Open a folder first: the release manifest lives in the repository it describes.');
      return undefined;
    }
    const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder is the release?' });
    if (!folder) return undefined;
    dir = folder.uri;
  }
  for (const name of MANIFEST_FILE_NAMES) {
    const existing = vscode.Uri.joinPath(dir, name);
    if (await exists(existing)) {
      // Never overwrite: the manifest holds people's statements and attestations.
      // Not awaited: the command finishes now; the button opens the file if the user wants it.
      vscode.window.showWarningMessage(`${name} already exists in this folder; it is left as it is.`, 'Open It').then(
        (open) => (open ? vscode.window.showTextDocument(existing) : undefined),
        () => undefined,
      );
      return undefined;
    }
  }
  const a = answers ?? (await askAnswers());
  if (!a) return undefined;
  const name = a.name ?? dir.path.split('/').filter(Boolean).pop() ?? 'my-release';
  const text = scaffoldManifest({ ...a, name }, DEFAULT_CATALOGUE);
  const uri = vscode.Uri.joinPath(dir, MANIFEST_FILE_NAMES[0]);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(uri);
  // Put the cursor on the first thing to fill in.
  const line = text.split('\n').findIndex((l) => l.includes('summary: ""'));
  if (line >= 0) {
    const col = text.split('\n')[line].indexOf('""') + 1;
    editor.selection = new vscode.Selection(line, col, line, col);
    editor.revealRange(new vscode.Range(line, 0, line, 0));
  }
  return uri;
}

export function registerCreateManifest(context: vscode.ExtensionContext, log: (message: string) => void): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('aiReleaseReadiness.createManifest', async (target?: vscode.Uri, answers?: ManifestAnswers) => {
      try {
        return await createManifest(target, answers);
      } catch (e) {
        log(`Create Release Manifest failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        void vscode.window.showErrorMessage(`Create Release Manifest failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }),
  );
}
