// Scale benchmark (issue 4), not a timed test: a generated workspace of 5,000 release units and 20,000
// files in a MemoryFileSystem. Every figure is a ratio to a reference measured in the same process:
//   (a) first full scan (checkWorkspace) vs. the bare parse of the same files (yaml parseDocument of the
//       manifests + markdown-it parse of the Markdown files);
//   (b) recheck after one edit (checkUnit of the edited unit in the big workspace) vs. checking that
//       unit alone in a workspace that holds only its files - goal <= 1.0x-ish;
//   (c) peak memory of the scan vs. the bare parse holding the same files.
// Memory is measured in a fresh child process per side, so neither inherits the other's heap.
// Run: npm run bench (bench/run.ts calls runScaleBench), or node out/bench/scale.js.
import { spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseDocument } from 'yaml';
import type { DirEntry, FileStat, FileSystem } from '../src/core/fs';
import { MemoryFileSystem } from '../src/core/fs';
import { checkUnit, checkWorkspace } from '../src/core/engine/check';

export const UNITS = 5000;
const RUNS = 3;
const RECHECK_RUNS = 41;

const CONTEXTS = ['[research]', '[hiring]', '[general-purpose]', '[healthcare, research]', '[credit scoring]', '[education]', '[]'];
const LICENSES = ['apache-2.0', 'MIT', 'cc-by-4.0', 'other', 'GPL-3.0-only'];

/** A manifest varied by i: styles, contexts with and without safeguards, missing fields. */
export function scaleManifest(i: number): string {
  const artifact = ['model', 'dataset', 'code', 'application'][i % 4];
  const withSafeguards = i % 3 !== 0;
  const lines = [
    `# Release manifest of unit ${i}`,
    'manifest_version: 1',
    `name: unit-${i}`,
    i % 11 === 0 ? '' : `version: 1.${i % 10}.${i % 7}`,
    `artifact: ${artifact}`,
    `license: ${LICENSES[i % LICENSES.length]}`,
    'release:',
    `  purpose: ${i % 2 ? 'research' : 'commercial'}`,
    `  non_commercial: ${i % 2 === 1}`,
    'documentation:',
    '  readme: README.md',
    artifact === 'dataset' ? '  data_card: MODEL_CARD.md' : '  model_card: MODEL_CARD.md',
    '  license_file: LICENSE',
    'intended_use:',
    '  summary: >-',
    `    Classifies short English texts for experiment ${i}; a baseline for measuring`,
    '    domain shift between review corpora.',
    '  users: [researchers, students]',
    i % 5 === 0 ? '' : '  out_of_scope:\n    - medical diagnosis\n    - screening job candidates\n    - credit scoring',
    '  limitations:\n    - English only',
    'deployment:',
    `  role: ${i % 7 === 0 ? 'deployer' : 'developer'}`,
    `  contexts: ${CONTEXTS[i % CONTEXTS.length]}   # declared settings`,
    'safeguards:',
    '  incident_contact: security@example.org',
    withSafeguards ? '  human_oversight: A reviewer confirms every decision.\n  risk_assessment: docs/risk.md\n  bias_evaluation: docs/bias.md' : '',
  ];
  return `${lines.filter((l) => l !== '').join('\n')}\n`;
}

const SECTIONS = ['Model Details', 'Uses', 'Direct Use', 'Out-of-Scope Use', 'Bias, Risks, and Limitations', 'Training Details', 'Evaluation', 'Citation'];

export function scaleCard(i: number): string {
  const out = ['---', `license: ${LICENSES[i % LICENSES.length]}`, 'language: [en]', '---', '', `# Model card for unit-${i}`, ''];
  const n = 4 + (i % 5);
  for (let s = 0; s < n; s++) {
    out.push(`## ${SECTIONS[(s + i) % SECTIONS.length]}`, '');
    out.push(s === 2 && i % 4 === 0 ? '[More Information Needed]' : `Section ${s} of unit ${i}: evaluated on held-out reviews; accuracy, macro F1 and calibration.`, '');
    if (s % 3 === 0) out.push('```python', 'print("# not a heading")', '```', '');
  }
  return `${out.join('\n')}\n`;
}

/** Every tenth unit is a ready release: the research-model example (its changelog left out: four files per unit). */
function readyUnit(): Record<'manifest' | 'readme' | 'card' | 'license', string> {
  const ex = path.resolve(__dirname, '../../examples/research-model');
  const read = (f: string) => nodeFs.readFileSync(path.join(ex, f), 'utf8');
  return { manifest: read('release-manifest.yaml').replace('  changelog: CHANGELOG.md\n', ''), readme: read('README.md'), card: read('MODEL_CARD.md'), license: read('LICENSE') };
}

export function scaleFiles(units = UNITS): Map<string, string> {
  const files = new Map<string, string>();
  const ready = readyUnit();
  for (let i = 0; i < units; i++) {
    const dir = `packages/g${i % 50}/unit-${i}`;
    if (i % 10 === 9) {
      files.set(`${dir}/release-manifest.yaml`, ready.manifest.replace('name: tiny-sentiment', `name: unit-${i}`));
      files.set(`${dir}/README.md`, ready.readme);
      files.set(`${dir}/MODEL_CARD.md`, ready.card);
      files.set(`${dir}/LICENSE`, ready.license);
      continue;
    }
    files.set(`${dir}/release-manifest.yaml`, scaleManifest(i));
    files.set(`${dir}/README.md`, `# unit-${i}\n\nA ${i % 2 ? 'research' : 'commercial'} release.\n\n<!-- generated -->\n`);
    files.set(`${dir}/MODEL_CARD.md`, scaleCard(i));
    files.set(`${dir}/LICENSE`, i % 2 ? 'Apache License\nVersion 2.0, January 2004\n' : 'MIT License\n\nPermission is hereby granted, free of charge\n');
  }
  return files;
}

// ---------------------------------------------------------------- measurement helpers

/**
 * The core's MemoryFileSystem answers a folder stat or listing by scanning every file (O(files)); at
 * 20,000 files that would dominate the figures. Same class, with a folder index, as a real disk has.
 */
export class IndexedMemoryFileSystem extends MemoryFileSystem {
  private readonly sizes = new Map<string, number>();
  private readonly dirs = new Map<string, Map<string, DirEntry['kind']>>([['', new Map()]]);

  override write(path: string, content: string | Uint8Array): void {
    super.write(path, content);
    this.sizes.set(path, typeof content === 'string' ? new TextEncoder().encode(content).byteLength : content.byteLength);
    let child = path;
    let kind: DirEntry['kind'] = 'file';
    for (;;) {
      const i = child.lastIndexOf('/');
      const parent = i < 0 ? '' : child.slice(0, i);
      let entries = this.dirs.get(parent);
      if (!entries) this.dirs.set(parent, (entries = new Map()));
      const known = entries.has(child.slice(i + 1));
      entries.set(child.slice(i + 1), kind);
      if (known || parent === '') break;
      child = parent;
      kind = 'directory';
    }
  }

  override delete(path: string): void {
    super.delete(path);
    this.sizes.delete(path);
    const i = path.lastIndexOf('/');
    this.dirs.get(i < 0 ? '' : path.slice(0, i))?.delete(path.slice(i + 1));
  }

  override async stat(path: string): Promise<FileStat | undefined> {
    const size = this.sizes.get(path);
    if (size !== undefined) return { kind: 'file', size };
    return this.dirs.has(path) ? { kind: 'directory', size: 0 } : undefined;
  }

  override async readDirectory(path: string): Promise<DirEntry[]> {
    const entries = this.dirs.get(path);
    if (!entries) throw new Error(`ENOENT: ${path}`);
    return [...entries].map(([name, kind]) => ({ name, kind })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

async function timeIt(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Peak heapUsed/rss above a post-GC baseline while `fn` runs; `tick` is called from inside the work. */
class PeakMemory {
  heap = 0;
  rss = 0;
  private baseHeap = 0;
  private baseRss = 0;
  private calls = 0;
  start(): void {
    gc();
    const m = process.memoryUsage();
    this.baseHeap = m.heapUsed;
    this.baseRss = m.rss;
    this.heap = 0;
    this.rss = 0;
  }
  /** Sampled from inside the work (the work is microtasks only: a timer would never fire). */
  tick(): void {
    if (++this.calls % 25 !== 0) return;
    this.sample();
  }
  sample(): void {
    const m = process.memoryUsage();
    this.heap = Math.max(this.heap, m.heapUsed - this.baseHeap);
    this.rss = Math.max(this.rss, m.rss - this.baseRss);
  }
}

/** Samples memory on every read: the scan's own I/O drives the sampling. */
class SamplingFs implements FileSystem {
  constructor(
    private readonly base: FileSystem,
    private readonly peak: PeakMemory,
  ) {}
  readFile(p: string): Promise<Uint8Array> {
    this.peak.tick();
    return this.base.readFile(p);
  }
  stat(p: string): Promise<FileStat | undefined> {
    return this.base.stat(p);
  }
  readDirectory(p: string): Promise<DirEntry[]> {
    return this.base.readDirectory(p);
  }
}

const md = new MarkdownIt({ html: true });

/** The reference: parse every manifest with yaml and every Markdown file with markdown-it, holding the results. */
function bareParse(files: ReadonlyMap<string, Uint8Array>, peak?: PeakMemory): unknown[] {
  const decoder = new TextDecoder();
  const held: unknown[] = [];
  for (const [p, bytes] of files) {
    peak?.tick();
    if (p.endsWith('.yaml')) held.push(parseDocument(decoder.decode(bytes)));
    else if (p.endsWith('.md')) held.push(md.parse(decoder.decode(bytes), {}));
  }
  return held;
}

function memFs(files: ReadonlyMap<string, string | Uint8Array>): IndexedMemoryFileSystem {
  const fs = new IndexedMemoryFileSystem();
  for (const [p, t] of files) fs.write(p, t);
  return fs;
}

const MiB = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

export interface ScaleFigures {
  units: number;
  files: number;
  scanMs: number;
  bareMs: number;
  recheckMs: number;
  aloneMs: number;
  peakHeap: number;
  bareHeap: number;
  peakRss: number;
  bareRss: number;
}

export async function runScaleBench(print: (line: string) => void = console.log, units = UNITS): Promise<ScaleFigures> {
  const texts = scaleFiles(units);
  const bytes = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  for (const [p, t] of texts) bytes.set(p, enc.encode(t));
  const fs = memFs(bytes);
  print(`scale: workspace of ${units} release units, ${texts.size} files, ${MiB([...bytes.values()].reduce((n, b) => n + b.byteLength, 0))} (in memory, folder-indexed)`);

  // Warm both paths up on a small slice so the JIT does not charge its start-up to either side.
  const small = new Map([...bytes].slice(0, 400));
  bareParse(small);
  await checkWorkspace(memFs(small));

  // (a) first full scan vs. bare parse
  const bare: number[] = [];
  const scan: number[] = [];
  let result!: Awaited<ReturnType<typeof checkWorkspace>>;
  for (let r = 0; r < RUNS; r++) {
    bare.push(await timeIt(() => bareParse(bytes)));
    scan.push(await timeIt(async () => (result = await checkWorkspace(fs))));
  }
  const findings = result.units.reduce((n, u) => n + u.findings.length, 0);
  const withFindings = result.units.filter((u) => u.findings.length > 0).length;
  const bareMs = median(bare);
  const scanMs = median(scan);
  print(`scale: ${result.units.length} units checked: ${result.units.length - withFindings} ready, ${withFindings} with findings (${findings} findings)`);
  print(`scale: first scan = ${(scanMs / bareMs).toFixed(2)}x bare parse (${scanMs.toFixed(0)} ms vs ${bareMs.toFixed(0)} ms; median of ${RUNS})`);

  // (b) recheck after one edit vs. the same unit checked alone
  const target = 'packages/g7/unit-2507/release-manifest.yaml';
  const dir = target.slice(0, target.lastIndexOf('/'));
  const alone = memFs(new Map([...bytes].filter(([p]) => p.startsWith(`${dir}/`))));
  const recheck: number[] = [];
  const single: number[] = [];
  for (let r = 0; r < RECHECK_RUNS; r++) {
    const edited = scaleManifest(2507).replace('contexts: ', `contexts: [hiring] # edit ${r}\n  old_contexts: `);
    fs.write(target, edited);
    alone.write(target, edited);
    // Alternate the order so neither side always runs second.
    if (r % 2) {
      recheck.push(await timeIt(() => checkUnit(fs, target)));
      single.push(await timeIt(() => checkUnit(alone, target)));
    } else {
      single.push(await timeIt(() => checkUnit(alone, target)));
      recheck.push(await timeIt(() => checkUnit(fs, target)));
    }
  }
  const recheckMs = median(recheck);
  const aloneMs = median(single);
  print(
    `scale: recheck after one edit = ${(recheckMs / aloneMs).toFixed(2)}x checking that unit alone (${recheckMs.toFixed(2)} ms vs ${aloneMs.toFixed(2)} ms; median of ${RECHECK_RUNS}; goal <= 1.0x)`,
  );

  // (c) peak memory vs. the bare parse holding the same files, each side in a fresh process
  const bareMem = memoryInChild('bare', units);
  const scanMem = memoryInChild('scan', units);
  const peakHeap = scanMem.heap;
  const bareHeap = bareMem.heap;
  const peakRss = scanMem.rss;
  const bareRss = bareMem.rss;
  print(`scale: peak memory = ${(peakHeap / bareHeap).toFixed(2)}x bare parse (heapUsed: ${MiB(peakHeap)} vs ${MiB(bareHeap)} above the baseline holding the files)`);
  print(`scale: peak rss = ${(peakRss / bareRss).toFixed(2)}x bare parse (${MiB(peakRss)} vs ${MiB(bareRss)} above the same baseline)`);

  return { units, files: texts.size, scanMs, bareMs, recheckMs, aloneMs, peakHeap, bareHeap, peakRss, bareRss };
}

function memoryInChild(kind: 'bare' | 'scan', units: number): { heap: number; rss: number } {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--memory', kind, String(units)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`memory child (${kind}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { heap: number; rss: number };
}

/** Child side of (c): build the same files, take a post-GC baseline, run one side while sampling, hold its results. */
async function measureMemory(kind: 'bare' | 'scan', units: number): Promise<void> {
  const enc = new TextEncoder();
  const bytes = new Map<string, Uint8Array>();
  for (const [p, t] of scaleFiles(units)) bytes.set(p, enc.encode(t));
  const fs = memFs(bytes);
  const peak = new PeakMemory();
  peak.start();
  const held: unknown = kind === 'bare' ? bareParse(bytes, peak) : await checkWorkspace(new SamplingFs(fs, peak));
  peak.sample();
  process.stdout.write(`${JSON.stringify({ heap: peak.heap, rss: peak.rss, held: Array.isArray(held) ? held.length : 1 })}\n`);
}

if (require.main === module) {
  const i = process.argv.indexOf('--memory');
  const work = i > 0 ? measureMemory(process.argv[i + 1] as 'bare' | 'scan', Number(process.argv[i + 2])) : runScaleBench().then(() => undefined);
  work.catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
