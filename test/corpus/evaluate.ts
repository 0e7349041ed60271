// Measures the rules that read free text on the labelled corpus (see ./LABELLING.md): card-section
// findings (doc-section-missing, doc-section-empty) on real cards, and undeclared-use findings
// (risk-undeclared-use) on real cards and on written statements placed in a manifest and in a card.
// Deterministic: the same corpus and code give the same figures. Used by `npm run eval` and by the
// floor tests in test/unit/corpus.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MemoryFileSystem } from '../../src/core/fs';
import { checkUnit } from '../../src/core/engine/check';
import { loadCatalogue } from '../../src/core/catalogue/catalogue';
import { REQUIRED_CONCEPTS, type CardKind } from '../../src/core/cards/concepts';
import type { Finding } from '../../src/core/types';

export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'test', 'corpus');

export type SectionStatus = 'present' | 'placeholder' | 'missing';
export type DomainLabel = 'use' | 'excluded' | 'unclear';

export interface CardEntry {
  id: string;
  kind: CardKind;
  template?: string;
  source: { repo: string; path: string; commit?: string; license?: string };
  stored: boolean;
  sections: Record<string, { status: SectionStatus; where?: string; quote?: string }>;
  domains?: Record<string, DomainLabel>;
}

export interface Statement {
  id: string;
  text: string;
  label: 'use' | 'excluded' | 'mention' | 'benign';
  domain: string;
  also?: string[];
}

/** Requirement keys in the labels -> the requirement's preferred concept in REQUIRED_CONCEPTS. */
const REQUIREMENT_KEYS: Record<string, string> = { 'bias-risks-limitations': 'bias-risks' };

export function loadCards(dir = join(CORPUS_DIR, 'cards')): { entry: CardEntry; text: string | undefined; batch: string }[] {
  const out: { entry: CardEntry; text: string | undefined; batch: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const list = (parse(readFileSync(join(dir, f), 'utf8')) ?? []) as CardEntry[];
    for (const entry of list) {
      const p = join(dir, 'texts', `${entry.id}.md`);
      out.push({ entry, text: entry.stored && existsSync(p) ? readFileSync(p, 'utf8') : undefined, batch: f.replace(/\.yaml$/, '') });
    }
  }
  return out;
}

export function loadStatements(file = join(CORPUS_DIR, 'statements', 'statements.yaml')): Statement[] {
  return (parse(readFileSync(file, 'utf8')) ?? []) as Statement[];
}

// ---------------------------------------------------------------------------------------------------

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
export const precision = (c: Counts): number => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts): number => ratio(c.tp, c.tp + c.fn);

function add(into: Counts, c: Partial<Counts>): void {
  into.tp += c.tp ?? 0;
  into.fp += c.fp ?? 0;
  into.fn += c.fn ?? 0;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export interface Disagreement {
  rule: string;
  item: string;
  expected: string;
  got: string;
  detail?: string;
}

export interface EvalResult {
  sections: Counts;
  sectionsByKind: Record<string, Counts>;
  /** Card-section counts per batch file (cards/<batch>.yaml), to tell in-sample from newer batches. */
  sectionsByBatch: Record<string, Counts>;
  /** Undeclared-use findings, per placement ("manifest", "card" for statements; "real cards"). */
  uses: Record<string, Counts>;
  usesByDomain: Record<string, Counts>;
  disagreements: Disagreement[];
  cardsScored: number;
  statementsScored: number;
  unclearSkipped: number;
}

const catalogue = loadCatalogue();
const domainByTitle = new Map(catalogue.domains.map((d) => [d.title.toLowerCase(), d.id]));

/** The domain an undeclared-use finding names (its message says "describes a <title> use"). */
function findingDomain(f: Finding): string | undefined {
  const m = /describes an? (.+?) use(?: \(.*?\))? that/.exec(f.message);
  return m ? domainByTitle.get(m[1].toLowerCase()) : undefined;
}

const NEUTRAL_SUMMARY = 'A release under evaluation.';

function manifestYaml(opts: { artifact: string; summary: string; card?: { role: 'model_card' | 'data_card'; path: string } }): string {
  const lines = [
    'manifest_version: 1',
    'name: corpus-probe',
    'version: 1.0.0',
    `artifact: ${opts.artifact}`,
    'license: Apache-2.0',
  ];
  if (opts.card) lines.push('documentation:', `  ${opts.card.role}: ${opts.card.path}`);
  lines.push('intended_use:', `  summary: ${JSON.stringify(opts.summary)}`, 'deployment:', '  role: developer', '  contexts: [general]');
  return lines.join('\n') + '\n';
}

async function findingsFor(files: Record<string, string>): Promise<Finding[]> {
  const result = await checkUnit(new MemoryFileSystem(files), 'release-manifest.yaml');
  return result.findings;
}

/** Requirement label in a section finding's message -> its key in the labels. */
function requirementKeys(kind: CardKind, f: Finding): string[] {
  const keys: string[] = [];
  for (const req of REQUIRED_CONCEPTS[kind]) {
    if (f.message.includes(`section on ${req.label}.`) || new RegExp(`says nothing about (?:[^:]*? or )?${req.label.replace(/[()]/g, '\\$&')}(?: or |:)`).test(f.message)) {
      keys.push(Object.entries(REQUIREMENT_KEYS).find(([, v]) => v === req.preferred)?.[0] ?? req.preferred);
    }
  }
  return keys;
}

export async function evaluate(opts: { statements?: Statement[]; cards?: ReturnType<typeof loadCards> } = {}): Promise<EvalResult> {
  const r: EvalResult = {
    sections: zero(),
    sectionsByKind: {},
    sectionsByBatch: {},
    uses: { 'statements in a manifest': zero(), 'statements in a card': zero(), 'real cards': zero() },
    usesByDomain: {},
    disagreements: [],
    cardsScored: 0,
    statementsScored: 0,
    unclearSkipped: 0,
  };
  const byDomain = (d: string) => (r.usesByDomain[d] ??= zero());

  const scoreUses = (placement: string, item: string, expected: Set<string>, ignored: Set<string>, got: Finding[], countFalse = true) => {
    const found = new Map<string, Finding>();
    for (const f of got) {
      const d = findingDomain(f);
      if (d && !found.has(d)) found.set(d, f);
    }
    const hit = [...found.keys()].some((d) => expected.has(d));
    if (expected.size) {
      const primary = [...expected][0];
      if (hit) {
        add(r.uses[placement], { tp: 1 });
        add(byDomain(primary), { tp: 1 });
      } else {
        add(r.uses[placement], { fn: 1 });
        add(byDomain(primary), { fn: 1 });
        r.disagreements.push({ rule: 'risk-undeclared-use', item: `${placement}: ${item}`, expected: `use (${[...expected].join(' or ')})`, got: found.size ? [...found.keys()].join(', ') : 'no finding' });
      }
    }
    for (const [d, f] of found) {
      if (!countFalse || expected.has(d) || ignored.has(d)) continue;
      add(r.uses[placement], { fp: 1 });
      add(byDomain(d), { fp: 1 });
      r.disagreements.push({ rule: 'risk-undeclared-use', item: `${placement}: ${item}`, expected: expected.size ? `use (${[...expected].join(' or ')})` : 'no use', got: d, detail: f.message.slice(0, 160) });
    }
  };

  for (const s of opts.statements ?? loadStatements()) {
    r.statementsScored++;
    const expected = new Set(s.label === 'use' ? [s.domain, ...(s.also ?? [])] : []);
    const inManifest = await findingsFor({ 'release-manifest.yaml': manifestYaml({ artifact: 'model', summary: s.text }) });
    scoreUses('statements in a manifest', `${s.id} "${s.text}"`, expected, new Set(), inManifest.filter((f) => f.ruleId === 'risk-undeclared-use'));
    const card = `# Model Card for corpus-probe\n\n## Uses\n\n${s.text}\n`;
    const inCard = await findingsFor({
      'release-manifest.yaml': manifestYaml({ artifact: 'model', summary: NEUTRAL_SUMMARY, card: { role: 'model_card', path: 'MODEL_CARD.md' } }),
      'MODEL_CARD.md': card,
    });
    scoreUses('statements in a card', `${s.id} "${s.text}"`, expected, new Set(), inCard.filter((f) => f.ruleId === 'risk-undeclared-use' && f.path === 'MODEL_CARD.md'));
  }

  for (const { entry, text, batch } of opts.cards ?? loadCards()) {
    if (text === undefined) continue;
    r.cardsScored++;
    const kind = entry.kind;
    const role = kind === 'model-card' ? 'model_card' : 'data_card';
    const findings = await findingsFor({
      'release-manifest.yaml': manifestYaml({ artifact: kind === 'model-card' ? 'model' : 'dataset', summary: NEUTRAL_SUMMARY, card: { role, path: 'CARD.md' } }),
      'CARD.md': text,
    });
    // Sections: a finding claims a gap; the label says whether there is one. A card that doc-empty finds
    // empty (only headings, comments, placeholders and template text) claims every gap at once.
    const claimed = new Map<string, Finding>();
    const empty = findings.find((f) => f.path === 'CARD.md' && f.ruleId === 'doc-empty');
    if (empty) for (const key of Object.keys(entry.sections ?? {})) claimed.set(key, empty);
    for (const f of findings) {
      if (f.path !== 'CARD.md' || (f.ruleId !== 'doc-section-missing' && f.ruleId !== 'doc-section-empty')) continue;
      if (f.severity === 'info') continue;
      for (const k of requirementKeys(kind, f)) claimed.set(k, f);
    }
    const kindCounts = (r.sectionsByKind[kind] ??= zero());
    const batchCounts = (r.sectionsByBatch[batch] ??= zero());
    for (const [key, label] of Object.entries(entry.sections ?? {})) {
      const gap = label.status !== 'present';
      const f = claimed.get(key);
      const c: Partial<Counts> = f && gap ? { tp: 1 } : f ? { fp: 1 } : gap ? { fn: 1 } : {};
      add(r.sections, c);
      add(kindCounts, c);
      add(batchCounts, c);
      if (f && !gap) r.disagreements.push({ rule: f.ruleId, item: `${entry.id} ${key}`, expected: `present (${label.where ?? ''}${label.quote ? `: "${label.quote}"` : ''})`, got: f.ruleId, detail: f.message.slice(0, 140) });
      if (!f && gap) r.disagreements.push({ rule: 'doc-section-*', item: `${entry.id} ${key}`, expected: `${label.status}${label.where ? ` (${label.where})` : ''}`, got: 'no finding' });
    }
    // Domains in real cards.
    const expected = new Set<string>();
    const ignored = new Set<string>();
    for (const [d, l] of Object.entries(entry.domains ?? {})) {
      if (l === 'use') expected.add(d);
      if (l === 'unclear') {
        ignored.add(d);
        r.unclearSkipped++;
      }
    }
    const useFindings = findings.filter((f) => f.ruleId === 'risk-undeclared-use' && f.path === 'CARD.md');
    // Each labelled use is scored on its own; a card can describe several.
    for (const d of expected) scoreUses('real cards', entry.id, new Set([d]), ignored, useFindings, false);
    scoreUses('real cards', entry.id, new Set(), new Set([...expected, ...ignored]), useFindings);
  }
  return r;
}
