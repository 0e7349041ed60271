import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { MemoryFileSystem } from '../../../src/core/fs';

export const REPO = path.resolve(__dirname, '../../../..');

/** Every file of a folder of the repository, keyed by POSIX path relative to that folder (plus `prefix`). */
export function readTree(absDir: string, prefix = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (abs: string, rel: string) => {
    for (const e of nodeFs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(abs, e.name), r);
      else if (e.isFile()) out.set(r, nodeFs.readFileSync(path.join(abs, e.name)));
    }
  };
  walk(absDir, prefix);
  return out;
}

/** The examples folder as a memory file system, so fixes never touch the repository. */
export function examplesFs(): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  for (const [p, b] of readTree(path.join(REPO, 'examples'), 'examples')) fs.write(p, b);
  return fs;
}
