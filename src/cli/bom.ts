// `release-readiness bom`: a CycloneDX 1.6 AI bill of materials per release unit, written beside its
// manifest (or under --output-dir, or to stdout). The BOM itself comes from src/core/bom.
//   0 every unit's BOM written; 1 a unit has none (unreadable manifest, no name); 2 usage or tool error.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { unitBom, type BomOptions } from '../core/bom/index';
import { discoverManifests } from '../core/engine/discover';
import { STATUS_LABEL } from '../core/engine/summary';
import { TOOL_ID } from '../core/version';
import { NodeFileSystem, findRoot } from './nodeFs';
import type { CliIo } from './main';

export const BOM_HELP = `Usage: ${TOOL_ID} bom [paths...] [options]

Writes an AI bill of materials (CycloneDX 1.6 JSON) for each release unit found in the paths
(default: the current folder): the unit with its model card or dataset facts, licenses, base
models and datasets, and its readiness with the open findings. Each BOM is written beside its
manifest as ai-bom.cdx.json.

Options:
      --output-dir <dir>   write the BOMs under this folder instead, as <unit folder>/ai-bom.cdx.json
      --stdout             print the BOMs instead of writing files
      --exclude <name>     skip folders with this name or path (repeatable)
  -q, --quiet              print nothing but errors
  -h, --help               show this help

The timestamp is the current time, or SOURCE_DATE_EPOCH when set (then without a random serial
number, so the same repository gives the same bytes).

Exit codes: 0 every BOM written, 1 a release unit has no BOM (unreadable manifest, no name),
2 usage or tool error.
`;

class UsageError extends Error {}

function options(env: CliIo['env']): BomOptions {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be a number of seconds (got "${epoch}")`);
    return { timestamp: new Date(Number(epoch) * 1000) };
  }
  return { timestamp: new Date(), serialNumber: `urn:uuid:${randomUUID()}` };
}

export async function runBom(argv: string[], io: CliIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          'output-dir': { type: 'string' },
          stdout: { type: 'boolean' },
          exclude: { type: 'string', multiple: true },
          quiet: { type: 'boolean', short: 'q' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(BOM_HELP);
      return 0;
    }
    if (values.stdout && values['output-dir'] !== undefined) throw new UsageError('--stdout and --output-dir exclude each other');

    const root = findRoot(io.cwd);
    const nfs = new NodeFileSystem(root);
    const targets = positionals.length > 0 ? positionals : ['.'];
    const rels: string[] = [];
    for (const t of targets) {
      const abs = path.resolve(io.cwd, t);
      if (!fs.existsSync(abs)) throw new UsageError(`no such file or folder: ${t}`);
      const rel = nfs.relative(abs);
      if (rel === undefined) throw new UsageError(`${t} is outside the repository root ${root}`);
      rels.push(rel);
    }
    const { manifests } = await discoverManifests(nfs, rels, { exclude: values.exclude ?? [] });
    if (manifests.length === 0) throw new UsageError(`no release manifest found in ${targets.join(', ')}`);

    const bomOptions = options(io.env);
    const shown = (rel: string) => {
      const p = path.relative(io.cwd, path.join(root, rel)).split(path.sep).join('/');
      return p === '' ? '.' : p;
    };
    let missing = 0;
    for (const m of manifests) {
      const bom = await unitBom(nfs, m, {}, bomOptions);
      if (!bom.ok) {
        missing++;
        io.stderr(`${shown(m)}: no BOM: ${bom.reason}\n`);
        continue;
      }
      if (values.stdout) {
        io.stdout(bom.json);
        continue;
      }
      let written: string;
      if (values['output-dir'] !== undefined) {
        const abs = path.resolve(io.cwd, values['output-dir'], ...bom.path.split('/'));
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, bom.json, 'utf8');
        written = path.relative(io.cwd, abs).split(path.sep).join('/');
      } else {
        await nfs.writeFile(bom.path, bom.json);
        written = shown(bom.path);
      }
      if (!values.quiet) {
        const { facts, result } = bom;
        const open = result.findings.length;
        io.stdout(`${written}: ${facts.name}${facts.version ? ` ${facts.version}` : ''}, ${STATUS_LABEL[result.summary.status]}, ${open} open finding${open === 1 ? '' : 's'}\n`);
      }
    }
    return missing > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) io.stderr(`${TOOL_ID} bom: ${e.message}\n\n${BOM_HELP.split('\n')[0]}\nRun "${TOOL_ID} bom --help" for options.\n`);
    else io.stderr(`${TOOL_ID} bom: error: ${io.env.DEBUG ? ((e as Error)?.stack ?? String(e)) : ((e as Error)?.message ?? String(e))}\n`);
    return 2;
  }
}
