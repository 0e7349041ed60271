// Sentences and paragraphs of plain text, as the use readers need them: where a sentence ends is a full stop,
// question or exclamation mark before white space, or a blank line; a blank line parts paragraphs.

/** [start, end) of the sentence holding [start, end): from after the last sentence end or blank line before it to the next. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !(/[.!?]/.test(text[s - 1]) && /\s/.test(text[s] ?? ' ')) && !(text[s - 1] === '\n' && text[s - 2] === '\n')) s--;
  const m = /[.!?](?=\s|$)|\n[ \t]*\n/.exec(text.slice(end));
  return [s, m ? end + m.index : text.length];
}

/** [start, end) of the paragraph holding [start, end): from the last blank line before it to the next after it. */
export function paragraphAround(text: string, start: number, end: number): [number, number] {
  const after = text.indexOf('\n\n', end);
  return [Math.max(0, text.lastIndexOf('\n\n', start)), after < 0 ? text.length : after];
}
