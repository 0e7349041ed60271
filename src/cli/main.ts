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
import { NodeFileSystem, findRoot } from './nodeFs';
import { runBom } from './bom';

const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

export const HELP = `Usage: ${TOOL_ID} check [paths...] [options]
       ${TOOL_ID} bom [paths...] [options]    (an AI bill of materials; see bom --help)

Checks whether the AI releases described by release manifests (release-manifest.yaml) are ready
to publish. Paths are manifests or folders to search (default: the current folder).

Options:
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
    if (command === undefined) throw new UsageError('missing command: try "check" or "bom"');
    if (command !== 'check') throw new UsageError(`unknown command "${command}": try "check" or "bom"`);
    const format = (values.format ?? 'text') as FormatName;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    const failOn = (values['fail-on'] ?? 'error') as FailOn;
    if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${values['fail-on']}")`);

    const root = findRoot(io.cwd);
    const nfs = new NodeFileSystem(root);
    const targets = rest.length > 0 ? rest : ['.'];
    const rels: string[] = [];
    for (const t of targets) {
      const abs = path.resolve(io.cwd, t);
      if (!fs.existsSync(abs) && !isLink(abs)) throw new UsageError(`no such file or folder: ${t}`);
      const rel = nfs.relative(abs);
      if (rel === undefined) throw new UsageError(`${t} is outside the repository root ${root}`);
      rels.push(rel);
    }

    const request = { paths: rels, discover: { exclude: values.exclude ?? [] } };
    let result = await checkWorkspace(nfs, request);
    if (result.units.length === 0) {
      const why = result.skipped.map((s) => `\n  ${s.path}: ${s.reason}`).join('');
      throw new UsageError(`no release manifest found in ${targets.join(', ')}${why}`);
    }

    if (values.fix) {
      const fixed = await applySafeFixes(nfs, result);
      for (const [p, text] of [...fixed.files].sort(([a], [b]) => (a < b ? -1 : 1))) await nfs.writeFile(p, text);
      if (!values.quiet && fixed.files.size > 0) {
        io.stderr(`Applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'} in ${fixed.files.size} file${fixed.files.size === 1 ? '' : 's'}${fixed.created.length ? ` (created ${fixed.created.join(', ')})` : ''}.\n`);
      }
      // Report what the disk now holds.
      result = await checkWorkspace(nfs, request);
    }

    const toFile = values.output !== undefined;
    const color = values['no-color'] ? false : values.color ? true : io.isTTY && !toFile && !io.env.NO_COLOR;
    let output: string;
    if (format === 'json') output = formatJson(result);
    else if (format === 'markdown') output = formatMarkdown(result);
    else if (format === 'sarif') output = formatSarif(result, { rules: allRuleMetas(), lineText: await lineTexts(nfs, result), srcRootUri: `${pathToFileURL(root).href}/` });
    else {
      output = formatText(result, {
        color,
        quiet: values.quiet,
        displayPath: (p) => {
          const shown = path.relative(io.cwd, path.join(root, p));
          return (shown === '' ? '.' : shown).split(path.sep).join('/');
        },
      });
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

function isLink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Lines of the files with findings, for SARIF fingerprints. Read through the same bounded reader. */
async function lineTexts(nfs: NodeFileSystem, result: WorkspaceResult): Promise<(p: string, line: number) => string | undefined> {
  const files = new Map<string, string[]>();
  for (const p of new Set(result.units.flatMap((u) => u.findings.map((f) => f.path)))) {
    const r = await readTextFile(nfs, p, MAX_DOCUMENT_BYTES);
    if (r.state === 'ok') files.set(p, r.text.split(/\r\n|\r|\n/));
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
