// "Create Release Manifest": either a draft inferred from the repository's cards (the same core inference as
// `release-readiness init`), with the inferred answers preselected and the draft shown before anything is
// written; or a short guided pick and the core's scaffold. Either way written as release-manifest.yaml, never
// over an existing manifest.
import * as vscode from 'vscode';
import { applyAnswers, cardsInFolder, inferManifest, renderDraft, type InitDraft } from '../../core/init/index';
import { WorkspaceFolderFs } from '../workspaceFs';
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
import { uriExists } from '../uriExists';

/** Answers to the pick; tests pass them to skip the UI. */
export type ManifestAnswers = Omit<ScaffoldOptions, 'name'> & { name?: string };

/**
 * Answers for the draft from the repository's cards; tests pass them to skip the UI. `write: true` stands for
 * the person pressing "Write" after seeing the draft.
 */
export interface CardAnswers {
  fromCards: true;
  artifact?: ArtifactKind;
  purpose?: ReleasePurpose;
  contexts?: string[];
  write?: boolean;
}

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

type Start = 'cards' | 'questions';

async function askStart(cards: string[]): Promise<Start | undefined> {
  const pick = await vscode.window.showQuickPick(
    [
      {
        label: "From this repository's cards",
        detail: cards.length ? `Reads ${cards.join(', ')}, the license file and package manifests; you confirm each answer and see the draft before it is written` : 'Reads the README, license file and package manifests; you confirm each answer and see the draft before it is written',
        id: 'cards' as const,
      },
      { label: 'Answer a few questions', detail: 'A short guided pick, then a manifest with the rest to fill in', id: 'questions' as const },
    ],
    { title: TITLE, placeHolder: 'How do you want to start?', ignoreFocusOut: true },
  );
  return pick?.id;
}

/** The inferred answers preselected: the person confirms or changes each. */
async function askCardAnswers(draft: InitDraft): Promise<Omit<CardAnswers, 'write'> | undefined> {
  const inferred = draft.artifact?.value;
  const kinds = [...ARTIFACT_KINDS].sort((a, b) => (a.id === inferred ? -1 : b.id === inferred ? 1 : 0));
  const artifactItems = kinds.map((k) => ({
    label: k.id,
    description: k.id === inferred ? `inferred: ${draft.artifact!.source}` : undefined,
    detail: k.description,
    id: k.id,
  }));
  const qp = vscode.window.createQuickPick<(typeof artifactItems)[number]>();
  qp.title = `${TITLE} from cards (1/3)`;
  qp.placeholder = inferred ? `What are you releasing? Inferred: ${inferred}` : 'What are you releasing? The folder does not say.';
  qp.items = artifactItems;
  qp.ignoreFocusOut = true;
  if (inferred) qp.activeItems = [artifactItems[0]];
  const artifact = await new Promise<ArtifactKind | undefined>((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.id ?? qp.activeItems[0]?.id);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
  if (!artifact) return undefined;
  const purposeItems = [
    { label: 'Leave it as a question', detail: 'Nothing in the folder states the purpose; answer it in the file later', id: undefined },
    ...RELEASE_PURPOSES.map((p) => ({ label: p.id, detail: p.description, id: p.id as ReleasePurpose | undefined })),
  ];
  const purpose = await vscode.window.showQuickPick(purposeItems, { title: `${TITLE} from cards (2/3)`, placeHolder: 'What is the release for?', ignoreFocusOut: true });
  if (!purpose) return undefined;
  type ContextItem = vscode.QuickPickItem & { id: string };
  const suggested = new Map(draft.contexts.map((c) => [c.context, c]));
  const items: ContextItem[] = [
    ...draft.contexts.map((c) => ({ label: c.title, description: c.context, detail: `The card says: "${c.evidence}" (${c.source})`, id: c.context, picked: true })),
    { label: 'Other settings from the domain catalogue', kind: vscode.QuickPickItemKind.Separator, id: '' },
    ...(suggested.has(RESEARCH_CONTEXT) ? [] : [{ label: 'research only', description: RESEARCH_CONTEXT, detail: 'Not deployed in any consequential setting', id: RESEARCH_CONTEXT }]),
    ...DEFAULT_CATALOGUE.domains
      .filter((d) => d.tier !== 'prohibited' && !suggested.has(d.id))
      .map((d) => ({ label: d.title, description: d.id, detail: d.tier === 'high-risk' ? 'High-risk' : 'Transparency duties', id: d.id })),
  ];
  const contexts = await vscode.window.showQuickPick<ContextItem>(items, {
    title: `${TITLE} from cards (3/3)`,
    placeHolder: draft.contexts.length ? 'Where will it be used? The settings the card describes are preselected: keep those that apply.' : 'Where will it be used? Pick every setting that applies, or none to leave it as a question.',
    canPickMany: true,
    ignoreFocusOut: true,
    matchOnDescription: true,
  });
  if (!contexts) return undefined;
  return { fromCards: true, artifact, purpose: purpose.id, contexts: contexts.map((c) => c.id).filter(Boolean) };
}

/** Shows the draft in an untitled editor and asks before writing; true when the person chose to write it. */
async function confirmDraft(text: string, draft: InitDraft): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument({ content: text, language: 'release-manifest' });
  await vscode.window.showTextDocument(doc, { preview: true });
  const questions = draft.questions.size;
  const choice = await vscode.window.showInformationMessage(
    'Write this draft as release-manifest.yaml?',
    { modal: true, detail: `Each value says where it came from; ${questions} question${questions === 1 ? '' : 's'} left as comments for you to answer. Nothing is written until you choose Write.` },
    'Write',
  );
  // The preview is an untitled document: close it without a save prompt.
  if (vscode.window.activeTextEditor?.document === doc) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return choice === 'Write';
}

/** The draft from the repository's cards, with the person's answers; undefined when cancelled. */
async function draftFromCards(dir: vscode.Uri, given?: CardAnswers): Promise<string | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(dir);
  if (!folder) return undefined;
  const fs = new WorkspaceFolderFs(folder);
  const rel = fs.relativePath(dir);
  if (rel === undefined) return undefined;
  const name = dir.path.split('/').filter(Boolean).pop();
  const draft = await inferManifest(fs, rel, { folderName: name, catalogue: DEFAULT_CATALOGUE });
  const answers = given ?? (await askCardAnswers(draft));
  if (!answers) return undefined;
  const answered = applyAnswers(draft, answers, DEFAULT_CATALOGUE);
  const text = renderDraft(answered, DEFAULT_CATALOGUE.version);
  const write = given ? given.write === true : await confirmDraft(text, answered);
  return write ? text : undefined;
}

/** The cards a folder holds, as names for the first pick. */
async function cardNames(dir: vscode.Uri): Promise<string[]> {
  const folder = vscode.workspace.getWorkspaceFolder(dir);
  if (!folder) return [];
  const fs = new WorkspaceFolderFs(folder);
  const rel = fs.relativePath(dir);
  return rel === undefined ? [] : (await cardsInFolder(fs, rel)).map((c) => c.path.slice(c.path.lastIndexOf('/') + 1));
}


/** Creates the manifest; returns its URI, or undefined when cancelled or refused. */
export async function createManifest(target?: vscode.Uri, answers?: ManifestAnswers | CardAnswers, how?: Start): Promise<vscode.Uri | undefined> {
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
    if (await uriExists(existing)) {
      // Never overwrite: the manifest holds people's statements and attestations.
      // Not awaited: the command finishes now; the button opens the file if the user wants it.
      vscode.window.showWarningMessage(`${name} already exists in this folder; it is left as it is.`, 'Open It').then(
        (open) => (open ? vscode.window.showTextDocument(existing) : undefined),
        () => undefined,
      );
      return undefined;
    }
  }
  const start: Start | undefined = answers
    ? 'fromCards' in answers
      ? 'cards'
      : 'questions'
    : (how ?? (vscode.workspace.getWorkspaceFolder(dir) ? await askStart(await cardNames(dir)) : 'questions'));
  let text: string | undefined;
  if (start === 'cards') {
    text = await draftFromCards(dir, answers && 'fromCards' in answers ? answers : undefined);
  } else if (start === 'questions') {
    const a = answers && !('fromCards' in answers) ? answers : await askAnswers();
    if (a) text = scaffoldManifest({ ...a, name: a.name ?? dir.path.split('/').filter(Boolean).pop() ?? 'my-release' }, DEFAULT_CATALOGUE);
  }
  if (text === undefined) return undefined;
  const uri = vscode.Uri.joinPath(dir, MANIFEST_FILE_NAMES[0]);
  // Asked again after the questions: a manifest may have appeared meanwhile, and it is never replaced.
  for (const name of MANIFEST_FILE_NAMES) {
    if (await uriExists(vscode.Uri.joinPath(dir, name))) {
      void vscode.window.showWarningMessage(`${name} already exists in this folder; it is left as it is.`);
      return undefined;
    }
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(uri);
  // Put the cursor on the first thing to fill in.
  const line = text.split('\n').findIndex((l) => l.includes('summary: ""') || l.trimStart().startsWith('# QUESTION:'));
  if (line >= 0) {
    const col = text.split('\n')[line].indexOf('""') + 1;
    editor.selection = new vscode.Selection(line, col, line, col);
    editor.revealRange(new vscode.Range(line, 0, line, 0));
  }
  return uri;
}

export function registerCreateManifest(context: vscode.ExtensionContext, log: (message: string) => void): void {
  const command = (id: string, how?: Start) =>
    vscode.commands.registerCommand(id, async (target?: vscode.Uri, answers?: ManifestAnswers | CardAnswers) => {
      try {
        return await createManifest(target, answers, how);
      } catch (e) {
        log(`Create Release Manifest failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        void vscode.window.showErrorMessage(`Create Release Manifest failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    });
  context.subscriptions.push(
    command('aiReleaseReadiness.createManifest'),
    // The welcome view's two buttons start one way or the other without asking.
    command('aiReleaseReadiness.createManifestFromCards', 'cards'),
    command('aiReleaseReadiness.createManifestFromQuestions', 'questions'),
  );
}
