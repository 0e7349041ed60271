// Infers a draft release manifest from what a folder already says: package manifests, card front matter,
// the license file, card sections. Every value keeps the place it came from; what cannot be read from the
// folder becomes a question, never a guess.
import type { FileSystem } from '../fs';
import { basename, joinInside } from '../paths';
import type { DocumentRole } from '../rules/rule';
import type { ArtifactKind } from '../manifest/scaffold';
import type { ParsedCard } from '../cards/model';
import { ownMeaningfulText, parseCard } from '../cards/parse';
import { itemsOf, plain, summaryOf } from '../cards/statements';
import type { DomainCatalogue } from '../catalogue/model';
import { DEFAULT_CATALOGUE } from '../catalogue/catalogue';
import { detectUses } from '../catalogue/detect';
import { MAX_DOCUMENT_BYTES, readTextFile } from '../engine/load';
import { isNonCommercialLicense } from '../rules/licensingRules';
import { scanFolder, type FolderScan } from './scan';
import { readPackageJson, readPyproject, readSetupCfg, type PackageFacts } from './packages';
import { readDeclaredLicense, sameLicense } from './licenseIds';
import { matchLicenseText } from './licenseText';

/** A value and where it came from ("pyproject.toml", "README.md front matter", ...). */
export interface Inferred<T> {
  value: T;
  source: string;
  /** Said next to the value: a disagreement, or what to confirm. */
  note?: string;
}

/** A deployment context the card text describes, for the user to confirm. */
export interface SuggestedContext {
  context: string;
  title: string;
  /** The words that describe the use, as written. */
  evidence: string;
  /** File the evidence is in. */
  source: string;
}

export interface InitDraft {
  /** Workspace-relative folder the manifest is for ("" for the root). */
  dir: string;
  name: Inferred<string>;
  version?: Inferred<string>;
  artifact?: Inferred<ArtifactKind>;
  license?: Inferred<string>;
  nonCommercial?: Inferred<boolean>;
  /** Set only from a person's answer (see applyAnswers): nothing in a folder states a release's purpose. */
  purpose?: Inferred<'research' | 'general' | 'commercial'>;
  /** Deployment contexts a person confirmed (see applyAnswers); suggestions stay in `contexts`. */
  confirmedContexts?: Inferred<string[]>;
  baseModel?: Inferred<string[]>;
  datasets?: Inferred<string[]>;
  language?: Inferred<string[]>;
  task?: Inferred<string[]>;
  documentation: Partial<Record<DocumentRole, Inferred<string>>>;
  summary?: Inferred<string>;
  outOfScope?: Inferred<string[]>;
  limitations?: Inferred<string[]>;
  contexts: SuggestedContext[];
  /** Questions by field ("version", "license", "documentation.model_card", "intended_use.users", ...). */
  questions: Map<string, string>;
}

export interface InferOptions {
  /** Name of the folder itself, when `dir` is "" (the adapter knows it; the file system does not). */
  folderName?: string;
  catalogue?: DomainCatalogue;
}

/** Front-matter keys only a model card has, and only a dataset card has (Hugging Face card specs). */
const MODEL_KEYS = ['base_model', 'pipeline_tag', 'library_name', 'model-index', 'model_name', 'inference'];
const DATASET_KEYS = ['task_categories', 'task_ids', 'size_categories', 'pretty_name', 'configs', 'dataset_info', 'annotations_creators', 'source_datasets', 'language_creators'];

interface ReadCard {
  path: string;
  card: ParsedCard;
  data: Record<string, unknown> | undefined;
}

function list(v: unknown): string[] {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return items.filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map((x) => String(x).trim()).filter((s) => s !== '');
}

function hasAny(data: Record<string, unknown> | undefined, keys: readonly string[]): boolean {
  return !!data && keys.some((k) => data[k] !== undefined && data[k] !== null);
}

async function readText(fs: FileSystem, path: string): Promise<string | undefined> {
  const r = await readTextFile(fs, path, MAX_DOCUMENT_BYTES);
  return r.state === 'ok' ? r.text : undefined;
}

async function readCard(fs: FileSystem, dir: string, name: string): Promise<ReadCard | undefined> {
  const path = joinInside(dir, name)!;
  const text = await readText(fs, path);
  if (text === undefined) return undefined;
  const card = parseCard(path, text);
  return { path: name, card, data: card.frontMatter?.data };
}

/** Infer a draft manifest for the folder `dir` of `fs`. Reads only; never writes. */
export async function inferManifest(fs: FileSystem, dir: string, options: InferOptions = {}): Promise<InitDraft> {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const scan = await scanFolder(fs, dir);
  const at = (name: string) => joinInside(dir, name)!;
  const questions = new Map<string, string>();

  // ---- documents
  const readme = scan.readme && /\.(?:md|markdown)$/i.test(scan.readme) ? await readCard(fs, dir, scan.readme) : undefined;
  const namedModelCards = (await Promise.all(scan.modelCards.map((n) => readCard(fs, dir, n)))).filter((c): c is ReadCard => !!c);
  const namedDataCards = (await Promise.all(scan.dataCards.map((n) => readCard(fs, dir, n)))).filter((c): c is ReadCard => !!c);
  // Other Markdown files are cards when their front matter says so (Hugging Face keys).
  const others = (await Promise.all(scan.markdown.slice(0, 30).map((n) => readCard(fs, dir, n)))).filter((c): c is ReadCard => !!c && !!c.data);
  let modelCard =
    namedModelCards[0] ??
    others.find((c) => hasAny(c.data, MODEL_KEYS)) ??
    (readme && hasAny(readme.data, MODEL_KEYS) ? readme : undefined);
  let dataCard =
    namedDataCards[0] ??
    others.find((c) => hasAny(c.data, DATASET_KEYS) && !hasAny(c.data, MODEL_KEYS)) ??
    (readme && hasAny(readme.data, DATASET_KEYS) && !hasAny(readme.data, MODEL_KEYS) ? readme : undefined);
  const cardSource = (c: ReadCard) => (c === readme ? `${c.path} (by its Hugging Face front matter)` : c.path);

  // ---- package manifests
  const packages: PackageFacts[] = [];
  if (scan.packageJson) {
    const t = await readText(fs, at(scan.packageJson));
    if (t !== undefined) packages.push(readPackageJson(scan.packageJson, t));
  }
  if (scan.pyproject) {
    const t = await readText(fs, at(scan.pyproject));
    if (t !== undefined) packages.push(await readPyproject(scan.pyproject, t));
  }
  if (scan.setupCfg) {
    const t = await readText(fs, at(scan.setupCfg));
    if (t !== undefined) packages.push(readSetupCfg(scan.setupCfg, t));
  }
  const usable = packages.filter((p) => !p.error);
  if (!scan.workspace && usable.some((p) => p.workspaces)) scan.workspace = 'package.json workspaces';

  // ---- model config (Hugging Face config.json: model_type or architectures)
  let modelConfig = false;
  if (scan.configJson) {
    const t = await readText(fs, at(scan.configJson));
    try {
      const c = t === undefined ? undefined : (JSON.parse(t) as unknown);
      modelConfig = !!c && typeof c === 'object' && ('model_type' in c || 'architectures' in c);
    } catch {
      modelConfig = false;
    }
  }

  // ---- artifact
  const artifact = inferArtifact(scan, modelConfig, modelCard, dataCard, usable, cardSource);
  if (artifact && scan.workspace) {
    artifact.note = `${scan.workspace} makes this folder hold several packages: a manifest per released package is usual (run init in each)`;
  }
  if (!artifact) questions.set('artifact', 'What does this folder release? Nothing here shows weights, a model or dataset card, data files or a package manifest. One of: model, dataset, code, application.');

  // A model or dataset folder's README with front matter is its Hugging Face card, whatever keys it uses.
  if (artifact?.value === 'model' && !modelCard && readme?.data) modelCard = readme;
  if (artifact?.value === 'dataset' && !dataCard && readme?.data) dataCard = readme;
  // The card that describes the release: the kind's own card first.
  const primary = artifact?.value === 'dataset' ? (dataCard ?? modelCard) : (modelCard ?? dataCard);
  const fm = primary?.data;
  const fmSource = primary ? `${primary.path} front matter` : '';

  // ---- name and version
  const pkgName = usable.find((p) => p.name);
  const fmName = primary && (typeof fm?.model_name === 'string' ? 'model_name' : typeof fm?.pretty_name === 'string' ? 'pretty_name' : undefined);
  const folder = dir === '' ? (options.folderName ?? '') : basename(dir);
  const name: Inferred<string> = pkgName
    ? { value: pkgName.name!, source: `from ${pkgName.file}` }
    : fmName
      ? { value: String(fm![fmName]).trim(), source: `from ${fmSource} (${fmName})` }
      : { value: folder || 'release', source: folder ? 'from the folder name' : 'no name found: rename it' };
  const pkgVersion = usable.find((p) => p.version);
  const fmVersion = typeof fm?.version === 'string' || typeof fm?.version === 'number' ? String(fm.version) : undefined;
  let version: Inferred<string> | undefined;
  if (pkgVersion) version = { value: pkgVersion.version!, source: `from ${pkgVersion.file}` };
  else if (fmVersion) version = { value: fmVersion, source: `from ${fmSource}` };
  else {
    const dyn = usable.find((p) => p.versionDynamic);
    questions.set(
      'version',
      dyn ? `Which version is this release? ${dyn.file} computes it at build time; write the released one (e.g. 1.0.0).` : 'Which version is this release (e.g. 1.0.0)? No package manifest or card front matter states one.',
    );
  }

  // ---- license
  const license = await inferLicense(fs, dir, scan, primary, fmSource, usable, questions);
  const nonCommercial = license && isNonCommercialLicense(license.value) ? { value: true, source: `the license ${license.value} does not allow commercial use` } : undefined;

  // ---- front-matter facts
  const fromFm = (key: string, label = key): Inferred<string[]> | undefined => {
    const v = list(fm?.[key]);
    return v.length ? { value: v, source: `from ${fmSource} (${label})` } : undefined;
  };
  const baseModel = fromFm('base_model');
  const datasets = artifact?.value === 'dataset' ? undefined : fromFm('datasets');
  const language = fromFm('language');
  const task = fromFm('pipeline_tag') ?? fromFm('task_categories');

  // ---- documentation
  const documentation: InitDraft['documentation'] = {};
  if (scan.readme) documentation.readme = { value: scan.readme, source: 'found in the folder' };
  if (modelCard) documentation.model_card = { value: modelCard.path, source: modelCard === readme || !scan.modelCards.includes(modelCard.path) ? 'a model card by its front matter' : 'a model card by its name' };
  // A dataset card beside a model describes its training data, a release of its own (see the artifact note).
  if (dataCard && artifact?.value !== 'model') documentation.data_card = { value: dataCard.path, source: dataCard === readme || !scan.dataCards.includes(dataCard.path) ? 'a dataset card by its front matter' : 'a dataset card by its name' };
  if (scan.license) documentation.license_file = { value: scan.license, source: 'found in the folder' };
  else if (scan.ancestorLicense) documentation.license_file = { value: scan.ancestorLicense, source: 'the nearest license file above this folder' };
  else if (license?.value.toLowerCase() !== 'other') questions.set('documentation.license_file', 'Where is the license text? No LICENSE file was found in this folder or above it; add one.');
  if (scan.changelog) documentation.changelog = { value: scan.changelog, source: 'found in the folder' };
  if (!scan.readme) questions.set('documentation.readme', 'No README found: write one that says what this is and how to use it.');
  if (artifact?.value === 'model' && !modelCard) questions.set('documentation.model_card', 'No model card found: write one (release-readiness check offers to create it from this manifest).');
  if (artifact?.value === 'dataset' && !dataCard) questions.set('documentation.data_card', 'No dataset card or datasheet found: write one (release-readiness check offers to create it from this manifest).');

  // ---- intended use from the card's sections (or the README's, for code)
  const useCard = primary ?? readme;
  const sectionText = (concept: 'intended-use' | 'out-of-scope-use' | 'limitations' | 'bias-risks') => {
    const s = useCard?.card.section(concept);
    if (!useCard || !s) return undefined;
    const text = ownMeaningfulText(useCard.card, s, [concept]);
    return text.trim() ? { text, source: `${useCard.path}, section "${s.title}"` } : undefined;
  };
  const uses = sectionText('intended-use');
  const summaryText = uses ? summaryOf(uses.text) : undefined;
  const summary = summaryText ? { value: summaryText, source: `copied from ${uses!.source}` } : undefined;
  if (!summary) questions.set('intended_use.summary', 'What is the release for, and for whom, in one or two sentences? No intended-use section states it.');
  questions.set('intended_use.users', 'Who is expected to use it (e.g. researchers, developers)?');
  const oos = sectionText('out-of-scope-use');
  const oosItems = oos ? itemsOf(oos.text) : [];
  const outOfScope = oosItems.length ? { value: oosItems, source: `copied from ${oos!.source}` } : undefined;
  if (!outOfScope) questions.set('intended_use.out_of_scope', 'Which uses is it not for (e.g. medical diagnosis, screening job candidates)? No out-of-scope section states them.');
  const lim = sectionText('limitations') ?? sectionText('bias-risks');
  const limItems = lim ? itemsOf(lim.text) : [];
  const limitations = limItems.length ? { value: limItems, source: `copied from ${lim!.source}` } : undefined;
  if (!limitations) questions.set('intended_use.limitations', 'What are its known limitations (e.g. English only)? No limitations section states them.');

  // ---- deployment: contexts the intended-use text describes, to confirm
  const contexts: SuggestedContext[] = [];
  if (uses) {
    const seen = new Set<string>();
    for (const use of detectUses(uses.text, catalogue)) {
      if (seen.has(use.domain.id)) continue;
      seen.add(use.domain.id);
      contexts.push({ context: use.domain.id, title: use.domain.title, evidence: lineAround(uses.text, use.startOffset), source: uses.source });
    }
    const research = /\bresearch(?:ers?)?\b/i.exec(uses.text);
    if (research) contexts.push({ context: 'research', title: 'Research', evidence: lineAround(uses.text, research.index), source: uses.source });
  }
  questions.set('release.purpose', 'What is the release for: research, general or commercial?');
  questions.set('deployment.role', baseModel ? 'Your role: developer, modifier or deployer? The card names a base model: if you fine-tuned or changed it, you are a modifier.' : 'Your role: developer (you made it), modifier (you changed someone else\'s) or deployer (you put it to use)?');
  questions.set('deployment.contexts', contexts.length ? 'Where will it be used? The card text describes the settings below: keep those that apply.' : 'Where will it be used (e.g. research, or a high-risk setting such as employment or healthcare)?');

  return {
    dir,
    name,
    version,
    artifact,
    license,
    nonCommercial,
    baseModel,
    datasets,
    language,
    task,
    documentation,
    summary,
    outOfScope,
    limitations,
    contexts,
    questions,
  };
}

function inferArtifact(
  scan: FolderScan,
  modelConfig: boolean,
  modelCard: ReadCard | undefined,
  dataCard: ReadCard | undefined,
  packages: PackageFacts[],
  cardSource: (c: ReadCard) => string,
): Inferred<ArtifactKind> | undefined {
  if (scan.weights.length > 0) return { value: 'model', source: `weights in the folder (${scan.weights.slice(0, 2).join(', ')})` };
  if (modelConfig) return { value: 'model', source: 'config.json is a model configuration' };
  const pkg = packages[0];
  const alsoCode = pkg ? ` (${pkg.file} also makes it installable code: artifact code if the card only documents code)` : '';
  if (modelCard && !dataCard) return { value: 'model', source: `${cardSource(modelCard)} is a model card; no weights in the folder`, note: alsoCode || undefined };
  if (dataCard && !modelCard) return { value: 'dataset', source: `${cardSource(dataCard)} is a dataset card` };
  if (modelCard && dataCard) return { value: 'model', source: `${cardSource(modelCard)} is a model card`, note: `${dataCard.path} is a dataset card: a separate release unit if the data is released on its own` };
  if (scan.dataFiles.length > 0) return { value: 'dataset', source: `data files in the folder (${scan.dataFiles.slice(0, 2).join(', ')})` };
  if (pkg) return { value: 'code', source: `${pkg.file} is a package manifest` };
  return undefined;
}

async function inferLicense(
  fs: FileSystem,
  dir: string,
  scan: FolderScan,
  primary: ReadCard | undefined,
  fmSource: string,
  packages: PackageFacts[],
  questions: Map<string, string>,
): Promise<Inferred<string> | undefined> {
  interface Claim {
    id: string;
    source: string;
  }
  const claims: Claim[] = [];
  const unreadable: string[] = [];
  const fmLicense = primary?.data?.license;
  if (typeof fmLicense === 'string' && fmLicense.trim()) {
    const d = readDeclaredLicense(fmLicense);
    if (d.id) claims.push({ id: d.id, source: `${fmSource} says ${d.raw}` });
    else unreadable.push(`${fmSource} says "${d.raw}", which is not an SPDX expression`);
  }
  for (const p of packages) {
    if (!p.license) continue;
    const d = readDeclaredLicense(p.license);
    if (d.id) claims.push({ id: d.id, source: `${p.file} says ${d.raw}` });
    else unreadable.push(`${p.file} says "${d.raw}", which is not an SPDX expression`);
  }
  const licensePath = scan.license ?? scan.ancestorLicense;
  let textClaim: Claim | undefined;
  if (licensePath) {
    const path = joinInside(dir, licensePath);
    const text = path === undefined ? undefined : await readText(fs, path);
    if (text !== undefined) {
      const m = await matchLicenseText(text);
      if (m.id) textClaim = { id: m.id, source: `${licensePath} holds the ${m.name ?? m.id} text (${Math.round(m.score * 100)}% match with the SPDX list)` };
      else if (m.candidates.length > 1) unreadable.push(`${licensePath} reads equally as ${m.candidates.join(' and ')}: the text alone cannot tell which`);
      else if (m.unavailable) unreadable.push(`${licensePath} was not compared with the SPDX list, which this build does not ship`);
      else unreadable.push(`${licensePath} matches no license of the SPDX list closely`);
    }
  }
  // The folder's own license file leads; one above the folder (a monorepo's, or code's next to data) comes last.
  if (textClaim && scan.license) claims.unshift(textClaim);
  else if (textClaim) claims.push(textClaim);

  // `other` in the front matter with a license file: the file holds the terms.
  const distinct: Claim[] = [];
  for (const c of claims) if (!distinct.some((d) => sameLicense(d.id, c.id))) distinct.push(c);
  if (distinct.length === 0) {
    questions.set('license', `Which license is it released under (an SPDX id such as Apache-2.0 or MIT)? ${unreadable.length ? `${unreadable.join('; ')}.` : 'No card, package manifest or license file states one.'}`);
    return undefined;
  }
  const first = distinct[0];
  const agreeing = claims.filter((c) => sameLicense(c.id, first.id)).map((c) => c.source);
  if (distinct.length === 1) {
    // A license file that holds no listed text (a stub, a notice) is worth saying next to the value.
    const note = licensePath && !textClaim ? unreadable.find((u) => u.startsWith(licensePath)) : undefined;
    return { value: first.id, source: agreeing.join('; '), note };
  }
  // Sources disagree: the folder's license file is what users read, so it leads; the disagreement stays visible.
  const others = distinct.slice(1).map((c) => c.source);
  questions.set('license', `The sources disagree: ${others.join('; ')}. Which is right? Make them agree (release-readiness check reports the card's license when it differs).`);
  return { value: first.id, source: agreeing.join('; ') };
}

/** The sentence of `text` around an offset, for evidence; long sentences are cut around the match. */
function lineAround(text: string, offset: number): string {
  const flat = text.replace(/\n/g, ' ');
  let start = 0;
  for (const m of flat.slice(0, offset).matchAll(/[.!?](?=\s)|\s(?:[-*+•]|\d{1,3}[.)])\s/g)) start = m.index + m[0].length;
  const tail = /[.!?](?=\s|$)|\s(?:[-*+•]|\d{1,3}[.)])\s/.exec(flat.slice(offset));
  const end = tail ? offset + tail.index + 1 : flat.length;
  const sentence = plain(flat.slice(start, end));
  if (sentence.length <= 160) return sentence;
  const at = Math.max(0, offset - start - 70);
  return `${at > 0 ? '…' : ''}${sentence.slice(at, at + 150).trim()}…`;
}

/** A model or dataset card found in a folder: by its file name, or by Hugging Face front matter. */
export interface FoundCard {
  /** Workspace-relative path. */
  path: string;
  kind: 'model' | 'dataset';
  how: 'name' | 'front matter';
}

/** Model and dataset cards in `dir` (top level only), for telling a user without a manifest about init. */
export async function cardsInFolder(fs: FileSystem, dir: string): Promise<FoundCard[]> {
  const st = await fs.stat(dir);
  if (!st || st.kind !== 'directory') return [];
  const scan = await scanFolder(fs, dir);
  const out: FoundCard[] = [];
  for (const n of scan.modelCards) out.push({ path: joinInside(dir, n)!, kind: 'model', how: 'name' });
  for (const n of scan.dataCards) out.push({ path: joinInside(dir, n)!, kind: 'dataset', how: 'name' });
  const candidates = [...(scan.readme && /\.(?:md|markdown)$/i.test(scan.readme) ? [scan.readme] : []), ...scan.markdown.slice(0, 30)];
  for (const n of candidates) {
    const c = await readCard(fs, dir, n);
    if (hasAny(c?.data, MODEL_KEYS)) out.push({ path: joinInside(dir, n)!, kind: 'model', how: 'front matter' });
    else if (hasAny(c?.data, DATASET_KEYS)) out.push({ path: joinInside(dir, n)!, kind: 'dataset', how: 'front matter' });
  }
  return out;
}
