// Documentation family: required documents named and present, readable, non-empty; cards with the
// sections their kind needs, filled in, without placeholders; card metadata and license file consistent
// with the manifest.
import type { Finding, Fix, Range, RelatedLocation, TextEdit } from '../types';
import { LineIndex, fileStartRange } from '../text';
import { joinInside, relativeTo } from '../paths';
import type { ParsedManifest } from '../manifest/model';
import { replaceValue, yamlScalar } from '../manifest/edit';
import type { CardConcept, CardSection, ParsedCard } from '../cards/model';
import { proseStatement, readsAsEnglish, sectionStates } from '../cards/prose';
import { meaningfulTextIn } from '../cards/parse';
import { PLACEHOLDER_FINDINGS_PER_FILE, findPlaceholders } from '../cards/placeholders';
import { CONCEPT_HEADINGS, REQUIRED_CONCEPTS, type CardKind, type ConceptRequirement } from '../cards/concepts';
import { MARKER_NAMES, markerComment } from '../cards/markers';
import { nearestWithinTypo } from '../nearest';
import {
  changelogTemplate,
  datasetCardTemplate,
  hfLicenseId,
  licenseTemplate,
  manifestFacts,
  manifestStatement,
  modelCardTemplate,
  type ManifestFacts,
  readmeTemplate,
  SECTION_ORDER,
  sectionTemplate,
  spdxIds,
} from '../cards/templates';
import { RecentCache } from '../recent';
import { memoized } from './riskShared';
import { deferFixes, type FixBuilder } from './deferredFixes';
import { boundedFindings, finding, metaFor, type DocumentRole, type DocumentSlot, type Rule, type UnitContext } from './rule';

const meta = metaFor('documentation');

const META = {
  missing: meta(
    'doc-missing',
    'error',
    'A document the release needs is not named in the manifest or does not exist.',
    'Models need a README, a model card and a license file; datasets a README, a dataset card and a license file; code and applications a README and a license file. Name each under `documentation:` in the manifest and make sure the file exists; the quick fix creates it prefilled from the manifest.',
  ),
  pathInvalid: meta(
    'doc-path-invalid',
    'error',
    'A documentation path leaves the workspace, is not a regular file, is binary or is too large.',
    'Documentation paths are resolved relative to the manifest and must name a readable text file inside the workspace. Point the path at the Markdown or text file that holds the document.',
  ),
  empty: meta(
    'doc-empty',
    'error',
    'A document is empty or holds only headings, comments and placeholders.',
    'An empty README, card or license file documents nothing. Write its content, or remove placeholders such as "[More Information Needed]" and TODO.',
  ),
  sectionMissing: meta(
    'doc-section-missing',
    'warning',
    'A model or dataset card lacks a section its kind requires.',
    'Model cards need intended use, out-of-scope use, bias/risks/limitations, training data and evaluation; dataset cards need a description, intended use, structure, collection process, bias/risks and personal information. Headings from the Hugging Face templates, Mitchell-style model cards, Datasheets for Datasets and Data Cards are all recognised. The quick fix inserts the section where the card template puts it, prefilled from the manifest where it states something.',
  ),
  sectionUnheaded: meta(
    'doc-section-unheaded',
    'info',
    'A card states something it must cover only in prose, without a heading of its own.',
    'A card that states its out-of-scope use in a sentence under "Uses", or its training data in the opening paragraph, covers it: there is no missing section. A heading of its own ("Out-of-Scope Use", "Training Data") helps readers and tools find the statement, so this hint suggests one.',
  ),
  sectionEmpty: meta(
    'doc-section-empty',
    'warning',
    'A required card section exists but says nothing.',
    'A heading followed only by comments, placeholders or subheadings does not tell readers anything. Write the section, or state the manifest\'s intended use, out-of-scope uses and limitations there; the quick fix copies them from the manifest where it states them.',
  ),
  placeholder: meta(
    'doc-placeholder',
    'warning',
    'A README or card still contains template placeholders.',
    'Placeholders such as "[More Information Needed]", TODO, TBD, lorem ipsum, {{ template_var }} or <your name> show a document that was not finished. Replace each with real content or remove it.',
  ),
  cardMetadata: meta(
    'doc-card-metadata',
    'warning',
    'Card front matter does not parse, or its license or base_model disagrees with the manifest.',
    'Hugging Face reads the YAML front matter of a card for its license and base model. It must parse, and it must say the same as the release manifest; otherwise the Hub shows a different license than the one you release under.',
  ),
  licenseMismatch: meta(
    'doc-license-mismatch',
    'warning',
    'The license file holds a different license than the manifest declares.',
    'The license file is what users and tools read. When it contains, for example, the MIT text while the manifest says Apache-2.0, one of them is wrong. Only recognised license texts are compared; unknown text is never flagged.',
  ),
};

const ROLE_LABEL: Record<DocumentRole, string> = {
  readme: 'README',
  model_card: 'model card',
  data_card: 'dataset card',
  license_file: 'license file',
  changelog: 'changelog',
};

/** Where a fix creates a document the manifest does not name (relative to the manifest). */
export const CONVENTIONAL_PATHS: Record<DocumentRole, string> = {
  readme: 'README.md',
  model_card: 'MODEL_CARD.md',
  data_card: 'DATA_CARD.md',
  license_file: 'LICENSE',
  changelog: 'CHANGELOG.md',
};

/** Documents each artifact kind needs; unknown kinds need what every release needs. */
const REQUIRED_BY_ARTIFACT: Record<string, readonly DocumentRole[]> = {
  model: ['readme', 'model_card', 'license_file'],
  dataset: ['readme', 'data_card', 'license_file'],
  code: ['readme', 'license_file'],
  application: ['readme', 'license_file'],
};

function artifactOf(ctx: UnitContext): string | undefined {
  const a = ctx.manifest.get(['artifact']);
  return typeof a === 'string' ? a : undefined;
}

function requiredRoles(ctx: UnitContext): Set<DocumentRole> {
  const roles = new Set<DocumentRole>(REQUIRED_BY_ARTIFACT[artifactOf(ctx) ?? ''] ?? ['readme', 'license_file']);
  for (const r of ctx.options.requiredDocuments ?? []) roles.add(r);
  return roles;
}

/** Front-matter keys that make a README a Hugging Face card. */
const HF_MODEL_KEYS = ['license', 'tags', 'base_model', 'pipeline_tag', 'library_name', 'model-index'];
const HF_DATASET_KEYS = ['license', 'tags', 'task_categories', 'size_categories', 'pretty_name', 'configs', 'dataset_info'];

function readmeServesAs(ctx: UnitContext, role: 'model_card' | 'data_card'): DocumentSlot | undefined {
  const readme = ctx.documents.readme;
  const data = readme?.state === 'ok' ? readme.card?.frontMatter?.data : undefined;
  if (!data) return undefined;
  const keys = role === 'model_card' ? HF_MODEL_KEYS : HF_DATASET_KEYS;
  return keys.some((k) => data[k] !== undefined && data[k] !== null) ? readme : undefined;
}

function isUsable(ctx: UnitContext): boolean {
  return ctx.manifest.data !== undefined;
}

/** Where the manifest names a document (or the `documentation` key, or the file start). */
function manifestPlace(ctx: UnitContext, slot: DocumentSlot | undefined): Range {
  return slot?.manifestRange ?? ctx.manifest.keyRange(['documentation']) ?? ctx.manifest.keyRange(['artifact']) ?? fileStartRange();
}

function relatedManifest(ctx: UnitContext, slot: DocumentSlot | undefined, message: string): RelatedLocation[] {
  return [{ path: ctx.manifest.path, range: manifestPlace(ctx, slot), message }];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const factsCache = new RecentCache<ParsedManifest, ManifestFacts>();

/** manifestFacts once per manifest: every template of a unit (up to one per missing document or section) reads them. */
function factsOf(m: ParsedManifest): ManifestFacts {
  let f = factsCache.get(m);
  if (!f) {
    f = manifestFacts(m);
    factsCache.set(m, f);
  }
  return f;
}

function templateFor(role: DocumentRole, m: ParsedManifest): string {
  const f = factsOf(m);
  const eol = m.lines.eol;
  switch (role) {
    case 'readme':
      return readmeTemplate(f, eol);
    case 'model_card':
      return modelCardTemplate(f, eol);
    case 'data_card':
      return datasetCardTemplate(f, eol);
    case 'license_file':
      return licenseTemplate(f, eol);
    case 'changelog':
      return changelogTemplate(f, today(), eol);
  }
}

/** Edits that make `documentation.<role>` name `value`, keeping everything else in the manifest as it is. */
function declareEdits(m: ParsedManifest, role: DocumentRole, value: string): Fix['changes'][number] | undefined {
  const edits = replaceValue(m, ['documentation', role], yamlScalar(value));
  return edits.length ? { kind: 'edit', path: m.path, edits } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// doc-missing

function checkMissing(ctx: UnitContext): Finding[] {
  if (!isUsable(ctx)) return [];
  const m = ctx.manifest;
  const out: Finding[] = [];
  const required = requiredRoles(ctx);
  const artifact = artifactOf(ctx);
  for (const role of Object.keys(ctx.documents) as DocumentRole[]) {
    const slot = ctx.documents[role];
    const label = ROLE_LABEL[role];
    if (slot.declared && slot.state === 'missing' && slot.path) {
      const path = slot.path;
      const rel = relativeTo(ctx.dir, path);
      out.push(
        finding(META.missing, m.path, manifestPlace(ctx, slot), `documentation.${role} names ${rel}, but there is no such file. Create the ${label} (the quick fix writes one prefilled from the manifest) or correct the path.`, {
          fixes: deferFixes(ctx, (fc) => [{ title: `Create ${rel} from the manifest`, safe: false, preferred: true, changes: [{ kind: 'create', path, text: templateFor(role, fc.manifest) }] }]),
        }),
      );
      continue;
    }
    if (slot.declared || !required.has(role)) continue;
    if ((role === 'model_card' || role === 'data_card') && readmeServesAs(ctx, role)) continue;
    const why = ctx.options.requiredDocuments?.includes(role) ? 'the project settings require one' : `${/^[aeiou]/.test(artifact ?? 'release') ? 'an' : 'a'} ${artifact ?? 'release'} needs one`;

    if (slot.state === 'ok' && slot.path) {
      // Found beside the manifest by convention: the release has it, the manifest just does not say so.
      const rel = relativeTo(ctx.dir, slot.path);
      out.push(
        finding(META.missing, m.path, manifestPlace(ctx, undefined), `The manifest does not name its ${label} (${why}); ${rel} exists beside it. Add "documentation.${role}: ${rel}".`, {
          severity: 'info',
          fixes: deferFixes(ctx, (fc) => {
            const change = declareEdits(fc.manifest, role, rel);
            return change ? [{ title: `Add documentation.${role}: ${rel}`, safe: true, preferred: true, changes: [change] }] : [];
          }),
        }),
      );
      continue;
    }
    if (slot.state !== 'not-declared' && slot.state !== 'missing') continue; // unreadable conventional file: doc-path-invalid
    const rel = CONVENTIONAL_PATHS[role];
    const path = joinInside(ctx.dir, rel);
    const fixes = deferFixes(ctx, (fc): Fix[] => {
      const change = declareEdits(fc.manifest, role, rel);
      return path && change
        ? [{ title: `Create ${rel} from the manifest and name it in documentation.${role}`, safe: false, preferred: true, changes: [change, { kind: 'create', path, text: templateFor(role, fc.manifest) }] }]
        : [];
    });
    const hint = role === 'model_card' ? ' (a Hugging Face card in the front matter of README.md also counts)' : role === 'data_card' ? ' (a Hugging Face dataset card in README.md front matter also counts)' : '';
    out.push(finding(META.missing, m.path, manifestPlace(ctx, undefined), `No ${label} is named under documentation.${role}, but ${why}${hint}. Add documentation.${role} and write the file; the quick fix creates ${rel} prefilled from the manifest.`, { fixes }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// doc-path-invalid

const INVALID_REASON: Partial<Record<DocumentSlot['state'], string>> = {
  'outside-root': 'leaves the workspace, so it is never read; use a path inside the repository, relative to the manifest',
  'not-a-file': 'is not a regular file (a folder, a special file or a symlink loop); point it at the document itself',
  binary: 'is binary or not valid UTF-8; documentation must be Markdown or plain text',
  'too-large': 'is over the size limit and was skipped; split it or point at a smaller summary document',
};

function checkPathInvalid(ctx: UnitContext): Finding[] {
  if (!isUsable(ctx)) return [];
  const out: Finding[] = [];
  for (const slot of Object.values(ctx.documents)) {
    const reason = INVALID_REASON[slot.state];
    if (!reason) continue;
    const raw = ctx.manifest.get(['documentation', slot.role]);
    const shown = slot.path ? relativeTo(ctx.dir, slot.path) : typeof raw === 'string' ? raw : '';
    const what = slot.declared ? `documentation.${slot.role} (${shown})` : `The conventional ${ROLE_LABEL[slot.role]} ${shown}`;
    out.push(finding(META.pathInvalid, ctx.manifest.path, manifestPlace(ctx, slot), `${what} ${reason}.`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// doc-empty

/** Slots with text, one per file (README may also be the model card). */
function readableSlots(ctx: UnitContext): DocumentSlot[] {
  const seen = new Set<string>();
  const out: DocumentSlot[] = [];
  for (const slot of Object.values(ctx.documents)) {
    if (slot.state !== 'ok' || slot.text === undefined || !slot.path || seen.has(slot.path)) continue;
    seen.add(slot.path);
    out.push(slot);
  }
  return out;
}

function isEffectivelyEmpty(slot: DocumentSlot): boolean {
  const text = slot.text ?? '';
  if (text.trim() === '' || text === '\uFEFF') return true;
  if (slot.card) {
    const fm = slot.card.frontMatter;
    const from = fm ? fm.range.endOffset : 0;
    return meaningfulTextIn(slot.card, from, text.length, [], true) === '';
  }
  const comments: [number, number][] = [...text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((m) => [m.index, m.index + m[0].length]);
  // The text between placeholders, in one pass: cutting them out one by one is quadratic in their number.
  let rest = '';
  let at = 0;
  for (const p of findPlaceholders(text, 0, text.length, comments)) {
    rest += text.slice(at, p.start);
    at = p.end;
  }
  rest += text.slice(at);
  return rest.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim().replace(/^\uFEFF/, '') === '';
}

/** Paths of the empty documents, read once per check: several rules skip them, and a long card is slow to read. */
function emptySlots(ctx: UnitContext): ReadonlySet<string> {
  return memoized(ctx, 'emptySlots', () => new Set(readableSlots(ctx).filter(isEffectivelyEmpty).map((s) => s.path!)));
}

function checkEmpty(ctx: UnitContext): Finding[] {
  if (!isUsable(ctx)) return [];
  const out: Finding[] = [];
  const empty = emptySlots(ctx);
  for (const slot of readableSlots(ctx)) {
    if (!empty.has(slot.path!)) continue;
    const rel = relativeTo(ctx.dir, slot.path!);
    out.push(
      finding(META.empty, slot.path!, fileStartRange(), `${rel} (the ${ROLE_LABEL[slot.role]}) is empty or holds only headings, comments and placeholders. Write its content.`, {
        related: relatedManifest(ctx, slot, `The manifest names ${rel} as its ${ROLE_LABEL[slot.role]} here.`),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Cards: sections, placeholders, metadata

interface CardUse {
  slot: DocumentSlot;
  card: ParsedCard;
  kind: CardKind;
  /** The README standing in for an unnamed card. */
  viaReadme: boolean;
}

function cardsToCheck(ctx: UnitContext): CardUse[] {
  const out: CardUse[] = [];
  const empty = emptySlots(ctx);
  const add = (slot: DocumentSlot | undefined, kind: CardKind, viaReadme: boolean): void => {
    if (!slot || slot.state !== 'ok' || !slot.card || !slot.path || empty.has(slot.path)) return;
    if (out.some((u) => u.slot.path === slot.path && u.kind === kind)) return;
    out.push({ slot, card: slot.card, kind, viaReadme });
  };
  const artifact = artifactOf(ctx);
  const roles: [DocumentRole & ('model_card' | 'data_card'), CardKind, string][] = [
    ['model_card', 'model-card', 'model'],
    ['data_card', 'dataset-card', 'dataset'],
  ];
  for (const [role, kind, art] of roles) {
    const slot = ctx.documents[role];
    if (slot?.state === 'ok') add(slot, kind, false);
    else if (slot?.state === 'not-declared' && (artifact === art || requiredRoles(ctx).has(role))) add(readmeServesAs(ctx, role), kind, true);
  }
  return out;
}

/** Heading level for an inserted section: the level of the card's top-level sections (below a lone title). */
function insertLevel(card: ParsedCard): number {
  const headings = card.sections.filter((s) => s.kind === 'heading');
  if (headings.length === 0) return 2;
  const min = Math.min(...headings.map((s) => s.level));
  const atMin = headings.filter((s) => s.level === min).length;
  return atMin === 1 && headings.length > 1 ? min + 1 : min;
}

/** Sections standing for a requirement, those named first for it ("Limitations") before compound ones ("Intended uses & limitations"). */
function sectionsFor(card: ParsedCard, req: ConceptRequirement) {
  const counts = (s: CardSection, c: CardConcept) =>
    req.anyOf.includes(c) && (s.kind === 'heading' || !req.headingOnly?.includes(c)) && (req.headingNames?.[c]?.test(s.title) ?? true) && (!req.onlyWhereStated?.includes(c) || sectionStates(card, s, req));
  const secs = card.sections.filter((s) => s.concepts.some((c) => counts(s, c)));
  const primary = (s: CardSection) => (req.anyOf.includes(s.concepts[0]) ? 0 : 1);
  return secs.sort((a, b) => primary(a) - primary(b));
}

/** Whether a section says something about a requirement (see sectionStates). */
const saysAbout = sectionStates;

function cardRelated(ctx: UnitContext, use: CardUse): RelatedLocation[] {
  const rel = relativeTo(ctx.dir, use.slot.path!);
  const role = use.kind === 'model-card' ? 'model card' : 'dataset card';
  return relatedManifest(
    ctx,
    use.slot,
    use.viaReadme ? `${rel} serves as the ${role} because the manifest names none.` : `The manifest names ${rel} as the ${role} here.`,
  );
}

/** Required concepts of each checked card that have no section: stated in prose somewhere (with where), or not at all. */
interface SectionGap {
  use: CardUse;
  req: ConceptRequirement;
  prose: Range | undefined;
}

function sectionGaps(ctx: UnitContext): SectionGap[] {
  return memoized(ctx, 'sectionGaps', () => {
    const out: SectionGap[] = [];
    if (!isUsable(ctx)) return out;
    for (const use of cardsToCheck(ctx)) {
      const missing = REQUIRED_CONCEPTS[use.kind].filter((req) => sectionsFor(use.card, req).length === 0);
      // English vocabulary cannot judge a card written in another language: no finding rather than a
      // false one. Asked only when something is missing: a complete card needs no reading of its prose.
      if (!missing.length || !readsAsEnglish(use.card)) continue;
      for (const req of missing) out.push({ use, req, prose: proseStatement(use.card, req) });
    }
    return out;
  });
}

const kindLabel = (use: CardUse) => (use.kind === 'model-card' ? 'model card' : 'dataset card');

/**
 * Where a section on `concept` goes in a card of `kind`: where the template (SECTION_ORDER) puts it. The
 * card's headings at the inserted level or above open blocks (each with its subsections); the
 * new section follows the block holding the nearest concept the template puts before it (the last such
 * block), else precedes the block holding the nearest concept the template puts after it (the first such
 * block), else goes at the end. A card in its own order keeps it: the section still follows what precedes
 * it in the template (Out-of-Scope Use after Uses), wherever that is. Returns an offset at a line start,
 * or the text's length.
 */
function sectionInsertOffset(card: ParsedCard, kind: CardKind, concept: CardConcept, level: number): number {
  const order = SECTION_ORDER[kind];
  const at = order.indexOf(concept);
  // Headings only: a label names a detail inside its section ("**License:**" under Model Details), not its place.
  const headings = card.sections.filter((s) => s.kind === 'heading');
  const tops = headings.filter((s) => s.level <= level);
  if (at < 0 || tops.length === 0) return card.text.length;
  let prev: { rank: number; block: number } | undefined;
  let next: { rank: number; block: number } | undefined;
  let block = -1;
  for (const s of headings) {
    while (block + 1 < tops.length && tops[block + 1].headingRange.startOffset <= s.headingRange.startOffset) block++;
    if (block < 0) continue; // before the first block: nothing to place a section beside
    for (const c of s.concepts) {
      const rank = order.indexOf(c);
      if (rank < 0 || rank === at) continue;
      if (rank < at && (!prev || rank > prev.rank || (rank === prev.rank && block > prev.block))) prev = { rank, block };
      if (rank > at && (!next || rank < next.rank)) next = { rank, block };
    }
  }
  if (prev) return prev.block + 1 < tops.length ? tops[prev.block + 1].headingRange.startOffset : card.text.length;
  if (next) return tops[next.block].headingRange.startOffset;
  return card.text.length;
}

/** The fix adding a section (template prefilled from the manifest) at `offset`; it keeps numbers and strings, not the card. */
function addSectionFix(path: string, req: ConceptRequirement, level: number, offset: number, lead: string, trail: string, eol: string): FixBuilder {
  const { label, preferred } = req;
  return (fc) => {
    const insert = lead + sectionTemplate(preferred, level, factsOf(fc.manifest), eol) + trail;
    return [{ title: `Add a section on ${label}`, safe: true, preferred: true, changes: [{ kind: 'edit', path, edits: [{ startOffset: offset, endOffset: offset, newText: insert }] }] }];
  };
}

function checkSectionMissing(ctx: UnitContext): Finding[] {
  const out: Finding[] = [];
  for (const { use, req, prose } of sectionGaps(ctx)) {
    if (prose) continue;
    const { card } = use;
    // A misspelt marker meant to mark it ("evalution"): its own finding and fix say so, and a second
    // section would be one too many once the name is mended.
    if (card.markers.some((m) => m.section !== undefined && m.unknown.some((n) => req.anyOf.includes(nearestName(n) as CardConcept)))) continue;
    const headings = card.sections.filter((s) => s.kind === 'heading');
    const last = headings[headings.length - 1];
    const fm = card.frontMatter;
    const place = last ? last.headingRange : fm ? card.lines.lineRange(fm.range.end.line) : fileStartRange();
    const eol = card.lines.eol;
    const text = card.text;
    const level = insertLevel(card);
    const offset = sectionInsertOffset(card, use.kind, req.preferred, level);
    let lead: string;
    let trail = '';
    if (offset === text.length) {
      // Appended after one blank line, whatever the file currently ends with.
      lead = text.length === 0 ? '' : /(\r\n|\n|\r){2}$/.test(text) ? '' : /[\r\n]$/.test(text) ? eol : eol + eol;
    } else {
      // Before the heading line of the next block: a blank line above (unless there is one) and below.
      const line = card.lines.positionAt(offset).line;
      lead = line === 0 || text.slice(card.lines.lineStart(line - 1), card.lines.lineEnd(line - 1)).trim() === '' ? '' : eol;
      trail = eol;
    }
    const fixes = deferFixes(ctx, bothFixes(addSectionFix(card.path, req, level, offset, lead, trail, eol), markSectionFixes(card, req, offset)));
    out.push(
      finding(META.sectionMissing, card.path, place, `The ${kindLabel(use)} has no section on ${req.label}. Add one (for example "${CONCEPT_HEADINGS[req.preferred]}"); the quick fix adds it where the card template puts it, prefilled from the manifest where it states something. If a section under another heading covers it, mark that section with ${markerComment(req.preferred)}.`, {
        related: cardRelated(ctx, use),
        fixes,
      }),
    );
  }
  return out;
}

/** The fixes of two builders, made outside the rule so that the closure holds nothing else. */
function bothFixes(first: FixBuilder, then: () => Fix[]): FixBuilder {
  return (fc) => [...first(fc), ...then()];
}

/** How many sections a missing-section finding offers to mark as covering the concept. */
const MARK_CANDIDATES = 3;

/**
 * Fixes that mark an existing section as covering a missing concept (see ./cards/markers.ts): the card's
 * sections whose heading names no concept and which hold text, at most MARK_CANDIDATES, nearest first to
 * where the template would put the concept. Never preferred: only the author knows what a section covers.
 * Built from offsets and titles only, so the fixes do not hold the card.
 */
function markSectionFixes(card: ParsedCard, req: ConceptRequirement, near: number): () => Fix[] {
  const candidates = card.sections
    .filter((s) => s.kind === 'heading' && s.level > 1 && s.concepts.length === 0 && s.meaningfulText !== '')
    .sort((a, b) => Math.abs(a.headingRange.startOffset - near) - Math.abs(b.headingRange.startOffset - near))
    .slice(0, MARK_CANDIDATES)
    // Right below the heading line (a section with text has a line after its heading).
    .map((s) => ({ title: s.title, at: card.lines.lineStart(s.headingRange.end.line + 1) }));
  return markFixes(card.path, card.lines.eol, req.preferred, req.label, candidates);
}

// A function of its own: the thunk closes over these values only, not over the card.
function markFixes(path: string, eol: string, concept: CardConcept, label: string, candidates: readonly { title: string; at: number }[]): () => Fix[] {
  const marker = markerComment(concept);
  return () =>
    candidates.map((c) => ({
      title: `Mark section "${c.title}" as covering ${label}`,
      safe: false,
      preferred: false,
      changes: [{ kind: 'edit' as const, path, edits: [{ startOffset: c.at, endOffset: c.at, newText: marker + eol }] }],
    }));
}

/**
 * Section markers that mark nothing: a name that is no concept ("evalution": a fix offers the nearest id),
 * or a marker above every heading. Reported by doc-section-missing, as the section they meant to mark is
 * still missing for the rule.
 */
function checkMarkers(ctx: UnitContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const use of cardsToCheck(ctx)) {
    const { card } = use;
    if (seen.has(card.path)) continue;
    seen.add(card.path);
    for (const m of card.markers) {
      const comment = card.text.slice(m.range.startOffset, m.range.endOffset);
      for (const name of m.unknown) {
        const near = nearestName(name);
        const at = comment.indexOf(name);
        const fix: Fix[] =
          near && at >= 0
            ? [{ title: `Replace '${name}' with '${near}'`, safe: true, preferred: true, changes: [{ kind: 'edit', path: card.path, edits: [{ startOffset: m.range.startOffset + at, endOffset: m.range.startOffset + at + name.length, newText: near }] }] }]
            : [];
        out.push(
          finding(META.sectionMissing, card.path, m.range, `The section marker names '${name}', which is no card concept, so it marks nothing${near ? `: did you mean '${near}'?` : '.'} Use a concept id (${MARKER_NAMES.slice(0, 5).join(', ')}, ...) or heading words ("Training Data").`, { fixes: fix }),
        );
      }
      if (m.section === undefined && m.concepts.length) {
        out.push(finding(META.sectionMissing, card.path, m.range, `The section marker stands above every heading, so it marks no section. Put it under the heading of the section that covers ${m.concepts.join(', ')}.`));
      }
    }
  }
  return out;
}

/** The concept id closest to a misspelt marker name, when it is close enough to be the one meant. */
function nearestName(name: string): string | undefined {
  return nearestWithinTypo(name.toLowerCase(), MARKER_NAMES);
}

function checkSectionUnheaded(ctx: UnitContext): Finding[] {
  const out: Finding[] = [];
  for (const { use, req, prose } of sectionGaps(ctx)) {
    if (!prose) continue;
    out.push(
      finding(META.sectionUnheaded, use.card.path, prose, `The ${kindLabel(use)} states its ${req.label} here, without a heading of its own. A heading ("${CONCEPT_HEADINGS[req.preferred]}") helps readers and tools find it.`, {
        related: cardRelated(ctx, use),
      }),
    );
  }
  return out;
}

/** Offset where a section's own body ends: at its first subheading, else at the end of its body. */
function ownBodyEnd(card: ParsedCard, s: CardSection): number {
  const child = card.sections.find((c) => c.kind === 'heading' && c.headingRange.startOffset >= s.bodyStart && c.headingRange.startOffset < s.bodyEnd);
  return child ? child.headingRange.startOffset : s.bodyEnd;
}

/** The first line of a section's own body that holds nothing but a placeholder ("[More Information Needed]"). */
function stubLine(card: ParsedCard, s: CardSection): number | undefined {
  const { lines, text } = card;
  const end = ownBodyEnd(card, s);
  for (const p of card.placeholders) {
    if (p.range.startOffset < s.bodyStart) continue;
    if (p.range.startOffset >= end) break;
    const l = p.range.start.line;
    if (text.slice(lines.lineStart(l), lines.lineEnd(l)).trim() === p.text) return l;
  }
  return undefined;
}

/**
 * The edit that writes `statement` into an empty section: in place of the first placeholder standing
 * alone on a line of the section's own body, else after the body's last non-blank line (a guidance
 * comment) or the heading. A blank line separates it from the lines around.
 */
function fillSectionEdit(card: ParsedCard, s: CardSection, statement: string): TextEdit {
  const { lines, text } = card;
  const eol = lines.eol;
  // Lines outside the text count as blank: nothing there to keep apart from.
  const blank = (l: number) => l < 0 || l >= lines.lineCount || text.slice(lines.lineStart(l), lines.lineEnd(l)).trim() === '';
  const stub = stubLine(card, s);
  if (stub !== undefined) {
    return { startOffset: lines.lineStart(stub), endOffset: lines.lineEnd(stub), newText: (blank(stub - 1) ? '' : eol) + statement + (blank(stub + 1) ? '' : eol) };
  }
  const end = ownBodyEnd(card, s);
  let last = lines.positionAt(s.headingRange.endOffset).line;
  for (let l = last + 1; l < lines.lineCount && lines.lineStart(l) < end; l++) if (!blank(l)) last = l;
  // After the last line with anything on it (a comment, or the heading): a new paragraph of its own.
  const at = lines.lineEnd(last);
  return { startOffset: at, endOffset: at, newText: eol + eol + statement + (blank(last + 1) ? '' : eol) };
}

function checkSectionEmpty(ctx: UnitContext): Finding[] {
  if (!isUsable(ctx)) return [];
  const out: Finding[] = [];
  for (const use of cardsToCheck(ctx)) {
    // One heading can stand for several required concepts ("Composition"): report it once.
    const bySection = new Map<CardSection, { reqs: ConceptRequirement[]; secs: CardSection[] }>();
    let english: boolean | undefined;
    for (const req of REQUIRED_CONCEPTS[use.kind]) {
      const secs = sectionsFor(use.card, req);
      if (secs.length === 0) continue;
      if (secs.some((s) => saysAbout(use.card, s, req))) continue;
      english ??= readsAsEnglish(use.card);
      if (!english) break;
      // An empty heading whose concept the card states elsewhere, in prose, is not a gap in the card.
      // Only the empty sections' own lines are left out of that search, not subsections about other things.
      const own = secs.map((s) => [s.headingRange.startOffset, ownBodyEnd(use.card, s)] as const);
      if (proseStatement(use.card, req, own)) continue;
      const group = bySection.get(secs[0]) ?? { reqs: [], secs };
      group.reqs.push(req);
      bySection.set(secs[0], group);
    }
    const eol = use.card.lines.eol;
    for (const [s, { reqs, secs }] of bySection) {
      // What the manifest states about the section's requirements, each once ("Known limitations: ...").
      const statements = [...new Set(reqs.map((r) => manifestStatement(r.preferred, factsOf(ctx.manifest), eol)).filter((x): x is string => x !== undefined))];
      // Written where the template left its stub ("### Direct Use" under "## Uses"), else into the reported section.
      const target = secs.find((x) => x.kind === 'heading' && stubLine(use.card, x) !== undefined) ?? s;
      const fixes: Fix[] = statements.length
        ? [{ title: `Fill "${target.title}" from the manifest`, safe: true, preferred: true, changes: [{ kind: 'edit', path: use.card.path, edits: [fillSectionEdit(use.card, target, statements.join(eol + eol))] }] }]
        : [];
      out.push(
        finding(
          META.sectionEmpty,
          use.card.path,
          s.headingRange,
          `The section "${s.title}" says nothing about ${reqs.map((r) => r.label).join(' or ')}: it holds only comments, placeholders or empty subsections. Write it${fixes.length ? '; the quick fix fills it with what the manifest states' : ''}.`,
          { related: cardRelated(ctx, use), fixes },
        ),
      );
    }
  }
  return out;
}

function checkPlaceholders(ctx: UnitContext): Finding[] {
  if (!isUsable(ctx)) return [];
  const out: Finding[] = [];
  const empty = emptySlots(ctx);
  for (const slot of readableSlots(ctx)) {
    if (!slot.card || empty.has(slot.path!)) continue;
    const role = ROLE_LABEL[slot.role];
    out.push(
      ...boundedFindings(
        slot.card.placeholders,
        PLACEHOLDER_FINDINGS_PER_FILE,
        (p) => finding(META.placeholder, slot.path!, p.range, `Placeholder "${p.text}" left in the ${role}. Replace it with real content or remove it.`),
        (p, n) => finding(META.placeholder, slot.path!, p.range, `${n} more placeholders left in the ${role} from here on ("${p.text}" first); only the first ${PLACEHOLDER_FINDINGS_PER_FILE} are listed one by one. Replace them with real content or remove them.`),
      ),
    );
  }
  return out;
}

/** Lower-cased SPDX id with Hugging Face's spelling differences folded: GPL-3.0-only == gpl-3.0. */
function foldLicense(id: string): string {
  return id.toLowerCase().replace(/-only$|-or-later$|\+$/, '');
}

function asList(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string').map((s) => s.trim().toLowerCase());
}

function checkCardMetadata(ctx: UnitContext): Finding[] {
  if (!isUsable(ctx)) return [];
  const m = ctx.manifest;
  const out: Finding[] = [];
  const manifestLicense = typeof m.get(['license']) === 'string' ? (m.get(['license']) as string).trim() : undefined;
  const manifestBase = asList(m.get(['base_model']));
  for (const slot of readableSlots(ctx)) {
    const fm = slot.card?.frontMatter;
    if (!fm) continue;
    const path = slot.path!;
    for (const e of fm.errors) {
      out.push(finding(META.cardMetadata, path, e.range, `The front matter is not valid YAML: ${e.message}. Fix it, or the Hub ignores the card's metadata.`));
    }
    const data = fm.data;
    if (!data) continue;
    const cardLicense = typeof data.license === 'string' ? data.license.trim() : undefined;
    // Only a single standard id can be compared: expressions, `other` and LicenseRef-* need a person.
    if (cardLicense && manifestLicense && /^[A-Za-z0-9.\-+]+$/.test(manifestLicense) && !/^(other|unknown|LicenseRef-.*)$/i.test(manifestLicense) && !/^(other|unknown)$/i.test(cardLicense)) {
      if (foldLicense(cardLicense) !== foldLicense(manifestLicense)) {
        const r = fm.valueRange('license') ?? fm.range;
        const want = hfLicenseId(manifestLicense)!;
        out.push(
          finding(META.cardMetadata, path, r, `The card's front matter says license "${cardLicense}", but the manifest declares ${manifestLicense}. Make them agree (Hugging Face spells it "${want}").`, {
            related: [{ path: m.path, range: m.rangeFor(['license']), message: `The manifest declares ${manifestLicense} here.` }],
            fixes: [{ title: `Set the card license to ${want}`, safe: false, changes: [{ kind: 'edit', path, edits: [{ startOffset: r.startOffset, endOffset: r.endOffset, newText: want }] }] }],
          }),
        );
      }
    }
    const cardBase = asList(data.base_model);
    if (cardBase.length && manifestBase.length) {
      const same = cardBase.length === manifestBase.length && cardBase.every((b) => manifestBase.includes(b));
      if (!same) {
        const r = fm.valueRange('base_model') ?? fm.range;
        out.push(
          finding(META.cardMetadata, path, r, `The card's base_model (${cardBase.join(', ')}) differs from the manifest's (${manifestBase.join(', ')}). The upstream model's license and use policy carry over: make them agree.`, {
            related: [{ path: m.path, range: m.rangeFor(['base_model']), message: 'The manifest names the base model here.' }],
          }),
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// doc-license-mismatch

/** Key phrases of license texts, most specific first; `family` groups ids that count as the same license. */
const LICENSE_SIGNATURES: { family: string; name: string; re: RegExp }[] = [
  { family: 'agpl-3.0', name: 'AGPL-3.0', re: /GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/i },
  { family: 'lgpl-3.0', name: 'LGPL-3.0', re: /GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/i },
  { family: 'lgpl-2.1', name: 'LGPL-2.1', re: /GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1/i },
  { family: 'gpl-3.0', name: 'GPL-3.0', re: /GNU GENERAL PUBLIC LICENSE\s+Version 3/i },
  { family: 'gpl-2.0', name: 'GPL-2.0', re: /GNU GENERAL PUBLIC LICENSE\s+Version 2/i },
  { family: 'apache-2.0', name: 'Apache-2.0', re: /Apache License,?\s+Version 2\.0/i },
  { family: 'mpl-2.0', name: 'MPL-2.0', re: /Mozilla Public License,?\s+(?:Version|v\.?)\s*2\.0/i },
  { family: 'bsl-1.0', name: 'BSL-1.0', re: /Boost Software License\s*-?\s*Version 1\.0/i },
  { family: 'mit', name: 'MIT', re: /Permission is hereby granted, free of charge, to any person obtaining a copy/i },
  { family: 'isc', name: 'ISC', re: /Permission to use, copy, modify, and\/or distribute this software for any\s+purpose with or without fee is hereby granted/i },
  { family: 'bsd-3-clause', name: 'BSD-3-Clause', re: /Redistribution and use in source and binary forms[\s\S]{0,1500}Neither the name of/i },
  { family: 'bsd-2-clause', name: 'BSD-2-Clause', re: /Redistribution and use in source and binary forms/i },
  { family: 'cc-by-nc-sa-4.0', name: 'CC-BY-NC-SA-4.0', re: /Attribution-NonCommercial-ShareAlike 4\.0 International/i },
  { family: 'cc-by-nc-nd-4.0', name: 'CC-BY-NC-ND-4.0', re: /Attribution-NonCommercial-NoDerivatives 4\.0 International/i },
  { family: 'cc-by-nc-4.0', name: 'CC-BY-NC-4.0', re: /Attribution-NonCommercial 4\.0 International/i },
  { family: 'cc-by-sa-4.0', name: 'CC-BY-SA-4.0', re: /Attribution-ShareAlike 4\.0 International/i },
  { family: 'cc-by-nd-4.0', name: 'CC-BY-ND-4.0', re: /Attribution-NoDerivatives 4\.0 International/i },
  { family: 'cc-by-4.0', name: 'CC-BY-4.0', re: /(?<![-\w])Attribution 4\.0 International/i },
  { family: 'cc0-1.0', name: 'CC0-1.0', re: /CC0 1\.0 Universal/i },
  { family: 'unlicense', name: 'Unlicense', re: /This is free and unencumbered software released into the public domain/i },
  { family: 'llama', name: 'a Llama community license', re: /LLAMA \d(?:\.\d)? COMMUNITY LICENSE AGREEMENT/i },
  { family: 'gemma', name: 'the Gemma Terms of Use', re: /Gemma Terms of Use/i },
  { family: 'rail', name: 'a RAIL license', re: /\bOpen\s?RAIL|Responsible AI License|\bRAIL-M\b|\bRAIL License\b/i },
];

/** Family of a manifest license id, in the same terms as LICENSE_SIGNATURES. */
function licenseFamily(id: string): string | undefined {
  const l = id.toLowerCase();
  if (/^(other|unknown|noassertion|none)$/.test(l) || l.startsWith('licenseref-')) return undefined;
  if (l.includes('rail')) return 'rail';
  if (l.includes('llama')) return 'llama';
  if (l.startsWith('gemma')) return 'gemma';
  return l.replace(/-only$|-or-later$|\+$/, '');
}

function checkLicenseMismatch(ctx: UnitContext): Finding[] {
  if (!isUsable(ctx)) return [];
  const slot = ctx.documents.license_file;
  const license = ctx.manifest.get(['license']);
  if (slot?.state !== 'ok' || slot.text === undefined || !slot.path || typeof license !== 'string' || license.trim() === '') return [];
  const ids = spdxIds(license);
  const families = ids.map(licenseFamily);
  // A custom or unknown component could be anything: never guess against it.
  if (families.some((f) => f === undefined)) return [];
  const text = slot.text;
  const detected: { family: string; name: string; index: number }[] = [];
  for (const sig of LICENSE_SIGNATURES) {
    const m = sig.re.exec(text);
    if (!m || detected.some((d) => d.index === m.index)) continue;
    detected.push({ family: sig.family, name: sig.name, index: m.index });
  }
  if (detected.length === 0 || detected.some((d) => families.includes(d.family))) return [];
  const first = detected.sort((a, b) => a.index - b.index)[0];
  const lines = new LineIndex(text);
  return [
    finding(
      META.licenseMismatch,
      slot.path,
      lines.lineRange(lines.positionAt(first.index).line),
      `${relativeTo(ctx.dir, slot.path)} reads as ${first.name}, but the manifest declares ${license.trim()}. Replace the file with the ${license.trim()} text, or correct \`license\` in the manifest.`,
      { related: [{ path: ctx.manifest.path, range: ctx.manifest.rangeFor(['license']), message: `The manifest declares ${license.trim()} here.` }] },
    ),
  ];
}

export const DOCUMENTATION_RULES: Rule[] = [
  { meta: META.missing, check: checkMissing },
  { meta: META.pathInvalid, check: checkPathInvalid },
  { meta: META.empty, check: checkEmpty },
  { meta: META.sectionMissing, check: (ctx) => [...checkSectionMissing(ctx), ...checkMarkers(ctx)] },
  { meta: META.sectionUnheaded, check: checkSectionUnheaded },
  { meta: META.sectionEmpty, check: checkSectionEmpty },
  { meta: META.placeholder, check: checkPlaceholders },
  { meta: META.cardMetadata, check: checkCardMetadata },
  { meta: META.licenseMismatch, check: checkLicenseMismatch },
];
