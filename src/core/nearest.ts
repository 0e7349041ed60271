// The candidate a misspelt word most likely meant ("hirng" -> "hiring", "evalution" -> "evaluation").
import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate (the first of equals) when it is within a typo's reach: a third of the word's
 * length, at least one edit and at most three. Otherwise undefined: a word far from every candidate is
 * no misspelling of one.
 */
export function nearestWithinTypo(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of candidates) {
    const d = distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best : undefined;
}
