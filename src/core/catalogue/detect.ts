// Precise free-text detection of high-risk USES (not mere mentions) described in prose.
//
// Peers match keywords anywhere (see research/peers-aigrc-systima.md) and drown users in
// false alarms. Here a hit needs a multi-word catalogue phrase on word boundaries, and is
// dropped when the same clause holds a benign phrase ("loan calculator"), an exclusion cue
// before it ("not intended for", "out of scope", "never"), or lies in a range the caller
// marks as exclusion context (out-of-scope sections, out_of_scope entries). Markdown structure
// carries an exclusion further than one clause: a hard-wrapped line continues its sentence, and
// a list introduced by "Not intended for:" or a bold "**Out-of-scope**" label excludes its items.
import { CROSS_MARKS, LIST_ITEM, LIST_MARKERS } from '../language/lists';
import type { Domain, DomainCatalogue } from './model';
import { inFixedExpression, MADE_UP as MADE_UP_WORDS, matchWordUses, namesPeople, OUTCOMES, readsWritingOnly, termCounts, termDomains } from './useMatcher';
import { paragraphAround, sentenceAround } from '../language/sentences';
import { asciiPunctuation, lemmaOf, wordTokens, type WordToken } from '../language/words';

export interface DetectedUse {
  domain: Domain;
  /** The catalogue phrase that matched (lower case). */
  phrase: string;
  /** Offsets of the matched text in the scanned text. */
  startOffset: number;
  endOffset: number;
  /** The matched text as written. */
  text: string;
  /** For a use described in plain words: the act and what it acts on, as written ("flags", "mammograms"). */
  evidence?: string[];
  /** For a use described in plain words: the offset of its act, before which negation is judged. */
  actOffset?: number;
  /** For a use described in plain words: how much evidence it has (3 at least). */
  score?: number;
}

export interface DetectOptions {
  /** [start, end) offset ranges to ignore: out-of-scope sections, code blocks, ... */
  excludeRanges?: readonly (readonly [number, number])[];
  /** 'use' (default) drops negated/excluded mentions; 'mention' keeps them (coverage checks of out-of-scope lists). */
  mode?: 'use' | 'mention';
  /** Only report domains of these tiers. */
  tiers?: readonly Domain['tier'][];
}

/** Cues that, before a phrase in the same clause, turn a mention into an exclusion. */
const EXCLUSION_CUES: readonly string[] = [
  'not for', 'not intended', 'not designed', 'not meant', 'not built', 'not suitable', 'not suited', 'not appropriate',
  'not be used', 'not to be used', 'not use', 'not used', 'not permitted', 'not allowed', 'not support', 'not supported',
  'not recommended', 'not validated', 'not approved', 'not tested', 'not evaluated', 'untested', 'not a ', 'not an ',
  // A refusal by the authors ("We refuse to license the model for hiring"), not a refusal the use makes ("refuse loans").
  'we refuse to', 'we decline to', 'we refused to', 'we declined to',
  // A request the authors turned down ("We turned down a request from a police force to adapt the model for ranking suspects").
  // An assistant's standing refusal: "It must refuse any request to change a setpoint".
  'refuse any request', 'refuses any request', 'refuse requests', 'refuses requests', 'refuse all requests', 'refuses all requests',
  'turned down a request', 'turned down requests', 'declined a request', 'declined requests', 'refused a request', 'refused requests', 'rejected a request', 'rejected requests',
  'must not', 'mustn\'t', 'should not', 'shouldn\'t', 'shall not', 'shan\'t', 'may not', 'will not', 'won\'t', 'cannot', 'can not', 'can\'t', 'do not', 'don\'t', 'does not', 'doesn\'t', 'is not', 'isn\'t', 'are not', 'aren\'t',
  // Chat and quick notes drop the apostrophe: "doesnt check anyones credit", "pls dont hook this up".
  'mustnt', 'shouldnt', 'wont', 'cant', 'dont', 'doesnt', 'isnt', 'arent',
  'never', 'out of scope', 'out-of-scope', 'outside scope', 'outside of scope', 'outside the scope', 'outside of the scope', 'outside the intended scope', 'outside its scope', 'beyond the scope', 'beyond its scope', 'prohibited', 'forbidden', 'disallowed',
  'excluding', 'excludes', 'exclude', 'excluded', 'except', 'other than', 'without', 'instead of', 'rather than',
  'nobody', 'no one', 'no-one', 'nothing', 'none of', 'avoid', 'refrain', 'prohibit', 'prohibits', 'forbid', 'forbids', 'barred',
  // "bars" as a verb of forbidding, not as charts: only before the use it forbids.
  'bars using', 'bar using', 'bars the use', 'bar the use', 'bars its use', 'bars any use', 'off-limits', 'off limits', 'unsupported', 'keep away from', 'stay away from', 'it away from', 'model away from', 'steer clear', 'stay clear', 'keep clear', 'unsuitable', 'inappropriate', 'misuse', 'misused', 'abuse', 'no ', 'nor ', 'neither',
  // A risk named in a risk register, not a use: "could be repurposed to judge whether an asylum seeker's dialect ...".
  'could be repurposed', 'might be repurposed', 'can be repurposed', 'may be repurposed', 'could be abused', 'might be abused', 'could be weaponised', 'could be weaponized',
  'is not a substitute', 'not a substitute', 'discourage', 'disclaim', 'unintended', 'not to',
  // A use the authors keep the release from: "we ended up not letting it recommend treatment plans".
  'not let', 'not letting',
  // "against" excludes when it advises against a use, not when it compares ("checks prescriptions against the medication list").
  'warn against', 'warns against', 'warned against', 'advise against', 'advises against', 'advised against', 'caution against',
  'cautions against', 'recommend against', 'recommends against', 'argue against', 'argues against', 'decide against',
  // A decision taken against a use ("The district has ruled out using the scores for class placement"); a clinical
  // "rule out" ("helps doctors rule out pneumonia") is in the present and stays an act.
  'decided against', 'voted against', 'opted against', 'ruled out',
  'against using', 'against the use', 'against use', 'against deploying', 'against relying', 'against applying',
  // A use brought to an end: "the ministry must stop using a profiling system that sorted visa applications".
  'stop using', 'stops using', 'stopped using', 'cease using', 'ceased using', 'stop the use', 'end the use',
];

/**
 * Cues that, before a use in the same clause, make it the topic of a work rather than what the release
 * does: "a survey of fingerprint recognition", "research on automated grading", "our team worked on credit scoring",
 * "bias detection in speech applications such as speaker recognition" (what is audited, not done), "Topics
 * include gig platform deactivations, audits of automated hiring", "information about the Force's use of facial
 * recognition" (what a request or a question is about), "the regulator's consultation on credit-scoring
 * transparency". "A history of" is a topic; a record's history
 * ("the arrest history of individuals") is not. A "case study" tells how a customer put the release to work: it is
 * no study of a topic ("Case study: a police department has relied on it to order burglary reports"), and a manual
 * review is a step of work, not a review of a topic ("Replace manual review: the underwriting model sets the premium").
 * An audit of a topic is one ("an audit of tenant-screening tools"); "Audit:" opening what it found tells of the
 * audited system's work ("Audit: the border system sends arriving passengers to secondary inspection").
 */
const TOPIC_CUE =
  /(?<![\p{L}])(?:bias|fairness)\s+(?:detection|evaluation|testing|measurement|assessment|analysis|audits?|auditing)\s+(?:in|of|for|on|across)(?![\p{L}])|(?<![\p{L}])(?:worked|experience|background|expertise|published|publications?)\s+(?:on|in|with|about)(?![\p{L}])|(?<![\p{L}])(?:background|further)\s+reading(?![\p{L}])|(?<![\p{L}])(?:topics?|themes?)(?:,?\s+|\s*)(?:include|includes|including|cover|covers|such\s+as|are|:)(?![\p{L}])|(?<![\p{L}])(?:information|questions?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|requests?)\s+(?:about|regarding|concerning)(?![\p{L}])|(?<![\p{L}])(?:(?<=(?:^|[^\p{L}\s]|(?<![\p{L}])(?:a|an|the|brief|short|this|our|its|their))\s*)history|survey|surveys|literature|(?<!case\s)(?:study|studies)|measurements?|paper|papers|research|consultations?|guidance|(?<!(?:manual|human|staff|case|file|underwriting|credit|clinical)[\s-])review|tutorial|book|article|articles|thesis|essay|critique|benchmark|benchmarks|dataset|datasets|corpus|tasks?|vocabulary|terminology|jargon)\s*(?:of|on|about|into|in\s+the\s+benchmark|:)(?![\p{L}])|(?<![\p{L}])audits?\s*(?:of|on|about|into)(?![\p{L}])/iu;

/**
 * A work or its authors studying something, as the subject of a research verb: "This paper studies grid
 * control", "we investigate automated grading"; or research into how something is done ("exploring how
 * models diagnose ..."), or a question it sets out to answer ("we wanted to know whether ...", "to see whether
 * ..."), or what a system could do, tested ("tested whether language models could predict loan defaults"), or
 * data gathered to study it ("Collected to study rent trends"), or studies it was used in ("used in other studies to
 * evaluate municipal election outcomes"). What follows is the topic, not what the release does.
 */
const RESEARCH_CUE =
  /(?<![\p{L}])(?:paper|papers|study|thesis|dissertation|article|chapter|work|project|report|benchmark|we)\s+(?:(?:will|shall|would|plan\s+to|intend\s+to|aim\s+to)\s+)?(?:(?:also|further|first|here|then|\p{L}+ly)\s+)?(?:stud(?:y|ies|ied|ying)|review(?:s|ed|ing)?|investigat(?:es?|ed|ing)|explor(?:es?|ed|ing)|examin(?:es?|ed|ing)|analy[sz](?:es?|ed|ing)|survey(?:s|ed|ing)?|compar(?:es?|ed|ing)|revisit(?:s|ed|ing)?|characteri[sz](?:es?|ed|ing)|audit(?:s|ed|ing)?)(?![\p{L}])|(?<![\p{L}])(?:studying|investigating|exploring|examining|analy[sz]ing|understanding|researching)\s+(?:how|whether|why|what|when)(?![\p{L}])|(?<![\p{L}])(?:(?:wanted|want|wants|set\s+out|sought|aimed|tried)\s+)?to\s+(?:know|find\s+out|see|learn|understand|test|check|study|investigate|examine|explore|measure|assess|audit)\s+(?:whether|if|how|why)(?![\p{L}])|(?<![\p{L}])(?:tested|tests|testing|evaluated|evaluates|evaluating|asked|asks|examined|measured)\s+whether\s+(?:[\p{L}'-]+\s+){0,3}?(?:models?|ai|llms?|systems?|tools?|algorithms?|classifiers?|software|it|they)\s+(?:could|can|would|might|(?:is|are|was|were)\s+able\s+to)\s|(?<![\p{L}])(?:collected|gathered|compiled|scraped|assembled|released|published|curated)\s+(?:\p{L}+\s+){0,2}?to\s+(?:study|investigate|examine|explore|analy[sz]e|understand|measure|document|map)(?![\p{L}])|(?<![\p{L}])used\s+in\s+(?:\p{L}+\s+)?(?:studies|papers|research|analyses|theses|publications)\s+to\s/iu;

/**
 * A law or one of its parts as the subject of a verb that sets its scope: "Annex III lists AI used to evaluate the
 * creditworthiness of natural persons", "the AI Act classifies ... as high-risk", "Article 5 prohibits ...". What
 * follows is what the law covers, not what the release does.
 */
const LAW_SCOPE_CUE =
  /(?<![\p{L}])(?:annex\s+[ivx]+|article\s+\d+[a-z]?|(?:the\s+)?(?:eu\s+)?ai\s+act|the\s+(?:act|regulation|directive|law|statute|bill)|gdpr|regulation\s+\(eu\)\s+[\d/]+)(?:['\u2019]s)?\s+(?:also\s+)?(?:lists?|listed|classif(?:y|ies|ied)|defines?|defined|designates?|designated|covers?|covered|names?|named|treats?|treated|regulates?|regulated|prohibits?|prohibited|bans?|banned|restricts?|restricted)(?![\p{L}])/iu;

/**
 * A finding reported, by its authors or researchers ("They found that ...", "... and found that ..."): "we show that searches of young men turn up ...", "we estimate that a customer's first use of
 * buy-now-pay-later is followed by ...". What follows is what was found, not what
 * the release does, unless its sentence also says the system is put to work ("... and we deploy the system at an insurer").
 */
const FINDING_CUE =
  /(?<![\p{L}])(?:we|they|researchers|authors|and|paper|papers|study|studies|results?|analysis|findings?|evidence)\s+(?:also\s+|further\s+)?(?:show|shows|showed|shown|find|finds|found|observe|observes|observed|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed|suggest|suggests|suggested|indicate|indicates|indicated|estimate|estimates|estimated)\s+that(?![\p{L}])/iu;
/**
 * A statistic reported about people, which names what they were, not what the release does: "pupils whose teachers
 * predicted a grade 4 were 12 percentage points more likely to achieve it".
 */
const STATISTIC = /(?<![\p{L}])(?:were|was)\s+\d+(?:\.\d+)?\s*(?:percentage\s+points?|%|per\s*cent|percent|times)\s+(?:more|less)\s+likely(?![\p{L}])/iu;
/**
 * What someone is accused, criticised, sued or fined for is an allegation about another's system, not what the
 * release does: "a tech company's new credit card was accused of giving women much lower limits".
 */
const ALLEGED_BEFORE = /(?<![\p{L}])(?:accused|criticised|criticized|sued|fined|condemned|blamed|investigated|prosecuted)\s+(?:[\p{L}'-]+\s+){0,3}?(?:of|for|over)\s+(?:[\p{L}'-]+\s+){0,4}$/iu;

/**
 * What people oppose, campaign against, want regulated or have only heard of is a view about uses, not what the
 * release does: "Participants were strongly opposed to a computer deciding on benefit sanctions", "most had heard
 * of tools that reject CVs automatically", "asking the government to regulate tenant-screening algorithms". So is
 * what someone believed or heard rumoured ("I was convinced the homework app was marking the kids down", "thinking
 * the credit union's AI had turned down my loan"): the writer does not vouch for it.
 */
const STANCE_BEFORE =
  /(?<![\p{L}])(?:(?:opposed|opposition|objected|objections?|protest(?:ed|s|ing)?|campaign(?:ed|s|ing)?|petition(?:ed|s|ing)?)\s+(?:[\p{L}'-]+\s+){0,2}?(?:to|against)|heard\s+(?:of|about)|rumou?rs?\s+(?:that|of|about)|(?:thinking|convinced|(?:i|we)\s+thought|(?:had\s+|wrongly\s+)assumed)(?:\s+that)?|regulate|regulating|regulation\s+of|outlaw|outlawing)\s+(?:[\p{L}'"\u2019\u201c\u201d-]+\s+){0,5}$/iu;

/**
 * A counterfactual right before the act: "an optional module which would have rejected candidates automatically" never
 * ran; nor does what a reader is asked to imagine ("Imagine being turned down for a mortgage because ...") or what
 * someone might do if it were ever allowed ("If insurers were ever allowed to price health cover ..."), or what a program
 * "may one day" do ("a computer program that may one day help doctors read X-rays").
 */
const COUNTERFACTUAL_BEFORE = /(?<![\p{L}])(?:(?:would|could|might)\s+have\s+|(?:may|might|could)\s+one\s+day\s+(?:[\p{L}'-]+\s+){0,3}|(?:imagine|suppose|supposing)\s+(?:[\p{L}'-]+\s+){0,6}|if\s+(?:[\p{L}'-]+\s+){0,4}?were\s+(?:ever\s+|ever\s+to\s+be\s+)?(?:allowed|permitted|free|able)\s+to\s+)$/iu;

/** A sentence saying the system is put to work. */
const PUT_TO_WORK = /(?<![\p{L}])(?:deploy|deploys|deployed|deploying|in\s+production|rolled\s+out|in\s+use\s+at)(?![\p{L}])/iu;

/** How a model was tested, before the words of a task in the same clause: "We benchmarked the encoder on LFW face verification". */
const TESTED_ON = /(?<![\p{L}])(?:benchmarked|evaluated|tested|validated|assessed|compared)\s+(?:[\p{L}\p{N}'\u2019-]+\s+){0,4}?(?:on|against)(?![\p{L}])/iu;

/**
 * A clause telling a practice is common, with a subject that names no one's system: "Risk scoring algorithms are widely used
 * by judges to inform their sentencing and bail decisions", "Face recognition is increasingly used at borders".
 * It tells how the world works, not what the release does ("This model is widely used by hospitals" is the release).
 */
const COMMON_PRACTICE =
  /^\s*(?!(?:this|that|these|our|its|the|my|it|we)\s)(?:[\p{L}-]+\s+){1,4}?(?:is|are)\s+(?:now\s+)?(?:widely|commonly|increasingly|routinely|frequently|often)\s+used(?![\p{L}])/iu;

/**
 * Another body's system dated by when it came in: "MiDAS, introduced by the state's Unemployment Insurance Agency in
 * 2013, issued fraud determinations ...", "the regional utility introduced automated load shedding in 2018". A
 * sentence that names neither the writers nor the release tells history; "The council introduced our model in 2019"
 * is the release at work.
 */
const INTRODUCED_IN_YEAR = /(?<![\p{L}])(?:introduced|adopted|launched|rolled\s+out)(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:in|since)\s+(?:19|20)\d\d(?!\d)/iu;
const WRITERS_OR_RELEASE = /(?<![\p{L}])(?:we|our|us|this\s+(?:model|system|tool|release|dataset)|the\s+(?:model|system|tool|release))(?![\p{L}])/iu;
function othersDatedSystem(sentence: string): boolean {
  return INTRODUCED_IN_YEAR.test(sentence) && !WRITERS_OR_RELEASE.test(sentence);
}

/** Whether a clause, up to a use's end, tells a common practice, with no clause of the writers' joined on before the use. */
function commonPractice(upToUse: string): boolean {
  return COMMON_PRACTICE.test(upToUse) && !/,\s*(?:and|but|while|whereas)\s/iu.test(upToUse);
}

/**
 * A use's words as the subject of a verdict of controversy: "Automated screening of job applicants has attracted
 * scrutiny", "algorithmic risk assessment at sentencing has been contested", "Automated decision-making in welfare
 * administration has a troubled record". The practice is the topic of a debate, not what the release does.
 */
const CONTROVERSY_AFTER =
  /^\s*(?:(?!(?:and|or|but|which|that|who|it|they|then)\s)[\p{L}\p{N}'\u2019-]+\s+){0,8}?(?:has|have|had|is|are|was|were)\s+(?:(?:long|also|repeatedly|widely|been|become)\s+)*(?:contested|controversial|criticised|criticized|attracted\s+(?:\p{L}+\s+)?(?:scrutiny|criticism|controversy|concern)|drawn\s+(?:\p{L}+\s+)?(?:scrutiny|criticism|controversy|concern)|come\s+under\s+(?:\p{L}+\s+)?(?:scrutiny|fire|criticism)|a\s+(?:troubled|chequered|checkered|controversial|poor)\s+(?:track\s+)?(?:record|history))(?![\p{L}])/iu;
/**
 * Others' work, or earlier work, as the subject before a use: "Others have applied machine learning to emergency
 * triage", "Prior approaches, such as that of EP 3 624 005, used recurrent networks to predict transformer failures".
 * What follows is what that work did, not what the release does.
 */
const OTHERS_WORK_BEFORE =
  /(?<![\p{L}])(?:others|other\s+(?:authors|researchers|groups|teams|vendors|companies|inventors)|(?:prior|previous|earlier|existing|known)\s+(?:work|works|approaches|methods|systems|art|solutions))(?![\p{L}])[^;]*?(?<![\p{L}])(?:have\s+|has\s+)?(?:applied|used|proposed|developed|built|explored|addressed|attempted|relied)(?![\p{L}])/iu;
/**
 * A cited publication disclosing or teaching what it describes: "US 2021/0098110 A1 to Corvana Health discloses a
 * classifier that assigns patients ...", "Smith et al. (2019) teach ...". Its number or its authors name it.
 */
const CITED_DISCLOSES_BEFORE =
  /(?:(?<![\p{L}])(?:US|EP|WO|CN|JP|KR|DE|GB)\s*\d[\d/,. ]*(?:\s*[AB]\d?)?|et\s+al\.?(?:\s*\(\d{4}\))?)(?:\s+(?:to|by|of)\s+[^,;]{1,60}?)?\s+(?:discloses|disclosed|teaches|taught|describes|described|proposes|proposed)(?![\p{L}])/u;

/** Results and citations written after a use's words: "predictions of loan default are reported in Table 3", "eviction counts are cited to describe trends". */
const RESULTS_AFTER = /^[^]*?(?<![\p{L}])(?:(?:is|are|was|were)\s+(?:reported|shown|listed|given|summari[sz]ed|presented|plotted|tabulated)\s+(?:in|on)\s+(?:table|tables|figure|figures|fig|section|appendix|the\s+(?:table|figure|appendix|paper|results))|(?:is|are|was|were)\s+(?:cited|quoted)\s+(?:to|as|in|from|for))(?![\p{L}])/iu;

/** Evidence from words (see useMatcher) that outweighs an overlapping catalogue phrase of another domain. */
const STRONG_WORD_USE = 5;
/** Evidence from words that outweighs such a phrase when its sentence names its domain more often than the phrase's. */
const OUTNAMING_WORD_USE = 4;

/**
 * A technology named as what the work improves: "Improving Voice Recognition: make speech systems better at
 * accents", "enhancing face verification in low light". The release advances the technique; it does not
 * deploy it. Only for a use named by its noun of action, so "improves hiring decisions by screening CVs" stands.
 */
const IMPROVED_BEFORE = /(?<![\p{L}])(?:improv(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|advanc(?:e|es|ed|ing))\s+(?:the\s+|current\s+|existing\s+|today['\u2019]s\s+)?$/iu;
const NOUN_OF_ACTION_WORD = /^[\p{L}-]*(?:tion|sion|ment)(?![\p{L}])/iu;

function improvedTechnology(text: string, h: DetectedUse, clauseStart: number): boolean {
  // The act of a use found from words, or a catalogue phrase's last word ("facial recognition").
  const act = h.actOffset !== undefined ? text.slice(h.actOffset) : (/[\p{L}-]+$/u.exec(h.text)?.[0] ?? '');
  return NOUN_OF_ACTION_WORD.test(act) && IMPROVED_BEFORE.test(text.slice(clauseStart, h.startOffset));
}

/**
 * An act that names the kind of data store right after it ("the computer-aided dispatch (CAD) database which
 * contains fire incidents") is what the store is of, not an act the release performs. Records are left out: they
 * are as often what the act works on ("link records of the same offender").
 */
const DATA_STORE_AFTER_ACT = /^[\p{L}-]+\s+(?:\([^)\n]{1,20}\)\s+)?(?:database|databases|archive|archives|dataset|datasets|data\s+set)(?![\p{L}])/iu;

function actNamesDataStore(text: string, h: DetectedUse): boolean {
  return h.actOffset !== undefined && DATA_STORE_AFTER_ACT.test(text.slice(h.actOffset, h.actOffset + 80));
}

/**
 * An act right after "how to" or "where to" is what someone is shown or asked about ("questions about their bills,
 * how to read their meter", "where to find the housing support form"), not what the release does; a decision about how to act ("decides how to allocate beds") has
 * its own act before it.
 */
const HOW_TO_BEFORE = /(?<![\p{L}])(?:how|where)\s+to\s+$/iu;
/** So is an act a demonstration shows something can do: "showing how an interpretable classifier can place a household profile into a tier". */
const SHOWN_CAN_BEFORE = /(?<![\p{L}])(?:show|shows|showing|demonstrate|demonstrates|demonstrating|illustrate|illustrates|illustrating)\s+how\s+(?:[\p{L}-]+\s+){1,5}?(?:can|could|might|may)\s+$/iu;

function shownHowTo(text: string, h: DetectedUse, clauseStart: number): boolean {
  if (h.actOffset === undefined) return false;
  const before = text.slice(clauseStart, h.actOffset);
  return HOW_TO_BEFORE.test(before) || SHOWN_CAN_BEFORE.test(before);
}

/**
 * An act inside a list of a data set's fields ("with fields for offence type, date, beat and arrest flag") names a
 * column, not what the release does. The list runs from its cue to the end of the sentence or a semicolon. So does
 * an act on a line a column's identifier opens (see FIELD_ENTRY).
 */
const FIELD_LIST_BEFORE = /(?<![\p{L}])(?:fields?|columns?|variables?|attributes?)\s+(?:for|such\s+as|like|including|named)(?![\p{L}])[^.;:!?\n]*$/iu;

/**
 * A list item opened by a column's identifier and a colon, as data dictionaries write them: "* **CreditScore:** The
 * credit score of the customer.", "- `loan_status`: whether the loan was approved". An identifier joins words
 * without spaces (snake_case, camelCase or PascalCase) or sits in backticks. A product's name opens lines the same
 * way ("StreamSort: decides which maths set ..."), so an item counts only beside another field's (see FIELD_ITEM).
 */
const FIELD_ENTRY = /^[ \t]*[-*+\u2022][ \t]+(?:\*\*|__)?(?:`[^`\n]+`|[\p{L}\p{N}]+_[\p{L}\p{N}_]+|\p{Ll}+(?:\p{Lu}\p{Ll}+)+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+)(?::(?:\*\*|__)|(?:\*\*|__)?[ \t]*:)/u;

/** A list item opened by one word, bold or in backticks, and a colon: a field beside it ("* **Surname:** ..."). */
const FIELD_ITEM = /^[ \t]*[-*+\u2022][ \t]+(?:\*\*|__|`)[\p{L}\p{N}_]+(?::(?:\*\*|__)|(?:\*\*|__|`)[ \t]*:)/u;

/** The line holding offset `at` (a line break belongs to the line it ends), without its break. */
function lineHolding(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

function namesField(text: string, h: DetectedUse): boolean {
  const [ss] = sentenceAround(text, h.startOffset, h.endOffset);
  if (FIELD_LIST_BEFORE.test(text.slice(ss, h.actOffset ?? h.startOffset))) return true;
  const lineStart = text.lastIndexOf('\n', h.startOffset - 1) + 1;
  if (!FIELD_ENTRY.test(text.slice(lineStart, h.startOffset))) return false;
  const lineEnd = text.indexOf('\n', h.startOffset);
  const previous = lineStart > 0 ? lineHolding(text, lineStart - 1) : '';
  const next = lineEnd < 0 ? '' : lineHolding(text, lineEnd + 1);
  return [previous, next].some((line) => FIELD_ENTRY.test(line) || FIELD_ITEM.test(line));
}

/**
 * "not" (or emphasised "**NOT**") right before a use's words, or before a light verb that takes them as its
 * object: "not make hiring decisions", "never give credit scores".
 */
const NOT_BEFORE = /(?<![\p{L}])(?:not|never)[*_\s]+(?:(?:make|makes|take|takes|give|gives|issue|issues|provide|provides|render|renders|reach|reaches|perform|performs|do|does|produce|produces|output|outputs|suggest|suggests)\s+(?:any\s+)?)?$|(?<![\p{L}])not[*_\s]*$/iu;

/** A clause that counts what data holds: "Contains 40,000 anonymised essays ... each paired with the mark their teacher gave". */
const DATA_COUNT_OPENING = /^\s*["']?\s*(?:[-*\u2022]\s*)?(?:it\s+|(?:this|the)\s+(?:dataset|data\s+set|corpus|collection|release)\s+)?(?:contains|includes|comprises|consists\s+of|holds|has)\s+(?:[\p{L}-]+\s+of\s+)?(?:about\s+|over\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|~)?\d/iu;

/** A model named as doing the act that follows: "... for training models that", "classifiers which". */
const MODELS_THAT = /(?<![\p{L}])(?:models?|classifiers?|systems?|tools?|algorithms?|rankers?|scorers?)\s+(?:that|which)\s+(?:can\s+|could\s+|will\s+|would\s+)?$/iu;

/** A use's words that name a data set rather than a use: "the German Credit and Lending Club datasets". */
const DATA_NOUN_AFTER = /^\s*(?:\S+\s+){0,3}?(?:datasets?|corpus|corpora|benchmarks?|testbed|data\s+set)(?![\p{L}])/iu;
/** A work about the use, an exercise in it or a figure of it, right after its words: "speaker verification literature", "chlorine dosing calculations", "face verification accuracy on LFW". */
const WORK_NOUN_AFTER = /^\s*(?:literature|research|studies|surveys?|papers?|exercises?|calculations?|worksheets?|tutorials?|lessons?|homework|quiz(?:zes)?|textbooks?|accuracy|accuracies|auc|auroc|f1|error\s+rates?|leaderboards?)(?![\p{L}])/iu;
/**
 * A contest the words name, a few modifiers on: "Life insurance risk-class competition", "Essay scoring comp",
 * "(playground comp)". "comp" stands alone or in brackets: "rent from market comps" names comparables; "the member
 * can contest" is a verb.
 */
const CONTEST_AFTER = /^\s*(?:(?:(?!(?:can|could|may|might|will|would|should|must|to|and|or)\s)[\p{L}-]+\s+){0,2}?(?:competitions?|challenges?|contests?|hackathons?|shared\s+tasks?)|comp|\((?:[\p{L}-]+\s+){0,2}?comp)(?![\p{L}])/iu;
const DATA_NOUN_INSIDE = /(?<![\p{L}])(?:datasets?|corpus|corpora|benchmarks?|testbed)(?![\p{L}])/iu;

/**
 * Whether the clause before a use is governed by an act that informs rather than decides ("Summarises
 * public court rulings", "Converts shift rotas into calendar files"): the informational act comes first and
 * no "and", comma or purpose ("to sway them") hands over to another predicate before the use. "Generates"
 * whose object is the act itself ("generates risk scores") decides.
 */
function informs(before: string, informational: RegExp | undefined): boolean {
  if (!informational) return false;
  informational.lastIndex = 0;
  const m = nextMatch(informational, before);
  // "AI-writing detection": an informing word inside a hyphenated modifier governs nothing, and neither does
  // an -ing form after a possessive, which is a noun ("ranks suspects by how closely their writing style matches").
  if (!m || before[m.index - 1] === '-' || (/ing$/i.test(m[0]) && POSSESSIVE_BEFORE.test(before.slice(0, m.index)))) return false;
  // "Generates risk scores", "generates rankings", "is writing the final grade into the gradebook": what is
  // generated or written is the decision itself; "generates fake loan applications" makes made-up data.
  if (/^(?:generat|writ)/i.test(m[0]) && /^\s*(?:(?:the|a|an|each|every|their|its)\s+)?(?:[\p{L}-]+\s+)?$/u.test(before.slice(m.index + m[0].length)) && !MADE_UP.test(before.slice(m.index + m[0].length))) return false;
  const rest = before.slice(m.index + m[0].length);
  // "The landlord explained that its homes are let from a shortlist the model produces": a person's account, in a
  // content clause, tells what happens; only the release explaining ("the chatbot explains that ...") informs.
  // So does one on how a machine does something ("The speaker described how the operator's agent now proposes ...");
  // how people do it ("describes how recruiters decide") is a topic.
  if ((/^\s+that(?![\p{L}])/iu.test(rest) || MACHINE_HOW.test(rest)) && !RELEASE_BEFORE.test(before.slice(0, m.index))) return false;
  // "Writes tailored messages to sway voters": an act the informing serves is the use. A colon after the
  // informing word makes it a label ("CV parse: scores resumes"), which governs nothing after it.
  // "for neighbourhood officers to hand out": an infinitive with a subject of its own is theirs, not the release's purpose.
  return !/(?:,|;|:|\+|&|\band\b|\bor\b|\bthen\b)/i.test(rest) && !PURPOSE_INFINITIVE.test(rest.replace(OTHERS_INFINITIVE, ' '));
}

/**
 * A work looking into how people or other bodies act: "Our policy brief looks at how digital lenders decide on
 * loans", "Annex D reviews how police forces introduced predictive patrol tools", "interviews with employers about
 * how they recruit". What follows is its topic; how a machine acts ("reviews how the model ranks") and the release
 * looking ("the tool reviews how each claimant ...") are not.
 */
const LOOKS_INTO_HOW = /(?<![\p{L}])(?:look(?:s|ed|ing)?\s+at|review(?:s|ed|ing)?|document(?:s|ed|ing)?|examin(?:es?|ed|ing)|explor(?:es?|ed|ing)|investigat(?:es?|ed|ing)|analy[sz](?:es?|ed|ing)|about)(?=\s+how\s)/iu;
function looksIntoHow(before: string): boolean {
  const m = LOOKS_INTO_HOW.exec(before);
  return !!m && !MACHINE_HOW.test(before.slice(m.index + m[0].length)) && !RELEASE_BEFORE.test(before.slice(0, m.index));
}

/** A content clause on how a machine acts: "how the operator's reinforcement-learning agent now proposes". */
const MACHINE_HOW = /^\s+how\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(?:model|system|agent|tool|algorithm|classifier|software|ai|it)(?![\p{L}])/iu;
/** The release, or a tool, named before a verb: "the chatbot explains", "it tells", "a repayment calculator that explains". */
const RELEASE_BEFORE = /(?<![\p{L}])(?:it|this|that|which|model|tool|system|app|assistant|bot|chatbot|software|platform|api|service|classifier|engine)\s+(?:[\p{L}]+\s+)?$/iu;

/** A possessive determiner ending the text: the word after it is a noun. */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:their|its|his|her|our|your|my)\s+$/iu;

/** "for <someone> to <act>": an infinitive whose subject is named before it. */
const OTHERS_INFINITIVE = /(?<![\p{L}])for\s+(?:[\p{L}'-]+\s+){1,3}to(?:\s+[\p{L}-]+|\s*$)/giu;

/** A question reported right before a use, with nothing joined on between: "asking whether this can ...", "wonder if it could ...". */
const REPORTED_QUESTION = /(?<![\p{L}])(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question(?:s|ed|ing))\s+(?:[\p{L}']+\s+){0,8}?(?:whether|if)\s(?:(?![,;:]|(?<![\p{L}])(?:and|then|or|but)(?![\p{L}]))[^])*$/iu;

/** A decision named right after a use: what an informing act writes is then the decision ("writes a hire / no-hire recommendation"). */
const DECISION_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:recommendations?|verdicts?|decisions?|rulings?|shortlists?)(?![\p{L}])/iu;

/** Words that say data is made up: "fake loan applications", "synthetic patient records". */
const MADE_UP = /^\s*(?:fake|synthetic|made-up|dummy|mock|random|artificial|simulated|fictional|fictitious|sample|toy|placeholder)\s/iu;

/** "to" opening a purpose ("to sway them", "so that officers can"; the use may start right after it), not a place or recipient ("to the clinician"). */
const PURPOSE_INFINITIVE = /(?<![\p{L}])(?:so\s+that|to\s*$|to\s+(?!(?:the|a|an|their|its|his|her|our|your|my|them|him|me|us|this|that|these|those|each|every|any|all|one|two|three|\d)(?![\p{L}\d]))\p{L})/iu;

/**
 * Words that start a new clause: a negation before them does not reach a phrase after them. "however"
 * does as a connective ("..., however it is not for hiring"), not in a concession inside the clause
 * ("insurers should not, however tempting it is, use ...").
 */
const CLAUSE_BREAK =
  /[.!?;|\n\r]|\b(?:because|which\s+is\s+why|that\s+is\s+why|that['\u2019]s\s+why|but|however(?!\s+\p{L}+(?:\s+\p{L}+)?\s+(?:it|this|that|they|he|she|you|we)\s+(?:is|are|was|were|may|might|seems?|looks?|sounds?|appears?)\b)|although|though|whereas|yet|instead it|while)\b/giu;

/** Any connective CLAUSE_BREAK breaks at, as a plain substring (a cheap test before the full pattern). */
const CONNECTIVE = /but|however|though|whereas|yet|instead|while|so|because|why/i;
/** CLAUSE_BREAK's punctuation alone. A table's cell border ends a clause too: cells are separate statements. */
const PUNCTUATION_BREAK = /[.!?;|\n\r]/g;

/** A line that starts a block of its own: blank, list item, heading, table row, quote. */
const BLOCK_START = /^[ \t]*(?:$|[-*+•][ \t]|\d{1,3}[.)][ \t]|[a-z][.)][ \t]|#{1,6}(?:[ \t]|$)|\||>)/u;

/** Words a sentence does not end on: a line ending on one continues on the next ("must not be used for"). */
const OPEN_LINE_END = /(?:[,(:\u2013\u2014-]|(?<![\p{L}])(?:for|to|or|and|nor|of|in|on|as|at|by|the|a|an|with|from|into|be|been|used|not|than|such|including|e\.g|i\.e))[*_\s]*$/iu;

/**
 * Whether the line break at `at` only wraps a sentence (Markdown joins the lines into one paragraph),
 * so a negation before it still reaches a phrase after it: the next line starts with a lower-case letter
 * or the line ends on a word no sentence ends on, and the next line does not start a block of its own.
 */
function isSoftWrap(text: string, at: number): boolean {
  const nextEnd = text.indexOf('\n', at + 1);
  const next = text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd).replace(/\r$/, '');
  if (BLOCK_START.test(next)) return false;
  if (/^[ \t]*\p{Ll}/u.test(next)) return true;
  const prevStart = text.lastIndexOf('\n', at - 1) + 1;
  const prev = text.slice(prevStart, at).replace(/\r$/, '');
  return OPEN_LINE_END.test(prev) || (CONDITION_STEP.test(prev) && CONSEQUENCE_STEP.test(next));
}

/**
 * A scenario's steps, as Gherkin writes them: a "Then" line finishes the sentence its "When" line began ("When the
 * risk model's monthly score falls below 520 / Then their credit limit is halved").
 */
const CONDITION_STEP = /^[ \t]*(?:when|if)[ \t]/iu;
const CONSEQUENCE_STEP = /^[ \t]*then[ \t]/iu;

/**
 * A catalogue phrase with the cheap tests that decide whether its regex needs to run. The regex itself is
 * built when first needed: most phrases never pass those tests on a text, and building all of them cost
 * the first check tens of milliseconds.
 */
class CompiledPhrase {
  #re: RegExp | undefined;
  /** The phrase in lower case, as findings quote it. */
  readonly phrase: string;
  /** A stem every match contains (lower case): a cheap includes() skips most regexes. */
  readonly anchor: string;
  /**
   * A stem of each of the phrase's words (lower case), all of which every match contains: on a long card
   * most phrases whose anchor occurs somewhere still lack a word, and their regex need not run (nor be
   * compiled, on the first check).
   */
  readonly stems: string[];

  constructor(
    readonly domain: Domain,
    private readonly source: string,
  ) {
    this.phrase = source.toLowerCase();
    this.anchor = anchorOf(source);
    this.stems = stemsOf(source);
  }

  get re(): RegExp {
    return (this.#re ??= phraseRegex(this.source, true));
  }
}

/** Each domain's benign phrases, compiled when a use or mention of that domain first needs them. */
class BenignPhrases {
  readonly #compiled = new Map<string, RegExp[]>();

  constructor(private readonly catalogue: DomainCatalogue) {}

  get(domainId: string): RegExp[] {
    let list = this.#compiled.get(domainId);
    if (!list) {
      const d = this.catalogue.domains.find((x) => x.id === domainId);
      list = (d?.benignPhrases ?? []).map((p) => phraseRegex(p, true));
      this.#compiled.set(domainId, list);
    }
    return list;
  }
}

/** Inflection changes at most a word's last letter before its ending ("diagnose" -> "diagnosing", "apply" -> "applies"). */
function stemsOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 ? w.slice(0, -1) : w));
}

function anchorOf(phrase: string): string {
  const parts = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  // Inflection only changes endings ("diagnose" -> "diagnosing"): four letters are safe.
  return longest.slice(0, Math.min(4, Math.max(1, longest.length - 1)));
}

interface CompiledCatalogue {
  /** The catalogue's informational acts in any inflection, or undefined when it lists none. */
  informational: RegExp | undefined;
  phrases: CompiledPhrase[];
  benign: BenignPhrases;
  anchors: AnchorIndex;
  /** Compiled `extraPhrases` lists (user settings), keyed by their JSON: built once, not per text. */
  extra: Map<string, CompiledPhrases>;
  /** Lemmas of every word of an act, in any domain or none: what a catalogue phrase of nouns needs beside it. */
  actLemmas: Set<string>;
}

/** Phrases in catalogue order (catalogue first, then extra phrases) with the index of their anchors. */
interface CompiledPhrases {
  phrases: CompiledPhrase[];
  anchors: AnchorIndex;
}

/**
 * The phrases' anchors as one regular expression, so the anchors a text contains are found in one pass
 * over the text instead of one includes() per phrase.
 */
interface AnchorIndex {
  /**
   * `(?=(a|b|...))` over the non-empty anchors, longest first: at each position it captures the longest
   * anchor there. Every other anchor at that position is a prefix of it (see `prefixes`).
   */
  re: RegExp | undefined;
  /** Anchor -> the anchors that are prefixes of it, itself included. */
  prefixes: Map<string, string[]>;
  /** Anchor -> indices of the phrases it belongs to, ascending. */
  phrasesOf: Map<string, number[]>;
}

function anchorIndex(phrases: readonly CompiledPhrase[]): AnchorIndex {
  const phrasesOf = new Map<string, number[]>();
  phrases.forEach((p, i) => {
    const idx = phrasesOf.get(p.anchor);
    if (idx) idx.push(i);
    else phrasesOf.set(p.anchor, [i]);
  });
  const anchors = [...phrasesOf.keys()].filter((a) => a !== '').sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const prefixes = new Map<string, string[]>();
  for (const a of anchors) prefixes.set(a, anchors.filter((b) => a.startsWith(b)));
  const re = anchors.length ? new RegExp(`(?=(${anchors.map(escapeRe).join('|')}))`, 'g') : undefined;
  return { re, prefixes, phrasesOf };
}

/**
 * Indices (ascending) of the phrases whose anchor is in `lower` - exactly those for which
 * `lower.includes(anchor)` holds; an empty anchor is in every text.
 */
function phrasesWithAnchor(lower: string, compiled: CompiledPhrases): number[] {
  const { re, prefixes, phrasesOf } = compiled.anchors;
  const out: number[] = [...(phrasesOf.get('') ?? [])];
  if (!re) return out;
  const seen = new Set<string>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    re.lastIndex = m.index + 1; // zero-width: step past this position
    const longest = m[1];
    if (seen.has(longest)) continue;
    for (const a of prefixes.get(longest)!) {
      if (seen.has(a)) continue;
      seen.add(a);
      out.push(...phrasesOf.get(a)!);
    }
  }
  return out.sort((a, b) => a - b);
}

const cache = new WeakMap<DomainCatalogue, CompiledCatalogue>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A word pattern tolerant to common English inflection: screen/screens/screened/screening, diagnose/diagnosing,
 * apply/applies. With `agents`, also the noun of who does it (screener, screeners); an act that must be an act
 * ("teaches", not "teachers") leaves them out.
 */
function inflect(word: string, agents = true): string {
  const w = word.toLowerCase();
  if (!/^[\p{L}]+$/u.test(w) || w.length <= 2) return escapeRe(w);
  if (w.length > 3 && /[^aeiou]y$/.test(w)) return `${escapeRe(w.slice(0, -1))}(?:y|ies|ied|ying)`;
  if (w.length > 3 && w.endsWith('e')) return `${escapeRe(w.slice(0, -1))}(?:e|es|ed|ing${agents ? '|er|ers' : ''})`;
  if (w.endsWith('s') && w.length > 4) return `${escapeRe(w)}(?:es)?`;
  const last = w[w.length - 1];
  const double = /[bdgklmnprt]/.test(last) ? `${last}?` : '';
  return `${escapeRe(w)}(?:s|es|${double}ed|${double}ing${agents ? `|${double}er|${double}ers` : ''})?`;
}

/** Optional determiners users slip between words: "screen the job applicants". */
const FILLER = '(?:(?:the|a|an|their|your|its|our|all|job)[\\s]+)?';

/** The pattern of a phrase, without its word-boundary guards. */
function phrasePattern(phrase: string, tolerant: boolean, agents = true): string {
  const words = phrase.toLowerCase().trim().split(/[\s]+/).filter(Boolean);
  const parts = words.map((w) => {
    // Hyphenated words ("re-offending", "x-ray") also match with a space, an en dash or joined.
    const sub = w.split('-').map((p, i, arr) => (tolerant && i === arr.length - 1 ? inflect(p, agents) : escapeRe(p)));
    return sub.join('[-\\u2013\\s]?');
  });
  // Words are separated by spaces, hyphens or en dashes ("resume-job matching" written with an en dash).
  const sep = tolerant ? `[\\s\\-\\u2013]+${FILLER}` : '[\\s\\-\\u2013]+';
  return parts.join(sep);
}

/**
 * A phrase as a regular expression whose ends stand at word boundaries. The guards in the pattern cover
 * ASCII letters and digits only: a Unicode property class costs about 0.4 ms to compile, in every one of
 * hundreds of regexes, and dominated the first check after start-up. A letter or digit of another script
 * beside a match is ruled out by `nextMatch`. Matches are the same: the phrase's own optional endings are
 * ASCII, so no longer or shorter reading of a match could end at a boundary where this one does not.
 */
function phraseRegex(phrase: string, tolerant: boolean): RegExp {
  return guarded(phrasePattern(phrase, tolerant));
}

function guarded(pattern: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${pattern})(?![a-z0-9])`, 'gi');
}

/** A letter or digit of any script; compiled once. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function wordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  // The code point the index falls in: a low surrogate belongs to the pair that starts before it.
  const start = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** The next match of a `guarded` regex from its lastIndex that has no letter or digit of any script beside it. */
function nextMatch(re: RegExp, text: string): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (!wordCharAt(text, m.index - 1) && !wordCharAt(text, end)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** Whether a `guarded` regex matches anywhere in the text. */
function matchesIn(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return nextMatch(re, text) !== null;
}

function compile(catalogue: DomainCatalogue): CompiledCatalogue {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const phrases: CompiledPhrase[] = [];
  for (const d of catalogue.domains) {
    for (const p of d.phrases) phrases.push(new CompiledPhrase(d, p));
  }
  // Acts only: "Teachers can use it to grade essays" is not governed by "teach", nor "writers" by "write".
  const informational = catalogue.informationalActs?.length ? guarded(catalogue.informationalActs.map((a) => phrasePattern(a, true, false)).join('|')) : undefined;
  const actLemmas = new Set<string>();
  for (const act of [...(catalogue.commonActs ?? []), ...catalogue.domains.flatMap((d) => (d.use ? [...d.use.acts, ...d.use.weakActs] : []))]) {
    // A phrasal act is known by its verb: "look up", "single out".
    const verb = act.split(/\s+/)[0];
    if (verb) actLemmas.add(lemmaOf(verb));
  }
  const compiled: CompiledCatalogue = { informational, phrases, benign: new BenignPhrases(catalogue), anchors: anchorIndex(phrases), extra: new Map(), actLemmas };
  cache.set(catalogue, compiled);
  return compiled;
}

/** Settings change rarely; a bound keeps a long-lived editor session from collecting every list ever typed. */
const MAX_EXTRA_LISTS = 16;

/** The catalogue's phrases followed by the extra ones (as detectUses always ordered them), compiled once per list. */
function withExtra(catalogue: DomainCatalogue, compiled: CompiledCatalogue, extraPhrases: readonly { phrase: string; domain: string }[]): CompiledPhrases {
  // Only well-formed lists are cached; anything else is compiled as before (and fails as before).
  const key = extraPhrases.every((x) => x !== null && typeof x === 'object' && typeof x.phrase === 'string' && typeof x.domain === 'string')
    ? JSON.stringify(extraPhrases.map((x) => [x.phrase, x.domain]))
    : undefined;
  const hit = key === undefined ? undefined : compiled.extra.get(key);
  if (hit) return hit;
  const extra: CompiledPhrase[] = [];
  for (const x of extraPhrases) {
    const d = catalogue.domains.find((dd) => dd.id === x.domain) ?? catalogue.domainFor(x.domain);
    if (d && x.phrase.trim()) extra.push(new CompiledPhrase(d, x.phrase));
  }
  const phrases = [...compiled.phrases, ...extra];
  const out: CompiledPhrases = { phrases, anchors: anchorIndex(phrases) };
  if (key !== undefined) {
    if (compiled.extra.size >= MAX_EXTRA_LISTS) compiled.extra.clear();
    compiled.extra.set(key, out);
  }
  return out;
}

/** The value before a "|", with its code marks or quotes: "`APPROVE` |". */
const VALUE_BEFORE = /[`'"]?([\p{L}_-]+)[`'"]?[ \t]*$/u;
/** The value after a "|": "| `DECLINE`". */
const VALUE_AFTER = /^[ \t]*[`'"]?([\p{L}_-]+)/u;
/** Characters after a "|" its value may take: a word and its marks. */
const VALUE_LOOKAHEAD = 40;

/**
 * Whether the "|" at `at` parts the outcomes of one decision, as API docs write them ("`decision` (`ADVANCE` |
 * `REJECT`)", "APPROVE | DECLINE | REFER"), rather than a table's cells: on a line that is no table row, with an
 * outcome on each side. "`LOW` | `MEDIUM`" still parts clauses.
 */
function joinsAlternatives(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  if (/^[ \t]*\|/.test(before)) return false;
  const left = VALUE_BEFORE.exec(before)?.[1].toLowerCase();
  const right = VALUE_AFTER.exec(text.slice(at + 1, at + 1 + VALUE_LOOKAHEAD))?.[1].toLowerCase();
  return left !== undefined && right !== undefined && OUTCOMES.has(left) && OUTCOMES.has(right);
}

/** [start, end) of every clause break in the text, in order (see CLAUSE_BREAK). */
function clauseBreaks(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Text without a connective word breaks at punctuation only: the full pattern, which tries every
  // connective at every position, is a tenth of a short statement's scan.
  const re = CONNECTIVE.test(text) ? CLAUSE_BREAK : PUNCTUATION_BREAK;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // A period inside a number or abbreviation ("e.g.", "v1.2") is not a clause break.
    if (m[0] === '.' && /[\p{L}\p{N}]/u.test(text[m.index + 1] ?? '')) continue;
    // CRLF is one line break, judged at its LF; a hard-wrapped line is no break at all.
    if (m[0] === '\r' && text[m.index + 1] === '\n') continue;
    if (m[0] === '\n' && isSoftWrap(text, m.index)) continue;
    if (m[0] === '|' && joinsAlternatives(text, m.index)) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** [start, end) of every clause: the text between consecutive breaks. */
function clauseSpans(text: string, breaks: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (const [bs, be] of breaks) {
    if (bs > s) out.push([s, bs]);
    s = be;
  }
  if (s < text.length) out.push([s, text.length]);
  return out;
}

/** "your own" and the word after it. */
const YOUR_OWN = /(?<![\p{L}])your\s+own\s+(\p{L}+)/giu;

/** What a deployer brings as its own: "on your own data", "by your own criteria" (its people: see namesPeople). */
const DEPLOYER_MATERIALS = new Set(['data', 'dataset', 'datasets', 'model', 'models', 'corpus', 'documents', 'labels', 'pipeline', 'pipelines', 'system', 'systems', 'infrastructure', 'deployment', 'hardware', 'server', 'servers', 'cluster', 'organisation', 'organization', 'company', 'team', 'teams', 'workflow', 'workflows', 'criteria', 'rubric', 'rubrics', 'threshold', 'thresholds']);

/**
 * Whether a sentence is written to someone handling their own affairs: "works out how long it will take you to
 * clear your own card balance", "pings you when a visa slot opens for your own application". Nobody else is
 * decided about. "your own" before people ("your own applicants") or a deployer's materials ("your own
 * data") speaks to an organisation, which may well decide about others.
 */
function readerOwnAffairs(sentence: string, catalogue: DomainCatalogue): boolean {
  for (const m of sentence.matchAll(YOUR_OWN)) {
    const word = m[1].toLowerCase();
    if (!DEPLOYER_MATERIALS.has(word) && !namesPeople(catalogue, word)) return true;
  }
  return false;
}

/** [start, end) of the clause around [start, end): from the last break before it to the first break after it. */
function clauseAround(text: string, breaks: readonly [number, number][], start: number, end: number): [number, number] {
  let s = 0;
  let e = text.length;
  for (const [bs, be] of breaks) {
    if (be <= start) s = be;
    else if (bs >= end) {
      e = bs;
      break;
    }
  }
  return [s, e];
}

/**
 * Any exclusion cue, as one regex. The letter guards stand once for all cues rather than once per cue: a
 * Unicode letter class under the case-insensitive flag costs about 0.3 ms to compile each time it appears.
 */
/**
 * Work the authors turn down: "we decline contracts to automate eligibility decisions", "we have turned down three
 * tenders to prioritise emergency calls". The writer must be the subject: "the system rejects requests" decides.
 */
const COMMISSION_REFUSAL = String.raw`(?:we|i)\s+(?:(?:have|had|also|always|routinely|will|would|do)\s+)*(?:refus(?:e|ed)|declin(?:e|ed)|reject(?:ed)?|turn(?:ed)?\s+down)\s+(?:(?:a|an|any|all|the|such|these|those|several|some|many|two|three|four|five|\d+)\s+)?(?:(?:such|similar|other|new|government|public|police|commercial)\s+)?(?:requests?|contracts?|tenders?|projects?|work|bids?|offers?|deals?|engagements?|commissions?|business)(?![\p{L}])`;

// A cue joined by a hyphen to the word before is part of a compound: "self-excluded gamblers".
const CUE_RE = new RegExp(
  `(?<![\\p{L}-])(?:(?:${EXCLUSION_CUES.filter((c) => !c.endsWith(' ')).map(escapeRe).join('|')})(?![\\p{L}])|${EXCLUSION_CUES.filter((c) => c.endsWith(' ')).map((c) => `${escapeRe(c.slice(0, -1))}\\s`).join('|')}|${COMMISSION_REFUSAL})`,
  'iu',
);

/** Whether a statement holds an exclusion cue anywhere ("not intended for", "must not", "out of scope"). */
export function hasExclusionCue(prefix: string): boolean {
  // Emphasis does not change what a sentence says: "**Not** for clinical diagnosis".
  const plain = /[*_`]/.test(prefix) ? prefix.replace(/[*_`]+/g, '') : prefix;
  // "people with no bureau file", "applicants who have no credit history": what people lack is no negation of the act.
  // Nor is an answer with two sides ("an instant yes/no", "a go/no-go call") or more than before ("no longer only
  // recommends").
  const read = /\bno\b/i.test(plain) ? plain.replace(LACKING, ' ').replace(NOT_A_NEGATION, ' ') : plain;
  return CUE_RE.test(read);
}

/**
 * Words that open a subordinate clause: "when nobody notices", "if no one answers", and a content clause
 * of a question or a likelihood ("whether they will not repay", "the likelihood that the loan will not be
 * repaid"): what it says is asked or weighed, not done. None runs past a label's colon, a semicolon or a
 * question mark ("State whether ... :** This model should not be used for ..." keeps its negation).
 */
const FINISHED_SUBORDINATE = /(?<![\p{L}])(?:when|whenever|if|unless|until|since|because|as\s+long\s+as|once|where|while|without|whether|(?:likelihood|probability|chance|chances|odds|risk)\s+that)(?![\p{L}])[^,:;!?]*,/giu;
/** Everything up to a result clause's ", so": "Analysts can't read every tip-off, so we score ...". */
const BEFORE_RESULT = /^[\s\S]*,\s*so(?![\p{L}])(?!\s+that(?![\p{L}]))/iu;

/**
 * The text before a use without its finished subordinate clauses and what stands before a result clause: in
 * "Arrears spiral when nobody notices, so we predict ..." the negation belongs to the "when" clause and does
 * not reach "predict".
 */
function outsideSubordinates(before: string): string {
  const read = before.includes(',') ? before.replace(BEFORE_RESULT, '').replace(FINISHED_SUBORDINATE, ',') : before;
  return /n['\u2019]?t|not/i.test(read) ? read.replace(NEGATED_RELATIVE, ' ') : read;
}

/**
 * A negated relative clause left without "that", before its noun's own verb: in "passengers it does not clear are
 * denied boarding" the negation belongs to "clear", and the passengers are denied.
 */
const NEGATED_RELATIVE = /(?<![\p{L}])(?:it|they|we|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:does|do|did)\s*(?:n['\u2019]?t|\s+not)\s+[\p{L}-]+\s+(?=(?:are|is|were|was|get|gets|got)(?:\s|$))/giu;

/**
 * A colon after a finished clause that opens a clause of its own explains, and a negation before it stays there:
 * "Most passengers never reach your desk: the e-gates decide ...", "New customers no longer wait for a limit
 * review: your spending limit is set by our model". A colon after a lead-in ("Not for:", "We will never:", "should
 * not be used for the following purposes:") or before a gerund and its "of" ("Not for: the screening of tenants")
 * lists what is excluded.
 */
function colonExplains(head: string, rest: string): boolean {
  return head.trim().split(/\s+/).length >= EXPLAINED_CLAUSE_WORDS && !LEAD_IN_END.test(head.trimEnd()) && CLAUSE_OPENING.test(rest);
}
/** Words a finished clause before a colon has at least: "Most passengers never reach your desk". */
const EXPLAINED_CLAUSE_WORDS = 4;
/** A clause's own subject opening it: a determiner and a word that is no gerund with its "of" ("your spending limit", not "the screening of"). */
const CLAUSE_OPENING = /^\s*(?:the|a|an|our|your|its|their|this|these|every|each|most|all)\s+(?![\p{L}-]*ing\s+of(?![\p{L}]))[\p{L}]/iu;
/** Words that end a lead-in to a list rather than a finished clause. */
const LEAD_IN_END = /(?<![\p{L}])(?:for|to|of|in|on|as|at|by|with|from|into|include|includes|including|following|purposes?|uses?|applications?|tasks?|cases?|contexts?|settings?|scenarios?|domains?|areas?|ways?|things?|like|such|be|used|not|never|are|is|this|that|these|those|it|them|one)$/iu;

/** The text before a use from the last explaining colon on (see colonExplains), else all of it. */
function afterExplainingColon(before: string): string {
  if (!before.includes(':')) return before;
  for (let at = before.lastIndexOf(':'); at > 0; at = before.lastIndexOf(':', at - 1)) {
    if (colonExplains(before.slice(0, at), before.slice(at + 1))) return before.slice(at + 1);
  }
  return before;
}

/** Words with "no" that negate nothing: "yes/no", "yes or no", "go/no-go", "no longer only". */
const NOT_A_NEGATION = /(?<![\p{L}])(?:yes\s*(?:\/|-|or)\s*no|go\s*\/\s*no[\s-]go|no[\s-]go|no\s+longer\s+(?:only|just|merely|simply))(?![\p{L}])/giu;
/** "with no", "who have no": a description of people, not a negation ("it has no place in" still is one). */
const LACKING = /(?<![\p{L}])(?:with|who\s+(?:has|have|had))\s+no(?![\p{L}])/giu;

// ---------------------------------------------------------------------------------------------
// Exclusions that Markdown structure carries beyond one clause.

/**
 * Wording that, in a bold label, a heading or a lead-in ending with a colon, opens an exclusion for the
 * block it introduces. Narrower than EXCLUSION_CUES: "Direct use without fine-tuning:" introduces uses.
 */
const SCOPE_CUE =
  /(?<![\p{L}])(?:out[\s-]+of[\s-]+scope|outside\s+(?:of\s+)?(?:the\s+)?scope|non[\s-]?goals?|anti[\s-]?goals?|not\s+in\s+scope|not\s+(?:intended|for|to|be|use|recommended|suitable|suited|appropriate|permitted|allowed|supported|designed|meant|built|validated|approved)|(?:may|will|shall|must|should|can|do|does)\s*n(?:o|')t|cannot|never|prohibited|forbidden|disallowed|misuses?|malicious|avoid|unsuitable|inappropriate|excluded|exclusions?|unintended|refuse|refusals?)(?![\p{L}])/iu;

/** Labels that open a discussion of limits rather than uses: "**Limitations:**", "Known risks". */
const CAVEAT_LABEL = /^(?:known\s+|key\s+|main\s+|other\s+)?(?:limitations?|risks?|caveats?|warnings?|disclaimers?)(?![\p{L}])/iu;

/** A list item marked as not done. */
const CROSSED_ITEM = new RegExp(`^[ \\t]*(?:[-*+\u2022][ \\t]+)?[${CROSS_MARKS}][ \\t]+`, 'u');
/**
 * Whether a text may hold structure that carries an exclusion: a label, heading or citation, a crossed item or
 * struck-through text, an enumeration, a list. Most statements have none, and their lines need not be read.
 */
const STRUCTURE_HINT = new RegExp(`[:#*_@~${CROSS_MARKS}]|\\((?:a|i|1)\\)\\s|\\n[ \\t]*(?:[${LIST_MARKERS}]|\\d{1,3}[.)])[ \\t]`, 'u');
/** How many words a line may have to stand as the title of the list under it: "Slide 9 – What we will never build". */
const LIST_TITLE_WORDS = 10;
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/u;
/** A bold label at the start of a line or list item: "**Out-of-scope**", "- **Out of Scope:** ...". */
/** A line that opens with a short plain label and a colon, then goes on: "Out of scope: ...". */
const PLAIN_LABEL = /^([ \t]*["']?(?:[-*+•][ \t]+)?)([\p{L}][\p{L} \t'-]{1,40}?)[ \t]*:[ \t]+(?=\S)/u;
const BOLD_LABEL = /^([ \t]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?)(\*\*|__)([^*_\n]{1,80}?)\2[ \t]*:?/u;

/**
 * A label that is a proposal's status saying it will not be done: "Parked:", "**Rejected**", "Status: shelved",
 * and where it was taken from: "Dropped from the roadmap:", "Removed from the backlog:".
 */
const DROPPED_STATUS = /^(?:status\s*[:\u2013\u2014-]?\s*)?(?:(?:parked|shelved|rejected|abandoned|cancell?ed|de-?scoped|dropped|scrapped|withdrawn)(?:\s+from\s+(?:the\s+|our\s+)?(?:roadmap|backlog|scope|plan|sprint|release|milestone))?|(?:removed|cut|taken\s+out)\s+from\s+(?:the\s+|our\s+)?(?:roadmap|backlog|scope|plan|sprint|release|milestone))$/iu;

function opensExclusion(label: string): boolean {
  const l = label.replace(/[:*_\s]+$/u, '').trim();
  return SCOPE_CUE.test(l) || CAVEAT_LABEL.test(l) || DROPPED_STATUS.test(l);
}

interface Line {
  start: number;
  /** Offset of the line's end (before its line break). */
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const bare = text[end - 1] === '\r' ? end - 1 : end;
    out.push({ start, end: bare, text: text.slice(start, bare) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const isBlank = (l: Line | undefined) => l !== undefined && l.text.trim() === '';

const indentOf = (l: Line) => /^[ \t]*/u.exec(l.text)![0].replace(/\t/g, '    ').length;

/**
 * Index of the first line after the list that starts at line `i` (blank lines before it allowed), or `i`
 * when none starts there. When the line introducing the list is itself a list item (indented `owner`),
 * only items nested under it belong to the list, not its siblings.
 */
function listBlockEnd(lines: Line[], i: number, owner: number | undefined): number {
  const inside = (l: Line) => owner === undefined || indentOf(l) > owner;
  let j = i;
  while (isBlank(lines[j])) j++;
  if (!lines[j] || !LIST_ITEM.test(lines[j].text) || !inside(lines[j])) return i;
  const base = indentOf(lines[j]);
  let end = j + 1;
  for (let k = j + 1; k < lines.length; k++) {
    const l = lines[k];
    if (isBlank(l)) continue;
    // List items, and lines indented under them, belong to the list; anything else ends it.
    if (HEADING.test(l.text) || !inside(l) || !(LIST_ITEM.test(l.text) || indentOf(l) > base)) break;
    end = k + 1;
  }
  return end;
}

/** Index of the first line after the paragraph or list item that holds line `i`. */
function paragraphEnd(lines: Line[], i: number): number {
  let k = i + 1;
  while (k < lines.length && !isBlank(lines[k]) && !LIST_ITEM.test(lines[k].text) && !HEADING.test(lines[k].text) && !BOLD_LABEL.test(lines[k].text)) k++;
  return k;
}

/**
 * A proposal closed unbuilt, as issues, tickets and governance records close them: "closing as won't fix",
 * "Outcome: won't proceed", "CLOSED (won't do)", "We won't add this", "No code will be written", "Gate 1 outcome:
 * REJECTED", "No model has been built or procured; proposal closed", "has been removed from scope". A bare "won't
 * proceed" or "won't add" with an object may be a consequence for someone ("applicants it flags won't proceed to
 * interview"), so the verdict stands alone: at a sentence's or bracket's end, or with "this", "it" or "that".
 */
const CLOSED_PROPOSAL = /(?<![\p{L}])(?:(?:won['\u2019]t|will\s+not)\s+(?:fix|do|proceed|add|build|implement|pursue|ship)(?:\s+(?:this|it|that))?[ \t]*(?:[.;:!)\u2013\u2014]|$)|wontfix|closing\s+(?:this\s+)?as|closed\s+as|no\s+code\s+will\s+be\s+written|(?:will\s+not|won['\u2019]t)\s+be\s+(?:built|implemented|pursued|added|developed)|decided\s+not\s+to\s+(?:build|pursue|implement|add|ship|develop|go\s+ahead)|(?:proposal|request|idea)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:closed|rejected|withdrawn)|(?:removed|taken\s+out|dropped|struck\s+out)\s+(?:from|of)\s+(?:the\s+)?scope|outcome\s*:\s*(?:rejected|declined|not\s+approved)|no\s+(?:model|system|tool|software)\s+(?:has|have|was|were)\s+(?:yet\s+)?been\s+(?:built|procured|developed|bought|purchased|deployed))/imu;

/**
 * A release denying, in so many words, any part in decisions about people: "The tool makes no recommendation", "plays
 * no part in decisions on repayment plans", "has no role in any judicial decision", "does not evaluate the claim in any
 * way", "doesn't score, predict or say anything about any individual household", "Nobody is hired or rejected by
 * anything in this notebook", "No drafting or decision-support tool was used", "No system will be deployed", "This is
 * not a lending or creditworthiness tool", "we don't deploy any of these models", "no school is using it", "No police
 * force has used our model", "not connected to any police department", "was never integrated with any production
 * system", "has not been used to identify anyone", "doesn't produce scores or suggest grades", "No recognition is done"
 * (not one done "without" or "until" something). The denial is universal ("any", "no role"): "does not make the final
 * decision" or "does not replace human hiring decisions" leaves the release's own act standing, and so does "not a
 * production-ready system", which speaks of its state. So do outputs denied in full ("It derives no identity", "the
 * model produces no borrower-level score"), a release that "does not decide anything" or "does not determine the order
 * ... or any matter", and one never put to use or not released ("was never used for tasking", "It was not released").
 */
const RELEASE_SUBJECT = String.raw`(?:it|this|that|the\s+(?:[\p{L}-]+\s+)?(?:tool|model|system|app|platform|software|classifier|assistant|bot|chatbot|service|product|notebook|project|scribe|optimi[sz]er|engine|pipeline|ai))`;
/** How the release denies: "does not", "never", "makes no". */
const DENYING = String.raw`(?:does\s*n[o'\u2019]?t|did\s*n[o'\u2019]?t|do\s*n[o'\u2019]?t|cannot|can['\u2019]?t|will\s+not|won['\u2019]?t|never|has\s+no|have\s+no|had\s+no|makes\s+no|plays\s+no|gets\s+no|takes\s+no)`;
/** What a universal denial denies: "any decisions", "no role", "in any way". */
const DENIED = String.raw`(?:any\s+(?:[\p{L}-]+\s+){0,2}?decisions?|no\s+(?:recommendations?|role|part|say)|(?:role|part|say)\s+in\s+any|in\s+any\s+way|anything\s+about\s+(?:any|anyone|anybody))`;
/**
 * The decisive outputs a release may deny giving: "doesn't produce scores or suggest grades", "It doesn't score you",
 * and whom it may deny knowing: "does not identify anyone", "does not compare the photo with any other photo".
 */
const DENIED_OUTPUT = String.raw`(?:(?:produce|give|suggest|assign|output|compute|generate)\s+(?:any\s+)?(?:scores?|grades?|marks?|ratings?|rankings?|amounts?|suggestions?|predictions?|verdicts?)|score\s+(?:you|anyone|anybody|people|individuals)|(?:identify|recogni[sz]e)\s+(?:you|anyone|anybody|people|individuals|who)|(?:compare|match)\s+(?:the\s+|a\s+|your\s+)?(?:photo|face|image|picture|voice|fingerprint)s?\s+(?:with|against|to)\s+(?:any|another|other))(?![\p{L}])`;
/** The same denial by a product's name: "Feedback Digest doesn't produce scores". */
const NAMED_DENIAL = new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]+\s+(?:does\s*n['\u2019]t|does\s+not|will\s+not|won['\u2019]t|never)\s+${DENIED_OUTPUT}`, 'u');
/** Not a condition's subject: "If it doesn't recognise you, the gate stays shut" says what happens on a miss. */
const UNCONDITIONAL = String.raw`(?<!(?<![\p{L}])(?:if|when|whenever)\s+)`;
const RELEASE_DENIAL = new RegExp(
  String.raw`(?<![\p{L}])${UNCONDITIONAL}${RELEASE_SUBJECT}\s+(?:[\p{L}]+\s+)?${DENYING}(?![^.!?\n]*?(?<![\p{L}])(?:replace|substitute))[^.!?\n]{0,120}?(?<![\p{L}])${DENIED}(?![\p{L}])|${UNCONDITIONAL}${RELEASE_SUBJECT}\s+(?:makes|plays|has)\s+no\s+(?:recommendations?|role|part|say)(?![\p{L}])|${UNCONDITIONAL}${RELEASE_SUBJECT}\s+${DENYING}\s+${DENIED_OUTPUT}|(?<![\p{L}])(?:(?:we|they)\s+(?:do\s*n['\u2019]t|do\s+not|never)\s+deploy|(?:has|have)\s+(?:not|never)\s+been\s+deployed|(?:is|are|was|were)\s+(?:not|never)\s+deployed)(?!\s+(?:yet|until|before))(?![\p{L}])|(?<![\p{L}])(?:nobody|no\s+one|no(?:\s+[\p{L}-]+){1,2}?)\s+(?:uses|is\s+using|has\s+used|have\s+used|relies\s+on)\s+(?:it|them|this|these|(?:the|our|my|their)\s+[\p{L}-]+)(?![\p{L}])|(?<![\p{L}])(?:is|are|was|were|has\s+been|have\s+been)\s+(?:not|never)\s+(?:connected|linked|integrated)\s+(?:to|with|into)\s+any(?![\p{L}])|(?<![\p{L}])(?:has|have)\s+(?:not|never)\s+been\s+used\s+(?:to|for|in|on)(?![\p{L}])|(?<![\p{L}])we\s+${DENYING}\s+(?:train|ship|deploy|release|sell|run)(?:\s+or\s+(?:train|ship|deploy|release|sell|run))?\s+any(?![\p{L}])|(?<![\p{L}])(?:nobody|no\s+one)\s+is\s+(?:[\p{L}-]+\s+){0,4}?(?:by|because\s+of)(?![\p{L}])|(?<![\p{L}])no\s+(?:[\p{L}-]+\s+){0,3}?(?:tool|model|system|software|algorithm)s?\s+(?:was|is|were|are|will\s+be|has\s+been|have\s+been)\s+(?:used|deployed)(?![\p{L}])|(?<![\p{L}])no\s+(?:[\p{L}-]+\s+)?\p{L}+(?:tion|ing)\s+(?:is|was|are|were)\s+(?:done|performed|carried\s+out)(?![\p{L}])(?![^.!?\n]*?(?<![\p{L}])(?:without|unless|until|except|before)(?![\p{L}]))|(?<![\p{L}])(?:is|are|was)\s+not\s+used\s+(?:in|for)\s+(?:any\s+)?(?:[\p{L}-]+\s+){0,2}?decisions?(?![\p{L}])|(?<![\p{L}])(?:this|it)\s+is\s+not\s+an?\s+(?!(?:[\p{L}-]+\s+){0,3}?(?:ready|production|deployable|validated|certified|approved|finished|commercial|complete|substitute|replacement)(?![\p{L}]))(?:[\p{L}-]+\s+){1,3}?(?:or\s+[\p{L}-]+\s+)?(?:tool|system|product|service|app)(?![\p{L}])|${UNCONDITIONAL}${RELEASE_SUBJECT}\s+(?:produces|gives|outputs|derives|assigns|generates|makes|infers)\s+no\s+(?:[\p{L}-]+\s+){0,2}?(?:scores?|grades?|ratings?|identity|identities|predictions?|decisions?)(?![\p{L}])|${UNCONDITIONAL}${RELEASE_SUBJECT}\s+${DENYING}\s+(?:decide|determine)\s+(?:[^.!?\n]{0,60}?\s)?(?:anything|any)(?![\p{L}])|${UNCONDITIONAL}${RELEASE_SUBJECT}\s+(?:was|were|is|has\s+been)\s+not\s+released(?![\p{L}])|(?<![\p{L}])(?:was|were|is|are|has\s+been|have\s+been)\s+never\s+(?:used|deployed|released|put\s+into\s+(?:use|service|production))(?![\p{L}])` +
    // The writers deny doing it at all: "we don't do any screening ourselves".
    String.raw`|(?<![\p{L}])(?:we|i)\s+(?:do\s*n['\u2019]?t|do\s+not|never)\s+(?:do|run|perform|carry\s+out|use)\s+any\s+(?:[\p{L}-]+\s+){0,2}?(?:ourselves|myself)(?![\p{L}])`,
  'iu',
);

/** [start, end) of the parts of a text, cut where `starts` begin, whose own text `holds`. */
function partsHolding(text: string, starts: readonly number[], holds: (part: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  const bounds = [0, ...starts.filter((s) => s > 0), text.length];
  for (let i = 0; i + 1 < bounds.length; i++) if (holds(text.slice(bounds[i], bounds[i + 1]))) out.push([bounds[i], bounds[i + 1]]);
  return out;
}

/**
 * Work on aggregates only, or on no one's data, said of its data or of the release: "All data are aggregate counts",
 * "No individual-level data was used", "there are no records about individuals", "It holds no data on individuals",
 * "Neither product handles information about individual people", "It does not look at ... anyone involved in
 * them", "No information about individual callers is included", "All 250,000 borrowers are synthetic; none is a real
 * person". A decision about a person needs data about that person; "aggregates productivity metrics for each
 * employee" builds such data and is no denial.
 */
const NO_DATA_ABOUT_PEOPLE =
  /(?<![\p{L}])(?:no\s+[\p{L}]+-level\s+(?:[\p{L}]+\s+)?(?:data|records|rows)|(?:nothing|no\s+(?:records?|data|information))\s+(?:about|on)\s+(?:any\s+)?individuals|no\s+(?:personal\s+)?(?:records?|data|information)\s+(?:about|on)\s+(?:any\s+)?individual\s+[\p{L}]+\s+(?:is|are|was|were)\s+(?:included|used|collected|stored|kept|held)|none\s+(?:of\s+them\s+)?(?:is|are)\s+(?:an?\s+)?real\s+(?:person|people|persons|individuals?)|(?:all|only)\s+(?:of\s+)?(?:the\s+)?(?:data|figures)\s+(?:is|are|were|was)\s+(?:all\s+)?aggregated?|(?:data|it)\s+(?:is|are)\s+all\s+aggregated?|(?:holds?|has|contains?|handles?|process(?:es)?|uses?|stores?|keeps?|collects?)\s+no\s+(?:personal\s+)?(?:data|information|records)\s+(?:about|on)\s+(?:individual\s+)?(?:people|persons|individuals)|(?:neither|no)\s+(?:[\p{L}-]+\s+){0,2}?(?:handles|processes|uses|holds|stores|sees|touches)\s+(?:any\s+)?(?:personal\s+)?(?:data|information|records)\s+(?:about|on)\s+(?:individual\s+)?(?:people|persons|individuals)|(?:does|do)\s*n[o'\u2019]?t\s+(?:look\s+at|see|read|handle|process|use|store|touch)\s+[^.!?\n]{0,60}?(?:anyone|anybody|any\s+(?:person|individual))(?![\p{L}]))(?![\p{L}])/iu;

/**
 * Figures about a use, right after its words: "asylum grant rates by nationality", "visa refusal counts", "arrest
 * counts by ward". A count of decisions taken reports on them; it takes none. Rates alone may be prices ("set group
 * health plan rates"): only rates broken down by a group are figures.
 */
const STATISTIC_AFTER = /^[\s-]*(?:(?:counts?|totals?|statistics|stats|figures|percentages?|proportions?|ratios?)(?![\p{L}])|rates?\s+(?:by|per|across|among)\s)/iu;

/**
 * Figures kept at the level of groups, in the words of people who publish them: "ward-level only", "aggregate only",
 * "min n=10 per cell", "cells under 5 suppressed". Small-cell suppression is done to tables, never to a decision.
 */
const GROUP_LEVEL_ONLY =
  /(?<![\p{L}])(?:[\p{L}]+[\s-]level\s+only|aggregated?\s+only|only\s+(?:as\s+)?aggregates?|min(?:imum)?\.?\s+(?:cell\s+size\s+(?:of\s+)?|n\s*(?:=|of)\s*)\d+|per\s+cell|small[\s-]cell|cells?\s+(?:under|below|smaller\s+than|with\s+fewer\s+than)\s+\d+\s+(?:are\s+|were\s+)?(?:suppressed|hidden|removed))(?![\p{L}])/iu;

/**
 * The writers taking a planned or shipped feature out: "we've dropped the \"visa eligibility prediction\" item",
 * "we have removed the tenant-scoring module". The feature's words tell what the release will not do; people the
 * writers remove ("we removed applicants from the list") are acted on, so a feature's noun must follow the words.
 */
const DROPPED_BEFORE =
  /(?<![\p{L}])(?:we|we['\u2019]ve|we\s+have|we\s+had)\s+(?:now\s+|also\s+|since\s+)?(?:dropped|removed|scrapped|shelved|pulled|abandoned|retired|cut|deprecated)\s+(?:the|our|its|that)\s+["'\u201c\u2018]?(?:[\p{L}-]+\s+){0,3}$/iu;
const FEATURE_AFTER =
  /^(?:\s+[\p{L}-]+){0,2}?\s*["'\u201d\u2019]?\s*(?:item|items|feature|features|module|modules|epic|story|ticket|plan|plans|idea|pilot|project|workstream|track|component|integration|functionality|capability)(?![\p{L}])/iu;

/**
 * Where a project began, told as what it was then: "Simil started in 2017 as a fingerprint-matching prototype",
 * "Tern began in 2018 as a PhD project on automatic exam marking". That is its history, not what the release does;
 * what the first version did that still runs ("began as a pilot that screens every applicant") is read.
 */
const ORIGIN_BEFORE =
  /(?<![\p{L}])(?:started|began|originated)\s+(?:(?:life|out)\s+)?(?:(?:in|around|back\s+in)\s+(?:\p{L}+\s+)?\d{4}\s+)?as\s+(?:an?|the|one)\s+([^.;:!?]*)$/iu;
/** Words that tie what a project began as to what it does now: "a pilot that screens ...". */
const TIES_ON = /(?<![\p{L}])(?:that|which|where|who|to)(?![\p{L}])/iu;

/** Whether a use's words tell what the project began as (see ORIGIN_BEFORE). */
function originOnly(before: string): boolean {
  const m = ORIGIN_BEFORE.exec(before);
  return m !== null && !TIES_ON.test(m[1]);
}

/**
 * A feature of the system said to be switched off or taken out, with what it does: "automatic face matching at the
 * staff entrance is switched off from 1 July", "the \"tenant risk\" score is removed from the letting process". The
 * clause tells of a use ended; people taken off something ("applicants are removed from the list") are acted on.
 */
const ENDED_FEATURE =
  /(?<![\p{L}])(?:score|scores|scoring|tool|tools|model|models|system|feature|module|function|check|checks|matching|algorithm|engine|rule|rules|filter|flag|integration)["'\u201d\u2019]?(?:\s+(?:at|in|on|for|of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|shall\s+be)\s+(?:now\s+|being\s+|permanently\s+)?(?:switched\s+off|turned\s+off|disabled|removed|withdrawn|decommissioned|retired|discontinued|scrapped)(?![\p{L}])/iu;

/**
 * The release said to be kept from something: "It is technically blocked from the underwriting system", "the
 * assistant is barred from the case management system". Its act word names what it may not reach, not an act.
 */
const RELEASE_BARRED =
  /(?<![\p{L}])(?:it|(?:the|this|our)\s+(?:assistant|model|tool|system|bot|chatbot|agent|software|app))\s+(?:is|are|was|will\s+be|has\s+been)\s+(?:\p{L}+ly\s+)?(?:blocked|barred|prevented|prohibited|locked\s+out|kept\s+away)\s+from(?![\p{L}])/iu;

/** Characters around an act that a RELEASE_BARRED phrase holding it spans at most. */
const BARRED_REACH = 60;

/** Whether a use's act is the word that keeps the release from something (see RELEASE_BARRED). */
function barredAct(text: string, h: DetectedUse): boolean {
  if (h.actOffset === undefined) return false;
  const from = Math.max(0, h.actOffset - BARRED_REACH);
  const m = RELEASE_BARRED.exec(text.slice(from, h.actOffset + BARRED_REACH));
  return m !== null && from + m.index < h.actOffset && h.actOffset < from + m.index + m[0].length;
}

/**
 * A report's title before a colon that opens its line, led by the period it covers ("Q1 monitoring:", "Weekly
 * review:", "March 2026 monitoring:"): it names what the lines after it report.
 */
const PERIOD_TITLE =
  /^[ \t>*_#"'-]*(?:q[1-4]|h[12]|fy\s?\d{2,4}|daily|weekly|fortnightly|monthly|quarterly|annual|yearly|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+\d{4})?|\d{4})[ \t]+(?:[\p{L}'\u2019-]+[ \t]+)?[\p{L}'\u2019-]+(?:\*\*|__)?[ \t]*:/iu;

/**
 * Whether a use from words has its act in such a title and what it acts on after the colon: "Q1 monitoring: the HR
 * helpdesk assistant answered 9,300 staff questions" monitors no staff. A title naming both keeps its use.
 */
function actInTitle(text: string, h: DetectedUse): boolean {
  if (h.evidence === undefined || h.actOffset === undefined) return false;
  const lineStart = text.lastIndexOf('\n', h.actOffset - 1) + 1;
  const title = PERIOD_TITLE.exec(text.slice(lineStart, h.endOffset));
  if (!title || h.actOffset >= lineStart + title[0].length) return false;
  const words = title[0].toLowerCase();
  return h.evidence.slice(1).every((w) => !words.includes(w.toLowerCase()));
}

/** A noun of action's "of" object right after a use's words: "grading of sawn timber". */
const OF_OBJECT = /^\s+of\s+((?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+)/iu;
/** The ending of a noun of action: "grading", "classification", "assessment", "diagnosis". */
const ACTION_NOUN_END = /(?:ing|tion|ment|sis)$/iu;

/**
 * A catalogue phrase of generic words, a noun of action whose "of" object and clause name no one and nothing of
 * any domain, acts on things: "Automated grading of sawn timber". "Automated grading of essays" names its
 * object, and "Automated grading of the pupils' work" its people.
 */
function actsOnThings(text: string, h: DetectedUse, cs: number, ce: number, catalogue: DomainCatalogue): boolean {
  if (h.evidence !== undefined || !h.domain.use || !ACTION_NOUN_END.test(h.text)) return false;
  const object = OF_OBJECT.exec(text.slice(h.endOffset, ce));
  if (!object || termDomains(h.text, catalogue).size || termDomains(object[1], catalogue, 1).size) return false;
  return !termDomains(`${text.slice(cs, h.startOffset)} ${text.slice(h.endOffset, ce)}`, catalogue, 1).has(h.domain.id);
}

/**
 * A trial or pilot said to have ended: "The council's live facial recognition trial in the High Street ended in March
 * 2020", "The trial at two magistrates' courts was ended early", "has ended its trial of an AI valve controller".
 * What the paragraph tells of it is past; one that ended in a roll-out ("the pilot ended and the model was rolled
 * out to all branches") goes on.
 */
const ENDED_TRIAL =
  /(?<![\p{L}])(?:(?:trial|pilot|experiment)s?\s+(?:[^.!?\n]{0,60}?\s)?(?:ended|(?:was|were|has\s+been|have\s+been)\s+(?:ended|discontinued|scrapped|abandoned|cancell?ed|terminated|halted|withdrawn|shut\s+down|switched\s+off))|(?:ended|discontinued|scrapped|abandoned|cancell?ed|terminated|halted|stopped)\s+(?:its|their|the|a|his|her|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:trial|pilot|experiment)s?)(?![\p{L}])(?![^.!?\n]*?(?<![\p{L}])(?:rolled\s+(?:it\s+|them\s+)?out|adopted|extended|expanded|went\s+live|made\s+permanent)(?![\p{L}]))/iu;

/**
 * A use someone with the power to stop it orders stopped: "The Commissioner therefore requires the Company ... (1) to
 * cease processing ... (3) to refrain from offering the service", "ordered the council to stop using", and decisions a
 * court quashes ("The grades so determined are quashed"). What the paragraph tells of it is a use found unlawful, not
 * one the release makes.
 */
const ORDERED_TO_STOP =
  /(?<![\p{L}])(?:(?:is|are|was|were|be|been)\s+(?:hereby\s+)?quashed|(?:requires?|required|orders?|ordered|directs?|directed|instructs?|instructed)\s+(?:the\s+|its\s+|their\s+)?\p{L}[^.!?\n]{0,80}?(?<![\p{L}])to\s+(?:(?:cease|stop|discontinue|suspend)\s+(?:\p{L}+ing|(?:all\s+|any\s+|the\s+|its\s+)?use)|refrain\s+from))(?![\p{L}])/iu;

/**
 * A competition or shared task named by the text's title: "Competition: Synthetic Lending Default Challenge",
 * "Shared task: Violation Prediction", "Getting-started competition: Classify Incident Reports". Its "Predict ..."
 * is the task set to entrants, and no one is decided about, unless the text says a solution was put to work
 * (see PUT_INTO_SERVICE): "Competition recap: ... the winning pipeline has since gone to production". A case
 * study's "**The challenge:**" names a problem, not a contest.
 */
const COMPETITION_TITLE = /^[\s#*_>-]*(?!(?:the|a|an|our|my|your|their)\s)(?:[\p{L}-]+\s+){0,2}?(?:competition|shared\s+task|challenge|leaderboard|hackathon)s?\s*[:\u2013\u2014]/iu;
/** The entry a competition's host takes: "the winning solution", "the best model". */
const WINNER = String.raw`(?:winning|best|top)\s+(?:solution|model|entry|submission|pipeline|classifier)s?`;
/**
 * A solution put to work after a competition: "has since gone to production", "now runs inside", "integrated the
 * model", or to be: "the host will put the winning solution into its pay-later checkout".
 */
const PUT_INTO_SERVICE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:gone|went|go|going|put|moved?)\s+(?:in)?to\s+production|in\s+production|now\s+(?:runs?|running|sets|decides|live|in\s+use|used)|integrated|deployed|went\s+live|is\s+live|rolled\s+out|(?:put|puts|deploy|deploys|integrate|integrates|use|uses|run|runs)\s+(?:the\s+)?${WINNER}\s+(?:into|in|inside)|${WINNER}\s+(?:will|would|shall|is\s+to)\s+(?:then\s+)?(?:be\s+)?(?:put|deployed|used|integrated|run|go\s+live))(?![\p{L}])`,
  'iu',
);

/**
 * A ticket or commit whose title removes a scoring feature: "HR-455 Remove \"fit score\" from the recruiter view",
 * "VIS-1290 Decommission the application streaming tool". What it tells of the feature is being undone. A title
 * that removes a check on the release ("Remove the manual review step") leaves the release deciding alone.
 */
const REMOVAL_TITLE = /^[\s#*]*(?:[A-Z][A-Z0-9]+-\d+:?\s+|(?:feat|fix|chore|refactor|revert)(?:\([^)\n]*\))?!?:\s*)?(?:remove|removes|decommission|retire|disable|delete|deprecate|sunset|switch\s+off|turn\s+off)\s+(?![^\n]*?(?<![\p{L}])(?:human|manual|review|approval|oversight|sign-off|check)(?![\p{L}]))(?:[^\n]{0,60}?)(?<![\p{L}])(?:score|scores|scoring|model|tool|feature|flag|ranking|classifier|rating|ratings|prediction|predictions|algorithm|streaming|matching|recognition|screening)(?![\p{L}])/iu;

/**
 * A decision not to take the release on: "we have decided not to license the emotion-analytics add-on", "the
 * Committee has decided not to proceed", "the hospital decides not to adopt the model", "has concluded that it will
 * not do so", "the Committee DECLINED to approve closed-loop operation", "DID NOT APPROVE the proposal", "was not
 * taken forward", "has no plans to procure such a tool". The paragraph tells of what will not be used. Deciding not
 * to keep people in the loop ("decided not to use human review") is no such decision.
 */
const ADOPTION_VERBS = String.raw`license|licence|buy|purchase|procure|adopt|deploy|use|proceed|go\s+ahead|introduce|roll\s+out|implement|renew|pilot|activate|enable|switch\s+on|turn\s+on|automate|approve|permit|authori[sz]e|do\s+so|take\s+(?:it|this|that|the\s+\p{L}+)\s+forward`;
/** What a body approves or declines to: "the proposal", "closed-loop operation", "the business case". */
const PROPOSAL_OBJECT = String.raw`(?:the\s+|this\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:proposals?|requests?|business\s+case|pilot|deployment|roll[\s-]?out|use|operation|procurement|purchase|function|feature|workstream|project)`;
const DECLINED_ADOPTION = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:(?:decides?|decided|agrees?|agreed|chooses?|chosen|chose|votes?|voted|resolves?|resolved)\s+not\s+to|(?:concluded|determined|resolved)\s+(?:that\s+)?(?:it|they|we)\s+(?:will|would|shall)\s+not)\s+(?:${ADOPTION_VERBS})|(?:declined|refused|did\s+not\s+agree)\s+to\s+(?:approve|authori[sz]e|permit|adopt|sanction|license|procure|fund)\s+${PROPOSAL_OBJECT}|did\s+not\s+approve\s+${PROPOSAL_OBJECT}|not\s+taken\s+forward|(?:has|have|had)\s+no\s+plans?\s+to\s+(?:procure|adopt|deploy|buy|purchase|introduce|use|license|pilot))(?![\p{L}])(?![^.!?\n]{0,30}?(?<![\p{L}])(?:human|manual|staff|people|person|review|reviewers?|oversight)(?![\p{L}]))`,
  'iu',
);

/**
 * A text titled as the work of a body that oversees others: an ombudsman's report or determination, an
 * inspectorate's or a regulator's review, a tribunal's reasons, a parliamentary question ("Written question 41872:
 * To ask ..."). What it tells of a system is someone else's use, reported. An audit's finding is not: an audit
 * looks at its own organisation's systems, and one found live is a use ("Audit finding 2. The age estimation
 * tool ... is used in all initial age assessments"); one found never put to use is denied as any release's is.
 * Nor is a letter addressed to such a body ("To the Energy Ombudsman."): the complainant tells what was done to them.
 */
const OVERSIGHT_TITLE =
  /^(?!\s*(?:to|dear)\s)\s*[^\n]{0,60}?(?<![\p{L}])(?:ombudsman|inspectorate|regulator['\u2019]?s?\s+(?:thematic\s+)?review|tribunal\s+[-\u2013\u2014]|written\s+question|parliamentary\s+question)(?![\p{L}])|^\s*question:\s*to\s+ask(?![\p{L}])/iu;

/** Whether a text, from its first line, is titled as a competition, a ticket removing a feature or a body overseeing others. */
function titledAsNoUse(text: string): boolean {
  return (COMPETITION_TITLE.test(text) && !PUT_INTO_SERVICE.test(text)) || REMOVAL_TITLE.test(text) || OVERSIGHT_TITLE.test(text);
}

/** [start, end) of each paragraph in which the release denies any part in decisions (see RELEASE_DENIAL, NO_DATA_ABOUT_PEOPLE, GROUP_LEVEL_ONLY, ENDED_TRIAL, ORDERED_TO_STOP, DECLINED_ADOPTION), or the whole text of a competition, of a ticket removing a feature or of a body overseeing others (see COMPETITION_TITLE, REMOVAL_TITLE, OVERSIGHT_TITLE). */
function deniedParagraphs(text: string): [number, number][] {
  const titled: [number, number][] = titledAsNoUse(text) ? [[0, text.length]] : [];
  const denies = (t: string) => RELEASE_DENIAL.test(t) || NAMED_DENIAL.test(t) || NO_DATA_ABOUT_PEOPLE.test(t) || GROUP_LEVEL_ONLY.test(t) || ENDED_TRIAL.test(t) || ORDERED_TO_STOP.test(t) || DECLINED_ADOPTION.test(t);
  if (!denies(text)) return titled;
  return [...titled, ...partsHolding(text, [...text.matchAll(/\n[ \t]*\n/g)].map((b) => b.index), denies)];
}

/**
 * A setting switched off, as configuration files and feature flags write it: "auto_decline: false",
 * "enable_ranking = off", "flag: suspect_ranking — OFF". The act its key names is what is turned off.
 * The key runs up to four words (a snake_case key before its colon reads as words, see asciiPunctuation); the
 * value ends the setting ("credit scoring - off the shelf" is no setting).
 */
const SWITCHED_OFF = /(?<![\p{L}\p{N}])\p{L}[\p{L}\p{N}_.-]*(?:[ \t][\p{L}\p{N}_.-]+){0,3}[ \t]*(?:[:=]|[ \t][-\u2013\u2014][ \t])[ \t]*["'`]?(?:false|off|disabled)["'`]?(?=[ \t]*(?:[,;.)#\r\n]|\/\/|$))/giu;

/** Headers of a table's column that says whether a row is offered: "| Feature | Supported |", "| Use case | Status |". */
const VERDICT_HEADER = /^(?:supported|status|allowed|permitted|available|offered|in[\s-]scope|included|provided|enabled|planned|intended|use)\??$/iu;
/** A cell of such a column that says no: "No", "No, never", "Out of scope: not built", "\u274c". */
const DENYING_CELL = new RegExp(`^(?:no(?![\\p{L}])|never(?![\\p{L}])|not\\s+(?:supported|allowed|permitted|offered|available|planned|built|in\\s+scope|included|provided|intended)|out[\\s-]of[\\s-]scope|excluded|prohibited|forbidden|disallowed|won't|will\\s+not|rejected|dropped|[${CROSS_MARKS}\u2716\u{1F6AB}])`, 'iu');
/** A Markdown table's row: cells between pipes. */
const TABLE_ROW = /^[ \t]*\|(.*)\|[ \t]*$/u;
/** The rule under a table's header: "|---|:---:|". */
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/u;

/**
 * Rows of a Markdown table whose verdict column says no ("| Deciding whether someone gets a loan | No, never |"
 * under "| Feature | Supported |"): each row is a use the table rules out. A "No" under another column ("| Human
 * review | No |") says nothing of whether the row is offered.
 */
function deniedTableRows(text: string): [number, number][] {
  if (!text.includes('|')) return [];
  const lines = linesOf(text);
  const out: [number, number][] = [];
  const cells = (line: string) => TABLE_ROW.exec(line)?.[1].split('|').map((c) => c.trim());
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = cells(lines[i].text);
    if (!header || !TABLE_RULE.test(lines[i + 1].text)) continue;
    const verdicts = header.map((h, k) => (k > 0 && VERDICT_HEADER.test(h.replace(/[*_`]/gu, '')) ? k : -1)).filter((k) => k > 0);
    let k = i + 2;
    for (; k < lines.length; k++) {
      const row = cells(lines[k].text);
      if (!row) break;
      if (verdicts.some((v) => DENYING_CELL.test((row[v] ?? '').replace(/^[*_`]+/u, '')))) out.push([lines[k].start, lines[k].end]);
    }
    i = k - 1;
  }
  return out;
}

/**
 * A title or label that opens background: "## Background", "BACKGROUND OF THE INVENTION", "Background to the
 * grant:", "Provider background:"; or a list of others' work: "## References", "OTHER PUBLICATIONS", "Related work".
 * What a background tells is the setting or the history around the work, and what others published is theirs: not
 * what the release does.
 */
const BACKGROUND_TITLE = /^(?:background(?![\p{L}])[^:\n]{0,60}|(?:[\p{L}\d]+\s+){1,2}background|references|bibliography|citations|works\s+cited|(?:other\s+)?publications|related\s+work|prior\s+art)$/iu;
/** A title line standing alone, without a heading's marks: "BACKGROUND OF THE INVENTION". */
const BARE_TITLE = /^[ \t]*(\p{Lu}[\p{L} \t'-]{2,60}?)[ \t]*$/u;
/** A bare title in capitals, which ends the section a bare background title opens: "SUMMARY OF THE INVENTION". */
const CAPITALS_TITLE = /^[ \t]*\p{Lu}[\p{Lu} \t'-]{2,60}$/u;

/**
 * [start, end) of each background section: a heading's body up to the next heading, a bare title's up to the next
 * heading or title in capitals, a label's paragraph.
 */
function backgroundSections(text: string): [number, number][] {
  if (!/background|references|bibliography|citations|cited|publications|related\s+work|prior\s+art/iu.test(text)) return [];
  const lines = linesOf(text);
  const out: [number, number][] = [];
  const endOf = (k: number) => (k >= lines.length ? text.length : lines[k].start);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = HEADING.exec(line.text);
    const bare = heading ? undefined : BARE_TITLE.exec(line.text);
    const title = heading?.[1] ?? bare?.[1];
    if (title !== undefined && BACKGROUND_TITLE.test(title.replace(/[*_]/gu, '').trim()) && (heading || CAPITALS_TITLE.test(line.text) || isBlank(lines[i + 1] ?? line))) {
      let k = i + 1;
      while (k < lines.length && !HEADING.test(lines[k].text) && !(bare && CAPITALS_TITLE.test(lines[k].text))) k++;
      out.push([line.end, endOf(k)]);
      i = k - 1;
      continue;
    }
    const label = BOLD_LABEL.exec(line.text)?.[3] ?? PLAIN_LABEL.exec(line.text)?.[2];
    if (label !== undefined && BACKGROUND_TITLE.test(label.replace(/:$/u, '').trim())) {
      const pEnd = paragraphEnd(lines, i);
      out.push([line.start, endOf(pEnd)]);
      i = pEnd - 1;
    }
  }
  return out;
}

/** [start, end) of each setting switched off (see SWITCHED_OFF): its key and value. */
function switchedOffSettings(text: string): [number, number][] {
  if (!/(?<![\p{L}])(?:false|off|disabled)(?![\p{L}])/iu.test(text)) return [];
  return [...text.matchAll(SWITCHED_OFF)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * [start, end) of each section (text between headings) that closes a proposal unbuilt (see CLOSED_PROPOSAL):
 * the request and the reply that closes it stand together under one title.
 */
function closedProposals(text: string): [number, number][] {
  if (!CLOSED_PROPOSAL.test(text)) return [];
  const headings = linesOf(text).filter((l) => HEADING.test(l.text)).map((l) => l.start);
  return partsHolding(text, headings, (t) => CLOSED_PROPOSAL.test(t));
}

/**
 * [start, end) ranges excluded by Markdown structure:
 * - a heading that excludes ("## Not intended for", "### Limitations") excludes its body up to the next heading;
 * - a bold label that excludes ("**Out-of-scope**", "- **Out of scope:** ...") excludes its paragraph or list
 *   item, and the list that follows when the label stands alone or ends with a colon;
 * - a line ending with a colon whose last clause excludes ("The model is not intended for:") excludes the
 *   list that follows it, and so does a short title line right above a list ("What we will never build");
 * - a list item crossed out ("✗ No tenant scoring") excludes its line, and struck-through text ("~~applicant scoring~~") itself.
 */
function structuralExclusions(text: string): [number, number][] {
  if (!STRUCTURE_HINT.test(text)) return [];
  const lines = linesOf(text);
  const out: [number, number][] = [...bibtexEntries(text), ...struckThrough(text)];
  const endOf = (k: number) => (k >= lines.length ? text.length : lines[k].start);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const h = HEADING.exec(line.text);
    if (h) {
      // "Intended uses & limitations", "Intended Use and Out-of-Scope Uses" introduce uses too.
      if (opensExclusion(h[1]) && !/(?<![\p{L}])(?:and|&)(?![\p{L}])/iu.test(h[1])) {
        let k = i + 1;
        while (k < lines.length && !HEADING.test(lines[k].text)) k++;
        out.push([line.end, endOf(k)]);
        i = k - 1;
      }
      continue;
    }
    // A plain label that excludes, with its list on the same line: "Out-of-scope uses: grid control; rail traffic."
    const p = PLAIN_LABEL.exec(line.text);
    if (p && opensExclusion(p[2]) && !colonExplains(p[2], line.text.slice(p[0].length))) {
      const pEnd = paragraphEnd(lines, i);
      out.push([line.start + p[0].length, endOf(pEnd)]);
      i = pEnd - 1;
      continue;
    }
    const b = BOLD_LABEL.exec(line.text);
    if (b && opensExclusion(b[3])) {
      const pEnd = paragraphEnd(lines, i);
      const body = text.slice(line.start + b[0].length, lines[pEnd - 1].end).trim();
      // A label standing alone ("**Out-of-Scope Uses:**") introduces the list below it.
      const end = body === '' || body.endsWith(':') ? listBlockEnd(lines, pEnd, LIST_ITEM.test(line.text) ? indentOf(line) : undefined) : pEnd;
      out.push([line.start + b[1].length, endOf(Math.max(end, pEnd))]);
      i = Math.max(end, pEnd) - 1;
      continue;
    }
    const run = enumeratedExclusion(line.text);
    if (run) {
      out.push([line.start + run[0], line.start + run[1]]);
      continue;
    }
    if (CROSSED_ITEM.test(line.text)) {
      out.push([line.start, line.end]);
      continue;
    }
    // A short line with no closing punctuation, right above a list, is its title: "What we will never build".
    const title = line.text.trim();
    if (title && !LIST_ITEM.test(line.text) && !/[.!?;:,]$/u.test(title) && title.split(/\s+/u).length <= LIST_TITLE_WORDS && lines[i + 1] && LIST_ITEM.test(lines[i + 1].text) && SCOPE_CUE.test(title)) {
      const end = listBlockEnd(lines, i + 1, undefined);
      out.push([line.end, endOf(end)]);
      i = end - 1;
      continue;
    }
    if (/:[*_ \t]*$/u.test(line.text)) {
      // The clause before the colon: after the last sentence break on the line.
      const body = line.text.replace(/[*_ \t]*$/u, '');
      // Emphasis does not change what the clause says: "It is **not** designed for:".
      const clause = lastClause(body).replace(/[*_`]+/gu, '');
      if (SCOPE_CUE.test(clause)) {
        const end = listBlockEnd(lines, i + 1, LIST_ITEM.test(line.text) ? indentOf(line) : undefined);
        if (end > i + 1) {
          out.push([line.end, endOf(end)]);
          i = end - 1;
        }
      }
    }
  }
  return out;
}

/** Markdown strikethrough: "~~applicant scoring~~ removed in v2". */
const STRUCK = /~~(?!~)[^\n]+?~~/gu;

/** [start, end) of each run of struck-through text: what its authors crossed out is no longer said. */
function struckThrough(text: string): [number, number][] {
  return text.includes('~~') ? [...text.matchAll(STRUCK)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
}

/** The opening of a BibTeX entry at the start of a line: "@article{key,". */
const BIBTEX_ENTRY = /^[ \t]*@[A-Za-z]+[ \t]*\{/gmu;

/**
 * [start, end) of each BibTeX entry: a citation names a work by its title ("Eviction Records in Commercial Tenant
 * Screening"), it does not say what the release does. An entry runs to the brace that closes its opening one.
 */
function bibtexEntries(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(BIBTEX_ENTRY)) {
    let depth = 0;
    let end = text.length;
    for (let i = m.index + m[0].length - 1; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    out.push([m.index, end]);
  }
  return out;
}

/** A line's text after its last sentence or clause break: what the colon ending it (or standing in it) belongs to. */
function lastClause(line: string): string {
  return line.slice(Math.max(line.lastIndexOf('. '), line.lastIndexOf('; '), line.lastIndexOf('! '), line.lastIndexOf('? ')) + 1);
}

/** An enumerated item's marker: "(a)", "b)", "(iii)", "(2)". */
const ENUMERATOR = /(?<![\p{L}\p{N}])\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s/gu;

/**
 * [start, end) in a line of an enumerated run that a colon opens after an exclusion: "You agree not to use the
 * Model: (a) to identify ... ; (b) to infer a person's emotions ...; (c) ...". The clause before the colon
 * governs every item, across the semicolons between them, up to the sentence end after the last marker.
 */
function enumeratedExclusion(line: string): [number, number] | undefined {
  // The colon may be left out after the exclusion itself: "The Processor shall not (i) extract ...; (ii) compare ...".
  const colon = /(?::|(?<=(?:not|never))(?=\s))\s+\(?(?:a|i|1)\)\s/u.exec(line);
  if (!colon) return semicolonExclusion(line);
  const head = line.slice(0, colon.index);
  if (!SCOPE_CUE.test(lastClause(head))) return undefined;
  let last = colon.index;
  for (const m of line.slice(colon.index).matchAll(ENUMERATOR)) last = colon.index + m.index;
  const end = /[.!?](?=\s|$)/u.exec(line.slice(last));
  return [colon.index + 1, end ? last + end.index + 1 : line.length];
}

/**
 * [start, end) of a list of items a colon opens after an exclusion, set apart by semicolons without markers: "the
 * following uses are not permitted: real-time remote identification ...; identifying people from their gait;
 * categorising people by race". The clause before the colon governs every item up to the sentence's end.
 */
function semicolonExclusion(line: string): [number, number] | undefined {
  const colon = line.indexOf(': ');
  if (colon < 0 || !line.includes(';', colon) || !SCOPE_CUE.test(lastClause(line.slice(0, colon)))) return undefined;
  const last = line.lastIndexOf(';');
  const end = /[.!?](?=\s|$)/u.exec(line.slice(last));
  return [colon + 1, end ? last + end.index + 1 : line.length];
}

/**
 * Cues after a phrase in the same clause: "Screening job applicants is out of scope.", "... falls outside the intended
 * use", "with identifying suspects expressly prohibited" (a ban's adverb needs no verb before it), "Diagnosis and
 * triage suggestions are out", a feature switched off ("facial recognition is switched off"), what never went live
 * ("The credit-scoring model ... never reached a single applicant"), and a place on a list of what is ruled out ("... is
 * on the prohibited list", "... is listed as a prohibited use").
 */
const POST_CUE_RE =
  /^[^]*?(?<![\p{L}])(?:is|are|was|were|be|remains?|stays?|falls?|lies?|sits?|(?:is|are|be)\s+(?:considered|deemed|regarded\s+as|treated\s+as))\s+(?:(?:strictly|explicitly|expressly|also|clearly|firmly|entirely|completely|all)\s+)?(?:an?\s+)?(?:not|never|out[\s-]of[\s-]scope|out(?=\s*(?:[.;,:!)\u2013\u2014]|\s-\s|$))|outside|prohibited|forbidden|discouraged|disallowed|excluded|unsupported|unsuitable|inappropriate|avoided|irresponsible|unethical|unacceptable|unsafe|illegal|unlawful|banned|barred|off[\s-]limits|misuse|abuse|disabled|switched\s+off|turned\s+off)(?![\p{L}])|^[^]*?(?<![\p{L}])(?:expressly|explicitly|strictly)\s+(?:prohibited|forbidden|excluded|banned|barred|disallowed|ruled\s+out)(?![\p{L}])|^[^]*?(?<![\p{L}])(?:never|not\s+yet)\s+(?:reached|went\s+(?:live|into\s+production)|shipped|launched|made\s+it\s+(?:to|into|past))(?![\p{L}])|^[^]*?(?<![\p{L}])(?:is|are|was|were|be)\s+(?:also\s+)?(?:listed\s+(?:as|among|under)\s+(?:an?\s+|the\s+|our\s+|its\s+)?|(?:on|in)\s+(?:the|our|its|their)\s+)(?:prohibited|forbidden|excluded|disallowed|unsupported|unacceptable|out[\s-]of[\s-]scope)(?![\p{L}])/iu;

/** Finite verbs that follow a subject: "the agent can not change", "regional managers can't go below". */
const SUBJECT_VERB = String.raw`(?:can|cannot|can['\u2019]?t|could|will|won['\u2019]?t|may|must|should|shall|does|doesn['\u2019]?t|do|don['\u2019]?t|did|is|isn['\u2019]?t|are|aren['\u2019]?t|was|were|has|have)(?![\p{L}])`;
/**
 * A clause joined on with a subject of its own, a noun phrase rather than "this" or "it" (which may be the use):
 * after a conjunction, or after a bare comma when a verb follows the noun ("we calculate the price of each
 * customer, the agent can not change the price after"). After a conjunction the noun may stand bare ("..., and
 * regional managers can't go below its number"), but not an adverb that carries on the use's own clause ("and so is
 * not ...").
 */
const NEW_SUBJECT = new RegExp(
  String.raw`,\s*(?:and|but|while|whereas)\s+(?:the|a|an|these|those|its|their|our|we|they)\s` +
    String.raw`|,\s*(?:and|but|while|whereas)\s+(?!(?:it|this|that|so|thus|hence|therefore|also|then|still|yet|not|never|only|is|are|was|were|can|will|may|must)\s)(?:[\p{L}-]+\s+){1,2}?${SUBJECT_VERB}` +
    String.raw`|,\s*(?:the|these|those|its|their|our)\s+(?:[\p{L}-]+\s+){1,2}?${SUBJECT_VERB}|,\s*(?:we|they)\s`,
  'iu',
);
/** A subordinator a clause break stands on, ending the text before the clause it opens: "because", "although". */
const SUBORDINATOR_BREAK_END = /(?<![\p{L}])(?:because|although|though|whereas|while)\s*$/iu;
/** How far before a clause its break's subordinator is looked for. */
const SUBORDINATOR_REACH = 12;
/** A subordinate clause after the use ("... suspends payments when they are not") does not negate it. */
const SUBORDINATE = /(?<![\p{L}])(?:when|if|unless|where|whenever|who|which|that|whose|because|since|until|before|after)(?![\p{L}])/giu;
/**
 * Verbs whose object is a question ("deciding who gets into a course", "predicting which tenants fall behind"):
 * the question word after them opens no subordinate clause, and a verdict after it still reaches the use.
 */
const ASKING_VERB = /(?<![\p{L}])(?:decid(?:e|es|ed|ing)|determin(?:e|es|ed|ing)|choos(?:e|es|ing)|chose|predict(?:s|ed|ing)?|select(?:s|ed|ing)?|pick(?:s|ed|ing)?|judg(?:e|es|ed|ing))\s+$/iu;

/** Where the first subordinate clause in a text opens (its length when none does), the words of a question asked by a verb aside. */
function subordinateAt(text: string): number {
  SUBORDINATE.lastIndex = 0;
  for (let m = SUBORDINATE.exec(text); m; m = SUBORDINATE.exec(text)) {
    if (!ASKING_VERB.test(text.slice(Math.max(0, m.index - 20), m.index))) return m.index;
  }
  return text.length;
}

/**
 * A good outcome withheld from those a rating picked out: "the lowest-rated 40% were not invited to the assessment
 * day", "prisoners the model rates as high risk will not be considered for early release", "Homes the model rates
 * as high flood exposure are not renewed". The negation is the decision, not a denial of the use: read with it
 * blanked. Outcomes only a person gives are listed; a withheld harm ("are not rejected automatically") stays a negation.
 */
const WITHHELD_OUTCOME =
  /(?<![\p{L}])(?:(?:are|is|were|was|will|would|shall|get|gets|got)\s+(not|never)(?:\s+be|\s+being|\s+getting)?|(?:are|is|were|was)(n't)|wo(n't)\s+be|(?:do|does|did)(n't)\s+get)\s+(?:invited|renewed|considered|offered|admitted|shortlisted|interviewed|hired|approved|granted|paid|accepted|released|given|selected|called|progressed|funded|enrolled|housed|referred|promoted|allocated|getting|receiving|eligible|sent|put\s+forward)(?![\p{L}])/giu;
/** How a rating picks people out before the withheld outcome: a rank's end, a rating act, a line crossed. */
const PICKED_BY_RATING =
  /(?<![\p{L}])(?:lowest|highest|worst|bottom|top)(?![\p{L}])|-(?:rated|ranked|scored)(?![\p{L}])|(?<![\p{L}])(?:rates|rated|scores|scored|predicts|predicted|flags|flagged|ranks|ranked|marks|marked|deems|deemed)(?![\p{L}])|(?<![\p{L}])(?:below|above|under|over)\s+(?:the\s+|a\s+)?(?:\d|threshold|cut|line|bar)|(?<![\p{L}])high[\s-]risk(?![\p{L}])|(?<![\p{L}])low\s+(?:score|rating)s?(?![\p{L}])/iu;

/**
 * A negation right before the act inside a condition on the release's own result ("If it doesn't match, that goes
 * into the decision on their asylum claim", "a result that doesn't match the claimed origin is written into the case
 * file"): the act is done every time, and the negation picks the branch whose outcome follows.
 */
const NEGATED_CONDITION =
  /(?:(?<![\p{L}])(?:if|when|whenever|once)\s+(?:it|(?:the|its|this|our)\s+(?:[\p{L}-]+\s+)?(?:model|system|tool|result|score|match|check|classifier|prediction|output))|(?<![\p{L}])(?:result|score|match|prediction|output|answer)s?\s+(?:that|which))\s+(?:does\s+not|do\s+not|doesn['\u2019]?t|don['\u2019]?t|is\s+not|isn['\u2019]?t|cannot|can['\u2019]?t|fails?\s+to)\s*$/iu;

/** The text with the negation of each outcome withheld from those a rating picked out blanked (offsets kept). */
function withWithheldOutcomesBlanked(text: string): string {
  if (!/not|never|n't/i.test(text)) return text;
  return text.replace(WITHHELD_OUTCOME, (m: string, ...groups: unknown[]) => {
    const at = groups[groups.length - 2] as number;
    const [ss] = sentenceAround(text, at, at + m.length);
    if (!PICKED_BY_RATING.test(text.slice(ss, at))) return m;
    const word = groups.slice(0, 4).find((g) => typeof g === 'string') as string;
    const i = m.toLowerCase().lastIndexOf(word.toLowerCase());
    return m.slice(0, i) + ' '.repeat(word.length) + m.slice(i + word.length);
  });
}

/** A plan given up, as a verdict after a use and as a retraction in the next sentence: "decided against it", "dropped the idea". */
const DECIDED_AGAINST = String.raw`(?:decided|voted|opted)\s+against`;
const ABANDONED_PLAN = String.raw`(?:dropped|abandoned|scrapped|shelved)\s+(?:it|this|that|the\s+idea|the\s+plan)`;

/**
 * Verdicts on a use written after it: "... is something we neither support nor allow", "... is a use the licence
 * prohibits", "...: none of these are supported", "We discussed auto-flagging essays and decided against it" (or "decided it
 * never should"), "Matching
 * against custody images is switched off and must stay off". A participle before a noun describes the noun instead ("against a list of banned fans"),
 * and so does one after people or an adverb ("people previously banned for shoplifting") or in a relative clause on
 * them ("people who have previously been banned from our shops").
 */
const POST_VERDICT_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:prohibits?|${DECIDED_AGAINST}\s+(?:it|this|that|them|doing\s+so|the\s+idea)|decided\s+(?:that\s+)?(?:it|this|that)\s+(?:never\s+should|should\s*(?:not|n['\u2019]t|never)|must\s*(?:not|n['\u2019]t|never)|would\s*(?:not|n['\u2019]t)|will\s+not|won['\u2019]t)|${ABANDONED_PLAN}|(?:must|shall|will|should)\s+(?:stay|remain)\s+(?:off|disabled|switched\s+off|turned\s+off)|forbids?|disallows?|bans?|(?<!(?:people|persons|individuals|anyone|someone|those|who|ly|have|has|had)\s+)(?<!(?<![\p{L}])(?:who|whom)\s+(?:\p{L}+\s+){0,3})(?:prohibited|forbidden|banned)(?!\s+(?!by|under|in|for|from|to|and|or|as|outright|here)\p{L})|neither\s+\p{L}+\s+nor|refrain(?:s|ed|ing)?\s+from|rules?\s+out|ruled\s+out|(?:explicitly|expressly)\s+rule\s+out|(?:asked|requested|told|advised|urged)\s+not\s+to|(?:none|neither)\s+of\s+(?:these|those|them|this|which|the\s+above)|nor\s+(?:allow|support|permit)|do(?:es)?\s+not\s+(?:allow|support|permit|endorse)|not\s+(?:allowed|permitted|supported|endorsed))(?![\p{L}])`,
  'iu',
);

/**
 * A negated modal in the main clause after the use: the use names who is told not to act ("Judges and
 * tribunals should not rely on it when deciding a case"). Words joined by "so" or "to" state a purpose instead.
 */
const POST_MODAL_RE = /^(?:(?!(?<![\p{L}])(?:so|to|in\s+order)(?![\p{L}]))[^])*?(?<![\p{L}])(?:(?:should|must|may|shall|will|can|could|would)\s+(?:not|never)|cannot|can't|mustn't|shouldn't|won't)(?![\p{L}])/iu;
/**
 * A negated modal right after a noun and its subject pronoun belongs to a relative clause describing the noun
 * ("callers it can't place are sent down the long route", "flags doctors the insurer should not renew", "tenants the
 * arrears model predicts won't catch up"), not to a verdict on the use. A general noun is the verdict's own ("... is
 * something we won't do").
 */
const RELATIVE_MODAL_RE = /(?<![\p{L}])(?!(?:and|but|or|so|then|because|as|if|when|that|which|where|while|though|although|something|anything|nothing|everything|things?|uses?|applications?|purposes?|tasks?|ways?|areas?)\s)\p{L}{3,}\s+(?:it|they|we|he|she|(?:the|its|their|our|your)\s+\p{L}+|(?:it|the\s+(?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:predicts|expects|thinks|judges|estimates|forecasts|reckons))\s+(?:(?:should|must|may|shall|will|can|could|would)\s+(?:not|never)|cannot|can't|mustn't|shouldn't|won't)$/iu;

/**
 * A negated modal joined by "and" is a second act of the same subject ("shall calculate ..., and shall not forward
 * any applicant whose figure is below the rent"), not a verdict on the first, unless it says the release is not
 * to be used, relied on or left to decide.
 */
const SECOND_ACT_RE = /(?<![\p{L}])and\s+(?:(?:should|must|may|shall|will|can|could|would)\s+(?:not|never)|cannot|can't|mustn't|shouldn't|won't)\s+(?!(?:be|rely|use|replace|substitute|serve|decide|act|make|feed)(?![\p{L}]))\p{L}+\s*$/iu;

/** A purpose after the use that confines it to research or teaching: "..., for research purposes", "for a research challenge", a clause ending "for autonomous-driving research". */
const RESEARCH_PURPOSE_RE = /(?<![\p{L}])for\s+(?:(?:academic|research|educational|teaching|non-commercial|noncommercial|experimental|demonstration)\s+(?:purposes|use|only)|research\s+only|demonstration|teaching|(?:an?|the|our)\s+(?:research|academic|student|kaggle)\s+(?:challenge|competition|project|study|paper|thesis|course|assignment))(?![\p{L}])|(?<![\p{L}])for\s+(?:[\p{L}-]+\s+){0,2}research(?:\s+(?:pipelines?|workflows?|projects?|groups?|labs?))?\s*[.;)]?\s*$/iu;

function hasPostExclusionCue(written: string, lead = ''): boolean {
  // Words in quotation marks after the use are someone's message, not a verdict on it: 'everyone below the cut
  // line gets the "we won't be taking your application further" email'. Blanked, so offsets stay.
  const suffix = /["\u201c]/u.test(written) ? written.replace(QUOTED_WORDS, (q) => ' '.repeat(q.length)) : written;
  // Only the main clause carries a verdict on the use: stop at a subordinating word, or at a clause joined
  // on with a subject of its own ("..., and the cases under the threshold are not sent to a radiologist").
  const own = NEW_SUBJECT.exec(suffix);
  const end = Math.min(subordinateAt(suffix), own?.index ?? suffix.length);
  const main = suffix.slice(0, end);
  const modal = POST_MODAL_RE.exec(main);
  const secondAct = modal !== null && SECOND_ACT_RE.test(main.slice(0, modal[0].length + (/^\s*\p{L}+/u.exec(main.slice(modal[0].length))?.[0].length ?? 0)));
  // The relative clause may open inside the use's own words: "flags doctors the insurer | should not renew".
  const relative = modal !== null && RELATIVE_MODAL_RE.test(lead + modal[0]);
  // The use's last word comes along, so "people | banned by the shops" reads as people who were banned.
  const lastWord = /\p{L}+$/u.exec(lead)?.[0] ?? '';
  // A verdict in brackets after a clause of its own is on that clause: "..., so we paid close attention to
  // nationality as a feature (we dropped it in the end)" drops the feature; "ranking applicants with the model (we
  // dropped it after a month)" still judges the use.
  const judged = suffix.replace(/\([^()\n]*\)/g, (p: string, at: number) => (CLAUSE_BETWEEN.test(suffix.slice(0, at)) ? ' '.repeat(p.length) : p));
  if (POST_CUE_RE.test(main) || (modal && !secondAct && !relative) || POST_VERDICT_RE.test(lastWord + judged) || RESEARCH_PURPOSE_RE.test(suffix)) return true;
  // The use as one item of a list whose last item carries the verdict: "Matching faces against watchlists,
  // confirming who someone is, or any other identification of real people is out of scope". Only a list
  // joined by "or": "..., and anything else is out of scope" excludes what the use is not.
  const last = LAST_OR_ITEM.exec(suffix);
  return last !== null && POST_CUE_RE.test(last[1].slice(0, subordinateAt(last[1])));
}

/** A clause begun after a use's words: a comma, semicolon, colon or dash, or a word of purpose or cause. */
const CLAUSE_BETWEEN = /[,;:\u2013\u2014]|(?<![\p{L}])(?:so|because|which|while|whereas)(?![\p{L}])/iu;

/** Words in quotation marks on one line: "we won't be taking your application further", “not now”. */
const QUOTED_WORDS = /"[^"\n]{1,160}"|“[^”\n]{1,160}”/gu;

/**
 * A plan given up in the sentence right after the use: "We started out building a model to predict which asylum
 * appeals would succeed ... After talking to immigration lawyers we decided against it." What was given up is no use,
 * and neither is a plan answered in a word ("We thought about letting it decide food stamp eligibility. We decided
 * no."), a request turned down ("The housing association asked for a ranking of tenants. We declined: ...", "We
 * won't."), a question of the writers' part answered no ("... whether we have any involvement with the predictive
 * policing systems used by two neighbouring forces. We don't - we only supply them with payroll software.") or one the
 * release's terms forbid ("Two banks asked to use our categories to decide on loans. Our terms forbid it").
 */
const RETRACTION_RE = new RegExp(
  String.raw`^[^.!?\n]*?(?<![\p{L}])(?:we|they|the\s+\p{L}+|it\s+was)\s+(?:then\s+|later\s+|eventually\s+|quickly\s+)?${DECIDED_AGAINST}\s+(?:it|this|that|doing\s+so|the\s+idea)(?![\p{L}])|^[^.!?\n]*?(?<![\p{L}])(?:we|they)\s+(?:then\s+|later\s+|eventually\s+)?${ABANDONED_PLAN}(?![\p{L}])|^[^.!?\n]*?(?<![\p{L}])(?:we|they)\s+(?:then\s+|later\s+|eventually\s+|finally\s+)?(?:(?:decided|said)\s+(?:no|not\s+to)|declined|refused|won['\u2019]t|will\s+not|do\s*n['\u2019]?t|do\s+not|did\s*n['\u2019]?t|did\s+not)\s*(?:[.!;:\u2013\u2014]|\s-\s)` +
    String.raw`|^[^.!?\n]*?(?<![\p{L}])(?:our|the|its|their)\s+(?:terms(?:\s+of\s+(?:use|service))?|licen[cs]e|policy|contract|agreement)\s+(?:forbids?|prohibits?|bans?|bars?)\s+(?:it|this|that)(?![\p{L}])`,
  'iu',
);

/** A team or body named by its capitalised name that turns a request down: "Product said no.", "Legal refused." */
const NAMED_REFUSAL = /^\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:said\s+no|refused|declined|vetoed\s+it)\s*[.!;:]/u;

function retractedNext(text: string, from: number): boolean {
  const end = /[.!?](?=\s|$)/.exec(text.slice(from));
  if (!end) return false;
  const next = from + end.index + 1;
  const after = text.slice(next, next + 240);
  return RETRACTION_RE.test(after) || NAMED_REFUSAL.test(after);
}

/** A verb of prediction ending a use, with a clause of its own right after it: "tenants the model predicts won't catch up". */
const PREDICTING_END = /(?<![\p{L}])(?:predict|forecast|estimate|expect|judge|reckon|think)(?:s|ed)?$/iu;
const MODAL_START = /^\s*(?:will|would|can|could|may|might|should|must|won't|can't|wouldn't|couldn't|shouldn't|mustn't|isn't|aren't|doesn't|don't|is|are)(?![\p{L}'])/iu;

/** Whether what follows a use is what its act predicts ("... predicts won't pay"), not a verdict on the use. */
function predictsClause(text: string, h: DetectedUse, after: string): boolean {
  return h.evidence !== undefined && PREDICTING_END.test(text.slice(h.startOffset, h.endOffset)) && MODAL_START.test(after);
}

/**
 * A verdict in the next sentence that points back at this one: "... requests to use it for triaging emergency
 * calls. That's out of scope and we won't support it." Only a sentence that opens with the pointing word and
 * states the verdict right away: "This is not a toy" says nothing about the use.
 */
const ANAPHORIC_VERDICT =
  /^\s*(?:it\s+(?:can't|cannot|can\s+not|won't|will\s+not|doesn't|does\s+not|shouldn't|should\s+not|mustn't|must\s+not)\s*(?:[,.;:!]|and\s|but\s|-|\u2013|\u2014)|no[,.!:]\s|(?:that|this|these|those|such\s+(?:a\s+)?uses?|both|either|neither|none\s+of\s+(?:this|these|that|those|them))(?:'s|\s+(?:is|are|was|were|would\s+be|remains?|falls?|lies?))\s+(?:(?:\p{L}+ly|also|still|all|firmly|squarely)\s+)?(?:out[\s-]of[\s-]scope|outside|not\s+(?:supported|allowed|permitted|something\s+we|an?\s+(?:supported|intended|permitted|allowed|acceptable))|unsupported|prohibited|forbidden|disallowed|off[\s-]limits|excluded|an?\s+(?:misuse|abuse|prohibited\s+use|unsupported\s+use))(?![\p{L}]))/iu;
/** The writer turning down what the sentence before asked or described: "... the ranking of the employees for dismissal. We don't do this." */
const REFUSED_NEXT = /^\s*(?:we|i)\s+(?:don't|do\s+not|won't|will\s+not|never|refuse\s+to)\s+(?:do|offer|support|build|sell|provide|allow)\s+(?:this|that|it|these|those)(?![\p{L}])/iu;
/** The end of a sentence and the whitespace after it (within a paragraph). */
const SENTENCE_END = /[.!?](?:[*_)\]"']*)[ \t]*(?:\r?\n[ \t]*)?(?=\S)/g;

function judgedNext(text: string, from: number): boolean {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  // A blank line ends the paragraph: what follows it is about something else.
  if (!m || /\n[ \t]*\n/.test(text.slice(from, m.index))) return false;
  const next = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
  return ANAPHORIC_VERDICT.test(next) || REFUSED_NEXT.test(next);
}

/**
 * A verdict after a colon on the list it closes, in the same sentence: "Tenant screening, rent setting,
 * eviction prediction: all outside the scope of this model."
 */
const COLON_VERDICT =
  /^[^.!?:\n]{0,80}:\s*(?:(?:these|those|they|all|both|each|none)\s+(?:of\s+(?:these|them|those)\s+)?(?:are\s+|is\s+|remain\s+|stay\s+)?(?:all\s+)?)?(?:out[\s-]of[\s-]scope|outside|not\s+(?:supported|allowed|permitted|intended|in\s+scope)|unsupported|prohibited|forbidden|disallowed|excluded|off[\s-]limits)(?![\p{L}])/iu;

function judgedAfterColon(text: string, from: number): boolean {
  return COLON_VERDICT.test(text.slice(from, from + 200));
}

/** Made-up records right before a use's words, with at most one modifier between: "synthetic loan applications", "fake welfare claims", "synthetic personal-loan applications". */
const MADE_UP_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...MADE_UP_WORDS].join('|')})\\s+(?:\\p{L}+(?:\\s+|-))?$`, 'iu');
/**
 * Records of the past right before a use's words: "archived emergency calls", "historical SCADA"; and records
 * made anonymous for study ("the anonymised rent-arrears panel").
 */
const PAST_RECORDS_BEFORE = /(?<![\p{L}])(?:archived|historical|historic|anonymi[sz]ed|de-?identified|pseudonymi[sz]ed)\s+$/iu;
/** Records of the past named inside a use found from words: "Finds anomalies in historical SCADA logs". */
const PAST_RECORDS_INSIDE = /(?<![\p{L}])(?:in|from|of)\s+(?:archived|historical|historic)\s+(?:[\p{L}-]+\s+){0,2}?(?:logs?|records?|recordings?|transcripts?|archives?|files?)(?![\p{L}])/iu;
/** Who may keep a decision: a person or a role. */
const DECIDING_PEOPLE = String.raw`(?:human|person|people|staff|reviewer|clinician|caseworker|officer|manager|team|recruiter|underwriter|underwriting|judge|dispatcher|examiner|teacher|doctor|nurse)s?(?![\p{L}])`;
/**
 * Who keeps a decision, said right after its words: "every hiring decision stays with a person", "Prioritising and
 * dispatching stay entirely with the dispatcher", "any premium change stays with underwriting".
 */
const KEPT = String.raw`\s*(?:stays?|rests?|remains?|lies|sits|is\s+left)\s+(?:entirely\s+|solely\s+|only\s+|always\s+|firmly\s+|fully\s+)?with\s+(?:a|an|the|our|your|their)?\s*${DECIDING_PEOPLE}`;
/** A decision taken by people, in the passive: "Lending decisions are made by loan officers", "is taken by a human". */
const MADE_BY = String.raw`\s*(?:are|is|were|was|will\s+be)\s+(?:only\s+|always\s+|still\s+|solely\s+)?(?:made|taken)\s+by\s+(?:a|an|the|our|your|their|its)?\s*(?:[\p{L}-]+\s+)?${DECIDING_PEOPLE}`;
const KEPT_BY_PEOPLE = new RegExp(`^(?:${KEPT}|${MADE_BY})`, 'iu');
/** The same said inside a use's words, after the acts it keeps ("dispatching stay entirely with the dispatcher"). */
const KEPT_INSIDE = new RegExp(`(?<=[\\p{L}])${KEPT}`, 'iu');
const DECISION_NOUN = /(?<![\p{L}])(?:decisions?|judge?ments?)(?![\p{L}])/iu;

/** Whether a use's words, or the decision named in them, are said to stay with people ("every hiring decision stays with a person"). */
function keptByPeople(text: string, h: DetectedUse): boolean {
  if (KEPT_BY_PEOPLE.test(text.slice(h.endOffset)) || KEPT_INSIDE.test(h.text)) return true;
  const d = DECISION_NOUN.exec(h.text);
  return d !== null && KEPT_BY_PEOPLE.test(text.slice(h.startOffset + d.index + d[0].length));
}

/**
 * The last item of a list joined by ", or" / ", nor", to the end of the clause; without the comma only when a
 * gerund opens the item, as in a list of activities ("marking students' exams or deciding who gets into a course").
 */
const LAST_OR_ITEM = /(?:,\s*(?:or|nor)|(?<=\s)(?:or|nor)(?=\s+\p{L}+ing(?![\p{L}])))\s+((?:(?!,\s*and\s)[^,])*)$/iu;

/**
 * Every match of every phrase in a text, before overlaps, exclusions and tiers are resolved: the costly
 * part of detection, computed once and then resolved per tier set and mode (see resolveUses).
 */
export interface PhraseScan {
  text: string;
  catalogue: DomainCatalogue;
  /**
   * Matches in phrase order (catalogue phrases, then extra phrases), each phrase's matches left to right,
   * then the uses described in plain words (they carry `evidence`).
   */
  raw: DetectedUse[];
  /** Clause breaks of the text, found once per scan. */
  breaks: [number, number][];
}

export function scanPhrases(written: string, catalogue: DomainCatalogue, extraPhrases?: readonly { phrase: string; domain: string }[]): PhraseScan {
  // Offsets are unchanged: each hyphen is one code unit either way.
  const text = asciiPunctuation(written);
  const raw: DetectedUse[] = [];
  if (!text) return { text, catalogue, raw, breaks: [] };
  const compiled = compile(catalogue);
  const set: CompiledPhrases = extraPhrases?.length ? withExtra(catalogue, compiled, extraPhrases) : compiled;
  const phrases = set.phrases;
  const lower = text.toLowerCase();
  for (const i of phrasesWithAnchor(lower, set)) {
    const p = phrases[i];
    if (!p.stems.every((stem) => lower.includes(stem))) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = nextMatch(p.re, text)) !== null) {
      raw.push({ domain: p.domain, phrase: p.phrase, startOffset: m.index, endOffset: m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) p.re.lastIndex++;
    }
  }
  const breaks = clauseBreaks(text);
  for (const w of matchWordUses(text, catalogue, clauseSpans(text, breaks))) {
    raw.push({ domain: w.domain, phrase: w.evidence.join(' ... ').toLowerCase(), startOffset: w.startOffset, endOffset: w.endOffset, text: text.slice(w.startOffset, w.endOffset), evidence: w.evidence, actOffset: w.actOffset, score: w.score });
  }
  return { text, catalogue, raw, breaks };
}

/** Words that hand a result over, and so act as much as the act that made it: "Outputs the probability of default". */
const HANDING_OVER = new Set(['output', 'outputs', 'return', 'returns', 'returned', 'returning', 'give', 'gives', 'gave', 'giving', 'produce', 'produces', 'produced', 'producing', 'emit', 'emits', 'emitted', 'generate', 'generates', 'generated', 'generating']);

/**
 * Whether a word is an act's, a prefix "re" aside ("recalculated" is calculated again). A decision is one
 * ("clinical decision support"), and so is handing a result over (see HANDING_OVER).
 */
function isActWord(lemma: string, actLemmas: Set<string>, lower = lemma): boolean {
  return actLemmas.has(lemma) || HANDING_OVER.has(lower) || lemma === 'decision' || lemma === 'decisions' || (lemma.length > 5 && lemma.startsWith('re') && actLemmas.has(lemmaOf(lemma.slice(2))));
}

/**
 * A catalogue phrase of nouns only ("visa applications", "life insurance", "emergency calls") in a clause with no
 * act anywhere: the domain is named, nothing is done to it. "our consulates received 1.2 million visa
 * applications", "a guest talk on wearables and life insurance". "Risk-rates visa applications" and "routing visa
 * applications to a fast lane" act on them; a phrase that holds its act ("credit scoring") stands alone.
 */
function nounsAlone(text: string, breaks: [number, number][], h: DetectedUse, actLemmas: Set<string>): boolean {
  if (h.evidence !== undefined || !h.domain.phrases.includes(h.phrase)) return false;
  if (wordTokens(h.text).some((t) => isActWord(t.lemma, actLemmas))) return false;
  const [cs, ce] = clauseAround(text, breaks, h.startOffset, h.endOffset);
  // An act's word in a fixed expression is none: "open data portal of the city, number of emergency calls".
  const acts = (tokens: readonly WordToken[]) => tokens.some((t, k) => isActWord(t.lemma, actLemmas, t.lower) && !inFixedExpression(tokens, { from: k, to: k + 1 }));
  return !acts(wordTokens(text, cs, h.startOffset)) && !acts(wordTokens(text, h.endOffset, ce));
}

/**
 * Finders of the ranges where no use stands, in the order they are read: Markdown structure that excludes,
 * proposals closed unbuilt, paragraphs that deny, settings switched off, table rows a verdict column denies,
 * sections that tell background or list others' work.
 */
const EXCLUDING: readonly ((text: string) => [number, number][])[] = [structuralExclusions, closedProposals, deniedParagraphs, switchedOffSettings, deniedTableRows, backgroundSections];

/** The domain of emotion recognition from a face or a voice, and the words that name emotions. */
const BIOMETRICS = 'biometrics';
const EMOTION_WORDS = /emotion|affect/i;

/** The uses a scan holds for the given options: tiers, overlaps (longest wins), exclusion ranges, benign phrases, negation. */
export function resolveUses(scan: PhraseScan, options: DetectOptions = {}): DetectedUse[] {
  const { text } = scan;
  if (!text) return [];
  const compiled = compile(scan.catalogue);
  const mode = options.mode ?? 'use';
  const tiers = options.tiers;
  const raw = tiers ? scan.raw.filter((h) => tiers.includes(h.domain.tier)) : [...scan.raw];
  // Longest first, then earliest; drop any hit overlapping a kept one.
  // Catalogue phrases are curated: where one overlaps a use found from words, the phrase decides the domain,
  // unless the words carry more evidence than a phrase's two ("Ranks applicants for need-based bursaries so
  // the scholarship committee can allocate" is about education, whatever "rank applicants" usually means).
  const strong = raw.filter((h) => (h.score ?? 0) >= STRONG_WORD_USE);
  const outweighed = (h: DetectedUse) =>
    h.evidence === undefined && strong.some((w) => w.domain !== h.domain && h.startOffset < w.endOffset && w.startOffset < h.endOffset);
  // A catalogue phrase of generic words ("rank applicants") in a clause whose own terms name only other
  // domains, one of which the words describe a use of, is about that domain's applicants, not its own.
  const wordUses = raw.filter((h) => h.evidence !== undefined);
  const termsByClause = new Map<number, Set<string>>();
  const elsewhere = (h: DetectedUse) => {
    if (h.evidence !== undefined || !h.domain.use || !wordUses.length) return false;
    const [cs, ce] = clauseAround(text, scan.breaks, h.startOffset, h.endOffset);
    const rivals = wordUses.filter((w) => w.domain !== h.domain && w.startOffset >= cs && w.endOffset <= ce);
    if (!rivals.length) return false;
    let named = termsByClause.get(cs);
    if (!named) termsByClause.set(cs, (named = termDomains(text.slice(cs, ce), scan.catalogue)));
    return !named.has(h.domain.id) && rivals.some((w) => named.has(w.domain.id));
  };
  // A catalogue phrase of generic words ("ranks applicants") in a clause whose other words name one other
  // domain and not the phrase's is about that domain's people: "Ranks applicants to the sixth-form college".
  // A phrase whose own words name a domain keeps it: "emergency triage" stays a clinical phrase.
  const settingOf = (h: DetectedUse): DetectedUse => {
    if (h.evidence !== undefined || !h.domain.use || termDomains(h.text, scan.catalogue).size) return h;
    const [cs, ce] = clauseAround(text, scan.breaks, h.startOffset, h.endOffset);
    const rest = `${text.slice(cs, h.startOffset)} ${text.slice(h.endOffset, ce)}`;
    // Without a strong term, the clause's weaker ones say where it is set ("... the selective sixth-form
    // programme from their transcripts"), when they name one domain only and the phrase's own words are that
    // domain's too ("applicants" are): "identify people from street images" is not about streets.
    let named = termDomains(rest, scan.catalogue);
    const weakly = named.size === 0;
    if (weakly) named = termDomains(rest, scan.catalogue, 1);
    if (named.size !== 1 || named.has(h.domain.id)) return h;
    const setting = scan.catalogue.domains.find((d) => named.has(d.id) && d.tier === h.domain.tier && d.use);
    if (setting && weakly && !termDomains(h.text, scan.catalogue, 1).has(setting.id)) return h;
    // Where those words are a use of their own ("not for medical diagnosis or credit scoring"), each stays.
    if (!setting || raw.some((o) => o.domain === setting && o.startOffset >= cs && o.endOffset <= ce)) return h;
    return { ...h, domain: setting };
  };
  // A catalogue phrase overlapped by a use from words of another domain that its sentence names more often
  // ("estimates each prisoner's risk of reoffending and recommends grant or refusal ahead of the hearing")
  // is that domain's: the phrase's words are what the two share.
  // How often the sentence around a use names each domain's strong terms, once per sentence.
  const countsBySentence = new Map<number, Map<string, number>>();
  const sentenceTerms = (h: DetectedUse) => {
    const [ss, se] = sentenceAround(text, h.startOffset, h.endOffset);
    let counts = countsBySentence.get(ss);
    if (!counts) countsBySentence.set(ss, (counts = termCounts(text.slice(ss, se), scan.catalogue)));
    return counts;
  };
  const outnamed = (h: DetectedUse) => {
    // A phrase of a tier above ("emotion recognition in the workplace", prohibited) names its own practice.
    if (h.evidence !== undefined || !wordUses.length || !h.domain.use) return false;
    return wordUses.some((w) => {
      if (w.domain === h.domain || w.domain.tier !== h.domain.tier || (w.score ?? 0) < OUTNAMING_WORD_USE || !(h.startOffset < w.endOffset && w.startOffset < h.endOffset)) return false;
      const counts = sentenceTerms(w);
      return (counts.get(w.domain.id) ?? 0) > (counts.get(h.domain.id) ?? 0);
    });
  };
  // Emotions read from writing ("classifies text into emotional categories", a card tagged "text-classification" and
  // "emotion-recognition") are read from no biometric data: the paragraph says what they are read from.
  const fromWriting = (h: DetectedUse) => {
    if (h.domain.id !== BIOMETRICS || !EMOTION_WORDS.test(h.phrase)) return false;
    return readsWritingOnly(text.slice(...paragraphAround(text, h.startOffset, h.endOffset)));
  };
  const candidates = raw.filter((h) => !(strong.length && outweighed(h)) && !elsewhere(h) && !outnamed(h) && !(mode === 'use' && nounsAlone(text, scan.breaks, h, compiled.actLemmas)) && !fromWriting(h)).map(settingOf);
  // Phrases: the longest wins. Uses from words: the best supported, then the most compact, whose words stand
  // nearest the act ("Scores welfare claims" over "... welfare claims ... so investigators").
  const span = (h: DetectedUse) => h.endOffset - h.startOffset;
  // Equally supported uses from words: the one whose domain its sentence names more often ("decide whether a
  // shopper may split the payment into four instalments" is about credit, whatever a shopper is elsewhere).
  const named = (h: DetectedUse) => sentenceTerms(h).get(h.domain.id) ?? 0;
  // Still level, the paragraph's terms say where it is set, strong ones first, then weak ones too: "the allotment of
  // flats in the government housing scheme. It is checking the documents of the applicants and it is choosing who ...".
  // How often the paragraph around a use names its domain: [strong terms, all terms], found once per paragraph.
  const countsByParagraph = new Map<number, [Map<string, number>, Map<string, number>]>();
  const namedAround = (h: DetectedUse) => {
    const [start, end] = paragraphAround(text, h.startOffset, h.endOffset);
    let counts = countsByParagraph.get(start);
    if (!counts) {
      const paragraph = text.slice(start, end);
      countsByParagraph.set(start, (counts = [termCounts(paragraph, scan.catalogue), termCounts(paragraph, scan.catalogue, 1)]));
    }
    return [counts[0].get(h.domain.id) ?? 0, counts[1].get(h.domain.id) ?? 0];
  };
  const byParagraphStrongTerms = (a: DetectedUse, b: DetectedUse) => namedAround(b)[0] - namedAround(a)[0];
  const byParagraphTerms = (a: DetectedUse, b: DetectedUse) => namedAround(b)[1] - namedAround(a)[1];
  candidates.sort((a, b) => {
    const words = Number(a.evidence !== undefined) - Number(b.evidence !== undefined);
    if (words) return words;
    if (a.evidence !== undefined) return (b.score ?? 0) - (a.score ?? 0) || named(b) - named(a) || byParagraphStrongTerms(a, b) || byParagraphTerms(a, b) || span(a) - span(b) || a.startOffset - b.startOffset;
    return span(b) - span(a) || a.startOffset - b.startOffset;
  });
  const kept: DetectedUse[] = [];
  for (const h of candidates) {
    if (kept.some((k) => h.startOffset < k.endOffset && k.startOffset < h.endOffset)) continue;
    kept.push(h);
  }
  // Each finder's ranges, found once, when the first use needs them.
  const excluded: ([number, number][] | undefined)[] = [];
  const ownAffairs = mode === 'use' && /your\s+own/i.test(text);
  // Negations read on this text: an outcome withheld from those picked out is a decision, not a denial.
  let negationText: string | undefined;
  const out = kept.filter((h) => {
    // The use's sentence, found once for the checks below that read it.
    let sentenceText: string | undefined;
    const sentence = () => (sentenceText ??= text.slice(...sentenceAround(text, h.startOffset, h.endOffset)));
    if (ownAffairs && readerOwnAffairs(sentence(), scan.catalogue)) return false;
    if (options.excludeRanges?.some(([s, e]) => h.startOffset >= s && h.startOffset < e)) return false;
    if (mode === 'use' && EXCLUDING.some((find, k) => (excluded[k] ??= find(text)).some(([s, e]) => h.startOffset >= s && h.startOffset < e))) return false;
    const [cs, ce] = clauseAround(text, scan.breaks, h.startOffset, h.endOffset);
    // Negation reaches the act wherever the words it acts on stand: "Immigration authorities may not use it to vet visa applicants".
    // A topic clause that lent its words keeps its own negation: in "Our GPs no longer review every mole photo. The
    // app tells patients whether ..." the act's clause is what is negated or not.
    // What a finished clause says before a colon that explains it stays there (see colonExplains).
    const beforeFrom = h.actOffset !== undefined && h.actOffset > h.startOffset ? clauseAround(text, scan.breaks, h.actOffset, h.endOffset)[0] : cs;
    const beforeTo = Math.max(h.startOffset, h.actOffset ?? h.startOffset);
    const before = afterExplainingColon(text.slice(beforeFrom, beforeTo));
    // A question asks, it does not state a use: "What is the probability of default next month?", and so does
    // one reported ("People keep asking whether this can route emergency calls").
    if (mode === 'use' && (text[ce] === '?' || REPORTED_QUESTION.test(before))) return false;
    const clause = text.slice(cs, ce);
    for (const re of compiled.benign.get(h.domain.id)) if (matchesIn(re, clause)) return false;
    const after = text.slice(h.endOffset, ce);
    // "NOT legal advice": a bare "not" right before the use's words negates them.
    if (mode === 'use') {
      negationText ??= withWithheldOutcomesBlanked(text);
      const read = negationText;
      const beforeRead = read === text ? before : afterExplainingColon(read.slice(beforeFrom, beforeTo));
      const beforeCondition = NEGATED_CONDITION.test(beforeRead) ? beforeRead.replace(NEGATED_CONDITION, '') : beforeRead;
      // "because most applicants have no banking history, the fund now decides on loans": a clause opened by the
      // break's own subordinator ends at its comma, and its negation stays there.
      const beforeNegation = SUBORDINATOR_BREAK_END.test(read.slice(Math.max(0, beforeFrom - SUBORDINATOR_REACH), beforeFrom)) ? beforeCondition.replace(/^[^,:;!?]*,/u, ',') : beforeCondition;
      const afterNegation = read.slice(h.endOffset, ce);
      if (hasExclusionCue(outsideSubordinates(beforeNegation)) || NOT_BEFORE.test(read.slice(cs, h.startOffset)) || (hasPostExclusionCue(afterNegation, read.slice(Math.max(h.startOffset, h.endOffset - 40), h.endOffset)) && !predictsClause(read, h, afterNegation)) || judgedNext(read, h.endOffset) || judgedAfterColon(read, h.endOffset) || retractedNext(read, h.endOffset)) return false;
    }
    // "synthetic loan applications as fixtures", "archived emergency calls", "historical SCADA logs": made-up
    // or past records named by the use's words; "every hiring decision stays with a person" says who decides.
    if (mode === 'use' && (STANCE_BEFORE.test(before) || COUNTERFACTUAL_BEFORE.test(before) || MADE_UP_BEFORE.test(text.slice(cs, h.startOffset)) || PAST_RECORDS_BEFORE.test(text.slice(cs, h.startOffset)) || PAST_RECORDS_INSIDE.test(text.slice(h.startOffset, h.endOffset + 40)) || keptByPeople(text, h))) return false;
    if (mode === 'use' && (actsOnThings(text, h, cs, ce, scan.catalogue) || actInTitle(text, h) || inStoryRole(text, h) || ENDED_FEATURE.test(text.slice(cs, ce)) || (DROPPED_BEFORE.test(before) && FEATURE_AFTER.test(after)) || originOnly(before) || barredAct(text, h))) return false;
    // What a law lists is its scope, the systems it names included ("Annex III lists systems that screen ...").
    // So is what others' work or a cited publication did, the models it names included ("discloses a classifier that assigns ...").
    if (mode === 'use' && (LAW_SCOPE_CUE.test(before) || OTHERS_WORK_BEFORE.test(before) || CITED_DISCLOSES_BEFORE.test(before))) return false;
    const inside = text.slice(h.startOffset, h.endOffset);
    // "intended for training models that rank applicants": what the models do is the use, whatever the
    // data is ("This dataset of 60k application files ...").
    if (mode === 'use' && !MODELS_THAT.test(before) && (improvedTechnology(text, h, cs) || actNamesDataStore(text, h) || namesField(text, h) || shownHowTo(text, h, cs) || (DATA_COUNT_OPENING.test(before) && !/(?<![\p{L}])(?:and|then|but)(?![\p{L}])/iu.test(before)) || TOPIC_CUE.test(before.replace(BEFORE_RESULT, '')) || ALLEGED_BEFORE.test(before) || RESEARCH_CUE.test(before) || looksIntoHow(before) || (FINDING_CUE.test(text.slice(cs, h.endOffset)) && !PUT_TO_WORK.test(sentence())) || STATISTIC.test(sentence()) || TESTED_ON.test(before) || DATA_NOUN_AFTER.test(after) || STATISTIC_AFTER.test(after) || WORK_NOUN_AFTER.test(after) || CONTEST_AFTER.test(after) || CONTROVERSY_AFTER.test(after) || commonPractice(text.slice(cs, h.endOffset)) || othersDatedSystem(sentence()) || RESULTS_AFTER.test(after) || DATA_NOUN_INSIDE.test(inside) || (informs(before, compiled.informational) && !DECISION_AFTER.test(after)))) return false;
    return true;
  });
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

/**
 * The role a user story is told by: "As an emergency dispatcher, I want ...", "As a loan officer, we need ...". It
 * says who wants the feature, not what the release does.
 */
const STORY_ROLE = /(?<![\p{L}])as\s+an?\s+((?:[\p{L}'-]+\s+){0,4}?[\p{L}'-]+)\s*,\s*(?:i|we)\s+(?:want|need|would\s+like|['\u2019]d\s+like|wish|expect)(?![\p{L}])/giu;

/** Whether a use's words all stand inside a user story's role ("As an emergency dispatcher, I want the caller's words transcribed"). */
function inStoryRole(text: string, h: DetectedUse): boolean {
  if (!/as\s+an?\s/i.test(text)) return false;
  STORY_ROLE.lastIndex = 0;
  for (let m = STORY_ROLE.exec(text); m; m = STORY_ROLE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    if (h.startOffset >= start && h.endOffset <= start + m[1].length) return true;
  }
  return false;
}

/**
 * Find descriptions of uses in catalogue domains. Overlapping hits keep the longest phrase
 * (a prohibited "emotion recognition in the workplace" wins over biometric "emotion recognition").
 */
export function detectUses(
  text: string,
  catalogue: DomainCatalogue,
  extraPhrases?: readonly { phrase: string; domain: string }[],
  options: DetectOptions = {},
): DetectedUse[] {
  if (!text) return [];
  return resolveUses(scanPhrases(text, catalogue, extraPhrases), options);
}

/** Domains mentioned at all (negated or not) in a text: for "does out_of_scope cover X". */
export function mentionedDomains(text: string, catalogue: DomainCatalogue): Set<string> {
  // A domain's own terms mention it ("any clinical decision"), unless a benign phrase explains them ("loan calculator").
  const benign = compile(catalogue).benign;
  const ids = new Set(
    [...termDomains(text, catalogue)].filter((id) =>
      !benign.get(id).some((re) => matchesIn(re, text)),
    ),
  );
  for (const h of detectUses(text, catalogue, undefined, { mode: 'mention' })) ids.add(h.domain.id);
  return ids;
}
