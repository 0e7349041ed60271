// Which SPDX license a license file holds, read from its text: the file is compared with every license
// text of the SPDX License List (the `spdx-license-list` package), the way licensee and the SPDX matching
// guidelines do it - normalised words, copyright lines and the optional "how to apply" appendix removed,
// then the Sørensen-Dice coefficient over word pairs. No table of a few licenses: every listed license
// can match, and a text that matches none well enough is reported as unknown, never guessed.
import SPDX_DEPRECATED from 'spdx-license-ids/deprecated.json';

export interface LicenseTextMatch {
  /** The SPDX id when one license matches clearly. */
  id: string | undefined;
  /** Every id within a hair of the best score: licenses with the same text ("-only" / "-or-later") or near-identical ones. */
  candidates: string[];
  /** Dice coefficient of the best match, 0..1. */
  score: number;
  /** The license's full name from the list, for messages. */
  name: string | undefined;
  /** No license list to compare with here (the web build ships none). */
  unavailable?: boolean;
}

/** Below this the text is not taken as any listed license. */
export const MIN_SCORE = 0.9;
/** Scores closer than this to the best are a tie: the text cannot tell the licenses apart. */
export const TIE_MARGIN = 0.005;

interface Reference {
  id: string;
  name: string;
  /** Length of the normalised text, to skip references of a very different size cheaply. */
  length: number;
  text: string;
  pairs?: Set<string>;
}

let references: Promise<Reference[]> | undefined;

/** The SPDX texts, loaded on first use: the list is large and only init reads license files. */
function loadReferences(): Promise<Reference[]> {
  references ??= import('spdx-license-list/full.js').then((mod) => {
    const list = ((mod as { default?: unknown }).default ?? mod) as Record<string, { name: string; licenseText: string }>;
    const deprecated = new Set<string>(SPDX_DEPRECATED);
    const out: Reference[] = [];
    for (const [id, l] of Object.entries(list)) {
      if (deprecated.has(id) || id.endsWith('+') || typeof l?.licenseText !== 'string') continue;
      const text = normaliseLicenseText(l.licenseText);
      out.push({ id, name: l.name, length: text.length, text });
    }
    return out;
  });
  return references;
}

/**
 * Lower case, words only. Removed: copyright lines (they name holders and years, not terms), the text after
 * "END OF TERMS AND CONDITIONS" (the optional appendix of Apache and GNU licenses), URLs, and template
 * fields such as <year> or [name of copyright owner].
 */
export function normaliseLicenseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/end of terms and conditions[\s\S]*$/, ' ')
    .replace(/^[ \t]*(?:copyright\s*(?:\(c\)|©)?\s*(?:\d{4}|\(c\)|©|by\b|year\b|<|\[)|\(c\)|©).*$/gm, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^>\n]{1,60}>|\[[^\]\n]{1,60}\]/g, ' ')
    .replace(/\blicence\b/g, 'license')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function wordPairs(normalised: string): Set<string> {
  const words = normalised.split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  if (words.length === 1) out.add(words[0]);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The SPDX license a text holds; `id` is undefined when no license matches well or two match equally. */
export async function matchLicenseText(text: string): Promise<LicenseTextMatch> {
  const none: LicenseTextMatch = { id: undefined, candidates: [], score: 0, name: undefined };
  const normalised = normaliseLicenseText(text);
  if (normalised.length < 40) return none;
  const pairs = wordPairs(normalised);
  const scored: { ref: Reference; score: number }[] = [];
  const references = await loadReferences();
  if (references.length === 0) return { ...none, unavailable: true };
  for (const ref of references) {
    // Texts less than half or more than twice as long cannot reach the minimum score.
    if (ref.length * 2 < normalised.length || ref.length > normalised.length * 2) continue;
    ref.pairs ??= wordPairs(ref.text);
    scored.push({ ref, score: dice(pairs, ref.pairs) });
  }
  scored.sort((a, b) => b.score - a.score || (a.ref.id < b.ref.id ? -1 : 1));
  const best = scored[0];
  if (!best || best.score < MIN_SCORE) return { ...none, score: best?.score ?? 0 };
  const candidates = scored.filter((s) => best.score - s.score < TIE_MARGIN).map((s) => s.ref.id);
  return {
    id: candidates.length === 1 ? best.ref.id : undefined,
    candidates,
    score: best.score,
    name: candidates.length === 1 ? best.ref.name : undefined,
  };
}
