// Words and their lemmas. Text is split into word tokens with offsets; each word's lemma comes from the
// lexicon that scripts/generate-lexicon.mjs builds with compromise (an English NLP library) from the
// vocabularies the core matches on: "screened", "screening" -> "screen"; "mammograms" -> "mammogram".
// A word outside that vocabulary is its own lemma, which is all a vocabulary match needs.
import lexicon from '../catalogue/lexicon.json';

// A Map: faster to look up than a large object, and no inherited names ("constructor" is a word, not a lemma).
const FORMS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.forms));

export interface WordToken {
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The word in lower case. */
  lower: string;
  lemma: string;
}

/** Letters and digits; an apostrophe inside a word keeps it whole ("don't"); hyphens and dashes split words. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;

export function lemmaOf(word: string): string {
  const lower = word.toLowerCase();
  return FORMS.get(lower) ?? FORMS.get(lower.normalize('NFD').replace(/\p{M}/gu, '')) ?? lower;
}

export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const out: WordToken[] = [];
  // Most text is ASCII: words are found by character codes, and only text with other characters goes
  // through the Unicode regex (a tenth of a typical check's use scan went to it).
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) > 0x7f) return unicodeWordTokens(text, from, to);
  }
  let i = from;
  while (i < to) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiWordChar(text.charCodeAt(i))) i++;
    // An apostrophe inside a word keeps it whole ("don't"); a possessive is its noun ("the applicant's story").
    if (i + 1 < to && text.charCodeAt(i) === 39 && isAsciiLetter(text.charCodeAt(i + 1))) {
      i++;
      while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    }
    push(out, text, start, i);
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

function unicodeWordTokens(text: string, from: number, to: number): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].length;
    if (end > to) break;
    push(out, text, m.index, end);
  }
  return out;
}

function push(out: WordToken[], text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  let lower = word.toLowerCase();
  const n = lower.length;
  // A short word in capitals is an acronym, not a plural: "GPS" is no "GPs", "CVS" no "CVs".
  if (n <= 4 && n >= 2 && word === word.toUpperCase() && word !== lower) {
    out.push({ start, end, lower, lemma: lower });
    return;
  }
  // A possessive is its noun: "the applicant's story".
  if (n > 2 && lower.charCodeAt(n - 1) === 115 /* s */ && (lower.charCodeAt(n - 2) === 39 || lower.charCodeAt(n - 2) === 0x2019)) lower = lower.slice(0, -2);
  out.push({ start, end, lower, lemma: FORMS.get(lower) ?? lower });
}

/** A vocabulary entry ("job applicants", "x-ray", "résumé") as the lemmas it is matched by. */
export function lemmaSequence(phrase: string): string[] {
  return wordTokens(phrase).map((t) => lemmaOf(t.lower));
}

/**
 * Hyphens other than the ASCII one (U+2010 hyphen, U+2011 non-breaking hyphen: some editors write
 * "Out‑of‑scope" so), typographic apostrophes (U+2019, U+2018: "don’t", as word processors and phone
 * keyboards write it), and the underscores of a snake_case label before its colon ("out_of_scope:",
 * "prohibited_uses:", as configuration and registry entries write them; a field name in running text,
 * "loan_amount", stays one word).
 */
const TYPOGRAPHIC = /[\u2010\u2011\u2018\u2019]|(?<=[A-Za-z])_(?=[A-Za-z][A-Za-z_]*:)/g;

/**
 * The text with every hyphen written as "-", every apostrophe as "'" and a snake_case label's underscores as
 * spaces, code unit for code unit, so offsets stay valid: patterns of the form "out-of-scope" or "don't"
 * then match however the text was typed.
 */
export function asciiPunctuation(text: string): string {
  // Most text has none of these characters; a plain class scans far faster than the lookbehind pattern.
  if (!MAY_REWRITE.test(text)) return text;
  TYPOGRAPHIC.lastIndex = 0;
  return TYPOGRAPHIC.test(text) ? text.replace(TYPOGRAPHIC, (c) => (c === '_' ? ' ' : c === '\u2010' || c === '\u2011' ? '-' : "'")) : text;
}

/** The characters TYPOGRAPHIC may rewrite. */
const MAY_REWRITE = /[\u2010\u2011\u2018\u2019_]/;

/**
 * The agent noun of a verb, what names a thing by what it does: "recognize" -> "recognizer", "grade" ->
 * "grader", "predict" -> "predictor", "classify" -> "classifier", "tag" -> "tagger". Undefined for a word
 * that is no plain verb (a phrase, a noun of action: "approval", "screening", "verification").
 */
export function agentNoun(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (!/^[a-z]{3,}$/.test(v) || NOT_A_VERB.test(v)) return undefined;
  if (/(?:ate|ct)$/.test(v) || v === 'assess') return v.replace(/e$/, '') + 'or';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ier';
  if (v.endsWith('e')) return v + 'r';
  // A short word of consonant, vowel, consonant doubles its last letter: "tag" -> "tagger", "spot" -> "spotter".
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(v)) return v + v[v.length - 1] + 'er';
  return v + 'er';
}

/** Endings of nouns of action or quality and of agent nouns already: no verb to derive from. */
const NOT_A_VERB = /(?:ion|ment|ing|al|ity|ance|ence|er|or|ness|ship|ies|ics)$/;
