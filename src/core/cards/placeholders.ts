// Detection of template stubs left in documents and manifest values: "[More Information Needed]",
// TODO/TBD/FIXME, lorem ipsum, {{ template_var }}, <placeholder>, "Fill in", "Coming soon".
// Matches are whole words with exact offsets; callers pass the spans (fenced code, HTML comments)
// where a stub is quoted rather than left behind.

/**
 * Placeholder findings listed one by one per file (doc-placeholder, use-placeholder); any more are summed
 * up in one further finding. Fifty is more than a template leaves in a card (the Hugging Face model card
 * template holds about forty "[More Information Needed]"), and few enough to read.
 */
export const PLACEHOLDER_FINDINGS_PER_FILE = 50;

export interface PlaceholderMatch {
  text: string;
  /** Offsets into the text that was scanned. */
  start: number;
  end: number;
}

/**
 * Bracketed stubs as the Hugging Face templates and others write them: "[More Information Needed]", "[TODO]",
 * "[Your name]", and a template's slot for a value ("- **RMSE**: [Value]", "Dataset Card for [Dataset Name]").
 * "[x]" is a ticked task box, not a slot.
 */
const BRACKET_STUB =
  /\[(?:more info(?:rmation)? needed|needs? more info(?:rmation)?|more details needed|todo|tbd|tba|tbc|fixme|placeholder|to be (?:added|completed|determined|written|filled(?: in)?)|coming soon|(?:insert|add|describe|enter|fill in|provide|your)\b[^\]\n]{0,60}|values?|number|percentage|date|year|url|link|(?:dataset|model|organi[sz]ation|author|project|company) (?:name|id)|metric(?: value)?)\](?![([:])/gi;

/**
 * A template's instruction in square brackets that is the whole of a list item, of a label's value or of a
 * line: "- **Primary Use Cases:** [Describe the main applications of the model]", "- [List known
 * limitations, e.g., ...]". At least two words, so "[x]", "[1]" and "[CLS]" are not stubs; a link
 * ("[text](url)", "[text][ref]", "[text]: url") is not one either, nor a shortcut reference the text defines.
 */
const BRACKET_VALUE = /(?<=^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t]*:?[ \t]*|[A-Z][^:\n[\]]{0,60}:[ \t]+)?)\[([^\]\n]*[A-Za-z][^\]\n]* [^\]\n]*)\](?![([:])(?=[ \t]*[.;]?[ \t]*$)/gm;

/**
 * A template's empty answer in square brackets standing alone on its line: "[None]", "[N/A]" under a heading
 * (written into the text, "None" says there is nothing; kept in the template's brackets, it is the slot).
 */
const BRACKET_EMPTY = /^[ \t>]*(?:[-*+][ \t]+)?\[(?:none|n\/?a|empty|blank|nil)\][ \t]*$/gim;

/**
 * Jinja / mustache template variables: "{{ model_id }}", "{{ card_data | default('x') }}"; and a template's
 * stub in capitals between single braces: "{PROJECT NAME}", "{DETAIL PERFORMANCE EXPECTATIONS and LIMITATIONS}"
 * (a lower-case "{primary_metric}" a pipeline fills is left alone).
 */
const TEMPLATE_VAR = /\{\{[^{}\n]{0,120}\}\}|\{%[^{}\n]{0,120}%\}|(?<![\\$\w])\{[A-Z]{2,}[A-Z0-9]*(?:[ _-]+[A-Za-z0-9]+){0,15}\}/g;

/**
 * A template's instruction in single braces that is the whole of a list item, of a label's value or of a line:
 * "- {POC Name, Email}", "**Dataset Owner:** {If different from capability owner}", "{Known limitations, assumptions,
 * or constraints ...}". At least two words and no quotes, colons or equals signs, so a printed dictionary
 * ("{'JPEG': 2999}") or a template engine's tag is not one.
 */
const BRACE_VALUE = /(?<=^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t]*:?[ \t]*|[A-Z][^:\n[\]{}]{0,60}:[ \t]+)?)\{(?![{%])([^{}\n'"\u2018\u2019\u201c\u201d:=%]*[A-Za-z][^{}\n'"\u2018\u2019\u201c\u201d:=%]* [^{}\n'"\u2018\u2019\u201c\u201d:=%]*)\}(?=[ \t]*[.;]?[ \t]*$)/gm;
/**
 * An ellipsis left as a label's value, on its line or alone on the next: "**Name:** ...", "- Inputs: ...",
 * "**Intended Use:**" then "...". Alone elsewhere it marks text left out of an example, not a slot.
 */
const ELLIPSIS_VALUE =
  /(?<=^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t]*:?[ \t]*(?:\n[ \t]*){0,2}|[A-Z][^:\n[\]{}]{0,60}:[ \t]+))(?:\.{3}|\u2026)(?=[ \t]*$)/gm;
/** Upper-case stub words. Lower-case "todo" in prose ("a todo list app") is a word, not a stub: see below. */
const STUB_WORD = /(?<![\w-])(todo|tbd|tba|fixme)(?![\w-])/gi;

// "More information needed" is how the first Hugging Face template generation leaves a section unfilled.
const PHRASES = /(?<![\w-])(?:lorem ipsum(?: dolor sit amet)?|coming soon|to be (?:added|completed|determined|written)|more info(?:rmation)? (?:is )?needed)(?![\w-])/gi;

/**
 * "Fill in" as a template's instruction: opening its line, sentence or label ("Fill in the model description",
 * "- fill in"), or standing alone at its clause's end ("Languages: fill in."). Inside a sentence it is a verb
 * ("To fill in this gap we propose ...", "helps users fill in their tax forms").
 */
const FILL_IN = /(?<![\w-])fill (?:in|me in|this in)(?![\w-])/gi;
/** What may stand before an instruction on its line: nothing, a list or quote marker, or a sentence's or label's end. */
const INSTRUCTION_BEFORE = /(?:^[ \t]*(?:[-*+>|][ \t]*)?|[.!?:(\[][ \t]*)$/;
/** What may follow an instruction that stands alone: its clause's end. */
const INSTRUCTION_AFTER = /^[ \t]*(?:[.:;!)\]]|\r?\n|$)/;

/**
 * Angle-bracket stubs: "<placeholder>", "<your name>", "<MODEL_NAME>", "<insert link>".
 * HTML tags, autolinks and e-mail addresses must not match, hence the explicit shapes.
 */
const ANGLE_STUB = /<(?:placeholder|(?:your|insert|add|enter)[ _-][^<>\n/=]{1,40}|fill[ _-]in[^<>\n/=]{0,40}|todo|tbd|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)>/gi;

/** A stub in capitals that asks for its text: "YOUR ANSWER HERE", "INSERT DATASET NAME HERE". */
const CAPS_HERE = /(?<![\w-])(?:YOUR|INSERT|ADD|ENTER)(?: [A-Z0-9'/-]+){0,5} HERE(?![\w-])/g;

/**
 * A text every match of the ten patterns above must contain (`[`, `{`, `<`, an ellipsis, a stub word or a stub phrase),
 * so a text without one has no placeholder: most manifest values and prose paragraphs skip the scans.
 * Keep it in step with the patterns: it may match more than they do, never less.
 */
const MAY_HOLD_PLACEHOLDER = /[[{<]|todo|tbd|tba|fixme|lorem ipsum|fill |coming soon|to be |more info|\.\.\.|\u2026/i;
/** The same for CAPS_HERE, which matches in capitals only: " here" in any case is common prose ("click here"). */
const MAY_HOLD_CAPS_STUB = ' HERE';

/** Whether [start, end) overlaps one of the sorted, non-overlapping spans. */
function overlapsAny(start: number, end: number, spans: readonly (readonly [number, number])[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] < end;
}

/** Sort and merge spans so overlapsAny can binary-search them. */
function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/**
 * Placeholders in text[from, to), skipping the given [start, end) spans (fenced code, HTML comments).
 * Inline code spans (`like this`) are skipped too: quoting "`TODO`" is not leaving one behind.
 */
export function findPlaceholders(
  text: string,
  from = 0,
  to = text.length,
  skip: readonly (readonly [number, number])[] = [],
): PlaceholderMatch[] {
  const region = text.slice(from, to);
  if (!MAY_HOLD_PLACEHOLDER.test(region) && !region.includes(MAY_HOLD_CAPS_STUB)) return [];
  const rawSpans: [number, number][] = skip.map(([s, e]) => [s - from, e - from]);
  for (const m of region.matchAll(/(`+)[^`\n]+?\1/g)) rawSpans.push([m.index, m.index + m[0].length]);
  const spans = mergeSpans(rawSpans);

  // Candidates from every pattern; overlaps are resolved once at the end (earliest, then longest, wins).
  const candidates: { start: number; end: number }[] = [];
  const add = (start: number, end: number): void => {
    if (!overlapsAny(start, end, spans)) candidates.push({ start, end });
  };

  for (const m of region.matchAll(BRACKET_STUB)) add(m.index, m.index + m[0].length);
  for (const m of region.matchAll(BRACKET_EMPTY)) add(m.index + m[0].indexOf('['), m.index + m[0].indexOf(']') + 1);
  for (const m of region.matchAll(BRACKET_VALUE)) if (!text.includes(`[${m[1]}]:`)) add(m.index, m.index + m[0].length);
  for (const m of region.matchAll(TEMPLATE_VAR)) add(m.index, m.index + m[0].length);
  // Their lookbehinds are tried at every position: run them only where their character is.
  if (region.includes('{')) for (const m of region.matchAll(BRACE_VALUE)) add(m.index, m.index + m[0].length);
  if (region.includes('...') || region.includes('\u2026')) for (const m of region.matchAll(ELLIPSIS_VALUE)) add(m.index, m.index + m[0].length);
  // Every accepted shape has a stub word or an underscore, which no HTML tag name has.
  for (const m of region.matchAll(ANGLE_STUB)) add(m.index, m.index + m[0].length);
  for (const m of region.matchAll(STUB_WORD)) {
    const word = m[1];
    // "todo" written in lower case followed by another word is prose ("a todo list"); "TODO", "todo:" or a bare "todo" is a stub.
    if (word === word.toLowerCase() && /^\s+[a-z]/i.test(region.slice(m.index + word.length, m.index + word.length + 3))) continue;
    add(m.index, m.index + word.length);
  }
  for (const m of region.matchAll(PHRASES)) add(m.index, m.index + m[0].length);
  for (const m of region.matchAll(FILL_IN)) {
    const lineStart = region.lastIndexOf('\n', m.index) + 1;
    const end = m.index + m[0].length;
    if (INSTRUCTION_BEFORE.test(region.slice(lineStart, m.index)) || INSTRUCTION_AFTER.test(region.slice(end, end + 4))) add(m.index, end);
  }
  for (const m of region.matchAll(CAPS_HERE)) add(m.index, m.index + m[0].length);

  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: PlaceholderMatch[] = [];
  let reach = -1;
  for (const c of candidates) {
    if (c.start < reach) continue;
    found.push({ text: region.slice(c.start, c.end), start: c.start + from, end: c.end + from });
    reach = c.end;
  }
  return found;
}

/**
 * Whether a manifest value is a stub rather than a statement: "TODO", "TBD", "[More Information Needed]",
 * "TODO: describe the users", "<your summary>", "lorem ipsum ...". An empty string is NOT a placeholder:
 * emptiness is a separate check with its own message.
 */
export function isPlaceholderText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const s = value.trim();
  if (s === '') return false;
  const matches = findPlaceholders(s);
  if (matches.length === 0) return false;
  // A value that starts with a stub ("TODO: write this", "TBD pending review") is still a stub.
  if (matches[0].start === 0) return true;
  if (matches.some((m) => /lorem ipsum/i.test(m.text))) return true;
  let rest = s;
  for (const m of [...matches].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}
