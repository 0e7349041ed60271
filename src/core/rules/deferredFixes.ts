// Fixes built when they are asked for (a quick-fix menu, --fix, JSON/SARIF output), not while checking.
// Most findings are read and never fixed, and a fix's edits cost more than the finding itself: a card
// template, YAML insertion points. A deferred fix keeps only what it needs - the manifest's path and text,
// the catalogue and the values its rule hands it - never the unit, so a workspace of results does not
// hold every parsed manifest and card alive.
import type { Fix } from '../types';
import type { ParsedManifest } from '../manifest/model';
import { parseManifest } from '../manifest/parse';
import type { DomainCatalogue } from '../catalogue/model';
import { RecentCache } from '../recent';
import { defineHidden } from '../hidden';

/** What a fix builder may read: the manifest the check read (re-parsed from its text once it is gone) and the catalogue. */
export interface FixContext {
  manifest: ParsedManifest;
  catalogue: DomainCatalogue;
}

export type FixBuilder = (fc: FixContext) => Fix[];

/** A finding's fixes, built on first read. */
export type DeferredFixes = () => Fix[];

/**
 * One per checked manifest: its path and text, parsed again when the first of its fixes is asked for. The
 * same text parses to the same offsets, so the edits apply to the text the check read. (A weak reference
 * to the check's own parse would save that parse, but keeps young units alive through collections.)
 */
class FixSource {
  readonly #path: string;
  readonly #text: string;
  readonly #catalogue: DomainCatalogue;
  #context: FixContext | undefined;

  constructor(manifest: ParsedManifest, catalogue: DomainCatalogue) {
    this.#path = manifest.path;
    this.#text = manifest.text;
    this.#catalogue = catalogue;
  }

  get context(): FixContext {
    return (this.#context ??= { manifest: parseManifest(this.#path, this.#text), catalogue: this.#catalogue });
  }
}

const sources = new RecentCache<ParsedManifest, FixSource>();

/**
 * Fixes for a finding of the unit that `ctx` checks, built by `build` when first read. `build` must take
 * what it needs from its argument and from values it closes over, never from `ctx`: that is what lets the
 * unit be collected while its findings live on.
 */
export function deferFixes(ctx: { manifest: ParsedManifest; catalogue: DomainCatalogue }, build: FixBuilder): DeferredFixes {
  return thunk(sourceOf(ctx.manifest, ctx.catalogue), build);
}

// Closures made in one function share their variables: the thunk is made where nothing else is in scope,
// or it would keep `ctx` (and with it the whole unit) alive.
function sourceOf(manifest: ParsedManifest, catalogue: DomainCatalogue): FixSource {
  return sources.getOrSet(manifest, () => new FixSource(manifest, catalogue));
}

function thunk(source: FixSource, build: FixBuilder): DeferredFixes {
  return () => build(source.context);
}

/** Where a finding keeps its fix builder until the fixes are read: a hidden (non-enumerable) own property. */
const BUILDER = Symbol('deferred fixes');

interface Deferring {
  fixes?: Fix[];
  [BUILDER]?: DeferredFixes;
}

function settle(target: Deferring, value: Fix[] | undefined): Fix[] | undefined {
  Object.defineProperty(target, 'fixes', { value, writable: true, enumerable: true, configurable: true });
  delete target[BUILDER];
  return value;
}

// One getter and setter for every finding: V8 shares an object layout only between objects whose accessors
// are the same functions, and a closure per finding gave each finding a layout (and a slow path) of its own.
const FIXES_ACCESSOR: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Deferring) {
    const built = this[BUILDER]!();
    return settle(this, built.length ? built : undefined);
  },
  set(this: Deferring, value: Fix[] | undefined) {
    settle(this, value);
  },
};

/**
 * Give `target` a `fixes` property computed by `fixes` on first read and then kept as a plain value. The
 * property is an own, enumerable one, so spreading, JSON and deep equality see the fixes like any other
 * field; a finding with no fixes reads `undefined`, as before.
 */
export function attachDeferredFixes(target: { fixes?: Fix[] }, fixes: DeferredFixes): void {
  defineHidden(target, BUILDER, fixes);
  Object.defineProperty(target, 'fixes', FIXES_ACCESSOR);
}
