// Text the card templates print for their authors: instructions ("Provide examples of latent issues ..."),
// the prompts of the Mitchell et al. template ("Primary intended uses"), and sentences the Hugging Face
// generators write whatever the model ("fine-tuned version of X on the None dataset"). Left in a card,
// they say nothing about the release, so a section holding only them is unfilled.

/** A line that instructs the card's author. */
const INSTRUCTION =
  /^(?:[-*+]\s+)?(?:(?:provide|describe|add|explain|include|mention|specify|fill\s+in|list|state)\s+(?:a|an|the|any|some|your|here|examples?|details?|information|links?|what|how|who|which|whether|more)\b|use\s+this\s+section\b|this\s+section\s+(?:should|is\s+meant|is\s+for|describes|provides)\b|one\s+paragraph\b|if\s+you\s+(?:initiali[sz]ed|used|have)\b|you\s+can\s+(?:include|embed|use\s+this)\b|use\s+the\s+code\s+below\s+to\s+get\s+started\b|(?:an?\s+)?(?:short\s+|brief\s+)?description\s+of\s+your\b)/i;

/**
 * Dataset names a card generator prints when it was given no named dataset: the Trainer's "None", a
 * config's "default" ("DATA - DEFAULT"), and the generic loaders of the datasets library.
 */
const LOADER_DEFAULT_NAMES = ['none', 'default', '[\\w.-]+\\s+-\\s+default', 'generator', 'imagefolder', 'audiofolder', 'videofolder', 'csv', 'json', 'parquet', 'text', 'arrow', 'pandas', 'webdataset'];

/** Sentences the templates and card generators print as they are. */
const GENERATED: readonly RegExp[] = [
  /\bthis (?:dataset|model) card aims to be a base template\b/i,
  /\bit has been generated using \[?this raw template\b/i,
  /\busers \((?:both )?direct and downstream\) should be made aware of the risks, biases and limitations\b/i,
  /\busers should be made aware of the risks, biases and limitations of the (?:model|dataset)\b/i,
  /\bmore information needed for further recommendations\b/i,
  // The Trainer names the dataset it was given; a loader's default name ("None", "DATA - DEFAULT",
  // "imagefolder", "generator", "csv") says nothing about which data it was.
  new RegExp(`\\bfine-tuned version of \\S.* on (?:an unknown|the (?:${LOADER_DEFAULT_NAMES.join('|')})) dataset\\b`, 'i'),
  /\bthis model card has been automatically generated\b/i,
  // The Hub's card metadata specification (modelcard.md / datasetcard.md), kept below its YAML block.
  /\bvalid license identifiers can be found in \[?our docs\b/i,
  /\bfor the full (?:model|dataset) card template, see\b/i,
  // The Data Statements template (Bender and Friedman; McMillan-Major et al.) explains each field in a quote.
  /^>?\s*\*explanation\.\*/i,
  /\bdelete the instructions when you(?:'|\u2019)re done\b/i,
  /\bthe best source is the original data statements paper\b/i,
  /\ba data statement is a characteri[sz]ation of a dataset\b/i,
];

/**
 * The prompts of the Mitchell et al. "Model Cards for Model Reporting" template, as list items with
 * nothing after them: a card that keeps them has not answered them.
 */
const MITCHELL_PROMPTS = new Set(
  [
    'person or organization developing model', 'model date', 'model version', 'model type',
    'information about training algorithms, parameters, fairness constraints or other applied approaches, and features',
    'paper or other resource for more information', 'citation details', 'license', 'where to send questions or comments about the model',
    'primary intended uses', 'primary intended users', 'out-of-scope use cases', 'relevant factors', 'evaluation factors',
    'model performance measures', 'decision thresholds', 'variation approaches', 'datasets', 'motivation', 'preprocessing',
    'unitary results', 'intersectional results',
  ].map((p) => p.toLowerCase()),
);

/** Whether a line (trimmed) is template text rather than something the authors wrote. */
export function isBoilerplate(line: string): boolean {
  if (INSTRUCTION.test(line)) return true;
  if (GENERATED.some((re) => re.test(line))) return true;
  const bare = line.replace(/^(?:[-*+]|\d+[.)])\s+/, '').replace(/[*_:.\s]+$/g, '').trim().toLowerCase();
  return /^(?:[-*+]|\d+[.)])\s/.test(line) && MITCHELL_PROMPTS.has(bare);
}
