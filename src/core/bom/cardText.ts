// What a card's sections say, as plain statements for a bill of materials. Sections come from the card
// parser (headings and concept labels); a section counts for the concept its heading primarily names,
// and only its own text is taken (nested sections that name a concept speak for themselves).
import type { CardConcept, CardSection, ParsedCard } from '../cards/model';
import { meaningfulTextIn } from '../cards/parse';

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/;
const TABLE_ROW = /^\|/;

/** Inline Markdown reduced to its words: emphasis and code markers dropped, links as "text (url)". */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)([^*_]*?\S)\2(?=$|[\s).,;:!?])/g, '$1$3')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One block of a section's own text: a paragraph (hard-wrapped lines joined), a list item, or a table row. */
export interface TextBlock {
  kind: 'prose' | 'item' | 'row';
  text: string;
  /** No blank line between this block and the one before it (rows of one table, items of one list). */
  follows: boolean;
}

/** Sections that start inside `section`'s body. */
export function nestedIn(card: ParsedCard, section: CardSection): CardSection[] {
  return card.sections.filter((s) => s !== section && s.headingRange.startOffset >= section.bodyStart && s.headingRange.startOffset < section.bodyEnd);
}

/**
 * What a section itself says (the lines the parser counts as saying something): its body without nested
 * sections that name a concept of their own, each cut from the start of its line, so a label in a list item
 * ("- **Out-of-scope:** ...") takes its list marker with it. `all` keeps the nested sections.
 */
export function ownText(card: ParsedCard, section: CardSection, all = false): string {
  const exclude: [number, number][] = all
    ? []
    : nestedIn(card, section)
        .filter((s) => s.concepts.length > 0)
        .map((s) => [card.lines.lineStart(s.headingRange.start.line), s.bodyEnd]);
  return meaningfulTextIn(card, section.bodyStart, section.bodyEnd, exclude);
}

/**
 * A section's own lines (what the parser counts as saying something) as blocks. List items and table rows
 * stand alone; a line continues the block before it when the card has no blank line between them (a
 * hard-wrapped paragraph or list item), and starts a new paragraph otherwise.
 */
export function sectionBlocks(card: ParsedCard, section: CardSection, all = false): TextBlock[] {
  const out: TextBlock[] = [];
  const text = card.text;
  let pos = section.bodyStart;
  for (const line of ownText(card, section, all).split('\n')) {
    if (line === '') continue;
    // Where the line stands in the card: a blank line since the previous one ends a paragraph.
    const at = text.indexOf(line, pos);
    const gap = at < 0 ? '\n\n' : text.slice(pos, at);
    const continues = at >= 0 && !/\n[ \t]*\r?\n/.test(gap);
    if (at >= 0) pos = at + line.length;
    const last = out[out.length - 1];
    if (TABLE_ROW.test(line)) out.push({ kind: 'row', text: line, follows: continues });
    else if (LIST_ITEM.test(line)) out.push({ kind: 'item', text: line.replace(LIST_ITEM, ''), follows: continues });
    else if (last && last.kind !== 'row' && continues) last.text += ` ${line}`;
    else out.push({ kind: 'prose', text: line, follows: continues });
  }
  return out;
}

/** Sections whose heading primarily names `concept`, in document order. */
export function sectionsFor(card: ParsedCard, concept: CardConcept): CardSection[] {
  return card.sections.filter((s) => s.concept === concept);
}

/** Statements of the sections that stand for `concept`: each paragraph and each list item, as plain text. Tables are left out. */
export function statements(card: ParsedCard | undefined, concept: CardConcept): string[] {
  if (!card) return [];
  const out: string[] = [];
  for (const s of sectionsFor(card, concept)) {
    for (const b of sectionBlocks(card, s)) {
      if (b.kind === 'row') continue;
      const t = plainText(b.text);
      if (t !== '' && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/** The whole own text of each section that stands for `concept`, one string per section (tables included, as rows). */
export function sectionTexts(card: ParsedCard | undefined, concept: CardConcept): { section: CardSection; text: string }[] {
  if (!card) return [];
  return sectionsFor(card, concept)
    .map((section) => ({
      section,
      text: sectionBlocks(card, section)
        .map((b) => (b.kind === 'row' ? b.text.trim() : plainText(b.text)))
        .filter((t) => t !== '')
        .join('\n'),
    }))
    .filter((x) => x.text !== '');
}
