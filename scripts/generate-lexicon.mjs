// Writes src/core/catalogue/lexicon.json: every inflected form of the words the core matches on lemmas
// (the catalogue's use vocabulary in src/core/catalogue/domains.json and the card heading vocabulary in
// src/core/cards/headings.json), mapped to its lemma. The inflections come from compromise, a maintained
// English NLP library; they are computed here, once, because conjugating hundreds of words at run time
// would cost the editor a third of a second on its first check. Run after editing either vocabulary:
//   node scripts/generate-lexicon.mjs      (a unit test fails when the lexicon is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (p) => JSON.parse(readFileSync(`${root}${p}`, 'utf8'));

export function vocabulary() {
  const catalogue = read('src/core/catalogue/domains.json');
  const headings = read('src/core/cards/headings.json');
  const verbs = new Set();
  const nouns = new Set();
  for (const a of [...(catalogue.commonActs ?? []), ...(catalogue.protectiveActs ?? [])]) verbs.add(a);
  for (const n of [...(catalogue.nonPersonSubjects ?? []), ...(catalogue.deciderRoles ?? []), ...(catalogue.computingContext?.cues ?? []), ...(catalogue.computingContext?.senses ?? [])]) nouns.add(n);
  for (const d of catalogue.domains) {
    if (!d.use) continue;
    for (const a of [...d.use.acts, ...d.use.weakActs]) if (!a.startsWith('@')) verbs.add(a);
    for (const t of [...d.use.terms, ...d.use.weakTerms, ...(d.use.subjects ?? [])]) nouns.add(t);
  }
  // A keyword may be a participle ("collected", "How the data was collected"): it names itself, and has no plural.
  for (const words of Object.values(headings.keywords)) for (const w of words) if (!/[^e]ed$/.test(w)) nouns.add(w);
  for (const titles of Object.values(headings.aliases)) for (const t of titles) for (const w of t.split(/[^\p{L}]+/u)) if (w) nouns.add(w);
  return { verbs: [...verbs].sort(), nouns: [...nouns].sort() };
}

/** Words a heading keyword may end on that are no nouns ("what it is for", "what it does"): they have no plural. */
const NO_PLURAL = new Set(['for', 'to', 'do', 'does']);

/** Prepositions that end a noun's head in a longer entry: "notice to quit", "proof of address". */
const HEAD_ENDERS = new Set(['to', 'of']);
/** Words before "to" that head no noun: "when to use". */
const QUESTION_WORDS = new Set(['when', 'what', 'how', 'who', 'where', 'why', 'which', 'whether']);

/** Nouns whose plural names something its singular does not: they are matched as written. */
const PLURAL_SENSES = new Set(['customs', 'premises', 'damages', 'goods', 'arms', 'quarters']);

/** Whether compromise reads a word as a unit of time written short, no plural: "hrs" is hours, not more than one "HR". */
const namesDuration = (word) => {
  const doc = nlp(word);
  return doc.has('#Duration') && !doc.has('#Plural');
};

export function buildLexicon() {
  const { verbs, nouns } = vocabulary();
  nouns.sort();
  const forms = new Map();
  const add = (form, lemma) => {
    form = form.toLowerCase();
    lemma = lemma.toLowerCase();
    if (!form || form === lemma || /\s/.test(form)) return;
    // A form shared by two lemmas keeps the first in sorted order: deterministic output.
    if (!forms.has(form)) forms.set(form, lemma);
  };
  // Words of a word: entries are matched word by word, hyphens splitting words as spaces do ("x-ray").
  const words = (s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Nominal entries ("screening", "assessment", "approval") are nouns; the rest are verbs to conjugate.
  const nominal = (w) =>
    /(?:ing|ment|ance|ence|tion|sion|sal|val|ity)$/.test(w) || (w.endsWith('er') && (verbs.includes(w.slice(0, -2)) || verbs.includes(w.slice(0, -1))));
  // Acts in -ance/-ence are verbs as often as nouns ("influence", "balance"): they get both sets of forms.
  const both = (w) => /(?:ance|ence)$/.test(w);
  for (const v of verbs) {
    const ws = words(v);
    if (ws.length === 1 && nominal(ws[0])) {
      nouns.push(v);
      if (!both(ws[0])) continue;
    }
    for (const c of nlp(ws.join(' ')).tag('Infinitive').verbs().conjugate()) {
      // The participle differs from the past tense for irregular verbs ("chosen", "drawn", "taken").
      for (const k of ['PastTense', 'Participle', 'PresentTense', 'Gerund']) {
        const formWords = words(c[k] ?? '');
        // Only same-length conjugations map word for word ("laid off" -> "lay off"); "will screen" is skipped.
        if (formWords.length === ws.length) formWords.forEach((f, i) => add(f, ws[i]));
      }
    }
  }
  // A noun's head is its last word, or the word before a preposition: "notices to quit", "proofs of address".
  const heads = (ws) => {
    const p = ws.findIndex((x, i) => i > 0 && HEAD_ENDERS.has(x) && !QUESTION_WORDS.has(ws[i - 1]));
    return p > 0 ? [ws[p - 1], ws[ws.length - 1]] : [ws[ws.length - 1]];
  };
  for (const w of nouns.flatMap((n) => heads(words(n)))) {
    if (!w || !/^\p{L}+$/u.test(w)) continue;
    // An entry already in the plural ("considerations") maps to its singular instead of gaining "-es",
    // unless its plural has a sense of its own ("customs" at a border is no "custom").
    if (PLURAL_SENSES.has(w) || NO_PLURAL.has(w)) continue;
    if (/[^suia]s$/.test(w)) {
      const singular = words(nlp(w).tag('Plural').nouns().toSingular().text()).pop();
      if (singular && singular.length >= 3 && (singular + 's' === w || singular + 'es' === w)) {
        add(w, singular);
        continue;
      }
    }
    const plural = words(nlp(w).tag('Singular').nouns().toPlural().text()).pop();
    if (plural && !namesDuration(plural)) add(plural, w);
    // The regular plural as well: writers say "premiums" and "curriculums" where compromise knows "premia".
    const regular = /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
    if (!namesDuration(regular)) add(regular, w);
  }
  const sorted = Object.fromEntries([...forms.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { note: 'Generated by scripts/generate-lexicon.mjs from domains.json and headings.json: inflected form -> lemma. Do not edit.', forms: sorted };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(`${root}src/core/catalogue/lexicon.json`, JSON.stringify(buildLexicon(), null, 1) + '\n');
}
