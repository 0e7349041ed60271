// Concepts a card states in prose rather than under a heading of their own: an exclusion written under
// "Uses", limitations inside "Model Details", the intended use in the opening paragraph. A reader counts
// these as covered, so the section rules do too (an info hint may still suggest a heading).
import { conceptsForHeading, headConcepts, type ConceptRequirement } from './concepts';
import { isPlaceholderText } from './placeholders';
import type { CardConcept, CardSection, ParsedCard } from './model';
import { meaningfulTextIn, ownMeaningfulText } from './parse';
import type { Range } from '../types';
import { asciiPunctuation } from '../language/words';

/** Verbs that name what a model or system does ("classifies", "ranks"), in the third person. */
const TASK_VERBS_3RD =
  'classifies|predicts|detects|generates|translates|summari[sz]es|answers|extracts|identifies|segments|recogni[sz]es|estimates|recommends|ranks|scores|flags|prioriti[sz]es|forecasts|transcribes|tags|labels|retrieves|captions|assesses|monitors|triages|screens|converts|localizes|tracks|counts|parses|matches';

/** The same verbs as infinitives ("trained to detect"). */
const TASK_VERBS = 'classify|predict|detect|generate|translate|summari[sz]e|answer|extract|identify|segment|recogni[sz]e|estimate|recommend|rank|score|flag|prioriti[sz]e|forecast|transcribe|tag|label|retrieve|caption|assess|monitor|triage|screen|convert|locali[sz]e|track|count|parse|match|understand|analy[sz]e|reason';

/** The same verbs as gerunds, as a task is named at the start of a sentence ("Identifying named entities in ..."). */
const TASK_GERUNDS = 'classifying|predicting|detecting|generating|translating|summari[sz]ing|answering|extracting|identifying|segmenting|recogni[sz]ing|estimating|recommending|ranking|scoring|flagging|prioriti[sz]ing|forecasting|transcribing|tagging|labell?ing|retrieving|captioning|assessing|monitoring|triaging|screening|converting|locali[sz]ing|tracking|counting|parsing|matching';

/** Things made for a purpose, as cards name themselves. */
const ARTIFACT_NOUNS =
  'dataset|data\\s+set|corpus|corpora|benchmark|collection|lexicons?|resource|suite|testbed|test\\s+bed|model|classifier|detector|system|tool|interface|pipeline|application|app|service|ranker|scorer|predictor|recommender|regressor|segmenter|tagger|parser|encoder|assistant|chatbot|agent|engine|toolkit|library|framework|network|algorithm';

/** Things that do a task, as a card names the release that acts ("This network segments eight organs"). */
const SYSTEM_NOUNS = 'model|system|tool|classifier|detector|pipeline|application|app|service|network|algorithm|engine|predictor|estimator|segmenter|tracker';

/** Data as items: what an annotated set is made of ("annotated Twitter messages for stance detection"). */
const DATA_NOUNS = 'messages|tweets|texts|sentences|documents|images|recordings|examples|pairs|posts|comments|reviews|dialogues|utterances|videos';

/** What such a thing is made for: tasks and activities, as nouns ("stance detection", "GNN research"). */
const TASK_NOUNS =
  'detection|classification|recognition|prediction|extraction|translation|generation|segmentation|summari[sz]ation|retrieval|tagging|parsing|answering|reasoning|understanding|analysis|research|study|studies|training|evaluation|benchmarking|fine-?tuning|modell?ing|forecasting|identification|estimation|transcription|ranking|recommendation|captioning|teaching|education|experiments?|experimentation|development|pretraining|pre-training|challenge|competition|hackathon|shared\\s+task|project';

/** Small numbers as words: "three classes". */
const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty';

/**
 * Statement shapes per concept, matched in the card's meaningful text (comments, placeholders, code and
 * headings removed). Each is a way people write the concept in a sentence, not a topic word: "risk" alone
 * appears in credit-risk models' descriptions, "may produce biased outputs" states a risk.
 */
/** Purposes a release may be confined to, alone or listed ("research and education only"). */
const CONFINED_PURPOSE = '(?:research|reference|educational|education|academic|non-commercial|informational|demo|demonstration|illustrative|testing|evaluation|personal)';
const CONFINED_PURPOSES = `${CONFINED_PURPOSE}(?:(?:\\s*(?:,|and|or|&)\\s*|\\s+)${CONFINED_PURPOSE})*`;

const STATEMENTS: Partial<Record<CardConcept, readonly RegExp[]>> = {
  'intended-use': [
    /\b(?:is|are|was|were)\s+(?:primarily\s+|mainly\s+|specifically\s+|only\s+|solely\s+)?(?:intended|designed|meant|built|developed|created|made|optimi[sz]ed)\s+(?:to|for)\b/i,
    // "... can be used to cite / load / download it" is how to handle the files, not what they are for; "to build
    // an AI model predicting final grades" says what the model will do.
    /\b(?:can|could|may|should|will|would)\s+be\s+(?:used|employed|utili[sz]ed|deployed|applied|leveraged)\s+(?:to\s+(?!(?:cite|load|download|install|access|open|read|import|run|build(?!\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:models?|classifiers?|systems?|predictors?|tools?)\b)|compile|parse|browse|reproduce)\b)|for|as|in|by)\b/i,
    /\bintended\s+(?:use|uses|purpose|users?|for|to)\b/i,
    /\buse[\s-]cases?\b/i,
    // "is suitable for", "may be useful for finding trends".
    /\b(?:is|are|be)\s+(?:very\s+|particularly\s+|especially\s+)?(?:useful|suitable|suited|appropriate|helpful|valuable)\s+(?:for|to)\b/i,
    // "You can use it for X" states a use; "you can use the model directly after tokenizing" is how to run it.
    // "Before you can use this model to perform inference, convert it": a precondition of running it.
    /(?<!\b(?:before|until|once|after)\s+)\b(?:you|we|users|researchers|developers|practitioners)\s+can\s+use\s+(?:(?:it|this|these|the|our|a)(?:\s+[\w-]+){0,2}\s+)?(?:to|for|as)\b/i,
    // "for research purposes", "for non-commercial research purposes only", "for scientific re-use".
    /\bfor\s+(?:[\w-]+\s+){0,2}?(?:research|educational|academic|non-commercial|teaching|scientific)\s+(?:(?:and|or|&)\s+[\w-]+\s+)?(?:purposes|use|re-?use)\b/i,
    // A sentence that opens with what it is good for: "Useful for benchmarking OCR systems."
    /(?:^|[.!?]\s+|(?:^|\s)[-*+\u2022]\s+)(?:useful|suitable|suited|ideal|helpful)\s+for\s+\w/i,
    // What the data is published for: "to reproduce the findings featured in our story", "If you want to re-run the analysis".
    /\bto\s+(?:reproduce|replicate|re-?run|verify|check)\s+(?:the\s+|our\s+|this\s+|these\s+)?(?:[\w-]+\s+){0,2}?(?:analys[ie]s|findings|results|study|studies|reporting|calculations)\b/i,
    // A data set "identifies subpopulations by age" through its fields: only a system's task verb states a use.
    // Its kind may be named before it: "This Random Forest model predicts credit card defaults".
    new RegExp(`\\b(?:this|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:${SYSTEM_NOUNS})\\s+(?:helps|allows|enables|lets|supports|${TASK_VERBS_3RD}|is\\s+used\\s+(?:to|for))\\b`, 'i'),
    // What it takes in and gives out: "This pipeline ingests mono audio sampled at 16kHz and outputs speaker diarization".
    new RegExp(`\\b(?:this|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:${SYSTEM_NOUNS})\\s+(?:takes|ingests|accepts|reads|receives)\\b[^.\\n]{1,120}?\\b(?:outputs|returns|produces|predicts|generates|emits|gives)\\b`, 'i'),
    // What the data was put to: "It was used to train a machine learning model to predict defaults".
    new RegExp(`\\b(?:it|this\\s+(?:dataset|data\\s+set|data|corpus))\\s+(?:was|were|has\\s+been|is)\\s+used\\s+to\\s+(?:train|build|develop|fine-?tune|evaluate|benchmark|${TASK_VERBS})\\b`, 'i'),
    /\b(?:this|the|our)\s+(?:dataset|data\s+set|corpus)\s+(?:helps|allows|enables|lets|supports|is\s+used\s+(?:to|for))\b/i,
    // What a model takes in to do its task: "This model class uses satellite data, ... and recent PV output to forecast ...".
    new RegExp(`\\b(?:this|the|our)\\s+(?:${SYSTEM_NOUNS})(?:\\s+[\\w-]+)?\\s+uses\\s+[^.\\n]{1,160}?\\bto\\s+(?:${TASK_VERBS})\\b`, 'i'),
    /\b(?:purpose|goal|aim)s?\s+of\s+(?:this|the|these|our)\s+(?:[\w-]+\s+){0,2}?(?:models?|datasets?|projects?|releases?|corpus|corpora|tools?|benchmarks?)\b/i,
    // A sentence that opens with its purpose: "Designed to exercise data validation, charting and export code."
    /(?:^|[.!?]\s+|(?:^|\s)[-*+\u2022]\s+)(?:designed|built|intended|meant|created|made|developed)\s+(?:to|for)\s+\w/i,
    // "trained to detect ...", "built to help ...", "gathered and created ... to assist in ...".
    new RegExp(`\\b(?:trained|fine-?tuned|built|designed|developed|created|made|gathered|collected|curated|constructed|assembled|compiled|released|introduced|proposed|(?:we|this\\s+paper|this\\s+work)\\s+(?:introduce|present|release|propose))\\s+(?:[\\w-]+\\s+){0,6}?(?:to|in\\s+order\\s+to)\\s+(?:help|assist|support|enable|facilitate|allow|serve|promote|advance|improve|train|evaluate|benchmark|test|measure|study|investigate|explore|research|teach|demonstrate|provide|compare|${TASK_VERBS})\\b`, 'i'),
    // A thing made for a task: "An annotated dataset for hate speech detection", "A chat interface for
    // legal research", "built as an alternative to X for GNN research".
    new RegExp(`\\b(?:${ARTIFACT_NOUNS})\\s+(?:[\\w-]+\\s+){0,5}?for\\s+(?:[\\w/()-]+\\s+){0,6}?(?:${TASK_NOUNS})\\b`, 'i'),
    // A thing made to do a task: "A predictive model to guide allocation of ...", "Machine learning project to predict ...".
    new RegExp(`\\b(?:${ARTIFACT_NOUNS}|project)\\s+to\\s+(?:help|assist|support|guide|inform|enhance|improve|advance|enable|facilitate|${TASK_VERBS})\\b`, 'i'),
    // A sentence opening with the data put to a task: "Dataset used to train [Teyvat characters text to image model]"
    // ("The model used to generate the captions was BLIP" tells how the data was made).
    new RegExp(`(?:^|[.!?]\\s+|(?:^|\\s)[-*+\\u2022]\\s+)(?:(?:this|a)\\s+)?(?:dataset|data\\s+set|corpus)\\s+used\\s+(?:to|for)\\s+(?:train|training|build|develop|fine-?tune|evaluate|benchmark|${TASK_VERBS})\\b`, 'i'),
    // Made for use somewhere or by someone: "to develop predictive models for use in Emergency Medical Dispatching".
    new RegExp(`\\b(?:${ARTIFACT_NOUNS})s?\\s+for\\s+use\\s+(?:in|by|at)\\s+\\w`, 'i'),
    // "ROTA is a machine learning model for converting offense text into codes": a gerund names the task.
    new RegExp(`\\b(?:${ARTIFACT_NOUNS})\\s+for\\s+(?:automatically\\s+|automated\\s+)?[a-z]{3,}ing\\s+(?!(?:the|a|an)\\s+(?:model|dataset)\\b)\\w`, 'i'),
    new RegExp(`\\b(?:annotated|labell?ed|curated|tagged)\\s+(?:[\\w-]+\\s+){0,2}?(?:${DATA_NOUNS})\\s+for\\s+(?:[\\w/-]+\\s+){0,6}?(?:${TASK_NOUNS})\\b`, 'i'),
    /\b(?:built|designed|developed|created|made|intended|meant|released)\s+as\s+(?:[\w-]+\s+){0,8}?for\s+(?:[\w/-]+\s+){0,6}?(?:research|study|studies|teaching|education|training|evaluation|benchmarking|testing|experiments?)\b/i,
    /\bmakes\s+it\s+possible\s+to\s+\w+/i,
    // What the release makes possible, as a participle: "static and easily downloadable, enabling reproducible research".
    /\b(?:enabling|allowing|facilitating)\s+(?:[\w-]+\s+){0,2}?(?:research|studies|evaluation|benchmarking|experiments?|comparisons?)\b/i,
    // Made for an occasion: "derived by the Fairlearn team for the SciPy 2021 tutorial".
    /\b(?:created|derived|prepared|compiled|made|built|assembled|curated|released)\s+(?:[\w-]+\s+){0,5}?for\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:tutorial|course|workshop|class|lecture|competition|challenge|hackathon|shared\s+task)s?\b/i,
    // "The dataset can help train speech recognition engines", "may be helpful for ...".
    /\b(?:can|could|may|will)\s+(?:help|be\s+helpful|be\s+of\s+use)\s+(?:to\s+|for\s+|in\s+)?\w+/i,
    // "Both models are teaching / research artifacts", "a research prototype".
    /\b(?:is|are)\s+(?:an?\s+|only\s+|purely\s+)?(?:[\w-]+\s*\/\s*)?(?:research|teaching|educational|academic|demo|demonstration|learning|portfolio|toy|proof[\s-]of[\s-]concept)\s+(?:artifacts?|artefacts?|prototypes?|projects?|demos?|exercises?|baselines?|tools?)\b/i,
    // A stated objective: "Research Objective: Evaluate how ...", "Goal: ...".
    /(?:^|[\u2022\-*]\s*)(?:[\w-]+\s+)?(?:objectives?|goals?|purpose|aims?)\s*:\s*\w/im,
    // What the release is, as its opening says it: "SepsisPulse is an interactive auditing platform that
    // compares ...", "A reinforcement-learning controller for a pumping network, designed to maintain ...".
    // How well it does is no purpose: "The result is a base model that performs quite well".
    new RegExp(`\\b(?:is|are)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:${ARTIFACT_NOUNS}|platform|dashboard|controller|solution)\\s+(?:that|which|for)\\s+(?!(?:performs|works|runs|achieves|scores|outperforms|beats|requires|needs)\\b)\\w`, 'i'),
    new RegExp(`(?:,|\\b(?:${ARTIFACT_NOUNS}|platform|controller))\\s+(?:designed|built|intended|meant|developed|optimi[sz]ed)\\s+(?:to|for)\\s+\\w`, 'i'),
    // A data set named for its task: "This is a resume sentence classification dataset".
    new RegExp(`\\b(?:is|are)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:${TASK_NOUNS})\\s+(?:dataset|data\\s+set|corpus|benchmark)\\b`, 'i'),
    // A tagline that names the release by what it does: "An AI-based online exam proctoring system that detects
    // cheating ...", "An automatic essay scoring system based on ..." (a training or evaluation pipeline is how
    // it was made, not what it is for).
    // A participle phrase may say how it was made first: "A multi-class model built using IBM AutoAI that predicts ...".
    new RegExp(`(?:^|:\\s*)(?:an?|the)\\s+(?:[\\w-]+\\s+){0,5}?(?:${ARTIFACT_NOUNS}|platform|controller|solution)\\s+(?:(?:built|trained|developed|made|created)\\s+(?:using|with|on|in|from)\\s+(?:[\\w-]+\\s+){1,3}?)?(?:that|which)\\s+(?:${TASK_VERBS_3RD}|helps|allows|enables|lets|supports|provides|makes|aims|can)\\b`, 'i'),
    new RegExp(`(?:^|:\\s*|^[-*+\\u2022]\\s+)(?:an?|the)\\s+(?:[\\w-]+\\s+){0,5}?(?!(?:training|pre-?training|fine-?tuning|evaluation|development|testing)\\s)(?:${TASK_GERUNDS}|${TASK_NOUNS})\\s+(?:${ARTIFACT_NOUNS}|platform|solution)s?\\b`, 'i'),
    // The same said of the release by name: "FaceMarker is an automated attendance marking system using ...".
    new RegExp(`\\b(?:is|are)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?(?!(?:training|pre-?training|fine-?tuning|evaluation|development|testing|learning|streaming|computing|programming|processing)\\s)(?:${TASK_GERUNDS}|${TASK_NOUNS}|[a-z]{3,}ing)\\s+(?:system|tool|application|app|platform|solution|service|software)\\b`, 'i'),
    // An aim named as a noun: "with the aim of answering clinically important questions".
    /\bwith\s+the\s+(?:aim|goal|purpose|objective|intention)\s+of\s+[a-z]+ing\b/i,
    // A purpose leading the sentence: "To support the research community, we have open-sourced ...".
    /(?:^|[.!?]\s+)to\s+(?:support|help|enable|facilitate|advance|promote|encourage|foster|accelerate)\b[^.\n]{0,100}?,\s*(?:we|this\s+[\w-]+)\s+(?:have\s+|are\s+|will\s+)?(?:open-?sourc\w*|releas\w*|buil[dt]\w*|creat\w*|develop\w*|publish\w*|provid\w*|made|make|share\w*)\b/i,
    // Offered as a point of comparison or a start: "provided as an optional neural baseline".
    /\b(?:provided|released|included|offered|shipped|serves?|serving)\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:baseline|reference\s+(?:model|implementation)|starting\s+point|template|demo|demonstration)\b/i,
    // A stated aim: "We aimed to develop and validate an AI model ... to assess the risk of ...".
    /\b(?:aim|aims|aimed|seek|seeks|sought|set\s+out|goal\s+(?:is|was))\s+to\s+(?:develop|build|create|design|construct|provide|deliver|produce|enable|support|share|offer|release|publish)\b/i,
    // The work's goal, whatever it does: "The goal is to **train/tune/deploy a fair binary classifier** for recidivism".
    /\b(?:the|our|my|main|primary)\s+(?:goal|aim|objective)\s+(?:of\s+(?:this|the)\s+[\w-]+\s+)?(?:is|was)\s+to\s+[*_`]*(?!keep\b|make\s+the\s+code\b)[a-z]/i,
    // What data makes possible: "These outcome fields allow the scoring model to be evaluated against ...".
    /\b(?:allows?|enables?|lets|permits?)\s+(?:[\w-]+\s+){0,4}?to\s+be\s+(?:evaluated|trained|tested|validated|benchmarked|measured|studied|compared|used)\b/i,
    // What a data set was used for: "was used to produce the public pseudonymisation model".
    // Or for: "This data was used for training, validation, and metrics for the ClimSim paper".
    /(?:\b(?:is|are|was|were|has\s+been|have\s+been)|,)\s+used\s+(?:to\s+(?:train|produce|build|develop|create|fine-?tune|evaluate|benchmark|pre-?train)|for\s+(?:the\s+)?(?:training|evaluation|evaluating|benchmarking|fine-?tuning|pre-?training|testing|validation))\b/i,
    // What it lets its users do: "It allows users to exercise the full pipeline without downloading ...".
    /\b(?:it|this|they)\s+(?:allows|enables|lets|allow|enable|let)\s+(?:users|you|researchers|developers|practitioners|anyone)\s+to\s+\w/i,
    // What a data set is a set for: "a training set for a Dutch language model tailored to legal applications".
    /\b(?:training|evaluation|test|testing|fine-?tuning|pre-?training|benchmark)\s+(?:set|data|dataset|corpus|material)\s+for\s+(?:an?\s+|the\s+)?(?!(?:the\s+)?(?:model|baseline)\b)[\w-]/i,
    // What the data was made ready for: "cleaned, filtered, and formatted for pre-training of language models",
    // "notes preprocessed to be used for style transfer".
    /\b(?:formatted|prepared|pre-?processed|packaged)\s+(?:to\s+be\s+used\s+)?for\s+(?:the\s+)?[a-z][\w-]*/i,
    // A paragraph or label that opens with its task: "Legal NER: Identifying relevant named entities in ...".
    new RegExp(`(?:^|:\\s*)(?:${TASK_GERUNDS})\\s+(?:[\\w-]+\\s+){0,3}?(?:in|from|of|for|on|with|into)\\s+\\w`, 'i'),
  ],
  'out-of-scope-use': [
    // "can't" and "won't" drop letters of their verb.
    /\b(?:(?:should|must|may|can|could|shall|will|is|are)\s*(?:not|n['\u2019]t|never)|can['\u2019]t|won['\u2019]t)\s+(?:be\s+)?(?:used|deployed|applied|relied|employed|intended|designed|meant|suitable|suited|appropriate|recommended|validated|approved|ready|applicable|usable)\b/i,
    // "Legal advice provided by the model should not be considered as professional legal counsel".
    /\b(?:should|must|shall|can|may)\s*(?:not|n['\u2019]t|never)\s+be\s+(?:considered|treated|regarded|taken|construed|viewed|seen)\s+as\b/i,
    /\bnot\s+(?:be\s+)?(?:intended|designed|meant|suitable|suited|appropriate|recommended|validated|approved|built|ready|applicable|usable)\s+(?:to|for|as)\b/i,
    // What the release itself does not do, as a decision: "It does not estimate bankruptcy/default probability, approve credit".
    /\b(?:it|the\s+model|this\s+model|the\s+tool|this\s+tool|the\s+system)\s+(?:does|do)\s*(?:not|n['\u2019]t)\s+(?:estimate|predict|approve|decide|diagnose|determine|score|rank|assess|replace|make\s+(?:decisions?|diagnos[ie]s))\b/i,
    // "is (probably) unsuitable for regression problems".
    /\b(?:is|are)\s+(?:\S+\s+)?(?:unsuitable|ill-suited|inappropriate)\s+(?:for|to)\b/i,
    // "we don't use system prompts" is the authors' practice, not a use they exclude.
    /(?<!\b(?:we|i)\s+)\b(?:do|does)\s*(?:not|n['\u2019]t)\s+use\b/i,
    // "we do not currently recommend it for commercial use".
    /\b(?:do|does)\s*(?:not|n['\u2019]t)\s+(?:currently\s+|yet\s+)?recommend\s+(?:it|this|the|using|its)\b/i,
    /\bout[\s-]+of[\s-]+scope\b/i,
    /\b(?:mis[\s-]?us(?:e|es|ed|ing)|malicious\s+(?:use|uses|utili[sz]ation|purposes?|applications?)|prohibited\s+uses?|unintended\s+uses?)\b/i,
    /\bnot\s+for\s+(?:use|commercial|clinical|medical|production|diagnostic|real[\s-]world|deployment|high[\s-]stakes)\b/i,
    /\bnot\s+(?:a|an|intended\s+as\s+a)\s+(?:substitute|replacement)\s+(?:for|of)\b/i,
    // What the release is not: "This is not a hiring product", "is not a medical device".
    /\b(?:(?:is|are)\s*(?:not|n['\u2019]t)\s+(?:an?\s+)?|not\s+an?\s+)(?:[\w-]+\s+){0,3}?(?:product|tool|service|solution|device|system)\b/i,
    // A restriction states the scope: "can only be used for questions like those in the dataset".
    /\b(?:can|should|may|must)\s+only\s+be\s+used\b|\bonly\s+(?:be\s+)?(?:used|suitable|intended|validated)\s+(?:for|with|on|in)\b/i,
    /\b(?:avoid|refrain\s+from)\s+using\b/i,
    // "We recommend against use in high-risk domains", "we strongly discourage deploying it".
    /\b(?:recommend|advise|caution|warn)(?:s|ed)?\s+against\b|\bdiscourage[sd]?\s+(?:its\s+|the\s+)?(?:use|using|deployment|deploying)\b/i,
    // "for research use only", "for educational and informational purposes only".
    // Said of the release: after "for", opening a sentence, or with "use" or "purposes" ("Disable for faster marking
    // (testing only)" describes an option).
    new RegExp(`(?:\\bfor\\s+|^[ \\t]*(?:[-*+][ \\t]+)?(?:\\*\\*|__)?|[.:!][ \\t]+)${CONFINED_PURPOSES}\\s+(?:use\\s+|purposes?\\s+)?only\\b|\\b${CONFINED_PURPOSES}\\s+(?:use|purposes?)\\s+only\\b`, 'im'),
    // A line that opens with what the release is not for: "- **Not for** emergency response, public warning, dispatch".
    /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?not\s+(?:for|to\s+be\s+used\s+(?:for|in|as))\b/im,
    // "meant to be used only for demo purposes", "Used only for support, not punitive measures".
    // "intended strictly for research and educational purposes".
    /\b(?:only|strictly|solely|exclusively)\s+(?:be\s+used\s+)?for\s+(?:[\w-]+\s+){0,3}?(?:purposes?|uses?)\b|\bused\s+only\s+(?:for|as|to|in)\b/i,
    // "Model is for supporting decisions, not replacing medical staff".
    // "cannot replace professional lawyers", "doesn't substitute for a clinician".
    /(?:\bnot|\bcannot|n['\u2019]t)\s+(?:to\s+)?(?:replace|replacing|substitute|substituting)\s+(?:for\s+)?\w/i,
    /\bnot\s+(?:as|for)\s+(?:a\s+|the\s+)?(?:sole|standalone|only|final|primary)\b/i,
    // What its output is not, set against what it is: "Predictions are estimates for demonstration, not appraisals or
    // financial decisions", "screening signals, not pathogen confirmation", "(not standalone diagnosis)", "It is
    // not an official CEFR assessment" ("Age is not a standalone trigger" says how a factor counts).
    /(?:,|\()\s*not\s+(?:an?\s+|the\s+)?(?:(?:official|standalone|stand-alone|definitive|certified|governed|binding|authoritative)\b|(?:[\w-]+\s+){0,2}?(?:appraisals?|diagnos[ie]s|decisions?|confirmations?|verdicts?|determinations?)\b)|\b(?:is|are)\s+not\s+(?:an?|the)\s+(?:official|definitive|certified|governed|binding|authoritative)\b/i,
    // "not cleared", "not production-approved", "not FDA-approved".
    // Said of the release, not of a record: "0 = not approved" is a label's value.
    /(?:\b(?:is|are|was|were|been|yet|currently|still|and|but)\s+|^[ \t]*(?:[-*+][ \t]+)?|[.:!][ \t]+)not\s+(?:[a-z]+-)?(?:cleared|certified|approved|validated|licensed)\b/im,
    // What its output must not be taken for: "Not legal advice", "does not provide medical advice".
    /\b(?:not|no|never|nor)\s+(?:provide\s+|give\s+|offer\s+|constitute\s+|a\s+substitute\s+for\s+)?(?:legal|medical|financial|investment|tax|clinical|professional)\s+advice\b/i,
    /(?:^|[.;:]\s+)not\s+for\s+\w/i,
    /\b(?:you\s+)?(?:should|might|may|could|need\s+to|have\s+to)\s+(?:look\s+(?:at|for)|use|choose|consider)\s+(?:a\s+|another\s+|other\s+|a\s+different\s+)?(?:model|models|tool|system)\b/i,
    // "Free for commercial and non-commercial use" allows both, and rules nothing out.
    /(?<!\b(?:diagnostic|clinical|commercial|production)\s+(?:and|or|&)\s+)\bnon[\s-]?(?:diagnostic|clinical|commercial|production)\s+(?:use|uses|purposes?)\b/i,
    // A stated use that sets another against it: "Intended use: reproducible research, not diagnosis, ...".
    /\b(?:intended\s+uses?|uses?|purpose)\s*:[^.\n]*?,\s*not\s+(?:for\s+)?\w/i,
  ],
  'bias-risks': [
    // Gaps in the data, said as such: "Note that there are some missing values in the original data corpus".
    /\bthere\s+(?:are|is|may\s+be|might\s+be)\s+(?:some\s+|many\s+|several\s+|a\s+few\s+|a\s+number\s+of\s+)?missing\s+(?:values|data|entries|labels|records|fields|annotations)\b/i,
    // What the release loses or where it falls short: "results in a noticeable loss of detail", "renders it
    // inappropriate for applications that require fine-grained details".
    /\b(?:noticeable|significant|considerable|substantial|some|slight|visible|severe|a)\s+(?:loss|degradation)\s+(?:of|in)\s+(?:detail|details|accuracy|quality|precision|information|resolution|fidelity|performance)\b/i,
    /\b(?:renders?|makes?)\s+(?:it|them|the\s+model|this\s+model)\s+(?:inappropriate|unsuitable|ill-suited|unfit)\s+for\b/i,
    // How far along it is: "They are currently at a research stage and not yet intended as production-ready models".
    /\b(?:is|are|remains?|still)\s+(?:currently\s+|still\s+)?(?:at|in)\s+(?:an?\s+)?(?:early|research|experimental|prototype|alpha|beta|pilot)\s+(?:stage|phase)\b|\bnot\s+(?:yet\s+)?production[\s-]ready\b/i,
    // A hedged warning about the content: "Some conversations may be offensive", "labels can be noisy".
    /\b(?:may|might|can|could)\s+(?:also\s+)?(?:be|contain|include)\s+(?:[\w-]+\s+){0,2}?(?:offensive|harmful|toxic|disturbing|upsetting|biased|inaccurate|incorrect|noisy|incomplete|outdated|misleading|unrepresentative)\b/i,
    // Who the data does not stand for: "unlikely to reflect the Danish population as a whole".
    /\b(?:unlikely|not|fails?)\s+to\s+(?:fully\s+)?(?:reflect|represent)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:population|public|people|society|users|speakers|patients)\b|\b(?:does|do|may|might)\s*(?:not|n't)\s+(?:fully\s+)?(?:reflect|represent)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:population|public|people|society|users|speakers|patients)\b/i,
    // What it leaves out for now: "Currently F1000 does not include specific citation spans".
    /\b(?:currently|yet|still|for\s+now|at\s+(?:the\s+)?moment)\b[^.\n]{0,40}?\b(?:does|do)\s*(?:not|n't)\s+(?:include|contain|cover|support|handle|capture)\b|\b(?:does|do)\s*(?:not|n't)\s+(?:yet|currently)\s+(?:include|contain|cover|support|handle|capture)\b/i,
    /\b(?:known|main|key|several|some|important|following|potential|other|current|technical|major)\s+(?:limitations?|biases|risks?|caveats?|weaknesses|shortcomings)\b/i,
    /\blimitations?\s+(?:of|include|are|is|to|in)\b|\blimitations?\s*:/i,
    /\b(?:has|have|with)\s+(?:\w+\s+){0,2}limitations?\b/i,
    /\bbias(?:es)?\s+(?:in|against|toward|towards|of|from|present|inherent|that)\b/i,
    /\b(?:reflects?|contains?|inherits?|exhibits?|amplif(?:y|ies)|perpetuates?|shows?|encodes?|reproduces?)\s+(?:[\w-]+,?\s+){0,5}(?:bias(?:es)?|stereotypes?)\b/i,
    // "That is the honest limit of the release", "the main limits of this data" (not a paper's "Pushing the limits of ...").
    /\b(?:the|a|an|its|main|key|honest|known|obvious)\s+limits?\s+(?:of|to|on)\s+(?:the|this|our|these|its)\s+(?:release|model|data|dataset|approach|system|tool|work|method|benchmark|corpus)s?\b/i,
    /\b(?:is|are|be|been|being)\s+(?:\w+\s+)?biased\b/i,
    /\b(?:social|societal|gender|racial|demographic|selection|sampling|cultural|geographic|historical|label)\s+bias(?:es)?\b/i,
    // "the risk of misuse", not the risk a model predicts ("assess the risk of in-hospital mortality") or
    // that people run ("those at highest risk of homelessness", "their risk of interacting with services").
    /(?<!\b(?:assess|assesses|assessing|predict|predicts|predicting|predicted|estimate|estimates|estimating|estimated|score|scores|scoring|calculate|calculates|calculated|quantify|quantifies|model|models|modell?ing|forecast|forecasts|stratify|stratifies)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|each\s+)?(?:[\w'\u2019-]+\s+)?|\bat\s+(?:\w+\s+)?|\b(?:their|his|her|whose|[\w-]+['\u2019]s?)\s+(?:own\s+)?)\brisks?\s+(?:of|include|associated|that)\b/i,
    /\b(?:may|might|could)\s+(?:produce|generate|contain|reflect|fail|hallucinate|output|misclassify|miss|have|make\s+mistakes|be\s+(?:inaccurate|biased|wrong|unreliable|incorrect|offensive|misleading|erroneous|noisy|incomplete|outdated|mislabell?ed))\b/i,
    /\b(?:may|can|could|might)\s+(?:\w+\s+){0,4}(?:toxic|harmful|offensive|unfair|discriminatory)\b/i,
    /\b(?:(?:does|do|will|might|may|can)\s*(?:not|n['\u2019]t)|won['\u2019]t)\s+(?:work|perform|generali[sz]e|transfer|do\s+well)\b/i,
    // What it fails at: "it is likely that the MTCNN cannot find face in an image", "may fail to detect small lesions".
    // What the reader cannot find is their own trouble: "If you cannot find the weights".
    /(?<!\b(?:you|we|i|users?)\s+)\b(?:cannot|can['\u2019]t|could\s+not|(?:may|might|can|will|often|sometimes)\s+fail\s+to|fails\s+to|is\s+unable\s+to)\s+(?:reliably\s+|always\s+|correctly\s+)?(?:find|detect|recogni[sz]e|identify|distinguish|handle|capture|segment|locate|read|transcribe)\b/i,
    // "encounters challenges such as endless repetition", "struggles with long documents" ("teams face
    // challenges with sensitive data" is the users' problem, not the release's).
    /\bencounter(?:s|ed)?\s+(?:\S+\s+){0,2}?(?:challenges|difficulties)\s+(?:such\s+as|with|in|when|on)\b|\bstruggles?\s+(?:with|to|on)\b/i,
    /\bhallucinat\w*|\bstereotyp\w*/i,
    // Errors named as such: "typical errors which occur while capturing data"; weak or noisy labels.
    /\b(?:typical|common|known|systematic|frequent|recurring|occasional|rare|minor|some)\s+(?:[\w-]+\s+)?(?:errors?|mistakes?|failures?|artefacts?|artifacts?|inaccuracies)\s+(?:are|is|were|was|may|can|remain|exist)\b|\b(?:typical|common|known|systematic|frequent|recurring)\s+(?:errors?|mistakes?|failures?|artefacts?|artifacts?|issues?|problems?)\b|\bweak(?:ly)?\s+(?:[\w-]+\s+)?(?:labels?|supervision|annotations?)\b|\bnoisy\s+labels?\b|\blabel\s+noise\b/i,
    // Who or what the data leans towards: "skew the model towards recent notes", "under-represented groups".
    /\bskew(?:s|ed|ing)?\b|\b(?:is|are|highly|heavily|very|strongly)\s+imbalanced\b|\bclass\s+imbalance\b|\bimbalance\s+(?:in|between|of|across)\b|\b(?:under|over)[\s-]?represent\w*/i,
    // "has the potential for dual use", "can still be used for nefarious purposes".
    /\bdual[\s-]use\b|\bused\s+for\s+(?:nefarious|malicious|harmful|illegal)\s+purposes\b/i,
    // "has not undergone clinical testing", "has not been validated", "use at your own risk".
    /\b(?:has|have)\s*(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:been\s+|undergone\s+)?(?:\w+\s+)?(?:tested|validated|evaluated|audited|established|verified|proven|demonstrated|testing|validation|evaluation|trials?)\b/i,
    /\bat\s+(?:the\s+)?(?:\w+['\u2019]s?\s+)?own\s+risk\b/i,
    // A hedged cost of using it: "may result in significantly higher false-reject rates"; and a part not yet done:
    // "the French translation is still a work in progress".
    /\b(?:may|might|can|could|will|would)\s+(?:\w+\s+)?(?:result|lead)\s+in\s+(?:\w+\s+)?(?:higher|lower|worse|poorer|poor|more|increased|reduced|degraded|false|incorrect|inaccurate|unreliable|biased)\b/i,
    /\b(?:is|are)\s+(?:still\s+)?(?:a\s+)?work[\s-]in[\s-]progress\b/i,
    // Work it still needs: "performs quite well but requires some further instruction fine-tuning", "Additional training is needed".
    /\b(?:requires?|needs?)\s+(?:some\s+)?(?:further|additional|more)\s+(?:[\w-]+\s+)?(?:training|fine-?tuning|work|validation|testing|evaluation)\b|\b(?:further|additional|more)\s+(?:[\w-]+\s+)?(?:training|fine-?tuning|work|validation|testing)\s+(?:is|are)\s+(?:still\s+)?(?:needed|required|necessary)\b/i,
    /\b(?:may|might|could|can|will)\s+(?:perform|behave|work)\s+(?:very\s+)?(?:differently|worse|poorly|less\s+well|badly)\b/i,
    /\b(?:caveats?|shortcomings?|weakness(?:es)?|failure\s+(?:modes?|cases?)|drawbacks?)\b/i,
    // What something holds back: "monocular capture limits finger precision".
    /\blimits\s+(?:the\s+)?(?:[\w-]+\s+)?(?:precision|accuracy|performance|quality|coverage|generali[sz]ation|resolution|recall|reliability|robustness)\b/i,
    /\b(?:is|are)\s*(?:not|n['\u2019]t)\s+(?:always\s+|fully\s+|programmatically\s+|necessarily\s+)?(?:accurate|reliable|perfect|robust|reproducible|complete|exhaustive|verified|up[\s-]to[\s-]date)\b/i,
    /\b(?:only|solely)\s+(?:supports?|works?\s+(?:on|with|for)|trained\s+on|covers?|handles?)\b/i,
    // "English only", "(Linux only)"; "The only official link" names one thing, it restricts nothing.
    /(?:^|[a-z,;:(]\s+)(?!(?:The|A|An|This|That|These|Those|Our|Its|Their|His|Her|It|We|You|One)\s)[A-Z][a-z]+\s+only\b/m,
    /\bnot\s+(?:\w+\s+)?(?:representative|generali[sz]able|comprehensive|exhaustive|balanced)\b/i,
    /\b(?:must|should)\s+be\s+(?:reviewed|validated|verified|checked|double-checked)\s+by\b/i,
    // "depend on numerous factors beyond this model's scope".
    /\bbeyond\s+(?:the\s+|this\s+|its\s+)?(?:(?:model|tool|system|dataset)['\u2019]s\s+)?(?:scope|capabilit(?:y|ies))\b/i,
    // "the inference results are sensitive to the input data".
    /\b(?:results?|predictions?|outputs?|performance|accuracy|models?|scores?|estimates?)\s+(?:are|is|can\s+be|may\s+be|remains?)\s+(?:very\s+|highly\s+|quite\s+|rather\s+)?sensitive\s+to\b/i,
    // "Detection accuracy depends on camera angle, lighting conditions, and threshold configuration", "quality varies across languages".
    /\b(?:performance|accuracy|quality|results?|predictions?|outputs?)\s+(?:(?:is|are)\s+)?(?:heavily\s+|strongly\s+|largely\s+|highly\s+)?(?:depends?|dependent|relies|rely|varies|vary)\s+(?:\w+\s+)?(?:on|upon|with|across|by)\b/i,
    // "performance can degrade on other domains", "accuracy drops for ...".
    /\b(?:performance|accuracy|quality|results?|predictions?)\s+(?:\w+\s+){0,2}?(?:degrades?|drops?|decreases?|deteriorates?|suffers?|worsens?|declines?)\b/i,
    // Claims the card does not make: "does not support group-fairness claims", "no reliability claim is
    // made", "answers are not guaranteed to be correct".
    /\b(?:does|do|can|could)\s*(?:not|n['\u2019]t)\s+(?:support|justify|warrant|allow|permit)\s+(?:[\w-]+\s+){0,3}?(?:claims?|conclusions?|inferences?|generali[sz]ations?)\b/i,
    /\bno\s+(?:[\w-]+\s+)?(?:claims?|guarantees?)\s+(?:is|are)\s+(?:made|given|offered|provided)\b|\bno\s+guarantees?\s+(?:of|that|about|on|for)\b/i,
    /\b(?:is|are)\s*(?:not|n['\u2019]t)\s+guaranteed\b|\b(?:cannot|can['\u2019]?t|can\s+not)\s+be\s+guaranteed\b/i,
    // What the data may not carry over faithfully: "the dataset may not exactly replicate the original information".
    /\b(?:may|might|does|do)\s*(?:not|n['\u2019]t)\s+(?:exactly|fully|accurately|always|perfectly|faithfully)\s+(?:replicate|reproduce|reflect|match|capture|represent)\b/i,
    // Where it does well, as a condition: "will perform best if applied to 160x160 images", "works best on English".
    /\b(?:works?|performs?|working|performing)\s+best\s+(?:on|with|when|if|for|in)\b|\b(?:achieves?|gives?|yields?|gets?|produces?|delivers?)\s+(?:the\s+)?best\s+(?:results?|accuracy|performance|quality)\s+(?:if|when|on|with|for)\b/i,
    // What the model leaves out: "no escalation or human behaviour characteristics are included in the model",
    // "the model does not account for seasonality".
    /\bno\s+(?:[\w-]+\s+){0,6}?(?:is|are)\s+(?:currently\s+|yet\s+)?(?:included|modell?ed|considered|captured|represented|accounted\s+for)\s+(?:in|by)\s+the\s+model\b/i,
    /\b(?:the\s+)?model\s+(?:currently\s+)?(?:does|do|did)\s*(?:not|n['\u2019]t)\s+(?:currently\s+|yet\s+)?(?:account\s+for|include|model|consider|capture|reflect|incorporate|take\s+into\s+account)\b/i,
    // What the release cannot cope with: "It does not handle image-based or heavily formatted resumes",
    // "the detector cannot recognise partially hidden faces".
    /\b(?:it|model|system|classifier|detector|tool|pipeline|app|parser)\s+(?:currently\s+)?(?:does|do|can|could|will|may|might)\s*(?:not|n['\u2019]t)\s+(?:yet\s+|always\s+|reliably\s+|currently\s+)?(?:handle|cope\s+with|work\s+(?:well\s+)?(?:with|on|for)|recogni[sz]e|detect|understand|generali[sz]e)\b|\b(?:it|model|system|classifier|detector|tool|pipeline|app|parser)\s+cannot\s+(?:yet\s+|always\s+|reliably\s+)?(?:handle|cope\s+with|recogni[sz]e|detect|understand|generali[sz]e)\b/i,
  ],
  'training-data': [
    // "has not been fine-tuned on any specific voice" says what it was not trained on; "the data it has been
    // trained on." names no data (the preposition ends its clause).
    /(?<!\b(?:not|never)\s+(?:been\s+|be\s+)?)\b(?:trained|fine-?tuned|pre-?trained|finetuned)\s+(?:\S+\s+){0,6}?(?:on|using|with|from)\b(?!\s*(?:[.,;:!?)]|$))/i,
    /\btraining\s+(?:data|set|dataset|corpus|split|examples|samples|images)\s+(?:is|are|was|were|consists?|comes?|came|includes?|contains?|comprises?)\b/i,
    /\b(?:data|dataset|corpus)\s+used\s+(?:for|to|in)\s+(?:train|fine-?tun)/i,
    // Named as the run that used it: "output from finetuning [`llama-3-8b`](...) on the [`finance-alpaca`](...) dataset".
    // "The training is conducted on a curated subset of the **WikiArt dataset**".
    /\b(?:fine-?tuning|finetuning|training|pre-?training)\s+(?:\S+\s+){0,6}?on\s+(?:the\s+|a\s+|our\s+)?(?:\S+\s+){0,5}?(?:dataset|data\s+set|corpus)\b/i,
    // What the model learns from, as a tool's README says it: "uses historical data from Gloucestershire Hospitals".
    /\b(?:uses|used|using|learns?\s+from|built\s+(?:on|from))\s+(?:[\w-]+\s+){0,3}?(?:data|records|datasets?)\s+(?:from|of|collected)\b/i,
    // What it learns from, named by its kind: "learning, from administrative data, a Bayesian network".
    /\blearn(?:s|ed|t|ing)?,?\s+from\s+(?:[\w-]+\s+){1,3}?(?:data|records|datasets?)\b/i,
    // The data a project builds its model from: "This project uses the **UCI Credit Approval** dataset (via Kaggle) to build a ...".
    /\b(?:uses|used|using)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,5}?(?:dataset|data\s+set|corpus)\b[^.\n]{0,40}?\bto\s+(?:build|train|fine-?tune|develop|fit)\b/i,
  ],
  evaluation: [
    // Tested on a platform ("tested on CUDA 12.4", "on Ubuntu 22.04") is a compatibility note, not an evaluation.
    // "is intended to be trained and evaluated with English instructions" says how it is meant to be run.
    /(?<!\b(?:will|shall|to|should|must)\s+be\s+(?:[\w-]+\s+(?:and|or)\s+)?)\b(?:evaluated|tested|benchmarked|validated|assessed)\s+(?:\S+\s+){0,4}?(?:on|against|using|with)\b(?!\s+(?:cuda|python|pytorch|torch|tensorflow|jax|linux|ubuntu|debian|windows|macos|mac\s+os|apple\s+silicon|gpus?|cpus?|nvidia|node(?:\.js)?|docker)\b)/i,
    /\b(?:achieves?|achieved|reaches|reached|obtains?|obtained|scored)\b[^.\n]{0,80}?(?:\b(?:accuracy|f1|auc|bleu|rouge|wer|cer|map|precision|recall|score|loss|perplexity)\b|%|\d)/i,
    // A figure, not a number format: "precision: fp16" is how the model was trained.
    /\b(?<!mixed[\s-])(?:accuracy|f1|auc|roc|bleu|rouge|wer|cer|eer|mindcf|map|perplexity|precision|recall|mae|rmse|mse|r2|iou|dice|psnr|ssim|fid|ndcg|mcc|top-[15])\b(?!\s*:\s*(?:mixed|fp|bf|half|full|float|int|double|single))[^.\n]{0,30}?(?<![a-z])\d/i,
    // A validation set alone is often where hyperparameters were chosen; its results are an evaluation.
    /\b(?:evaluation|eval|test)\s+(?:results?|set|data|metrics?|split|loss|accuracy)\b|\bvalidation\s+(?:results?|metrics?|loss|accuracy)\b/i,
    /\bresults\s+on\b/i,
    // How it was tested, named by its scheme: "following a 5-fold cross-validation scheme".
    /\b(?:\d+|k|ten|five)[\s-]fold\s+cross[\s-]?validat\w*|\bcross[\s-]validat(?:ed|ion)\s+(?:accuracy|auc|f1|scores?|results?|performance|error|scheme|on)\b/i,
    // A held-out measure named as the yardstick: "The held-out RMSE determines which pipeline is served".
    /\bheld-?out\s+(?:[\w-]+\s+)?(?:accuracy|f1|auc|rmse|mae|mse|loss|error|score|performance)\b/i,
    // A result reported in words: "The tool has shown good risk stratification for real data".
    /\b(?:has|have)\s+(?:been\s+)?shown\s+(?:good|strong|high|excellent|promising|poor|reasonable|moderate|comparable|better|worse)\b/i,
    // An evaluation verb and a measure in one sentence: "Evaluate all models ... according to each metric (PPV at top k)".
    // Not one still wanted: "Detailed evaluation by human experts would be needed to gain an accurate view of ...".
    /(?<!\b(?:will|shall|plan\s+to|to)\s+(?:be\s+)?)\b(?:evaluat|assess|validat|benchmark)\w*\b(?![^.\n]{0,40}?\b(?:would|will|must|should)\s+be\s+(?:needed|required|necessary)\b)[^.\n]{0,80}?\b(?:metrics?|accuracy|precision|recall|auc|f1|ppv|rmse|mae|bleu|rouge|wer)\b/i,
    // "the results of any products or services" is licence text, not results; "Performance on novel scenarios may
    // be limited" foresees a limitation.
    /\b(?:performance|results)\s+(?:on|of|in|across)\b(?!\s+any\b)(?![^.\n]*?\b(?:may|might|could|can|will|is\s+likely\s+to|are\s+likely\s+to)\s+(?:be\s+)?(?:limited|lower|reduced|degraded?|worse|poor|suffer|drop|vary|decrease|decline)\b)/i,
  ],
  'dataset-description': [
    // "This dataset was created using LeRobot" says what made it (a collection process), not what it is.
    /\b(?:this|the|our)\s+(?:dataset|corpus|collection|benchmark|folder|repository|repo|directory|data)\s+(?:contains|consists|is|includes|comprises|provides|covers|collects|has|was(?!\s+(?:created|generated|made|produced)\s+(?:using|with|via|by)\b)|holds|offers)\b/i,
    // A named data set saying what it is: "Nutrition5k is a dataset of visual and nutritional data".
    /\b(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:dataset|data\s+set|corpus|collection|benchmark)\s+(?:of|for|with|containing|that|which)\b/i,
  ],
  'dataset-structure': [
    // A file of the data set with what it holds: "refined_refugee_demographics.csv: Demographic information of refugees ...".
    /(?:^|\n)\s*(?:[-*+]\s+)?`?[\w./-]+\.(?:csv|tsv|jsonl?|parquet|xlsx?|npy|npz|h5|hdf5|arrow|feather|pkl|pickle)`?\s*(?::|-|\u2013|\u2014)\s+\p{L}/iu,
    /\beach\s+(?:example|instance|row|record|entry|sample|item|file|line|image|document)\s+(?:contains|has|consists|includes|is|comprises)\b/i,
    // How the whole is made up: "The dataset consists of data captured in three environments", "is split into".
    /\b(?:the|this|our)\s+(?:dataset|data\s+set|corpus|benchmark)\s+(?:consists\s+of|comprises|is\s+(?:composed|made\s+up)\s+of|is\s+(?:divided|split|organi[sz]ed|structured)\s+into)\b/i,
    /\b(?:train|training|validation|dev|test)\s+(?:splits?|sets?)\b/i,
    // "12,000 examples", "481 free-text clinical notes".
    /\b\d[\d,.]*\s*[km]?\s+(?:[\w-]+\s+){0,2}?(?:examples|instances|rows|records|samples|images|pairs|sentences|documents|utterances|hours|files|entries|tweets|questions|notes|reports|recordings|clips|videos|articles|posts|reviews|dialogues|conversations|transcripts|essays|answers)\b/i,
    // A count of what it holds: "Directory containing 65 resumes in .docx format".
    /\b(?:contains|containing|includes|including|holds|holding|comprises|comprising)\s+(?:about\s+|over\s+|around\s+|roughly\s+|nearly\s+)?\d[\d,.]*\s*[km]?\s+(?:[\w-]+\s+)?[a-z-]+s\b/i,
    /\b(?:fields?|columns?|attributes?|variables?)\s*(?:are|include|:)/i,
    // The label set, named or listed: "The data is annotated for named entities:", "Classes: positive, negative".
    /\b(?:annotated|labell?ed|tagged)\s+(?:for|with)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*:\s*$/im,
    /(?:^|\n)\s*(?:[-*+]\s+)?(?:\*\*)?(?:labels?|classes|categories|label\s+set)(?:\*\*)?\s*(?::|are\b|include\b)/i,
    // What a named file holds: "The file `Image_Annotations` contains annotations for ...".
    /\bthe\s+(?:file|files|table|sheet|spreadsheet)\s+(?:[\w`.\/-]+\s+){0,2}?(?:contains?|holds?|lists?|includes?|stores?)\s+(?:[\w-]+\s+){0,2}?(?:annotations|labels|records|rows|columns|fields|examples|samples|images|texts|entries|pairs|instances|metadata|features|ids|names|scores|values|coordinates)\b/i,
    // A named field or target: "through the CommentTime field", "The target is the binary outcome is_recid".
    /\bthe\s+[\w.-]+\s+(?:field|column|attribute)\b/i,
    /\bthe\s+(?:target|label|outcome|response|dependent)\s+(?:variable\s+|column\s+)?(?:is|are)\b/i,
    // Where the parts are kept: "are stored in datasets called hiring, ...", "stored as JSON lines".
    /\b(?:is|are)\s+stored\s+(?:in|as)\b/i,
    // Counted classes, labels and parts: "annotated with three classes", "six domain classes", "two corpora".
    new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORDS})\\s+(?:[\\w-]+\\s+){0,2}?(?:classes|class|labels|label|categories|category|splits|columns|fields|features|subsets|configurations|tables|corpora|datasets|data\\s+sets|files|sheets)\\b`, 'i'),
    // A description of the fields kept elsewhere: "A data dictionary for `data/assessments.csv` can be found in ...".
    /\b(?:data\s+dictionar(?:y|ies)|codebooks?|code\s+books?|data\s+schemas?)\b/i,
    // ... or a file said to describe them: "a schema TXT file describing the columns and sources of the data".
    /\b(?:describ(?:es|ing|e)|document(?:s|ing)?|explain(?:s|ing)?)\s+(?:the|each|every|all)\s+(?:columns?|fields?|variables?)\b/i,
  ],
  'collection-process': [
    /\b(?:collected|scraped|crawled|gathered|sourced|compiled|obtained|extracted|downloaded|recorded|acquired|harvested|derived|curated|generated|annotated|retrieved|fetched|queried|constructed|selected|sampled|exported|pulled|cleaned)\s+(?:\S+\s+){0,4}?(?:from|by|via|using|through|at|in|with|based\s+on)\b/i,
    // Where people put what the data holds: "complaints submitted to local governments", "posts shared on Reddit",
    // "events taken from the structured data of their EHR".
    // Where the release itself is put ("shared on this repository") says nothing of where its data came from.
    /\b(?:posted|submitted|taken|published|shared|donated|uploaded|filed|logged)\s+(?:\S+\s+){0,3}?(?:from|on|to|by)\s+(?!(?:this|our)\s|the\s+(?:repo|repository|page|hub)\b|github|hugging)\S/i,
    /\bwritten\s+(?:on|by)\s+(?!(?:this|our)\s)\S/i,
    // How it was gathered, as a means: "by culling local news reports and monitoring independent databases".
    /\bby\s+(?:culling|scraping|crawling|collecting|gathering|compiling|harvesting|mining|querying|surveying|monitoring|aggregating)\s+(?:[\w-]+\s+){0,3}?(?:reports?|records?|databases?|sources?|websites?|sites?|pages?|posts?|articles?|news|data|archives?|feeds?|registers?|logs?)\b/i,
    // Where the publisher gets it, in the present: "Eviction filing data that CPAL receives from County sources", "This dataset compiles official national examination results".
    /\b(?:receives?|received|supplied|provided)\s+(?:\S+\s+){0,3}?(?:from|by)\s+\S/i,
    /\b(?:compiles|aggregates|collects|gathers)\s+(?:\S+\s+){0,3}?(?:results|records|data|reports|statistics|figures|filings|entries)\b/i,
    /\b(?:data\s+)?sources?\s+(?:of|include|are|is)\b/i,
    // A plain label that names it, at a line's start too, numbered or not: "Source: [UCI](...) - 1994", "Source:
    // Generated", "(1) Data Source: [Federal Court](...)".
    /(?:^|[.;]\s+|\n[ \t]*)(?:[-*+]\s+|\(?\d{1,2}[.)]\s+)?(?:data\s+)?sources?\s*:\s*\S/i,
    // Taken from a larger set: "Imagenette is a subset of 10 easily classified classes from Imagenet".
    /\b(?:subset|sample|selection|extract|excerpt|portion)\s+of\s+[^.\n]{0,80}?\bfrom\s+\S/i,
    // Made with a tool or from material ("synthetic labels created with Llama 3.3 70B"); "created by Dan" credits a person.
    /\b(?:created|produced|synthesi[sz]ed|labell?ed)\s+(?:\S+\s+){0,4}?(?:with|using|via|through|from)\b/i,
    // Made up rather than gathered, said of the data: "These datasets are synthetic", "every row was invented".
    /\b(?:data|datasets?|records|rows|entries|samples|values|examples|profiles|cases|it)\s+(?:is|are|was|were)\s+(?:entirely\s+|fully\s+|all\s+|purely\s+|completely\s+|100%\s+)?(?:synthetic|simulated|fabricated|invented|fictional|fictitious|made\s+up)\b/i,
    // ... or by its name, as the kind of data set or file it is: "QF-LOG is a synthetic, physics-grounded dataset",
    // "demo_variants.vcf is a synthetic VCF file".
    /\b(?:is|are)\s+an?\s+(?:entirely\s+|fully\s+|purely\s+|completely\s+)?(?:synthetic|simulated|fabricated|fictional|fictitious)\b[^.\n]{0,40}?\b(?:dataset|data\s+set|corpus|collection|benchmark|file|table)\b/i,
    // ... or as the statement a label or sentence opens with: "**Description**: Synthetic customer data".
    /(?:^|[:.!?]\s+|\*\*\s*)(?:entirely\s+|fully\s+|purely\s+)?(?:synthetic|simulated|fabricated|fictional|fictitious)\s+(?:[\w-]+\s+){0,2}?(?:data|dataset|records|rows|profiles|entries)\b(?!\s+(?:generation|generators?|pipelines?|tools?)\b)/im,
    // Said to hold made-up material: "This dataset contains **synthetic user-agent conversations**".
    /\b(?:contains?|consists\s+of|comprises?|holds)\s+(?:\*\*|__)?(?:only\s+|entirely\s+|purely\s+|fully\s+)?(?:synthetic|simulated|fabricated|fictional|fictitious)\b/i,
    // Made rather than gathered: "was synthetically generated to model ...", "artificially created leakage scenarios".
    /\b(?:synthetically|artificially|procedurally|randomly|programmatically)\s+(?:generated|created|produced|simulated|made|constructed)\b/i,
    // When it was gathered: "The Guardian data was downloaded on June 2, 2015."
    /\b(?:downloaded|collected|scraped|crawled|retrieved|gathered|obtained|pulled|exported|recorded)\s+(?:on|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d/i,
    // Thanks or credit for gathering it: "I'd like to thank ai-jobs.net for aggregating this data".
    /\b(?:aggregat|collect|compil|gather|scrap|crawl|assembl|curat)(?:ed|ing)\s+(?:this|the|these|our|all)\s+(?:data|dataset|records|samples|entries)\b/i,
    // "The raw data was created by querying the public table ...".
    /\b(?:created|built|constructed|produced|assembled|made)\s+(?:\S+\s+){0,3}?by\s+(?:querying|scraping|crawling|collecting|sampling|filtering|extracting|downloading|combining|merging|converting|translating|annotating|labell?ing)\b/i,
    // A copy of another data set: "Port of the compas-recidivism dataset from propublica".
    /\b(?:port|copy|mirror|re-?upload|conversion|subset|version)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:dataset|data\s+set|data|corpus|benchmark)\s+(?:from|by|released\s+by|published\s+by)\b/i,
    /\b(?:data|dataset|corpus|dialogues|images|texts|recordings|samples|records|examples)\s+(?:is|are|was|were|comes?|came)\s+(?:\S+\s+){0,2}?from\b/i,
    // A translation of another data set: "SQuAD 2.0 translated to Brazilian Portuguese", "machine-translated from English".
    /\b(?:translated|machine[\s-]translated|transcribed)\s+(?:\S+\s+){0,2}?(?:to|into|from)\s+\S/i,
  ],
  'personal-information': [
    /\bpersonal(?:ly)?\s+(?:identifiable\s+)?(?:information|data)\b/i,
    /\bPII\b/,
    /\b(?:anonymi[sz]\w+|pseudonymi[sz]\w+|de-?identif\w+)\b/i,
    /\bprivacy\b/i,
    // "Email addresses have been redacted from the dataset."
    /\bredact(?:ed|ion|ions|ing)?\b/i,
    /\bconsent\w*/i,
    // "provided permission for public data release", "gave their permission to share the recordings".
    /\b(?:gave|give|given|provided|granted|obtained)\s+(?:their\s+|written\s+|explicit\s+|informed\s+)*permission\b/i,
    // What the data says about the people in it: "demographics information about each rater", "the speakers gender and accents".
    /\b(?:demographics?|gender|ethnicity|race|accents?)\b[^.\n]{0,30}?\b(?:of|about|for|regarding)\s+(?:each\s+|every\s+|the\s+|all\s+)?(?:raters?|speakers?|participants?|annotators?|crowd\s*workers?|subjects?|respondents?|contributors?|volunteers?)\b|\b(?:raters?|speakers?|participants?|annotators?|subjects?|respondents?|contributors?|volunteers?)['\u2019]?\s+(?:self-reported\s+)?(?:gender|ethnicity|race|accents?|demographics?)\b/i,
    /\b(?:no|not|never|without)\s+(?:[\w-]+\s+){0,4}?(?:user|personal|patient|private|identifying|customer)\s+(?:data|information|records|details)\b/i,
    // "No personal contact lists, credentials or PDF binaries are included."
    /\bno\s+personal\s+[a-z]/i,
    // Made-up people: "details for six-hundred hypothetical patients", "fictional applicants".
    /\b(?:hypothetical|fictional|fictitious|imaginary|made-up|simulated|synthetic)\s+(?:[\w-]+\s+){0,2}?(?:patients|people|persons|individuals|customers|users|borrowers|applicants|employees|citizens|students|residents|respondents|tenants|claimants|personas|speakers)\b/i,
    /\bpersonally\s+identif\w*/i,
    // A datasheet's answer: "No, the dataset does not contain data that might be considered confidential."
    /\bconfidential\b/i,
    // No real people behind the records: "Not a representation of actual residents or infrastructure".
    /\b(?:no|not|never|none\s+of)\b[^.\n]{0,40}?\b(?:actual|real)\s+(?:people|persons|individuals|residents|patients|customers|users|borrowers|applicants|employees|citizens)\b/i,
    // Data said to be made up as a whole: "DISCLAIMER: All data is FAKE data", "the records are entirely synthetic".
    /\b(?:data|dataset|records|entries|rows|profiles)\s+(?:is|are)\s+(?:entirely\s+|completely\s+|all\s+|purely\s+|100%\s+)?(?:fake|synthetic|simulated|fictitious|fictional|made[\s-]up|artificially\s+generated|randomly\s+generated)\b/i,
    // Synthetic data said to stand for no one: "Synthetic design avoids real individual identification".
    /\bsynthetic\b[^.\n]{0,60}?\b(?:real\s+(?:individuals?|people|persons?|customers?|patients?|users?)|identif\w+|personal)\b/i,
    // Protected attributes kept out: "education, marital status and age are excluded from inference".
    /\b(?:age|gender|sex|race|ethnicity|religion|marital\s+status|nationality|disability|sexual\s+orientation)\b[^.\n]{0,60}?\b(?:is|are|was|were)\s+(?:excluded|removed|dropped|omitted|withheld|not\s+used)\b/i,
    // Identifiers made unreadable: "`client_id` -- hashed UUID of the speaker".
    /\b(?:hashed|salted|masked|encrypted|obfuscated)\s+(?:[\w-]+\s+){0,2}?(?:ids?|identifiers?|uuids?|user\s*names?|usernames?|names?|e-?mails?|addresses?)\b/i,
    /\bsensitive[\s/\w-]{0,24}?(?:information|data|content|attributes\s+(?:of|about)\s+(?:people|individuals|persons))\b/i,
    // Identifiers kept out, and the risk of finding people again: "No direct identifiers", "prohibit re-identification".
    /\b(?:no|without|removed|stripped|strips|excludes?|excluding|dropped)\s+(?:all\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:identifiers|identifying\s+(?:information|details|fields))\b/i,
    /\bre-?identif\w+/i,
    // Who the people in the data are kept from users: "you agree to not determine the identity of speakers".
    /\bidentit(?:y|ies)\s+of\s+(?:the\s+)?(?:speakers?|participants?|individuals?|people|persons?|users?|subjects?|patients?|respondents?|contributors?)\b/i,
  ],
};
/**
 * What a section about a concept of `statedBy` or `onlyWhereStated` must say to count for its requirement,
 * beyond the requirement's own statements: read only in that section's own text, never in prose elsewhere.
 */
const SECTION_STATEMENTS: Partial<Record<CardConcept, readonly RegExp[]>> = {
  // A training section names its data: a data set, a corpus, records or files it reads, examples it labelled.
  // "Datasets 2.19.0" under its framework versions names a library.
  'training-procedure': [
    /\b(?:data|datasets?|data\s+sets?|corpus|corpora|csvs?|records|examples|samples|images|texts|documents|recordings|annotations|labell?ed|annotated)\b(?!\s+v?\d)/i,
  ],
};

STATEMENTS.limitations = STATEMENTS['bias-risks'];
STATEMENTS.motivation = STATEMENTS['dataset-description'];

/** Whether a concept of a requirement counts where the card states it outside a heading of its own (see headingOnly). */
function readInProse(req: ConceptRequirement, c: CardConcept): boolean {
  return req.anyOf.includes(c) && !req.headingOnly?.includes(c);
}

/**
 * The readings a statement's shapes are matched against, made once per text: as written (every hyphen as
 * "-"), and with its parenthetical glosses left out when it has any: "we introduce the ViSAGe (Visual
 * Stereotypes Around the Globe) dataset to enable ..." reads as "we introduce the ViSAGe dataset to enable
 * ...". A statement inside the brackets still counts as written.
 */
function readingsOf(written: string, following = ''): readonly string[] {
  const plain = asciiPunctuation(written);
  // A question asks for the statement, it does not make it: a datasheet's "Is there anything about the
  // composition of the dataset ... that might impact future uses?" left unanswered (or "N/A") says nothing;
  // answered ("> No"), the question and its answer state it.
  const unasked = plain.includes('?') ? plain.replace(QUESTION_SENTENCE, ' ') : plain;
  const text = unasked !== plain && unanswered(unasked, following) ? unasked : plain;
  if (!text.includes('(')) return [text];
  const bare = text.replace(/\s*\([^()\n]{1,80}\)/g, '');
  return bare === text ? [text] : [text, bare];
}

/** A datasheet's instruction after its question ("If so, please provide a description."), or a stub answer. */
const NO_ANSWER = /^(?:(?:if\s+(?:so|not|yes|no)\b[^.\n]*\.|if\s(?:[^.\n]|\b[ei]\.[eg]\.)*?please\s(?:[^.\n]|\b[ei]\.[eg]\.)*\.|please\s[^.\n]*\.|n\/?a\.?|-|\u2014|not\s+applicable\.?|unknown\b[^.\n]*\.?)\s*)*$/i;
/** A datasheet's instructions after its question, before the answer: "If so, please describe why." */
const INSTRUCTIONS = /^(?:(?:if\s+(?:so|not|yes|no)\b[^.\n]*\.|if\s(?:[^.\n]|\b[ei]\.[eg]\.)*?please\s(?:[^.\n]|\b[ei]\.[eg]\.)*\.|please\s[^.\n]*\.)\s*)*/i;

/**
 * Whether what is left of a text without its questions, then the line after it, answers nothing: no text, an
 * instruction, "N/A", "Unknown", or the template's stub left in place ("If so, please describe why. YOUR ANSWER HERE").
 */
function unanswered(rest: string, following: string): boolean {
  const own = rest.replace(/^[\s>*_-]+/, '').trim();
  if (own && !NO_ANSWER.test(own) && !isPlaceholderText(own.replace(INSTRUCTIONS, ''))) return false;
  const next = following.replace(/^[\s>]+/, '').trim();
  // The next question of the form, with only its instructions after it, is no answer either.
  return next === '' || NO_ANSWER.test(next) || isPlaceholderText(next) || next.endsWith('?') || (next.includes('?') && NO_ANSWER.test(next.replace(QUESTION_SENTENCE, ' ').trim()));
}

/** A sentence that ends in a question mark: from the text's start or the last sentence's end ("e.g." inside it, a quoted title's question not). */
const QUESTION_SENTENCE = /(?:^|(?<=[.!?:]\s))(?:[^.!?\n"\u201c\u201d*_]|\.(?!\s+[A-Z]|\s*$))*\?(?=\s|$)/g;

/** Whether one of a text's readings has a statement's shape; for a problem, one the release has (see othersProblem). */
function hasShape(re: RegExp, readings: readonly string[], concept: CardConcept): boolean {
  if (!PROBLEM_CONCEPTS.has(concept)) return readings.some((t) => re.test(t));
  return readings.some((t) => re.test(t) && [...t.matchAll(globalOf(re))].some((m) => !othersProblem(t.slice(0, m.index))));
}

/** Concepts whose statements are problems: bias, risks and limitations. */
const PROBLEM_CONCEPTS: ReadonlySet<CardConcept> = new Set(['bias-risks', 'limitations']);

const globalCache = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globalCache.get(re);
  if (!g) globalCache.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

/**
 * A problem the release is made to fight or expose, right before it: "helps mitigate biases in hiring",
 * "developed to address a recurring problem", "exposes a fundamental limitation", "capture the limitations of
 * legacy devices" (a noun's "capture limits" is no remedy). That is its purpose.
 */
const REMEDY_BEFORE = /(?:\b(?:address|tackle|overcome|mitigate|remedy|alleviate|counter|combat|expose|reveal|uncover)(?:s|es|ed|d|ing)?\s+(?:(?:a|an|the|these|those|such|this|their|its|various|several|common|potential|possible)\s+)?|\bcapture[sd]?\s+(?:a|an|the|these|those|such|their|its)\s+)(?:[\w-]+\s+){0,2}$/i;
/**
 * Others a sentence tells a problem of, before it: "Recent studies have shown that ...", "most prior models
 * ... only work with", "existing approaches ... lack".
 */
const OTHERS_BEFORE = /\b(?:(?:recent|previous|prior|earlier|many|several)\s+(?:studies|works?|research|papers)|studies\s+(?:have\s+)?(?:shown|found|demonstrated)|(?:existing|prior|previous|earlier|legacy|conventional|traditional)\s+(?:[\w-]+\s+){0,2}?(?:approaches|models|methods|datasets|systems|benchmarks|tools|devices|techniques|solutions|works?|corpora))\b/gi;
/** A sentence's end: a stop and a space, not an abbreviation's ("e.g. GatorTron"). */
const SENTENCE_BREAK = /(?<!\b(?:e\.g|i\.e|etc|vs|al|cf|approx))[.!?]\s+/gi;
/** The release speaking of itself, which makes the problem its own again ("Unlike prior models, ours ..."). */
const SELF_REFERENCE = /\b(?:this|our|ours|we|it|the\s+(?:model|dataset|data|corpus))\b/i;

/**
 * Whether the sentence up to a problem's statement makes it another's or the release's purpose rather than
 * a limitation of the release: a remedy right before it, or others named before it with no word of the
 * release between.
 */
function othersProblem(before: string): boolean {
  const breaks = [...before.matchAll(SENTENCE_BREAK)].pop();
  const sentence = breaks ? before.slice(breaks.index + breaks[0].length) : before;
  if (REMEDY_BEFORE.test(sentence)) return true;
  const others = [...sentence.matchAll(OTHERS_BEFORE)].pop();
  return others !== undefined && !SELF_REFERENCE.test(sentence.slice(others.index + others[0].length));
}

/**
 * Whether a text (a section's own text) states a requirement in a sentence of one of its shapes. `headed` are the
 * concepts its heading names: their statements are read even where only a heading of their own counts.
 */
export function statesIn(text: string, req: ConceptRequirement, headed: readonly CardConcept[] = []): boolean {
  const flat = text.replace(/\*\*|__|`/g, '').replace(/\s*\n\s*/g, ' ');
  const readings = readingsOf(flat);
  return req.anyOf.some((c) => (readInProse(req, c) || headed.includes(c)) && (STATEMENTS[c] ?? []).some((re) => hasShape(re, readings, c)));
}

/**
 * A line that only points elsewhere or names a value it does not give: "- **Homepage:** [GitHub](...)",
 * "- **Paper:**". Its label names no concept of the requirement, so it says nothing about it (a Hugging
 * Face "Dataset Description" holding only its links has described nothing); "**Evaluation:** [report](...)"
 * still points at the evaluation.
 */
const POINTER_LINE = /^(?:[-*+]\s+)?(?:\*\*|__)?([^:*_\n]{1,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?((?:\s*(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/[^\s>]+>?|[,;|]))*)\s*$/;

/**
 * A line that gives a fact about the release, not about the requirement: "- **License:** apache-2.0",
 * "- **Language(s) (NLP):** en", "- **Curated by:** the Reachy team". The Hugging Face dataset card template puts
 * these fields inside "Dataset Description"; filled alone, the section has still described nothing. The value
 * is short, as a field's is: a sentence after the label says more than the field.
 */
const FIELD_LINE = /^(?:[-*+]\s+)?(?:\*\*|__)?([^:*_\n]{1,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?([^\n]*)$/;
/** The release's own fields, as the templates name them ("[optional]" and "(NLP)" aside). */
const RELEASE_FIELD =
  /^(?:licen[cs]es?|languages?|language\s*\(s\)|homepage|website|repository|repo|paper|demo|point\s+of\s+contact|contact|leaderboard|(?:curated|funded|shared|developed|created|maintained)\s+by|version|doi)$/i;
/** Words a field's value runs to at most. */
const FIELD_VALUE_WORDS = 8;

/** Whether a line is a release field with a short value (see FIELD_LINE and RELEASE_FIELD). */
function isReleaseField(line: string): boolean {
  const m = FIELD_LINE.exec(line);
  if (!m) return false;
  const label = m[1].replace(/\[optional\]|\((?:nlp|optional)\)/gi, '').trim();
  return RELEASE_FIELD.test(label) && m[2].trim().split(/\s+/).length <= FIELD_VALUE_WORDS;
}

/**
 * Concepts a release field leaves undescribed: what the data is and why it was made. Elsewhere a field can say
 * more ("- Language: English only" limits the data; "- Repository: UCI Machine Learning Repository" is its source).
 */
const DESCRIPTION_CONCEPTS: readonly CardConcept[] = ['dataset-description', 'motivation'];

/**
 * Whether a line says nothing about a requirement: it only points elsewhere (POINTER_LINE), or it gives a
 * release field (FIELD_LINE) where the requirement is the data's description.
 */
function isPointerFor(line: string, req: ConceptRequirement): boolean {
  const field = req.anyOf.every((c) => DESCRIPTION_CONCEPTS.includes(c)) && isReleaseField(line);
  const m = POINTER_LINE.exec(line) ?? (field ? FIELD_LINE.exec(line) : null);
  return !!m && !conceptsForHeading(m[1]).some((c) => req.anyOf.includes(c));
}

/**
 * Whether a section says something about a requirement. A compound heading's text counts for a concept
 * other than the ones it is about (headConcepts) only where it states it: "Intended uses & limitations"
 * holding only the uses says nothing about limitations. Pointer lines (see POINTER_LINE) say nothing.
 */
export function sectionStates(card: ParsedCard, s: CardSection, req: ConceptRequirement): boolean {
  const own = ownMeaningfulText(card, s, req.anyOf)
    .split('\n')
    .filter((l, i, lines) => !isPointerFor(l, req) || leadsInList(l.trim(), lines[i + 1]?.trim()))
    .join('\n');
  // A heading written as sentences ("# DISCLAIMER: this model is not used clinically. ...") says what it heads.
  const text = own === '' && s.kind === 'heading' && isSentenceHeading(s.title) ? s.title : own;
  if (text === '' || isTodoList(text)) return false;
  // A datasheet's question answered yes or no ("Are there any errors, sources of noise, or redundancies in the
  // dataset?" "No.") answers for everything it asks about, not only its first concept.
  const answered = s.kind === 'heading' && /\?\s*$/.test(s.title) && YES_OR_NO.test(text.trim());
  const head = answered ? s.concepts : headConcepts(s.title);
  const about = s.concepts.filter((c, i) => i === 0 || head.includes(c));
  const stated = (c: CardConcept) => req.statedBy?.includes(c) || req.onlyWhereStated?.includes(c);
  return (
    about.some((c) => req.anyOf.includes(c) && !stated(c)) ||
    // A concept read only under a heading of its own is read here when this heading names it ("Intended use and
    // misuse caveat" states a dataset's limits in its "should not be used to ...").
    statesIn(text, req, s.kind === 'heading' ? s.concepts : []) ||
    // What a section plans to do ("## Recommended training protocol") is not what was done.
    (!PLAN_HEADING.test(s.title) && about.some((c) => stated(c) && (SECTION_STATEMENTS[c] ?? []).some((re) => re.test(text))))
  );
}

/** An answer that opens with yes or no: "No.", "Yes, the data is self-contained.", "None known". */
const YES_OR_NO = /^(?:no|yes|none)\b/i;

/** A list item with an unticked task box: "- [ ] Completeness". */
const OPEN_TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[ \]/;

/** A list item that is only an emphasised label grouping the items under it: "- *Audio-Specific Indicators*". */
const GROUP_LABEL = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*?|__?)[^*_]+(?:\*\*?|__?):?\s*$/;

/** Whether a section's text is only a to-do list, perhaps grouped: what is still to be done is not stated yet. */
function isTodoList(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.some((l) => OPEN_TASK.test(l)) && lines.every((l) => OPEN_TASK.test(l) || GROUP_LABEL.test(l));
}

/** Words a heading needs, with a sentence's full stop inside it, to be read as sentences. */
const SENTENCE_HEADING_WORDS = 12;

/**
 * Whether a heading is written as sentences of its own. A name and then a template's explanation ("Training
 * Data. May not be possible to provide in practice. ...", as the Mitchell et al. template prints) is not.
 */
function isSentenceHeading(title: string): boolean {
  const stop = /[.!?]\s+\S/.exec(title);
  return stop !== null && title.split(/\s+/).length >= SENTENCE_HEADING_WORDS && title.slice(0, stop.index).split(/\s+/).length > 3;
}

/** A version number ("3.1.0", "v2.2"). */
const VERSION_TITLE = /^v?\d+(?:\.\d+)+\b/i;
/**
 * A configuration key: an identifier and a colon opening a sentence ("placement_model: puts each ...",
 * "egate.match_threshold: ..."), or a lower-case key alone ("controller:"); titles are neither.
 */
const IDENTIFIER_OPENING = /^(?:[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+\s*:|[a-z][a-z0-9_.]*:\s*$)/;
/** Titles are short: a heading of more words than this that asks nothing is a sentence. */
const TITLE_WORDS_AT_MOST = 8;

/**
 * Whether a heading line is no title: a release's version ("## 3.1.0"), a configuration key ("# controller:",
 * "# placement_model: puts each ...") or a sentence written after a hash (an unfenced comment).
 */
export function isNoTitle(title: string): boolean {
  const t = title.trim();
  if (VERSION_TITLE.test(t) || IDENTIFIER_OPENING.test(t)) return true;
  return !t.endsWith('?') && t.split(/\s+/).length > TITLE_WORDS_AT_MOST;
}

/** Spans a requirement must not be read from: the sections given (usually the requirement's own, empty ones). */
type Span = readonly [number, number];

/**
 * Where the card states a requirement in prose: the first statement of any of its concepts in the card's
 * meaningful text outside `exclude`, with its range; undefined when there is none.
 */
export function proseStatement(card: ParsedCard, req: ConceptRequirement, exclude: readonly Span[] = []): Range | undefined {
  const body = bodyLines(card);
  // Hugging Face front matter lists the training datasets of a model.
  if (req.anyOf.includes('training-data')) {
    const ds = card.frontMatter?.data?.datasets;
    if ((typeof ds === 'string' && ds.trim()) || (Array.isArray(ds) && ds.length)) return card.frontMatter!.keyRange('datasets');
  }
  // Hugging Face dataset metadata lists the data's features and splits ("dataset_info: features: ... splits: ...").
  if (req.anyOf.includes('dataset-structure')) {
    const info = card.frontMatter?.data?.dataset_info;
    const lists = (p: unknown) => p !== null && typeof p === 'object' && ['features', 'splits'].some((k) => {
      const v = (p as Record<string, unknown>)[k];
      return Array.isArray(v) && v.length > 0;
    });
    if ((Array.isArray(info) ? info : [info]).some(lists)) return card.frontMatter!.keyRange('dataset_info');
  }
  // A dataset card's opening paragraph describes the dataset: the untitled text below the title, or, in a
  // card that goes straight into its first section, that section's first paragraph when the section is
  // not named for something else ("## Original Paper Data", not "## License").
  if (readInProse(req, 'dataset-description')) {
    const headings = card.sections.filter((x) => x.kind === 'heading');
    const firstSub = headings.find((x) => x.level >= 2);
    const paragraph = (from: number, to: number) =>
      body.find((l) => l.start >= from && l.start < to && !exclude.some(([s, e]) => l.start >= s && l.start < e) && /^[^|#>\-*+<]/.test(l.text) && l.text.split(/\s+/).length >= 8);
    let opening = paragraph(0, firstSub?.headingRange.startOffset ?? card.text.length);
    if (!opening && firstSub && firstSub.concepts.every((c) => req.anyOf.includes(c))) {
      const next = headings.find((x) => x.headingRange.startOffset > firstSub.headingRange.startOffset);
      opening = paragraph(firstSub.bodyStart, next?.headingRange.startOffset ?? card.text.length);
    }
    if (opening) return firstLineRange(card, opening.start);
  }
  // A card's opening that starts with what the release does: "Recognize and manipulate faces from Python".
  if (req.anyOf.includes('intended-use')) {
    const firstSub = card.sections.find((x) => x.kind === 'heading' && x.level >= 2);
    const end = firstSub?.headingRange.startOffset ?? card.text.length;
    const opening = body.find((l) => l.start < end && !exclude.some(([s, e]) => l.start >= s && l.start < e) && OPENING_TASK.test(l.text));
    if (opening) return firstLineRange(card, opening.start);
  }
  // A table row keyed by the concept: "| Task | Fall detection for ... |", "| Training data | MobiAct |".
  // A table's first row is its header: its cells name columns ("| Dataset | Accuracy |"), not values.
  for (const [i, l] of body.entries()) {
    if (!l.text.startsWith('|') || opensTable(body, i) || exclude.some(([s, e]) => l.start >= s && l.start < e)) continue;
    const cells = l.text.split('|').map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2 || !/\p{L}{3}/u.test(cells.slice(1).join(' ')) || isPlaceholderText(cells.slice(1).join(' '))) continue;
    if (conceptsForHeading(cells[0]).some((c) => readInProse(req, c))) return firstLineRange(card, l.start);
  }
  const column = tableColumnStatement(card, body, req, exclude);
  if (column) return column;
  if (req.anyOf.includes('dataset-structure')) {
    const tree = splitTree(card, exclude);
    if (tree) return tree;
  }
  // A citation names papers ("A Dataset for Stance Detection"); it states nothing about this release.
  exclude = [...exclude, ...spansOf(card, (x) => x.concept === 'citation')];
  // What a card plans or recommends to do ("## Recommended training protocol", "## Planned evaluation")
  // is not what was done: such sections state no training data or evaluation.
  if (req.anyOf.some((c) => c === 'evaluation' || c === 'training-data')) exclude = [...exclude, ...spansOf(card, (x, i) => notTitle(x, i) && PLAN_HEADING.test(x.title))];
  // What a setup section warns about is the software's environment ("This currently only works on Linux"),
  // not how the model or data behaves: such sections state no limitation or risk of the release.
  if (req.anyOf.some((c) => c === 'limitations' || c === 'bias-risks')) exclude = [...exclude, ...spansOf(card, (x, i) => notTitle(x, i) && SETUP_HEADING.test(x.title))];
  const contents = contentsLists(card, body);
  for (const concept of req.anyOf) {
    if (!readInProse(req, concept)) continue;
    for (const re of STATEMENTS[concept] ?? []) {
      for (const [i, l] of body.entries()) {
        if (exclude.some(([s, e]) => l.start >= s && l.start < e) || contents.has(l.start) || (isPointerFor(l.text, req) && !leadsInList(l.text, body[i + 1]?.text))) continue;
        if (hasShape(re, (l.readings ??= readingsOf(l.text, body[i + 1]?.text)), concept)) return firstLineRange(card, l.start);
      }
    }
  }
  return undefined;
}

/** Lists of contents per card: found once, as each requirement's prose search asks. */
const contentsCache = new WeakMap<ParsedCard, Set<number>>();

/** A list item's marker: "- ", "* ", "1. ". */
const LIST_MARKER = /^(?:[-*+]|\d+[.)])\s+/;
/** How many different concepts a list's items must name for the list to be a list of contents. */
const CONTENTS_CONCEPTS = 3;
/** Words an item of such a list has at most: a name, not a sentence. */
const CONTENTS_ITEM_WORDS = 5;

/**
 * Starts of the list items that belong to a list of contents: a list whose every item is a short name of a
 * card concept, three concepts or more, as a table of contents or an outline ("A structured document
 * outlining: - Intended use - Training data sources - Performance benchmarks") is. Such items name what a
 * card holds; they state none of it.
 */
function contentsLists(card: ParsedCard, body: readonly BodyLine[]): Set<number> {
  const hit = contentsCache.get(card);
  if (hit) return hit;
  const out = new Set<number>();
  contentsCache.set(card, out);
  let run: BodyLine[] = [];
  const close = () => {
    const items = run.map((l) => l.text.replace(LIST_MARKER, '').replace(/[;,.]\s*$/, ''));
    const named = items.map((t) => (t.split(/\s+/).length <= CONTENTS_ITEM_WORDS ? conceptsForHeading(t) : []));
    if (named.every((c) => c.length > 0) && new Set(named.flat()).size >= CONTENTS_CONCEPTS) for (const l of run) out.add(l.start);
    run = [];
  };
  for (const l of body) {
    const prev = run[run.length - 1];
    if (!LIST_MARKER.test(l.text) || (prev && card.text.slice(prev.end, l.start).trim() !== '')) close();
    if (LIST_MARKER.test(l.text)) run.push(l);
  }
  close();
  return out;
}

/** A line of a directory listing that names a split's folder: "  train/", "├── test/". */
const SPLIT_FOLDER = /^[ \t]*(?:[│├└|`'+\\-]+[─\- \t]*)?(?:train|training|val|valid|validation|dev|test|testing)\/[ \t]*$/im;

/**
 * A directory listing in a code block that lays out the data's splits ("data/chest_xray/ train/ val/ test/")
 * shows its structure, as a table of fields would.
 */
function splitTree(card: ParsedCard, exclude: readonly Span[]): Range | undefined {
  for (const [s, e] of card.fencedCode) {
    if (exclude.some(([xs, xe]) => s >= xs && s < xe)) continue;
    if (SPLIT_FOLDER.test(card.text.slice(s, e))) return firstLineRange(card, s);
  }
  return undefined;
}

/**
 * The card's paragraphs that state what the release is for in a sentence ("This data can be used for tasks
 * such as face recognition", "built to help admissions staff rank applicants"), wherever they stand: a
 * dataset card's purpose is as often in its summary or motivation as under "Uses". Paragraphs in `exclude`
 * are skipped. Offsets are the paragraph's [start, end) in the card's text.
 */
export function useStatementParagraphs(card: ParsedCard, exclude: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  for (const l of bodyLines(card)) {
    if (exclude.some(([s, e]) => l.start >= s && l.start < e)) continue;
    if ((STATEMENTS['intended-use'] ?? []).some((re) => re.test(l.text))) out.push([l.start, l.end]);
  }
  return out;
}

/**
 * A table column headed by the concept with a value under it: "| Model | Training Data |" over rows naming
 * the data. A header of one word ("Dataset", "Task") often names a benchmark or a task in a results table,
 * so it counts only when it names a measure ("Accuracy").
 */
function tableColumnStatement(card: ParsedCard, body: readonly BodyLine[], req: ConceptRequirement, exclude: readonly Span[]): Range | undefined {
  const cellsOf = (text: string) => text.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  for (let i = 0; i + 1 < body.length; i++) {
    const head = body[i];
    if (!head.text.startsWith('|') || !opensTable(body, i) || exclude.some(([s, e]) => head.start >= s && head.start < e)) continue;
    const columns = cellsOf(head.text)
      .map((c, k) => ({ k, concepts: conceptsForHeading(c), words: c.split(/\s+/).filter(Boolean).length }))
      .filter((c) => c.concepts.some((x) => readInProse(req, x)) && (c.words >= 2 || c.concepts.includes('evaluation')));
    // A measure's name over figures states results whatever the table is headed: "| Group | F1 Score |" over "| SMEs | 0.87 |".
    const measures = readInProse(req, 'evaluation') ? cellsOf(head.text).flatMap((c, k) => (MEASURE_CELL.test(c) ? [k] : [])) : [];
    if (!columns.length && !measures.length) continue;
    for (let r = i + 1; r < body.length && body[r].text.startsWith('|'); r++) {
      const cells = cellsOf(body[r].text);
      if (columns.some(({ k }) => cells[k] !== undefined && /[\p{L}\p{N}]{2}/u.test(cells[k]) && !isPlaceholderText(cells[k]))) return firstLineRange(card, head.start);
      if (measures.some((k) => FIGURE_CELL.test(cells[k] ?? ''))) return firstLineRange(card, head.start);
    }
  }
  return undefined;
}

/** A table header cell naming a measure: "F1 Score", "AUC-ROC", "WER (%)", "Top-1 acc". */
const MEASURE_CELL = /^(?:[\w-]+\s+)?(?:accuracy|acc|f1|f1-score|auc|auroc|auc-roc|roc-auc|bleu|rouge(?:-[l12])?|wer|cer|eer|mindcf|map|map50|map50-95|perplexity|ppl|precision|recall|mae|rmse|mse|r2|iou|miou|dice|psnr|ssim|fid|ndcg|mcc|top-[15](?:\s+acc(?:uracy)?)?|exact\s+match|em|sensitivity|specificity)(?:\s+score)?(?:\s*\((?:%|[\w@-]+)\))?$/i;
/** A figure standing as a cell's value: "0.87", "91.2%", "0.78 ± 0.02". */
const FIGURE_CELL = /^\*{0,2}[<>~\u2248]?\s*\d+(?:[.,]\d+)?\s*%?/;

/** Whether table row `i` is its table's first row, the header (the delimiter row is not meaningful text). */
function opensTable(body: readonly BodyLine[], i: number): boolean {
  return i === 0 || !body[i - 1].text.startsWith('|');
}

/**
 * An opening sentence that starts with a task verb, as a tagline does: "Recognize and manipulate faces ...", "Detects
 * ...", also after a first sentence on its line ("My First Object Detection Project!!. Detects if Drone is visible").
 * A verb after it makes the word a plural noun: "Labels have dataset-specific meanings".
 */
const OPENING_TASK = new RegExp(`(?:^|[.!?]\\s+)(?:${TASK_VERBS}|${TASK_VERBS_3RD})(?!\\s+(?:have|has|are|is|were|was|can|could|may|might|must|should|will|would|do|does|did)\\b)(?:\\s+and\\s+[a-z]+)?\\s+(?!(?:the\\s+)?(?:model|dataset|code|script)\\b)[\\w-]+`, 'i');

/** A plain line ending with a colon before a list introduces it ("Only certain variables are selected:"): a sentence, not a pointer. */
function leadsInList(line: string, next: string | undefined): boolean {
  return !LIST_ITEM_START.test(line) && next !== undefined && LIST_ITEM_START.test(next);
}

const LIST_ITEM_START = /^(?:[-*+]\s|\d{1,3}[.)]\s)/;

/** The spans, heading and body, of the card's heading sections that `which` picks. */
function spansOf(card: ParsedCard, which: (s: CardSection, index: number) => boolean): Span[] {
  return card.sections.filter((x, i) => x.kind === 'heading' && which(x, i)).map((x) => [x.headingRange.startOffset, x.bodyEnd] as const);
}

/** Whether a section is not the card's title: the title names the release ("MedicalPlan-Xray plan-tier classifier"). */
function notTitle(s: CardSection, index: number): boolean {
  return !(index === 0 && s.level === 1);
}

/** A heading over plans rather than facts. */
const PLAN_HEADING = /\b(?:planned|plans?(?!-)|future|roadmap|next\s+steps?|to-?do|upcoming|recommended|proposed)\b/i;

/** A heading over installing or running the software rather than over the release itself. */
const SETUP_HEADING = /\b(?:install(?:ation|ing)?|set[\s-]?up|quick[\s-]?start|getting\s+started|requirements|dependencies|prerequisites|troubleshooting|to-?do|contributing|how\s+to\s+(?:run|install|build))\b/i;

/** English function words: a card where they are rare is written in another language. */
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'this', 'that', 'on', 'in', 'are', 'be', 'it', 'as', 'by', 'or', 'not', 'can', 'from', 'an', 'a', 'was', 'were', 'used', 'model', 'data']);

/** Words a line needs to be read as a sentence when telling the card's language. */
const SENTENCE_WORDS = 6;

/** Code in a line ("`x`", "'brain_skull'", "biometry_femur"): names, in no language. */
const CODE_WORDS = /`[^`]*`|'[^'\s]*'|"[^"\s]*"|\S*_\S*/g;

/**
 * Whether the card is written in English, as far as its prose tells (at least 4.5% English function words, which terse technical English still reaches
 * among 15 or more words). Headings and statements are read with English vocabulary; a card in another
 * language would only collect false "missing section" findings.
 */
export function readsAsEnglish(card: ParsedCard): boolean {
  // Prose only: tables, lists of figures and names, and "Label: value" lines carry no function words in
  // any language; a sentence has some.
  const words = bodyLines(card)
    .filter((l) => !/^[|<]/.test(l.text))
    .map((l) => l.text.replace(CODE_WORDS, ' ').toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= SENTENCE_WORDS)
    .flat();
  if (words.length >= 15) return words.filter((w) => ENGLISH.has(w)).length / words.length >= 0.045;
  // Too little prose to tell by: a card of tables and "Label: value" lines is in English unless its words are
  // written in other letters ("| **Eğitim verisi** | 1665 saat |", "| 任务 | 分类 |"). English labels have none.
  const all = bodyLines(card).flatMap((l) => l.text.replace(CODE_WORDS, ' ').match(/\p{L}+/gu) ?? []);
  return all.length < 15 || all.filter((w) => /[^\x00-\x7f]/.test(w)).length / all.length < FOREIGN_LETTERS;
}

/** Share of words with letters outside ASCII above which a card without prose is not in English. */
const FOREIGN_LETTERS = 0.2;

/** The range of the line that starts at `start`: where a finding about a statement points. */
function firstLineRange(card: ParsedCard, start: number): Range {
  return card.lines.range(start, card.lines.lineEnd(card.lines.positionAt(start).line));
}

interface BodyLine {
  start: number;
  /** Where the paragraph's last line ends. */
  end: number;
  text: string;
  /** The text's readings for statement shapes (readingsOf), made when first matched. */
  readings?: readonly string[];
}

const bodyCache = new WeakMap<ParsedCard, BodyLine[]>();

/**
 * The card's paragraphs that say something (per meaningfulTextIn), each with its offset, computed once per
 * card. A hard-wrapped sentence is one paragraph ("**Not** for real credit / decisions"); list items, table
 * rows and headings each stand alone.
 */
function bodyLines(card: ParsedCard): BodyLine[] {
  const hit = bodyCache.get(card);
  if (hit) return hit;
  const from = card.frontMatter ? card.frontMatter.range.endOffset : 0;
  const kept = new Set(meaningfulTextIn(card, from, card.text.length).split('\n'));
  const out: BodyLine[] = [];
  const code = card.fencedCode;
  let open: BodyLine | undefined;
  // A table written without outer pipes ("Model | Pre-training data" over "---|---") is a table all the same:
  // its rows are read as rows, each starting with a pipe, not as one paragraph.
  let table = false;
  // A sentence written after hashes is no title but text ("### *Copyright ... Data and codes are for academic
  // research use only.*"): the parsed headings that are no titles, by line, are read on their own as prose.
  const sentences = new Map(card.sections.filter((x) => x.kind === 'heading' && isNoTitle(x.title.replace(/[*_`]/g, ''))).map((x) => [x.headingRange.start.line, x.title]));
  for (let l = card.frontMatter ? card.frontMatter.range.end.line + 1 : 0; l < card.lines.lineCount; l++) {
    const start = card.lines.lineStart(l);
    const raw = card.text.slice(start, card.lines.lineEnd(l)).trim();
    if (DELIMITER_ROW.test(raw) && open && open.start === card.lines.lineStart(l - 1) && open.text.includes('|') && !open.text.startsWith('|')) {
      open.text = `| ${open.text}`;
      table = true;
      continue;
    }
    const sentence = raw.startsWith('#') ? sentences.get(l) : undefined;
    if (sentence !== undefined) {
      out.push({ start, end: card.lines.lineEnd(l), text: sentence.replace(/\*\*|__|`/g, '') });
      open = undefined;
      table = false;
      continue;
    }
    if (!raw || !kept.has(raw) || code.some(([s, e]) => start >= s && start < e)) {
      open = undefined;
      table = false;
      continue;
    }
    // Emphasis does not change what a sentence states: "**Not** for real credit decisions".
    const text = raw.replace(/\*\*|__|`/g, '');
    if (!raw.startsWith('|') && raw.includes('|')) {
      if (table) {
        open = { start, end: card.lines.lineEnd(l), text: `| ${text}` };
        out.push(open);
        continue;
      }
    } else table = false;
    if (open && !BLOCK_START.test(raw)) {
      // A hard line break (two trailing spaces or a backslash) keeps its line: "Author: ...  \nSource: UCI".
      open.text += HARD_BREAK.test(card.text.slice(card.lines.lineStart(l - 1), card.lines.lineEnd(l - 1))) ? `\n${text}` : ` ${text}`;
      open.end = card.lines.lineEnd(l);
      continue;
    }
    open = { start, end: card.lines.lineEnd(l), text };
    out.push(open);
  }
  bodyCache.set(card, out);
  return out;
}

/** A table's delimiter row without outer pipes: "---|---|:---:". */
const DELIMITER_ROW = /^:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+\s*\|?$/;

/** A line ending in a Markdown hard line break. */
const HARD_BREAK = /(?: {2,}|\\)$/;

/** A line that starts a block of its own rather than continuing a paragraph. */
const BLOCK_START = /^(?:[-*+]\s|\d{1,3}[.)]\s|#{1,6}\s|\||>|<)/;

