// The CLI adapter: arguments, the Node file system, output formats, exit codes.
//   0 no finding at or above --fail-on; 1 findings; 2 usage or tool error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SEVERITY_ORDER, type Severity } from '../core/types';
import type { WorkspaceResult } from '../core/engine/model';
import { allRuleMetas, checkWorkspace } from '../core/engine/check';
import { applySafeFixes } from '../core/engine/fixAll';
import { MAX_DOCUMENT_BYTES, readTextFile } from '../core/engine/load';
import { FORMATS, formatJson, formatMarkdown, formatSarif, formatText, type FormatName } from '../core/format/index';
import { TOOL_ID, TOOL_VERSION } from '../core/version';
import { cardsInFolder, runInit } from '../core/init/index';
import { NodeFileSystem, findRoot } from './nodeFs';
import { runBom } from './bom';

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

export const HELP = `Usage: ${TOOL_ID} check [paths...] [options]
       ${TOOL_ID} init [folder] [--dry-run]
       ${TOOL_ID} bom [paths...] [options]    (an AI bill of materials; see bom --help)

check: whether the AI releases described by release manifests (release-manifest.yaml) are ready
to publish. Paths are manifests or folders to search (default: the current folder), anywhere: each
is checked against its own repository root (the nearest folder holding .git, else the folder
itself), and nothing outside that root is read.

init: drafts release-manifest.yaml for a folder (default: the current folder) from what it already
holds - card front matter, the license file, package manifests, card sections - each value with
its source in a comment, each unknown left as a question. It never overwrites a manifest.
      --dry-run                            print the draft instead of writing it

Options of check:
  -f, --format <text|json|markdown|sarif>  output format (default: text)
  -o, --output <file>                      write the report to a file instead of stdout
      --fail-on <error|warning|info|never> lowest severity that makes the exit code 1 (default: error)
      --fix                                apply every safe fix in place, then report what remains
      --exclude <name>                     skip folders with this name or path (repeatable)
  -q, --quiet                              print findings only: no summary, skips or fix notes
      --color / --no-color                 force or disable colours (default: on for a terminal)
  -h, --help                               show this help
  -v, --version                            show the version

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or tool error.
`;

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        fix: { type: 'boolean' },
        exclude: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function failsAt(result: WorkspaceResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = SEVERITY_ORDER.indexOf(failOn);
  return result.units.some((u) => u.findings.some((f) => SEVERITY_ORDER.indexOf(f.severity as Severity) <= limit));
}

/** Run the CLI; resolves to the exit code. Never writes except --output, --fix and the bom command (see bom.ts). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'bom') return runBom(argv.slice(1), io);
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command === undefined) throw new UsageError('missing command: try "check", "init" or "bom"');
    if (command === 'init') return await runInitCommand(rest, values['dry-run'] === true, io);
    if (command !== 'check') throw new UsageError(`unknown command "${command}": try "check", "init" or "bom"`);
    if (values['dry-run']) throw new UsageError('--dry-run is an option of init');
    const format = (values.format ?? 'text') as FormatName;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    const failOn = (values['fail-on'] ?? 'error') as FailOn;
    if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${values['fail-on']}")`);

    const targets = rest.length > 0 ? rest : ['.'];
    // Each path is checked against its own repository root: the nearest folder holding .git, else the
    // folder itself (a file's folder). Reads stay inside that root.
    const groups = new Map<string, RootGroup>();
    for (const t of targets) {
      const abs = path.resolve(io.cwd, t);
      if (!fs.existsSync(abs) && !isLink(abs)) throw new UsageError(`no such file or folder: ${t}`);
      const isDir = fs.existsSync(abs) && fs.statSync(abs).isDirectory();
      const root = findRoot(isDir ? abs : path.dirname(abs));
      let g = groups.get(root);
      if (!g) groups.set(root, (g = { nfs: new NodeFileSystem(root), rels: [], targets: [] }));
      const rel = g.nfs.relative(abs) ?? g.nfs.relative(fs.realpathSync(abs));
      if (rel === undefined) throw new UsageError(`${t} is outside the repository root ${root}`);
      g.rels.push(rel);
      g.targets.push(t);
    }

    const exclude = values.exclude ?? [];
    const results: { g: RootGroup; result: WorkspaceResult }[] = [];
    for (const g of groups.values()) {
      const request = { paths: g.rels, discover: { exclude } };
      let result = await checkWorkspace(g.nfs, request);
      if (values.fix && result.units.length > 0) {
        const fixed = await applySafeFixes(g.nfs, result);
        for (const [p, text] of [...fixed.files].sort(([a], [b]) => (a < b ? -1 : 1))) await g.nfs.writeFile(p, text);
        if (!values.quiet && fixed.files.size > 0) {
          io.stderr(`Applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'} in ${fixed.files.size} file${fixed.files.size === 1 ? '' : 's'}${fixed.created.length ? ` (created ${fixed.created.join(', ')})` : ''}.\n`);
        }
        // Report what the disk now holds.
        result = await checkWorkspace(g.nfs, request);
      }
      results.push({ g, result });
    }

    // Folders named on the command line that hold no manifest but a model or dataset card: point at init.
    const hints: string[] = [];
    for (const { g, result } of results) {
      for (let i = 0; i < g.rels.length; i++) {
        const rel = g.rels[i];
        const covered = result.units.some((u) => rel === '' || u.manifestPath === rel || u.manifestPath.startsWith(`${rel}/`));
        if (covered) continue;
        const cards = await cardsInFolder(g.nfs, rel);
        if (cards.length === 0) continue;
        const folder = g.targets[i];
        // Cards are shown under the folder as the user wrote it ("../other/README.md", "/abs/README.md").
        const shownCards = cards.map((c) => `${path.posix.join(folder.split(path.sep).join('/'), path.posix.relative(rel, c.path))} is a ${c.kind} card (by its ${c.how})`).join('; ');
        hints.push(`No release manifest in ${folder}, but ${shownCards}. Draft one from what the folder already says:\n  ${TOOL_ID} init${folder === '.' ? '' : ` ${folder}`}\n`);
      }
    }

    const units = results.reduce((n, r) => n + r.result.units.length, 0);
    if (units === 0) {
      if (hints.length > 0) {
        io.stderr(`${TOOL_ID}: no release manifest found in ${targets.join(', ')}\n${hints.join('')}`);
        return 2;
      }
      const why = results.flatMap(({ g, result }) => result.skipped.map((s) => `\n  ${displayIn(io.cwd, g.nfs.root, s.path)}: ${s.reason}`)).join('');
      throw new UsageError(`no release manifest found in ${targets.join(', ')}${why}`);
    }
    if (!values.quiet) for (const h of hints) io.stderr(h);

    // One root: paths stay relative to it (SARIF's %SRCROOT%), as before. Several: relative to the current folder.
    const single = results.length === 1 ? results[0] : undefined;
    const prefixed = results.map(({ g, result: r }) => ({ nfs: g.nfs, result: r, prefix: single ? '' : path.relative(io.cwd, g.nfs.root).split(path.sep).join('/') }));
    const result = single ? single.result : mergeResults(prefixed.map((x) => rebase(x.result, x.prefix)));
    const base = single ? single.g.nfs.root : io.cwd;

    const toFile = values.output !== undefined;
    const color = values['no-color'] ? false : values.color ? true : io.isTTY && !toFile && !io.env.NO_COLOR;
    let output: string;
    if (format === 'json') output = formatJson(result);
    else if (format === 'markdown') output = formatMarkdown(result);
    else if (format === 'sarif') output = formatSarif(result, { rules: allRuleMetas(), lineText: await lineTexts(prefixed), srcRootUri: `${pathToFileURL(base).href}/` });
    else {
      output = formatText(result, { color, quiet: values.quiet, displayPath: (p) => displayIn(io.cwd, base, p) });
    }
    if (toFile) fs.writeFileSync(path.resolve(io.cwd, values.output!), output, 'utf8');
    else io.stdout(output);
    return failsAt(result, failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) io.stderr(`${TOOL_ID}: ${e.message}\n\n${HELP.split('\n')[0]}\nRun "${TOOL_ID} --help" for options.\n`);
    else io.stderr(`${TOOL_ID}: error: ${io.env.DEBUG ? ((e as Error)?.stack ?? String(e)) : ((e as Error)?.message ?? String(e))}\n`);
    return 2;
  }
}

/** init [folder]: 0 written (or printed with --dry-run), 2 refused or failed. */
async function runInitCommand(args: string[], dryRun: boolean, io: CliIo): Promise<number> {
  if (args.length > 1) throw new UsageError(`init takes one folder (got ${args.length})`);
  const target = args[0] ?? '.';
  const abs = path.resolve(io.cwd, target);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new UsageError(`no such folder: ${target}`);
  }
  if (!st.isDirectory()) throw new UsageError(`${target} is not a folder`);
  // Rooted at the repository so a package in a monorepo finds the license file at the top.
  const nfs = new NodeFileSystem(findRoot(abs));
  const rel = nfs.relative(fs.realpathSync(abs)) ?? '';
  const outcome = await runInit(nfs, rel, {
    dryRun,
    folderName: path.basename(fs.realpathSync(abs)),
    writer: { createFile: (p, text) => nfs.createFile(p, text) },
  });
  const shown = (p: string) => path.relative(io.cwd, path.join(nfs.root, p)).split(path.sep).join('/') || '.';
  if (outcome.status === 'refused') {
    io.stderr(`${TOOL_ID}: init: ${outcome.path ? outcome.reason.split(outcome.path).join(shown(outcome.path)) : outcome.reason}\n`);
    return 2;
  }
  const questions = outcome.draft.questions.size;
  if (outcome.status === 'dry-run') {
    io.stdout(outcome.text);
    io.stderr(`Dry run: nothing written. ${shown(outcome.path)} would hold this draft, with ${questions} question${questions === 1 ? '' : 's'} to answer.\n`);
    return 0;
  }
  const dirShown = shown(path.posix.dirname(outcome.path) === '.' ? '' : path.posix.dirname(outcome.path));
  io.stdout(
    `Wrote ${shown(outcome.path)}: a draft inferred from the folder, each value with its source, ${questions} question${questions === 1 ? '' : 's'} left as comments for you to answer.\n` +
      `Next: review it, then run: ${TOOL_ID} check${dirShown === '.' ? '' : ` ${dirShown}`}\n`,
  );
  return 0;
}

function isLink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

interface RootGroup {
  nfs: NodeFileSystem;
  /** Root-relative paths of the targets, in command-line order. */
  rels: string[];
  /** The targets as written. */
  targets: string[];
}

/** A path relative to `base`, shown relative to the current folder. */
function displayIn(cwd: string, base: string, p: string): string {
  const shown = path.relative(cwd, path.join(base, p));
  return (shown === '' ? '.' : shown).split(path.sep).join('/');
}

function rebasePath(p: string, prefix: string): string {
  return prefix === '' ? p : path.posix.normalize(p === '' ? prefix : `${prefix}/${p}`);
}

/** The result with every path prefixed by `prefix` (the root as seen from the current folder). */
function rebase(result: WorkspaceResult, prefix: string): WorkspaceResult {
  const to = (p: string) => rebasePath(p, prefix);
  return {
    units: result.units.map((u) => ({
      ...u,
      manifestPath: to(u.manifestPath),
      dir: to(u.dir),
      documents: u.documents.map((d) => ({ ...d, path: d.path === undefined ? undefined : to(d.path) })),
      findings: u.findings.map((f) => ({
        ...f,
        path: to(f.path),
        ...(f.related ? { related: f.related.map((r) => ({ ...r, path: to(r.path) })) } : {}),
        ...(f.fixes ? { fixes: f.fixes.map((x) => ({ ...x, changes: x.changes.map((c) => ({ ...c, path: to(c.path) })) })) } : {}),
      })),
    })),
    skipped: result.skipped.map((s) => ({ ...s, path: to(s.path) })),
  };
}

function mergeResults(results: WorkspaceResult[]): WorkspaceResult {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    units: results.flatMap((r) => r.units).sort((a, b) => cmp(a.manifestPath, b.manifestPath)),
    skipped: results.flatMap((r) => r.skipped).sort((a, b) => cmp(a.path, b.path)),
  };
}

/** Lines of the files with findings, for SARIF fingerprints: read through each root's bounded reader, keyed as shown. */
async function lineTexts(groups: { nfs: NodeFileSystem; result: WorkspaceResult; prefix: string }[]): Promise<(p: string, line: number) => string | undefined> {
  const files = new Map<string, string[]>();
  for (const { nfs, result, prefix } of groups) {
    for (const p of new Set(result.units.flatMap((u) => u.findings.map((f) => f.path)))) {
      const r = await readTextFile(nfs, p, MAX_DOCUMENT_BYTES);
      if (r.state === 'ok') files.set(rebasePath(p, prefix), r.text.split(/\r\n|\r|\n/));
    }
  }
  return (p, line) => files.get(p)?.[line];
}

if (require.main === module) {
  void run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
