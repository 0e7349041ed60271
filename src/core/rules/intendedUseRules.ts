// Intended-use family: the release says what it is for, who it is for, what it is NOT for and
// its limitations - with real statements, not template stubs.
import type { Range, RelatedLocation } from '../types';
import type { CardConcept, CardSection, ParsedCard } from '../cards/model';
import { itemsOf } from '../cards/statements';
import { relativeTo } from '../paths';
import { ownMeaningfulText } from '../cards/parse';
import { PLACEHOLDER_FINDINGS_PER_FILE, isPlaceholderText } from '../cards/placeholders';
import { insertKey, replaceValue, yamlScalar } from '../manifest/edit';
import type { YamlPath } from '../manifest/model';
import type { Domain, DomainCatalogue } from '../catalogue/model';
import { boundedFindings, finding, metaFor, type Rule, type UnitContext } from './rule';
import { deferFixes } from './deferredFixes';
import { appendItems, bound, type ManifestString, declaredDomainIds, fieldRule, hasFilledEntry, isFilled, manifestFix, mentionedIn, stringsAt, useCard } from './riskShared';

const meta = metaFor('intended-use');

/** A field counts as absent when missing, null, "" or an empty list; stubs are use-placeholder's business. */
function isEmptyField(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return !v.some((x) => typeof x === 'string' && x.trim() !== '');
  return false;
}

const hasValue = (v: unknown): boolean => !isEmptyField(v);

/** One-line text from a card section, for fixes that carry the card's statement into the manifest. */
function cardStatement(ctx: UnitContext, concept: CardConcept): { text: string; path: string } | undefined {
  const card = useCard(ctx);
  const section = card?.section(concept);
  if (!card || !section) return undefined;
  const raw = ownMeaningfulText(card, section, [concept]);
  const flat = raw
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\*\*|__|`/g, '').trim())
    .filter(Boolean)
    .join(' ');
  if (!flat || isPlaceholderText(flat)) return undefined;
  const sentences = flat.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [flat];
  let text = '';
  for (const s of sentences) {
    if (text && (text + s).length > 300) break;
    text += s;
  }
  text = text.trim();
  if (text.length > 300) text = `${text.slice(0, 297).trimEnd()}...`;
  return { text, path: card.path };
}

/** A card section's list entries for a manifest list field, with where they stand, for fixes that copy them. */
interface CardList {
  items: string[];
  path: string;
  title: string;
  range: Range;
}

function cardList(ctx: UnitContext, pick: (card: ParsedCard) => CardSection | undefined, concepts: readonly CardConcept[]): CardList | undefined {
  const card = useCard(ctx);
  const section = card ? pick(card) : undefined;
  if (!card || !section) return undefined;
  const items = itemsOf(ownMeaningfulText(card, section, concepts)).filter((i) => !isPlaceholderText(i));
  return items.length ? { items, path: card.path, title: section.title, range: section.headingRange } : undefined;
}

/** "MODEL_CARD.md states them under "Out-of-Scope Use" (line 12)" and the matching related location. */
function cardPlace(ctx: UnitContext, from: CardList, what: string): { advice: string; related: RelatedLocation[] } {
  const at = `${relativeTo(ctx.dir, from.path)} states ${from.items.length === 1 ? 'one' : from.items.length} under "${from.title}" (line ${from.range.start.line + 1})`;
  return {
    advice: `; ${at}: the quick fix copies ${from.items.length === 1 ? 'it' : 'them'}`,
    related: [{ path: from.path, range: from.range, message: `The card states the ${what} here.` }],
  };
}

function pathLabel(p: YamlPath): string {
  return p.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
}

const summaryMissing = fieldRule(
  meta(
    'use-summary-missing',
    'error',
    'intended_use.summary states what the release is for.',
    'Without a statement of intended purpose nobody can tell a legitimate use from misuse, and the release cannot claim that a downstream use was never intended (EU AI Act Art. 13(3)(b)(i), Annex IV 1(a); Colorado SB 26-189 developer documentation). Add one or two sentences under intended_use.summary: the task, the input, and the setting it was built for.',
  ),
  ['intended_use', 'summary'],
  hasValue,
  (ctx, path) => {
    const from = cardStatement(ctx, 'intended-use');
    return {
      advice: `say in one or two sentences what the release is for (task, input, setting)${from ? `; the intended-use section of ${from.path} can be copied in` : ''}.`,
      fixes: from
        ? deferFixes(ctx, (fc) => manifestFix(fc, `Copy the intended use from ${from.path} into intended_use.summary`, false, replaceValue(fc.manifest, path, yamlScalar(from.text))))
        : [],
    };
  },
);

const usersMissing = fieldRule(
  meta(
    'use-users-missing',
    'warning',
    'intended_use.users names who the release is for.',
    'Naming the intended users (researchers, developers, clinicians under supervision, ...) tells deployers whether their setting was foreseen. Add a list under intended_use.users.',
  ),
  ['intended_use', 'users'],
  hasValue,
  (ctx, path) => {
    // "Primary intended users" (Mitchell), "**Intended users:**", "Who is it for?".
    const from = cardList(ctx, (card) => card.sections.find((s) => s.concepts.includes('intended-use') && /\b(?:users?|audience|who\b)/i.test(s.title)), ['intended-use']);
    const place = from ? cardPlace(ctx, from, 'intended users') : undefined;
    const dir = ctx.dir;
    const research = ctx.manifest.get(['release', 'purpose']) === 'research';
    return {
      advice: `list who the release is for, e.g. [researchers, developers]${place ? place.advice : ''}.`,
      related: place?.related,
      fixes: deferFixes(ctx, (fc) => [
        ...(from ? manifestFix(fc, `Copy the intended users from ${relativeTo(dir, from.path)} into intended_use.users`, false, appendItems(fc, path, from.items)) : []),
        ...(research ? manifestFix(fc, 'Add researchers as intended users', false, replaceValue(fc.manifest, path, '[researchers]')) : []),
      ]),
    };
  },
);

/** High-risk domains the release does not declare, in catalogue order. */
function undeclaredHighRisk(ctx: UnitContext): Domain[] {
  const declared = declaredDomainIds(ctx);
  return ctx.catalogue.domains.filter((d) => d.tier === 'high-risk' && !declared.has(d.id));
}

function outOfScopeText(d: Domain): string {
  return d.outOfScopeText ?? `${d.title.toLowerCase()} decisions`;
}

const outOfScopeMissing = fieldRule(
  meta(
    'use-out-of-scope-missing',
    'error',
    'intended_use.out_of_scope lists uses the release is not for.',
    'An explicit out-of-scope list is what protects an open release when someone deploys it in a consequential setting: it shows the use was never intended, and it is the statement the research safe harbor relies on. List at least the high-risk settings (EU AI Act Annex III areas) the release does not claim. The fix inserts one entry per undeclared high-risk domain of the catalogue.',
  ),
  ['intended_use', 'out_of_scope'],
  hasValue,
  (ctx, path) => {
    const domains = undeclaredHighRisk(ctx);
    const items = domains.map(outOfScopeText);
    const dir = ctx.dir;
    const from = cardList(ctx, (card) => card.section('out-of-scope-use'), ['out-of-scope-use']);
    const place = from ? cardPlace(ctx, from, 'out-of-scope uses') : undefined;
    return {
      advice: `list the uses the release is not for, at least the high-risk settings it does not claim (${domains.slice(0, 3).map((d) => d.title.toLowerCase()).join('; ')}${domains.length > 3 ? `; and ${domains.length - 3} more` : ''})${place ? place.advice : ''}.`,
      related: place?.related,
      fixes: deferFixes(ctx, (fc) => {
        const m = fc.manifest;
        const edits = m.has(path) ? appendItems(fc, path, items) : insertKey(m, ['intended_use'], 'out_of_scope', items.map((i) => `- ${yamlScalar(i)}`).join('\n'));
        return [
          // The card's own words first: they are what the release already says it is not for.
          ...(from ? manifestFix(fc, `Copy the out-of-scope uses from ${relativeTo(dir, from.path)} into intended_use.out_of_scope`, true, appendItems(fc, path, from.items), true) : []),
          ...manifestFix(fc, 'Add intended_use.out_of_scope listing undeclared high-risk settings', !from, edits, !from),
        ];
      }),
    };
  },
);

const limitationsMissing = fieldRule(
  meta(
    'use-limitations-missing',
    'warning',
    'intended_use.limitations states known limitations.',
    'Known limitations (languages, domains, failure modes, groups it performs worse on) are part of the information deployers need (EU AI Act Art. 13(3)(b)(iii); Colorado SB 26-189 known limitations). Add a list under intended_use.limitations.',
  ),
  ['intended_use', 'limitations'],
  hasValue,
  (ctx, path) => {
    const from = cardStatement(ctx, 'limitations') ?? cardStatement(ctx, 'bias-risks');
    const card = useCard(ctx);
    const section = card ? (card.section('limitations') ?? card.section('bias-risks')) : undefined;
    const place = from && section ? { path: from.path, range: section.headingRange, title: section.title } : undefined;
    return {
      advice: `list known limitations (languages, data, failure modes, groups it performs worse on)${place ? `; ${relativeTo(ctx.dir, place.path)} states them under "${place.title}" (line ${place.range.start.line + 1}): the quick fix copies them` : ''}.`,
      related: place ? [{ path: place.path, range: place.range, message: 'The card states the limitations here.' }] : undefined,
      fixes: from
        ? deferFixes(ctx, (fc) => manifestFix(fc, `Copy the limitations from ${from.path} into intended_use.limitations`, false, replaceValue(fc.manifest, path, `[${yamlScalar(from.text)}]`)))
        : [],
    };
  },
);

const placeholder: Rule = {
  meta: meta(
    'use-placeholder',
    'warning',
    'Intended-use statements are not template stubs.',
    'A value such as TODO, TBD, "[More Information Needed]", lorem ipsum or {{ template }} looks filled in but says nothing, and counts as missing. Replace it with a real statement.',
  ),
  check(ctx) {
    const stubs = ['summary', 'users', 'out_of_scope', 'limitations'].flatMap((key) => stringsAt(ctx, ['intended_use', key]).filter((s) => isPlaceholderText(s.value)));
    const quote = (s: ManifestString) => `"${s.value.trim().slice(0, 40)}"`;
    return boundedFindings(
      stubs,
      PLACEHOLDER_FINDINGS_PER_FILE,
      (s) => finding(this.meta, ctx.manifest.path, s.range, `${pathLabel(s.path)} is a placeholder (${quote(s)}): replace it with a real statement; a stub counts as missing.`),
      (s, n) =>
        finding(this.meta, ctx.manifest.path, s.range, `${n} more intended-use values are placeholders from ${pathLabel(s.path)} (${quote(s)}) on; only the first ${PLACEHOLDER_FINDINGS_PER_FILE} are listed one by one. Replace them with real statements; a stub counts as missing.`),
    );
  },
};

const coverageCache = new WeakMap<DomainCatalogue, readonly (readonly [Domain, readonly string[]])[]>();

/** Each domain with its id, aliases and coverage keywords as lower-case words, once per catalogue. */
function coverageKeys(catalogue: DomainCatalogue): readonly (readonly [Domain, readonly string[]])[] {
  let c = coverageCache.get(catalogue);
  if (!c) {
    c = catalogue.domains.map((d) => [d, [d.id, ...d.aliases, ...(d.coverageKeywords ?? [])].map((a) => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim())] as const);
    coverageCache.set(catalogue, c);
  }
  return c;
}

/** A blanket exclusion covers every high-risk domain: "any high-risk setting (EU AI Act Annex III)". */
const BLANKET = /high[\s-]?risk|annex\s+iii/i;

const outOfScopeIncomplete: Rule = {
  meta: meta(
    'use-out-of-scope-incomplete',
    'info',
    'intended_use.out_of_scope covers the high-risk settings the release does not claim.',
    'An out-of-scope list that names some settings but not others reads as if the others were intended. Add the missing high-risk domains, or one blanket entry such as "deployment in high-risk settings (EU AI Act Annex III areas)".',
  ),
  check(ctx) {
    const m = ctx.manifest;
    const path = ['intended_use', 'out_of_scope'];
    const entries = stringsAt(ctx, path).filter((s) => isFilled(s.value));
    if (!entries.length || !hasFilledEntry(m.get(path))) return [];
    if (entries.some((e) => BLANKET.test(e.value))) return [];
    const covered = new Set<string>();
    for (const e of entries) {
      // Ids, aliases and coverage keywords written as words: "hiring", "credit", "law enforcement", "job candidates".
      const words = ` ${e.value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      for (const [d, keys] of coverageKeys(ctx.catalogue)) {
        if (keys.some((k) => k.length > 2 && words.includes(` ${k} `))) covered.add(d.id);
      }
    }
    const undeclared = undeclaredHighRisk(ctx);
    // Phrase detection costs far more than the word lookups: only for what the words left uncovered.
    if (undeclared.some((d) => !covered.has(d.id))) for (const e of entries) for (const id of mentionedIn(ctx, e.value)) covered.add(id);
    const missing = undeclared.filter((d) => !covered.has(d.id));
    if (!missing.length) return [];
    return [
      finding(
        this.meta,
        m.path,
        m.keyRange(path) ?? m.rangeFor(path),
        `intended_use.out_of_scope does not mention ${missing.length} high-risk setting${missing.length > 1 ? 's' : ''} the release does not claim: ${missing.map((d) => d.title.toLowerCase()).join('; ')}. Add them, or one entry excluding deployment in high-risk settings.`,
        {
          fixes: deferFixes(ctx, (fc) => [
            ...manifestFix(fc, `Add ${missing.length} high-risk setting${missing.length > 1 ? 's' : ''} to intended_use.out_of_scope`, false, appendItems(fc, path, missing.map(outOfScopeText))),
            ...manifestFix(fc, 'Add a blanket high-risk exclusion to intended_use.out_of_scope', false, appendItems(fc, path, ['deployment in high-risk settings (EU AI Act Annex III areas) without further assessment'])),
          ]),
        },
      ),
    ];
  },
};

export const INTENDED_USE_RULES: Rule[] = bound([summaryMissing, usersMissing, outOfScopeMissing, limitationsMissing, placeholder, outOfScopeIncomplete]);
