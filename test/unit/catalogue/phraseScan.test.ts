import * as assert from 'node:assert/strict';
import { scanPhrases } from '../../../src/core/catalogue/detect';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue/catalogue';

/** Inflected forms a writer uses, as the phrase patterns accept them ("screen" -> "screening", "apply" -> "applies"). */
function inflections(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return [w];
  if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`];
  if (w.endsWith('e')) return [w, `${w}s`, `${w}d`, `${w.slice(0, -1)}ing`];
  if (w.endsWith('s')) return [w, `${w}es`];
  return [w, `${w}s`, `${w}ed`, `${w}ing`];
}

/** The phrase as people write it: inflected on its last word, in capitals, with hyphens as spaces or en dashes. */
function variants(phrase: string): string[] {
  const words = phrase.split(/\s+/);
  const last = words.pop()!;
  const out = inflections(last).map((f) => [...words, f].join(' '));
  out.push(phrase.toUpperCase(), phrase.replace(/-/g, ' '), phrase.replace(/-/g, '\u2013'), `the ${phrase}`);
  return out;
}

describe('phrase scan', () => {
  it('finds every catalogue phrase in the forms its pattern accepts (the word-stem prefilter drops no match)', () => {
    const missed: string[] = [];
    for (const d of DEFAULT_CATALOGUE.domains) {
      for (const p of d.phrases) {
        for (const v of variants(p)) {
          const text = `Our team built this so that ${v} happens in the pilot.`;
          if (!scanPhrases(text, DEFAULT_CATALOGUE).raw.some((h) => h.phrase === p.toLowerCase() && h.evidence === undefined)) missed.push(`${p} <- "${v}"`);
        }
      }
    }
    assert.deepEqual(missed, []);
  });

  it('does not report a phrase one of whose words is absent', () => {
    const p = DEFAULT_CATALOGUE.domains.flatMap((d) => d.phrases).find((x) => x.split(/\s+/).length >= 2)!;
    const first = p.split(/\s+/)[0];
    const text = `We ${first} nothing else here.`;
    assert.ok(!scanPhrases(text, DEFAULT_CATALOGUE).raw.some((h) => h.phrase === p.toLowerCase()));
  });
});
