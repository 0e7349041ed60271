import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { MemoryFileSystem } from '../../../src/core/fs';

export const REPO = path.resolve(__dirname, '../../../..');

/** The examples folder as a memory file system, so fixes never touch the repository. */
export function examplesFs(): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  const walk = (abs: string, rel: string) => {
    for (const e of nodeFs.readdirSync(abs, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(abs, e.name), r);
      else if (e.isFile()) fs.write(r, nodeFs.readFileSync(path.join(abs, e.name)));
    }
  };
  walk(path.join(REPO, 'examples'), 'examples');
  return fs;
}

