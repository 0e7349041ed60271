// What the rest of the core knows about a parsed Markdown card. Implemented in ./parse.ts.
import type { Range } from '../types';
import type { LineIndex } from '../text';

/** Concepts the alias table maps headings onto (see ./concepts.ts). */
export type CardConcept =
  | 'model-details'
  | 'intended-use'
  | 'out-of-scope-use'
  | 'limitations'
  | 'bias-risks'
  | 'recommendations'
  | 'training-data'
  | 'training-procedure'
  | 'evaluation'
  | 'environmental-impact'
  | 'citation'
  | 'contact'
  | 'dataset-description'
  | 'dataset-structure'
  | 'motivation'
  | 'composition'
  | 'collection-process'
  | 'preprocessing'
  | 'distribution'
  | 'maintenance'
  | 'personal-information'
  | 'license';

/** Level given to labels: deeper than any Markdown heading, so a heading's body runs past them. */
export const LABEL_LEVEL = 7;

export interface CardSection {
  /** Heading text without markers and trailing `[optional]`. */
  title: string;
  /**
   * 'heading': ATX, setext or HTML heading. 'label': a bold or italic label that opens a paragraph or list
   * item and acts as a heading ("**Out-of-scope:** ..."); only labels that name a concept are sections.
   */
  kind: 'heading' | 'label';
  /** 1-6 for headings; labels sit below every heading (LABEL_LEVEL). */
  level: number;
  /** The first of `concepts`, or undefined. */
  concept: CardConcept | undefined;
  /** Every concept the heading stands for (a compound heading stands for several). */
  concepts: readonly CardConcept[];
  /** Range of the heading line, or of the label's own text. */
  headingRange: Range;
  /** Offsets of the body: after the heading line up to the next heading of the same or higher level. */
  bodyStart: number;
  bodyEnd: number;
  /**
   * A label written without emphasis in a list item ("- Data: patient records ..."): it covers its concept,
   * but is no intended-use section to read whole for uses (a "Task:" line under Model Details names a task).
   */
  plain?: boolean;
  /** Body text with HTML comments, placeholders and blank lines removed; "" means not filled in. */
  meaningfulText: string;
}

/** A card author's marker that a section covers concepts its heading does not name (see ./markers.ts). */
export interface SectionMarker {
  /** Range of the marker comment. */
  range: Range;
  /** Concepts it names. */
  concepts: readonly CardConcept[];
  /** Names that stand for no concept, as written. */
  unknown: readonly string[];
  /** Title of the heading whose section holds it; undefined when it stands before any heading. */
  section: string | undefined;
}

export interface Placeholder {
  text: string;
  range: Range;
}

export interface FrontMatter {
  /** Plain data, or undefined when the YAML is not a mapping or does not parse. */
  data: Record<string, unknown> | undefined;
  /** Range of the whole block including the --- fences. */
  range: Range;
  errors: { message: string; range: Range }[];
  /** Range of a top-level front-matter key, for findings about it. */
  keyRange(key: string): Range | undefined;
  /** Range of a top-level key's value (the key itself when the value is empty), for fixes that replace it. */
  valueRange(key: string): Range | undefined;
}

export interface ParsedCard {
  path: string;
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter | undefined;
  /** Every heading and concept label in document order (never inside code or HTML comments). */
  sections: CardSection[];
  placeholders: Placeholder[];
  /** Section markers (`<!-- release-readiness-section: evaluation -->`), in document order. */
  markers: readonly SectionMarker[];
  /** [start, end) of each fenced code block, as markdown-it reads them: examples quote text, they state nothing. */
  fencedCode: readonly (readonly [number, number])[];
  /** First section named for a concept (its first concept), else the first that stands for it among others. */
  section(concept: CardConcept): CardSection | undefined;
}
