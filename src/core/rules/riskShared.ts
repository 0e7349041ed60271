// Helpers shared by the intended-use, high-risk, responsibility and licensing rules.
import type { Finding, Fix, Range, RelatedLocation, RuleMeta, TextEdit } from '../types';
import type { YamlPath } from '../manifest/model';
import type { Citation, Domain, LicenseRestriction, SafeguardId } from '../catalogue/model';
import type { ParsedCard } from '../cards/model';
import { citationLabels } from '../catalogue/catalogue';
import { mentionedDomains } from '../catalogue/detect';
import { isPlaceholderText } from '../cards/placeholders';
import { appendToSequence, insertKey, replaceValue, yamlScalar } from '../manifest/edit';
import type { DeferredFixes } from './deferredFixes';
import { finding, type Rule, type UnitContext } from './rule';
import { RecentCache } from '../recent';

export const INDICATORS = 'Sources are indicators, not legal verdicts';

export interface ManifestString {
  value: string;
  path: YamlPath;
  range: Range;
}

/** A ManifestString whose range is looked up when first read: most strings are checked, few are reported. */
class LocatedString implements ManifestString {
  #range: Range | undefined;

  constructor(
    private readonly manifest: UnitContext['manifest'],
    readonly value: string,
    readonly path: YamlPath,
  ) {}

  get range(): Range {
    return (this.#range ??= this.manifest.rangeFor(this.path));
  }
}

/** The string(s) at a path that may hold one string or a list of strings. */
export function stringsAt(ctx: UnitContext, path: YamlPath): ManifestString[] {
  const m = ctx.manifest;
  const v = m.get(path);
  if (typeof v === 'string') return [new LocatedString(m, v, path)];
  if (!Array.isArray(v)) return [];
  const out: ManifestString[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string') out.push(new LocatedString(m, item, [...path, i]));
  });
  return out;
}

/** A string value that says something: not empty, not a placeholder. */
export function isFilled(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '' && !isPlaceholderText(v);
}

/** Whether a list field holds at least one filled entry (a single string counts too). */
export function hasFilledEntry(v: unknown): boolean {
  if (isFilled(v)) return true;
  return Array.isArray(v) && v.some((x) => isFilled(x));
}

export interface DeclaredContext extends ManifestString {
  domain: Domain | undefined;
}

class LocatedContext extends LocatedString implements DeclaredContext {
  constructor(
    manifest: UnitContext['manifest'],
    value: string,
    path: YamlPath,
    readonly domain: Domain | undefined,
  ) {
    super(manifest, value, path);
  }
}

/**
 * Values several rules derive from the same unit (declared contexts, detection scans, ...), computed once
 * per check instead of once per rule. Keyed by the context object and dropped as soon as the manifest,
 * catalogue or options it was derived from are no longer the context's own.
 */
export interface UnitMemo {
  manifest: UnitContext['manifest'];
  catalogue: UnitContext['catalogue'];
  options: UnitContext['options'];
  extraPhrases: UnitContext['options']['extraPhrases'];
  values: Map<string, unknown>;
}

/** Strong references to the last few contexts, not a WeakMap: contexts must die young (see ../recent.ts). */
const memos = new RecentCache<UnitContext, UnitMemo>();

/** The value `key` derived from the context by `compute`, computed once per context (see UnitMemo). */
export function memoized<T>(ctx: UnitContext, key: string, compute: () => T): T {
  let m = memos.get(ctx);
  if (!m || m.manifest !== ctx.manifest || m.catalogue !== ctx.catalogue || m.options !== ctx.options || m.extraPhrases !== ctx.options.extraPhrases) {
    m = { manifest: ctx.manifest, catalogue: ctx.catalogue, options: ctx.options, extraPhrases: ctx.options.extraPhrases, values: new Map() };
    memos.set(ctx, m);
  }
  if (m.values.has(key)) return m.values.get(key) as T;
  const v = compute();
  m.values.set(key, v);
  return v;
}

function declaredContextList(ctx: UnitContext): readonly DeclaredContext[] {
  return memoized(ctx, 'declaredContexts', () =>
    stringsAt(ctx, ['deployment', 'contexts']).map((s) => new LocatedContext(ctx.manifest, s.value, s.path, ctx.catalogue.domainFor(s.value))),
  );
}

/** mentionedDomains of a text, once per text and check (out_of_scope entries are read by several rules). */
export function mentionedIn(ctx: UnitContext, text: string): ReadonlySet<string> {
  const byText = memoized(ctx, 'mentionedDomains', () => new Map<string, ReadonlySet<string>>());
  let ids = byText.get(text);
  if (!ids) {
    ids = mentionedDomains(text, ctx.catalogue);
    byText.set(text, ids);
  }
  return ids;
}

export function declaredContexts(ctx: UnitContext): DeclaredContext[] {
  // A fresh array each call (callers filter it); the entries are shared and never modified.
  return [...declaredContextList(ctx)];
}

/** Declared domain ids (any tier). */
export function declaredDomainIds(ctx: UnitContext): Set<string> {
  const ids = new Set<string>();
  for (const c of declaredContextList(ctx)) if (c.domain) ids.add(c.domain.id);
  return ids;
}

export function safeguardFilled(ctx: UnitContext, id: SafeguardId): boolean {
  return isFilled(ctx.manifest.get(['safeguards', id]));
}

/** A licence use restriction that applies to this release, and what carries it. */
export interface RestrictionSource {
  restriction: LicenseRestriction;
  /** What carries it: "license <id>", "base_model_license <id>", or "base_model <name>". */
  via: string;
}

/** A restriction's licence ids in lower case, once per restriction (catalogue data lives as long as the process). */
const lowerIds = new WeakMap<LicenseRestriction, ReadonlySet<string>>();
function lowerLicenseIds(r: LicenseRestriction): ReadonlySet<string> {
  let ids = lowerIds.get(r);
  if (!ids) lowerIds.set(r, (ids = new Set(r.licenseIds.map((x) => x.toLowerCase()))));
  return ids;
}

/** The licence use restrictions (OpenRAIL-M, Llama AUP, ...) the release's licence or its base model carries. */
export function restrictionSources(ctx: UnitContext): readonly RestrictionSource[] {
  return memoized(ctx, 'restrictionSources', () => {
    const m = ctx.manifest;
    const out: RestrictionSource[] = [];
    const license = m.get(['license']);
    const baseLicense = m.get(['base_model_license']);
    const baseModels = stringsAt(ctx, ['base_model']).map((s) => s.value);
    for (const r of ctx.catalogue.licenseRestrictions ?? []) {
      const ids = lowerLicenseIds(r);
      if (typeof license === 'string' && ids.has(license.trim().toLowerCase())) out.push({ restriction: r, via: `license ${license}` });
      else if (typeof baseLicense === 'string' && ids.has(baseLicense.trim().toLowerCase())) out.push({ restriction: r, via: `base_model_license ${baseLicense}` });
      else if (typeof baseLicense !== 'string') {
        // Without a declared base_model_license, recognise well-known model families by name tokens
        // ("meta-llama/Llama-3.1-8B" yes, "TinyLlama" no).
        const hit = baseModels.find((b) => {
          const norm = `-${b.toLowerCase().replace(/[/_.\s]+/g, '-')}-`;
          return r.baseModelPatterns.some((p) => norm.includes(`-${p.toLowerCase()}-`));
        });
        if (hit) out.push({ restriction: r, via: `base_model ${hit}` });
      }
    }
    return out;
  });
}

/**
 * The domain's citations that apply to this release: a licence's use restriction (a citation with
 * `licenseRestriction`) only when the release's licence or its base model carries that restriction; laws
 * always.
 */
export function applicableCitations(ctx: UnitContext, domain: Domain): Citation[] {
  if (!domain.citations.some((c) => c.licenseRestriction)) return domain.citations;
  const carried = new Set(restrictionSources(ctx).map((s) => s.restriction.id));
  return domain.citations.filter((c) => !c.licenseRestriction || carried.has(c.licenseRestriction));
}

/** Labels of the domain's citations that apply to this release, each with its application date. */
export function domainCitations(ctx: UnitContext, domain: Domain): string[] {
  return citationLabels(applicableCitations(ctx, domain));
}

export function manifestFix(ctx: Pick<UnitContext, 'manifest'>, title: string, safe: boolean, edits: TextEdit[], preferred = false): Fix[] {
  if (!edits.length) return [];
  const fix: Fix = { title, safe, changes: [{ kind: 'edit', path: ctx.manifest.path, edits }] };
  if (preferred) fix.preferred = true;
  return [fix];
}

/**
 * A rule that asks for one manifest field: silent while `present(value)` holds, else one finding
 * "<path> is empty|missing: <advice>" at the value or, when the key is absent, where it would go.
 */
export function fieldRule(
  meta: RuleMeta,
  path: YamlPath,
  present: (value: unknown) => boolean,
  explain: (ctx: UnitContext, path: YamlPath) => { advice: string; fixes: Fix[] | DeferredFixes; related?: RelatedLocation[] },
): Rule {
  return {
    meta,
    check(ctx): Finding[] {
      const m = ctx.manifest;
      if (present(m.get(path))) return [];
      const { advice, fixes, related } = explain(ctx, path);
      return [finding(meta, m.path, m.rangeFor(path), `${path.join('.')} is ${m.has(path) ? 'empty' : 'missing'}: ${advice}`, { fixes, ...(related?.length ? { related } : {}) })];
    },
  };
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The card that describes the release's uses: the model card, else a Hugging Face card in README front matter. */
export function useCard(ctx: UnitContext): ParsedCard | undefined {
  const mc = ctx.documents.model_card;
  if (mc?.state === 'ok' && mc.card) return mc.card;
  const dc = ctx.documents.data_card;
  if (dc?.state === 'ok' && dc.card) return dc.card;
  const rd = ctx.documents.readme;
  if (rd?.state === 'ok' && rd.card?.frontMatter) return rd.card;
  return undefined;
}

/** Edits that add several items to the list at a path, in order, as one change. */
export function appendItems(ctx: Pick<UnitContext, 'manifest'>, path: YamlPath, items: readonly string[]): TextEdit[] {
  const m = ctx.manifest;
  if (!items.length) return [];
  const flow = `[${items.map(yamlScalar).join(', ')}]`;
  if (!m.has(path)) {
    const key = path[path.length - 1];
    if (typeof key !== 'string') return [];
    return insertKey(m, path.slice(0, -1), key, items.map((i) => `- ${yamlScalar(i)}`).join('\n'));
  }
  const v = m.get(path);
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return replaceValue(m, path, flow);
  if (typeof v === 'string') {
    const old = m.text.slice(m.valueRange(path)!.startOffset, m.valueRange(path)!.endOffset);
    return replaceValue(m, path, `[${[old, ...items.map(yamlScalar)].join(', ')}]`);
  }
  if (!Array.isArray(v)) return [];
  const parts = items.map((i) => appendToSequence(m, path, yamlScalar(i)));
  // Each append is computed on the original text at the same insertion point: concatenate them.
  if (parts.every((p) => p.length === 1 && p[0].startOffset === parts[0][0].startOffset && p[0].endOffset === p[0].startOffset)) {
    return [{ startOffset: parts[0][0].startOffset, endOffset: parts[0][0].endOffset, newText: parts.map((p) => p[0].newText).join('') }];
  }
  return parts[0];
}

/** Rules here use `this.meta`; bind so `const { check } = rule` works too. */
export function bound(rules: readonly Rule[]): Rule[] {
  return rules.map((r) => ({ meta: r.meta, check: r.check.bind(r) }));
}
