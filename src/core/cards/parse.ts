// Parses a Markdown card: YAML front matter with exact ranges, and the heading outline from a real
// Markdown parser so that fenced code, setext headings and HTML comments cannot fool it.
import MarkdownIt from 'markdown-it';
import { isMap, parseDocument, type Node, type Pair } from 'yaml';
import { LineIndex } from '../text';
import type { Range } from '../types';
import { conceptsForHeading, titleConcepts } from './concepts';
import { findMarkers, type FoundMarker } from './markers';
import { LABEL_LEVEL, type CardConcept, type CardSection, type FrontMatter, type ParsedCard, type Placeholder, type SectionMarker } from './model';
import { findPlaceholders, isPlaceholderText } from './placeholders';
import { isBoilerplate } from './boilerplate';
import { locateYamlPath, mappingData, MAX_YAML_NESTING, yamlErrorRanges, yamlNestingExceeded } from '../yamlSupport';
import { defineHidden } from '../hidden';

/** html: true so HTML blocks (comments included) become opaque blocks instead of Markdown to parse. */
const md = new MarkdownIt({ html: true });
// Only the block structure matters; heading text is read raw from the inline token's content.
// Skipping inline parsing makes the parse several times faster on long cards.
md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** A line that is only a link to a heading of the same document: a table of contents. */
const TOC_LINK = /^(?:[-*+]\s+|\d+[.)]\s+)?\[[^\]]*\]\(#[^)\s]*\)[\s,;]*$/;

type Span = readonly [number, number];

// ---------------------------------------------------------------------------------------------------
// Labels and HTML headings: what a reader takes for a heading although Markdown does not.

interface RawLabel {
  /** The label as written, with its emphasis markers and colon ("**Not suitable for:**"). */
  markup: string;
  /** The label's words ("Not suitable for"). */
  title: string;
  /** Nothing follows the label in its paragraph: it introduces what comes below. */
  standalone: boolean;
  /** Written without emphasis ("- Data: ..."): see CardSection.plain. */
  plain?: boolean;
  line: number;
  paragraphEndLine: number;
}

/** A heading written as a plain line: up to four words, capitalised, no sentence punctuation or Markdown. */
const PLAIN_HEADING = /^[ \t]*\p{Lu}[\p{L}\p{N} ,&/'()-]{1,48}:?[ \t]*$/u;

/**
 * A list item that opens with a plain label and its value: "- Data: Text-based patient records ...",
 * "- Performance: see the training logs", "- Metrics (holdout): see README". Up to three words, capitalised,
 * with a qualifier in parentheses, then a colon and text.
 */
const PLAIN_LABEL = /^(\p{Lu}[\p{L}'\u2019-]*(?:[ \t]+[\p{L}'\u2019-]+){0,2}(?:[ \t]*\([^()\n]{1,30}\))?):[ \t]+(?=[\p{L}\p{N}])/u;

/** A label in capitals opening a paragraph, as plain text sets one off: "DISCLAIMER: ...", "KNOWN ISSUES: ...". */
const CAPS_LABEL = /^\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,2}:[ \t]+/u;

/** A heading for the software's own tests: "Testing", "Tests", "Running the tests", "Unit tests". */
const SOFTWARE_TESTS = /^\s*(?:running\s+(?:the\s+)?)?(?:unit\s+)?(?:tests?|testing)\s*$/i;

/** How many lines of "Key: value" in one paragraph make it a block of fields rather than prose. */
const KEY_VALUE_LINES = 3;

/** "**Label:** text", "**Label**: text", "__Label__", "*Label:*" at the start of a paragraph's text. */
const LABEL = /^(\*\*|__|\*|_)(?![\s*_])([^*_\n]{1,80}?)(?<!\s)\1(?![*_\w])[ \t]*(:|[\u2013\u2014](?=[ \t])|-(?=[ \t])|)/u;

/** A run-in heading's words: three at most, then a full stop. */
const RUN_IN = /^[^.!?\s]+(?:\s+[^.!?\s]+){0,2}\.$/;

function labelAt(content: string): { markup: string; title: string; standalone: boolean } | undefined {
  const m = LABEL.exec(content);
  if (!m) return undefined;
  let title = m[2].replace(/[:\s]+$/u, '').trim();
  // A colon, or a dash set off by spaces ("- **Denied topics** — investment advice, legal advice"), opens the value.
  const colon = m[3] !== '' || /:\s*$/.test(m[2]);
  const rest = content.slice(m[0].length);
  const standalone = /^[ \t]*(?:\r?\n|$)/.test(rest) && !/\S/.test(rest.split('\n')[0] ?? '');
  // A run-in heading, as a datasheet writes one: a concept's name and a full stop ("**Composition.** One row
  // per participant ..."). A bold sentence ("**Do not use it for hiring.**") names no concept.
  const runIn = RUN_IN.test(title) && conceptsForHeading(title.slice(0, -1)).length > 0;
  if (runIn) title = title.slice(0, -1);
  // A label ends with a colon or stands on its own line; short, like a heading ("**Note** that ..." is prose).
  if (!(colon || standalone || runIn) || title.split(/\s+/).length > 8 || /[.!?]$/.test(title)) return undefined;
  return { markup: m[0].trimEnd(), title, standalone: standalone && rest.trim() === '' ? true : standalone };
}

function plainLabelAt(content: string): { markup: string; title: string; standalone: boolean; plain: true } | undefined {
  const m = PLAIN_LABEL.exec(content);
  // The value must be words: "- Result: `face.real` as score" names an API field, not a result.
  return m ? { markup: m[0].trimEnd(), title: m[1], standalone: false, plain: true } : undefined;
}

const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;

function htmlHeadings(html: string): { level: number; title: string; line: number }[] {
  const out: { level: number; title: string; line: number }[] = [];
  for (const m of html.matchAll(HTML_HEADING)) {
    const title = m[2].replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
    if (title) out.push({ level: Number(m[1]), title, line: html.slice(0, m.index).split('\n').length - 1 });
  }
  return out;
}

const HTML_ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi;
const HTML_CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]\s*>/gi;

/** A table cell that reads as a field's name: a few words, no sentence ("Dataset description", "Source"). */
function isFieldName(cell: string): boolean {
  const words = cell.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && !/[.!?]$/.test(cell) && /^\p{L}/u.test(cell);
}

/**
 * Rows of an HTML table of two cells, a field's name and its value ("<td>Source</td><td>NHS Digital</td>"),
 * as labels: such tables are a card's fields, written as a form. Lines are counted within the block.
 */
function htmlRowLabels(html: string): { markup: string; title: string; line: number; endLine: number }[] {
  const out: { markup: string; title: string; line: number; endLine: number }[] = [];
  for (const row of html.matchAll(HTML_ROW)) {
    const cells = [...row[1].matchAll(HTML_CELL)];
    if (cells.length !== 2) continue;
    const title = cells[0][1].replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
    if (!isFieldName(title) || cells[0][1].includes('\n')) continue;
    const cellAt = row.index + row[0].indexOf(cells[0][0]);
    const line = html.slice(0, cellAt).split('\n').length - 1;
    out.push({ markup: cells[0][0], title, line, endLine: html.slice(0, row.index + row[0].length).split('\n').length });
  }
  return out;
}

/**
 * Sections for labels that name a concept. A label followed by text covers its paragraph; a label alone on
 * its line covers what follows, up to the next heading or label.
 */
function labelSections(text: string, lines: LineIndex, labels: readonly RawLabel[], headingStarts: readonly number[]): SectionFields[] {
  const found = labels
    .map((l) => ({ l, concepts: conceptsForHeading(l.title) }))
    .filter((x) => x.concepts.length > 0)
    .map(({ l, concepts }) => {
      const lineStart = lines.lineStart(l.line);
      const at = text.indexOf(l.markup, lineStart);
      const start = at >= 0 && at <= lines.lineEnd(l.line) ? at : lineStart;
      return { l, concepts, start, end: start + l.markup.length };
    });
  return found.map((x, i) => {
    let bodyEnd: number;
    if (x.l.standalone) {
      const nextLabel = found[i + 1]?.start ?? text.length;
      const nextHeading = headingStarts.find((h) => h > x.start) ?? text.length;
      bodyEnd = Math.min(nextLabel, nextHeading);
    } else {
      bodyEnd = x.l.paragraphEndLine >= lines.lineCount ? text.length : lines.lineStart(x.l.paragraphEndLine);
    }
    return {
      title: x.l.title,
      kind: 'label' as const,
      level: LABEL_LEVEL,
      concept: x.concepts[0],
      concepts: x.concepts,
      headingRange: lines.range(x.start, x.end),
      bodyStart: x.end,
      bodyEnd: Math.max(x.end, bodyEnd),
      ...(x.l.plain ? { plain: true } : {}),
    };
  });
}

/** A fence opening a whole card with a Markdown info string ("```markdown"): a card pasted from a chat answer. */
const MARKDOWN_FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})[ \t]*(?:markdown|md)[ \t]*$/i;
/** Lines a preamble before such a fence runs to at most: a title, a sentence, a heading over the fence. */
const PREAMBLE_LINES = 3;

/**
 * The body with a fence that wraps the rest of it as Markdown ("```markdown" as its first fence, after a preamble
 * of a few lines or none, closed on the last line or not at all) turned into blank lines: a reader reads such a
 * card as the card it quotes, not as one block of code. Line for line, so line numbers stay those of the text.
 */
function unwrapMarkdownFence(body: string): string {
  const lines = body.split('\n');
  // The card's first fence: a short preamble may come before it ("The DATA_CARD file describes the dataset ...").
  const first = lines.findIndex((l) => /^[ \t]*(?:`{3,}|~{3,})/.test(l));
  const open = first < 0 ? null : MARKDOWN_FENCE_OPEN.exec(lines[first]);
  // A card that says more before the fence is a card of its own, and the fence an example at its end.
  if (!open || lines.slice(0, first).filter((l) => l.trim() !== '').length > PREAMBLE_LINES) return body;
  const fence = open[1];
  let last = lines.length - 1;
  while (last > first && lines[last].trim() === '') last--;
  // Any closing fence must be the last line: one earlier closes a quoted example, after which the card goes on.
  const closing = lines.findIndex((l, i) => i > first && l.trim().startsWith(fence[0].repeat(3)) && l.trim().replace(/[`~]/g, '') === '');
  if (closing >= 0 && closing !== last) return body;
  lines[first] = '';
  if (closing === last) lines[last] = '';
  return lines.join('\n');
}

export function parseCard(path: string, text: string): ParsedCard {
  const lines = new LineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineEndOffset = (line: number): number => (line >= lines.lineCount ? text.length : lines.lineStart(line));

  const fm = parseFrontMatter(text, bom, lines);
  const bodyFrom = fm ? lineEndOffset(fm.closeLine + 1) : bom;

  // Front matter lines become blank lines so markdown-it's line numbers stay those of the original text
  // (it normalises CRLF and lone CR the same way LineIndex counts them).
  const mdSource = (fm ? '\n'.repeat(fm.closeLine + 1) : '') + unwrapMarkdownFence(text.slice(bodyFrom));
  const tokens = md.parse(mdSource, {});

  const skip: Span[] = [];
  const fencedCode: Span[] = [];
  const headings: { title: string; level: number; fromLine: number; toLine: number }[] = [];
  const labels: RawLabel[] = [];
  // Blockquote nesting as the tokens go by: a quoted paragraph is content, not a label.
  let quoteDepth = 0;
  let inTableBody = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'blockquote_open') quoteDepth++;
    else if (t.type === 'blockquote_close') quoteDepth--;
    if ((t.type === 'fence' || t.type === 'code_block') && t.map) skip.push([lines.lineStart(t.map[0]), lineEndOffset(t.map[1])]);
    if (t.type === 'fence' && t.map) fencedCode.push([lines.lineStart(t.map[0]), lineEndOffset(t.map[1])]);
    // Only top-level headings structure a card: a heading quoted in a blockquote or list is content.
    if (t.type === 'heading_open' && t.level === 0 && t.map) {
      const raw = tokens[i + 1]?.type === 'inline' ? tokens[i + 1].content : '';
      headings.push({
        title: raw.replace(/\s*\[optional\]\s*$/i, '').trim(),
        level: Number(t.tag.slice(1)),
        fromLine: t.map[0],
        toLine: t.map[1],
      });
    }
    // <h2 align="center">Intended use</h2>, alone or inside a <div>, at the top level.
    if (t.type === 'html_block' && t.level === 0 && t.map) {
      for (const h of htmlHeadings(t.content)) headings.push({ title: h.title, level: h.level, fromLine: t.map[0] + h.line, toLine: t.map[0] + h.line + 1 });
      if (t.content.includes('<t')) for (const r of htmlRowLabels(t.content)) labels.push({ markup: r.markup, title: r.title, standalone: false, line: t.map[0] + r.line, paragraphEndLine: t.map[0] + r.endLine });
    }
    // A body row of a Markdown table of two columns whose first cell names a field: "| Source | NHS Digital |".
    if (t.type === 'tbody_open') inTableBody = true;
    else if (t.type === 'tbody_close') inTableBody = false;
    if (t.type === 'tr_open' && t.map && inTableBody && quoteDepth === 0) {
      const cells: string[] = [];
      for (let j = i + 1; j < tokens.length && tokens[j].type !== 'tr_close'; j++) if (tokens[j].type === 'inline') cells.push(tokens[j].content.trim());
      if (cells.length === 2 && isFieldName(cells[0].replace(/[*_`]/g, '')) && cells[1] !== '') {
        labels.push({ markup: cells[0], title: cells[0].replace(/[*_`:]/g, '').trim(), standalone: false, line: t.map[0], paragraphEndLine: t.map[1] });
      }
    }
    // A paragraph (also the first one of a list item) that opens with a bold or italic label.
    if (t.type === 'paragraph_open' && t.map && tokens[i + 1]?.type === 'inline' && quoteDepth === 0) {
      // Each line of the paragraph may open with a label: "**Language:** English  \n**Task:** QA".
      const contentLines = tokens[i + 1].content.split('\n');
      const inItem = tokens[i - 1]?.type === 'list_item_open';
      // Lines of "Key: value", KEY_VALUE_LINES or more, are a plain-text card's fields: "Training Data: Kaggle ...".
      const fields = contentLines.length >= KEY_VALUE_LINES && contentLines.filter((l) => PLAIN_LABEL.test(l)).length >= KEY_VALUE_LINES;
      contentLines.forEach((content, k) => {
        const label = labelAt(contentLines.length > 1 ? content : tokens[i + 1].content) ?? ((inItem && k === 0) || fields || (k === 0 && CAPS_LABEL.test(content)) ? plainLabelAt(content) : undefined);
        if (!label) return;
        const line = t.map![0] + k;
        // A label on one line of several covers that line; the last one covers the rest of the paragraph.
        const endLine = k < contentLines.length - 1 && label.standalone === false ? line + 1 : t.map![1];
        labels.push({ ...label, line, paragraphEndLine: endLine });
      });
      // A short line standing alone as a paragraph, outside lists, reads as a heading in a card written
      // without Markdown markers ("Dataset Summary", "Motivation").
      const only = tokens[i + 1].content;
      if (contentLines.length === 1 && t.level === 0 && PLAIN_HEADING.test(only) && only.trim().split(/\s+/).length <= 4 && !labelAt(only)) {
        labels.push({ markup: only.trim(), title: only.trim().replace(/:$/, ''), standalone: true, line: t.map[0], paragraphEndLine: t.map[1] });
      }
    }
  }
  headings.sort((a, b) => a.fromLine - b.fromLine);
  const foundMarkers = findMarkers(text, (at) => skip.some(([a, b]) => at >= a && at < b));
  for (const m of text.matchAll(HTML_COMMENT)) skip.push([m.index, m.index + m[0].length]);

  const placeholders: Placeholder[] = findPlaceholders(text, bom, text.length, skip).map((p) => ({
    text: p.text,
    range: lines.range(p.start, p.end),
  }));

  // The card's title: its first heading, the only one of level 1, with sections or labels below it ("#
  // License Plate Recognition" over a plain-text export names the release, not a section on its license).
  const titleAt = headings.length > 0 && headings[0].level === 1 && headings.filter((h) => h.level === 1).length === 1 ? 0 : -1;
  const found: SectionFields[] = headings.map((h, i) => {
    const headingRange = lines.range(lines.lineStart(h.fromLine), lines.lineEnd(h.toLine - 1));
    let bodyEnd = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].level <= h.level) {
        bodyEnd = lines.lineStart(headings[j].fromLine);
        break;
      }
    }
    const bodyStart = Math.min(lineEndOffset(h.toLine), bodyEnd);
    // "Usage" is how to run the code in most READMEs, but a "Usage" without code says what it is for.
    // Asked only of the two headings whose reading depends on it: most headings never scan the code blocks.
    const holdsCode = () => skip.some(([a, b]) => a < bodyEnd && b > bodyStart);
    const usage = /^\s*usage\s*$/i.test(h.title) && !holdsCode();
    // A "Testing" or "Tests" section with code shows how to run the software's tests ("pytest tests/"), not how well
    // the model does; figures it reports are still read as prose.
    const softwareTests = SOFTWARE_TESTS.test(h.title) && holdsCode();
    const concepts = usage ? (['intended-use'] as const) : softwareTests ? [] : i === titleAt ? titleConcepts(h.title) : conceptsForHeading(h.title);
    return {
      title: h.title,
      kind: 'heading' as const,
      level: h.level,
      concept: concepts[0],
      concepts,
      headingRange,
      bodyStart,
      bodyEnd,
    };
  });
  const markers = placeMarkers(found, foundMarkers, lines);
  found.push(...labelSections(text, lines, labels, headings.map((h) => lines.lineStart(h.fromLine))));
  found.sort((a, b) => a.headingRange.startOffset - b.headingRange.startOffset);
  // Sections read their meaningful text from the card, which holds them: the card comes after.
  const sections = found as CardSection[];

  const card: ParsedCard = {
    path,
    text,
    lines,
    frontMatter: fm?.frontMatter,
    sections,
    placeholders,
    markers,
    fencedCode,
    section(concept: CardConcept) {
      // A section named for the concept first ("Limitations"), then one that names it among others ("Performance and Limitations").
      return sections.find((s) => s.concept === concept) ?? sections.find((s) => s.concepts.includes(concept));
    },
  };
  // Computed on first read: rules look at a handful of sections, long cards have hundreds.
  for (const s of sections) {
    defineHidden(s, CARD, card);
    Object.defineProperty(s, 'meaningfulText', MEANINGFUL_TEXT_ACCESSOR);
  }
  return card;
}

/**
 * Each marker adds its concepts to the innermost heading whose section holds it ("## Evidence" holding
 * `<!-- release-readiness-section: evaluation -->` covers the evaluation). Mutates `headings`.
 */
function placeMarkers(headings: SectionFields[], markers: readonly FoundMarker[], lines: LineIndex): SectionMarker[] {
  return markers.map((m) => {
    let owner: SectionFields | undefined;
    for (const h of headings) if (h.headingRange.startOffset < m.start && m.start < h.bodyEnd && (!owner || h.level > owner.level)) owner = h;
    if (owner && m.concepts.length) {
      const concepts = [...owner.concepts, ...m.concepts.filter((c) => !owner!.concepts.includes(c))];
      owner.concepts = concepts;
      owner.concept = concepts[0];
    }
    return { range: lines.range(m.start, m.end), concepts: m.concepts, unknown: m.unknown, section: owner?.title };
  });
}

/** A section before its meaningful text is attached. */
type SectionFields = Omit<CardSection, 'meaningfulText'>;

/** A section's card and its meaningful text once read: hidden (non-enumerable) own properties. */
const CARD = Symbol('card');
const MEANINGFUL = Symbol('meaningful text');

interface LazySection extends CardSection {
  [CARD]: ParsedCard;
  [MEANINGFUL]?: string;
}

// One getter and setter for every section: V8 shares an object layout only between objects whose accessors
// are the same functions, and a closure per section gave each section a layout of its own.
const MEANINGFUL_TEXT_ACCESSOR: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazySection) {
    return this[MEANINGFUL] ?? defineHidden(this, MEANINGFUL, meaningfulTextIn(this[CARD], this.bodyStart, this.bodyEnd));
  },
  set(this: LazySection, v: string) {
    defineHidden(this, MEANINGFUL, v);
  },
};

/**
 * Text of [start, end) that says something: HTML comments, placeholders, headings, blank lines, and
 * lines that are only a label whose value was a placeholder ("- **Developed by:** [More Information Needed]")
 * are removed; `exclude` spans are dropped as well. `firstLineOnly` stops at the first line that says
 * something, for callers that only ask "is there anything?".
 */
export function meaningfulTextIn(card: ParsedCard, start: number, end: number, exclude: readonly Span[] = [], firstLineOnly = false): string {
  const removed: { s: number; e: number; ph: boolean }[] = [];
  const text = card.text;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(HTML_COMMENT)) removed.push({ s: start + m.index, e: start + m.index + m[0].length, ph: false });
  // Placeholders and headings are in document order: binary-search the first one that can overlap.
  const ph = card.placeholders;
  for (let k = firstEndingAfter(ph.length, (x) => ph[x].range.endOffset, start); k < ph.length && ph[k].range.startOffset < end; k++) {
    removed.push({ s: ph[k].range.startOffset, e: ph[k].range.endOffset, ph: true });
  }
  const hs = card.sections;
  for (let k = firstEndingAfter(hs.length, (x) => hs[x].headingRange.endOffset, start); k < hs.length && hs[k].headingRange.startOffset < end; k++) {
    // A label is part of its sentence ("**License:** MIT"); only heading lines are structure.
    if (hs[k].kind === 'label') continue;
    removed.push({ s: hs[k].headingRange.startOffset, e: hs[k].headingRange.endOffset, ph: false });
  }
  for (const [s, e] of exclude) removed.push({ s, e, ph: false });
  removed.sort((a, b) => a.s - b.s);

  // Placeholder spans leave a NUL so a line can tell it lost its value; other spans vanish.
  let kept = '';
  let pos = start;
  for (const r of removed) {
    const s = Math.max(r.s, start);
    if (s > pos) kept += text.slice(pos, s);
    if (r.ph && r.e > pos) kept += '\u0000';
    pos = Math.max(pos, Math.min(r.e, end));
  }
  if (pos < end) kept += text.slice(pos, end);

  const out: string[] = [];
  const keptLines = kept.split(/\r\n|\r|\n/);
  // Most sections ask nothing: their paragraphs need not be split into sentences.
  const questions = kept.includes('?') ? questionParagraphLines(keptLines) : NO_LINES;
  for (let i = 0; i < keptLines.length; i++) {
    const rawLine = keptLines[i];
    // A template's question with its guidance ("For what purpose was the dataset created? ... Please provide a description.").
    if (questions.has(i)) continue;
    const hadPlaceholder = rawLine.includes('\u0000');
    const line = rawLine.replace(/\u0000+/g, ' ').trim();
    if (line === '') continue;
    if (/^[\s\-*+>|_:#=`~.]*$/.test(line)) continue;
    // A code fence's marker names the language of what it holds and says nothing itself; a code comment that is a
    // note of what to write is a stub ("```python" over "# TODO: add an example code snippet").
    if (/^(?:`{3,}|~{3,})\s*[\w+#.-]*$/.test(line) || isPlaceholderText(CODE_COMMENT.exec(line)?.[1])) continue;
    // A form's fields left blank ("* Age:\n* Gender:") name what to write and say nothing; a line that
    // introduces what follows it ("Not intended to be used as:" over a list) says what the list is.
    if (EMPTY_FIELD.test(line) && blankFieldsFrom(keptLines, i + 1)) continue;
    // A table's header row names its columns, as a heading names a section: with no row that fills them it says nothing.
    if (line.startsWith('|') && TABLE_DELIMITER_ROW.test(keptLines[i + 1] ?? '') && !filledRowAfter(keptLines, i + 2)) continue;
    // A label whose value was a stub says nothing, whatever unit follows the stub ("- **Accuracy**: [Value]%"),
    // with a hint of what to write ("**Coverage:** TODO (date range, geography)") or a word it stands for ("**URL:** URL - TBD").
    // A stub that was a link's text leaves the link with nothing to say: "[More Information Needed](https://.../CONTRIBUTING.md)".
    if (hadPlaceholder && !/[\p{L}\p{N}]/u.test(line.replace(EMPTY_LINK, ''))) continue;
    if (hadPlaceholder && (!/[\p{L}\p{N}]/u.test(line) || /^[-*+>|\s]*(?:\*\*|__)?[^:]{0,80}:(?:\*\*|__)?[^\p{L}\p{N}]*$/u.test(line) || STUB_VALUE.test(rawLine))) continue;
    // A stub that labels the rest of its line is a note of what to write: "TODO: why the dataset was made",
    // "**Out-of-scope uses:** TODO - list uses this model should not be applied to";
    // a sentence whose object is a stub says nothing: "This model is intended for use in {BRIEF DESCRIPTION}".
    if (hadPlaceholder && STUB_NOTE.test(rawLine)) continue;
    if (hadPlaceholder && STUB_OBJECT.test(rawLine)) continue;
    // A table row whose values are stubs or blank ("| Total rows | TODO |") gives a name and no value.
    if (hadPlaceholder && line.startsWith('|') && stubRow(rawLine)) continue;
    // Template guidance left in place ("Provide examples of latent issues ...") and table-of-contents links say nothing.
    if (isBoilerplate(line) || TOC_LINK.test(line)) continue;
    out.push(line);
    if (firstLineOnly) break;
  }
  return out.join('\n');
}

const NO_LINES: ReadonlySet<number> = new Set();

/** The text of a line that is a code comment: "# TODO: add an example", "// FIXME". */
const CODE_COMMENT = /^(?:#+|\/\/|--|\/\*+)\s*(.*)$/;

/** A Markdown link whose text is blank (a stub taken out of it): "[ ](https://...)". */
const EMPTY_LINK = /\[\s*\]\([^)\s]*\)/g;

/** An instruction to the author inside a template's question: "Please provide a description.", "give those details.)". */
const GUIDANCE = /\b(?:please|provide|give|describe|list|explain|include|specify|state|mention)\b/i;

/**
 * Lines of a template's questions left unanswered (a datasheet's "For what purpose was the dataset
 * created? ... Please provide a description." over "YOUR ANSWER HERE"): a paragraph that opens with a
 * question, whose other sentences are questions or guidance, followed by a stub, another such question or
 * nothing. A question with its answer ("Does the dataset contain confidential data?" over "No") says
 * what the answer is about, and stays.
 */
function questionParagraphLines(lines: readonly string[]): Set<number> {
  const asks: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i].trim() !== '' && !/^\s*(?:[-*+|#>]|\d+[.)])/.test(lines[i])) continue;
    if (i > start) {
      const paragraph = lines.slice(start, i).join(' ').replace(/\u0000+/g, ' ').replace(/\b(?:e\.g|i\.e|etc)\./gi, 'eg').trim();
      const sentences = paragraph.split(/(?<=[.?!]\)?)\s+(?=\S)/);
      if (/\?\)?$/.test(sentences[0]) && sentences.every((x) => /\?\)?$/.test(x) || GUIDANCE.test(x))) asks.push([start, i]);
    }
    start = i + 1;
  }
  const out = new Set<number>();
  for (let a = asks.length - 1; a >= 0; a--) {
    const [from, to] = asks[a];
    let next = to;
    while (next < lines.length && lines[next].trim() === '') next++;
    const unanswered = next >= lines.length || out.has(next) || !/[\p{L}\p{N}]/u.test(lines[next].replace(/\u0000+/g, ''));
    if (unanswered) for (let k = from; k < to; k++) out.add(k);
  }
  return out;
}

/** A short label with nothing after its colon: "* Age:", "Data set developer(s):". */
const EMPTY_FIELD = /^(?:[-*+]\s+)?[^:*_\s][^:]{0,80}:\s*$/u;

/** Whether the lines from `from` on, to the next that says something, are none or blank fields too. */
function blankFieldsFrom(lines: readonly string[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const next = lines[k].replace(/\u0000+/g, ' ').trim();
    if (next !== '') return EMPTY_FIELD.test(next);
  }
  return true;
}

/** A table's delimiter row: "|---|:---:|". */
const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A label (optional) and a stub that introduces a note of what to write: "TODO: ...", "**Uses:** TODO - list ...". */
const STUB_NOTE = /^[\s\-*+>]*(?:(?:\*\*|__)?[^:\u0000]{1,80}:(?:\*\*|__)?\s*)?(?:\*\*|__)?\u0000+(?:\*\*|__)?\s*(?::|\s[-\u2013\u2014]\s)/u;

/** A label whose value is a stub with a hint in brackets, or a few words and a stub after a dash: "URL - TBD". */
const STUB_VALUE = /^[\s\-*+>]*(?:\*\*|__)?[^:\u0000]{1,80}:(?:\*\*|__)?\s*(?:[\p{L}\p{N} ]{1,40}\s[-\u2013\u2014]\s*)?\u0000+\s*(?:\([^)]*\))?[\s.]*$/u;

/** Whether a table's body, from line `from`, has a row with a value that is no stub. */
function filledRowAfter(lines: readonly string[], from: number): boolean {
  for (let k = from; k < lines.length && lines[k].trim().startsWith('|'); k++) if (!stubRow(lines[k], true)) return true;
  return false;
}

/** Whether a table row's cells after the first are stubs (with a hint in brackets) or blank, one a stub at least unless `blankToo`. */
function stubRow(rawLine: string, blankToo = false): boolean {
  const cells = rawLine.trim().replace(/^\||\|$/g, '').split('|').slice(1);
  return cells.length > 0 && (blankToo || cells.some((c) => c.includes('\u0000'))) && cells.every((c) => /^\s*(?:\u0000+\s*(?:\([^)]*\))?)?\s*$/u.test(c));
}

/** A line that ends in a stub right after a word that needs an object: "... intended for use in {DESCRIPTION}." */
const STUB_OBJECT = /(?<![\p{L}])(?:in|for|of|on|to|by|with|as|from|the|a|an|is|are|was|were|be|include|includes|including)\s*\u0000+[\s.,;:)*_]*$/iu;

/** Index of the first item whose end offset is after `offset` (items sorted by position). */
function firstEndingAfter(n: number, endOf: (i: number) => number, offset: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endOf(mid) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Concepts a label must not lend its text to a section about another of them. */
const USE_STATEMENTS: ReadonlySet<CardConcept> = new Set(['intended-use', 'out-of-scope-use', 'limitations', 'bias-risks']);

/**
 * What a section itself says about `concepts`: its body (subsections included) minus subsections that
 * map to a different concept. "# Uses" with a filled "## Out-of-Scope Use" but an empty "## Direct Use"
 * has said nothing about intended use.
 */
export function ownMeaningfulText(card: ParsedCard, section: CardSection, concepts: readonly CardConcept[]): string {
  const exclude: Span[] = [];
  for (const s of card.sections) {
    if (s === section || s.headingRange.startOffset < section.bodyStart || s.headingRange.startOffset >= section.bodyEnd) continue;
    if (!s.concepts.length || s.concepts.some((c) => concepts.includes(c))) continue;
    // A label inside the section is part of what it says ("**Source:**" under "Training Data"), unless it
    // names another use statement ("**Out-of-scope:**" under "Uses").
    if (s.kind === 'label' && !s.concepts.some((c) => USE_STATEMENTS.has(c))) continue;
    exclude.push([s.headingRange.startOffset, s.bodyEnd]);
  }
  return meaningfulTextIn(card, section.bodyStart, section.bodyEnd, exclude);
}

interface ParsedFrontMatter {
  frontMatter: FrontMatter;
  closeLine: number;
}

function parseFrontMatter(text: string, bom: number, lines: LineIndex): ParsedFrontMatter | undefined {
  if (!/^---[ \t]*(?:\r\n|\r|\n)/.test(text.slice(bom, bom + 8))) return undefined;
  let closeLine = -1;
  for (let l = 1; l < lines.lineCount; l++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(text.slice(lines.lineStart(l), lines.lineEnd(l)))) {
      closeLine = l;
      break;
    }
  }
  // An unclosed fence is a thematic break, not front matter (Hugging Face and Jekyll agree).
  if (closeLine < 0) return undefined;

  const contentStart = lines.lineStart(1);
  const contentEnd = lines.lineStart(closeLine);
  // Same depth guard as the manifest: deeper YAML can abort the process inside the parser.
  const tooDeep = yamlNestingExceeded(text.slice(contentStart, contentEnd));
  // logLevel 'error': yaml would print a process warning for an unrendered template's `{{ card_data }}` key.
  const doc = parseDocument(tooDeep >= 0 ? '' : text.slice(contentStart, contentEnd), { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const toRange = (s: number, e: number): Range => lines.range(contentStart + s, contentStart + e);

  const errors: { message: string; range: Range }[] = yamlErrorRanges(doc.errors, toRange);
  if (tooDeep >= 0) errors.push({ message: `The front matter nests more than ${MAX_YAML_NESTING} levels deep and was not parsed`, range: toRange(tooDeep, tooDeep + 1) });
  let data: Record<string, unknown> | undefined;
  if (doc.errors.length === 0 && isMap(doc.contents)) {
    const read = mappingData(doc);
    data = read.data;
    if (read.error) errors.push({ message: `The front matter could not be read: ${read.error.message}`, range: toRange(0, 0) });
  } else if (doc.errors.length === 0 && doc.contents !== null) {
    errors.push({ message: 'The front matter is not a YAML mapping of keys to values.', range: toRange(0, Math.max(0, contentEnd - contentStart)) });
  }

  const pairFor = (key: string): Pair | undefined => locateYamlPath(doc.contents as Node | null, [key])?.pair;
  const nodeRange = (n: Node | null | undefined): Range | undefined => (n?.range ? toRange(n.range[0], n.range[1]) : undefined);

  return {
    closeLine,
    frontMatter: {
      data,
      range: lines.range(bom, lines.lineEnd(closeLine)),
      errors,
      keyRange: (key) => nodeRange(pairFor(key)?.key as Node | undefined),
      valueRange: (key) => {
        const p = pairFor(key);
        return p ? (nodeRange(p.value as Node | null) ?? nodeRange(p.key as Node)) : undefined;
      },
    },
  };
}
