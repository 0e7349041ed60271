// A card section's statements as a manifest holds them: list entries, or the first sentences of a
// paragraph. Used where a card's words are copied into the manifest (init, and the quick fixes that copy a
// card's out-of-scope uses, users and limitations).
import { isPlaceholderText } from './placeholders';

/** Markdown inline formatting removed: emphasis, links (their text kept), inline code marks, HTML tags. */
export function plain(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;

/** The section's statements: each list item one entry, each run of other lines one paragraph. */
function blocksOf(text: string): { item: boolean; text: string }[] {
  const out: { item: boolean; text: string }[] = [];
  for (const raw of text.split('\n')) {
    if (/^\s*\|/.test(raw)) continue; // tables hold data, not statements
    const isItem = LIST_ITEM.test(raw);
    // A wholly italic paragraph is a template's guidance ("*These questions are intended to ...*").
    if (/^\s*([*_])(?!\1)[^*_]+\1\s*$/.test(raw)) continue;
    const line = plain(raw.replace(LIST_ITEM, ''));
    if (!line || isPlaceholderText(line)) continue;
    const last = out[out.length - 1];
    // A wrapped paragraph continues; a line after a list item that is no item continues the item.
    if (!isItem && last && !/[.!?:]$/.test(last.text)) last.text = `${last.text} ${line}`;
    else out.push({ item: isItem, text: line });
  }
  return out;
}

/** Entries for a list field: list items as written; paragraphs when the section has no list. */
export function itemsOf(text: string): string[] {
  const blocks = blocksOf(text);
  const items = blocks.filter((b) => b.item);
  const chosen = items.length > 0 ? items : blocks;
  return chosen.map((b) => b.text.replace(/[;,]$/, '')).filter((t) => t.length > 1 && !/:$/.test(t)).slice(0, 12);
}

/** The first one or two sentences of the section's first paragraph. */
export function summaryOf(text: string): string | undefined {
  const blocks = blocksOf(text);
  // A questionnaire (Datasheets for Datasets) answers questions; its first answer is no summary.
  if (blocks.some((b) => /\?/.test(b.text.split(/(?<=[.!?])\s/)[0]))) return undefined;
  const first = blocks.find((b) => !b.item && !/:$/.test(b.text)) ?? blocks[0];
  if (!first) return undefined;
  const sentences = first.text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [first.text];
  let out = '';
  for (const s of sentences.slice(0, 2)) {
    if (out && out.length + s.length > 400) break;
    out += s;
  }
  return out.trim().replace(/:$/, '.') || undefined;
}

