// Section markers: the card author's word that a section covers a concept its heading does not name, as an
// HTML comment readers of the rendered card never see: "## Evidence" holding the evaluation gets
// <!-- release-readiness-section: evaluation -->. The marker belongs to the innermost heading whose
// section holds it; names are concept ids or heading words ("training data"), separated by commas.
import { CONCEPT_HEADINGS, conceptsForHeading } from './concepts';
import type { CardConcept } from './model';

/** The directive a marker comment opens with. */
const DIRECTIVE = 'release-readiness-section';

/** A marker comment; group 1 holds its names. */
export const SECTION_MARKER = new RegExp(`<!--\\s*${DIRECTIVE}\\b\\s*:?([^]*?)-->`, 'g');

/** The marker that makes a section count for `concept`, as fixes insert it and messages quote it. */
export function markerComment(concept: CardConcept): string {
  return `<!-- ${DIRECTIVE}: ${concept} -->`;
}

/** Every concept id, the names a marker may use besides heading words. */
export const MARKER_NAMES: readonly CardConcept[] = Object.keys(CONCEPT_HEADINGS) as CardConcept[];

/** Names that stand for more than one concept, as card requirements group them. */
const GROUPS: Readonly<Record<string, readonly CardConcept[]>> = {
  'bias-risks-limitations': ['bias-risks', 'limitations'],
};

/** The concepts a marker's names stand for, and the names that stand for none. */
export function markerConcepts(names: string): { concepts: CardConcept[]; unknown: string[] } {
  const concepts: CardConcept[] = [];
  const unknown: string[] = [];
  for (const raw of names.split(',')) {
    const name = raw.trim();
    if (!name) continue;
    const id = name.toLowerCase();
    // Heading words stand for the concept a heading of those words is named for ("Training Data").
    const found: readonly CardConcept[] = GROUPS[id] ?? ((MARKER_NAMES as readonly string[]).includes(id) ? [id as CardConcept] : conceptsForHeading(name).slice(0, 1));
    if (!found.length) unknown.push(name);
    for (const c of found) if (!concepts.includes(c)) concepts.push(c);
  }
  return { concepts, unknown };
}

/** A marker found in the text: `[start, end)` of its comment and what it names. */
export interface FoundMarker {
  start: number;
  end: number;
  concepts: CardConcept[];
  unknown: string[];
}

/** Markers in a card's text, outside code (`inCode`: a marker quoted in an example marks nothing). */
export function findMarkers(text: string, inCode: (offset: number) => boolean): FoundMarker[] {
  const out: FoundMarker[] = [];
  if (!text.includes(DIRECTIVE)) return out;
  for (const m of text.matchAll(SECTION_MARKER)) {
    if (inCode(m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, ...markerConcepts(m[1]) });
  }
  return out;
}
