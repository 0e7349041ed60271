// The heading alias table: card templates name the same thing differently (Hugging Face model and
// dataset cards in both generations, Mitchell et al. model cards, Datasheets for Datasets, Google PAIR
// Data Cards). Headings are normalised and looked up here; the table is data, extend it freely.
import type { CardConcept } from './model';

/** Headings as the templates spell them; normalised at load time (see normalizeHeading). */
export const HEADING_ALIASES: Readonly<Record<CardConcept, readonly string[]>> = {
  'model-details': [
    'Model Details', 'Model Description', 'Model Sources', 'Model Summary', 'Model Overview', 'Model Information',
    'Model Architecture and Objective', 'Technical Specifications',
  ],
  'intended-use': [
    // Hugging Face (both generations), Mitchell, Datasheets ("Uses"), PAIR Data Cards.
    'Uses', 'Direct Use', 'Downstream Use', 'Intended Use', 'Intended Uses', 'Intended Use Cases',
    'Intended uses & limitations', 'Primary intended uses', 'Primary intended users', 'Intended Users',
    'Use Cases', 'Suitable Use Cases', 'Suitable Use Case(s)', 'Dataset Uses', 'Dataset Use(s)',
    'Supported Tasks and Leaderboards', 'Intended Purpose', 'Direct Use and Downstream Use', 'Model Use',
    'Model Usage', 'Intended Use and Out-of-Scope Uses',
  ],
  'out-of-scope-use': [
    'Out-of-Scope Use', 'Out-of-Scope Uses', 'Out-of-scope use cases', 'Out of Scope', 'Misuse',
    'Misuse and Out-of-scope Use', 'Misuse, Malicious Use, and Out-of-Scope Use', 'Unsuitable Use Cases',
    'Unsuitable Use Case(s)', 'Limitations and out-of-scope', 'Prohibited Uses', 'Uses to Avoid',
    'Inappropriate Uses', 'Not Intended Uses', 'Unintended Uses', 'Out-of-Scope and Prohibited Uses',
    'Not Intended For', 'Not Intended Use',
  ],
  limitations: [
    'Limitations', 'Known Limitations', 'Other Known Limitations', 'Technical Limitations', 'Model Limitations',
    'Caveats', 'Limitations and Caveats',
  ],
  'bias-risks': [
    'Bias, Risks, and Limitations', 'Bias, Risks and Limitations', 'Risks and Limitations', 'Ethical Considerations',
    'Ethical Considerations and Risks', 'Caveats and Recommendations', 'Limitations and Bias', 'Bias and Limitations',
    'Bias', 'Biases', 'Known Biases', 'Bias and Fairness', 'Fairness', 'Discussion of Biases',
    'Social Impact of Dataset', 'Considerations for Using the Data', 'Risks', 'Risks and Harms',
    'Risk(s) and Mitigation(s)', 'Ethics', 'Safety', 'Ethical Considerations and Limitations',
  ],
  recommendations: ['Recommendations', 'Recommendation'],
  'training-data': [
    'Training Data', 'Training Dataset', 'Training Datasets', 'Training and Evaluation Data', 'Pretraining Data',
    'Fine-tuning Data', 'Data',
  ],
  'training-procedure': [
    'Training Details', 'Training Procedure', 'Training', 'Training Hyperparameters', 'Speeds, Sizes, Times',
    'Training Setup', 'Fine-tuning',
  ],
  evaluation: [
    'Evaluation', 'Evaluation Data', 'Evaluation Results', 'Results', 'Testing Data, Factors & Metrics', 'Testing Data',
    'Factors', 'Metrics', 'Quantitative Analyses', 'Quantitative Analysis', 'Performance', 'Benchmarks',
    'Evaluation Metrics', 'Model Performance', 'Validation Types',
  ],
  'environmental-impact': ['Environmental Impact', 'Carbon Emissions', 'Carbon Footprint'],
  citation: ['Citation', 'Citation Information', 'Citations', 'BibTeX', 'How to Cite', 'Cite'],
  contact: [
    'Model Card Contact', 'Dataset Card Contact', 'Contact', 'Contact Information', 'Point of Contact',
    'Model Card Authors', 'Dataset Card Authors', 'Dataset Curators', 'Authorship', 'Contributions',
  ],
  'dataset-description': [
    'Dataset Details', 'Dataset Description', 'Dataset Summary', 'Dataset Overview', 'Dataset Card',
    'Languages', 'Example of Data Points',
  ],
  'dataset-structure': [
    'Dataset Structure', 'Data Structure', 'Data Fields', 'Data Instances', 'Data Splits', 'Dataset Schema',
    'Schema', 'Features',
  ],
  motivation: ['Motivation', 'Motivations & Intentions', 'Curation Rationale', 'Dataset Motivation'],
  composition: ['Composition', 'Data Composition', 'Dataset Composition'],
  'collection-process': [
    'Collection Process', 'Data Collection', 'Data Collection Process', 'Data Collection and Processing',
    'Initial Data Collection and Normalization', 'Source Data', 'Who are the source data producers?',
    'Who are the source language producers?', 'Provenance', 'Sampling Methods', 'Dataset Creation',
  ],
  preprocessing: [
    'Preprocessing', 'Preprocessing/Cleaning/Labeling', 'Preprocessing, Cleaning, and Labeling', 'Data Preprocessing',
    'Annotations', 'Annotation Process', 'Who are the annotators?', 'Annotations & Labeling', 'Transformations',
    'Cleaning',
  ],
  distribution: [
    'Distribution', 'Access, Retention, & Wipeout', 'Access, Rentention, & Wipeout', 'Access', 'Dataset Distribution',
  ],
  maintenance: ['Maintenance', 'Dataset Maintenance', 'Data Maintenance', 'Updates', 'Maintainers'],
  'personal-information': [
    'Personal and Sensitive Information', 'Privacy Considerations', 'Privacy', 'Human and Other Sensitive Attributes',
    'Sensitive Information', 'Personal Information', 'Sensitive Data', 'Data Privacy', 'PII',
  ],
  license: ['License', 'Licence', 'Licensing', 'Licensing Information', 'License Information', 'Terms of Use'],
};

/**
 * Lower case, `&` -> "and", trailing "[optional]" and leading numbering ("2.1", "A.") removed,
 * punctuation and emphasis markers turned into spaces: "Bias, Risks, and Limitations" -> "bias risks and limitations".
 */
export function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/\[optional\]\s*$/, '')
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\.)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LOOKUP: ReadonlyMap<string, CardConcept> = (() => {
  const m = new Map<string, CardConcept>();
  for (const [concept, titles] of Object.entries(HEADING_ALIASES) as [CardConcept, readonly string[]][]) {
    for (const t of titles) {
      const key = normalizeHeading(t);
      // One heading, one concept: a duplicate in the table is a data bug worth failing loudly on.
      if (m.has(key) && m.get(key) !== concept) throw new Error(`alias table: "${t}" maps to ${m.get(key)} and ${concept}`);
      m.set(key, concept);
    }
  }
  return m;
})();

/** The concept a heading stands for, or undefined. Headings with a leading name ("Model Card for X") map to nothing. */
export function conceptForHeading(title: string): CardConcept | undefined {
  return LOOKUP.get(normalizeHeading(title));
}

export type CardKind = 'model-card' | 'dataset-card';

/** One thing a card must cover; any of `anyOf` satisfies it. `preferred` is what a fix inserts. */
export interface ConceptRequirement {
  /** Human wording for messages: "intended use". */
  label: string;
  anyOf: readonly CardConcept[];
  preferred: CardConcept;
}

export const REQUIRED_CONCEPTS: Readonly<Record<CardKind, readonly ConceptRequirement[]>> = {
  'model-card': [
    { label: 'intended use', anyOf: ['intended-use'], preferred: 'intended-use' },
    { label: 'out-of-scope use', anyOf: ['out-of-scope-use'], preferred: 'out-of-scope-use' },
    { label: 'bias, risks and limitations', anyOf: ['bias-risks', 'limitations'], preferred: 'bias-risks' },
    { label: 'training data', anyOf: ['training-data'], preferred: 'training-data' },
    { label: 'evaluation', anyOf: ['evaluation'], preferred: 'evaluation' },
  ],
  'dataset-card': [
    { label: 'dataset description or motivation', anyOf: ['dataset-description', 'motivation'], preferred: 'dataset-description' },
    { label: 'intended use', anyOf: ['intended-use'], preferred: 'intended-use' },
    { label: 'dataset structure or composition', anyOf: ['dataset-structure', 'composition'], preferred: 'dataset-structure' },
    { label: 'collection process', anyOf: ['collection-process'], preferred: 'collection-process' },
    { label: 'bias, risks and limitations', anyOf: ['bias-risks', 'limitations'], preferred: 'bias-risks' },
    // A datasheet answers the personal-data questions under Composition; a Hugging Face card has its own heading.
    { label: 'personal and sensitive information', anyOf: ['personal-information', 'composition'], preferred: 'personal-information' },
  ],
};

/** The heading a fix inserts for a concept (Hugging Face template wording). */
export const CONCEPT_HEADINGS: Readonly<Record<CardConcept, string>> = {
  'model-details': 'Model Details',
  'intended-use': 'Uses',
  'out-of-scope-use': 'Out-of-Scope Use',
  limitations: 'Limitations',
  'bias-risks': 'Bias, Risks, and Limitations',
  recommendations: 'Recommendations',
  'training-data': 'Training Data',
  'training-procedure': 'Training Procedure',
  evaluation: 'Evaluation',
  'environmental-impact': 'Environmental Impact',
  citation: 'Citation',
  contact: 'Model Card Contact',
  'dataset-description': 'Dataset Description',
  'dataset-structure': 'Dataset Structure',
  motivation: 'Motivation',
  composition: 'Composition',
  'collection-process': 'Data Collection and Processing',
  preprocessing: 'Preprocessing',
  distribution: 'Distribution',
  maintenance: 'Maintenance',
  'personal-information': 'Personal and Sensitive Information',
  license: 'License',
};
