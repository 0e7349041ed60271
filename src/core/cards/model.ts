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

export interface CardSection {
  /** Heading text without markers and trailing `[optional]`. */
  title: string;
  level: number;
  concept: CardConcept | undefined;
  /** Range of the heading line. */
  headingRange: Range;
  /** Offsets of the body: after the heading line up to the next heading of the same or higher level. */
  bodyStart: number;
  bodyEnd: number;
  /** Body text with HTML comments, placeholders and blank lines removed; "" means not filled in. */
  meaningfulText: string;
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
  /** Every heading in document order (ATX and setext; never inside code or HTML comments). */
  sections: CardSection[];
  placeholders: Placeholder[];
  /** First section for a concept (a parent heading counts when any of its subsections map to it). */
  section(concept: CardConcept): CardSection | undefined;
}
