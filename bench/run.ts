// Benchmark (not a timed test): figures are ratios against a reference measured in the same run, so
// they mean the same on a laptop and on a CI runner.
//   (a) checking release units vs. the bare `yaml` parseDocument of the same manifests;
//   (b) checking cards (parseCard + documentation rules) vs. markdownlint with only MD043.
// Run: npm run bench
import { parseDocument } from 'yaml';
import MarkdownIt from 'markdown-it';
import { MemoryFileSystem } from '../src/core/fs';
import { checkUnit, checkWorkspace, loadUnit } from '../src/core/engine/check';
import { ALL_RULES } from '../src/core/rules/registry';
import { parseManifest } from '../src/core/manifest/parse';
import { parseCard } from '../src/core/cards/parse';
import { DEFAULT_CATALOGUE } from '../src/core/catalogue/catalogue';
import { DOCUMENTATION_RULES } from '../src/core/rules/documentationRules';
import { DOCUMENT_ROLES, type DocumentRole, type DocumentSlot, type UnitContext } from '../src/core/rules/rule';
import { runScaleBench } from './scale';

const WARMUP = 3;
/**
 * Warm-up time per measurement. V8 tiers a function up to its optimising compiler only after many calls:
 * the check runs a few hundred functions, a bare parse a few dozen, so a short warm-up measures the check
 * half-compiled (a 0.3 s warm-up gave 1.56x-1.77x for one unit where two or three seconds give
 * 1.33x-1.40x, with the parse itself unchanged). Two seconds lets both settle.
 */
const WARMUP_MS = 2000;
const RUNS = 9;
const GOAL_RULES = 1.3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * Median times of `ours` and `reference`, measured in alternation (ours, reference, reference, ours, ...)
 * so that load from other processes and garbage collection weigh on both alike. Each sample runs the
 * function `batch` times: a single manifest takes well under a millisecond, and one call per sample
 * would measure timer granularity and stray pauses rather than the check. Returns per-call times.
 */
async function timePair(
  ours: () => unknown | Promise<unknown>,
  reference: () => unknown | Promise<unknown>,
  batch = 1,
): Promise<{ ours: number; reference: number }> {
  const sample = async (fn: () => unknown | Promise<unknown>): Promise<number> => {
    const t = process.hrtime.bigint();
    for (let b = 0; b < batch; b++) await fn();
    return Number(process.hrtime.bigint() - t) / 1e6 / batch;
  };
  const warmStart = Date.now();
  for (let i = 0; i < WARMUP || (Date.now() - warmStart < WARMUP_MS && i < 100000); i++) {
    await sample(ours);
    await sample(reference);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      a.push(await sample(ours));
      b.push(await sample(reference));
    } else {
      b.push(await sample(reference));
      a.push(await sample(ours));
    }
  }
  return { ours: median(a), reference: median(b) };
}

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  // Warm up by count and by time, so a single small unit is measured after the JIT settled.
  const warmStart = Date.now();
  for (let i = 0; i < WARMUP || (Date.now() - warmStart < WARMUP_MS && i < 100000); i++) await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(runs);
}

// ---------------------------------------------------------------- corpora

const CONTEXTS = [['research'], ['hiring'], ['general-purpose'], ['healthcare', 'research'], ['credit scoring']];

/** A realistic manifest, varied by i: comments, nested maps, lists, block scalars. */
function manifest(i: number): string {
  const ctx = CONTEXTS[i % CONTEXTS.length];
  return `# Release manifest ${i}
manifest_version: 1
name: model-${i}
version: 1.${i % 10}.0
artifact: ${i % 4 === 0 ? 'dataset' : 'model'}
license: ${i % 3 === 0 ? 'MIT' : 'Apache-2.0'}
base_model: upstream/base-${i % 7}
release:
  purpose: ${i % 2 ? 'research' : 'commercial'}
  non_commercial: ${i % 2 === 1}
  weights_public: true
documentation:
  readme: README.md
  model_card: MODEL_CARD.md
  license_file: LICENSE
intended_use:
  summary: >-
    Classifies short English texts for experiment ${i}; a research baseline for
    measuring domain shift between review corpora.
  users: [researchers, students]
  out_of_scope:
    - medical diagnosis
    - screening job candidates
    - credit scoring
    - deployment in any high-risk setting
  limitations:
    - English only
    - weak on sarcasm
deployment:
  role: ${i % 3 === 0 ? 'deployer' : 'developer'}
  contexts: [${ctx.join(', ')}]
safeguards:
  incident_contact: security@example.org
  human_oversight: A reviewer confirms every decision before it takes effect.
`;
}

const SECTIONS = [
  'Model Details',
  'Uses',
  'Direct Use',
  'Out-of-Scope Use',
  'Bias, Risks, and Limitations',
  'Recommendations',
  'Training Details',
  'Training Data',
  'Training Procedure',
  'Evaluation',
  'Results',
  'Environmental Impact',
  'Citation',
  'Model Card Contact',
];

/** A model card of about `lines` lines: front matter, the HF template headings, prose, code, lists, tables. */
function card(lines: number): string {
  const out = ['---', 'license: apache-2.0', 'language: [en]', 'tags: [research]', '---', '', '# Model Card for bench', ''];
  let s = 0;
  while (out.length < lines) {
    const title = SECTIONS[s % SECTIONS.length];
    out.push(`${s < SECTIONS.length ? (s === 0 || s === 1 || s === 4 || s === 6 || s === 9 ? '##' : '###') : '###'} ${title}${s >= SECTIONS.length ? ` ${s}` : ''}`, '');
    for (let p = 0; p < 3 && out.length < lines; p++) {
      out.push(`Paragraph ${p} of ${title}: the model is evaluated on held-out reviews and reports accuracy,`, 'macro F1 and calibration; see the table below for per-domain figures and caveats.', '');
    }
    if (s % 3 === 0) out.push('```python', 'print("# not a heading")', '```', '');
    if (s % 4 === 0) out.push('| Domain | Accuracy |', '| --- | --- |', '| books | 0.86 |', '');
    if (s % 5 === 0) out.push('- item one', '- item two [More Information Needed]', '');
    s++;
  }
  return `${out.slice(0, lines).join('\n')}\n`;
}

// ---------------------------------------------------------------- (a) units vs. yaml parse

interface Row {
  what: string;
  ours: number;
  reference: number;
  goal?: string;
}

async function unitFigures(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of [1, 1000]) {
    const texts = Array.from({ length: n }, (_, i) => manifest(i));
    // Each unit in its own folder, manifest only: the figure is the rules' and engine's cost over the parse.
    const files: Record<string, string> = {};
    texts.forEach((t, i) => (files[`u${i}/release-manifest.yaml`] = t));
    const fs = new MemoryFileSystem(files);
    const paths = Object.keys(files).sort();
    // One manifest is checked (and parsed) 200 times per sample: each check still reads, parses and runs
    // every rule anew (no cache is keyed by content), only the timer sees a longer span.
    const batch = n === 1 ? 200 : 1;
    const { ours: check, reference: parse } = await timePair(
      async () => {
        for (const p of paths) await checkUnit(fs, p);
      },
      () => {
        for (const t of texts) parseDocument(t);
      },
      batch,
    );
    rows.push({ what: `check ${n} unit${n > 1 ? 's' : ''} (per unit ${(check / n).toFixed(3)} ms)`, ours: check, reference: parse, goal: `<= ${GOAL_RULES.toFixed(2)}x` });
    // The engine alone (read, parse with ranges, documents, summary) shows what the rules add.
    const { ours: bare, reference: parse2 } = await timePair(
      async () => {
        for (const p of paths) await checkUnit(fs, p, {}, { rules: [] });
      },
      () => {
        for (const t of texts) parseDocument(t);
      },
      batch,
    );
    rows.push({ what: `  of which engine without rules, ${n} unit${n > 1 ? 's' : ''}`, ours: bare, reference: parse2, goal: '(context)' });
  }
  // The same 1,000 units with their README, model card and license: documents are read and parsed too.
  const withDocs: Record<string, string> = {};
  const texts: string[] = [];
  for (let i = 0; i < 1000; i++) {
    texts.push(manifest(i));
    withDocs[`u${i}/release-manifest.yaml`] = texts[i];
    withDocs[`u${i}/README.md`] = `# model-${i}\n\nA research model.\n`;
    withDocs[`u${i}/MODEL_CARD.md`] = card(120);
    withDocs[`u${i}/LICENSE`] = 'Apache License\nVersion 2.0, January 2004\n';
  }
  const fs = new MemoryFileSystem(withDocs);
  const { ours: ws, reference: parse } = await timePair(
    () => checkWorkspace(fs),
    () => {
      for (const t of texts) parseDocument(t);
    },
  );
  rows.push({ what: 'check workspace of 1000 units with documents (discovery, cards)', ours: ws, reference: parse, goal: '(context)' });
  return rows;
}

/**
 * Where the time goes: the costliest rules per unit, to aim optimisation at. Rules run as the engine
 * runs them (all rules on one unit, then the next) on freshly loaded units, so work several rules share
 * (declared contexts, phrase detection, schema validation) is charged once, to the first rule needing it.
 */
async function ruleProfile(): Promise<string[]> {
  const n = 200;
  const texts = Array.from({ length: n }, (_, i) => manifest(i));
  const fs = new MemoryFileSystem(Object.fromEntries(texts.map((t, i) => [`u${i}/release-manifest.yaml`, t])));
  const cost = new Map<string, number>();
  for (let k = 0; k < WARMUP + RUNS; k++) {
    const ctxs: UnitContext[] = [];
    for (let i = 0; i < texts.length; i++) {
      const c = await loadUnit(fs, `u${i}/release-manifest.yaml`);
      if (!('ruleId' in c)) ctxs.push(c);
    }
    for (const c of ctxs) {
      for (const rule of ALL_RULES) {
        const t = process.hrtime.bigint();
        try {
          rule.check(c);
        } catch {
          /* reported as internal-error by the engine */
        }
        if (k >= WARMUP) cost.set(rule.meta.id, (cost.get(rule.meta.id) ?? 0) + Number(process.hrtime.bigint() - t) / 1e6 / RUNS / ctxs.length);
      }
    }
  }
  const parse = await time(() => {
    for (const t of texts) parseDocument(t);
  });
  return [...cost.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([id, ms]) => `${id.padEnd(40)} ${ms.toFixed(3)} ms/unit = ${(ms / (parse / texts.length)).toFixed(2)}x parse`);
}

// ---------------------------------------------------------------- (b) cards vs. markdownlint MD043

function cardContext(text: string): UnitContext {
  const yaml = 'manifest_version: 1\nname: bench\nartifact: model\ndocumentation:\n  model_card: MODEL_CARD.md\n';
  const manifestDoc = parseManifest('release-manifest.yaml', yaml);
  const documents = {} as Record<DocumentRole, DocumentSlot>;
  for (const role of DOCUMENT_ROLES) documents[role] = { role, path: undefined, declared: false, state: 'not-declared' };
  documents.model_card = { role: 'model_card', path: 'MODEL_CARD.md', declared: true, state: 'ok', text, card: parseCard('MODEL_CARD.md', text) };
  return { manifest: manifestDoc, dir: '', documents, catalogue: DEFAULT_CATALOGUE, options: {} };
}

async function cardFigures(): Promise<Row[]> {
  // markdownlint is ESM-only; a real dynamic import from CommonJS.
  const { lint } = (await import('markdownlint/sync')) as unknown as { lint: (o: unknown) => unknown };
  const md043 = { default: false, MD043: { headings: ['*', '## Uses', '*', '## Bias, Risks, and Limitations', '*', '## Evaluation', '*'] } };
  const rows: Row[] = [];
  for (const lines of [100, 1000, 5000]) {
    const texts = Array.from({ length: lines >= 5000 ? 5 : lines >= 1000 ? 20 : 100 }, () => card(lines));
    const { ours, reference } = await timePair(
      () => {
        for (const t of texts) {
          const ctx = cardContext(t);
          for (const rule of DOCUMENTATION_RULES) rule.check(ctx);
        }
      },
      () => {
        for (let i = 0; i < texts.length; i++) lint({ strings: { [`c${i}.md`]: texts[i] }, config: md043 });
      },
    );
    rows.push({ what: `${texts.length} cards of ${lines} lines`, ours, reference, goal: '< 1.00x' });
  }
  // A card left full of stubs: doc-placeholder lists PLACEHOLDER_FINDINGS_PER_FILE and sums up the rest,
  // so the rules' cost follows the card's length, not the number of findings it could have produced.
  const stubs = placeholderCard(100_000);
  const md = new MarkdownIt({ html: true });
  const { ours: full, reference: mdParse } = await timePair(
    () => {
      const ctx = cardContext(stubs);
      for (const rule of DOCUMENTATION_RULES) rule.check(ctx);
    },
    () => md.parse(stubs, {}),
  );
  rows.push({ what: 'card with 100,000 placeholders (vs. markdown-it parse of it)', ours: full, reference: mdParse, goal: '(context)' });
  return rows;
}

/** A model card whose sections are filled with placeholders: `count` of them in all. */
function placeholderCard(count: number): string {
  const out = ['# Model Card for stubs', ''];
  for (let i = 0; i < count; i += 10) {
    if (i % 1000 === 0) out.push(`## ${SECTIONS[(i / 1000) % SECTIONS.length]}`, '');
    out.push(`- **Field ${i}:** [More Information Needed]; TODO, TBD, {{ value_${i} }}, <your name>, FIXME, lorem ipsum, coming soon, [TODO] and TBA.`);
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- scale (issue 4)

/**
 * Scale figures for the hardening issue go here: first full scan of 5,000 units / 20,000 files,
 * recheck after one edit, peak memory, each as a ratio to the bare parse of the same files.
 */
async function scaleFigures(): Promise<Row[]> {
  return [];
}

// ---------------------------------------------------------------- report

/** Rows with a goal, for the closing summary. */
const goals: { what: string; ratio: number; limit: number; strict: boolean }[] = [];

function print(title: string, reference: string, rows: Row[]): void {
  console.log(`\n${title}\n  reference: ${reference}`);
  for (const r of rows) {
    const g = /^(<=|<) (\d+(?:\.\d+)?)x$/.exec(r.goal ?? '');
    if (g) goals.push({ what: r.what.replace(/ \(per unit .*\)$/, ''), ratio: r.ours / r.reference, limit: Number(g[2]), strict: g[1] === '<' });
    const ratio = r.ours / r.reference;
    console.log(
      `  ${r.what.padEnd(66)} ${r.ours.toFixed(2).padStart(9)} ms vs ${r.reference.toFixed(2).padStart(9)} ms  = ${ratio.toFixed(2).padStart(6)}x  goal ${r.goal ?? ''}`,
    );
  }
}

/** One line per goal: GOAL MET / GOAL MISSED with the ratio against its limit. */
function printGoals(): void {
  console.log('\nsummary');
  for (const g of goals) {
    const met = g.strict ? g.ratio < g.limit : g.ratio <= g.limit;
    console.log(`  ${met ? 'GOAL MET   ' : 'GOAL MISSED'}  ${g.what.padEnd(40)} ${g.ratio.toFixed(2).padStart(6)}x  (goal ${g.strict ? '<' : '<='} ${g.limit.toFixed(2)}x)`);
  }
}

/** `npm run bench -- units` (or `cards`, `scale`) runs one part, for a quicker loop while optimising. */
const only = process.argv[2];
const runs = (part: string): boolean => only === undefined || only === part;

async function main(): Promise<void> {
  console.log(`AI Release Readiness benchmark: median of ${RUNS} runs (ours and reference alternating) after warm-up, Node ${process.version}`);
  if (runs('units')) {
    print('(a) release units: engine + all rules vs. bare yaml parseDocument of the same manifests', 'yaml parseDocument', await unitFigures());
    console.log('  costliest rules:');
    for (const line of await ruleProfile()) console.log(`    ${line}`);
  }
  if (runs('cards')) print('(b) cards: parseCard + documentation rules vs. markdownlint (MD043 only)', 'markdownlint lint() with MD043', await cardFigures());
  if (!runs('scale')) return printGoals();
  const scale = await scaleFigures();
  if (scale.length) print('(c) scale', 'bare parse of the same files', scale);
  console.log('\n(c) scale: 5,000 release units / 20,000 files vs. the bare parse of the same files (bench/scale.ts)');
  try {
    await runScaleBench((line) => console.log(`  ${line}`));
  } finally {
    printGoals();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
