// Every fix offered on the bundled examples, safe or not, applied one at a time: its finding goes away,
// manifests stay valid YAML and cards valid Markdown, bytes outside the edit and every comment survive.
import * as assert from 'node:assert/strict';
import { checkWorkspace } from '../../../src/core/engine/check';
import { parseCard } from '../../../src/core/cards/parse';
import type { MemoryFileSystem } from '../../../src/core/fs';
import { examplesFs } from '../helpers/examples';
import { applyFix, editProblems, key, textProblems } from '../helpers/fixChecks';

async function filesOf(fs: MemoryFileSystem, paths: Iterable<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of paths) out.set(p, new TextDecoder().decode(await fs.readFile(p)));
  return out;
}

const htmlComments = (md: string): string[] => md.match(/<!--[\s\S]*?-->/g) ?? [];

describe('every fix offered on the examples', function () {
  this.timeout(60_000);

  it('removes its finding and keeps everything it does not need to change', async () => {
    const fs = examplesFs();
    const before = await checkWorkspace(fs, { roots: ['examples'] });
    const problems: string[] = [];
    let tried = 0;
    for (const unit of before.units) {
      for (const f of unit.findings) {
        for (const fix of f.fixes ?? []) {
          tried++;
          const where = `${f.path} ${key(f)} / "${fix.title}"`;
          const touched = fix.changes.filter((c) => c.kind === 'edit').map((c) => c.path);
          const files = await filesOf(fs, touched);
          const next = applyFix(files, fix);
          for (const ch of fix.changes) {
            if (ch.kind === 'create') {
              if (await fs.stat(ch.path)) problems.push(`${where}: creates ${ch.path}, which exists`);
              if (/\.md$/i.test(ch.path) && (parseCard(ch.path, ch.text).frontMatter?.errors.length ?? 0) > 0) problems.push(`${where}: created ${ch.path} has invalid front matter`);
              continue;
            }
            const old = files.get(ch.path)!;
            problems.push(...editProblems(old, ch.edits).filter((p) => /\.ya?ml$/.test(ch.path) || !p.includes('removes a comment')).map((p) => `${where}: ${p}`));
            if (/\.ya?ml$/.test(ch.path)) problems.push(...textProblems(old, next.get(ch.path)!).map((p) => `${where}: ${p}`));
            else {
              const card = parseCard(ch.path, next.get(ch.path)!);
              if ((card.frontMatter?.errors.length ?? 0) > (parseCard(ch.path, old).frontMatter?.errors.length ?? 0)) problems.push(`${where}: front matter broken`);
              for (const c of htmlComments(old)) if (!next.get(ch.path)!.includes(c)) problems.push(`${where}: comment lost ${c}`);
            }
          }
          // Re-check the whole example tree with this one fix applied.
          const fixed = examplesFs();
          for (const [p, t] of next) fixed.write(p, t);
          for (const c of fix.changes) if (c.kind === 'create') fixed.write(c.path, c.text);
          const after = await checkWorkspace(fixed, { roots: ['examples'] });
          const still = after.units.flatMap((u) => u.findings).find((g) => g.path === f.path && key(g) === key(f));
          // Fixes that insert empty keys for a person to fill in never invent evidence: their finding may
          // stay, but the same fix must not be offered again.
          const scaffolds = fix.changes.some((c) => c.kind === 'edit' && c.edits.some((e) => e.newText.includes('""')));
          if (still && !scaffolds) problems.push(`${where}: finding still there`);
          if (still && (still.fixes ?? []).some((x) => x.title === fix.title)) problems.push(`${where}: fix offered again`);
        }
      }
    }
    assert.ok(tried >= 10, `only ${tried} fixes offered on the examples`);
    assert.deepEqual(problems, []);
  });
});
