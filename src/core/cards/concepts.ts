// The heading alias table: card templates name the same thing differently (Hugging Face model and
// dataset cards in both generations, Mitchell et al. model cards, Datasheets for Datasets, Google PAIR
// Data Cards). Headings are normalised, split into parts and read as lemmas here; the table is data
// (./headings.json), extend it freely.
import type { CardConcept } from './model';
import HEADINGS from './headings.json';
import { lemmaSequence } from '../language/words';

/** Headings as the templates spell them, and the keywords that name a concept inside a heading (./headings.json). */
export const HEADING_ALIASES = HEADINGS.aliases as unknown as Readonly<Record<CardConcept, readonly string[]>>;
export const HEADING_KEYWORDS = HEADINGS.keywords as unknown as Readonly<Record<CardConcept, readonly string[]>>;

/**
 * Lower case, `&` -> "and", trailing "[optional]", qualifiers in parentheses ("Accuracy (held-out split)")
 * and leading numbering ("2.1", "2)", "A.", "IV.") removed, a warning sign that opens it read as "caveat", punctuation and emphasis
 * markers turned into spaces:
 * "Bias, Risks, and Limitations" -> "bias risks and limitations".
 */
export function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/\[optional\]\s*$/, '')
    .replace(/\s*\([^()]*\)/g, ' ')
    .replace(/&/g, ' and ')
    // A warning sign says what the heading is ("⚠️ This is a study artifact - read the finding first").
    .replace(/^\s*\u26a0\ufe0f?/u, ' caveat ')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|[ivx]+[.)])\s+/, '')
    .replace(NEGATION, expandNegation)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A negation, contracted or not: "What this system CANNOT do", "What it doesn't do", "won't". */
const NEGATION = /\bcannot\b|\b(?:can|won)['\u2019]t\b|n['\u2019]t\b/g;

/** A negation written out, so headings read the same contracted or not. */
function expandNegation(m: string): string {
  if (m === 'cannot' || m.startsWith('can')) return 'can not';
  return m.startsWith('won') ? 'will not' : ' not';
}

/** A heading as lemmas, so "Limitations", "limitation" and "LIMITATIONS" read alike. */
function lemmaKey(normalized: string): string {
  return lemmaSequence(normalized).join(' ');
}

const LOOKUP: ReadonlyMap<string, CardConcept> = (() => {
  const m = new Map<string, CardConcept>();
  for (const [concept, titles] of Object.entries(HEADING_ALIASES) as [CardConcept, readonly string[]][]) {
    for (const t of titles) {
      const key = lemmaKey(normalizeHeading(t));
      // One heading, one concept: a duplicate in the table is a data bug worth failing loudly on.
      if (m.has(key) && m.get(key) !== concept) throw new Error(`alias table: "${t}" maps to ${m.get(key)} and ${concept}`);
      m.set(key, concept);
    }
  }
  return m;
})();

const KEYWORDS: readonly (readonly [CardConcept, string])[] = (Object.entries(HEADING_KEYWORDS) as [CardConcept, readonly string[]][]).flatMap(
  ([concept, words]) => words.map((w) => [concept, ` ${lemmaKey(normalizeHeading(w))} `] as const),
);

/** Where a compound heading splits into parts: "Risks & limitations", "Bias, fairness / safety", "Uses: out of scope". */
const PART_BREAK = /\s*(?:[,;/+:|]|&|\band\b|\bor\b|\s[-\u2013\u2014]\s)\s*/i;

/** Nouns a compound heading's parts share ("Training / eval data", "Train and test sets"). */
const SHARED_NOUNS = new Set(['data', 'set', 'sets', 'dataset', 'datasets', 'corpus', 'split', 'splits', 'result', 'results', 'metric', 'metrics']);

const cache = new Map<string, readonly CardConcept[]>();
const CACHE_LIMIT = 4096;

/**
 * The concepts a heading (or a label used as one) stands for, the whole heading's alias first: a compound
 * heading covers each of its parts ("Intended uses & limitations" -> intended use, limitations), and a
 * part names a concept by its alias or by a keyword it contains ("Known biases" -> bias and risks).
 * Headings with only a name ("Model Card for X") stand for nothing.
 */
/**
 * The concept a card's title stands for: only one its whole wording names in the alias table ("Model
 * Card" names none). A title names the release ("DICES Dataset: ... Evaluation for Safety", "Long Stayer
 * Risk Stratification"), and the words it happens to contain name no section of it.
 */
export function titleConcepts(title: string): readonly CardConcept[] {
  const c = LOOKUP.get(lemmaKey(normalizeHeading(title)));
  return c ? [c] : [];
}

/** Names of products whose words name concepts ("Weights & Biases" logs training runs; it is no section on bias). */
const NAMES = new RegExp(`(?<![\\p{L}])(?:${HEADINGS.names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'giu');

/** A heading that negates a purpose: "not", up to two words, then "for" ("Not valid for", "not designed for"). */
const NOT_FOR = /^not\s+(?:[\p{L}-]+\s+){0,2}?for(?![\p{L}])/iu;

export function conceptsForHeading(title: string): readonly CardConcept[] {
  const hit = cache.get(title);
  if (hit) return hit;
  const out: CardConcept[] = [];
  const push = (c: CardConcept | undefined) => {
    if (c && !out.includes(c)) out.push(c);
  };
  push(LOOKUP.get(lemmaKey(normalizeHeading(title))));
  // Advice on how to use the release is about its uses first.
  if (ADVICE_FOR_USE.test(normalizeHeading(title))) push('intended-use');
  const predictsRisk = namesPredictedRisk(title);
  const bare = title.replace(/\s*\([^()]*\)/g, ' ').replace(/\[optional\]\s*$/i, '').replace(NAMES, ' ');
  const parts = bare.split(PART_BREAK).map((p) => lemmaKey(normalizeHeading(p))).filter(Boolean);
  // "Training / eval data", "Training and test sets": a one-word part shares the last part's noun, and
  // is read with it first ("training data" before "training").
  const last = parts.length > 1 ? parts[parts.length - 1].split(' ') : [];
  const shared = last.length > 1 && SHARED_NOUNS.has(last[last.length - 1]) ? last[last.length - 1] : undefined;
  const keys = parts.flatMap((p, i) => (shared && i < parts.length - 1 && !p.includes(' ') ? [`${p} ${shared}`, p] : [p]));
  for (const key of keys) {
    push(LOOKUP.get(key));
    // Within a part the head noun leads: "Safety Evaluation" is an evaluation, "Evaluation on downstream
    // tasks" too (what follows a preposition only qualifies it).
    const padded = ` ${key} `;
    const prep = padded.search(/ (?:on|of|for|in|with|by|from|to|under|across|per|about) /);
    const cut = prep < 0 ? padded.length : prep;
    // "Credit Risk Assessment", "Risk levels": the risk a model predicts is its task, not a risk of the release.
    const taskRisk = TASK_RISK.test(padded) || predictsRisk;
    const hits = KEYWORDS.map(([concept, kw]) => [concept, padded.indexOf(kw), kw.length] as const).filter(([concept, at, len]) => at >= 0 && !(taskRisk && concept === 'bias-risks' && padded.slice(at, at + len).trim() === 'risk'));
    const rank = ([, at, len]: readonly [CardConcept, number, number]) => (at < cut ? -(at + len) : at);
    // A keyword inside a longer one names nothing of its own: "Model overview" is the model's details, not an overview of data.
    const inLonger = ([, at, len]: readonly [CardConcept, number, number]) => hits.some(([, a, l]) => l > len && a <= at && at + len <= a + l);
    for (const [concept] of hits.filter((h) => !inLonger(h)).sort((a, b) => rank(a) - rank(b))) push(concept);
  }
  // A purpose negated names what the release is not for: "Not valid for", "Not designed for", "Not appropriate for".
  if (NOT_FOR.test(normalizeHeading(title))) push('out-of-scope-use');
  // A question a reader asks about the release's use: "What can I do with this package?", "Who is this for?".
  if (USE_QUESTION.test(title.trim())) push('intended-use');
  // "Why Imagenette?", "Why this dataset?": the reasons it was made ("Why use X?" asks what it is for).
  else if (WHY_QUESTION.test(title.trim())) push('motivation');
  // A heading that says what the data holds lists its parts: "Data includes", "What's in the dataset".
  if (CONTENTS_HEADING.test(title.trim())) push('dataset-structure');
  // A heading that says what the release is describes it: "1. What this dataset is", "What is this model?".
  const what = WHAT_IT_IS.exec(title.trim());
  if (what) {
    const noun = (what[1] ?? '').toLowerCase();
    if (!/^model/.test(noun)) push('dataset-description');
    if (!/^(?:data|corpus|corpora|benchmark)/.test(noun)) push('model-details');
  }
  // "If you do not use PyTorch...": a heading that opens with a condition on its reader says what the reader
  // does, not what the release is for or must not be used for.
  let kept = CONDITIONAL_HEADING.test(title) ? out.filter((c) => c !== 'intended-use' && c !== 'out-of-scope-use') : out;
  // "Testing and CI Integration", "Tests & linting": testing named beside the software's own checks is of the code.
  if (SOFTWARE_CHECKS.test(title) && !MODEL_MEASURES.test(title)) kept = kept.filter((c) => c !== 'evaluation');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(title, kept);
  return kept;
}

/** The software's own checks, named in a heading: "CI", "continuous integration", "GitHub Actions", "linting", "unit tests". */
const SOFTWARE_CHECKS = /(?<![\p{L}])(?:ci|ci\/cd|continuous\s+integration|github\s+actions|lint(?:ing)?|unit\s+tests?|pytest)(?![\p{L}])/iu;
/** Words of a heading that measure the model, whatever else it names: "Evaluation and CI". */
const MODEL_MEASURES = /evaluat|metric|benchmark|performance|accuracy|results?\b|validation|leaderboard|experiment/i;

/** A heading that opens with a condition: "If you do not use PyTorch...", "If you use the CLI". */
const CONDITIONAL_HEADING = /^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:if|unless)\s/i;

/** A risk the release predicts, in a heading's lemmas: "credit risk assessment", "risk level", "readmission risk". */
const TASK_RISK =
  / (?:credit|default|fraud|readmission|mortality|flood|fire|disease|diabetes|cardiovascular|health|clinical|churn|attrition|dropout|recidivism|financial|loan|lending|insurance|sepsis|eviction|theft) risk | risk (?:score|scoring|level|factor|tier|band|category|stratification|estimate|profile|index|rating|prediction|predictor|classifier|pipeline|advisor|model) /;

/**
 * Whether a heading names one risk of something by a noun before it, as a model's task does: "Depression Risk
 * Screening", "Stunting risk heatmap", "Speed-related risk". A risk of the release is written in the plural
 * ("Known risks", "Risk(s) and mitigation(s)") or after a word that qualifies it ("Residual risk", "Privacy risk").
 */
function namesPredictedRisk(title: string): boolean {
  if (!/risk/i.test(title)) return false;
  for (const m of title.matchAll(/(?<![\p{L}'-])([\p{L}][\p{L}'-]*)\s+risk(?![\p{L}(])/giu)) if (!RELEASE_RISK_QUALIFIERS.has(m[1].toLowerCase())) return true;
  return false;
}

/** Words before "risk" that say whose or which risk of the release it is. */
const RELEASE_RISK_QUALIFIERS = new Set([
  'a', 'an', 'the', 'any', 'and', 'or', 'of', 'other', 'known', 'potential', 'possible', 'residual', 'identified', 'direct', 'indirect', 'key', 'main',
  'major', 'general', 'additional', 'foreseeable', 'ethical', 'societal', 'social', 'safety', 'security', 'privacy', 'misuse', 'technical', 'legal',
  'analytical', 'reliability', 'accuracy', 'leakage', 'manipulation', 'accessibility', 'bias', 'fairness', 'model', 'deployment', 'usage', 'use',
  'systemic', 'reputational', 'operational', 'compliance', 'regulatory', 'data', 'ai', 'dual-use', 'harm', 'overall', 'low', 'high', 'medium',
]);

/** A heading that asks why the release exists: "Why Imagenette?", "Why did we build this dataset?". */
const WHY_QUESTION = /^why\b.*\?\s*$/i;

/** "Data includes", "The dataset contains", "What's in the corpus", "What's included": what the data is made of. */
const CONTENTS_HEADING =
  /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:the\s+|this\s+|our\s+)?(?:data\s*set|dataset|data|corpus)\s+(?:includes|contains|consists\s+of|comprises)|what(?:['\u2019]s|\s+is)\s+(?:included|inside|in\s+(?:the|this|our)\s+(?:data\s*set|dataset|data|corpus)))\s*[:?]?$/i;

/** "What this dataset is", "2. What is this model?", "What's this?": the release named, and nothing asked about it. */
const WHAT_IT_IS = /^(?:\d+(?:\.\d+)*[.)]?\s+)?what(?:['\u2019]s|\s+is)?\s+(?:this|the|our|it)(?:\s+((?:data\s*set|dataset|data|corpus|corpora|benchmark|model|checkpoint|release|project|repo(?:sitory)?)s?))?(?:\s+is)?\s*\??$/i;

/** Advice on how to use the release names its uses: "Recommendations for Use", "Guidelines for usage", "Tips on using it". */
const ADVICE_FOR_USE = /^(?:recommendations?|guidelines?|guidance|tips?|advice|suggestions?|best practices?)\s+(?:for|on)\s+(?:the\s+)?(?:use|usage|using)\b/;

/**
 * Headings that ask what the release is for: "What can I do with it?", "What is this for?", "What can it be
 * used for?", "When should I use this?", "Why use X?". "How do I use it?" asks how to run it, and "What
 * data was used for training?" asks about something else: the question must end with its "for".
 */
const USE_QUESTION = /^(?:what|who)\b.*(?:\bdo\s+with\b.*|\bfor\s*\??)$|^when\b.*\buse\b|^why\s+(?:(?:should|would)\s+(?:i|you|we)\s+)?use\b/i;

/**
 * The concepts a heading is about rather than merely mentions: its first concept, and, in a heading of one
 * part, every concept its words name before a preposition. "Training Data Format" is about the training
 * data as much as its format; "Intended uses & limitations" (two parts) is about the uses first, and
 * "Evaluation on downstream tasks" about evaluation, not tasks.
 */
export function headConcepts(title: string): readonly CardConcept[] {
  const all = conceptsForHeading(title);
  if (all.length < 2) return all;
  const bare = title.replace(/\s*\([^()]*\)/g, ' ').replace(/\[optional\]\s*$/i, '');
  if (bare.split(PART_BREAK).filter((p) => normalizeHeading(p)).length > 1) return all.slice(0, 1);
  const key = ` ${lemmaKey(normalizeHeading(bare))} `;
  const prep = key.search(/ (?:on|of|for|in|with|by|from|to|under|across|per|about) /);
  const head = prep < 0 ? key : key.slice(0, prep + 1);
  return all.filter((c, i) => i === 0 || KEYWORDS.some(([k, kw]) => k === c && head.includes(kw)) || LOOKUP.get(head.trim()) === c);
}

/** The first concept a heading stands for, or undefined. */
export function conceptForHeading(title: string): CardConcept | undefined {
  return conceptsForHeading(title)[0];
}

export type CardKind = 'model-card' | 'dataset-card';

/** One thing a card must cover; any of `anyOf` satisfies it. `preferred` is what a fix inserts. */
export interface ConceptRequirement {
  /** Human wording for messages: "intended use". */
  label: string;
  anyOf: readonly CardConcept[];
  preferred: CardConcept;
  /** Concepts of anyOf whose sections count only where their text states the requirement. */
  statedBy?: readonly CardConcept[];
  /** Concepts of anyOf whose sections are sections for it only where their text states it: elsewhere it is missing, not empty. */
  onlyWhereStated?: readonly CardConcept[];
  /** Concepts of anyOf that count only under a heading of their own: not under a label, not in prose. */
  headingOnly?: readonly CardConcept[];
  /** Concepts of anyOf that count only under a heading whose title says this too. */
  headingNames?: Partial<Record<CardConcept, RegExp>>;
}

export const REQUIRED_CONCEPTS: Readonly<Record<CardKind, readonly ConceptRequirement[]>> = {
  'model-card': [
    { label: 'intended use', anyOf: ['intended-use'], preferred: 'intended-use' },
    { label: 'out-of-scope use', anyOf: ['out-of-scope-use'], preferred: 'out-of-scope-use' },
    { label: 'bias, risks and limitations', anyOf: ['bias-risks', 'limitations'], preferred: 'bias-risks' },
    // A model card's section on where its data came from ("Data source and extraction") or on its dataset
    // ("Dataset Overview", "About the dataset"; not a bare "Overview") is about its training data.
    {
      label: 'training data',
      anyOf: ['training-data', 'collection-process', 'dataset-description', 'training-procedure'],
      preferred: 'training-data',
      headingOnly: ['collection-process', 'dataset-description', 'training-procedure'],
      // "## Training" often says what the model learned from ("Merges docket and opinion CSVs"); one that
      // only lists hyperparameters is no section on the data.
      onlyWhereStated: ['training-procedure'],
      headingNames: { 'dataset-description': /(?<![\p{L}])(?:data|datasets?|corpus|corpora)(?![\p{L}])/iu },
    },
    { label: 'evaluation', anyOf: ['evaluation'], preferred: 'evaluation' },
  ],
  'dataset-card': [
    { label: 'dataset description or motivation', anyOf: ['dataset-description', 'motivation'], preferred: 'dataset-description' },
    { label: 'intended use', anyOf: ['intended-use'], preferred: 'intended-use' },
    { label: 'dataset structure or composition', anyOf: ['dataset-structure', 'composition'], preferred: 'dataset-structure' },
    { label: 'collection process', anyOf: ['collection-process'], preferred: 'collection-process' },
    // A section on what a data set must not be used for or read as ("## Prohibited interpretation", "### Unintended
    // Uses") states its limits: a dataset card requires no exclusions of its own. Not a line in prose: "for
    // research purposes only" limits its licence, not what the data can say.
    { label: 'bias, risks and limitations', anyOf: ['bias-risks', 'limitations', 'out-of-scope-use'], preferred: 'bias-risks', headingOnly: ['out-of-scope-use'] },
    // A datasheet answers the personal-data questions under Composition; a Hugging Face card has its own heading.
    // ... but a "Composition" that only counts instances says nothing about personal data.
    { label: 'personal and sensitive information', anyOf: ['personal-information', 'composition'], preferred: 'personal-information', statedBy: ['composition'] },
  ],
};

/** The heading a fix inserts for a concept (Hugging Face template wording). */
export const CONCEPT_HEADINGS: Readonly<Record<CardConcept, string>> = {
  'model-details': 'Model Details',
  'intended-use': 'Uses',
  'out-of-scope-use': 'Out-of-Scope Use',
  limitations: 'Limitations',
  'bias-risks': 'Bias, Risks, and Limitations',
  recommendations: 'Recommendations',
  'training-data': 'Training Data',
  'training-procedure': 'Training Procedure',
  evaluation: 'Evaluation',
  'environmental-impact': 'Environmental Impact',
  citation: 'Citation',
  contact: 'Model Card Contact',
  'dataset-description': 'Dataset Description',
  'dataset-structure': 'Dataset Structure',
  motivation: 'Motivation',
  composition: 'Composition',
  'collection-process': 'Data Collection and Processing',
  preprocessing: 'Preprocessing',
  distribution: 'Distribution',
  maintenance: 'Maintenance',
  'personal-information': 'Personal and Sensitive Information',
  license: 'License',
};
