// Concepts a card states in prose rather than under a heading of their own: an exclusion written under
// "Uses", limitations inside "Model Details", the intended use in the opening paragraph. A reader counts
// these as covered, so the section rules do too (an info hint may still suggest a heading).
import { conceptsForHeading, type ConceptRequirement } from './concepts';
import { isPlaceholderText } from './placeholders';
import type { CardConcept, ParsedCard } from './model';
import { meaningfulTextIn } from './parse';
import type { Range } from '../types';

/**
 * Statement shapes per concept, matched in the card's meaningful text (comments, placeholders, code and
 * headings removed). Each is a way people write the concept in a sentence, not a topic word: "risk" alone
 * appears in credit-risk models' descriptions, "may produce biased outputs" states a risk.
 */
const STATEMENTS: Partial<Record<CardConcept, readonly RegExp[]>> = {
  'intended-use': [
    /\b(?:is|are|was|were)\s+(?:primarily\s+|mainly\s+|specifically\s+|only\s+|solely\s+)?(?:intended|designed|meant|built|developed|created|made|optimi[sz]ed)\s+(?:to|for)\b/i,
    /\b(?:can|could|may|should)\s+be\s+used\s+(?:to|for|as|in|by)\b/i,
    /\bintended\s+(?:use|uses|purpose|users?|for|to)\b/i,
    /\buse[\s-]cases?\b/i,
    /\b(?:is|are)\s+(?:useful|suitable|suited|appropriate)\s+(?:for|to)\b/i,
    /\b(?:you|users|researchers|developers|practitioners)\s+can\s+use\b/i,
    /\bfor\s+(?:research|educational|academic|non-commercial)\s+(?:purposes|use)\b/i,
    /\b(?:this|the|our)\s+(?:model|dataset|system|tool|classifier|detector)\s+(?:helps|allows|enables|lets|supports|classifies|predicts|detects|generates|translates|summari[sz]es|answers|extracts|identifies|segments|recogni[sz]es|estimates|recommends|is\s+used\s+(?:to|for))\b/i,
    /\b(?:purpose|goal|aim)\s+of\s+(?:this|the)\s+(?:model|dataset|project|release)\b/i,
  ],
  'out-of-scope-use': [
    /\b(?:should|must|may|can|could|shall|will|is|are)\s*(?:not|n['\u2019]t|never)\s+(?:be\s+)?(?:used|deployed|applied|relied|employed|intended|designed|meant|suitable|suited|appropriate|recommended|validated|approved|ready)\b/i,
    /\bnot\s+(?:be\s+)?(?:intended|designed|meant|suitable|suited|appropriate|recommended|validated|approved|built|ready)\s+(?:to|for|as)\b/i,
    /\b(?:do|does)\s*(?:not|n['\u2019]t)\s+use\b/i,
    /\bout[\s-]+of[\s-]+scope\b/i,
    /\b(?:misuse|malicious\s+use|prohibited\s+uses?|unintended\s+uses?)\b/i,
    /\bnot\s+for\s+(?:use|commercial|clinical|medical|production|diagnostic|real[\s-]world|deployment|high[\s-]stakes)\b/i,
    /\b(?:is|are)\s+not\s+a\s+(?:substitute|replacement)\b/i,
    /\b(?:avoid|refrain\s+from)\s+using\b/i,
    /\b(?:research|educational|academic|non-commercial)\s+(?:use\s+|purposes\s+)?only\b/i,
    /\bnot\s+(?:as|for)\s+(?:a\s+|the\s+)?(?:sole|standalone|only|final|primary)\b/i,
    /\bnot\s+(?:cleared|certified|approved|validated|licensed|fda[\s-]approved)\b/i,
    /(?:^|[.;:]\s+)not\s+for\s+\w/i,
    /\b(?:you\s+)?should\s+(?:look\s+at|use)\s+(?:a\s+|another\s+|other\s+)?(?:model|models|tool)\b/i,
  ],
  'bias-risks': [
    /\b(?:known|main|key|several|some|important|following|potential|other|current|technical|major)\s+(?:limitations?|biases|risks?|caveats?|weaknesses|shortcomings)\b/i,
    /\blimitations?\s+(?:of|include|are|is|to|in)\b|\blimitations?\s*:/i,
    /\b(?:has|have|with)\s+(?:\w+\s+){0,2}limitations?\b/i,
    /\bbias(?:es)?\s+(?:in|against|toward|towards|of|from|present|inherent|that)\b/i,
    /\b(?:reflects?|contains?|inherits?|exhibits?|amplif(?:y|ies)|perpetuates?|shows?|encodes?|reproduces?)\s+(?:\w+\s+){0,3}(?:bias(?:es)?|stereotypes?)\b/i,
    /\b(?:is|are|be|been|being)\s+(?:\w+\s+)?biased\b/i,
    /\b(?:social|societal|gender|racial|demographic|selection|sampling|cultural|geographic|historical|label)\s+bias(?:es)?\b/i,
    /\brisks?\s+(?:of|include|associated|that)\b/i,
    /\b(?:may|might|could)\s+(?:produce|generate|contain|reflect|fail|hallucinate|output|misclassify|miss|have|make\s+mistakes|be\s+(?:inaccurate|biased|wrong|unreliable|incorrect|offensive|misleading))\b/i,
    /\b(?:may|can|could|might)\s+(?:\w+\s+){0,4}(?:toxic|harmful|offensive|unfair|discriminatory)\b/i,
    /\b(?:does|do|will|might|may|can)\s*(?:not|n['\u2019]t)\s+(?:work|perform|generali[sz]e|transfer)\b/i,
    /\bhallucinat\w*|\bstereotyp\w*/i,
    /\b(?:caveats?|shortcomings?|weakness(?:es)?|failure\s+(?:modes?|cases?))\b/i,
    /\b(?:is|are)\s*(?:not|n['\u2019]t)\s+(?:always\s+)?(?:accurate|reliable|perfect|robust)\b/i,
    /\b(?:only|solely)\s+(?:supports?|works?\s+(?:on|with|for)|trained\s+on|covers?|handles?)\b/i,
    /(?:^|[a-z,;:(]\s+)[A-Z][a-z]+\s+only\b/m,
    /\bnot\s+(?:\w+\s+)?(?:representative|generali[sz]able|comprehensive|exhaustive|balanced)\b/i,
    /\b(?:must|should)\s+be\s+(?:reviewed|validated|verified|checked|double-checked)\s+by\b/i,
  ],
  'training-data': [
    /\b(?:trained|fine-?tuned|pre-?trained|finetuned)\s+(?:\S+\s+){0,6}?(?:on|using|with|from)\b/i,
    /\btraining\s+(?:data|set|dataset|corpus|split|examples|samples|images)\s+(?:is|are|was|were|consists?|comes?|came|includes?|contains?|comprises?)\b/i,
    /\b(?:data|dataset|corpus)\s+used\s+(?:for|to|in)\s+(?:train|fine-?tun)/i,
  ],
  evaluation: [
    /\b(?:evaluated|tested|benchmarked|validated|assessed)\s+(?:\S+\s+){0,4}?(?:on|against|using|with)\b/i,
    /\b(?:achieves?|achieved|reaches|reached|obtains?|obtained|scored)\b[^.\n]{0,80}?(?:\b(?:accuracy|f1|auc|bleu|rouge|wer|cer|map|precision|recall|score|loss|perplexity)\b|%|\d)/i,
    /\b(?:accuracy|f1|auc|roc|bleu|rouge|wer|cer|map|perplexity|precision|recall|mae|rmse|mse|r2|iou|dice)\b[^.\n]{0,30}\d/i,
    /\b(?:evaluation|validation|eval|test)\s+(?:results?|set|data|metrics?|split|loss|accuracy)\b/i,
    /\bresults\s+on\b/i,
    /\b(?:performance|results)\s+(?:on|of|in|across)\b/i,
  ],
  'dataset-description': [
    /\b(?:this|the|our)\s+(?:dataset|corpus|collection|benchmark|folder|repository|repo|directory|data)\s+(?:contains|consists|is|includes|comprises|provides|covers|collects|has|was|holds|offers)\b/i,
  ],
  'dataset-structure': [
    /\beach\s+(?:example|instance|row|record|entry|sample|item|file|line|image|document)\s+(?:contains|has|consists|includes|is|comprises)\b/i,
    /\b(?:train|training|validation|dev|test)\s+(?:splits?|sets?)\b/i,
    /\b\d[\d,.]*\s*[km]?\s+(?:examples|instances|rows|records|samples|images|pairs|sentences|documents|utterances|hours|files|entries|tweets|questions)\b/i,
    /\b(?:fields?|columns?|attributes?)\s*(?:are|include|:)/i,
  ],
  'collection-process': [
    /\b(?:collected|scraped|crawled|gathered|sourced|compiled|obtained|extracted|downloaded|recorded|acquired|harvested|derived|curated|generated|annotated)\s+(?:\S+\s+){0,4}?(?:from|by|via|using|through|at|in|with)\b/i,
    /\b(?:data\s+)?sources?\s+(?:of|include|are|is)\b/i,
    /\b(?:data|dataset|corpus|dialogues|images|texts|recordings|samples|records|examples)\s+(?:is|are|was|were|comes?|came)\s+(?:\S+\s+){0,2}?from\b/i,
  ],
  'personal-information': [
    /\bpersonal(?:ly)?\s+(?:identifiable\s+)?(?:information|data)\b/i,
    /\bPII\b/,
    /\b(?:anonymi[sz]\w+|pseudonymi[sz]\w+|de-?identif\w+)\b/i,
    /\bprivacy\b/i,
    /\bconsent\w*/i,
    /\b(?:no|not|never|without)\s+(?:real\s+|actual\s+)?(?:user|personal|patient|private|identifying|customer)\s+(?:data|information|records|details)\b/i,
    /\bpersonally\s+identif\w*/i,
    /\bsensitive[\s/\w-]{0,24}?(?:information|data|content|attributes\s+(?:of|about)\s+(?:people|individuals|persons))\b/i,
  ],
};
STATEMENTS.limitations = STATEMENTS['bias-risks'];
STATEMENTS.motivation = STATEMENTS['dataset-description'];

/** Whether a text (a section's own text) states a requirement in a sentence of one of its shapes. */
export function statesIn(text: string, req: ConceptRequirement): boolean {
  const flat = text.replace(/\*\*|__|`/g, '').replace(/\s*\n\s*/g, ' ');
  return req.anyOf.some((c) => (STATEMENTS[c] ?? []).some((re) => re.test(flat)));
}

/** Spans a requirement must not be read from: the sections given (usually the requirement's own, empty ones). */
type Span = readonly [number, number];

/**
 * Where the card states a requirement in prose: the first statement of any of its concepts in the card's
 * meaningful text outside `exclude`, with its range; undefined when there is none.
 */
export function proseStatement(card: ParsedCard, req: ConceptRequirement, exclude: readonly Span[] = []): Range | undefined {
  const body = bodyLines(card);
  // Hugging Face front matter lists the training datasets of a model.
  if (req.anyOf.includes('training-data')) {
    const ds = card.frontMatter?.data?.datasets;
    if ((typeof ds === 'string' && ds.trim()) || (Array.isArray(ds) && ds.length)) return card.frontMatter!.keyRange('datasets');
  }
  // A dataset card's untitled opening paragraph describes the dataset.
  if (req.anyOf.includes('dataset-description')) {
    const firstSub = card.sections.find((x) => x.kind === 'heading' && x.level >= 2)?.headingRange.startOffset ?? card.text.length;
    const opening = body.find((l) => l.start < firstSub && !exclude.some(([s, e]) => l.start >= s && l.start < e) && /^[^|#>\-*+<]/.test(l.text) && l.text.split(/\s+/).length >= 8);
    if (opening) return firstLineRange(card, opening.start);
  }
  // A table row keyed by the concept: "| Task | Fall detection for ... |", "| Training data | MobiAct |".
  for (const l of body) {
    if (!l.text.startsWith('|') || exclude.some(([s, e]) => l.start >= s && l.start < e)) continue;
    const cells = l.text.split('|').map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2 || !/\p{L}{3}/u.test(cells.slice(1).join(' ')) || isPlaceholderText(cells.slice(1).join(' '))) continue;
    if (conceptsForHeading(cells[0]).some((c) => req.anyOf.includes(c))) return firstLineRange(card, l.start);
  }
  for (const concept of req.anyOf) {
    for (const re of STATEMENTS[concept] ?? []) {
      for (const l of body) {
        if (exclude.some(([s, e]) => l.start >= s && l.start < e)) continue;
        const m = re.exec(l.text);
        if (m) return firstLineRange(card, l.start);
      }
    }
  }
  return undefined;
}

/** English function words: a card where they are rare is written in another language. */
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'this', 'that', 'on', 'in', 'are', 'be', 'it', 'as', 'by', 'or', 'not', 'can', 'from', 'an', 'a', 'was', 'were', 'used', 'model', 'data']);

/**
 * Whether the card is written in English, as far as its prose tells (at least 4.5% English function words, which terse technical English still reaches
 * among 15 or more words). Headings and statements are read with English vocabulary; a card in another
 * language would only collect false "missing section" findings.
 */
export function readsAsEnglish(card: ParsedCard): boolean {
  // Prose only: tables, lists of figures and names carry no function words in any language.
  const words = bodyLines(card)
    .filter((l) => !/^[|<]/.test(l.text))
    .flatMap((l) => l.text.toLowerCase().match(/\p{L}+/gu) ?? []);
  if (words.length < 15) return true;
  return words.filter((w) => ENGLISH.has(w)).length / words.length >= 0.045;
}

/** The range of the line that starts at `start`: where a finding about a statement points. */
function firstLineRange(card: ParsedCard, start: number): Range {
  return card.lines.range(start, card.lines.lineEnd(card.lines.positionAt(start).line));
}

interface BodyLine {
  start: number;
  text: string;
}

const bodyCache = new WeakMap<ParsedCard, BodyLine[]>();

/**
 * The card's paragraphs that say something (per meaningfulTextIn), each with its offset, computed once per
 * card. A hard-wrapped sentence is one paragraph ("**Not** for real credit / decisions"); list items, table
 * rows and headings each stand alone.
 */
function bodyLines(card: ParsedCard): BodyLine[] {
  const hit = bodyCache.get(card);
  if (hit) return hit;
  const from = card.frontMatter ? card.frontMatter.range.endOffset : 0;
  const kept = new Set(meaningfulTextIn(card, from, card.text.length).split('\n'));
  const out: BodyLine[] = [];
  const code = codeSpans(card.text);
  let open: BodyLine | undefined;
  for (let l = card.frontMatter ? card.frontMatter.range.end.line + 1 : 0; l < card.lines.lineCount; l++) {
    const start = card.lines.lineStart(l);
    const raw = card.text.slice(start, card.lines.lineEnd(l)).trim();
    if (!raw || !kept.has(raw) || code.some(([s, e]) => start >= s && start < e)) {
      open = undefined;
      continue;
    }
    // Emphasis does not change what a sentence states: "**Not** for real credit decisions".
    const text = raw.replace(/\*\*|__|`/g, '');
    if (open && !BLOCK_START.test(raw)) {
      open.text += ` ${text}`;
      continue;
    }
    open = { start, text };
    out.push(open);
  }
  bodyCache.set(card, out);
  return out;
}

/** A line that starts a block of its own rather than continuing a paragraph. */
const BLOCK_START = /^(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}\s|\||>|<)/;

/** Fenced code blocks: examples and citations in code do not state anything about the release. */
function codeSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm)) out.push([m.index, m.index + m[0].length]);
  return out;
}
