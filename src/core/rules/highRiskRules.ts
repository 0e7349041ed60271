// High-risk deployment family: declared contexts map onto the domain catalogue and raise safeguard
// requirements; free text that DESCRIBES an undeclared high-risk or prohibited use is flagged
// (text that excludes it is not - see ../catalogue/detect.ts).
import { nearestWithinTypo } from '../nearest';
import { scalarSourceText } from '../yamlSupport';
import type { Finding, Range, TextEdit } from '../types';
import type { Domain, DomainCatalogue, SafeguardId } from '../catalogue/model';
import { actsForDecider, namesSubject, THRESHOLD as USE_SCORE, termDomains } from '../catalogue/useMatcher';
import { hasExclusionCue, mentionedDomains, resolveUses, scanPhrases, type DetectedUse, type PhraseScan } from '../catalogue/detect';
import { ownMeaningfulText } from '../cards/parse';
import { isLowRiskContext, normaliseContext } from '../catalogue/catalogue';
import type { CardConcept, CardSection, ParsedCard } from '../cards/model';
import { isNoTitle, readsAsEnglish, statesIn, useStatementParagraphs } from '../cards/prose';
import { REQUIRED_CONCEPTS } from '../cards/concepts';
import { insertKey, replaceValue, yamlScalar } from '../manifest/edit';
import { finding, metaFor, type Rule, type UnitContext } from './rule';
import { deferFixes, type FixBuilder } from './deferredFixes';
import { relaxedBySafeHarbor } from './safeHarbor';
import {
  INDICATORS,
  memoized,
  mentionedIn,
  appendItems,
  bound,
  declaredContexts,
  declaredDomainIds,
  domainCitations,
  isFilled,
  list,
  manifestFix,
  stringsAt,
  useCard,
} from './riskShared';

const meta = metaFor('high-risk');

/** Evidence a use in a card needs to stand beside out-of-scope text of the same domain (see useMatcher scores). */
const NARROWED_USE_SCORE = 5;

// ---------------------------------------------------------------------------------------------
// Where free text describing uses is read.

export interface UseSource {
  /** File the text is in (manifest or card). */
  path: string;
  /** Offset of the scanned slice in its file. */
  base: number;
  text: string;
  excludeRanges: [number, number][];
  toRange(start: number, end: number): Range;
  /**
   * Evidence a use found in words needs here (see useMatcher scores); catalogue phrases count only with `phrases`.
   * Set for text read only for what it states strongly (a model card's opening, sentences of purpose elsewhere).
   */
  minScore?: number;
  /** With minScore: a catalogue phrase counts too ("An automatic essay scoring system", "can be used for face recognition"). */
  phrases?: boolean;
}

/**
 * Fenced code blocks and HTML comments quote text; they do not describe uses. Nor does the title of a work
 * the card cites in quotation marks ("[L.A.'s Scoring System for Subsidized Housing Gives ... Lower Priority
 * Scores](...)"): a headline's words in title case.
 */
function quotedSpans(card: ParsedCard, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  const body = card.text.slice(from, to);
  for (const m of body.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) spans.push([from + m.index, from + m.index + m[0].length]);
  for (const m of body.matchAll(QUOTED)) if (isTitleCase(m[1])) spans.push([from + m.index, from + m.index + m[0].length]);
  for (const [a, b] of card.fencedCode) if (a < to && b > from) spans.push([Math.max(a, from), Math.min(b, to)]);
  return spans;
}

/** Text in quotation marks on one line, a Markdown link's text inside them included. */
const QUOTED = /["\u201c]\[?([^"\u201c\u201d\n\]]{12,240})\]?(?:\([^)\s]*\))?[.,;:!?]?["\u201d]/g;

/** Whether most of a text's longer words start with a capital, as a headline's do. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}][\p{L}'\u2019.-]{3,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
}

/**
 * The card's intended-use sections (and labels), read for uses. Subsections and labels about something
 * else (Out-of-Scope Use, Limitations) are exclusion context. A model card's opening, a project's objective
 * and sentences of purpose elsewhere are read for strongly stated uses only: on the corpus, opening and
 * motivation text described the project far more often than a deployment.
 */
function cardSources(card: ParsedCard, isModelCard: boolean): UseSource[] {
  const out: UseSource[] = [];
  for (const s of card.sections) {
    if (s.concept !== 'intended-use' || s.plain) continue;
    const { end: bodyEnd, runsOver } = useSectionEnd(card, s);
    const exclude: [number, number][] = quotedSpans(card, s.bodyStart, bodyEnd);
    for (const sub of card.sections) {
      if (sub === s || runsOver.has(sub) || sub.headingRange.startOffset < s.bodyStart || sub.headingRange.startOffset >= bodyEnd) continue;
      // A subsection about something else is set aside; a label only when it is about exclusions, risks or the
      // like: under a use heading, "**Feature request:**" or "**Interview assist:**" labels a use.
      // In a model card a heading of a dataset's structure names no such thing: "### Features" and "### Examples"
      // under a use heading list what the release does.
      const aside = sub.kind === 'heading'
        ? sub.concept !== undefined && sub.concept !== 'intended-use' && !(isModelCard && sub.concept === 'dataset-structure') && !reportsNoResult(card, sub)
        : sub.concept !== undefined && ASIDE_CONCEPTS.has(sub.concept);
      if (aside) exclude.push([sub.headingRange.startOffset, Math.min(sub.bodyEnd, bodyEnd)]);
    }
    out.push({
      path: card.path,
      base: s.bodyStart,
      text: card.text.slice(s.bodyStart, bodyEnd),
      excludeRanges: exclude.map(([a, b]) => [a - s.bodyStart, b - s.bodyStart]),
      toRange: (a, b) => card.lines.range(s.bodyStart + a, s.bodyStart + b),
      // A project's objective or goal is often to improve a technique: read for uses stated strongly only.
      ...(s.kind === 'heading' && AIM_HEADING.test(s.title) ? { minScore: OPENING_USE_SCORE, phrases: true } : {}),
    });
  }
  // A model card's opening says what the model does; a dataset card's describes the data ("admission cutoff scores").
  const opening = isModelCard ? openingSpan(card) : undefined;
  // Without a section on use, the opening is the card's statement of what the model is for: read as one,
  // with the evidence any use needs (USE_SCORE).
  const statesUse = out.length > 0;
  if (opening) out.push(readStrongly(card, ...opening, statesUse ? OPENING_USE_SCORE : USE_SCORE));
  // Why a model was made often says where it is put to work ("## Why? Marking 180 essays a week is impossible
  // ... it grades each essay"): a model card's motivation is read as its opening is.
  if (isModelCard) {
    for (const s of card.sections) if (s.kind === 'heading' && (s.concept === 'motivation' || s.concept === 'model-details' || WHY_HEADING.test(s.title))) out.push(readStrongly(card, s.bodyStart, s.bodyEnd));
  }
  // A model card's title names the release by what it does ("# Power Grid Fault Detection"): read as the opening is.
  const title = isModelCard ? card.sections.find((s) => s.kind === 'heading') : undefined;
  if (title && title.level === 1) out.push(readStrongly(card, title.headingRange.startOffset, title.headingRange.endOffset));
  // Sentences elsewhere that say what the release is for ("This data can be used for tasks such as face
  // recognition", in a dataset summary): read for uses stated strongly, as the opening is.
  const read: [number, number][] = out.map((o) => [o.base, o.base + o.text.length]);
  const aside: [number, number][] = card.sections
    .filter((s) => (s.concept !== undefined && ASIDE_CONCEPTS.has(s.concept)) || (s.kind === 'heading' && REGULATORY_HEADING.test(s.title)))
    .map((s) => [s.headingRange.startOffset, s.bodyEnd]);
  for (const [from, to] of useStatementParagraphs(card, [...read, ...aside])) out.push(readStrongly(card, from, to));
  // Hugging Face metadata names a release's task ("pipeline_tag: speaker-verification", "tags: [face-recognition]"):
  // a task its act and term name (TAG_USE_SCORE) is what the release does. Topic words ("jobs", "medical") name none.
  for (const key of TASK_KEYS) {
    const r = card.frontMatter?.data?.[key] !== undefined ? card.frontMatter.valueRange(key) : undefined;
    // A tag is a slug: its hyphens and underscores are spaces ("speaker-verification"), and offsets stay.
    if (r) {
      const source = readStrongly(card, r.startOffset, r.endOffset, TAG_USE_SCORE);
      out.push({ ...source, text: source.text.replace(/(?<=\p{L})[-_](?=\p{L})/gu, ' ') });
    }
  }
  return out;
}

/** Front-matter keys of Hugging Face cards that name the release's task or subject. */
const TASK_KEYS = ['pipeline_tag', 'tags', 'task_categories', 'task_ids'];
/** Evidence a tag's use needs: its act and its term ("speaker verification", "legal judgment classification"). */
const TAG_USE_SCORE = 3;

/**
 * Where a use section's text ends. A heading line that is no title takes the reader nowhere else: a release's
 * version ("## 3.1.0"), a configuration key or a sentence written after a hash (a configuration comment pasted
 * unfenced: "# auto_close: when true, the agent shuts the valves ..."). The statement of use runs on over them;
 * a title ("## Pipeline", "### Who funded the creation of the dataset?") ends it, unless the use heading has
 * nothing under it: then the section right after it is its text. `runsOver` holds those headings, which are
 * part of the use, not subsections beside it.
 */
function useSectionEnd(card: ParsedCard, s: CardSection): { end: number; runsOver: Set<CardSection> } {
  let end = s.bodyEnd;
  const runsOver = new Set<CardSection>();
  // A use heading with nothing under it groups what follows ("## Uses" then "## Model Description" at the same
  // level): the next section is its text, whatever its title (one set aside, exclusions or risks, still ends it).
  const grouping = s.kind === 'heading' && card.text.slice(s.bodyStart, s.bodyEnd).trim() === '';
  for (const next of card.sections) {
    if (next.kind !== 'heading' || next.headingRange.startOffset < end) continue;
    // Its words may still name a concept ("... from their diagnostic test results"); one set aside (exclusions, risks) ends the use.
    if (next.headingRange.startOffset > end || (next.concept !== undefined && ASIDE_CONCEPTS.has(next.concept))) break;
    const grouped = grouping && runsOver.size === 0 && next.level >= s.level && next.concept !== 'intended-use';
    if (!grouped && !isNoTitle(next.title)) break;
    end = next.bodyEnd;
    runsOver.add(next);
  }
  return { end, runsOver };
}

/** Card text [from, to) read only for uses stated strongly or named by a catalogue phrase (see OPENING_USE_SCORE). */
function readStrongly(card: ParsedCard, from: number, to: number, minScore = OPENING_USE_SCORE): UseSource {
  return {
    path: card.path,
    base: from,
    text: card.text.slice(from, to),
    excludeRanges: quotedSpans(card, from, to).map(([a, b]) => [a - from, b - from]),
    toRange: (a, b) => card.lines.range(from + a, from + b),
    minScore,
    phrases: true,
  };
}

/** Headings about the law rather than the release: "Regulatory note" ("Software that informs clinical decisions is regulated ..."). */
const REGULATORY_HEADING = /(?<![\p{L}])(?:regulat\w*|legal|compliance|law|laws)(?![\p{L}])/iu;

/** Headings that ask or tell why a release exists: "Why?", "Why we built this". */
const WHY_HEADING = /^\W*why(?![\p{L}])/iu;

/** Headings of a project's aims: "Objective", "Project Goals". */
const AIM_HEADING = /(?<![\p{L}])(?:objectives?|goals?|aims?)(?![\p{L}])/iu;

/** A heading of results alone: "### The result", "## Results" (not "Evaluation Metrics"). */
const RESULT_HEADING = /^\W*(?:the\s+)?(?:results?|outcomes?)\W*$/i;

/** What a results section must state to be one: an evaluation's shapes (a figure, "tested on", "results on"). */
const EVALUATION = REQUIRED_CONCEPTS['model-card'].find((r) => r.preferred === 'evaluation')!;

/**
 * Whether a heading of results alone reports none ("### The result" of a case study: "The app now estimates
 * ..."): it tells what the release does, and under a use section it is part of the use.
 */
function reportsNoResult(card: ParsedCard, s: CardSection): boolean {
  return RESULT_HEADING.test(s.title) && !statesIn(ownMeaningfulText(card, s, s.concept !== undefined ? [s.concept] : []), EVALUATION);
}

/** Sections whose use statements are about something else: exclusions, risks, the works a card cites. */
const ASIDE_CONCEPTS = new Set<CardConcept>(['out-of-scope-use', 'limitations', 'bias-risks', 'recommendations', 'citation', 'license', 'personal-information']);

/** Evidence a use stated in a model card's opening paragraphs needs: a strong act on a strong term ("performs speaker verification"). */
const OPENING_USE_SCORE = 4;

/**
 * [start, end) of the card's opening paragraphs: after the front matter and the title, up to the first
 * heading below it. Cards often state what the model is for there ("This repository provides ... speaker
 * verification"); it is read only for uses stated strongly, as it also describes the project. Badges and
 * HTML before the title do not open the card; a card that goes from its title straight into an overview
 * ("## Overview", "## Model Description") opens with that section's own text, and one with credit lines or links
 * before its overview ("**Developed by:** ..." then "## Project Overview") runs on through the overview.
 */
function openingSpan(card: ParsedCard): [number, number] | undefined {
  let from = card.frontMatter ? card.frontMatter.range.endOffset : 0;
  const headings = card.sections.filter((s) => s.kind === 'heading' && s.headingRange.startOffset >= from);
  let i = 0;
  // The title heading (with only blank text, badges or HTML before it) opens the card; its own body runs to the end.
  if (headings[0] && headings[0].level === 1 && isDecoration(card.text.slice(from, headings[0].headingRange.startOffset))) {
    from = headings[0].bodyStart;
    i = 1;
  }
  let to = headings[i] ? headings[i].headingRange.startOffset : card.text.length;
  if (headings[i] && OVERVIEW_HEADING.test(headings[i].title)) {
    if (isDecoration(card.text.slice(from, to))) from = headings[i].bodyStart;
    to = headings[i + 1] ? headings[i + 1].headingRange.startOffset : card.text.length;
  }
  return to > from && !isDecoration(card.text.slice(from, to)) ? [from, to] : undefined;
}

/** Headings of a card's overview: what the model is and does. */
const OVERVIEW_HEADING = /^(?:(?:model|project|system|application|app|tool)\s+)?(?:overview|summary|description|introduction|about(?:\s+(?:the|this)\s+model)?)$/i;

/** Whether text holds only blank space, HTML tags and badge images: nothing a reader reads as prose. */
function isDecoration(text: string): boolean {
  return text.replace(/<!--[\s\S]*?-->|<[^>]*>|\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?/g, '').trim() === '';
}

/** The manifest's descriptions of use (summary, users) and the card's intended-use sections; never out_of_scope. */
export function useSources(ctx: UnitContext): UseSource[] {
  return scannedSources(ctx).map((s) => s.source);
}

interface ScannedSource {
  source: UseSource;
  /** Every phrase match in the source's text, resolved per tier set by describedUses. */
  scan: PhraseScan;
}

/** useSources with their phrase scans, once per check (the undeclared-use and prohibited-practice rules share them). */
function scannedSources(ctx: UnitContext): ScannedSource[] {
  const card = useCard(ctx);
  const memo = memoized(ctx, 'scannedSources', () => ({ card, sources: undefined as ScannedSource[] | undefined }));
  // The card is looked up anew each time: a context whose documents changed gets a fresh scan.
  if (memo.sources === undefined || memo.card !== card) {
    memo.card = card;
    memo.sources = computeUseSources(ctx, card).map((source) => ({ source, scan: scanPhrases(source.text, ctx.catalogue, ctx.options.extraPhrases) }));
  }
  return memo.sources;
}

function computeUseSources(ctx: UnitContext, card: ParsedCard | undefined): UseSource[] {
  const m = ctx.manifest;
  const out: UseSource[] = [];
  for (const key of ['summary', 'users']) {
    for (const s of stringsAt(ctx, ['intended_use', key])) {
      // Offsets only: the line index is built when a finding needs a range.
      const at = m.valueOffsets(s.path);
      if (!at) continue;
      const [start, end] = at;
      // Scan the source slice so offsets are file offsets (quotes and folding do not split phrases).
      out.push({
        path: m.path,
        base: start,
        text: scalarSourceText(m.text.slice(start, end)),
        excludeRanges: [],
        toRange: (a, b) => m.lines.range(start + a, start + b),
      });
    }
  }
  // English vocabulary cannot read a card in another language for uses: no finding rather than a false one.
  if (card && readsAsEnglish(card)) out.push(...cardSources(card, ctx.documents.model_card?.state === 'ok' && ctx.documents.model_card.card === card));
  return out;
}

/** Evidence words for a message: `from "Flags", "mammograms" and "radiologist"` (an act, what it acts on, who decides: not always an act "on" each). */
function evidenceList(words: readonly string[]): string {
  const quoted = words.map((w) => `"${w}"`);
  return `from ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted[0]}`;
}

/** The evidence as it reads in a message: a word inside another piece of evidence ("verification" in "speaker verification") is said once. */
function evidenceWords(evidence: readonly string[]): string[] {
  return evidence.filter((e, i) => !evidence.some((other, j) => j !== i && other.length > e.length && other.toLowerCase().includes(e.toLowerCase())));
}

export interface LocatedUse {
  use: DetectedUse;
  source: UseSource;
  range: Range;
}

/**
 * A use with its range built when first read: offsets only until a use stands, so the line index is built
 * for the ones reported. A class, as an object literal with a getter gets an object layout of its own.
 */
class FoundUse implements LocatedUse {
  #range: Range | undefined;

  constructor(
    readonly use: DetectedUse,
    readonly source: UseSource,
  ) {}

  get range(): Range {
    return (this.#range ??= this.source.toRange(this.use.startOffset, this.use.endOffset));
  }
}

/** Uses described in the release's free text, one per domain and source, deduplicated across nested sections. */
export function describedUses(ctx: UnitContext, tiers: readonly Domain['tier'][], stands?: (u: LocatedUse) => boolean): LocatedUse[] {
  const seen = new Set<string>();
  // One finding per file and domain: a card's "Uses" and its "Downstream Use" subsection describing
  // the same hiring use are one problem with one fix, not two.
  const perFile = new Set<string>();
  const out: LocatedUse[] = [];
  for (const { source, scan } of scannedSources(ctx)) {
    // An opening that states a use and then excludes the domain ("nor is it intended for the diagnosis of any
    // medical condition", "should NEVER be used for clinical diagnosis") describes a research release.
    let openingExcludes: Set<string> | undefined;
    for (const use of resolveUses(scan, { excludeRanges: source.excludeRanges, tiers })) {
      if (source.minScore !== undefined && (use.score ?? (source.phrases ? source.minScore : 0)) < source.minScore) continue;
      if (source.minScore !== undefined && (openingExcludes ??= statedExclusions(source.text, ctx.catalogue)).has(use.domain.id)) continue;
      const at = `${source.path}:${source.base + use.startOffset}`;
      const fileDomain = `${source.path}|${use.domain.id}`;
      if (seen.has(at) || perFile.has(fileDomain)) continue;
      const located = new FoundUse(use, source);
      // The file's finding for a domain is its first use that stands (`stands`): a weaker mention before
      // a strongly stated use ("Predict default ..." before "Credit approval decision support") does not hide it.
      if (stands && !stands(located)) continue;
      seen.add(at);
      perFile.add(fileDomain);
      out.push(located);
    }
  }
  return out;
}

/** Domains the out_of_scope list already excludes. */
export function excludedDomainIds(ctx: UnitContext): Set<string> {
  return new Set(
    memoized(ctx, 'excludedDomainIds', () => {
      const ids = new Set<string>();
      for (const s of stringsAt(ctx, ['intended_use', 'out_of_scope'])) {
        for (const id of mentionedIn(ctx, s.value)) ids.add(id);
        const v = normaliseContext(s.value);
        const d = ctx.catalogue.domainFor(v);
        if (d) ids.add(d.id);
      }
      return ids;
    }),
  );
}

/** A statement that excludes every use of what it names: "any real clinical decision", "all hiring decisions". */
const BLANKET = /(?<![\p{L}])(?:any|all|every|whatsoever)(?![\p{L}])/iu;
/** Where one out-of-scope statement ends: a line or a sentence. */
const STATEMENT_END = /\n|[.;!?](?=\s|$)/u;

/**
 * Domains a text names in a statement with "any" or "all" ("any real clinical decision"): what an
 * out-of-scope section excludes as a whole. Other text must also say it excludes (`cued`): "nor is it
 * intended for the diagnosis of any medical condition".
 */
function blanketDomains(text: string, catalogue: DomainCatalogue, cued: boolean): Set<string> {
  const ids = new Set<string>();
  if (!BLANKET.test(text)) return ids;
  for (const statement of text.split(STATEMENT_END)) {
    const at = statement.search(BLANKET);
    if (at < 0 || (cued && !hasExclusionCue(statement))) continue;
    // In an out-of-scope section the quantifier must reach the domain's words: "all hiring decisions", not
    // "a licensed physician must make all final decisions", which says who decides.
    for (const id of mentionedDomains(cued ? statement : statement.slice(at), catalogue)) ids.add(id);
  }
  return ids;
}

/**
 * Domains a text excludes in a statement of its own, with or without "any": text read for strongly stated
 * uses only (an opening, a sentence of purpose) stands beside its disclaimer ("It is NOT a medical device
 * and should NEVER be used for clinical diagnosis").
 */
function statedExclusions(text: string, catalogue: DomainCatalogue): Set<string> {
  const ids = blanketDomains(text, catalogue, true);
  for (const statement of text.split(STATEMENT_END)) if (hasExclusionCue(statement)) for (const id of mentionedDomains(statement, catalogue)) ids.add(id);
  return ids;
}

export interface CardExclusions {
  /** Domains the card's out-of-scope text names at all. */
  named: Set<string>;
  /** Domains it excludes as a whole ("any real clinical decision about a patient"). */
  blanket: Set<string>;
  /** Domains whose words it uses at all, weak ones included ("direct clinical deployment"). */
  touched: Set<string>;
  /**
   * The card's intended-use sections confine the release to research, teaching or a demonstration
   * ("educational demonstration of Explainable AI", "proof of concept"): what they say the model does is
   * then a capability shown, and an exclusion naming the domain outweighs it however strongly it is stated.
   */
  confined: boolean;
}

/** A release confined to research, teaching or a demonstration, as cards write it in their intended use. */
const CONFINED_USE =
  /(?<![\p{L}])(?:proof[\s-]of[\s-]concept|(?:educational|teaching|learning)\s+(?:demo|demonstration|project|tool)s?|research\s+(?:prototyp\w*|use\s+only|only|artefact|artifact)|(?:portfolio|academic|course|class|student|capstone)\s+projects?|(?:intended|meant|designed)\s+to\s+demonstrate|showcase)(?![\p{L}])/iu;
/**
 * A purpose that confines the release where a sentence states it ("intended for research and educational
 * purposes") or makes it the only one: one item of a list ("- Research and educational purposes: ..." under
 * "- Triage aid: ...") is one purpose among others.
 */
const CONFINED_PURPOSE = /(?<![\p{L}])(?:(?:educational|teaching|learning|research)\s+(?:purposes|use)|for\s+(?:demonstration|teaching|learning)\s+purposes)(?![\p{L}])/iu;
const LIST_ITEM = /^\s*(?:[-*+\u2022]|\d+[.)])\s/u;
const EXCLUSIVE = /(?<![\p{L}])(?:only|solely|exclusively|strictly|purely|limited\s+to)(?![\p{L}])/iu;

/** Whether an intended-use text confines the release to research, teaching or a demonstration. */
function confinesRelease(text: string): boolean {
  if (CONFINED_USE.test(text)) return true;
  if (!CONFINED_PURPOSE.test(text)) return false;
  return text.split(STATEMENT_END).some((statement) => CONFINED_PURPOSE.test(statement) && (EXCLUSIVE.test(statement) || !LIST_ITEM.test(statement)));
}

/**
 * An exclusion of one manner of use ("without human review", "fully automated", "as the sole basis of a
 * decision"): it keeps the use with a person deciding in scope, so it names no domain the card leaves out.
 */
const MANNER_ONLY =
  /(?<![\p{L}])(?:without\s+(?:(?:a|any|the|appropriate|adequate|proper|further|additional|independent|qualified|meaningful)\s+)*(?:human|clinical|clinician|expert|professional|manual|medical|physician|doctor|analyst|underwriter|legal|compliance|policy)\b[^.;\n]{0,40}?(?:review|oversight|supervision|validation|verification|confirmation|judge?ment|involvement|intervention|sign-?off|approval)|without\s+(?:a\s+)?human[\s-]in[\s-]the[\s-]loop|(?:fully|solely|completely|purely|entirely)\s+automat\w*|autonomous(?:ly)?|(?:sole|only)\s+(?:basis|determinant|factor|decision[\s-]?maker)|in\s+isolation)(?![\p{L}])/iu;

/** Splits text after each statement's end, keeping every character, so offsets stay where they were. */
const AFTER_STATEMENT_END = new RegExp(`(?<=${STATEMENT_END.source})`, 'u');

/** Out-of-scope text without its statements that exclude only a manner of use. */
function withoutMannerOnly(text: string): string {
  if (!MANNER_ONLY.test(text)) return text;
  return text
    .split(AFTER_STATEMENT_END)
    .map((statement) => (MANNER_ONLY.test(statement) ? ' '.repeat(statement.length) : statement))
    .join('');
}

/**
 * Domains the card's own out-of-scope sections and labels exclude ("**Not intended for:** ... any real
 * clinical decision"): like the manifest's out_of_scope, they say the release does not claim the domain.
 * A statement without "any" or "all" ("Diagnosis of acute events") may only narrow a use the card states.
 */
export function cardExcludedDomainIds(ctx: UnitContext): CardExclusions {
  const card = useCard(ctx);
  if (!card) return { named: new Set(), blanket: new Set(), touched: new Set(), confined: false };
  return memoized(ctx, 'cardExcludedDomainIds', () => {
    const named = new Set<string>();
    const blanket = new Set<string>();
    const touched = new Set<string>();
    for (const s of card.sections) {
      if (!s.concepts.includes('out-of-scope-use')) continue;
      const text = withoutMannerOnly(ownMeaningfulText(card, s, ['out-of-scope-use']));
      for (const id of mentionedDomains(text, ctx.catalogue)) named.add(id);
      for (const id of blanketDomains(text, ctx.catalogue, false)) blanket.add(id);
      for (const id of termDomains(text, ctx.catalogue, 1)) touched.add(id);
    }
    let confined = false;
    for (const s of card.sections) {
      if (!s.concepts.includes('intended-use')) continue;
      const text = ownMeaningfulText(card, s, ['intended-use']);
      if (!confinesRelease(text)) continue;
      confined = true;
      // A confined release's own disclaimers count as its out-of-scope text, in the domain's weaker words too:
      // "It is not intended for deployment in a clinical or non-clinical setting".
      for (const statement of text.split(STATEMENT_END)) if (hasExclusionCue(statement)) for (const id of termDomains(statement, ctx.catalogue, 1)) named.add(id);
    }
    return { named, blanket, touched, confined };
  });
}

function guidance(ctx: Pick<UnitContext, 'catalogue'>, id: SafeguardId): string {
  return ctx.catalogue.safeguardGuidance?.[id] ?? id.replace(/_/g, ' ');
}

/** Insert absent safeguard keys with an empty value and a comment naming the evidence expected. */
export function insertSafeguardKeys(ctx: Pick<UnitContext, 'manifest' | 'catalogue'>, ids: readonly SafeguardId[]): TextEdit[] {
  const m = ctx.manifest;
  const absent = ids.filter((id) => !m.has(['safeguards', id]));
  if (!absent.length) return [];
  const line = (id: SafeguardId) => `${id}: "" # ${guidance(ctx, id).replace(/#/g, 'no.')}`;
  const sg = m.get(['safeguards']);
  const sgRange = m.valueRange(['safeguards']);
  // A flow mapping (`safeguards: {}`) cannot hold the explanatory comments: leave it to the user.
  if (sg && sgRange && m.text[sgRange.startOffset] === '{') return [];
  if (!m.has(['safeguards']) || sg === null) {
    if (sg === null && m.has(['safeguards'])) {
      // `safeguards:` with no value: fill it key by key (each edit lands after the key line).
      const parts = absent.map((id) => insertKey(m, ['safeguards'], id, `"" # ${guidance(ctx, id).replace(/#/g, 'no.')}`));
      return mergeInsertions(parts);
    }
    return insertKey(m, [], 'safeguards', absent.map(line).join('\n'));
  }
  return mergeInsertions(absent.map((id) => insertKey(m, ['safeguards'], id, `"" # ${guidance(ctx, id).replace(/#/g, 'no.')}`)));
}

/** The fix inserting safeguard keys. Made out here: a builder made inside a check would share its scope and keep the unit alive. */
export function addSafeguardKeys(title: string, ids: readonly SafeguardId[]): FixBuilder {
  return (fc) => manifestFix(fc, title, false, insertSafeguardKeys(fc, ids), true);
}

/** Several insertions computed on the same text at the same point: one edit with their texts in order. */
function mergeInsertions(parts: TextEdit[][]): TextEdit[] {
  const ok = parts.filter((p) => p.length);
  if (!ok.length) return [];
  const at = ok[0][ok[0].length - 1].startOffset;
  if (ok.every((p) => p.length === 1 && p[0].startOffset === at && p[0].endOffset === at)) {
    return [{ startOffset: at, endOffset: at, newText: ok.map((p) => p[0].newText).join('') }];
  }
  return ok[0];
}

// ---------------------------------------------------------------------------------------------

const candidateCache = new WeakMap<DomainCatalogue, readonly string[]>();

/** Every context the catalogue knows (ids, aliases, low-risk contexts), normalised: "did you mean" candidates. */
function contextCandidates(catalogue: DomainCatalogue): readonly string[] {
  let c = candidateCache.get(catalogue);
  if (!c) {
    c = [...new Set([...catalogue.domains.flatMap((d) => [d.id, ...d.aliases]), ...catalogue.lowRiskContexts].map(normaliseContext))];
    candidateCache.set(catalogue, c);
  }
  return c;
}

const unknownContext: Rule = {
  meta: meta(
    'risk-unknown-context',
    'warning',
    'deployment.contexts entries are known to the domain catalogue.',
    'A context the catalogue does not know raises no requirements, so a typo ("hirng") silently skips every high-risk check. Use a domain id or alias from the catalogue (employment, healthcare, credit, ...) or a low-risk context (research, benchmarking, general, ...).',
  ),
  check(ctx) {
    const out: Finding[] = [];
    let candidates: readonly string[] | undefined;
    for (const c of declaredContexts(ctx)) {
      if (c.domain || isLowRiskContext(ctx.catalogue, c.value) || c.value.trim() === '') continue;
      candidates ??= contextCandidates(ctx.catalogue);
      const best = nearestWithinTypo(normaliseContext(c.value), candidates);
      const path = c.path;
      const fixes = best !== undefined ? deferFixes(ctx, (fc) => manifestFix(fc, `Replace with '${best}'`, false, replaceValue(fc.manifest, path, yamlScalar(best)), true)) : [];
      out.push(
        finding(
          this.meta,
          ctx.manifest.path,
          c.range,
          `Unknown deployment context '${c.value}'${best !== undefined ? `: did you mean '${best}'?` : '.'} Use a catalogue domain (${ctx.catalogue.domains
            .filter((d) => d.tier === 'high-risk')
            .slice(0, 4)
            .map((d) => d.id)
            .join(', ')}, ...) or a low-risk context (research, general, ...), so the right checks apply.`,
          { fixes },
        ),
      );
    }
    return out;
  },
};

const safeguardMissing: Rule = {
  meta: meta(
    'risk-safeguard-missing',
    'error',
    'Each declared high-risk context has the safeguards it requires.',
    'A declared high-risk context (employment, healthcare, credit, ...) requires concrete safeguards under `safeguards:` - human oversight, risk assessment, bias evaluation, logging, incident contact, instructions for deployers - each as a statement or a path to evidence (EU AI Act Arts. 9-15 for Annex III systems; NYC LL 144 bias audits; Colorado SB 26-189 developer documentation). Under the research safe harbor (release.purpose research, non_commercial true) the finding is advice (info), never for a deployer. The fix inserts the missing keys with empty values and a comment naming the evidence expected: it does not invent evidence.',
  ),
  check(ctx) {
    const out: Finding[] = [];
    const relaxed = relaxedBySafeHarbor(ctx);
    const done = new Set<string>();
    for (const c of declaredContexts(ctx)) {
      const d = c.domain;
      if (!d || d.tier !== 'high-risk' || done.has(d.id)) continue;
      done.add(d.id);
      const missing = d.requiredSafeguards.filter((id) => !isFilled(ctx.manifest.get(['safeguards', id])));
      if (!missing.length) continue;
      const absent = missing.filter((id) => !ctx.manifest.has(['safeguards', id]));
      const empty = missing.filter((id) => !absent.includes(id));
      const what = [absent.length ? `missing ${list(absent)}` : '', empty.length ? `empty or placeholder ${list(empty)}` : ''].filter(Boolean).join('; ');
      const harbor = relaxed ? ' The research safe harbor applies (research, non-commercial), so this is advice until the release is deployed in this setting.' : '';
      const fixes = deferFixes(ctx, addSafeguardKeys(`Add the safeguards '${c.value}' requires (${absent.length} key${absent.length === 1 ? '' : 's'})`, absent));
      out.push(
        finding(
          this.meta,
          ctx.manifest.path,
          c.range,
          `Context '${c.value}' (${d.title}) requires safeguards - ${what}. Under safeguards:, give each a statement or a path to evidence (${guidance(ctx, missing[0])}${missing.length > 1 ? '; ...' : ''}).${harbor} ${INDICATORS}: ${domainCitations(ctx, d).join('; ')}.`,
          { fixes, citations: domainCitations(ctx, d), severity: relaxed ? 'info' : this.meta.defaultSeverity },
        ),
      );
    }
    return out;
  },
};

/**
 * Whether a use is neither declared nor excluded. Most releases describe no high-risk use: their
 * declarations and exclusions are read only when one is found. A function of its own, so that the fixes
 * built in the rule do not share a closure scope that holds the unit.
 */
function undeclaredIn(ctx: UnitContext): (u: LocatedUse) => boolean {
  let declared: Set<string> | undefined;
  let excluded: Set<string> | undefined;
  let cardExcluded: CardExclusions | undefined;
  return (u) => {
    const d = u.use.domain;
    if ((declared ??= declaredDomainIds(ctx)).has(d.id) || (excluded ??= excludedDomainIds(ctx)).has(d.id)) return false;
    cardExcluded ??= cardExcludedDomainIds(ctx);
    // A card's out-of-scope text that names the domain without excluding all of it narrows its use ("not for
    // acute diagnosis"): a use the intended-use text states with strong evidence (a decisive act on who is
    // decided about, or a catalogue phrase such as "clinical decision support") still stands.
    // Text outside the intended-use sections (an opening, a summary's sentence of purpose) yields to any exclusion.
    // A card confined to research or a demonstration states capabilities, not uses: its exclusions outweigh them.
    // So does one stated on the people the domain decides about ("prioritising calls to patients at risk of
    // missing their appointment" beside "not for clinical decision-making"): an exclusion that narrows the use
    // leaves that deployment standing, where a use on data alone ("classifies chest X-rays") yields to it.
    const evidence = u.use.evidence ?? [];
    const strong = u.use.score === undefined || u.use.score >= NARROWED_USE_SCORE || namesSubject(ctx.catalogue, d, evidence) || actsForDecider(ctx.catalogue, d, evidence);
    const stated = u.source.path !== ctx.manifest.path && u.source.minScore === undefined && strong && !cardExcluded.confined;
    // Text outside the intended-use sections yields even to an exclusion in the domain's weaker words.
    const aside = u.source.minScore !== undefined && cardExcluded.touched.has(d.id);
    return !(cardExcluded.blanket.has(d.id) || (cardExcluded.named.has(d.id) && !stated) || aside);
  };
}

const undeclaredUse: Rule = {
  meta: meta(
    'risk-undeclared-use',
    'warning',
    'Free text does not describe a high-risk use the manifest does not declare.',
    'When intended_use.summary, intended_use.users or the intended-use sections of the model card describe a high-risk use ("screen job applicants", "diagnose patients", "credit scoring") that deployment.contexts does not declare, the safeguards that use requires are never checked. Either declare the context (and add its safeguards) or, if it is not an intended use, add it to intended_use.out_of_scope and reword the text. Mentions that exclude a use ("not for medical diagnosis", out-of-scope lists and sections) and benign mentions ("loan calculator", "X-ray crystallography") are not flagged.',
  ),
  check(ctx) {
    const uses = describedUses(ctx, ['high-risk'], undeclaredIn(ctx));
    if (!uses.length) return [];
    const out: Finding[] = [];
    for (const u of uses) {
      const d = u.use.domain;
      const fixes = deferFixes(ctx, (fc) => [
        ...manifestFix(fc, `Declare '${d.id}' in deployment.contexts`, false, appendItems(fc, ['deployment', 'contexts'], [d.id])),
        ...manifestFix(fc, `Add '${d.outOfScopeText ?? d.title}' to intended_use.out_of_scope`, false, appendItems(fc, ['intended_use', 'out_of_scope'], [d.outOfScopeText ?? d.title])),
      ]);
      out.push(
        finding(
          this.meta,
          u.source.path,
          u.range,
          `"${u.use.text}" describes a ${d.title.toLowerCase()} use${u.use.evidence ? ` (${evidenceList(evidenceWords(u.use.evidence))})` : ''} that deployment.contexts does not declare. Declare '${d.id}' (its safeguards are then checked) or, if it is not an intended use, add it to intended_use.out_of_scope and reword. ${INDICATORS}: ${domainCitations(ctx, d).join('; ')}.`,
          { fixes, citations: domainCitations(ctx, d) },
        ),
      );
    }
    return out;
  },
};

const prohibitedPractice: Rule = {
  meta: meta(
    'risk-prohibited-practice',
    'error',
    'The release neither declares nor describes a prohibited practice.',
    'Social scoring, manipulative techniques, untargeted scraping of facial images, emotion recognition at work or school, predicting crime solely by profiling and biometric categorisation by sensitive traits may be prohibited practices under EU AI Act Art. 5 (in force since 2 Feb 2025). Neither an open-source licence (Art. 2(12)) nor the research safe harbor relaxes this. Remove the use, or if the text only discusses it, make the exclusion explicit (out_of_scope).',
  ),
  check(ctx) {
    const out: Finding[] = [];
    for (const c of declaredContexts(ctx)) {
      const d = c.domain;
      if (!d || d.tier !== 'prohibited') continue;
      out.push(
        finding(
          this.meta,
          ctx.manifest.path,
          c.range,
          `Context '${c.value}' (${d.title}) may be a prohibited practice; no safeguard, licence or research purpose makes it permissible. Remove it from deployment.contexts and from the release's intended uses, and take legal advice. ${INDICATORS}: ${domainCitations(ctx, d).join('; ')}.`,
          { citations: domainCitations(ctx, d) },
        ),
      );
    }
    const uses = describedUses(ctx, ['prohibited']);
    if (!uses.length) return out;
    const declared = declaredDomainIds(ctx);
    const excluded = excludedDomainIds(ctx);
    for (const u of uses) {
      const d = u.use.domain;
      if (declared.has(d.id) || excluded.has(d.id)) continue;
      out.push(
        finding(
          this.meta,
          u.source.path,
          u.range,
          `"${u.use.text}" describes ${d.title.toLowerCase()}, which may be a prohibited practice. Remove the use; if the text only discusses it, exclude it explicitly in intended_use.out_of_scope. ${INDICATORS}: ${domainCitations(ctx, d).join('; ')}.`,
          {
            citations: domainCitations(ctx, d),
            fixes: deferFixes(ctx, (fc) => manifestFix(fc, `Add '${d.outOfScopeText ?? d.title}' to intended_use.out_of_scope`, false, appendItems(fc, ['intended_use', 'out_of_scope'], [d.outOfScopeText ?? d.title]))),
          },
        ),
      );
    }
    return out;
  },
};

/** Wording that shows people are told about AI interaction or synthetic content (Art. 50). */
const DISCLOSURE =
  /disclos|watermark|c2pa|content credentials|(?:label|mark)(?:s|ed|ing)?\s+(?:\w+\s+){0,3}(?:as\s+)?(?:ai|machine|synthetic|generated)|(?:ai|machine)[\s-]generated|synthetic content|inform(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:users|people|persons|customers|the user)|told\s+(?:\w+\s+){0,3}(?:ai|bot)|interacting with an ai/i;

function hasDisclosure(ctx: UnitContext): boolean {
  const m = ctx.manifest;
  const texts: string[] = [];
  for (const key of ['safeguards', 'release', 'intended_use']) {
    const v = m.get([key]);
    if (v && typeof v === 'object') texts.push(JSON.stringify(v));
  }
  const card = useCard(ctx);
  if (card) texts.push(card.text);
  return texts.some((t) => DISCLOSURE.test(t));
}

const DISCLOSURE_INSTRUCTION =
  'Tell people when they are interacting with an AI system, and label generated images, audio, video and text as AI-generated (EU AI Act Art. 50).';

const transparency: Rule = {
  meta: meta(
    'risk-transparency',
    'warning',
    'Transparency-tier contexts (chatbots, synthetic media) state how people are told.',
    'Systems that interact with people must disclose that they are AI, and generated or manipulated content (deepfakes) must be marked as such (EU AI Act Art. 50, from 2 Aug 2026). An open-source licence does not exempt this (Art. 2(12)). State the disclosure in safeguards.deployer_instructions (or the model card): how users are told, how outputs are marked.',
  ),
  check(ctx) {
    const out: Finding[] = [];
    const contexts = declaredContexts(ctx).filter((c) => c.domain?.tier === 'transparency');
    if (!contexts.length || hasDisclosure(ctx)) return [];
    const seen = new Set<string>();
    for (const c of contexts) {
      const d = c.domain!;
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const m = ctx.manifest;
      const fill = !isFilled(m.get(['safeguards', 'deployer_instructions']));
      out.push(
        finding(
          this.meta,
          m.path,
          c.range,
          `Context '${c.value}' (${d.title}) carries disclosure duties, but the release does not say how people are told they deal with an AI or how outputs are marked. Add it to safeguards.deployer_instructions. ${INDICATORS}: ${domainCitations(ctx, d).join('; ')}.`,
          {
            citations: domainCitations(ctx, d),
            fixes: deferFixes(ctx, (fc) =>
              fill ? manifestFix(fc, 'Add a disclosure instruction to safeguards.deployer_instructions', false, replaceValue(fc.manifest, ['safeguards', 'deployer_instructions'], yamlScalar(DISCLOSURE_INSTRUCTION)), true) : [],
            ),
          },
        ),
      );
    }
    return out;
  },
};

export const HIGH_RISK_RULES: Rule[] = bound([unknownContext, safeguardMissing, undeclaredUse, prohibitedPractice, transparency]);
