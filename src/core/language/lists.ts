// List items of plain text and Markdown, as the use readers need them: a line that opens with a marker
// ("-", "*", "•", "–", "→", a tick or a cross) or a number or letter and its full stop or bracket ("1.", "b)").

/** Marks that cross an item out: "✗ No tenant scoring, ever", "❌ Face matching". */
export const CROSS_MARKS = '\u2717\u2718\u274c';
/** List markers: Markdown's, and the ones plain text and slides use ("– set limits", "✓ Viewing alerts", "✗ No tenant scoring"). */
export const LIST_MARKERS = `\\-*+\u2022\u2013\u2014\u25aa\u25e6\u2023\u2192\u2713\u2714${CROSS_MARKS}`;
/** The opening of a list item, at the start of a line. */
export const LIST_ITEM = new RegExp(`^[ \\t]*(?:[${LIST_MARKERS}]|\\d{1,3}[.)]|[a-z][.)])[ \\t]+`, 'u');
