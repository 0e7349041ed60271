// Every YAML file under a folder, for tests that compare readings over the repository's own manifests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export { REPO as ROOT } from './examples';

export function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}
