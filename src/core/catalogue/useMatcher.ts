// Uses described in plain words: a consequential act ("flags", "decides", "prioritises") on who or what a
// domain decides about ("mammograms", "housing assistance", "911 calls") within one clause, matched on
// lemmas so that inflection and word order do not matter. The vocabulary is catalogue data (Domain.use);
// exclusions, negation and benign mentions are resolved afterwards, as for catalogue phrases (./detect.ts).
import { LIST_ITEM, LIST_MARKERS } from '../language/lists';
import type { Domain, DomainCatalogue } from './model';
import { agentNoun, lemmaOf, lemmaSequence, wordTokens, type WordToken } from '../language/words';
import { paragraphAround, sentenceAround } from '../language/sentences';

/** One act or term of a domain's vocabulary, as lemmas. */
interface Entry {
  lemmas: string[];
  domain: Domain;
  weight: 1 | 2;
  /** Written with an -ing form last ("tenant scoring"): such a form in the text may end it. */
  gerund?: true;
  /** The agent noun of an act ("grader"): it acts on what names it (see `namesAgentsObject`). */
  agent?: true;
}

interface CompiledVocabulary {
  /** First lemma -> entries starting with it, longest first. */
  acts: Map<string, Entry[]>;
  terms: Map<string, Entry[]>;
  /** Terms known only by their word's ending (catalogue termEndings), by lemma. */
  termByEnding: (lemma: string) => Entry[] | undefined;
  /** Two-word terms by their last lemma, for the inverted form "outcomes of court cases" (case outcome). */
  termHeads: Map<string, Entry[]>;
  /** Lemmas of beings and things that are not people (catalogue nonPersonSubjects). */
  nonPersons: Set<string>;
  /** Lemmas of acts that protect the people found (catalogue protectiveActs). */
  protective: Set<string>;
  /** Lemmas of who decides (catalogue deciderRoles). */
  deciders: Set<string>;
  /** Lemma sequences of computing cues, by first lemma (catalogue computingContext.cues). */
  computingCues: Map<string, string[][]>;
  /** Lemmas read in their computing sense where a cue stands in the clause (catalogue computingContext.senses). */
  computingSenses: Set<string>;
  /** Single-word acts that are strong in some domain ("triage", "grade"): as nouns they still name an act. */
  strongActs: Set<string>;
  /** Domains with a use vocabulary: a list of outcomes is a decision in any of them. */
  domains: Domain[];
  /** Each domain's subjects (who it decides about) as lemma sequences joined by spaces. */
  subjects: Map<Domain, Set<string>>;
  /** The last lemma of every strong term of two words or more: "application" of "visa application". */
  compoundHeads: Set<string>;
  /** Every domain's subjects together: who is decided about, in any domain. */
  subjectWords: Set<string>;
  /** Every domain's subjects and the deciders together: people, whichever side of a decision they stand on. */
  people: Set<string>;
  /** Lemmas of verdicts on a person or case (catalogue judgementWords): acts, but second to an act proper. */
  judgements: Set<string>;
}

/** A word of evidence found in a clause. */
interface Evidence {
  entry: Entry;
  /** Token indices [from, to) in the clause. */
  from: number;
  to: number;
  /** An act's noun handed over by an output verb ("returns the final mark"): an act though written as a noun. */
  handed?: true;
}

export interface WordUse {
  domain: Domain;
  startOffset: number;
  endOffset: number;
  /** Offset of the act: negation and exclusion are judged before it, wherever the terms stand. */
  actOffset: number;
  /** How much evidence: 3 is the least a use needs. */
  score: number;
  /** The words that made it a use, as written: the act first, then what it acts on. */
  evidence: string[];
}

/** Evidence a use needs: a strong act (2) on a weak term (1), a weak act on a strong term, or better. */
export const THRESHOLD = 3;
/** Act and term further apart than this many words belong to different statements of a long clause. */
const WINDOW = 10;
/**
 * How far a term may stand from the question word that opens an act's object: the question has a subject and a
 * modal of its own before its object ("decides whether a shopper may split the purchase into four instalments").
 */
const QUESTION_WINDOW = 11;
/** Punctuation that ends a question inside a clause. */
const QUESTION_END = /[,;:()\u2013\u2014]|\s-\s/;
/** Acts that, followed by "on" or "against", describe how the model itself was tested ("evaluated on X-rays"). */
const MODEL_TESTING = new Set(['evaluate', 'assess', 'validate', 'score', 'rank', 'rate', 'test', 'benchmark', 'classify', 'screen', 'judge']);

/** Nouns an -ing form modifies when it names a role or a body rather than an act ("hiring manager"). */
const ROLE_NOUNS = new Set(['manager', 'managers', 'team', 'teams', 'committee', 'panel', 'officer', 'officers', 'staff', 'agency', 'agencies', 'platform', 'season', 'freeze', 'partner', 'partners', 'department', 'software', 'system', 'systems', 'pipeline', 'pipelines', 'workflow', 'workflows', 'process', 'tooling', 'practice', 'practices']);

/** How near a weak term a thing or animal must stand to be what the term describes ("individual grey seals"). */
const NON_PERSON_SPAN = 3;

/** Prefixes joined by a hyphen that turn an act into its undoing or absence. */
const NEGATING_PREFIXES = new Set(['de', 'non', 'un', 'anti', 'dis']);

/** Words after "how" that ask for an amount: "decide how many clerks to put in each station". */
const AMOUNT_QUESTIONS = new Set(['many', 'much', 'long', 'often']);
/** Words that ask for a time or a place rather than a person: "decide when to open the second desk". */
const SETTING_QUESTIONS = new Set(['when', 'where']);

/** Whether a choosing act chooses an amount, a time or a place, not whom: "can decide how many clerks to put". */
function choosesNoPerson(tokens: readonly WordToken[], act: Evidence): boolean {
  const next = tokens[act.to];
  if (!next) return false;
  return SETTING_QUESTIONS.has(next.lower) || (next.lower === 'how' && AMOUNT_QUESTIONS.has(tokens[act.to + 1]?.lower ?? ''));
}

/**
 * "Decided that" opens what the decider resolved, a proposition ("The service team has decided that no model will
 * stop anyone's benefit payments"), not a choice made about someone: the acts inside it are read on their own.
 * A machine's "decides that" finds something of someone (see machineFinds).
 */
function resolvesThat(tokens: readonly WordToken[], act: Evidence): boolean {
  return act.to - act.from === 1 && tokens[act.from].lemma === 'decide' && tokens[act.to]?.lower === 'that' && !machineFinds(tokens, act);
}

/** Acts that choose ("decide whom to hire"): next to a domain's own act they make a use without a term. */
const CHOOSING = new Set(['decide', 'determine', 'choose', 'pick', 'select']);

/**
 * Acts that settle an outcome rather than find something out: followed by the choice they make ("decides
 * whether a claim is paid", "chooses which households are visited") they are strong. "Determine whether a
 * person earns over 50K" only finds out.
 */
const DECIDING = new Set(['decide', 'choose', 'pick', 'select']);
/** Bare forms of choosing that are never nouns, so a noun right before one is its subject. */
const ONLY_VERBS = new Set(['decide', 'choose', 'determine', 'select']);

/** Adverbs that may stand between a deciding act and its choice: "decides also who", "decides automatically whether". */
const CHOICE_ADVERBS = new Set(['also', 'then', 'automatically', 'finally', 'alone', 'itself', 'even', 'now']);

/** Words that, right after a deciding act, name the choice it makes. */
const CHOICE_OBJECT = new Set(['whether', 'which', 'who', 'whom', 'if']);

/** Endings of nouns of action that are no verb forms ("referral", "assessment"); "-ing" is both. */
const ACTION_NOUN_ENDINGS = ['tion', 'sion', 'ment', 'al', 'sis'];
/** An act written as a noun of action that is no verb form: "evaluation", "assessment", "approval". */
const ACTION_NOUN = new RegExp(`(?:${ACTION_NOUN_ENDINGS.join('|')})$`);
/** Prepositions after a participle that describes the noun before it: "the evaluation used in hiring". */
const PARTICIPLE_LINKS = new Set(['in', 'for', 'by', 'to', 'on', 'at', 'with', 'from', 'as', 'during', 'across', 'within', 'under']);
/** Verbs of study in the past a noun of action may stand before as their subject: "the evaluation used", "the assessment drew on". */
const STUDY_VERBS_PAST = new Set(['used', 'drew', 'relied', 'covered', 'included', 'involved', 'combined', 'examined', 'analysed', 'analyzed', 'looked', 'found', 'showed', 'compared', 'sampled', 'surveyed', 'interviewed', 'reviewed', 'measured']);
/** Endings of an act written as a noun of action: "verification", "grading", "assessment", "approval". */
const NOUN_OF_ACTION = new RegExp(`(?:${[...ACTION_NOUN_ENDINGS, 'ing'].join('|')})$`);

/**
 * Verbs that name who is helped to act: in "helps law students find case law" the students find, they are
 * not found. An agent who decides ("helps loan officers decide") still names the domain; any other agent
 * names who acts, not what the act acts on.
 */
const ENABLING = new Set(['help', 'helps', 'helped', 'helping', 'let', 'lets', 'letting', 'allow', 'allows', 'allowed', 'allowing', 'enable', 'enables', 'enabled', 'enabling', 'assist', 'assists', 'assisted', 'assisting', 'permit', 'permits', 'permitting']);
/** Words before an act that make it the means of an enabling verb's help: "assists triage with classification". */
const MEANS = new Set(['with', 'by', 'through', 'via', 'using']);
/** How many words an agent between an enabling verb and its act may have ("helps hospital ward nurses triage"). */
const AGENT_SPAN = 7;

/** Words that link an act to its purpose: "detects faces so that they can be blurred", "to redact them" ("for": see protects). */
const PURPOSE_LINKS = new Set(['so', 'to', 'before']);

const cache = new WeakMap<DomainCatalogue, CompiledVocabulary>();

/** Letters a word must have before a term ending for the ending to name it: "carcinoma", not "aroma". */
const ENDING_STEM = 4;
/** A word of letters only ("neuropathy", not "v2-oma"). */
const LETTERS_ONLY = /^\p{L}+$/u;
/** Words known by their ending, kept at most. */
const ENDING_CACHE_LIMIT = 1000;

/** Terms known by their word's ending ("hepatitis", "neuropathy"), as one lookup by lemma. */
function endingTerms(catalogue: DomainCatalogue): (lemma: string) => Entry[] | undefined {
  const rules = catalogue.domains.flatMap((domain) =>
    (domain.use?.termEndings ?? []).map((ending) => ({ ending, domain, exceptions: new Set(domain.use?.termEndingExceptions ?? []) })),
  );
  if (!rules.length) return () => undefined;
  const shortest = Math.min(...rules.map((r) => r.ending.length)) + ENDING_STEM;
  // Looked up for every word the term list lacks: a miss allocates nothing, a hit is kept (a card names few conditions).
  const found = new Map<string, Entry[]>();
  return (lemma) => {
    if (lemma.length < shortest) return undefined;
    const hit = found.get(lemma);
    if (hit) return hit;
    let entries: Entry[] | undefined;
    for (const r of rules) {
      if (lemma.length < r.ending.length + ENDING_STEM || !lemma.endsWith(r.ending) || r.exceptions.has(lemma) || !LETTERS_ONLY.test(lemma)) continue;
      (entries ??= []).push({ lemmas: [lemma], domain: r.domain, weight: 2 });
    }
    if (entries) {
      if (found.size >= ENDING_CACHE_LIMIT) found.clear();
      found.set(lemma, entries);
    }
    return entries;
  };
}

/**
 * Agent nouns that name something other than a doer of the act: a key ("patient identifier"), a sign ("tumour
 * marker"), a body ("the regulator"), a device or tool that decides nothing ("mortgage calculator", "face
 * detector", "the computer"), or another word ("letter", "clearer").
 */
const NOT_AGENTS = new Set(['identifier', 'marker', 'regulator', 'approver', 'prescriber', 'finder', 'calculator', 'computer', 'detector', 'letter', 'clearer', 'watcher', 'matcher', 'checker', 'orderer', 'blocker', 'suggester']);

function compile(catalogue: DomainCatalogue): CompiledVocabulary {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const acts = new Map<string, Entry[]>();
  const terms = new Map<string, Entry[]>();
  const add = (index: Map<string, Entry[]>, words: string, domain: Domain, weight: 1 | 2, agent = false) => {
    const lemmas = lemmaSequence(words);
    if (!lemmas.length) return;
    const list = index.get(lemmas[0]) ?? [];
    const same = list.findIndex((e) => e.domain === domain && e.lemmas.join(' ') === lemmas.join(' '));
    // A word the catalogue lists itself ("screener") is an act wherever it stands, not only as an agent noun.
    if (same >= 0 && list[same].agent && !agent) list[same] = { lemmas, domain, weight: Math.max(weight, list[same].weight) as 1 | 2 };
    if (same >= 0) return;
    list.push(agent ? { lemmas, domain, weight, agent } : /ing$/i.test(words.trim()) ? { lemmas, domain, weight, gerund: true } : { lemmas, domain, weight });
    index.set(lemmas[0], list);
  };
  // Who decides or is decided about is a person, whatever verb the word comes from ("recruiter", "lender").
  const roles = new Set([...(catalogue.deciderRoles ?? []), ...catalogue.domains.flatMap((d) => d.use?.subjects ?? [])].map((w) => w.toLowerCase()));
  // A thing named by the act it does is that act: "a face recognizer", "an essay grader", "a default predictor".
  // Singular only: the plural is more often people ("two human graders", "trained evaluators").
  const common = new Set(catalogue.commonActs ?? []);
  const addAct = (a: string, d: Domain, weight: 1 | 2) => add(acts, a, d, weight);
  const addWithAgent = (a: string, d: Domain, weight: 1 | 2) => {
    add(acts, a, d, weight);
    const agent = agentNoun(a);
    if (agent && !roles.has(agent) && !NOT_AGENTS.has(agent)) add(acts, agent, d, weight, true);
  };
  for (const d of catalogue.domains) {
    if (!d.use) continue;
    const expand = (list: readonly string[]) => list.flatMap((a) => (a === '@common' ? (catalogue.commonActs ?? []) : [a]));
    for (const a of d.use.acts) addWithAgent(a, d, 2);
    // A domain's own weak acts name tools by their agent nouns ("fingerprint scanner", "face tracker", "badge reader").
    for (const a of expand(d.use.weakActs)) (common.has(a) ? addWithAgent : addAct)(a, d, 1);
    for (const a of catalogue.judgementWords ?? []) add(acts, a, d, 1);
    for (const t of d.use.terms) add(terms, t, d, 2);
    for (const t of d.use.weakTerms) add(terms, t, d, 1);
  }
  for (const index of [acts, terms]) for (const list of index.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  const single = (list: readonly string[] | undefined) => new Set((list ?? []).map((w) => lemmaSequence(w)).filter((l) => l.length === 1).map((l) => l[0]));
  const strongActs = new Set<string>();
  for (const list of acts.values()) for (const e of list) if (e.weight === 2 && e.lemmas.length === 1) strongActs.add(e.lemmas[0]);
  const computingCues = new Map<string, string[][]>();
  for (const c of catalogue.computingContext?.cues ?? []) {
    const lemmas = lemmaSequence(c);
    if (lemmas.length) computingCues.set(lemmas[0], [...(computingCues.get(lemmas[0]) ?? []), lemmas]);
  }
  const compoundHeads = new Set<string>();
  for (const list of terms.values()) for (const e of list) if (isStrongCompound(e)) compoundHeads.add(e.lemmas[e.lemmas.length - 1]);
  const termHeads = new Map<string, Entry[]>();
  for (const list of terms.values()) for (const e of list) if (e.lemmas.length === 2) termHeads.set(e.lemmas[1], [...(termHeads.get(e.lemmas[1]) ?? []), e]);
  const subjects = new Map<Domain, Set<string>>();
  for (const d of catalogue.domains) if (d.use?.subjects?.length) subjects.set(d, new Set(d.use.subjects.map((w) => lemmaSequence(w).join(' '))));
  const deciders = new Set((catalogue.deciderRoles ?? []).map((w) => lemmaSequence(w).pop()).filter((l): l is string => l !== undefined));
  const subjectWords = new Set([...subjects.values()].flatMap((set) => [...set]));
  const people = new Set([...deciders, ...subjectWords]);
  const compiled = { subjects, subjectWords, compoundHeads, people, judgements: single(catalogue.judgementWords), acts, terms, termByEnding: endingTerms(catalogue), termHeads, strongActs, domains: catalogue.domains.filter((d) => d.use), computingCues, computingSenses: single(catalogue.computingContext?.senses), nonPersons: single(catalogue.nonPersonSubjects), protective: single(catalogue.protectiveActs), deciders };
  cache.set(catalogue, compiled);
  return compiled;
}

/**
 * Entries found in the tokens, longest match first: where "loan applicant" matches, "applicant" alone does
 * not, so a credit use is not also read as a hiring one. With `text`, an entry of two or more words also
 * matches with one modifier before its last word, joined by spaces only: "CT head scans" is a CT scan, "set
 * the monthly rent" sets the rent; a comma or a function word does not join ("health and insurance"). An -ing
 * form ends such a match only where the entry is written with one: "credit risk scoring" scores credit risk, it
 * is no credit score.
 */
/** What may stand between the words of a compound: spaces, a hyphen or slash, a closing quote or bracket. */
const COMPOUND_JOIN = /^\s*[-\u2010\u2011/'\u2019")\]&.]?\s*$/;
/** A line break no compound crosses: a blank line, or one opening a list item. */
const COMPOUND_BREAK = new RegExp(`\\n\\s*\\n|\\n[^\\S\\n]*[${LIST_MARKERS}]`, 'u');

function findEntries(tokens: readonly WordToken[], index: Map<string, Entry[]>, text?: string, byEnding?: (lemma: string) => Entry[] | undefined): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = index.get(tokens[i].lemma) ?? byEnding?.(tokens[i].lemma);
    let longest = 0;
    if (candidates) {
      for (const e of candidates) {
        const n = e.lemmas.length;
        if (n < longest || i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = tokens[i + k].lemma === e.lemmas[k];
        // "their face matches the photo": an -s form with an object after it is the clause's verb, not the end
        // of a compound ("face match"); a shorter entry is read instead. So with a modifier between: "the risk
        // tool rates every report" rates, it is no risk rating.
        if (ok && n >= 2 && text !== undefined && verbBeforeObject(text, tokens, i, i + n - 1)) ok = false;
        // A compound's words stand together (a soft wrap aside): words brought from a list's lead are no compound with an item's.
        for (let k = 1; k < n && ok && text !== undefined; k++) {
          const gap = text.slice(tokens[i + k - 1].end, tokens[i + k].start);
          ok = COMPOUND_JOIN.test(gap) && !COMPOUND_BREAK.test(gap);
        }
        if (ok) {
          longest = n;
          out.push({ entry: e, from: i, to: i + n });
        } else if (text !== undefined && n >= 2 && longest === 0 && i + n < tokens.length && withModifier(tokens, e.lemmas, i) && isModifier(text, tokens, i + n - 1) && !verbBeforeObject(text, tokens, i, i + n) && !startsPair(index, tokens, i + n - 1) && !namesOtherDomain(index, tokens[i + n - 1], e) && (e.gerund || !/ing$/.test(tokens[i + n].lower))) {
          longest = n + 1;
          out.push({ entry: e, from: i, to: i + n + 1 });
        }
      }
    }
    i += Math.max(1, longest);
  }
  return out;
}

/** A number or range right after a word, ending its phrase: " 7\u201310)", " 3,". */
const NUMBERED_LABEL = /^[ \t]+\d{1,3}(?:[ \t]*[-\u2013\u2014][ \t]*\d{1,3})?[ \t]*(?:[,;:)\].](?!\d)|$)/;
/** A court's word that also names a person's discretion. */
const JUDGEMENT = new Set(['judgement', 'judgment']);
/** Words before it that make it discretion: "your judgement", "professional judgment". */
const DISCRETION_OWNERS = new Set(['your', 'their', 'my', 'our', 'his', 'her', 'own', 'professional', 'clinical', 'human', 'good', 'best', 'sound', 'better', 'expert']);
/** What a detector may find the presence of alone: faces, people. */
const PRESENCE_OBJECTS = new Set(['face', 'person', 'people', 'pedestrian', 'head']);
/** Writing an emotion may be read from. */
const WRITTEN_MEDIA = new Set(['text', 'tweet', 'sentence', 'post', 'message', 'review', 'comment', 'document', 'transcript', 'chat', 'email', 'lyric', 'lyrics', 'caption', 'essay', 'headline', 'dialogue', 'conversation', 'word', 'writing']);
/** What of a body an emotion may be read from. */
const BODILY_SIGNALS = new Set(['face', 'facial', 'voice', 'vocal', 'speech', 'audio', 'video', 'footage', 'image', 'photo', 'picture', 'camera', 'webcam', 'selfie', 'expression', 'gesture', 'posture', 'gait', 'physiological', 'heart', 'eeg', 'ecg', 'skin', 'eye', 'gaze', 'body', 'tone', 'call', 'recording']);
/**
 * Whether a text reads emotions from writing only: it names writing ("classifies text into emotional categories",
 * "emotions in tweets") and nothing of a body. Emotions read from text are read from no biometric data.
 */
export function readsWritingOnly(text: string): boolean {
  const tokens = wordTokens(text);
  const among = (set: Set<string>) => tokens.some((t) => set.has(t.lemma) || set.has(t.lower.replace(/s$/, '')));
  return among(WRITTEN_MEDIA) && !among(BODILY_SIGNALS);
}

/** Where faces are found: images and what makes them. */
const MEDIA_NOUNS = new Set(['photo', 'image', 'picture', 'frame', 'video', 'footage', 'camera', 'selfie', 'webcam', 'stream']);
/** The indefinite article: "pick a language". */
const INDEFINITE = new Set(['a', 'an']);
/** How many words the thing chosen may run to after its article ("a 60-minute slot"). */
const THING_SPAN = 3;

/** Words that open an object and never a relative clause ("claims that look fraudulent" is a noun's). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'each', 'every', 'their', 'its', 'his', 'her', 'our', 'your', 'all', 'any']);

/**
 * Whether the -s form at k, ending a compound that opens at `from`, is a verb taking the object after it:
 * "their face matches the photo". The compound is then the clause's subject, opening it or after a
 * determiner or a possessive; after a verb it is an object ("gives social workers a score").
 */
function verbBeforeObject(text: string, tokens: readonly WordToken[], from: number, k: number): boolean {
  const t = tokens[k];
  if (t.lemma === t.lower || !/[^s]s$/.test(t.lower) || k + 1 >= tokens.length || !OBJECT_OPENERS.has(tokens[k + 1].lower)) return false;
  const prev = tokens[from - 1];
  return prev === undefined || DETERMINERS.has(prev.lower) || isPossessive(text, prev);
}

/** Words that may stand between "of" and the first word of an inverted term: "outcomes of [the] [Supreme] court cases". */
const INVERSION_GAP = 2;

/**
 * Two-word terms written the other way round with "of": "outcomes of Supreme Court cases" is a case
 * outcome. Between "of" and the term's first word stand at most a determiner and INVERSION_GAP words set
 * off by spaces only; found this way, a term is weak evidence ("the length of the sentence" is seldom a
 * sentence length in the justice sense). A person "for" what they seek is the term as written: a "candidate
 * for the job" is a job candidate, an "applicant for a visa" a visa applicant.
 */
function invertedEntries(text: string, tokens: readonly WordToken[], heads: Map<string, Entry[]>, people: Set<string>): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const entries = heads.get(tokens[i].lemma);
    const seeker = people.has(tokens[i].lemma) && tokens[i + 1].lower === 'for';
    if (!entries || (tokens[i + 1].lower !== 'of' && !seeker) || !/^ +$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) continue;
    let k = i + 2;
    if (k < tokens.length && DETERMINERS.has(tokens[k].lower)) k++;
    for (let gap = 0; k < tokens.length && gap <= INVERSION_GAP; gap++, k++) {
      if (!/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      const e = entries.find((x) => x.lemmas[0] === tokens[k].lemma);
      if (e) {
        // The word must end its noun phrase: in "the outcome of each case study" the case is a study's.
        const next = tokens[k + 1];
        if (next && /^ +$/.test(text.slice(tokens[k].end, next.start)) && !FUNCTION_WORDS.has(next.lower)) break;
        // Read the other way round with "of", the words are weaker evidence than the term as written.
        out.push({ entry: e.weight === 1 || seeker ? e : { ...e, weight: 1 }, from: i, to: k + 1 });
        break;
      }
      if (FUNCTION_WORDS.has(tokens[k].lower)) break;
    }
  }
  return out;
}

/** Verbs of refusal, which take an infinitive: "refuse to", "declines to". */
const REFUSAL_VERBS = new Set(['refuse', 'decline']);

/** Words between the writers and their refusal besides a subject's adverbs: "we have declined", "we routinely turn down". */
const BEFORE_REFUSAL = new Set(['have', 'had', 'routinely']);

/** Whether the act is a refusal with the writers as its subject ("we decline", "I have turned down"). */
function refusedByWriter(tokens: readonly WordToken[], act: Evidence): boolean {
  if (!REFUSAL_VERBS.has(act.entry.lemmas[0]) && act.entry.lemmas[0] !== 'reject' && act.entry.lemmas.join(' ') !== 'turn down') return false;
  let k = act.from - 1;
  while (k >= 0 && (SUBJECT_ADVERBS.has(tokens[k].lower) || BEFORE_REFUSAL.has(tokens[k].lower))) k--;
  return k >= 0 && (tokens[k].lower === 'we' || tokens[k].lower === 'i');
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'each', 'every', 'their', 'its', 'his', 'her', 'our', 'your', 'all', 'any']);

/** Whether the entry's words stand at `i` with one word inserted before its last: "set the [monthly] rent". */
function withModifier(tokens: readonly WordToken[], lemmas: readonly string[], i: number): boolean {
  const n = lemmas.length;
  for (let k = 1; k < n - 1; k++) if (tokens[i + k].lemma !== lemmas[k]) return false;
  return tokens[i + n].lemma === lemmas[n - 1];
}

/**
 * Whether a modifier set into a compound is a term of another domain on its own: "recorded suspect interviews" are
 * a suspect's, not a job applicant's "recorded interviews".
 */
function namesOtherDomain(index: Map<string, Entry[]>, modifier: WordToken, e: Entry): boolean {
  return (index.get(modifier.lemma) ?? []).some((m) => m.lemmas.length === 1 && m.domain !== e.domain);
}

/** Whether a two-word entry starts at token `k` ("final [exam marks]" is an exam mark, not a final mark). */
function startsPair(index: Map<string, Entry[]>, tokens: readonly WordToken[], k: number): boolean {
  return (index.get(tokens[k].lemma) ?? []).some((e) => e.lemmas.length === 2 && e.lemmas[1] === tokens[k + 1]?.lemma);
}

/** Function words that join or relate two nouns rather than modify the second ("health and insurance"). */
const FUNCTION_WORDS = new Set(['and', 'or', 'nor', 'but', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'not', 'no', 'per', 'vs', 'versus', 'than', 'into', 'via', 'its', 'their', 'his', 'her', 'our', 'your', 'who', 'which', 'whose']);

/** Whether token `k` stands between its neighbours as a modifier: a content word set off by spaces only. */
function isModifier(text: string, tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k];
  if (FUNCTION_WORDS.has(t.lower) || /^\d/.test(t.lower)) return false;
  return /^ +$/.test(text.slice(tokens[k - 1].end, t.start)) && /^ +$/.test(text.slice(t.end, tokens[k + 1].start));
}

/** Acts of telling someone: their object is who is told ("alerts security staff"), not who is decided about. */
const ADDRESSING = new Set(['alert', 'notify', 'warn', 'page']);
/** How many words may stand between an act of telling and the role it tells: "alerts the security staff". */
const ADDRESSEE_MODIFIERS = 3;

/** Auxiliaries that may stand between a role and an act of telling in the passive: "staff have been alerted". */
const PASSIVE_AUXILIARY_WORDS = 2;

/** Whether a term is the role an act of telling addresses: "alerts security staff" tells the staff. */
function addressedBy(tokens: readonly WordToken[], act: Evidence, e: Evidence, deciders: Set<string>): boolean {
  if (act.to - act.from !== 1 || !(ADDRESSING.has(tokens[act.from].lemma) || ALERTING.has(tokens[act.from].lower))) return false;
  // In the passive the role stands before: "staff are alerted", "the on-call team is paged".
  if (e.to <= act.from) {
    const between = tokens.slice(e.to, act.from);
    return between.length > 0 && between.length <= PASSIVE_AUXILIARY_WORDS && between.every((t) => PASSIVE_BEFORE_ACT.has(t.lower) || t.lower === 'get' || t.lower === 'gets') && deciders.has(tokens[e.to - 1].lemma);
  }
  if (e.from < act.to || e.to - act.to > ADDRESSEE_MODIFIERS + 1) return false;
  return deciders.has(tokens[e.to - 1].lemma);
}

/** Fixed expressions whose words are acts elsewhere: "in order to", "an order of magnitude", "purchase orders", "grade level". */
const FIXED_EXPRESSIONS = new Set(['find out', 'pick up', 'in order', 'order of', 'purchase order', 'court order', 'work order', 'restraining order', 'removal order', 'deportation order', 'standing order', 'sort of', 'kind of', 'opening hours', 'opening times', 'open data', 'grade level', 'grade levels', 'grade school', 'interest rate', 'percentage rate', 'exchange rate', 'on screen', 'set off', 'be clear', 'crystal clear', 'open day', 'open days', 'open evening', 'open evenings']);

/** Words after "in the order" that open whoever names the sequence: "in the order the practice direction requires". */
const SEQUENCE_NAMERS = new Set(['the', 'a', 'their', 'your', 'its', 'they', 'you']);

/** Words after "can be found" that say where: "at https://...", "in the appendix", "here". */
const WHERE_KEPT = new Set(['at', 'in', 'on', 'here', 'under', 'via', 'online']);

/** Particles a verb takes to make a noun when a hyphen joins them: "a log-in", "competency sign-off", "check-in". */
const NOUN_PARTICLES = new Set(['in', 'off', 'up', 'out', 'on', 'over', 'down', 'back']);

/**
 * Whether an act is a verb and particle joined by a hyphen into a noun: "your log-in for the console", "complete
 * competency sign-off". A prefix before a verb ("auto-approve", "re-order") is no particle after one.
 */
function isHyphenedNoun(text: string, tokens: readonly WordToken[], ev: { from: number; to: number }): boolean {
  // Opening a sentence or an item it is an imperative ("Screen-out unsuitable applicants."); after a modal, "to" or
  // a subject it is still the verb, hyphen or not ("the scheduler can sign-off shifts"). A noun has a word before it.
  const prev = tokens[ev.from - 1];
  if (prev === undefined || !/^\s+$/.test(text.slice(prev.end, tokens[ev.from].start)) || VERB_OPENERS.has(prev.lower)) return false;
  const last = tokens[ev.to - 1];
  const next = tokens[ev.to];
  if (next !== undefined && NOUN_PARTICLES.has(next.lower) && text.slice(last.end, next.start) === '-') return true;
  return ev.to - ev.from > 1 && NOUN_PARTICLES.has(last.lower) && text.slice(tokens[ev.to - 2].end, last.start) === '-';
}

/** Whether a one-word act is part of a fixed expression with the word before or after it. */
export function inFixedExpression(tokens: readonly WordToken[], ev: { from: number; to: number }): boolean {
  if (ev.to - ev.from !== 1) return false;
  const { lemma, lower } = tokens[ev.from];
  const prev = tokens[ev.from - 1];
  const next = tokens[ev.to];
  // "in the order the practice direction requires": a sequence another names ("in the order set by the model" ranks).
  if (lower === 'order' && prev?.lower === 'the' && tokens[ev.from - 2]?.lower === 'in' && next !== undefined && SEQUENCE_NAMERS.has(next.lower)) return true;
  // "The cases can be found at https://case.law": where something is kept.
  if (lower === 'found' && prev?.lower === 'be' && next !== undefined && WHERE_KEPT.has(next.lower)) return true;
  return (prev !== undefined && FIXED_EXPRESSIONS.has(`${prev.lower} ${lemma}`)) || (next !== undefined && (FIXED_EXPRESSIONS.has(`${lemma} ${next.lower}`) || FIXED_EXPRESSIONS.has(`${lower} ${next.lower}`)));
}

/** An act that only reports how the model was tested or scored, not what it does. */
function isTestingIdiom(text: string, tokens: readonly WordToken[], ev: Evidence): boolean {
  // "de-identified", "non-clinical": a prefix that undoes or negates the act.
  const first = tokens[ev.from];
  const prev = tokens[ev.from - 1];
  if (prev && text.slice(prev.end, first.start) === '-' && NEGATING_PREFIXES.has(prev.lower)) return true;
  const next = tokens[ev.to];
  if (!next) return false;
  // "scores 0.91 AUC on chest X-rays", "ranks 3rd": a figure about the model, not a decision it makes. A count of
  // what it acts on is its object: "has screened 2 million candidates", "scores 1,200 essays a day".
  if (/^\d/.test(next.lower) && MODEL_TESTING.has(ev.entry.lemmas[0]) && !countsObjects(text.slice(next.start))) return true;
  const between = text.slice(tokens[ev.to - 1].end, next.start);
  if (/^\s*$/.test(between) && (next.lower === 'on' || next.lower === 'against') && MODEL_TESTING.has(ev.entry.lemmas[0])) return true;
  // "evaluating the reasoning abilities of language models": what is tested is a model, not a person.
  if (MODEL_TESTING.has(ev.entry.lemmas[0])) {
    for (let k = ev.to; k < tokens.length && k <= ev.to + TESTED_OBJECT_SPAN; k++) {
      if (TESTED_THINGS.has(tokens[k].lemma) || (MACHINE_ROLES.has(tokens[k].lemma) && k > 0 && MACHINE_QUALIFIERS.has(tokens[k - 1].lower))) return true;
      // Who tests is no object: "pre-screened by the model".
      if (TESTED_OBJECT_ENDS.has(tokens[k].lower)) break;
    }
  }
  // "the hiring manager", "screening committee": an act's -ing form naming who does it, not an act; "onboarding
  // material", "screening questions": one naming what a text is about.
  if (!/^\s+$/.test(between)) return false;
  if (/ing$/.test(tokens[ev.to - 1].lower)) return ROLE_NOUNS.has(next.lemma) || INFORMATION_NOUNS.has(next.lower) || MATERIAL_NOUNS.has(next.lower);
  // So does a bare act after a word that opens a noun phrase: "clinical administrators and triage staff",
  // "the intake team" ("Screen staff for burnout" opens with its act).
  return ev.to - ev.from === 1 && first.lemma === first.lower && prev !== undefined && NOUN_PHRASE_OPENERS.has(prev.lower) && ROLE_NOUNS.has(next.lemma);
}

/** Acts that class their objects as something: "classifies people ... as good or bad credit risks". */
const CLASSING = new Set(['classify', 'categorise', 'categorize', 'label', 'rate', 'mark', 'flag', 'grade', 'tag', 'rank', 'score', 'identify', 'assess', 'judge']);
/** Words after "as" within which the class is named: "as good or bad credit risks". */
const AS_PREDICATE_SPAN = 5;

/** A link to a web page, with its text. */
const WEB_LINK = /\[([^\]\n]{3,80})\]\((?:https?:\/\/|www\.)[^)\s]*\)/g;
/** Short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|and|or|for|in|on|at|to|by|with|from|via|vs)$/;

/**
 * [start, end) of the text of each link whose words are a title: the name of a paper, a data set, an API or a
 * competition ("[Google Fact Check Tools API](https://...)"). A link in running words ("[screens applicants](...)") is none.
 */
function titledLinks(text: string): [number, number][] {
  if (!text.includes('](')) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(WEB_LINK)) {
    const words = m[1].split(/[\s:,/-]+/).filter((w) => /\p{L}/u.test(w));
    if (words.length >= 2 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.test(w))) out.push([m.index + 1, m.index + 1 + m[1].length]);
  }
  return out;
}

/** The titled links of the last text asked about: a text's clauses are read one by one, its links found once. */
let titledLinksMemo: { text: string; spans: [number, number][] } | undefined;

function titledLinksOf(text: string): [number, number][] {
  if (titledLinksMemo?.text !== text) titledLinksMemo = { text, spans: titledLinks(text) };
  return titledLinksMemo.spans;
}

/** A whole count and the noun after it: "2 million candidates", "1,200 essays", "12k applicants". */
const COUNT_AND_NOUN = /^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:million|thousand|hundred|billion|[km])|\d+)\s+(\p{L}[\p{L}-]*)/iu;
/** Words after a count that make it a figure: a unit, a measure or a scale ("92 on the test set", "85 points", "3 classes"). */
const FIGURE_WORDS = new Set(['on', 'in', 'at', 'of', 'out', 'for', 'and', 'or', 'to', 'per', 'percent', 'percentage', 'points', 'point', 'pts', 'auc', 'f1', 'accuracy', 'precision', 'recall', 'map', 'bleu', 'rouge', 'wer', 'cer', 'mae', 'rmse', 'iou', 'dice', 'kappa', 'overall', 'place', 'classes', 'class', 'categories', 'category', 'levels', 'level', 'labels', 'bands', 'times', 'stars', 'higher', 'lower', 'better', 'worse', 'above', 'below', 'correct', 'right', 'wrong']);

/** Whether a text opens with a whole count of things named after it, not with a figure: "2 million candidates", not "0.91 AUC" or "92 on". */
function countsObjects(after: string): boolean {
  const m = COUNT_AND_NOUN.exec(after);
  return m !== null && !FIGURE_WORDS.has(m[1].toLowerCase());
}

/** Verbs that, before an -ing form, say when something else is done: "has stopped pulling from the queue". */
const ASPECT_VERBS = new Set(['stop', 'start', 'restart', 'halt', 'pause', 'keep', 'resume', 'cease']);

/** An act word that only begins, ends or keeps up the -ing verb after it: "stopped pulling", "keeps sending". */
function isAspectual(tokens: readonly WordToken[], ev: Evidence): boolean {
  const next = tokens[ev.to];
  return ev.to - ev.from === 1 && ASPECT_VERBS.has(tokens[ev.from].lemma) && next !== undefined && /^[a-z]{3,}ing$/.test(next.lower) && !NOT_GERUNDS.has(next.lower);
}
/**
 * An act's bare word right after "be" and before a colon or a comma ("To be clear: ...", "to be fair, ..."): an
 * adjective that opens a remark, acting on nothing.
 */
function isRemarkOpening(text: string, tokens: readonly WordToken[], ev: Evidence): boolean {
  if (ev.to - ev.from !== 1 || ev.from === 0 || tokens[ev.from - 1].lower !== 'be') return false;
  return tokens[ev.from].lemma === tokens[ev.from].lower && /^\s*[:,]/.test(text.slice(tokens[ev.from].end));
}

/** Words in -ing that are no verb form: "stopped during the storm", "keeps nothing". */
const NOT_GERUNDS = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'thing', 'ceiling']);

/** How the authors say they are hiring: "We're hiring", "we are now hiring", "I am hiring". */
const FIRST_PERSON_BE = new Set(["we're", "i'm", 'are', 'am']);
/** Adverbs between the authors' "are" and "hiring": "we are now hiring". */
const HIRING_ADVERBS = new Set(['now', 'currently', 'also', 'actively', 'still']);

/** The authors recruiting for themselves ("We're hiring a technical writer", "We're hiring!"): a job advert, not an act of the release. */
function recruitsForSelf(tokens: readonly WordToken[], ev: Evidence): boolean {
  if (ev.to - ev.from !== 1 || tokens[ev.from].lower !== 'hiring') return false;
  let k = ev.from - 1;
  while (k >= 0 && HIRING_ADVERBS.has(tokens[k].lower)) k--;
  if (k < 0 || !FIRST_PERSON_BE.has(tokens[k].lower)) return false;
  return tokens[k].lower.includes("'") || (k > 0 && (tokens[k - 1].lower === 'we' || tokens[k - 1].lower === 'i'));
}

/** How writers give their own post: "I am", "I'm", "I was", "I worked as". */
const OWN_POST = /^(?:i\s+(?:am|was|have\s+been|had\s+been|worked\s+as|work\s+as)|i'm)$/;
/** Verbs of making a release: after one, the act is what was made ("I am a recruiter and built a tool screening CVs"). */
const MAKING = new Set(['build', 'built', 'develop', 'train', 'create', 'design', 'deploy', 'ship', 'write', 'wrote', 'make', 'made', 'launch', 'release']);
/** How many words may stand between the writer's "I am" and the act its post does: "I am HR manager since 10 years in Lagos, recruiting". */
const OWN_POST_SPAN = 10;

/**
 * The writer's own post and what it does: "I am HR manager since 10 years in Lagos, recruiting for oil and gas
 * companies". An -ing act after "I am" and a deciding role, with no release between, is the writer's work, not an
 * act of the release ("I am a recruiter and built a model screening CVs" names one).
 */
function writersOwnPost(tokens: readonly WordToken[], act: Evidence, deciders: Set<string>): boolean {
  if (!/ing$/.test(tokens[act.from].lower)) return false;
  let role = false;
  for (let k = act.from - 1; k >= 0 && k >= act.from - OWN_POST_SPAN; k--) {
    const t = tokens[k];
    if (RELEASE_NOUNS.has(t.lemma) || MAKING.has(t.lemma) || MAKING.has(t.lower)) return false;
    if (deciders.has(t.lemma)) role = true;
    const post = [1, 2, 3].some((n) => k - n + 1 >= 0 && OWN_POST.test(tokens.slice(k - n + 1, k + 1).map((w) => w.lower).join(' ')));
    if (post) return role;
  }
  return false;
}

/** Words after which a bare act and a role noun make one noun phrase: "and triage staff", "the intake team". */
const NOUN_PHRASE_OPENERS = new Set([...DETERMINERS, 'and', 'or', 'of', 'for', 'by', 'with', 'from']);

/** Nouns of written material an -ing form may describe: "onboarding material", "grading rubric". */
const MATERIAL_NOUNS = new Set(['material', 'materials', 'guide', 'guides', 'guideline', 'guidelines', 'handbook', 'handbooks', 'manual', 'manuals', 'rubric', 'rubrics', 'template', 'templates', 'checklist', 'checklists', 'policy', 'policies', 'form', 'forms', 'pack', 'packs', 'slides', 'course', 'courses', 'module', 'modules', 'tips', 'advice']);

/** What a testing act may test besides people: "evaluating the reasoning abilities of language models". */
const TESTED_THINGS = new Set(['model', 'llm', 'classifier', 'system', 'algorithm', 'network', 'detector', 'checkpoint', 'encoder', 'baseline', 'method']);
/** Roles people hold that software holds too when a qualifier says so: "a sales AI agent", "an LLM assistant". */
const MACHINE_ROLES = new Set(['agent', 'assistant']);
const MACHINE_QUALIFIERS = new Set(['ai', 'llm', 'software', 'conversational', 'autonomous', 'virtual', 'coding', 'chat']);
/** Words that end a testing act's object. */
const TESTED_OBJECT_ENDS = new Set(['and', 'to', 'for', 'by', 'with', 'using', 'via', 'through']);
/** How far a testing act's object may name what it tests. */
const TESTED_OBJECT_SPAN = 6;

/** Nouns of things written or said: what follows their "about" is a topic ("articles about crime"). */
const INFORMATION_NOUNS = new Set(['article', 'articles', 'news', 'story', 'stories', 'text', 'texts', 'document', 'documents', 'post', 'posts', 'tweet', 'tweets', 'message', 'messages', 'comment', 'comments', 'question', 'questions', 'headline', 'headlines', 'book', 'books', 'blog', 'blogs', 'content', 'podcast', 'podcasts', 'video', 'videos', 'essay', 'essays', 'paper', 'papers', 'report', 'reports', 'review', 'reviews', 'discussion', 'discussions', 'conversation', 'conversations', 'fact', 'facts', 'information', 'statistics', 'trivia', 'quiz', 'quizzes', 'ticket', 'tickets', 'complaint', 'complaints', 'email', 'emails', 'query', 'queries', 'enquiry', 'enquiries', 'inquiry', 'inquiries', 'talk', 'talks', 'lecture', 'lectures', 'presentation', 'presentations', 'webinar', 'webinars', 'keynote', 'keynotes', 'seminar', 'seminars', 'tutorial', 'tutorials', 'lesson', 'lessons', 'abstract', 'abstracts', 'thesis', 'dissertation', 'explainer', 'explainers', 'briefing', 'briefings', 'study', 'studies']);
/** Units of a text: what follows their "in" or "from" is the document they are found in ("named entities in a legal judgement"). */
const TEXT_UNIT_NOUNS = new Set(['entity', 'entities', 'mention', 'mentions', 'span', 'spans', 'keyword', 'keywords', 'sentence', 'sentences', 'clause', 'clauses', 'citation', 'citations', 'token', 'tokens', 'phi', 'pii', 'identifier', 'identifiers']);
const CONTAINER_LINKS = new Set(['in', 'within', 'from', 'across']);
const TOPIC_LINKS = new Set(['about', 'regarding', 'concerning', 'on']);
/** Nouns of topics, whose examples follow them: "topics such as ...", "subjects including ...". */
const TOPIC_NOUNS = new Set(['topic', 'topics', 'subject', 'subjects', 'theme', 'themes']);
/** Words that open the examples of a topic. */
const EXAMPLE_LINKS = new Set(['such', 'including', 'like']);
/** How many words after "about" the topic of an information noun may run. */
const TOPIC_SPAN = 4;

/** Nouns whose question may follow them without "about": "questions where to find ...". */
const QUESTION_NOUNS = new Set(['question', 'questions', 'query', 'queries']);
/** Question words that open an indirect question, not a relative clause ("which", "who" do both). */
const INDIRECT_QUESTION = new Set(['how', 'where', 'whether', 'why', 'what']);

/** Token indices that stand in the topic of an information noun ("questions about [hospital parking]") or the document of a text's units ("entities in [a legal judgement]"). */
function topicWords(tokens: readonly WordToken[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    // "questions where to find their documents": a question word right after "questions" opens their topic.
    if (QUESTION_NOUNS.has(tokens[i - 1].lower) && INDIRECT_QUESTION.has(tokens[i].lower)) {
      for (let k = i; k < tokens.length; k++) out.add(k);
      continue;
    }
    // "lessons on everyday topics, such as registering with a doctor": the examples of a topic are topics too.
    if (TOPIC_NOUNS.has(tokens[i - 1].lower) && EXAMPLE_LINKS.has(tokens[i].lower) && (tokens[i].lower !== 'such' || tokens[i + 1]?.lower === 'as')) {
      for (let k = i; k < tokens.length && k <= i + 1 + TOPIC_SPAN; k++) out.add(k);
      continue;
    }
    const unitIn = TEXT_UNIT_NOUNS.has(tokens[i - 1].lower) && CONTAINER_LINKS.has(tokens[i].lower);
    // "interviewed 60 exam markers about what changed": whom a study asks stands between its verb and "about".
    const askedAbout = tokens[i].lower === 'about' && tokens.slice(Math.max(0, i - 1 - ASKED_SPAN), i - 1).some((t) => ASKING.has(t.lower));
    if (!unitIn && !askedAbout && (!TOPIC_LINKS.has(tokens[i].lower) || !(INFORMATION_NOUNS.has(tokens[i - 1].lower) || (TELLING.has(tokens[i - 1].lower) && tokens[i].lower === 'about')))) continue;
    // "questions about how repayments are calculated": a question word makes the rest of the clause the topic.
    const end = QUESTION_WORDS.has(tokens[i + 1]?.lower ?? '') ? tokens.length - 1 : i + TOPIC_SPAN;
    for (let k = i + 1; k < tokens.length && k <= end; k++) out.add(k);
  }
  return out;
}

/** Verbs of a study asking people, whose "about" after them names a topic: "we interviewed 60 markers about ...". */
const ASKING = new Set(['interviewed', 'surveyed', 'asked', 'questioned', 'consulted', 'polled', 'interview', 'survey', 'interviewing', 'surveying']);
/** How many words may name whom the study asks, between its verb and "about". */
const ASKED_SPAN = 4;

/** Verbs of saying whose "about" names a topic: "nothing it says about symptoms or doses". */
const TELLING = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'talk', 'talks', 'ask', 'asks', 'asked', 'learn', 'learns', 'know', 'knows', 'read', 'reads', 'write', 'writes', 'wrote', 'explain', 'explains']);
/** Words that open an indirect question. */
const QUESTION_WORDS = new Set(['how', 'why', 'what', 'whether', 'when', 'where', 'which', 'who']);
/** Those that open an act's object; "when" and "where" as often open a clause of time or place ("warns you when ..."). */
const QUESTION_OBJECTS = new Set(['how', 'what', 'whether', 'which', 'who', 'whom']);

/** Determiners that name whose a thing is. */
const POSSESSIVE_DETERMINERS = new Set(['their', 'its', 'his', 'her', 'our', 'your', 'my']);

/** Words a bare verb may follow ("to flag in", "we flag in", "can screen in"): before them the bare form is no noun. */
const VERB_OPENERS = new Set(['to', 'and', 'or', 'not', 'we', 'you', 'they', 'i', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'also', 'then', 'automatically', 'please']);

/** A cardinal number, in digits or words. */
const NUMBER_WORD = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|several|many|multiple)$/;

/** Words that say who a term names is made up: "synthetic fingerprints", "fake applicants". */
export const MADE_UP = new Set(['synthetic', 'fake', 'dummy', 'mock', 'simulated', 'fictional', 'fictitious', 'imaginary', 'generated']);

/** Words after which an act is rehearsed or made up, not done: "can practise interviews with a chatbot", "mock interviews". */
const REHEARSED_BY = new Set([...MADE_UP, 'practise', 'practises', 'practised', 'practising', 'practice', 'practices', 'practiced', 'practicing', 'rehearse', 'rehearses', 'rehearsed', 'rehearsing']);

/** Words after an act that negate its object: "recommends no products", "shares nothing". */
const NO_OBJECT = new Set(['no', 'nothing', 'none']);

/**
 * "Rental listings: price, floor area, rooms and postcode", "(asking rent or price, floor area)": a bare act word
 * that stands as one item of a list, with no act as the next item, names a field of the data, not an act.
 * "Features: score, rank, flag" lists acts; "will price, then" has no list before it.
 */
function listedAmongNouns(text: string, tokens: readonly WordToken[], act: Evidence, acts: readonly Evidence[]): boolean {
  if (act.to - act.from !== 1 || act.from === 0 || act.to >= tokens.length) return false;
  const word = tokens[act.from];
  const prev = tokens[act.from - 1];
  if (/ed$/.test(word.lower)) return false;
  // A separator right before the word opens its item; after "or" or "and" it stands a little further back
  // ("(asking rent or price, ...").
  const opensItem = LIST_JOINS.has(prev.lower)
    ? /[,:;(]/.test(text.slice(Math.max(0, prev.start - LIST_JOIN_LOOKBACK), prev.start))
    : /[,:;(]\s*$/.test(text.slice(prev.end, word.start));
  if (!opensItem || !/^\s*,\s*$/.test(text.slice(word.end, tokens[act.to].start))) return false;
  const next = tokens[act.to];
  // The next item an act too makes a list of acts ("screen, shortlist applicants"); a field's name is none ("grade, hire_date").
  return !FUNCTION_WORDS.has(next.lower) && !VERB_OPENERS.has(next.lower) && !acts.some((a) => a.from === act.to && !joinedByUnderscore(text, tokens, a));
}

/** Whether words are joined by "_" to each other or to their neighbours, as in an identifier: "hire" in "hire_date". */
function joinedByUnderscore(text: string, tokens: readonly WordToken[], e: { from: number; to: number }): boolean {
  if (text[tokens[e.from].start - 1] === '_' || text[tokens[e.to - 1].end] === '_') return true;
  for (let k = e.from + 1; k < e.to; k++) if (text.slice(tokens[k - 1].end, tokens[k].start).includes('_')) return true;
  return false;
}
/** Words that join the items of a list. */
const LIST_JOINS = new Set(['or', 'and']);
/** How many characters before a joining word a list's separator may stand: "asking rent or". */
const LIST_JOIN_LOOKBACK = 40;

const ARTICLES = new Set(['the', 'a', 'an']);
/** Acts' words that are in the first place names of things (a gate, a band, a match). */
const NOUNS_FIRST = new Set(['gate', 'band', 'bucket', 'tier', 'tag', 'match', 'block', 'surface', 'watch', 'clear', 'spot', 'pick', 'freeze', 'pause', 'change', 'rota', 'roster']);
/** Prepositions after such a plural that leave it a noun. */
const PLURAL_NOUN_LINKS = new Set(['in', 'to', 'of', 'on', 'over', 'across', 'between']);
/** Words after which an -s form is a plural noun, not a verb: "their scores", "of base rates". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'their', 'its', 'our', 'his', 'her', 'your', 'my', 'these', 'those', 'such', 'of', 'with', 'in', 'on', 'by', 'from', 'into', 'than', 'base', 'high', 'low', 'higher', 'lower', 'average', 'overall', 'final']);

/** Words after a plural noun that end its phrase: "rates and values", "rates across the county". */
const PLURAL_PHRASE_END = new Set(['and', 'or', 'of', 'per', 'for', 'in', 'across', 'over', 'from', 'at', 'by', 'are', 'were', 'have', 'had']);
/** Whether a word is a one-word term of some domain: an act's word right after it may make a compound with it. */
function afterOneWordTerm(prev: WordToken, vocab: CompiledVocabulary): boolean {
  return (vocab.terms.get(prev.lemma) ?? []).some((e) => e.lemmas.length === 1);
}

/**
 * An act's word standing as a noun: an -s form as a plural ("the scores", "platform-wide base rates"), or a
 * weak act's bare form before "of" ("a held-out set of listings", "a rate of"). Nouns of action
 * ("assessment of", "screening of") and words strong as acts somewhere ("triage of") stay acts.
 */
/** How many modifiers may stand between an article and the noun they modify. */
const MODIFIER_RUN = 5;

/**
 * Whether the words before token `at` are an article and then only modifiers that cannot be verbs' subjects:
 * -ing and -ed forms and words joined by hyphens ("an out-of-date switching schedule"). A plural between them
 * may be the subject of a verb ("the officers rank"), and ends the run.
 */
function afterArticleAndModifiers(text: string, tokens: readonly WordToken[], at: number): boolean {
  let k = at - 1;
  let modifiers = 0;
  while (k >= 0 && modifiers < MODIFIER_RUN) {
    const t = tokens[k];
    const hyphened = /^-$/.test(text.slice(t.end, tokens[k + 1].start)) || (k > 0 && /^-$/.test(text.slice(tokens[k - 1].end, t.start)));
    if (!hyphened && !/..(?:ing|ed)$/.test(t.lower)) break;
    if (!/^[\s-]+$/.test(text.slice(t.end, tokens[k + 1].start))) return false;
    modifiers++;
    k--;
  }
  return modifiers > 0 && k >= 0 && ARTICLES.has(tokens[k].lower) && /^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start));
}

/** Prepositions that open a place or a group something ends up in. */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'to', 'from', 'on', 'onto', 'at', 'within']);
/** How many plain words may stand between the article and the noun: "the top maths set". */
const PLACE_MODIFIERS = 3;

/**
 * Whether an act's word is the last of a phrase opened by a preposition and an article, and its clause ends (or
 * goes on with "for"): "in the bottom set", "into the top maths set for Year 8".
 */
function closesPrepositionalPhrase(text: string, tokens: readonly WordToken[], ev: Evidence): boolean {
  const next = tokens[ev.to];
  const word = tokens[ev.from];
  if (next !== undefined && next.lower !== 'for' && !/[.,;:!?)]/.test(text.slice(word.end, next.start))) return false;
  let k = ev.from - 1;
  while (k >= 0 && ev.from - 1 - k < PLACE_MODIFIERS && !ARTICLES.has(tokens[k].lower) && !FUNCTION_WORDS.has(tokens[k].lower)) k--;
  if (k < 1 || !ARTICLES.has(tokens[k].lower) || !PLACE_PREPOSITIONS.has(tokens[k - 1].lower)) return false;
  return /^[\s-]+$/.test(text.slice(tokens[k - 1].end, word.start).replace(/[\p{L}\d]+/gu, ''));
}

function isNounForm(text: string, tokens: readonly WordToken[], ev: Evidence, vocab: CompiledVocabulary): boolean {
  if (ev.to - ev.from !== 1) return false;
  const word = tokens[ev.from];
  if (ev.entry.weight === 1 && word.lemma === word.lower && !NOUN_OF_ACTION.test(word.lower)) {
    if (tokens[ev.to]?.lower === 'of' && !vocab.strongActs.has(word.lemma)) return true;
    // Before "in" after a word that cannot stand before a verb: "cognitive decline in patients", "a rate in".
    const before = tokens[ev.from - 1];
    if (tokens[ev.to]?.lower === 'in' && before && !/[.:;!?]/.test(text.slice(before.end, word.start)) && !VERB_OPENERS.has(before.lower)) return true;
    // After an article and a participle no verb can stand: "below the advertised rent", "an estimated rate".
    if (ev.from >= 2 && ARTICLES.has(tokens[ev.from - 2].lower) && /ed$/.test(before.lower) && !vocab.strongActs.has(word.lemma)) return true;
    // So can none after an article and modifiers that are participles or hyphenated words: "an out-of-date switching
    // schedule". A release's output ("the sepsis-risk score") and one that acts ("the video-interview scorer") stay acts.
    if (afterArticleAndModifiers(text, tokens, ev.from) && !vocab.strongActs.has(word.lemma) && !OUTPUT_NOUNS.has(word.lower) && !/er$/.test(word.lower)) return true;
    // So can none after a preposition, an article and plain words, where its clause ends: "ended up in the bottom
    // set", "puts each child in a set." ("in the morning set the rota" goes on to an object).
    // A doer stays one ("upload every CV to the screener", "handed to the judge"), and so does a release's output.
    if (closesPrepositionalPhrase(text, tokens, ev) && !vocab.strongActs.has(word.lemma) && !vocab.people.has(word.lemma) && !OUTPUT_NOUNS.has(word.lower) && !/er$/.test(word.lower)) return true;
    // A bare form right before a singular "is" or "was" is its subject: "the word error rate was 11.2%" ("to rate is"
    // aside). A release's output stays the act it hands over: "whose repayment-risk estimate is above the threshold".
    const after = tokens[ev.to];
    if (after && (after.lower === 'is' || after.lower === 'was') && /^\s+$/.test(text.slice(word.end, after.start)) && before?.lower !== 'to' && !OUTPUT_NOUNS.has(word.lower)) return true;
  }
  // A thing's name first, in the plural before a preposition, is that thing: "Changes in the substation load",
  // "tags on each photo" ("changes the green times" acts).
  if (NOUNS_FIRST.has(word.lemma) && word.lemma !== word.lower && /s$/.test(word.lower) && tokens[ev.to] !== undefined && PLURAL_NOUN_LINKS.has(tokens[ev.to].lower)) return true;
  // An -ing form before a plural and its "are" modifies that plural, the subject: "Hearing bundles are due".
  // A gerund with its object takes "is": "Screening applicants is slow".
  const [n1, n2] = [tokens[ev.to], tokens[ev.to + 1]];
  if (/ing$/.test(word.lower) && n1 && n2 && /[^s]s$/.test(n1.lower) && (n2.lower === 'are' || n2.lower === 'were') && /^\s+$/.test(text.slice(word.end, n1.start) + text.slice(n1.end, n2.start))) return true;
  // A noun of action right before a verb of study in the past is that verb's subject: "The impact evaluation used
  // anonymised loan repayment records", "the assessment drew on ...". What follows is its material, not what it
  // decides. A participle after it with a preposition ("the evaluation used in hiring") describes it instead.
  const [following, object] = [tokens[ev.to], tokens[ev.to + 1]];
  if (ACTION_NOUN.test(word.lower) && following !== undefined && object !== undefined && /^\s+$/.test(text.slice(word.end, following.start)) && STUDY_VERBS_PAST.has(following.lower) && !PARTICIPLE_LINKS.has(object.lower)) return true;
  // The first word of a sentence has no word before it, even after a topic clause lent its words ("Digital
  // forensics add-on. Ranks ..." is no "on ranks").
  if (ev.from === 0 || /[.:;!?]/.test(text.slice(tokens[ev.from - 1].end, word.start))) return pluralBeforePreposition(text, tokens, ev);
  const prev = tokens[ev.from - 1];
  if (inNounList(text, tokens, ev, vocab)) return true;
  // "Audit finding: the tool ...": a finding that labels what follows is a result, not an act of finding.
  if (/^findings?$/.test(word.lower) && /^\s*:/.test(text.slice(word.end, word.end + 3))) return true;
  // "The shortlist itself still comes from the hiring manager": "itself" right after a word makes it a noun.
  if (tokens[ev.to]?.lower === 'itself') return true;
  // Acts whose word is first a thing's name are that thing after an article: "release the gate", "a match
  // above the threshold".
  if (ARTICLES.has(prev.lower) && NOUNS_FIRST.has(word.lower)) return true;
  // After a noun's possessive an act's word is a noun: "the housing association's blocks", "each candidate's rank",
  // and so is the second word of a compound that ends the phrase before its verb ("each shift's patrol routes are drawn").
  if (isPossessive(text, prev)) return true;
  // "the candidate's own profile page", "their own rank": "own" after a possessive leaves the next word a noun.
  if (prev.lower === 'own' && ev.from >= 2 && (isPossessive(text, tokens[ev.from - 2]) || POSSESSIVE_DETERMINERS.has(tokens[ev.from - 2].lower))) return true;
  const next = tokens[ev.to];
  if (ev.from >= 2 && isPossessive(text, tokens[ev.from - 2]) && !FUNCTION_WORDS.has(prev.lower) && (next === undefined || PHRASE_ENDS.has(next.lower))) return true;
  // An -ing form after a possessive determiner is a noun: "we text defendants their hearing time".
  if (/ing$/.test(word.lower) && POSSESSIVE_DETERMINERS.has(prev.lower)) return true;
  // A bare form between a one-word term and "is", "will" ...: "the liveness check is a weekend toy".
  if (word.lemma === word.lower && next !== undefined && PHRASE_ENDS.has(next.lower) && afterOneWordTerm(prev, vocab)) return true;
  // After a figure inside a sentence a bare or -ing form is no verb: "3 clear days", "2 screening rounds". A figure
  // opening its line numbers a section: "4.3 Triage of claims".
  const counter = tokens[ev.from - 2];
  if (/^\d/.test(prev.lower) && counter && /^[ \t]+$/.test(text.slice(counter.end, prev.start)) && (word.lemma === word.lower || /ing$/.test(word.lower)) && /^\s+$/.test(text.slice(prev.end, word.start))) return true;
  if (!/[^s]s$/.test(word.lower) || word.lemma === word.lower) return false;
  if (NOUN_MARKERS.has(prev.lower)) return true;
  // An -s form after an -ing word that ends the phrase is the compound's plural: "eviction filing rates and home
  // values"; with an object after it, it is the verb of a gerund subject ("Automated screening flags applicants").
  if (/..ing$/.test(prev.lower) && !/thing$/.test(prev.lower) && /^\s+$/.test(text.slice(prev.end, word.start)) && (next === undefined || PLURAL_PHRASE_END.has(next.lower) || /[,.;:!?)]/.test(text.slice(word.end, next.start)))) return true;
  // Ending its clause right after a one-word term, an -s form has nothing to act on: "... and exam scores".
  if (next === undefined && afterOneWordTerm(prev, vocab)) return true;
  // After a noun, an -s form before a modal is a plural noun, the subject: "so staff rotas can be planned". After its
  // subject it is a verb whose object clause lost its "that": "postcodes it predicts will flood", "whom our model predicts will".
  if (next !== undefined && SUBJECT_MODALS.has(next.lower) && /^\s+$/.test(text.slice(word.end, next.start)) && !VERB_SUBJECTS.has(prev.lower) && !VERB_AFTER.has(prev.lower) && !RELEASE_NOUNS.has(prev.lemma)) return true;
  // A count opening its noun phrase ("two human judges per essay", "3 flags", "52,000 unemployment benefit
  // sanctions"), or "use" before it ("insurers use credit-based insurance scores"): a plural noun.
  for (let k = ev.from - 1; k >= 0 && k >= ev.from - COUNTED_SPAN; k--) {
    // Words of one noun phrase are joined by spaces or a hyphen; a dash set off by spaces ("v2.1 - flags") ends it.
    if (!/^(?:\s+|-)$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    if (NUMBER_WORD.test(tokens[k].lower) || (k < ev.from - 1 && USE_FORMS.has(tokens[k].lower))) return true;
    if (!COUNTED_MODIFIER.test(tokens[k].lower) || FUNCTION_WORDS.has(tokens[k].lower) || QUESTION_WORDS.has(tokens[k].lower) || CIRCUMSTANCE.has(tokens[k].lower) || SUBJECT_PRONOUNS.has(tokens[k].lower)) break;
  }
  if (pluralBeforePreposition(text, tokens, ev)) return true;
  // An item of a list of plural nouns: "random names, diagnoses and vitals" (a list of acts, "screens,
  // diagnoses and treats", stays one). An item ends where the list goes on or the clause does: a word after
  // it is its object ("interviews with suspects, tells detectives which ...").
  const itemEnds = next === undefined || next.lower === 'and' || next.lower === 'or' || /[,;:)]/.test(text.slice(word.end, next.start));
  return itemEnds && /^\s*,\s*$/.test(text.slice(prev.end, word.start)) && /[^s]s$/.test(prev.lower) && prev.lemma !== prev.lower && !vocab.acts.has(prev.lemma);
}

/** Forms of "use", whose object a plural after modifiers is. */
const USE_FORMS = new Set(['use', 'uses', 'used', 'using']);
/** How many words may stand between a count (or "use") and the plural noun: "52,000 unemployment benefit sanctions", "use credit-based insurance scores". */
const COUNTED_SPAN = 4;
/** Words that may stand between the count and the noun: nouns and adjectives, not adverbs ("2024, where it trips" counts nothing). */
const COUNTED_MODIFIER = /^[a-z][a-z-]*[a-z]$/;

/** Modals that follow a clause's subject: "rotas can", "scores will". */
const SUBJECT_MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'should', 'must']);
/** Words that open a clause of purpose or cause: "so (that) job seekers can filter", "because patients must wait". */
const PURPOSE_OPENERS = new Set(['so', 'because']);
/** Words after which a clause with a subject of its own begins: those of purpose or cause, and of time or condition ("when patients choose"). */
const CLAUSE_OPENERS = new Set([...PURPOSE_OPENERS, 'when', 'whenever', 'while', 'once', 'until', 'unless', 'if']);

/** How many words a subject's "from" phrase may run before its verb: "Scores from this model must not". */
const SUBJECT_PHRASE = 5;

/**
 * An -s form followed straight by "from" or "of" that heads the phrase before a clause's verb is a plural
 * noun, the subject: "Scores from this model must not feed into final grades". As a verb it takes what it
 * acts on after the phrase ("Judges from the transcript whether ...").
 */
function pluralBeforePreposition(text: string, tokens: readonly WordToken[], ev: Evidence): boolean {
  const word = tokens[ev.from];
  const next = tokens[ev.to];
  if (!/[^s]s$/.test(word.lower) || word.lemma === word.lower || next === undefined || (next.lower !== 'from' && next.lower !== 'of') || !/^ +$/.test(text.slice(word.end, next.start))) return false;
  for (let k = ev.to + 1; k < tokens.length && k <= ev.to + SUBJECT_PHRASE; k++) if (PHRASE_ENDS.has(tokens[k].lower)) return true;
  return false;
}

/** Most words a list item may have to be a name in a list of fields or things: "interest rate", "employment length". */
const LIST_ITEM_WORDS = 3;

/**
 * Whether an act's word stands alone as an item of a list of names: three items or more, separated by
 * commas (the last may follow "and" or "or"), each of a few words, most of them not opening with an act
 * ("case_id, court, judge, charge, plea, verdict"; "loan amount, term, interest rate, grade"). A list of acts
 * ("screens, ranks and rejects applicants") is one of acts.
 */
function inNounList(text: string, tokens: readonly WordToken[], ev: Evidence, vocab: CompiledVocabulary): boolean {
  if (ev.to - ev.from !== 1 || !tokens.length) return false;
  // The clause cut into items at commas and at a last "and" / "or"; each item as its words.
  const items: WordToken[][] = [[]];
  for (let k = 0; k < tokens.length; k++) {
    const gap = k > 0 ? text.slice(tokens[k - 1].end, tokens[k].start) : '';
    // A colon opens a list ("calculator: enter principal, term and rate").
    if (gap.includes(',') || gap.includes(':')) items.push([]);
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'or') && items[items.length - 1].length) {
      items.push([]);
      continue;
    }
    items[items.length - 1].push(tokens[k]);
  }
  // The last item runs on to the clause's end: it is its first word when a function word follows it
  // ("enter principal, term and rate to get a table"), though not a determiner, which opens an act's object
  // ("arrears, complaints and disputes and tell the housing association which ...").
  const at = items.findIndex((it, k) => it[0] === tokens[ev.from] && (it.length === 1 || (k === items.length - 1 && k > 0 && FUNCTION_WORDS.has(it[1].lower) && !DETERMINERS.has(it[1].lower))));
  if (at < 0) return false;
  if (items[at].length > 1) items[at] = [items[at][0]];
  // The run of short items around it.
  const short = (it: WordToken[]) => it.length > 0 && it.length <= LIST_ITEM_WORDS;
  let from = at;
  let to = at;
  while (from > 0 && short(items[from - 1])) from--;
  while (to + 1 < items.length && short(items[to + 1])) to++;
  const run = items.slice(from, to + 1);
  if (run.length < 3) return false;
  const actOpened = run.filter((it) => vocab.acts.has(it[0].lemma)).length;
  return actOpened * 2 < run.length;
}

/** Words that follow a noun phrase, not an object: an auxiliary or a modal ("... routes are drawn", "... scores will"). */
const PHRASE_ENDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'get', 'gets', 'got', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'need', 'needs', 'stay', 'stays', 'remain', 'remains']);

/** Words whose "'s" is "is" or "has": "it's", "that's screening". */
const CONTRACTING = new Set(['it', 'that', 'this', 'what', 'there', 'here', 'who', 'he', 'she', 'where', 'how', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'one', 'let']);

/** Whether a token is a noun's possessive ("applicant's", "applicants'"), not a pronoun's contraction. */
function isPossessive(text: string, t: WordToken): boolean {
  if (CONTRACTING.has(t.lower)) return false;
  const c = text.charCodeAt(t.end - 1);
  const apostrophe = (x: number) => x === 39 || x === 0x2019;
  return ((c === 115 || c === 83) && apostrophe(text.charCodeAt(t.end - 2))) || (apostrophe(text.charCodeAt(t.end)) && /s$/i.test(t.lower) && !/\p{L}/u.test(text[t.end + 1] ?? ''));
}

/** The form of a text rather than its author or subject: "checks spelling and grammar in a student's essay". */
const FORM_WORDS = new Set(['spell', 'spelling', 'grammar', 'typo', 'typos', 'punctuation', 'formatting', 'layout', 'wording', 'phrasing', 'style', 'readability', 'verb', 'verbs', 'font', 'fonts', 'bullet', 'capitalisation', 'capitalization', 'rewrite', 'rewrites', 'rewording']);

/**
 * An act whose object is the form of a text ("fixes the layout", "suggests stronger verbs", "suggests a clearer
 * rewrite") or a compound that names that object before its hyphen ("spell-checks your résumé"): it decides nothing
 * about anyone. A pointing act at a part of a text is read with the acts of finding one (see `findsWords`).
 */
function actsOnForm(text: string, tokens: readonly WordToken[], act: Evidence): boolean {
  const before = tokens[act.from - 1];
  if (before && FORM_WORDS.has(before.lower) && text.slice(before.end, tokens[act.from].start) === '-') return true;
  for (let k = act.to; k < tokens.length && k <= act.to + 2; k++) if (FORM_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** Acts of pointing something out in a text: "highlights", "underlines", "flags", "marks". */
const POINTING = new Set(['highlight', 'underline', 'flag', 'mark']);
/** Parts of a text an act of pointing or finding may pick out: it reads the text, not its author or subject. */
const TEXT_PARTS = new Set(['word', 'words', 'sentence', 'sentences', 'clause', 'clauses', 'term', 'terms', 'phrase', 'phrases', 'passage', 'passages', 'paragraph', 'paragraphs', 'wording', 'wordings', 'expression', 'expressions', 'keyword', 'keywords', 'language']);

/** Records named by the act they document: "eviction court filings", "admission records", "diagnosis codes", "hearing dates". */
const RECORD_NOUNS = new Set(['record', 'records', 'filing', 'filings', 'notice', 'notices', 'letter', 'letters', 'email', 'emails', 'message', 'messages', 'log', 'logs', 'history', 'histories', 'code', 'codes', 'statistics', 'stats', 'rate', 'rates', 'count', 'counts', 'data', 'dataset', 'datasets', 'date', 'dates', 'time', 'times', 'schedule', 'schedules', 'transcript', 'transcripts', 'reminder', 'reminders']);

/** An act written as a noun of action that names the records it documents, one or two words before them. */
function namesRecords(tokens: readonly WordToken[], act: Evidence): boolean {
  return act.to - act.from === 1 && NOUN_OF_ACTION.test(tokens[act.from].lower) && recordWithin(tokens, act, 1);
}

/** Whether one of the words right after an act, up to `span` past its first, names a record. */
function recordWithin(tokens: readonly WordToken[], act: Evidence, span: number): boolean {
  for (let k = act.to; k < tokens.length && k <= act.to + span; k++) if (RECORD_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** Acts of writing: what they make is a document, which decides nothing when it is a piece of correspondence. */
const WRITING_ACTS = new Set(['draft']);
/** How many words may stand between the act and the document it writes: "drafts a dispute letter", "draft the notice". */
const WRITTEN_SPAN = 3;

/** Whether an act writes a piece of correspondence ("drafts a dispute letter for you") rather than a decision ("drafts the judgment"). */
function writesCorrespondence(tokens: readonly WordToken[], act: Evidence): boolean {
  return WRITING_ACTS.has(tokens[act.from].lemma) && recordWithin(tokens, act, WRITTEN_SPAN);
}

/** Acts of putting forward what a writer may change. */
const SUGGESTING = new Set(['suggest', 'propose', 'recommend']);
/** Changes to a text: "suggests changes to CVs", "proposes edits to the cover letter". */
const EDIT_NOUNS = new Set(['change', 'changes', 'edit', 'edits', 'improvement', 'improvements', 'correction', 'corrections', 'rewrite', 'rewrites', 'rewording', 'rewordings', 'revision', 'revisions', 'tweak', 'tweaks']);
/** Acts of finding something in a text, the pointing ones among them: "identifies gender-coded words". */
const FINDING_IN_TEXT = new Set([...POINTING, 'identify', 'detect', 'find', 'spot', 'catch']);
/** How many words after the act the part of a text it finds may stand: "identifying in the draft words". */
const WORDS_SPAN = 5;
/** Texts a writer edits. */
const EDITED_TEXTS = new Set(['cv', 'cvs', 'resume', 'resumes', 'résumé', 'résumés', 'letter', 'letters', 'draft', 'drafts', 'text', 'texts', 'wording', 'email', 'emails', 'post', 'posts', 'statement', 'statements', 'profile', 'profiles', 'application', 'applications']);
/** Words between an edit noun and the text it changes: "changes to their cover letter". */
const EDITED_SPAN = 3;

/** Whether an act suggests edits to a text ("suggests changes to CVs"): help to a writer, not a decision about them. */
function suggestsEdits(tokens: readonly WordToken[], act: Evidence): boolean {
  if (act.to - act.from !== 1 || !SUGGESTING.has(tokens[act.from].lemma)) return false;
  let k = act.to;
  while (k < tokens.length && k <= act.to + 1 && !EDIT_NOUNS.has(tokens[k].lower)) k++;
  if (!EDIT_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'to') return false;
  for (let n = k + 2; n < tokens.length && n <= k + 1 + EDITED_SPAN; n++) if (EDITED_TEXTS.has(tokens[n].lower)) return true;
  return false;
}

/** Acts of passing mail on: sorted or routed, a message reaches a desk, which decides nothing yet. */
const SORTING_ACTS = new Set(['sort', 'route', 'forward']);
/** Pieces of mail: "sorts the incoming emails to the right department". */
const MAIL_NOUNS = new Set(['email', 'emails', 'e-mail', 'e-mails', 'mail', 'mails', 'message', 'messages', 'letter', 'letters', 'inbox', 'post']);
/** How many words may stand between the act and the mail it sorts: "sorts the incoming emails". */
const SORTED_SPAN = 3;

/** Whether an act sorts mail ("only for sort the incoming emails to the right department") rather than cases ("sorts incoming claims"). */
function sortsMail(tokens: readonly WordToken[], act: Evidence): boolean {
  if (act.to - act.from !== 1 || !SORTING_ACTS.has(tokens[act.from].lemma)) return false;
  for (let k = act.to; k < tokens.length && k <= act.to + SORTED_SPAN; k++) if (MAIL_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** What is kept and looked through: a search of it finds text, not a person ("search the transcripts by street"). */
const STORED_MATERIAL = new Set([...RECORD_NOUNS, 'frame', 'frames', 'footage', 'video', 'videos', 'recording', 'recordings', 'image', 'images', 'photo', 'photos', 'extraction', 'extractions', 'database', 'databases', 'archive', 'archives', 'document', 'documents', 'file', 'files', 'text', 'texts', 'note', 'notes', 'inventory', 'catalogue', 'catalog', 'judgment', 'judgments', 'judgement', 'judgements', 'docket', 'dockets', 'statute', 'statutes', 'article', 'articles', 'passage', 'passages', 'law']);
/** How many words may stand between "search" or "find" and what it looks through: "search every frame", "finds relevant case law". */
const SEARCHED_SPAN = 3;

/** Acts of looking through things: "search", "find". */
const LOOKING_THROUGH = new Set(['search', 'find']);

/**
 * "search" or "find" over stored material ("search every frame from the entrance cameras", "Find past judgments",
 * "finds relevant case law", "case file search"): looking through what is kept, not searching or finding people.
 */
function searchesMaterial(tokens: readonly WordToken[], act: Evidence): boolean {
  if (act.to - act.from !== 1 || !LOOKING_THROUGH.has(tokens[act.from].lemma)) return false;
  // The material right before it, as in a compound: "Case file search tool", "document search".
  if (act.from > 0 && STORED_MATERIAL.has(tokens[act.from - 1].lower)) return true;
  for (let k = act.to; k < tokens.length && k <= act.to + SEARCHED_SPAN; k++) {
    if (STORED_MATERIAL.has(tokens[k].lower)) return true;
    // What it looks through is its object, before a preposition: "Finds suspects in CCTV footage" finds people.
    if (OBJECT_ENDS.has(tokens[k].lower)) return false;
  }
  return false;
}
/** Prepositions that end an act's object. */
const OBJECT_ENDS = new Set(['in', 'on', 'at', 'from', 'of', 'by', 'with', 'for', 'to', 'across', 'among']);

/** Nouns of a figure over many cases: a term right before one counts them ("admission spikes", "claim volumes"). A rate is as often a price ("health plan rates"). */
const FIGURE_NOUNS = new Set(['spike', 'spikes', 'count', 'counts', 'volume', 'volumes', 'trend', 'trends', 'total', 'totals', 'statistics', 'stats', 'figures', 'numbers', 'peaks', 'surges']);

/**
 * Whether an act's object is a figure over many cases ("forecasting call volumes at job centres", "tomorrow's
 * patients per ward"): it decides about no one. A term before the figure says whose it is ("the highest forecast burglary count" still sends patrols).
 */
function actsOnFigures(text: string, tokens: readonly WordToken[], act: Evidence, isTerm: (k: number) => boolean): boolean {
  // "forecast tomorrow's patients per ward": the people of a coming day, forecast, are a volume.
  if (FORECASTING.has(act.entry.lemmas[0])) {
    for (let k = act.to; k < tokens.length && k <= act.to + 1; k++) if (TIME_NOUNS.has(tokens[k].lower) && isPossessive(text, tokens[k])) return true;
    // "estimates and shows how many customers are off supply": a number over many, unless it is one's ("how much
    // each household can borrow", "how many days a patient should need", "how much a teacher's pupils improved").
    const how = tokens[act.to]?.lower === 'and' ? act.to + 2 : act.to;
    if (tokens[how]?.lower === 'how' && QUANTITY.has(tokens[how + 1]?.lower ?? '') && !tokens.slice(how + 2, how + 2 + EACH_SPAN).some((t) => ONE_OF_MANY.has(t.lower) || isPossessive(text, t))) return true;
  }
  for (let k = act.to; k < tokens.length && k <= act.to + 2; k++) {
    if (isTerm(k)) return false;
    if (FIGURE_NOUNS.has(tokens[k].lower)) return true;
    if (FUNCTION_WORDS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) return false;
  }
  return false;
}

/** What "how" asks of a figure: "how many", "how much". */
const QUANTITY = new Set(['many', 'much']);
/** Words that make a figure one person's or one thing's: "how much each household", "how many days a patient". */
const ONE_OF_MANY = new Set(['each', 'every', 'a', 'an', 'his', 'her', 'their', 'your', 'my']);
/** Words after "how many" in which such a word makes the figure one's. */
const EACH_SPAN = 6;

/** Acts of forecasting, and the spans of time whose possessive makes what follows a volume ("tomorrow's patients"). */
const FORECASTING = new Set(['forecast', 'predict', 'estimate', 'project', 'anticipate', 'expect']);
const TIME_NOUNS = new Set(['today', 'tomorrow', 'tonight', 'week', 'month', 'year', 'weekend', 'day', 'shift', 'season', 'winter', 'summer', 'quarter']);

/** Words that open a clause of time or place: "when it opens", "where it stops". */
const CIRCUMSTANCE = new Set(['when', 'where', 'whenever', 'once', 'until', 'while', 'after', 'before']);
const SUBJECT_PRONOUNS = new Set(['it', 'they']);

/**
 * An act closing a clause of time or place with a pronoun subject ("... and when it opens"): it says what a
 * thing does, with nothing acted on.
 */
function isCircumstance(tokens: readonly WordToken[], ev: Evidence): boolean {
  if (ev.to !== tokens.length || ev.from < 2) return false;
  const subject = tokens[ev.from - 1].lower;
  // A clause ending in a person's own choice describes a thing by it: "at a speed they choose".
  if (PERSONAL_SUBJECTS.has(subject) && !CHOICE_OBJECT.has(tokens[ev.from - 2].lower)) return true;
  return SUBJECT_PRONOUNS.has(subject) && CIRCUMSTANCE.has(tokens[ev.from - 2].lower);
}

/** Pronouns of people as the subject of a clause's last word: "... at a speed they choose", "... the slot you pick". */
const PERSONAL_SUBJECTS = new Set(['they', 'you', 'we', 'he', 'she', 'i']);

/** Nouns that end the name of a software interface: "the Hugging Face Inference API", "the Vision SDK". */
const INTERFACE_NOUNS = new Set(['api', 'apis', 'sdk', 'sdks', 'hub']);
/** The last word of an event's name: "the 2012 Automated Student Assessment Prize", "the Loan Default Prediction Challenge". */
const EVENT_NOUNS = new Set(['prize', 'challenge', 'competition', 'award', 'cup', 'hackathon', 'olympiad', 'workshop', 'conference', 'summit']);
/** The last word of an organisation's or a project's name: "Stanford Open Policing Project". */
const ORGANISATION_NOUNS = new Set(['club', 'project', 'projects', 'lab', 'labs', 'laboratory', 'institute', 'initiative', 'foundation', 'programme', 'program', 'centre', 'center', 'university', 'college', 'consortium', 'network', 'alliance', 'association', 'society', 'agency', 'council', 'group', 'inc', 'ltd', 'llc', 'corporation', 'company', 'companies', 'firm', 'firms', 'business', 'businesses', 'organisation', 'organization', 'municipality', 'municipalities']);

/** Acts of looking for something: "find", "locate". */
const SEEKING = new Set(['find', 'locate']);
/** Words from a seeking act to the provider it looks for: "finds the nearest police station". */
const PROVIDER_SPAN = 3;
/** Places a service is given at: looking for one is seeking the service. */
const PLACES = new Set(['station', 'office', 'clinic', 'hospital', 'pharmacy', 'branch', 'shelter', 'centre', 'center', 'surgery', 'practice', 'courthouse']);

/** Months as dates abbreviate them: "Apr. 10". */
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Words between a term and the thing it is of ("diseases of the crops", "rot in young trees"). */
const OF_THING = new Set(['of', 'in', 'on', 'affecting']);
/** Words that may stand between that word and the thing ("in young trees"). */
const THING_MODIFIERS = new Set(['a', 'an', 'the', 'young', 'mature', 'wild', 'farm', 'domestic', 'common', 'tropical']);

/**
 * Whether a term is said of a thing or an animal within its own noun phrase: the noun before it ("plant leaf
 * diseases", "crop-disease") or its "of" / "in" phrase ("disease in young trees").
 */
function ofThing(text: string, tokens: readonly WordToken[], t: Evidence, things: ReadonlySet<string>): boolean {
  if (t.from > 0 && things.has(tokens[t.from - 1].lemma) && /^[ -]$/.test(text.slice(tokens[t.from - 1].end, tokens[t.from].start))) return true;
  let k = t.to;
  if (k >= tokens.length || !OF_THING.has(tokens[k].lower) || !/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  k++;
  while (k < tokens.length && THING_MODIFIERS.has(tokens[k].lower)) k++;
  if (k >= tokens.length || !things.has(tokens[k].lemma) || !/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  // The thing heads its phrase: a plural, or a word the phrase ends at ("in dog owners" is about owners).
  const next = tokens[k + 1];
  return tokens[k].lemma !== tokens[k].lower || !next || !/^ +$/.test(text.slice(tokens[k].end, next.start)) || PHRASE_AFTER.has(next.lower);
}

/** Words that start what follows a noun phrase. */
const PHRASE_AFTER = new Set(['and', 'or', 'from', 'with', 'in', 'on', 'at', 'by', 'using', 'for', 'to', 'that', 'which', 'is', 'are', 'was', 'were', 'via', 'through']);

/** Participles joined by a hyphen to a term that make it describe another noun ("disease-associated genes"). */
const RELATION_PARTICIPLES = new Set(['associated', 'related', 'linked', 'derived', 'induced', 'causing', 'dependent']);

/** Prefixes joined by a hyphen to an act ("pre-screened", "re-assessed", "auto-flagged"). */
const HYPHEN_PREFIXES = new Set(['pre', 're', 'auto', 'co', 'self', 'over', 'under', 'double']);

/** Whether token `k` follows one of HYPHEN_PREFIXES joined to it by a hyphen. */
function hyphenPrefixed(text: string, tokens: readonly WordToken[], k: number): boolean {
  return k > 0 && HYPHEN_PREFIXES.has(tokens[k - 1].lower) && text.slice(tokens[k - 1].end, tokens[k].start) === '-';
}

/** What a release is called in its own card: "flagged by the model". */
const RELEASE_NOUNS = new Set(['model', 'system', 'tool', 'classifier', 'algorithm', 'ai', 'pipeline', 'service', 'engine', 'checkpoint', 'network', 'matcher', 'ranker', 'scorer']);

/**
 * Words before a past participle that make it an act done to someone ("claims are denied", "has been flagged"),
 * or done by the subject up to now ("the tool has screened 2 million candidates").
 */
const AUXILIARIES = new Set(['is', 'are', 'be', 'been', 'being', 'get', 'gets', 'getting', 'become', 'becomes', 'has', 'have']);

/** Whether punctuation that ends a phrase stands between token `k` and the one before it: "by a model, which ...". */
function punctuatedBefore(text: string, tokens: readonly WordToken[], k: number): boolean {
  return /[.;:!?,()]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
}

/** Words that name the agent or the instrument of a passive: "by a model", "with a model", "using the tool". */
const AGENT_LINKS = new Set(['by', 'with', 'using']);
/** Determiners that open a release named as an agent: "by a model", "by our tool". */
const RELEASE_DETERMINERS = new Set(['a', 'an', 'the', 'our', 'its', 'this']);
/** How many words after a participle its agent or instrument may stand: "ranked for the 850 transitional shelters by". */
const AGENT_REACH = 8;

/**
 * Whether the release is named as the agent or the instrument of a participle ending before token `from`, within its
 * clause. Right after the participle, "by" names it with any determiner or none ("flagged by our system", "settled by
 * the photo model", "approved by its automated affordability system"; "computed by your HR system" is someone
 * else's). Later in the clause a determiner opens it ("ranked for social housing by a model", "selected with a model
 * that ..."); "by probation services" names no release.
 */
function releaseAgent(text: string, tokens: readonly WordToken[], from: number): boolean {
  if (tokens[from]?.lower === 'by') {
    for (const t of tokens.slice(from + 1, from + 1 + PASSIVE_AGENT_SPAN)) {
      if (POSSESSIVE_DETERMINERS.has(t.lower) && t.lower !== 'our' && t.lower !== 'its') break;
      if (RELEASE_NOUNS.has(t.lemma)) return true;
    }
  }
  for (let k = from; k < tokens.length && k < from + AGENT_REACH; k++) {
    if (k > from && punctuatedBefore(text, tokens, k)) return false;
    if (!AGENT_LINKS.has(tokens[k].lower) || !RELEASE_DETERMINERS.has(tokens[k + 1]?.lower ?? '')) continue;
    if (tokens.slice(k + 2, k + 1 + PASSIVE_AGENT_SPAN).some((t) => RELEASE_NOUNS.has(t.lemma))) return true;
  }
  return false;
}

/**
 * An act in its -ed form with no present or perfect auxiliary before it: a participle describing who the data is about
 * ("patients diagnosed with sepsis", "records of applicants rejected in 2019") or a past passive telling how
 * the data was made ("annotators were recruited", "essays were scored by raters"), not an act of the
 * release. "Claims are approved or declined" keeps both acts: the auxiliary reaches through "or" and an adverb.
 */
function isDescriptiveParticiple(tokens: readonly WordToken[], ev: Evidence, text: string): boolean {
  if (ev.to - ev.from !== 1) return false;
  const word = tokens[ev.from];
  if (!(/ed$/.test(word.lower) || IRREGULAR_PARTICIPLES.has(word.lower)) || word.lemma === word.lower) return false;
  // "suggested by the model", "Tenants were ranked for social housing by a model": the release's own act.
  if (releaseAgent(text, tokens, ev.to)) return false;
  const by = tokens[ev.to];
  // "Defendants predicted below 0.2 are released": a judgement set against a line sorts whom it names.
  if (by && CUT_SIDES.has(by.lower) && /^(?:\d|the$|a$)/.test(tokens[ev.to + 1]?.lower ?? '')) return false;
  let j = ev.from - 1;
  // A prefix joined by a hyphen belongs to the participle: "are pre-screened".
  if (hyphenPrefixed(text, tokens, ev.from)) j--;
  // A participle after a comma and "and" shares the auxiliary of one before it: "are assigned shifts, and deactivated",
  // "will be taken today and assessed" (the first an irregular one).
  if (j >= 1 && (tokens[j].lower === 'and' || tokens[j].lower === 'or')) {
    for (let k = j - 1; k >= 1 && k >= j - 6; k--) if (isPastParticiple(tokens[k].lower) && AUXILIARIES.has(tokens[k - 1].lower)) return false;
  }
  // Coordinated participles share their auxiliary: "approved or declined".
  while (j >= 1 && (tokens[j].lower === 'or' || tokens[j].lower === 'and') && /ed$/.test(tokens[j - 1].lower)) j -= 2;
  // An adverb between: "are automatically approved"; one or two after a perfect's "has": "has now screened".
  // A passive's "now" or "still" tells who does it these days ("are now verified with a PIN"): no act of the release.
  let plainAdverb = false;
  for (let k = 0; k < 2 && j >= 0 && (/ly$/.test(tokens[j].lower) || PERFECT_ADVERBS.has(tokens[j].lower)); k++, j--) plainAdverb ||= !/ly$/.test(tokens[j].lower);
  if (plainAdverb) return !(j >= 0 && (tokens[j].lower === 'has' || tokens[j].lower === 'have'));
  // The release as its subject makes it a past act: "the claims triage model rejected travel insurance claims",
  // "the signature-checking software rejected 4,300 postal ballots". Not "it", which may be anyone named before:
  // "a supermarket chain ... when it scanned the faces of all customers".
  if (j >= 0 && (AUXILIARIES.has(tokens[j].lower) || PAST_ACT_SUBJECTS.has(tokens[j].lemma))) return false;
  // So does a past act joined by "and" or "then" to one of the release's, in its sentence: "the model marked 1,140
  // claims as fraud and declined them".
  if (j >= 1 && (tokens[j].lower === 'and' || tokens[j].lower === 'then')) {
    for (let k = j - 1; k >= 1 && k >= j - JOINED_PAST_ACT_SPAN; k--) {
      if (/[.;:!?]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
      if (/ed$/.test(tokens[k].lower) && PAST_ACT_SUBJECTS.has(tokens[k - 1].lemma)) return false;
    }
  }
  return true;
}

/** What stands right before a past act of the release: its own nouns and the words for software. */
const PAST_ACT_SUBJECTS = new Set([...RELEASE_NOUNS, 'software', 'app', 'computer', 'program', 'programme', 'bot', 'chatbot', 'agent', 'assistant', 'platform']);
/** Tokens back from "and" or "then" to the release's own past act it joins: "marked 1,140 windscreen claims as likely fraud and". */
const JOINED_PAST_ACT_SPAN = 10;

/** Adverbs without "-ly" that stand between a perfect's auxiliary and its participle: "has now screened", "have already scored". */
const PERFECT_ADVERBS = new Set(['now', 'already', 'just', 'also', 'ever', 'often', 'still', 'since', 'so', 'far', 'all', 'even', 'then']);

/** Past participles without "-ed" of the verbs acts are made of: "the articles found violated". */
const IRREGULAR_PARTICIPLES = new Set(['found', 'chosen', 'told', 'shown', 'heard']);

/** Common past participles without "-ed", beside those of acts, that follow an auxiliary: "will be taken", "is sent". */
const COMMON_PARTICIPLES = new Set(['made', 'sent', 'kept', 'held', 'read', 'done', 'put', 'set', 'paid', 'built', 'left', 'brought', 'bought', 'caught', 'taught', 'run', 'got']);

/** Whether a word has the form of a past participle: "assessed", "taken", "given", "sent". */
function isPastParticiple(word: string): boolean {
  return /(?:ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word) || COMMON_PARTICIPLES.has(word);
}

/** Whether the clause names a computing thing ("GPU workers", "the /health endpoint"). */
function namesComputing(tokens: readonly WordToken[], cues: Map<string, string[][]>): boolean {
  for (let i = 0; i < tokens.length; i++) {
    for (const lemmas of cues.get(tokens[i].lemma) ?? []) {
      if (i + lemmas.length <= tokens.length && lemmas.every((l, k) => tokens[i + k].lemma === l)) return true;
    }
  }
  return false;
}

/** Auxiliaries of a passive: "is decided by". */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
/** People who may do an act a release leaves to them, besides the decider roles of the catalogue. */
const PEOPLE = new Set(['staff', 'human', 'humans', 'people', 'person', 'persons', 'team', 'teams', 'committee', 'panel', 'reviewer', 'reviewers', 'expert', 'experts', 'professional', 'professionals', 'employee', 'employees', 'maker', 'makers', 'official', 'officials', 'colleague', 'colleagues', 'volunteer', 'volunteers']);
/** How many words may stand around the people named in "for ... to": "for the duty officers to check". */
const FOR_AGENT_SPAN = 3;
/** How many words after "by" may name who acts: "by the agency's own staff". */
const PASSIVE_AGENT_SPAN = 4;

/**
 * A passive act whose agent is a person ("Entitlement is decided by agency staff"): people do it, not the
 * release. "Applicants are ranked by the model", "by the lender's scoring system" stay the release's acts.
 */
function doneByPeople(text: string, tokens: readonly WordToken[], act: Evidence, deciders: Set<string>): boolean {
  // Where "by" stands: right after a passive act ("is decided by"), after an act's noun and who gave it ("the mark
  // given by two examiners", "the mark was set by", "every lending decision is made by"), or after a second
  // participle joined on ("is checked and approved by the clinician").
  let by = act.to;
  const before = tokens[act.from - 1]?.lower ?? '';
  const passive = PASSIVE_AUXILIARIES.has(before) || ((before === 'and' || before === 'or') && /ed$/.test(tokens[act.from].lower));
  if (!passive) {
    // "every lending decision is made by": the act names the decision made.
    if (DECISION_HEADS.has(tokens[by]?.lower ?? '')) by++;
    if (PASSIVE_AUXILIARIES.has(tokens[by]?.lower ?? '')) by++;
    if (!GIVEN.has(tokens[by]?.lower ?? '')) return false;
    by++;
  }
  while ((tokens[by]?.lower === 'and' || tokens[by]?.lower === 'or') && /ed$/.test(tokens[by + 1]?.lower ?? '')) by += 2;
  if (tokens[by]?.lower !== 'by') return false;
  for (let k = by + 1; k < tokens.length && k <= by + PASSIVE_AGENT_SPAN; k++) {
    // A possessive names whose the agent is ("the lender's scoring model"), not the agent.
    if (isPossessive(text, tokens[k])) continue;
    if (RELEASE_NOUNS.has(tokens[k].lemma)) return false;
    if (PEOPLE.has(tokens[k].lower) || deciders.has(tokens[k].lemma)) return true;
  }
  return false;
}

/** Verbs of the final say: what a deciding role does itself when it is their subject. */
const FINAL_SAY = new Set(['decide', 'determine', 'choose', 'approve', 'grant', 'refuse', 'reject']);
/** Adverbs between a subject and its verb: "the officer alone decides". */
const SUBJECT_ADVERBS = new Set(['alone', 'only', 'then', 'still', 'always', 'ultimately', 'personally', 'himself', 'herself', 'themselves', 'later', 'also', 'now', 'already', 'even', 'simply', 'just', 'easily', 'quickly']);

/**
 * A deciding role as the active subject of a verb of the final say, in its finite form: "The officer decides
 * whether to grant, refuse or vary the permit", "the shift supervisor decides if and when the pump is taken
 * offline". The person decides; "helps the officer decide" and "the officer's decision" are not this.
 */
function actedByDecider(text: string, tokens: readonly WordToken[], act: Evidence, deciders: Set<string>): boolean {
  if (act.to - act.from !== 1) return false;
  if (decidersSay(text, tokens, act.from, deciders)) return true;
  // An act inside the question such a verb opens is what the role weighs: "The officer decides whether to grant or
  // refuse the visa application".
  for (let q = act.from - 1; q >= 1 && q >= act.from - QUESTION_REACH; q--) {
    if (/[.;:!?]/.test(text.slice(tokens[q].end, tokens[q + 1].start))) break;
    if (DECIDED_QUESTIONS.has(tokens[q].lower)) return decidersSay(text, tokens, q - 1, deciders);
  }
  return false;
}

/** Deciding roles that name software as often: "an agent decides which pump stations to throttle", "the controller decides". */
const ROLES_OF_SOFTWARE = new Set(['agent', 'controller', 'operator']);
/** Words that open the question a verb of the final say takes: "decides whether to grant". */
const DECIDED_QUESTIONS = new Set(['whether', 'if', 'which', 'who', 'whom', 'what', 'when', 'how']);
/** Words from such a question's word to the act inside it: "whether to grant, refuse or vary". */
const QUESTION_REACH = 6;

/** How far before a deciding role a word of help or "for" reaches: "Helps hospital recruiters decide", "for caseworkers to decide". */
const HELPED_ROLE_SPAN = 3;

/** Whether token `at` is a verb of the final say in its finite form with a deciding role as its subject. */
function decidersSay(text: string, tokens: readonly WordToken[], at: number, deciders: Set<string>): boolean {
  const verb = tokens[at];
  if (verb === undefined || !FINAL_SAY.has(verb.lemma)) return false;
  let k = at - 1;
  while (k >= 0 && SUBJECT_ADVERBS.has(tokens[k].lower)) k--;
  if (k < 0 || !deciders.has(tokens[k].lemma) || ROLES_OF_SOFTWARE.has(tokens[k].lemma) || isPossessive(text, tokens[k])) return false;
  // Finite: "-s" or "-ed", or the bare form after a plural role ("Lettings officers decide offers"), unless the
  // role is whom the release helps ("Helps recruiters decide", "for caseworkers to decide"): then it is an infinitive.
  const plural = tokens[k].lower !== tokens[k].lemma && tokens[k].lower.endsWith('s');
  const helped = tokens.slice(Math.max(0, k - HELPED_ROLE_SPAN), k).some((t) => ENABLING.has(t.lower) || t.lower === 'for');
  if (!/(?:[^s]s|ed)$/.test(verb.lower) && !(plural && !helped && verb.lower === verb.lemma)) return false;
  if (/[.,;:!?()]/.test(text.slice(tokens[k].end, verb.start))) return false;
  const det = tokens[k - 1];
  // The role opens its noun phrase, with at most one modifier ("the shift supervisor"): after a determiner, or
  // first in its clause.
  const opens = (j: number) => j < 0 || DETERMINERS.has(tokens[j].lower) || /[.;:!?\n]/.test(text.slice(tokens[j].end, tokens[j + 1].start));
  return det === undefined || opens(k - 1) || (!FUNCTION_WORDS.has(det.lower) && /^\s+$/.test(text.slice(det.end, tokens[k].start)) && opens(k - 2));
}

/** Nouns an act names as the outcome made: "every lending decision is made by the lender's underwriters". */
const DECISION_HEADS = new Set(['decision', 'decisions', 'outcome', 'outcomes']);
/** Participles that name who gave an act's outcome: "the mark given by two examiners". */
const GIVEN = new Set(['given', 'assigned', 'awarded', 'set', 'made', 'decided', 'proposed', 'issued']);

/** How many words after an act left to people may name the people it is done to: "to prioritise follow-up of patients". */
const LEFT_OBJECT_SPAN = 6;

/** Acts of going over what the release made: left to people, they review its output, they decide nothing with it. */
const REVIEW_ACTS = new Set(['check', 'review', 'verify', 'correct', 'edit', 'proofread', 'confirm', 'validate']);

/**
 * A review left to people named in "for ... to" with no person after it ("draft transcripts for officers to
 * check and correct"): they go over the release's output. Done to people, it is what the release supports
 * them in deciding ("for care teams to review follow-up of patients"); another act is the release's use
 * ("for use by radiologists to detect lung nodules").
 */
function leftToPeople(tokens: readonly WordToken[], act: Evidence, deciders: Set<string>, people: Set<string>): boolean {
  if (act.from < 3 || tokens[act.from - 1].lower !== 'to' || !REVIEW_ACTS.has(tokens[act.from].lemma)) return false;
  for (let k = act.to; k < tokens.length && k < act.to + LEFT_OBJECT_SPAN; k++) if (people.has(tokens[k].lemma)) return false;
  for (let k = act.from - 2; k >= 1 && k >= act.from - 1 - FOR_AGENT_SPAN; k--) {
    if (!(PEOPLE.has(tokens[k].lower) || deciders.has(tokens[k].lemma))) continue;
    for (let f = k - 1; f >= 0 && f >= k - FOR_AGENT_SPAN; f--) if (tokens[f].lower === 'for') return true;
    return false;
  }
  return false;
}

/** Pronouns that, after an act and its object, say who does it: "Landlords still choose their tenants themselves". */
const REFLEXIVES = new Set(['themselves', 'himself', 'herself', 'ourselves', 'yourselves', 'yourself', 'myself']);

/** Possessives of the reader, before what is theirs: "your face". */
const OWN_PERSON = new Set(['your', 'my']);
/** A person's own face, voice or body. */
const BODY_NOUNS = new Set(['face', 'voice', 'body', 'eyes', 'hands', 'hand', 'fingerprint', 'fingerprints', 'iris', 'irises', 'gait', 'skin', 'expression', 'expressions', 'pose']);
/** How many words may stand between an act and the reflexive that names its doers: the act's object. */
const REFLEXIVE_SPAN = 5;

/**
 * Whether people a relative clause opens on do the act themselves: "patients who chose Welsh", "applicants who score
 * below 600" (an act before them may still act on them: "rejects applicants who score ..."). A question's "who"
 * has no people before it: "works out who qualifies" stays the release's act.
 */
function doneByRelative(tokens: readonly WordToken[], act: Evidence, people: Set<string>): boolean {
  if (act.from < 2) return false;
  const [relative, antecedent] = [tokens[act.from - 1].lower, tokens[act.from - 2].lemma];
  // So does a body of people the release reports to: "breakdown alerts to the county water office, which dispatches mechanics".
  return (relative === 'who' && people.has(antecedent)) || ((relative === 'which' || relative === 'who') && OFFICES.has(antecedent));
}

/** Bodies of people that act on what a release reports to them. */
const OFFICES = new Set(['office', 'department', 'agency', 'council', 'ministry', 'authority', 'board', 'committee', 'team', 'unit', 'desk', 'centre', 'center']);

/**
 * Whether a reflexive after the act says people do it themselves, without the release ("choose their tenants
 * themselves", "can test themselves"). Another verb between them takes the reflexive as its own ("flags users
 * at risk of harming themselves" still flags users).
 */
function doneBySelves(tokens: readonly WordToken[], act: Evidence): boolean {
  // "tracks your face to add bunny ears": the reader's own face, voice or body, used by the reader. Compared with a
  // reference it is checked by someone else: "compare your face with the photo stored on your pass".
  if (OWN_PERSON.has(tokens[act.to]?.lower ?? '') && BODY_NOUNS.has(tokens[act.to + 1]?.lower ?? '')) return comparedWithReference(tokens)?.from !== act.from;
  for (let k = act.to; k < tokens.length && k <= act.to + REFLEXIVE_SPAN; k++) {
    if (REFLEXIVES.has(tokens[k].lower)) return true;
    if (k > act.to && /(?:ing|ed)$/.test(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * Whether an act serves to protect the people it finds: a protective act follows it, linked as its purpose
 * ("Detects faces so that they can be blurred", "finds names to redact them").
 */
function protects(tokens: readonly WordToken[], act: Evidence, protective: Set<string>): boolean {
  let linked = false;
  for (let i = act.to; i < tokens.length; i++) {
    const lemma = tokens[i].lemma;
    // "for" names the purpose only as its own object ("for blurring", "for later redaction"): in "ranks CVs for
    // recruiters and hides the bottom half" it names who is served, and "hides" is an act of its own.
    if (lemma === 'for') {
      if (tokens.slice(i + 1, i + 1 + FOR_PURPOSE_SPAN).some((t) => protective.has(t.lemma))) return true;
    } else if (PURPOSE_LINKS.has(lemma)) linked = true;
    else if (linked && protective.has(lemma)) return true;
    // "Detects faces in photos and blurs them": the same subject protects what it found; "Detects and blurs
    // faces": two acts share the object, and the second protects it.
    else if (lemma === 'and' && protective.has(tokens[i + 1]?.lemma ?? '') && (i === act.to || USED_THINGS.has(tokens[i + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/** How many words after "for" its protective purpose may stand: "for blurring", "for later redaction". */
const FOR_PURPOSE_SPAN = 2;

/**
 * An act's weight: a deciding act that names its choice ("decides whether", "decides who") is a strong one,
 * and so is any act of a clause that calls the system decision support (`decisive`, see supportsDecisions).
 */
function actWeight(tokens: readonly WordToken[], act: Evidence, decisive: boolean): number {
  // An adverb may stand before the choice: "decides also who gets the prolongation".
  const next = CHOICE_ADVERBS.has(tokens[act.to]?.lower ?? '') ? tokens[act.to + 1] : tokens[act.to];
  if (act.entry.weight === 1 && next && DECIDING.has(act.entry.lemmas[0]) && CHOICE_OBJECT.has(next.lemma)) return 2;
  if (act.entry.weight === 1 && machineFinds(tokens, act)) return 2;
  // "a decision-support system that helps institutions identify at-risk students".
  if (act.entry.weight === 1 && decisive) return 2;
  return act.entry.weight;
}

/** Words that open what a machine decides is so: "decides that the claim is fraudulent", "decide I was using my phone". */
const FINDING_OPENERS = new Set(['that', 'i', 'he', 'she', 'they', 'we', 'you', 'it']);

/**
 * A machine deciding that something is so about someone: "The model decides that the claim is fraudulent", "the
 * camera AI on the motorway decide I was using my phone", "after it decide that it is not urgent". What it finds is
 * the decision; "we decided that the model should ..." is people deciding.
 */
function machineFinds(tokens: readonly WordToken[], act: Evidence): boolean {
  if (act.to - act.from !== 1 || tokens[act.from].lemma !== 'decide' || !FINDING_OPENERS.has(tokens[act.to]?.lower ?? '')) return false;
  const subject = tokens[act.from - 1];
  return subject !== undefined && (namesMachine(subject) || subject.lower === 'it');
}

/** Words after "decision" that say a system takes part in decisions: "decision support", "decision-making aid". */
const DECISION_ROLES = new Set(['support', 'supports', 'making', 'maker', 'makers', 'aid', 'aids']);

/** Whether a clause calls what it describes a part of decisions ("decision-support system", "clinical decision making"). */
function supportsDecisions(tokens: readonly WordToken[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) if ((tokens[i].lower === 'decision' || tokens[i].lower === 'decisions') && DECISION_ROLES.has(tokens[i + 1].lower)) return true;
  return false;
}

/**
 * Index of the first word of an agent after an enabling verb that is not one who decides ("helps [law
 * students] find"), whose words are then not what the act acts on; otherwise the act's own index.
 */
function agentFrom(tokens: readonly WordToken[], act: Evidence, deciders: Set<string>): number {
  // "Assist clinical decision-making with image classification": an act after "with" or "by" is the means
  // of the help, not an act of whom it helps.
  for (let k = act.from - 1; k >= 0 && k >= act.from - 3; k--) {
    if (MEANS.has(tokens[k].lower)) return act.from;
    if (FUNCTION_WORDS.has(tokens[k].lower)) break;
  }
  for (let i = act.from - 1; i >= 0; i--) {
    if (!ENABLING.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < act.from; k++) if (deciders.has(tokens[k].lemma)) return act.from;
    return i + 1;
  }
  // "Job seekers can use the model to rehearse interview answers": who uses it acts, on their own behalf
  // unless they are deciders ("Recruiters can use it to rank applicants").
  for (let i = 1; i + 1 < act.from; i++) {
    if (!USE_VERBS.has(tokens[i].lower) || !MODALS.has(tokens[i - 1].lower)) continue;
    let to = i + 1;
    while (to < act.from && to <= i + 4 && tokens[to].lower !== 'to') to++;
    if (tokens[to]?.lower !== 'to') continue;
    for (let k = 0; k < i - 1; k++) if (deciders.has(tokens[k].lemma) || RELEASE_NOUNS.has(tokens[k].lemma)) return act.from;
    return 0;
  }
  return act.from;
}

/**
 * Index where a weak act's beneficiary starts: in "Schedules meeting rooms for office employees" the act
 * acts on the rooms, and the employees after "for" are who it serves, not who is decided about. Only when
 * the act's object is named by no term of any domain; otherwise (or for a strong act) the clause's end.
 */
function beneficiaryFrom(tokens: readonly WordToken[], act: Evidence, weight: number, terms: readonly Evidence[]): number {
  if (weight === 2) return tokens.length;
  // "Detection for coursework submissions": after a noun of action, "for" names what it is applied to.
  if (tokens[act.to]?.lower === 'for' && NOUN_OF_ACTION.test(tokens[act.to - 1].lower) && !/ing$/.test(tokens[act.to - 1].lower)) return tokens.length;
  for (let i = act.to + 1; i < tokens.length && i <= act.to + AGENT_SPAN; i++) {
    if (tokens[i].lower !== 'for') continue;
    // "for each defendant": what is done once per person is done to them, not for their benefit.
    if (tokens[i + 1]?.lower === 'each' || tokens[i + 1]?.lower === 'every') return tokens.length;
    return terms.some((t) => t.from >= act.to && t.from < i) ? tokens.length : i + 1;
  }
  return tokens.length;
}

/** Words from "for" to the subject of its infinitive: "for care-management teams to". */
const INFINITIVE_SUBJECT_SPAN = 3;

/** Modal verbs between a subject and its act: "investigators can pick". */
const MODALS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'then', 'also']);

/**
 * Whether a term names who does the act rather than what it acts on: a role that decides, right before
 * the act or its modal ("so that investigators can pick which to open"), or a person decided about before a
 * modal and the act.
 */
function subjectOf(tokens: readonly WordToken[], term: Evidence, act: Evidence, deciders: Set<string>, subjects: Set<string>): boolean {
  if (term.to - term.from !== 1) return false;
  let k = term.to;
  while (k < tokens.length && MODALS.has(tokens[k].lower)) k++;
  // Whom a domain decides about, before a modal and the act, does the act on their own affairs: "a bilingual
  // transcript the applicant can check", "tenants can report a repair" ("applicants rated high" is a passive).
  if (!deciders.has(tokens[term.from].lemma)) return subjects.has(tokens[term.from].lemma) && k > term.to && k === act.from;
  // "for care-management teams to prioritize follow-up": who the release is for, as the subject of an
  // infinitive, does its act ("Used by the court to decide" keeps the court as the setting).
  if (tokens[k]?.lower === 'to' && k + 1 === act.from && tokens.slice(Math.max(0, term.from - INFINITIVE_SUBJECT_SPAN), term.from).some((t) => t.lower === 'for')) k++;
  // "a risk band that consular staff use to decide who is refused": a role that uses the release acts,
  // whichever act of the clause its words stand near.
  if (k < tokens.length && USE_VERBS.has(tokens[k].lower)) {
    k++;
    if (k < tokens.length && USED_THINGS.has(tokens[k].lower)) k++;
    if (tokens[k]?.lower === 'to') return true;
  }
  if (term.to <= act.from && k === act.from) return true;
  // "A member of staff reads any statement that the model scores": a role before a verb and its object
  // is who does that verb, not whom a later act decides about.
  // A noun of action after the role is a compound with it, no verb: "GP referrals the classifier tags".
  const verb = tokens[k];
  return k < act.from && verb !== undefined && !FUNCTION_WORDS.has(verb.lower) && !ACTION_NOUN_LEMMA.test(verb.lemma) && DETERMINERS.has(tokens[k + 1]?.lower ?? '');
}

/** Determiners of one person: "the patient", "each applicant". */
const ONE_PERSON = new Set(['the', 'a', 'an', 'each', 'every', 'this', 'that', 'your', 'their', 'his', 'her', 'our', 'my']);
/** Pronouns that stand for people as an act's object: "recognise them", "identifies you", "verifies everyone". */
const PERSON_OBJECTS = new Set(['them', 'you', 'him', 'her', 'us', 'me', 'everyone', 'everybody', 'anyone', 'anybody', 'whoever', 'people', 'someone', 'somebody']);

/** Lemmas of nouns of action that are no verbs: "referral", "assessment", "decision". */
const ACTION_NOUN_LEMMA = new RegExp(`(?:${ACTION_NOUN_ENDINGS.join('|')})$`);
const USE_VERBS = new Set(['use', 'uses', 'used']);
const USED_THINGS = new Set(['it', 'them', 'this', 'these', 'that']);

/** Verbs that hand over a result: "outputs approve / refer / decline", "returning accept or reject", "writing the final grade into the gradebook". */
const OUTPUT_VERBS = new Set(['output', 'outputs', 'return', 'returns', 'returning', 'give', 'gives', 'produce', 'produces', 'emit', 'emits', 'recommend', 'recommends', 'answer', 'answers', 'write', 'writes', 'writing']);
/** The lemma of the act a list of outcomes stands for. */
const OUTCOME = '@outcome';
/** Outcomes that settle something about a person or a case. */
export const OUTCOMES = new Set(['approve', 'accept', 'decline', 'reject', 'refer', 'deny', 'grant', 'refuse', 'remand', 'release', 'advance', 'hold', 'withdraw', 'progress', 'pass', 'fail', 'hire', 'shortlist', 'admit', 'escalate', 'allow', 'block', 'yes', 'no', 'postpone', 'dismiss', 'uphold']);
/**
 * Whether token `k` is an outcome: "no" right before a word other than a function word is a determiner, not the
 * outcome ("gives no diagnosis, no treatment advice" lists nothing handed over; "says yes or no for the loan" does).
 */
function isOutcome(text: string, tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k];
  if (!OUTCOMES.has(t.lower)) return false;
  const next = tokens[k + 1];
  return t.lower !== 'no' || next === undefined || !/^\s+$/.test(text.slice(t.end, next.start)) || FUNCTION_WORDS.has(next.lower) || OUTCOMES.has(next.lower);
}
/**
 * What parts one outcome from the next: "/", "," or, in code and API docs, "|", with the quotes or code
 * marks around each value ("`APPROVE` | `DECLINE` | `REFER`").
 */
const ALTERNATIVE_SEPARATOR = /^[\s`'"*]*[/,|][\s`'"*]*$/;
/** Words between an output verb and its list of outcomes: "outputs an approve or decline". */
const OUTCOME_LEAD = 3;

/**
 * A list of outcomes handed over as the result ("outputs approve / refer / decline", "returns accept,
 * manual check or reject"): the release settles one of them, a decision in whichever domain the clause's
 * terms name. Two outcomes or more, joined by "/", "," or "or", after an output verb. Token range of the
 * first outcome, or undefined.
 */
function outcomeList(text: string, tokens: readonly WordToken[]): { from: number; to: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    // "says yes or no for the loan": a verb of telling hands over the outcome as well.
    if (!OUTPUT_VERBS.has(tokens[i].lower) && !INFORMING.has(tokens[i].lower)) continue;
    // The verb's object may name what is handed over and a colon list its values: "outputs a recommendation for
    // the first appearance: release, release with conditions, or detain".
    // Or name a result "of" its values: "returns an affordability result of Pass or Fail to the letting agent".
    const colon = Math.max(listAfterColon(text, tokens, i), listAfterResultOf(tokens, i));
    for (let k = i + 1; k < tokens.length && k <= Math.max(i + 1 + OUTCOME_LEAD, colon); k++) {
      if (!isOutcome(text, tokens, k) || (k > i + 1 + OUTCOME_LEAD && k !== colon)) continue;
      // The alternatives: each starts after "/", "," or "or"; an alternative runs at most two words ("manual check").
      let decisive = 1;
      let alternatives = 1;
      let words = 1;
      for (let j = k + 1; j < tokens.length; j++) {
        let gap = text.slice(tokens[j - 1].end, tokens[j].start);
        // A remark in brackets belongs to the alternative before it: "CONDITIONAL BAIL (with conditions) or REMAND".
        if (/^\s*\($/.test(gap)) {
          const close = text.indexOf(')', tokens[j].start);
          if (close < 0) break;
          while (j < tokens.length && tokens[j].start < close) j++;
          if (j === tokens.length) break;
          gap = text.slice(close + 1, tokens[j].start);
          if (!/^\s*$/.test(gap) && !ALTERNATIVE_SEPARATOR.test(gap)) break;
        }
        if (tokens[j].lower === 'or') continue;
        const starts = ALTERNATIVE_SEPARATOR.test(gap) || tokens[j - 1].lower === 'or';
        if (starts) {
          alternatives++;
          words = 1;
          if (isOutcome(text, tokens, j)) decisive++;
        } else if (!/^\s+$/.test(gap) || ++words > 2) break;
      }
      if (alternatives < 2 || decisive < 2) return undefined;
      // A list after the colon is told from its verb: who it is about stands around the verb, not the list.
      return k === colon && k > i + 1 + OUTCOME_LEAD ? { from: i, to: i + 1 } : { from: k, to: k + 1 };
    }
  }
  return undefined;
}

/** Verbs of asking for something, before "for": "applying for", "who apply for", "claiming for". */
const APPLYING = new Set(['apply', 'applying', 'applied', 'applies', 'seeking', 'claiming', 'asking', 'queueing', 'queuing', 'bidding']);
/** Words after "for" before what is applied for: "applying for the new heating support". */
const APPLIED_FOR_SPAN = 3;

/**
 * Whether a term naming people is followed by what they apply for, named by a term of another domain:
 * "Gig workers applying for the heating support", "students who apply for housing benefit".
 */
function applyingElsewhere(tokens: readonly WordToken[], t: Evidence, found: readonly Evidence[], people: Set<string>): boolean {
  if (!people.has(tokens[t.to - 1].lemma)) return false;
  let k = t.to;
  if (tokens[k]?.lower === 'who' || tokens[k]?.lower === 'that') k++;
  if (!APPLYING.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'for') return false;
  const from = k + 2;
  return found.some((f) => f.entry.domain !== t.entry.domain && f.from >= from && f.from <= from + APPLIED_FOR_SPAN);
}

/** Words between "from" and the machine an outcome comes from: "from the underwriting model". */
const SOURCE_SPAN = 3;

/**
 * Two outcomes that come from a machine, without a verb handing them over: "an instant yes or no from the
 * underwriting model", "approve/decline from the engine". Token range of the first outcome, or undefined.
 */
function outcomesFromMachine(text: string, tokens: readonly WordToken[]): { from: number; to: number } | undefined {
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (!isOutcome(text, tokens, k)) continue;
    const joined = tokens[k + 1].lower === 'or' ? k + 2 : ALTERNATIVE_SEPARATOR.test(text.slice(tokens[k].end, tokens[k + 1].start)) ? k + 1 : -1;
    if (joined < 0 || !isOutcome(text, tokens, joined) || tokens[joined + 1]?.lower !== 'from') continue;
    for (let m = joined + 2; m < tokens.length && m <= joined + 1 + SOURCE_SPAN; m++) if (namesMachine(tokens[m])) return { from: k, to: k + 1 };
  }
  return undefined;
}

/** Nouns of a result named by its values after "of": "a result of Pass or Fail", "a decision of Approve, Refer or Decline". */
const RESULT_NOUNS = new Set(['result', 'results', 'decision', 'decisions', 'outcome', 'outcomes', 'verdict', 'verdicts', 'recommendation', 'recommendations', 'status']);

/** The first token after "of" that follows a result noun within COLON_LEAD words of token `i`; -1 when none. */
function listAfterResultOf(tokens: readonly WordToken[], i: number): number {
  for (let k = i + 2; k < tokens.length - 1 && k <= i + 1 + COLON_LEAD; k++) if (tokens[k].lower === 'of' && RESULT_NOUNS.has(tokens[k - 1].lower)) return k + 1;
  return -1;
}

/** Words an output verb's object may run before a colon that lists its values. */
const COLON_LEAD = 8;

/** The first token after a colon within COLON_LEAD words of token `i`, with no sentence end before it; -1 when none. */
function listAfterColon(text: string, tokens: readonly WordToken[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + 1 + COLON_LEAD; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[.;!?]/.test(gap)) return -1;
    if (gap.includes(':')) return k;
  }
  return -1;
}

/** Words an output verb's object may open with before the noun of an act: "returns the final mark". */
const OBJECT_LEAD = 3;

/**
 * A decision handed over as a noun: an output verb whose object is an act's noun ("returns the final mark
 * for the essay", "outputs a credit score for each applicant", "returns a ranked list of candidates").
 * The verb does that act, so the noun, inside its compound or after an adjective, reads as an act.
 * Evidence of the act at the noun, in each domain the noun is an act of.
 */
function handedOverActs(text: string, tokens: readonly WordToken[], acts: Map<string, Entry[]>): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OUTPUT_VERBS.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + OBJECT_LEAD; k++) {
      if (!/^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      const entries = acts.get(tokens[k].lemma)?.filter((e) => e.lemmas.length === 1);
      if (entries?.length) {
        for (const entry of entries) out.push({ entry, from: k, to: k + 1, handed: true });
        break;
      }
      if (FUNCTION_WORDS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) break;
    }
  }
  return out;
}

/** Verbs that pass a choice on to someone: "tells officers which travellers to pull aside". */
const INFORMING = new Set(['tell', 'tells', 'told', 'telling', 'say', 'says', 'saying', 'advise', 'advises', 'advised', 'advising', 'show', 'shows', 'showing', 'signal', 'signals', 'indicate', 'indicates', 'inform', 'informs']);
/** How many words a question passed on may run before its verdict word ("which people on their list are most likely"). */
const VERDICT_SPAN = 8;
/**
 * Words that make a question a verdict on who or what it asks about: a modal, a likelihood, a judgement
 * ("says whether it's probably melanoma", "tells them whether the person should be sent for a secondary
 * check", "says whether they'd be a good tenant"). Without one the question asks what is ("shows which
 * patients were admitted last week").
 */
const VERDICT_WORDS = new Set(['should', 'would', 'could', 'must', 'likely', 'unlikely', 'probably', 'probable', 'possibly', 'good', 'bad', 'reliable', 'unreliable', 'eligible', 'ineligible', 'suitable', 'unsuitable', 'fit', 'unfit', 'genuine', 'fraudulent', 'credible', 'trustworthy', 'legitimate', 'safe', 'unsafe', 'dangerous', 'risky', 'worthy', 'deceptive', 'truthful', 'honest', 'dishonest', 'guilty', 'innocent']);
/** The lemma of the act a choice passed on stands for. */
const CHOICE = '@choice';
/** Words of who is told between the verb and the question ("tells a buy-now-pay-later checkout whether ..."). */
const ADDRESSEE_SPAN = 7;
/** Words between the question word and its "to" ("which arriving travellers to ..."). */
const QUESTION_SPAN = 4;

/**
 * A deliberative question passed on as the result: a verb of telling, then "whether", "which ...", "who" or
 * "whom" and an infinitive ("tells the checkout whether to green-light the plan", "tells officers which
 * travellers to pull aside"). What to do about someone is decided there, in whichever domain the clause's
 * terms name, with a strong term inside the question: who is told ("tells patients which pharmacy to
 * visit") chooses for themselves, though their words may name the setting ("tells a loan desk which ...").
 * A question that passes a verdict does the same ("says whether it's probably melanoma", see VERDICT_WORDS).
 * Token range of the verb and index of the question word, or undefined. "Tells who is walking" asks no
 * such question.
 */
function choicePassedOn(tokens: readonly WordToken[]): { from: number; to: number; question: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!INFORMING.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 1 + ADDRESSEE_SPAN; k++) {
      // "tell the officer if to give the loan": "if" asks only right before its infinitive.
      if (!CHOICE_OBJECT.has(tokens[k].lower) || (tokens[k].lower === 'if' && tokens[k + 1]?.lower !== 'to')) continue;
      if (toldOwnAffairs(tokens, i, k + 1 + QUESTION_SPAN)) break;
      for (let j = k + 1; j < tokens.length && j <= k + 1 + QUESTION_SPAN; j++) if (tokens[j].lower === 'to') return { from: i, to: i + 1, question: k };
      for (let j = k + 1; j < tokens.length && j <= k + 1 + VERDICT_SPAN; j++) if (VERDICT_WORDS.has(tokens[j].lower) || /['\u2019]d$/.test(tokens[j].lower)) return { from: i, to: i + 1, question: k };
      break;
    }
  }
  return undefined;
}

/** The lemma of the act a placement into a group stands for. */
const PLACEMENT = '@placement';
/** Verbs that move someone somewhere: "puts", "routes", "moves". */
const PLACING = new Set(['put', 'puts', 'putting', 'add', 'adds', 'added', 'adding', 'move', 'moves', 'moved', 'moving', 'route', 'routes', 'routed', 'routing', 'place', 'places', 'placed', 'placing', 'transfer', 'transfers', 'transferred', 'transferring', 'send', 'sends', 'sent', 'sending', 'channel', 'channels', 'channelled', 'channeled']);
/** Groups people are sorted into, each with its own consequences: a maths set, a track, a band, a pathway, a risk category ("into high, medium or standard risk"), "one of three groups". */
const PLACEMENT_GROUPS = new Set(['group', 'groups', 'set', 'sets', 'track', 'tracks', 'stream', 'streams', 'band', 'bands', 'tier', 'tiers', 'pathway', 'pathways', 'programme', 'programmes', 'program', 'programs', 'cohort', 'cohorts', 'list', 'lists', 'waitlist', 'waitlists', 'category', 'categories', 'bracket', 'brackets', 'bucket', 'buckets', 'risk']);
/** Words that take the placed into the group: "into the remedial set", "in the support maths track", "on the waiting list", "moved to the foundation track", "between Tier 1, 2 and 3 groups". */
const PLACED_INTO = new Set(['into', 'in', 'on', 'onto', 'to', 'between']);
/** Words that send someone to a step a domain names: "to secondary inspection". */
const ONTO = new Set(['to', 'into']);
/** Words that put someone on a plan or a regime a domain names: "on a performance improvement plan", "on probation". */
const ON = new Set(['on', 'onto']);
/** Plans and regimes people are put on: a thing put on a face or a selfie is no person placed. */
const PLANS = new Set(['plan', 'plans', 'probation', 'register', 'watchlist', 'rota', 'roster', 'scheme', 'regime', 'curfew']);
/** Words a plan's name may run to: "a performance improvement plan". */
const PLAN_SPAN = 5;

/** Whether the words from `from` name a plan or a regime (see PLANS) before a function word. */
function namesPlan(tokens: readonly WordToken[], from: number): boolean {
  for (let j = from; j < tokens.length && j <= from + PLAN_SPAN; j++) {
    if (PLANS.has(tokens[j].lower)) return true;
    if (FUNCTION_WORDS.has(tokens[j].lower) && !DETERMINERS.has(tokens[j].lower)) return false;
  }
  return false;
}
/** Words between the verb and "into" ("puts whoever falls under the threshold into ..."). */
const PLACED_SPAN = 12;
/** A split of data named by what it is for: "the evaluation set", "assessment sets" ("the order set by the model" is no split). */
const DATA_SETS = new Set(['set', 'sets']);
const TESTING_NOUNS = new Set(['evaluation', 'assessment', 'validation', 'test', 'testing', 'benchmark', 'calibration']);
/** Nouns of a place or a plan that an act's word before them names: "control room", "dispatch desk", "recruitment plan". */
/** A tool for testing one is named the same way: "the evaluation suite", "an assessment harness"; a split of data, "the validation split". */
const COMPOUND_HEADS = new Set(['room', 'rooms', 'slot', 'slots', 'centre', 'centres', 'center', 'centers', 'desk', 'desks', 'tower', 'panel', 'plan', 'plans', 'strategy', 'budget', 'campaign', 'fair', 'fairs', 'policy', 'policies', 'suite', 'suites', 'harness', 'harnesses', 'script', 'scripts', 'protocol', 'protocols', 'split', 'splits']);
/** Modifiers that may stand between an enabling verb and the person it enables: "lets older social-housing tenants". */
const ENABLED_MODIFIERS = 3;

/** Words after which a group's noun is a verb: "and sets a priority", "it sets". */
const GROUP_BREAKS = new Set(['and', 'or', 'to', 'it', 'they', 'we', 'which', 'that', 'who']);
/** Words between "into" and the group's noun ("in the advanced, standard or support maths track"). */
const GROUP_SPAN = 7;

/**
 * A placement of people into a group: "Route learners into the support or accelerated maths set", "puts
 * whoever falls under the threshold into the remedial set", "are put in the support maths track", "placed on
 * the waiting list", "are added to the social worker's visit list", "send the high-risk ones to secondary inspection".
 * Who is placed, and so the domain, comes from the clause's terms, as for a choice passed on. Token range of the
 * verb, or undefined.
 */
function placementInto(tokens: readonly WordToken[], strongTermAt: (k: number) => boolean): { from: number; to: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!PLACING.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 1 + PLACED_SPAN; k++) {
      if (!PLACED_INTO.has(tokens[k].lower)) continue;
      // Sent on to a step a domain names, with or without an article: "send the high-risk ones to secondary
      // inspection", "routes them to the special investigations unit", "are placed on a performance improvement plan".
      // What is sent must be people or cases: "send reminder letters to witnesses" sends information.
      if ((ONTO.has(tokens[k].lower) || (ON.has(tokens[k].lower) && namesPlan(tokens, k + 1))) && (strongTermAt(k + 1) || (DETERMINERS.has(tokens[k + 1]?.lower ?? '') && strongTermAt(k + 2))) && !tokens.slice(i + 1, k).some((t) => INFORMATION_NOUNS.has(t.lower) || MESSAGES.has(t.lower))) return { from: i, to: i + 1 };
      // The group is a noun phrase: after "to" it opens with a determiner ("to do the exercises their physio set"
      // is an infinitive), and its noun follows a modifier, not a conjunction or a pronoun ("queue and sets a priority").
      if (tokens[k].lower === 'to' && !DETERMINERS.has(tokens[k + 1]?.lower ?? '')) break;
      // "put applicants in order for social housing" ranks them ("in order to", "in order for staff to" is a purpose).
      if (tokens[k].lower === 'in' && tokens[k + 1]?.lower === 'order' && !purposeAfter(tokens, k + 2)) return { from: i, to: i + 1 };
      // "groups of four" is a size, not a group with consequences.
      const sized = (j: number) => tokens[j + 1]?.lower === 'of' && NUMBER_WORD.test(tokens[j + 2]?.lower ?? '');
      for (let j = k + 1; j < tokens.length && j <= k + 1 + GROUP_SPAN; j++) if (PLACEMENT_GROUPS.has(tokens[j].lower) && !GROUP_BREAKS.has(tokens[j - 1].lower) && !sized(j)) return { from: i, to: i + 1 };
      break;
    }
  }
  return undefined;
}

/** Things sent that carry a message, beside INFORMATION_NOUNS: "reminder letters", "repair requests". */
const MESSAGES = new Set(['reminder', 'reminders', 'letter', 'letters', 'request', 'requests', 'notice', 'notices', 'invitation', 'invitations', 'notification', 'notifications', 'invite', 'invites', 'summary', 'summaries', 'draft', 'drafts', 'form', 'forms', 'file', 'files', 'link', 'links']);

/** Words a purpose's "for" may run before its "to": "in order for the staff to". */
const PURPOSE_FOR_SPAN = 5;

/** Whether "in order" ends at token `k` in a purpose: "in order to", "in order that", "in order for staff to". */
function purposeAfter(tokens: readonly WordToken[], k: number): boolean {
  const next = tokens[k]?.lower;
  if (next === 'to' || next === 'that') return true;
  if (next !== 'for') return false;
  for (let j = k + 1; j < tokens.length && j <= k + PURPOSE_FOR_SPAN; j++) if (tokens[j].lower === 'to') return true;
  return false;
}

/** The lemma of the act an alert raised to a decider stands for. */
const ALERT = '@alert';
/** Verbs of raising an alert, in the forms they are written: "pages the rapid response team", "pinged security". */
const ALERTING = new Set(['alert', 'alerts', 'alerted', 'alerting', 'notify', 'notifies', 'notified', 'notifying', 'warn', 'warns', 'warned', 'page', 'pages', 'paged', 'paging', 'ping', 'pings', 'pinged', 'pinging']);

/**
 * An alert raised to someone who decides: "pages the on-call doctor about patients it expects to deteriorate",
 * "pages the rapid response team when a patient's vitals trend toward sepsis". Whom it is about, and so the
 * domain, comes from a strong term of the clause, as for a list of outcomes ("alerts the engineer when disk
 * usage is high" is about no one). Token range of the verb, or undefined.
 */
function alertRaised(tokens: readonly WordToken[], deciders: Set<string>): { from: number; to: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!ALERTING.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 1 + ADDRESSEE_MODIFIERS; k++) if (deciders.has(tokens[k].lemma)) return { from: i, to: i + 1 };
  }
  return undefined;
}

/** The lemma of the act an adverse document issued to someone stands for. */
const ISSUED = '@issued';
/** Verbs that issue a document: "generates a Notice Seeking Possession", "issues the recovery notice", "serves a warning". */
const ISSUING = new Set(['generate', 'generates', 'generated', 'generating', 'issue', 'issues', 'issued', 'issuing', 'serve', 'serves', 'served', 'serving', 'raise', 'raises', 'raised', 'raising', 'send', 'sends', 'sent', 'sending']);
/**
 * Documents that carry a decision about the person they are issued to: a notice, a written warning, a refusal, a
 * penalty. A reminder or a receipt carries none; drafting one is writing it, and a "demand" is as often a load.
 */
const DECISION_DOCUMENTS = new Set(['notice', 'notices', 'warning', 'warnings', 'refusal', 'refusals', 'rejection', 'rejections', 'penalty', 'penalties', 'summons', 'sanction', 'sanctions', 'debt', 'debts']);
/** Nouns a document's word may qualify instead: "rejection emails", "Rejection Template R2", "warning lights". */
const NOT_DOCUMENTS = new Set(['email', 'emails', 'template', 'templates', 'board', 'boards', 'light', 'lights', 'sign', 'signs', 'label', 'labels', 'banner', 'banners', 'icon', 'icons', 'period', 'periods', 'level', 'levels', 'system', 'systems']);
/** Words a document's name may run to before its noun: "a First Written Warning", "an overpayment debt". */
const DOCUMENT_SPAN = 4;

/**
 * A document that carries a decision issued to someone: a verb of issuing, then within a few words a notice,
 * warning, refusal, rejection, penalty, summons, sanction or debt ("has automatically generated a Notice Seeking
 * Possession for each tenant", "generates a First Written Warning for signature", "raises an overpayment debt against
 * a recipient"). Who receives it, and so the domain, comes from a term of the clause. "sends a reminder of the
 * appointment" issues no decision. Token range of the verb, or undefined.
 */
function documentIssued(tokens: readonly WordToken[]): { from: number; to: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!ISSUING.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + DOCUMENT_SPAN; k++) {
      // "rejection emails", "a warning light": the word qualifies another thing.
      if (DECISION_DOCUMENTS.has(tokens[k].lower)) {
        if (!NOT_DOCUMENTS.has(tokens[k + 1]?.lower ?? '')) return { from: i, to: i + 1 };
        break;
      }
      if (FUNCTION_WORDS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) break;
    }
  }
  return undefined;
}

/** The lemma of the act a decision taken, written with its noun, stands for. */
const DECISION_TAKEN = '@decision';
/** Verbs that take a decision written as a noun: "makes the final decision", "issues the decision", "reaches a determination". */
const TAKING = new Set(['make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taking', 'issue', 'issues', 'issued', 'issuing', 'reach', 'reaches', 'reached', 'reaching', 'render', 'renders', 'rendered', 'rendering']);
const DECISION_NOUNS = new Set(['decision', 'decisions', 'determination', 'determinations']);
/** Words between the verb and the noun: "makes the final eligibility decision". */
const DECISION_SPAN = 4;
/** Speakers who take a decision themselves: "we made the decision", "you make the final decision". */
const DECIDING_SELVES = new Set(['we', 'i', 'you', 'they']);
/** How far before the verb a word of enabling reaches: "helps loan officers make faster decisions". */
const ENABLED_SPAN = 4;

/** Machines named as the agent of a decision taken in the passive, besides the release's own nouns. */
const MACHINES = new Set(['software', 'computer', 'program', 'programme', 'machine', 'bot', 'robot']);

/** Whether a word names a machine: the release's own nouns ("model", "system") or another (see MACHINES). */
function namesMachine(t: WordToken): boolean {
  return RELEASE_NOUNS.has(t.lemma) || MACHINES.has(t.lower);
}
/** The participles of the verbs that take a decision. */
const TAKEN = new Set(['made', 'taken', 'reached', 'issued', 'rendered']);
/** Words a passive decision's noun may carry before its auxiliary: "the decision on my loan application was made". */
const DECISION_OBJECT_SPAN = 5;
/** Words that open what a decision is about. */
const DECISION_ABOUT = new Set(['on', 'about', 'regarding', 'over', 'for', 'in']);

/**
 * A decision taken by a machine, written in the passive: "the decision was made by an automated model", "the
 * decision on my claim was taken automatically". People who take it ("was made by a loan officer") do not count, and
 * neither does a passive with no agent: who took it is not said. Token range of the participle and its agent (what
 * the decision is about lies before it), or undefined.
 */
function decisionTakenByMachine(tokens: readonly WordToken[], k: number): { from: number; to: number } | undefined {
  let a = k + 1;
  if (DECISION_ABOUT.has(tokens[a]?.lower ?? '')) {
    const end = Math.min(tokens.length, a + 1 + DECISION_OBJECT_SPAN);
    for (a++; a < end && !PASSIVE_AUXILIARIES.has(tokens[a].lower); a++) if (FUNCTION_WORDS.has(tokens[a].lower) && !DETERMINERS.has(tokens[a].lower)) return undefined;
  }
  if (!PASSIVE_AUXILIARIES.has(tokens[a]?.lower ?? '')) return undefined;
  if (tokens[a + 1]?.lower === 'been' || tokens[a + 1]?.lower === 'being') a++;
  if (!TAKEN.has(tokens[a + 1]?.lower ?? '')) return undefined;
  if (tokens[a + 2]?.lower === 'automatically') return { from: a + 1, to: a + 3 };
  if (tokens[a + 2]?.lower !== 'by') return undefined;
  for (let j = a + 3; j < tokens.length && j <= a + 2 + PASSIVE_AGENT_SPAN; j++) {
    if (namesMachine(tokens[j])) return { from: a + 1, to: j + 1 };
    if (FUNCTION_WORDS.has(tokens[j].lower) && !DETERMINERS.has(tokens[j].lower) && !POSSESSIVE_DETERMINERS.has(tokens[j].lower)) return undefined;
  }
  return undefined;
}

/**
 * A decision taken, written as a verb and its noun: "makes the decision on each loan application", "it issues the
 * decision to both parties", or in the passive with a machine as its agent. Whom it is about, and so the domain,
 * comes from a strong term of the clause, as for a document issued. Token range of the words that take it (the verb and
 * the noun, or the participle and its agent), or undefined.
 */
function decisionTaken(tokens: readonly WordToken[], isPerson: (k: number) => boolean): { from: number; to: number } | undefined {
  for (let k = 0; k < tokens.length; k++) {
    if (!DECISION_NOUNS.has(tokens[k].lower)) continue;
    const taken = decisionTakenByMachine(tokens, k);
    if (taken) return taken;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!TAKING.has(tokens[i].lower)) continue;
    // People who take it, or whom the release helps to ("helps officers make faster decisions"), decide themselves.
    let s = i - 1;
    while (s >= 0 && SUBJECT_ADVERBS.has(tokens[s].lower)) s--;
    if (s >= 0 && (isPerson(s) || DECIDING_SELVES.has(tokens[s].lower))) continue;
    if (tokens.slice(Math.max(0, i - ENABLED_SPAN), i).some((t) => ENABLING.has(t.lower))) continue;
    for (let k = i + 1; k < tokens.length && k <= i + DECISION_SPAN; k++) {
      // "made the decision to train on 2019 data" is a decision about the work; "issues the decision to both
      // parties" hands it to them.
      if (DECISION_NOUNS.has(tokens[k].lower)) {
        const after = tokens[k + 2];
        if (tokens[k + 1]?.lower !== 'to' || (after && (DETERMINERS.has(after.lower) || after.lower === 'both' || isPerson(k + 2)))) return { from: i, to: k + 1 };
        break;
      }
      if (FUNCTION_WORDS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) break;
    }
  }
  return undefined;
}

/** The lemma of the act a comparison with a reference of known people stands for, and its domain. */
const COMPARED = '@compared';
const COMPARED_DOMAIN = 'biometrics';
/** Verbs of comparing one thing with another. */
const COMPARING = new Set(['match', 'compare', 'check', 'search', 'verify']);
/** Words that open what a thing is compared with. */
const COMPARED_WITH = new Set(['against', 'with', 'to', 'vs', 'versus', 'among']);
/** Words between the verb and "against" or "with": "compares it in real time against", "compares every spectator passing turnstiles 1-48 against". */
const COMPARED_SPAN = 8;
/** References a person is compared with: "their stored template", "the staff gallery", "the club's banning list", "the voice recorded at account opening". */
const REFERENCES = new Set(['template', 'templates', 'gallery', 'galleries', 'watchlist', 'watchlists', 'list', 'roster', 'rosters', 'register', 'registry', 'database', 'record', 'records', 'sample', 'samples', 'photo', 'photos', 'print', 'prints', 'set', 'enrolment', 'enrollment', 'faceprint', 'faceprints', 'passport', 'id', 'directory', 'directories', 'enrolled', 'registered', 'recorded', 'stored', 'saved', 'flagged', 'banned', 'wanted']);
/** Words between "against" and the reference: "against the club's list", "with their stored template". */
const REFERENCE_SPAN = 4;

/** Words of cameras and what they record. */
const CAMERAS = new Set(['camera', 'cameras', 'cam', 'cams', 'cctv', 'footage', 'webcam', 'webcams']);
/** Words for a person that name no domain's subject: "the same person", "the same individual". */
const ANYONE = new Set(['person', 'persons', 'individual', 'individuals', 'people', 'man', 'woman', 'visitor', 'visitors', 'shopper', 'shoppers', 'pedestrian', 'pedestrians', 'face', 'faces']);
/** A phrasal verb's particle: "picks up the same shopper". */
const PARTICLES = new Set(['up', 'out', 'down', 'back', 'off']);
/** Words before "same" that make it one person's: "the same person", "one same person". */
const SAME_DETERMINERS = new Set(['the', 'one', 'that', 'a']);
/** How far after "same" the person may stand: "the same individual passenger". */
const SAME_PERSON_SPAN = 3;

/**
 * "follows the same person from camera to camera", "finds the same shopper again on other cams": a clause about
 * cameras that says one person is the same one seen elsewhere re-identifies them. "The same cameras" are no person.
 * So does one followed through many cameras ("follows that person across every other camera"); across one
 * camera's view ("walks across the camera's view") they are only seen.
 */
function samePersonAcrossCameras(tokens: readonly WordToken[], people: Set<string>): { verb: number; person: number; camera: number } | undefined {
  const camera = tokens.findIndex((t) => CAMERAS.has(t.lower));
  if (camera < 0) return undefined;
  // Followed through many cameras: "follows that person across every other camera", "tracks them between cameras".
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!(people.has(tokens[k].lemma) || ANYONE.has(tokens[k].lower) || PERSON_OBJECTS.has(tokens[k].lower)) || !THROUGH_CAMERAS.has(tokens[k + 1].lower)) continue;
    const seenIn = manyCameras(tokens, k + 2);
    if (seenIn < 0) continue;
    const verb = DETERMINERS.has(tokens[k - 1].lower) && k >= 2 ? k - 2 : k - 1;
    return { verb, person: k, camera: seenIn };
  }
  for (let i = 2; i < tokens.length; i++) {
    // Or the verb before "the same" follows or finds the person: "follows the same person", "tracks one same person".
    if (tokens[i].lower !== 'same' || !SAME_DETERMINERS.has(tokens[i - 1].lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + SAME_PERSON_SPAN; k++) if (people.has(tokens[k].lemma) || ANYONE.has(tokens[k].lower)) return { verb: i >= 3 && PARTICLES.has(tokens[i - 2].lower) ? i - 3 : i - 2, person: k, camera };
  }
  return undefined;
}

/** Words that lead a person through cameras: "across every other camera", "between cameras". */
const THROUGH_CAMERAS = new Set(['across', 'between', 'through']);
/** Words that make one camera many: "every other camera", "all cameras". */
const MANY = new Set(['every', 'each', 'all', 'other', 'multiple', 'several', 'different']);
/** Words that may open the cameras' phrase without making them many: "across the cameras", "between our cameras". */
const CAMERA_DETERMINERS = new Set(['the', 'our']);
/** Words the cameras' phrase may run to before the camera word: "every other camera". */
const CAMERA_SPAN = 2;

/**
 * The index of a camera word within CAMERA_SPAN words of `from` that names many cameras: a plural ("cameras"),
 * or one after a word of many ("every other camera"); -1 when none. "The camera's view" is one camera.
 */
function manyCameras(tokens: readonly WordToken[], from: number): number {
  for (let j = from; j < tokens.length && j <= from + CAMERA_SPAN; j++) {
    const word = tokens[j].lower;
    if (!CAMERAS.has(word)) {
      if (!MANY.has(word) && !CAMERA_DETERMINERS.has(word)) return -1;
      continue;
    }
    const plural = /s$/.test(word) && word !== 'cctv';
    return plural || (j > from && MANY.has(tokens[j - 1].lower)) ? j : -1;
  }
  return -1;
}

/**
 * A comparison with a reference: a verb of comparing, then "against", "with" or "to" (or, for "matches", its
 * object) and a reference within a few words ("matched against the enrolled staff set", "when their face matches
 * the photo on their account"). What is compared, and so whether it is a person's face, voice or body, comes from
 * the clause's terms. Token range of the verb, or undefined.
 */
function comparedWithReference(tokens: readonly WordToken[]): { from: number; to: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!COMPARING.has(tokens[i].lemma)) continue;
    let k = i + 1;
    while (k < tokens.length && k <= i + COMPARED_SPAN && !COMPARED_WITH.has(tokens[k].lower)) k++;
    // "matches the photo on their account": the object of "match" is the reference itself.
    const from = k < tokens.length && k <= i + COMPARED_SPAN ? k + 1 : tokens[i].lemma === 'match' ? i + 1 : -1;
    if (from < 0) continue;
    for (let r = from; r < tokens.length && r < from + REFERENCE_SPAN; r++) if (REFERENCES.has(tokens[r].lower)) return { from: i, to: i + 1 };
  }
  return undefined;
}

/** The lemma of the act telling who a person is stands for. */
const IDENTITY_TOLD = '@identity';
/** Verbs that hand over who someone is: "tells you which ...", "names which person ...", "returns which enrolled caller ...". */
const NAMING = new Set([...INFORMING, 'name', 'names', 'named', 'naming', 'return', 'returns', 'returned', 'returning']);
/** Forms of "be" after "who": "who is walking", "who they are". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
/** Pronouns between "who" and its "be": "who they are", "who it is". */
const WHO_SUBJECTS = new Set(['they', 'he', 'she', 'it', 'you']);
/** Words between "which" and the person it asks about: "which of your enrolled speakers". */
const WHICH_SPAN = 4;
/** Words of people known beforehand, among whom "which" asks: "which of your enrolled speakers", "by name which of your registered visitors". */
const KNOWN_PEOPLE = new Set(['enrolled', 'enroled', 'registered', 'known', 'gallery', 'member', 'members', 'staff', 'employee', 'employees', 'name']);
/** What a person is known by besides a body part: their voice on a recording, their image from a camera. */
const MODALITIES = new Set(['voice', 'speaker', 'camera', 'photo', 'picture', 'video', 'recording', 'audio', 'image', 'frame', 'cctv', 'webcam']);

/**
 * Who a person is, handed over: a verb of telling, then "who is", "who they are", "whoever", or "which" with
 * a person among people known beforehand ("tells you which of your enrolled speakers is talking", "tells who
 * is walking down a corridor", "returns the ID of whoever walks through"). "which speaker is talking at each
 * moment" tells speakers apart, naming no one; "who spoke when" asks no one's identity. Token range of the
 * verb, and whether the person is sought among people known beforehand ("which" with them, "whoever"), where a
 * voice or a camera image names them; "who is" needs a face, a gait or a print. Undefined when there is none.
 */
function identityTold(tokens: readonly WordToken[], isPersonTerm: (k: number) => boolean): { from: number; to: number; amongKnown: boolean } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!NAMING.has(tokens[i].lower)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 1 + ADDRESSEE_SPAN; k++) {
      const q = tokens[k].lower;
      const next = tokens[k + 1]?.lower ?? '';
      if (q === 'whoever') return { from: i, to: i + 1, amongKnown: true };
      if ((q === 'who' || q === 'whom') && (BE_FORMS.has(next) || (WHO_SUBJECTS.has(next) && BE_FORMS.has(tokens[k + 2]?.lower ?? '')))) return { from: i, to: i + 1, amongKnown: false };
      if (q === 'which') {
        const asked = tokens.slice(k + 1, k + 1 + WHICH_SPAN);
        const known = tokens.slice(i + 1, k + 1 + WHICH_SPAN).some((t) => KNOWN_PEOPLE.has(t.lower));
        if (known && asked.some((_, n) => isPersonTerm(k + 1 + n))) return { from: i, to: i + 1, amongKnown: true };
      }
      if (CHOICE_OBJECT.has(q)) break;
    }
  }
  return undefined;
}

/** The lemma of the act an output's effect stands for. */
const EFFECT = '@effect';
/** Nouns of what a release hands over, as the subject of a verb: "Its output multiplies ...", "the score sets ...". */
const OUTPUT_NOUNS = new Set(['output', 'outputs', 'score', 'scores', 'prediction', 'predictions', 'estimate', 'estimates', 'rating', 'ratings', 'probability', 'forecast']);
/** Verbs of changing an amount or a course: what an output does to a thing decided about ("multiplies the base premium"). */
const EFFECT_VERBS = new Set(['multiply', 'multiplies', 'multiplied', 'scale', 'scales', 'scaled', 'raise', 'raises', 'raised', 'lower', 'lowers', 'lowered', 'increase', 'increases', 'increased', 'decrease', 'decreases', 'decreased', 'reduce', 'reduces', 'reduced', 'cut', 'cuts', 'change', 'changes', 'changed', 'drive', 'drives', 'drove', 'trigger', 'triggers', 'triggered', 'override', 'overrides', 'overrode', 'cap', 'caps', 'capped', 'discount', 'discounts', 'discounted', 'load', 'loads', 'loaded']);

/**
 * What a release hands over, as the subject of a verb that changes something: "Its output multiplies the base
 * motor premium at every renewal", "the score raises the deposit". The thing changed, a strong term of the
 * clause, says in which domain it is decided. Token range of the verb, or undefined.
 */
function outputEffect(text: string, tokens: readonly WordToken[], isStrongTerm: (k: number) => boolean): { from: number; to: number } | undefined {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!OUTPUT_NOUNS.has(tokens[i].lower) || !EFFECT_VERBS.has(tokens[i + 1].lower)) continue;
    const before = tokens[i - 1];
    // The noun is a subject: after a determiner or a possessive ("its output", "the model's score"), the verb right after it.
    if (!(DETERMINERS.has(before.lower) || isPossessive(text, before)) || !/^ +$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) continue;
    // What is changed is the verb's object, a strong term at its head: "the base motor premium", not "the colour of the patient's chart".
    const head = objectHead(text, tokens, i + 2);
    if (head >= 0 && isStrongTerm(head)) return { from: i + 1, to: i + 2 };
  }
  return undefined;
}

/** The lemma of the act a state of mind read from people stands for. */
const EMOTION = '@emotion';
/** Where emotion recognition from a face or a voice belongs: biometric categorisation (EU AI Act Annex III 1(c)). */
const EMOTION_DOMAIN = 'biometrics';
/** States of mind a system may read from a face or a voice. */
const EMOTIONS = new Set(['angry', 'sad', 'happy', 'calm', 'frustrated', 'stressed', 'nervous', 'anxious', 'afraid', 'scared', 'fearful', 'upset', 'bored', 'confused', 'annoyed', 'irritated', 'aggressive', 'agitated', 'distressed', 'depressed', 'disgusted', 'surprised']);
/** Words that say a state of mind of someone: "labels them calm", "says if they are angry", "looks nervous". */
const STATE_LINKS = new Set(['them', 'him', 'her', 'is', 'are', 'was', 'were', 'be', 'looks', 'look', 'looked', 'sounds', 'sound', 'sounded', 'seems', 'seem', 'appears', 'appear', 'as', 'feels', 'feel']);
/** Words a list of states may run over before its link: "labels them calm, frustrated or angry". */
const STATE_LIST = 4;

/** A state of mind said of someone: an emotion word after a link, with a list before it allowed. Token range, or undefined. */
function emotionSaid(tokens: readonly WordToken[]): { from: number; to: number } | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (!EMOTIONS.has(tokens[i].lower)) continue;
    for (let k = i - 1; k >= 0 && k >= i - 1 - STATE_LIST; k--) {
      if (STATE_LINKS.has(tokens[k].lower)) return { from: i, to: i + 1 };
      if (!EMOTIONS.has(tokens[k].lower) && tokens[k].lower !== 'or' && tokens[k].lower !== 'and') break;
    }
  }
  return undefined;
}

/** The lemma of the act running a thing stands for. */
const RUNS = '@runs';
/** Verbs of running a thing: "now runs the traffic lights at 340 junctions". */
const RUNNING = new Set(['run', 'runs', 'ran', 'running']);

/**
 * The head of the noun phrase that opens at token `from` (after its determiners): "the base motor premium" ->
 * "premium", where the words run on without a function word or punctuation between them. -1 when there is none.
 */
function objectHead(text: string, tokens: readonly WordToken[], from: number): number {
  let k = from;
  while (k < tokens.length && DETERMINERS.has(tokens[k].lower)) k++;
  let head = -1;
  for (const end = from + OBJECT_LEAD + 1; k < tokens.length && k <= end && !FUNCTION_WORDS.has(tokens[k].lower); k++) {
    head = k;
    if (k + 1 < tokens.length && !/^[ -]+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
  }
  return head;
}

/**
 * A release that runs a thing a domain decides about, a strong term at the head of its object: "the company's
 * AI now runs the traffic lights at 340 junctions". "runs the model on SCADA telemetry" runs a model. Token
 * range of the verb, or undefined.
 */
function runsThing(text: string, tokens: readonly WordToken[], isStrongTerm: (k: number) => boolean): { from: number; to: number } | undefined {
  for (let i = 1; i + 1 < tokens.length; i++) {
    // "the nightly run": after a determiner the word is a noun.
    if (!RUNNING.has(tokens[i].lower) || DETERMINERS.has(tokens[i - 1].lower)) continue;
    const head = objectHead(text, tokens, i + 1);
    if (head > i + 1 && isStrongTerm(head)) return { from: i, to: i + 1 };
  }
  return undefined;
}

/** The lemma of the act a cut-off stands for. */
const CUT_OFF = '@cutoff';
/** Ends of a ranking that a count follows: "the bottom 70%", "the top 600". */
const RANK_ENDS = new Set(['bottom', 'top', 'lowest', 'highest']);
/** What a cut-off is drawn at: "below the threshold", "under the cut-off". */
const CUT_OFF_NOUNS = new Set(['threshold', 'thresholds', 'cutoff', 'cut-off', 'bar']);

/** Words right before "below the threshold" that make it a cut through people: "those below", "whoever falls under". */
const CUT_PEOPLE = new Set(['those', 'anyone', 'whoever', 'everyone', 'everybody', 'anybody', 'fall', 'falls', 'fell', 'falling', 'score', 'scores', 'scored', 'scoring', 'rank', 'ranks', 'ranked', 'ranking']);
/** Verbs that may stand between a score and its side: "whose score is above the cut-off". */
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Sides of a cut-off: "below the threshold", "everyone above the threshold". */
const CUT_SIDES = new Set(['below', 'under', 'above', 'over']);
/** Words that open the clause after a fronted cut-off: "Above 0.7 the nurse ...", "Below 0.3 it declines". */
const FRONTED_CUT_SUBJECTS = new Set(['the', 'a', 'an', 'it', 'we', 'they', 'our', 'its', 'their', 'that']);
/** Verbs of a score crossing a line: "when the match exceeds the configured threshold", "once a patient's score crosses 7". */
const CROSSING = new Set(['exceed', 'exceeds', 'exceeded', 'exceeding', 'cross', 'crosses', 'crossed', 'crossing', 'tops', 'topped', 'hits', 'reaches', 'reached']);
/** Words that make what follows the condition an action is taken on: "only when", "once", "if". */
const CONDITIONS = new Set(['when', 'whenever', 'if', 'once']);
/** Words from a condition to its crossing verb ("when a ward patient's score crosses"), and from the verb to the line it crosses ("exceeds the configured threshold"). */
const CONDITION_SPAN = 6;
const LINE_SPAN = 3;

/** The lemma of the act a consequence befalling people stands for. */
const CONSEQUENCE = '@consequence';
/**
 * What befalls people, as a passive participle: "are not invited to interview", "will be asked for three months'
 * deposit", "are frozen until an investigator clears them", "are now reported to the immigration authority".
 */
const CONSEQUENCES = new Set(['paid', 'invited', 'offered', 'asked', 'frozen', 'suspended', 'withdrawn', 'removed', 'barred', 'excluded', 'evicted', 'dismissed', 'stopped', 'detained', 'reported', 'visited', 'warned', 'fined', 'deported', 'banned', 'considered', 'refused', 'rejected', 'denied', 'declined', 'struck', 'switched', 'cut', 'called', 'required', 'charged', 'issued', 'allowed']);
/** Words that may stand between the auxiliary and the participle: "are not paid", "are now withdrawn automatically". */
const CONSEQUENCE_ADVERBS = new Set(['not', 'no', 'longer', 'now', 'automatically', 'then', 'also', 'simply', 'immediately', 'only', 'straight', 'instead', 'first', 'still']);
/** Words before the auxiliary the person it befalls may stand: "Applicants whose predicted first-year average comes out below 11 out of 20 are not invited". */
const CONSEQUENCE_SUBJECT_SPAN = 16;
/** Words that say a release's output caused it: "the model marks", "predicted", "rated", "automatically". */
const CAUSED_BY_OUTPUT = new Set([...RELEASE_NOUNS, ...OUTPUT_NOUNS, 'automatically', 'predicted', 'rated', 'scored', 'flagged', 'marked', 'ranked', 'classed', 'classified', 'judged', 'deemed', 'tagged', 'coloured', 'colored']);

/**
 * A consequence befalling people a domain decides about, caused by a release's output: a person of the domain
 * before a passive participle of what befalls them, in a clause that names the output ("Applicants whose
 * predicted first-year average comes out below 11 are not invited to interview", "tenants the model marks as
 * high arrears risk will be asked for three months' deposit"). "Applicants are invited to interview by the panel"
 * names no output. Token range of the participle, or undefined.
 */
function consequenceOn(tokens: readonly WordToken[], subjects: Set<string>): { from: number; to: number } | undefined {
  if (!tokens.some((t) => CAUSED_BY_OUTPUT.has(t.lower) || CAUSED_BY_OUTPUT.has(t.lemma))) return undefined;
  for (let p = 1; p < tokens.length; p++) {
    if (!CONSEQUENCES.has(tokens[p].lower)) continue;
    let a = p - 1;
    while (a > 0 && CONSEQUENCE_ADVERBS.has(tokens[a].lower) && !PASSIVE_AUXILIARIES.has(tokens[a].lower)) a--;
    if (!PASSIVE_AUXILIARIES.has(tokens[a].lower)) continue;
    // "a shortlist of who should be invited to interview" is a choice passed on (see choicePassedOn), not a consequence.
    let b = a - 1;
    while (b >= 0 && SUBJECT_MODALS.has(tokens[b].lower)) b--;
    if (b >= 0 && QUESTION_OBJECTS.has(tokens[b].lower)) continue;
    for (let k = a - 1; k >= 0 && k >= a - CONSEQUENCE_SUBJECT_SPAN; k--) if (subjects.has(tokens[k].lemma)) return { from: p, to: p + 1 };
  }
  return undefined;
}

/** The lemma of the act a rating given to someone stands for. */
const RATING = '@rating';
/** Verbs that give someone a rating: "gives every household a priority", "assigns each file a colour". */
const GIVING = new Set(['give', 'gives', 'gave', 'giving', 'assign', 'assigns', 'assigned', 'assigning']);
/** What a rating is, on a scale or a code: "a priority from 1 to 5", "a colour", "a risk band". */
const RATING_NOUNS = new Set(['priority', 'colour', 'color', 'band', 'tier', 'rating', 'grade', 'level', 'verdict', 'category', 'rank', 'bracket']);
/** Words between the verb and the rating's article: whom it is given ("every household applying for winter fuel support"). */
const RATED_SPAN = 8;
/** Verbs that set a rating as their object: "sets the priority", "set a risk tier". */
const SETTING = new Set(['set', 'sets', 'setting']);
/** Words that open the rating a verb of setting sets. */
const RATED_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'each', 'every']);
/** Modifiers between the article and the rating noun: "a credibility-risk band", "a red, amber or green colour". */
const RATING_MODIFIERS = 3;

/**
 * A rating given to someone: a verb of giving, whom it is given, then a rating on a scale or a code ("gives
 * every household applying for winter fuel support a priority from 1 to 5", "gives each customer a number from
 * 300 to 850", "gives every tourist visa file a colour"). Who is rated, and so the domain, comes from a strong
 * term of the clause, not the rating's own words ("a risk rating" says nothing of who is rated). "gives each
 * caller a reference number" gives no rating. Token range of the verb and the rating noun's index, or undefined.
 */
function ratingGiven(tokens: readonly WordToken[]): { from: number; to: number; rating: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    // A rating set as the verb's own object: "sets the priority of each 112 call", "sets a risk band for every claim".
    if (SETTING.has(tokens[i].lower) && RATED_OBJECT_OPENERS.has(tokens[i + 1]?.lower ?? '')) {
      for (let j = i + 2; j < tokens.length && j <= i + 2 + RATING_MODIFIERS; j++) if (RATING_NOUNS.has(tokens[j].lower)) return { from: i, to: i + 1, rating: j };
    }
    if (!GIVING.has(tokens[i].lower)) continue;
    for (let k = i + 2; k < tokens.length && k <= i + 1 + RATED_SPAN; k++) {
      if (tokens[k].lower !== 'a' && tokens[k].lower !== 'an') continue;
      for (let j = k + 1; j < tokens.length && j <= k + 1 + RATING_MODIFIERS; j++) {
        const w = tokens[j].lower;
        // A number is a rating on a scale only: "a number from 1 to 5".
        if (RATING_NOUNS.has(w) || (w === 'number' && (tokens[j + 1]?.lower === 'from' || tokens[j + 1]?.lower === 'between'))) return { from: i, to: i + 1, rating: j };
      }
      break;
    }
  }
  return undefined;
}

/**
 * Words that open a construction that decides (see placementInto, cutOff, alertRaised, runsThing, emotionSaid,
 * samePersonAcrossCameras).
 */
const CONSTRUCTION_WORDS = new Set([...PLACING, ...CUT_SIDES, ...RANK_ENDS, ...CROSSING, ...ALERTING, ...ISSUING, ...RUNNING, ...EMOTIONS, ...CAMERAS]);

/** Whether token k is a number written as a score: a decimal ("0.65") or a percentage ("80%"). */
function isScore(text: string, tokens: readonly WordToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^\d+$/.test(t.lower)) return false;
  const after = text.slice(t.end, t.end + 2);
  return after.startsWith('%') || /^\.\d/.test(after);
}

/**
 * A cut-off drawn through the people a clause names: "sends the bottom 70% a rejection email", "sets aside those
 * that fall below the threshold for the role", "declines applications below the cut-off"; or an action taken
 * when a score crosses a line ("opens the gate only when the match exceeds the configured threshold", "pages the
 * rapid response team when a ward patient's score crosses 7"). Whom it cuts, and so the domain, comes from the
 * clause's terms. `named(k)` tells whether token k names someone or something the clause is about. Token range of
 * the cut's first word, or undefined.
 */
function cutOff(text: string, tokens: readonly WordToken[], named: (k: number) => boolean): { from: number; to: number } | undefined {
  // "cut-off" is two words.
  const line = (k: number) => k < tokens.length && (CUT_OFF_NOUNS.has(tokens[k].lower) || (tokens[k].lower === 'cut' && tokens[k + 1]?.lower === 'off'));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i].lower;
    // "the top 600", "only rings the top five", "... - top 2,000 get the top-up first": a rank's end and a count, opening a phrase.
    if (RANK_ENDS.has(w) && NUMBER_WORD.test(tokens[i + 1].lower) && (tokens[i - 1]?.lower === 'the' || i === 0 || /[-\u2013\u2014:;(,]/.test(text.slice(tokens[i - 1].end, tokens[i].start)))) return { from: i, to: i + 1 };
    // "Above 0.7 the nurse is prompted ...", "Below 0.3, the claim is declined": a cut-off opening its sentence, then a
    // clause of its own, cuts whatever the sentence (or the topic lent to it) names; "Above 0.7 AUC on ..." is a result.
    if (CUT_SIDES.has(w) && (i === 0 || /[.!?:;]\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) && isScore(text, tokens, i + 1)) {
      // A decimal is two word tokens: "0" and "7" of "0.7".
      const last = /^\.\d/.test(text.slice(tokens[i + 1].end)) ? i + 2 : i + 1;
      const next = tokens[last + 1];
      if (next !== undefined && (/,/.test(text.slice(tokens[last].end, next.start)) || FRONTED_CUT_SUBJECTS.has(next.lower))) return { from: i, to: i + 1 };
    }
    if (CUT_SIDES.has(w) && i > 0) {
      // "whose attrition score is above the cut-off": a copula stands between the score and its side.
      const j = i > 1 && COPULAS.has(tokens[i - 1].lower) ? i - 2 : i - 1;
      const cutsPeople = CUT_PEOPLE.has(tokens[j].lower);
      if ((cutsPeople || named(j)) && (line(i + 1) || (tokens[i + 1].lower === 'the' && line(i + 2)))) return { from: i, to: i + 1 };
      // "whose on-time rate falls below 85%", "households scoring above 70": a score's fall or rise past a number
      // ("patients over 65" is an age).
      if (cutsPeople && /^\d+$/.test(tokens[i + 1].lower)) return { from: i, to: i + 1 };
      // "Families above 0.65 are added to the list", "claims over 80%": a decimal or a percentage is a score, not an age.
      if (named(j) && isScore(text, tokens, i + 1)) return { from: i, to: i + 1 };
    }
    if (CROSSING.has(w)) {
      let condition = -1;
      for (let k = i - 1; k >= 0 && k >= i - CONDITION_SPAN; k--) if (CONDITIONS.has(tokens[k].lower)) condition = k;
      if (condition < 0) continue;
      for (let k = i + 1; k < tokens.length && k <= i + LINE_SPAN; k++) if (line(k) || /^\d+$/.test(tokens[k].lower)) return { from: condition, to: condition + 1 };
    }
  }
  return undefined;
}

/**
 * An informing verb at `i` addressed to the reader about their own affairs before token `end` ("tells you
 * ... whether your prescription is ready"): the reader decides for themselves, nobody is decided about.
 */
function toldOwnAffairs(tokens: readonly WordToken[], i: number, end: number): boolean {
  if (!INFORMING.has(tokens[i].lower) || tokens[i + 1]?.lower !== 'you') return false;
  for (let k = i + 2; k < tokens.length && k < end; k++) if (tokens[k].lower === 'your') return true;
  return false;
}

/**
 * Subject pronouns: a one-word term right after one is a verb ("it judges"), as no noun can stand there.
 * "you" is left out: it is an object as often ("shows you patients").
 */
const VERB_AFTER = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/**
 * "the accounts it judges inconsistent", "she nurses": a one-word term right after a subject pronoun is its
 * verb, not a noun. So is an -s form right after a release named with its determiner: "the model returns which
 * enrolled caller ...". A clause break between them is no such pair: "attached to it; applications it rates low-risk".
 */
function isVerbAfterSubject(text: string, tokens: readonly WordToken[], t: Evidence): boolean {
  if (t.to - t.from !== 1 || t.from === 0 || !/^\s+$/.test(text.slice(tokens[t.from - 1].end, tokens[t.from].start))) return false;
  const word = tokens[t.from];
  const subject = tokens[t.from - 1];
  if (VERB_AFTER.has(subject.lower)) return true;
  return t.from >= 2 && RELEASE_NOUNS.has(subject.lemma) && DETERMINERS.has(tokens[t.from - 2].lower) && /[^s]s$/.test(word.lower) && word.lemma !== word.lower;
}

/** Words before a verb of handing over that make it one: "it returns", "the API returns", "and returns". */
const VERB_SUBJECTS = new Set(['it', 'which', 'that', 'this', 'they', 'and', 'then', 'also']);

/**
 * Whether a term is a verb that hands over a result ("returns" in "it returns yes or no", or opening a sentence), not a noun.
 * So is one right after a call or a code span, its subject: "`classify(image)` returns".
 */
function handsOver(text: string, tokens: readonly WordToken[], t: Evidence): boolean {
  if (t.to - t.from !== 1 || !OUTPUT_VERBS.has(tokens[t.from].lower)) return false;
  const prev = tokens[t.from - 1];
  const next = tokens[t.to];
  return !prev || /[.:;!?)`]/.test(text.slice(prev.end, tokens[t.from].start)) || VERB_SUBJECTS.has(prev.lower) || RELEASE_NOUNS.has(prev.lemma) || (next !== undefined && (OUTCOMES.has(next.lower) || DETERMINERS.has(next.lower)));
}

/** What introduces a role a clause compares with: "the way a lender would", "as an underwriter does", "like a recruiter would". */
const COMPARISON_BEFORE = /(?<![\p{L}])(?:the\s+way|just\s+as|as|like)\s+(?:an?\s+|the\s+|any\s+|your\s+)?$/iu;
/** The auxiliary that ends the comparison: "would", "does", "might". */
const COMPARISON_VERBS = new Set(['would', 'does', 'do', 'did', 'might', 'could', 'will', 'can', 'should']);

/** Whether a term is a role the clause compares its act with, not one taking part: "the way a lender would". */
function comparedWith(text: string, tokens: readonly WordToken[], t: Evidence): boolean {
  const next = tokens[t.to];
  if (next === undefined || !COMPARISON_VERBS.has(next.lower) || !/^\s+$/.test(text.slice(tokens[t.to - 1].end, next.start))) return false;
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, tokens[t.from].start - 24), tokens[t.from].start));
}

/** Words before the "to" of whom a message is for: its noun ("note to staff", "reminder to all nurses") or "aloud" ("reads it aloud to the detainee"). */
const MESSAGE_NOUNS = new Set(['note', 'memo', 'message', 'reminder', 'email', 'letter', 'notice', 'update', 'announcement', 'reply', 'briefing', 'guidance', 'aloud', 'loud']);
/** Words between "to" and the term it names: "to the detainee", "to all staff". */
const RECIPIENT_DETERMINERS = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'any', 'our', 'your', 'their']);

/** Whether a term is whom a message is for ("note to staff", "reads it aloud to the detainee"). */
function messageFor(tokens: readonly WordToken[], t: Evidence): boolean {
  let i = t.from - 1;
  if (i >= 0 && RECIPIENT_DETERMINERS.has(tokens[i].lower)) i--;
  return i >= 1 && tokens[i].lower === 'to' && MESSAGE_NOUNS.has(tokens[i - 1].lower);
}

/** Words that make the act word after them a noun of data: "training set", "test run", "data check". */
const DATA_MODIFIERS = new Set(['training', 'test', 'testing', 'validation', 'dev', 'eval', 'evaluation', 'data', 'holdout', 'held']);

/** Whether a bare act stands as the noun of a data compound ("the training set combines ..."). */
function afterDataModifier(tokens: readonly WordToken[], a: Evidence): boolean {
  const prev = tokens[a.from - 1];
  return a.to - a.from === 1 && prev !== undefined && DATA_MODIFIERS.has(prev.lower) && tokens[a.from].lemma === tokens[a.from].lower;
}

/** How many terms of its domain a paragraph names for weak words of an act done alone to decide: "valves", "network". */
const ALONE_PARAGRAPH_TERMS = 2;
/**
 * A clause saying the release acts by itself: "on its own", "by itself", "autonomously", "without a human",
 * "with no dispatcher in between". What it does then is no advice to anyone.
 */
const ACTS_ALONE = /(?<![\p{L}])(?:on\s+its\s+own|by\s+itself|autonomously|without\s+(?:any\s+|a\s+)?(?:human|manual|operator|person|staff|dispatcher|change\s+ticket)|with\s+no\s+(?:human|operator|dispatcher|person)|no\s+(?:human|operator|dispatcher|person)\s+(?:in\s+between|in\s+the\s+loop|involved))(?![\p{L}])/iu;

/** Where a clause stands: the domains its sentence names by strong terms, and the strong terms of its paragraph. */
interface ClauseSetting {
  sentenceDomains: () => ReadonlySet<string>;
  /** How many terms of a domain, weak or strong, the clause's paragraph names. */
  paragraphNames: (d: Domain) => number;
  /** Where the clause's sentence says the release acts by itself (see ACTS_ALONE): [start, end), or undefined. */
  actsAlone: () => readonly [number, number] | undefined;
  /** The strong terms of the clause's paragraph. */
  paragraphTerms: () => readonly Entry[];
  /** The strong terms its paragraph names before the clause. */
  termsBefore: () => readonly Entry[];
}

/** A term and the offset it starts at. */
interface PlacedEntry {
  entry: Entry;
  start: number;
}

/** Words that make what follows "found" a clause of its own: "found people stopped on intelligence were no more likely". */
const FINITE_COPULAS = new Set(['is', 'are', 'was', 'were', 'had', 'has', 'have']);
/**
 * Words that open a relative clause or a question: "finds suspects who were seen", where "find" keeps its
 * object; "finds which policyholders are likely to lapse" decides.
 */
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'whether', 'if']);
/** How far a found clause's verb may stand after "found". */
const FOUND_CLAUSE_SPAN = 6;

/**
 * "found that ...", "found people stopped at random were ...": "find" with a clause as its object reports a
 * finding; it finds no one.
 */
function reportsFinding(tokens: readonly WordToken[], a: Evidence): boolean {
  if (a.to - a.from !== 1 || tokens[a.from].lemma !== 'find') return false;
  if (tokens[a.to]?.lower === 'that') return true;
  for (let k = a.to; k < tokens.length && k <= a.to + FOUND_CLAUSE_SPAN; k++) {
    if (RELATIVES.has(tokens[k].lower)) return false;
    if (FINITE_COPULAS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Nouns of software: the release, or another tool, as an act's object ("approves the chatbot for ..."). */
const SOFTWARE_NOUNS = new Set([...RELEASE_NOUNS, 'chatbot', 'chatbots', 'bot', 'bots', 'app', 'apps', 'software', 'tool', 'tools', 'product', 'products', 'models', 'systems', 'classifiers', 'algorithms']);

/**
 * An act on a piece of software decides nothing about people: "The Electoral Commission approves the chatbot
 * only for answering questions". "approves the model's recommendation" acts on what the model says.
 */
function actsOnSoftware(text: string, tokens: readonly WordToken[], a: Evidence): boolean {
  let k = a.to;
  while (k < tokens.length && DETERMINERS.has(tokens[k].lower)) k++;
  if (k === a.to || k >= tokens.length) return false;
  if (SOFTWARE_NOUNS.has(tokens[k].lower)) return !isPossessive(text, tokens[k]);
  // The software named by what it does: "suspends its visa streaming algorithm", "retires the tenant scoring model."
  // Its noun ends the phrase; words joined to it by spaces alone name it.
  for (let n = k; n < tokens.length && n <= k + SOFTWARE_NAME_WORDS; n++) {
    const t = tokens[n];
    if (n > k && !/^\s+$/.test(text.slice(tokens[n - 1].end, t.start))) return false;
    if (FUNCTION_WORDS.has(t.lower) || isPossessive(text, t)) return false;
    if (n > k && RELEASE_NOUNS.has(t.lower)) {
      // The noun ends the phrase: nothing after it, punctuation, a figure or a function word ("algorithm in 2020").
      const after = tokens[n + 1];
      return after === undefined || !/^\s+$/.test(text.slice(t.end, after.start)) || !/^\p{L}/u.test(after.lower) || FUNCTION_WORDS.has(after.lower);
    }
  }
  return false;
}

/** Words that may name a piece of software before its noun: "its visa streaming algorithm". */
const SOFTWARE_NAME_WORDS = 3;

/** What is weighed in a deliberation, not decided about a person: "rejects the submission", "Option (a) was rejected". */
const DELIBERATED = new Set(['option', 'options', 'proposal', 'proposals', 'submission', 'submissions', 'argument', 'arguments', 'idea', 'ideas', 'suggestion', 'suggestions', 'approach', 'approaches', 'alternative', 'alternatives', 'hypothesis', 'motion', 'amendment', 'amendments', 'design', 'designs']);
/** Words that count what is weighed: "rejects both proposals". */
const QUANTIFIERS = new Set(['both', 'either', 'neither', 'two', 'three', 'several', 'other']);
/** Passive auxiliaries before a participle: "Option 2 ... is rejected". */
const PASSIVE_BEFORE_ACT = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

/**
 * An act on something weighed decides nothing about people: "I therefore reject the submission that ...", "rejects
 * both options", and a passive whose sentence opens with it ("Option 2, under which ..., is rejected").
 */
function actsOnDeliberation(text: string, tokens: readonly WordToken[], a: Evidence): boolean {
  let k = a.to;
  while (k < tokens.length && (DETERMINERS.has(tokens[k].lower) || QUANTIFIERS.has(tokens[k].lower))) k++;
  if (k < tokens.length && DELIBERATED.has(tokens[k].lower) && !/[.;:!?]/.test(text.slice(tokens[a.to - 1].end, tokens[k].start))) return true;
  if (a.from === 0 || !PASSIVE_BEFORE_ACT.has(tokens[a.from - 1].lower)) return false;
  let s = a.from - 1;
  while (s > 0 && !/[.!?\n]/.test(text.slice(tokens[s - 1].end, tokens[s].start))) s--;
  if (DETERMINERS.has(tokens[s].lower)) s++;
  return s < a.from && DELIBERATED.has(tokens[s].lower);
}

/** Question words of an instruction: "tells visitors how to reach the wards". */
const INSTRUCTION_WORDS = new Set(['how', 'where', 'when']);
/** Words of who is told before the instruction's question word. */
const INSTRUCTED_SPAN = 3;

/** A verb of telling with "how", "where" or "when" after whom it tells: directions, not a decision. */
function instructs(tokens: readonly WordToken[], a: Evidence): boolean {
  if (a.to - a.from !== 1 || !(INFORMING.has(tokens[a.from].lower) || TELLING.has(tokens[a.from].lower))) return false;
  for (let k = a.to; k < tokens.length && k <= a.to + INSTRUCTED_SPAN; k++) {
    if (INSTRUCTION_WORDS.has(tokens[k].lower)) return true;
    // "tell them kindly to contact their GP": an instruction to whoever is told; "tells the parents whether to take
    // the child to A&E" asks a question it answers.
    if (QUESTION_WORDS.has(tokens[k].lower)) return false;
    if (tokens[k].lower === 'to' && k > a.to && INSTRUCTED.has(tokens[k - 1].lower)) return true;
  }
  return false;
}

/** Who an instruction is told to, right before its "to": "tell them to", "tells users kindly to". */
const INSTRUCTED = new Set(['them', 'him', 'her', 'you', 'us', 'user', 'users', 'caller', 'callers', 'customer', 'customers', 'kindly', 'politely', 'gently', 'instead', 'always']);

/** Words after an agent noun that open what it acts on: "a predictor of loan default", "a grader for essays". */
const AGENT_OBJECT = new Set(['of', 'for']);
/** How many words after "of" or "for" may come before the agent noun's term: "a predictor of late loan default". */
const AGENT_OBJECT_SPAN = 3;

/**
 * Whether an agent noun's object is a term of its domain, in the compound it ends ("face recognizer", "essay
 * grader", "heart-disease predictor") or after "of" or "for" ("a grader for essays"). A thing named by what it
 * does acts on that alone: a "speech recogniser" recognises speech, whatever insurer the sentence names, and
 * "this grader" names no object at all.
 */
function namesAgentsObject(text: string, tokens: readonly WordToken[], a: Evidence, terms: readonly Evidence[]): boolean {
  const own = terms.filter((t) => t.entry.domain === a.entry.domain);
  const before = own.find((t) => t.to === a.from);
  if (before && /^[ \t-]*$/.test(text.slice(tokens[before.to - 1].end, tokens[a.from].start))) return true;
  if (a.to >= tokens.length || !AGENT_OBJECT.has(tokens[a.to].lower)) return false;
  return own.some((t) => t.from > a.to && t.from <= a.to + AGENT_OBJECT_SPAN && !/[.;:!?\n]/.test(text.slice(tokens[a.to].end, tokens[t.from].start)));
}

/** Records of a person's case that a paragraph's one domain sets (see namedBefore): "applications", "claims". */
const CASE_RECORDS = new Set(['application', 'claim', 'case', 'file', 'request', 'referral', 'appeal', 'submission']);
/** Nouns after a record's word that make it a modifier: "case type", "claim number", "application form". */
const RECORD_ATTRIBUTES = new Set(['type', 'types', 'number', 'numbers', 'id', 'ids', 'form', 'forms', 'status', 'category', 'categories', 'reference', 'references', 'law', 'laws', 'management', 'study', 'studies', 'load', 'loads', 'volume', 'volumes', 'count', 'counts', 'name', 'names', 'date', 'dates', 'fee', 'fees', 'portal', 'portals']);

/** A strong term of two words or more, whose last word may stand for it alone (see namedBefore). */
function isStrongCompound(e: Entry): boolean {
  return e.lemmas.length > 1 && e.weight === 2;
}

/**
 * A bare noun stands for the strong term its paragraph names with it as the head: "every visitor-visa application
 * ... applications it rates low-risk are granted" grants visa applications, "Every rental application is read ...;
 * applications it scores below 40 are declined" declines rental applications. Where the paragraph names the noun in
 * terms of two domains ("loan applications and visa applications") it stays what it was; a compound named only
 * after it ("notes ... clinical notes") does not reach back.
 */
function namedBefore(tokens: readonly WordToken[], found: Evidence[], before: readonly Entry[], vocab: CompiledVocabulary): Evidence[] {
  const compoundHeads = vocab.compoundHeads;
  const head = (e: Entry) => e.lemmas[e.lemmas.length - 1];
  const earlier = before.filter(isStrongCompound);
  const inClause = found.filter((f) => isStrongCompound(f.entry));
  // A paragraph whose strong terms so far name one domain only sets its records: "Training the eligibility model
  // for the county's childcare subsidy. Routine applications are approved or refused ..." are subsidy applications.
  const strongBefore = before.filter((e) => e.weight === 2 && e.domain.use);
  const sole = strongBefore.length && strongBefore.every((e) => e.domain === strongBefore[0].domain) ? strongBefore[0].domain : undefined;
  const recordOf = (lemma: string) => (sole && CASE_RECORDS.has(lemma) ? vocab.termHeads.get(lemma)?.find((e) => e.domain === sole && e.weight === 2) : undefined);
  if (!earlier.length && !inClause.length && !sole) return found;
  let out = found;
  for (let k = 0; k < tokens.length; k++) {
    const lemma = tokens[k].lemma;
    if (!compoundHeads.has(lemma)) continue;
    // A count names things as figures: "There were 9,814 searches, of which 1,302 led to an arrest".
    if ((k > 0 && NUMBER_WORD.test(tokens[k - 1].lower)) || out.some((f) => f.from <= k && k < f.to && f.to - f.from > 1)) continue;
    // Named before it, in the paragraph or in the clause: "the clinical notes ... the notes", not "notes ... clinical notes".
    const named = [...earlier.filter((e) => head(e) === lemma), ...inClause.filter((f) => f.to <= k && head(f.entry) === lemma).map((f) => f.entry)];
    // "minutes per case" is a rate, "classification by case type" names an attribute: no record either.
    const record = named.length || tokens[k - 1]?.lower === 'per' || RECORD_ATTRIBUTES.has(tokens[k + 1]?.lower ?? '') ? undefined : recordOf(lemma);
    const heads = record ? [record] : named;
    if (!heads.length || heads.some((e) => e.domain !== heads[0].domain)) continue;
    // The compound itself, with a modifier between its words ("visitor-visa application"), is found already.
    if (out.some((f) => f.from === k && f.entry.domain === heads[0].domain && f.entry.weight === 2)) continue;
    out = [...out.filter((f) => !(f.from === k && f.to === k + 1)), { entry: heads[0], from: k, to: k + 1 }];
  }
  return out;
}

/** Uses in one clause: per domain the best act with the terms near it; only the best-supported domains are kept. */
function usesInClause(text: string, tokens: readonly WordToken[], vocab: CompiledVocabulary, setting?: ClauseSetting): WordUse[] {
  const sentenceDomains = setting?.sentenceDomains;
  // An act's object may be a question that opens further on ("predict from the dialect in the voice recording
  // which country the refugee comes from"): a term inside it is as near as it is to the question's word.
  // Who it is sent to inside the question decides; it is not what the act is about ("... or sent to an investigator").
  const questionGap = (act: Evidence, e: Evidence) => {
    if (e.from < act.to || vocab.deciders.has(tokens[e.to - 1].lemma)) return Infinity;
    for (let k = act.to; k < e.from && k <= act.from + WINDOW; k++) {
      if (!QUESTION_OBJECTS.has(tokens[k].lower)) continue;
      // Past the usual window only inside the question itself: a comma or a dash ends it ("chooses which message
      // each of them gets – cost of living for some, crime for others").
      const gap = e.from - k;
      return gap <= WINDOW || !QUESTION_END.test(text.slice(tokens[k].end, tokens[e.from].start)) ? gap : Infinity;
    }
    return Infinity;
  };
  let allActs = findEntries(tokens, vocab.acts, text);
  for (const h of handedOverActs(text, tokens, vocab.acts)) {
    const i = allActs.findIndex((a) => a.from === h.from && a.to === h.to && a.entry === h.entry);
    if (i >= 0) allActs[i] = h;
    else allActs.push(h);
  }
  const outcomes = outcomeList(text, tokens) ?? outcomesFromMachine(text, tokens);
  // Constructions that decide in whichever domain the clause's terms name: an act of every domain.
  const decideInAnyDomain = (lemma: string, span: { from: number; to: number } | undefined) => {
    if (span) for (const domain of vocab.domains) allActs.push({ entry: { lemmas: [lemma], domain, weight: 2 }, from: span.from, to: span.to });
  };
  decideInAnyDomain(OUTCOME, outcomes);
  const choice = choicePassedOn(tokens);
  decideInAnyDomain(CHOICE, choice);

  decideInAnyDomain(ALERT, alertRaised(tokens, vocab.deciders));
  let found = findEntries(tokens, vocab.terms, text, vocab.termByEnding);
  // Whether token k lies inside a term (read at call time: `found` is narrowed below).
  const inTerm = (k: number) => found.some((f) => f.from <= k && f.to > k);
  for (const inv of invertedEntries(text, tokens, vocab.termHeads, vocab.people)) if (!found.some((f) => f.from === inv.from && f.to >= inv.to)) found.push(inv);
  // The paragraph's terms are looked up only for a clause with a word that heads a compound term.
  if (setting && tokens.some((t) => vocab.compoundHeads.has(t.lemma))) found = namedBefore(tokens, found, setting.termsBefore(), vocab);
  // A step, not a person: "to the patient" is who receives what is sent.
  decideInAnyDomain(PLACEMENT, placementInto(tokens, (k) => found.some((f) => f.from === k && f.entry.weight === 2 && !vocab.people.has(tokens[f.to - 1].lemma))));
  allActs = allActs.filter((a) => !a.entry.agent || namesAgentsObject(text, tokens, a, found));
  // "the accounts it judges inconsistent", "the model returns": a verb after its subject is no term.
  found = found.filter((t) => !isVerbAfterSubject(text, tokens, t));
  // "Gig workers applying for the heating support": what people apply for says where they are decided about,
  // not who they are otherwise.
  found = found.filter((t) => !applyingElsewhere(tokens, t, found, vocab.people));
  // Whom a cut-off is drawn through: a person or a term of the clause ending right before its side ("applications below").
  decideInAnyDomain(CUT_OFF, cutOff(text, tokens, (k) => vocab.people.has(tokens[k].lemma) || found.some((f) => f.to === k + 1)));
  decideInAnyDomain(EFFECT, outputEffect(text, tokens, (k) => found.some((f) => f.to === k + 1 && f.entry.weight === 2)));
  // Issued where a strong term of the clause names the domain: "which leaseholders are served a notice" names none.
  // The document's own name may be that term: "issues them a written warning" is an employer's.
  if (found.some((f) => f.entry.weight === 2)) decideInAnyDomain(ISSUED, documentIssued(tokens));
  if (found.some((f) => f.entry.weight === 2)) decideInAnyDomain(DECISION_TAKEN, decisionTaken(tokens, (k) => vocab.people.has(tokens[k].lemma) || PEOPLE.has(tokens[k].lower)));
  // "reads each shopper's face ... and labels them calm, frustrated or angry": a state of mind said of people
  // whose face or voice the clause names is read from them, a biometric categorisation.
  const feeling = emotionSaid(tokens);
  const biometrics = feeling ? found.find((f) => f.entry.weight === 2 && f.entry.domain.id === EMOTION_DOMAIN)?.entry.domain : undefined;
  if (feeling && biometrics) allActs.push({ entry: { lemmas: [EMOTION], domain: biometrics, weight: 2 }, from: feeling.from, to: feeling.to });
  decideInAnyDomain(CONSEQUENCE, consequenceOn(tokens, vocab.subjectWords));
  const rating = ratingGiven(tokens);
  decideInAnyDomain(RATING, rating);
  decideInAnyDomain(RUNS, runsThing(text, tokens, (k) => found.some((f) => f.to === k + 1 && f.entry.weight === 2)));
  // "compares it against the club's banning list", "checks your voice against the sample you recorded": a
  // person's face, voice or body compared with a reference of known people identifies or verifies them.
  const biometric = (f: Evidence) => f.entry.domain.id === COMPARED_DOMAIN;
  const compared = comparedWithReference(tokens);
  const body = compared ? found.find(biometric)?.entry.domain : undefined;
  if (compared && body) {
    // "Match" then compares the body with the reference, and matches no one to a job or a home: "matching their face
    // against the list of inducted workers" identifies workers. Checking or verifying travellers stays a border's act too.
    if (tokens[compared.from].lemma === 'match') allActs = allActs.filter((a) => a.from !== compared.from || a.entry.domain === body);
    allActs.push({ entry: { lemmas: [COMPARED], domain: body, weight: 2 }, from: compared.from, to: compared.to });
  }
  // "follows the same person from camera to camera": one person found again in other cameras' footage is re-identified.
  const followed = samePersonAcrossCameras(tokens, vocab.people);
  const seen = followed ? vocab.domains.find((d) => d.id === COMPARED_DOMAIN) : undefined;
  if (followed && seen) {
    allActs.push({ entry: { lemmas: [COMPARED], domain: seen, weight: 2 }, from: followed.verb, to: followed.verb + 1 });
    // The person said to be the same is who the use is about, and the cameras what they are seen in: terms of
    // this reading alone, which no other domain shares ("store staff tag a person" names no worker followed).
    for (const k of [followed.person, followed.camera]) {
      if (found.some((f) => f.from <= k && k < f.to && f.entry.domain === seen && f.entry.weight === 2)) continue;
      found = found.filter((f) => !(f.from <= k && k < f.to && f.entry.domain === seen));
      found.push({ entry: { lemmas: [`${COMPARED} ${tokens[k].lemma}`], domain: seen, weight: 2 }, from: k, to: k + 1 });
    }
  }
  // "tells you which of your enrolled speakers is talking": who someone is, told from their voice or face, identifies them.
  const identified = identityTold(tokens, (k) => found.some((f) => biometric(f) && f.from <= k && k < f.to) || vocab.people.has(tokens[k].lemma));
  // Among people known beforehand a voice or a camera image names them; otherwise it takes a face, a gait, a print.
  const known = identified ? found.find((f) => biometric(f) && (f.entry.weight === 2 || (identified.amongKnown && tokens.slice(f.from, f.to).some((t) => MODALITIES.has(t.lemma))))) : undefined;
  if (identified && known) allActs.push({ entry: { lemmas: [IDENTITY_TOLD], domain: known.entry.domain, weight: 2 }, from: identified.from, to: identified.to });
  // "Assigns jobs to GPU workers", "sheds load when the request queue is full": in a clause about computing
  // things, words with a computing sense are read in it.
  if (vocab.computingSenses.size && (allActs.length || found.length) && namesComputing(tokens, vocab.computingCues)) {
    const computingSense = (e: Evidence) => e.to - e.from === 1 && vocab.computingSenses.has(tokens[e.from].lemma);
    allActs = allActs.filter((e) => !computingSense(e));
    found = found.filter((e) => !computingSense(e));
  }
  // A use needs an act and a term of one domain, or a domain's act beside a choosing act ("decide whom to
  // hire"). A clause with neither holds no use, and the costlier readings below need not run.
  if (!allActs.some((a) => CHOOSING.has(a.entry.lemmas[0])) && !found.some((t) => allActs.some((a) => a.entry.domain === t.entry.domain))) return [];
  // "Lets admissions staff shortlist": an enabling verb with an act after its agent is neither the act nor a
  // term (housing's "let"), whatever else the word can mean.
  // So is one with a person right after it: "lets tenants photograph a repair" ("lets flats to students" lets flats).
  // Modifiers may stand before the person: "lets older social-housing tenants report repairs".
  const personAfter = (i: number) => {
    let k = i + 1;
    while (k < tokens.length && DETERMINERS.has(tokens[k].lower)) k++;
    for (const end = k + ENABLED_MODIFIERS; k < tokens.length && k <= end; k++) {
      if (vocab.people.has(tokens[k].lemma)) return true;
      if (FUNCTION_WORDS.has(tokens[k].lower)) return false;
    }
    return false;
  };
  const enablingAt = (i: number) => ENABLING.has(tokens[i].lower) && (allActs.some((o) => o.from > i && o.from <= i + 1 + AGENT_SPAN) || personAfter(i));
  const enabling = (e: Evidence) => e.to - e.from === 1 && enablingAt(e.from);
  // A role that decides ("caseworker") or an organisation ("housing association"): who acts for others.
  const decidesOrOrganises = (t: WordToken) => vocab.deciders.has(t.lemma) || ORGANISATION_NOUNS.has(t.lower);
  // "Finds the nearest police station", "finding a GP": looking for who provides a service is seeking it,
  // not deciding about them.
  // "pick a language", "find a 60-minute slot that works": choosing or finding one thing, named with "a" and no term
  // or person, decides about no one ("select a candidate" names one).
  const choosesThing = (a: Evidence) => {
    if (a.to - a.from !== 1 || !(CHOOSING.has(tokens[a.from].lemma) || SEEKING.has(tokens[a.from].lemma)) || !INDEFINITE.has(tokens[a.to]?.lower ?? '')) return false;
    for (let k = a.to + 1; k < tokens.length && k <= a.to + 1 + THING_SPAN; k++) {
      if (inTerm(k) || vocab.people.has(tokens[k].lemma)) return false;
      if (k + 1 === tokens.length || FUNCTION_WORDS.has(tokens[k + 1].lower) || !/^[\s-]*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return true;
    }
    return false;
  };
  // "students, grades 7-10)", "levels 1-3.": an act's word with a number or range that ends the phrase names a level.
  const namesLevel = (a: Evidence) => NUMBERED_LABEL.test(text.slice(tokens[a.to - 1].end, tokens[a.to - 1].end + 16));
  // "identifies gender-coded words in job adverts", "flags clauses that look unfair", "highlights words as the pupil
  // follows", "flags in the draft words associated with age": pointing at or finding parts of a text reads the text,
  // not the people ("identifies the gender of each speaker" reads a person).
  const findsWords = (a: Evidence) => {
    if (a.to - a.from !== 1 || !FINDING_IN_TEXT.has(tokens[a.from].lemma)) return false;
    for (let k = a.to; k < tokens.length && k <= a.to + WORDS_SPAN; k++) {
      if (TEXT_PARTS.has(tokens[k].lower)) return true;
      if (k > a.to && punctuatedBefore(text, tokens, k)) return false;
      const modifier = k + 1 < tokens.length && text.slice(tokens[k].end, tokens[k + 1].start) === '-';
      if (!modifier && (vocab.people.has(tokens[k].lemma) || inTerm(k))) return false;
    }
    return false;
  };
  // "detect faces in the photo so you can smooth skin": finding where faces are tells nothing about whose they are
  // or what they show ("detect the emotion of the person from his face" does).
  const findsFacesOnly = (a: Evidence) => {
    if (a.entry.domain.id !== 'biometrics' || tokens[a.from].lemma !== 'detect' || a.to - a.from !== 1) return false;
    let k = a.to;
    // "detect where is a face in the picture", "detect where the faces are": where it is, said outright.
    if (tokens[k]?.lower === 'where') k += tokens[k + 1]?.lower === 'is' || tokens[k + 1]?.lower === 'are' ? 2 : 1;
    while (k < tokens.length && DETERMINERS.has(tokens[k].lower)) k++;
    if (k >= tokens.length || !PRESENCE_OBJECTS.has(tokens[k].lemma)) return false;
    // Unless the clause goes on to what the faces show: "detects every face and returns ... age band, gender and ethnicity".
    return found.every((f) => f.entry.domain !== a.entry.domain || f.entry.lemmas.every((l) => PRESENCE_OBJECTS.has(l) || MEDIA_NOUNS.has(l)));
  };
  // "tells you which documents to gather", "tells callers which documents they need": the reader, or the people
  // addressed, told which things to handle, not which people ("tells you which applicants to reject", "which of the claims").
  const toldWhichThings = (a: Evidence) => {
    if (a.to - a.from !== 1 || !INFORMING.has(tokens[a.from].lower)) return false;
    const which = [a.to + 1, a.to + 2].find((k) => tokens[k]?.lower === 'which' || tokens[k]?.lower === 'what');
    if (which === undefined || tokens.slice(a.to, which).some((t) => FUNCTION_WORDS.has(t.lower) && t.lower !== 'them')) return false;
    const noun = tokens[which + 1];
    // "tells detectives which statements are probably untrue": a verdict on the things, not things to handle.
    if (which > a.to && BE_FORMS.has(tokens[which + 2]?.lower ?? '')) return false;
    return noun !== undefined && noun.lower !== 'of' && !vocab.people.has(noun.lemma) && !inTerm(which + 1);
  };
  const seeksProvider = (a: Evidence) => {
    if (!SEEKING.has(tokens[a.from].lemma) || a.to - a.from !== 1) return false;
    // "so that journalists can find cases by date": someone who decides nothing, as the subject, searches.
    const subject = a.from >= 2 && SUBJECT_MODALS.has(tokens[a.from - 1].lower) ? tokens[a.from - 2] : undefined;
    if (subject && !vocab.deciders.has(subject.lemma) && !RELEASE_NOUNS.has(subject.lemma) && !VERB_SUBJECTS.has(subject.lower) && !FUNCTION_WORDS.has(subject.lower) && /s$/.test(subject.lower)) return true;
    for (let k = a.to; k < tokens.length && k <= a.to + PROVIDER_SPAN; k++) {
      if (decidesOrOrganises(tokens[k]) || PLACES.has(tokens[k].lemma)) return true;
      if (FUNCTION_WORDS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) return false;
    }
    return false;
  };
  // "helps refugees find legal-aid clinics": whom the release helps, named by a term and no decider or
  // organisation among them, acts on their own behalf ("lets recruiters rank applicants" stays a use).
  const helpedActsForSelf = (a: Evidence) => {
    for (let i = a.from - 1; i >= 0 && i >= a.from - 1 - AGENT_SPAN; i--) {
      if (!ENABLING.has(tokens[i].lower)) continue;
      if (i + 1 >= a.from) return false;
      for (let k = i + 1; k < a.from; k++) if (decidesOrOrganises(tokens[k]) || RELEASE_NOUNS.has(tokens[k].lemma) || MEANS.has(tokens[k].lower)) return false;
      return found.some((t) => t.from > i && t.to <= a.from);
    }
    return false;
  };
  // "traffic-stop records", "pay-review decisions", "a fixed-rate loan": a bare act joined by a hyphen to the
  // word before it and followed by a noun is a compound modifier ("auto-reject", "pre-screen" stay acts).
  const inCompound = (a: Evidence) =>
    a.to - a.from === 1 && a.from > 0 && a.to < tokens.length && tokens[a.from].lemma === tokens[a.from].lower &&
    text.slice(tokens[a.from - 1].end, tokens[a.from].start) === '-' && /^ +$/.test(text.slice(tokens[a.from].end, tokens[a.to].start)) &&
    !hyphenPrefixed(text, tokens, a.from);
  // "hearing_date", "sentence_months": a word joined by an underscore is part of an identifier, a field's name.
  // A function's name says what it does: "def grade_essay(" grades essays.
  const inIdentifier = (e: Evidence) => {
    // A placeholder to fill in names a slot, not what is done: "/payment <amount> <rate%>", "{applicant_name}".
    if (/[<{]$/.test(text.slice(0, tokens[e.from].start)) && /^[\p{L}\p{N}_%-]*[>}]/u.test(text.slice(tokens[e.to - 1].end))) return true;
    if (!joinedByUnderscore(text, tokens, e)) return false;
    let last = e.to - 1;
    while (last + 1 < tokens.length && text.slice(tokens[last].end, tokens[last + 1].start) === '_') last++;
    return text[tokens[last].end] !== '(';
  };
  // "open-data listing", "score-based rules": a bare act joined by a hyphen to the word after it modifies a noun.
  // So is an -ing form: "grading-test images".
  const modifiesNoun = (a: Evidence) =>
    a.to - a.from === 1 && a.to < tokens.length && (tokens[a.from].lemma === tokens[a.from].lower || /ing$/.test(tokens[a.from].lower)) && text.slice(tokens[a.from].end, tokens[a.to].start) === '-';
  // "the Stanford Open Policing Project", "the Hugging Face Inference API": a capitalised word in a run of them that
  // ends in an organisation's noun or a software interface's is part of a name.
  const upper = (k: number) => k >= 0 && k < tokens.length && /^\p{Lu}/u.test(text[tokens[k].start]);
  // The last word of the run of capitalised words that starts at k.
  const nameEnd = (k: number) => {
    let end = k;
    while (upper(end + 1) && /^ +$/.test(text.slice(tokens[end].end, tokens[end + 1].start))) end++;
    return end;
  };
  const inName = (a: Evidence) => {
    if (a.to - a.from !== 1 || !upper(a.from)) return false;
    const end = nameEnd(a.from);
    return end > a.from && (ORGANISATION_NOUNS.has(tokens[end].lemma) || INTERFACE_NOUNS.has(tokens[end].lower) || EVENT_NOUNS.has(tokens[end].lemma));
  };
  // "essays from the 2012 Automated Student Assessment Prize": an event named after a task names no one it decides about.
  found = found.filter((f) => !(upper(f.from) && nameEnd(f.from) >= f.to && EVENT_NOUNS.has(tokens[nameEnd(f.from)].lemma)));
  // "questions about where to find their policy documents": an act inside the topic of an information noun is asked about, not done.
  const topics = topicWords(tokens);
  // "the water control room", "a recruitment plan": an act's word before the noun of a place or a plan names it.
  // A verb's -s form takes the noun as its object: "Micro-targets campaign ads".
  // "verdicts from [Google Fact Check Tools API](https://...)": a link's title names a resource, not what is done.
  const inTitledLink = (a: Evidence) => titledLinksOf(text).some(([from, to]) => tokens[a.from].start >= from && tokens[a.to - 1].end <= to);
  const namesPlace = (a: Evidence) => a.to < tokens.length && (COMPOUND_HEADS.has(tokens[a.to].lower) || (DATA_SETS.has(tokens[a.to].lower) && TESTING_NOUNS.has(tokens[a.to - 1].lower))) && (tokens[a.to - 1].lemma === tokens[a.to - 1].lower || NOUN_OF_ACTION.test(tokens[a.to - 1].lower.replace(/s$/, ''))) && /^ +$/.test(text.slice(tokens[a.to - 1].end, tokens[a.to].start));
  // "Let's enter a new applicant": "let us" lets no property.
  const letUs = (k: number) => tokens[k].lower === 'let' && /['\u2019]s$/.test(text.slice(tokens[k].start, tokens[k].end));
  allActs = allActs.filter((a) => !letUs(a.from));
  found = found.filter((f) => !letUs(f.from));
  const acts = allActs.filter((a) => !doneByPeople(text, tokens, a, vocab.deciders) && !actedByDecider(text, tokens, a, vocab.deciders) && !leftToPeople(tokens, a, vocab.deciders, vocab.people) && !(a.from > 0 && REHEARSED_BY.has(tokens[a.from - 1].lower)) && !doneBySelves(tokens, a) && !doneByRelative(tokens, a, vocab.people) && !inCompound(a) && !namesPlace(a) && !modifiesNoun(a) && !inIdentifier(a) && !inName(a) && !inTitledLink(a) && !topics.has(a.from) && !afterDataModifier(tokens, a) && !isTestingIdiom(text, tokens, a) && !inFixedExpression(tokens, a) && !isHyphenedNoun(text, tokens, a) && !isAspectual(tokens, a) && !isRemarkOpening(text, tokens, a) && !recruitsForSelf(tokens, a) && !writersOwnPost(tokens, a, vocab.deciders) && !searchesMaterial(tokens, a) && !isDescriptiveParticiple(tokens, a, text) && !(isNounForm(text, tokens, a, vocab) && !a.handed) && !isCircumstance(tokens, a) && !enabling(a) && !helpedActsForSelf(a) && !seeksProvider(a) && !toldWhichThings(a) && !findsWords(a) && !choosesThing(a) && !findsFacesOnly(a) && !namesLevel(a) && !protects(tokens, a, vocab.protective) && !actsOnForm(text, tokens, a) && !(a.entry.lemmas[0] !== IDENTITY_TOLD && toldOwnAffairs(tokens, a.from, a.from + 2 + ADDRESSEE_SPAN)) && !namesRecords(tokens, a) && !writesCorrespondence(tokens, a) && !suggestsEdits(tokens, a) && !sortsMail(tokens, a) && !resolvesThat(tokens, a) && !reportsFinding(tokens, a) && !actsOnSoftware(text, tokens, a) && !actsOnDeliberation(text, tokens, a) && !instructs(tokens, a) && !actsOnFigures(text, tokens, a, inTerm));
  if (!acts.length) return [];
  // A clause about animals or things ("identifies individual whales") uses person-like words of them: only a
  // domain's strong terms still say who is decided about.
  // Where the act itself is done on the thing ("handwritten digit recognition", "identifies the vehicle"), the
  // whole clause is about things; elsewhere only the words next to it describe it ("photos of a damaged car,
  // decides whether the claim is paid": the claim is still an insurance claim).
  const nonPersonsAt: number[] = [];
  if (vocab.nonPersons.size > 0) for (let i = 0; i < tokens.length; i++) if (vocab.nonPersons.has(tokens[i].lemma)) nonPersonsAt.push(i);
  const joined = (i: number, j: number) => /^[\s\p{L}\p{N}'-]*$/u.test(text.slice(tokens[i].end, tokens[j].start));
  const actOnThings = nonPersonsAt.some((i) => acts.some((a) => (i === a.from - 1 && joined(i, a.from)) || (i >= a.to && i <= a.to + 2 && joined(a.to - 1, i))));
  const ofNonPersons = (t: Evidence) => actOnThings || nonPersonsAt.some((i) => Math.min(Math.abs(i - t.from), Math.abs(i - (t.to - 1))) <= NON_PERSON_SPAN);
  const cutsOff = allActs.some((a) => a.entry.lemmas[0] === CUT_OFF);
  const terms = found.filter(
    (t) =>
      (t.entry.weight === 2 || !ofNonPersons(t)) &&
      !inIdentifier(t) &&
      // "admission spikes", "eviction counts": a term before a figure's noun names what is counted, not whom a decision is about.
      !(t.to < tokens.length && FIGURE_NOUNS.has(tokens[t.to].lower) && /^[\s-]+$/.test(text.slice(tokens[t.to - 1].end, tokens[t.to].start))) &&
      // "synthetic fingerprints": made-up data names no one.
      !(t.from > 0 && MADE_UP.has(tokens[t.from - 1].lower)) &&
      // "plant leaf diseases", "diseases of crops": a term whose own noun phrase names a thing or an animal is
      // about it, however strong the term.
      !ofThing(text, tokens, t, vocab.nonPersons) &&
      // "works out your DTI the way a lender would": a role named to compare with takes no part.
      !comparedWith(text, tokens, t) &&
      // "SENCo note to staff:", "reads the leaflet aloud to the detainee": whom a message is for is told, not decided about.
      !messageFor(tokens, t) &&
      // "[Apr. 10, 2018]": a month's abbreviation before a day is a date, not an annual percentage rate.
      !(t.to - t.from === 1 && MONTHS.has(tokens[t.from].lower) && /^\.?\s*\d/.test(text.slice(tokens[t.from].end, tokens[t.from].end + 4))) &&
      // "disease-associated genes", "cancer-related mutations": a term joined to a participle of relation describes another noun.
      !(t.to < tokens.length && RELATION_PARTICIPLES.has(tokens[t.to].lower) && text.slice(tokens[t.to - 1].end, tokens[t.to].start) === '-') &&
      // "news articles about crime": the words after an information noun's "about" are its topic.
      !topics.has(t.from) &&
      // "use your judgement", "professional judgment": a person's discretion, not a court's decision.
      !(t.to - t.from === 1 && JUDGEMENT.has(tokens[t.from].lemma) && t.from > 0 && DISCRETION_OWNERS.has(tokens[t.from - 1].lower)) &&
      // "non-emergency", "non-clinical": a prefix that negates the term.
      !(t.from > 0 && NEGATING_PREFIXES.has(tokens[t.from - 1].lower) && text.slice(tokens[t.from - 1].end, tokens[t.from].start) === '-') &&
      !enabling(t) &&
      !handsOver(text, tokens, t) &&
      // "alerts security staff": the role an alert goes to is told, for every act of the clause. Where a score's
      // cut-off raises the alert to a profession ("a score above 0.7 pages the rapid-response nurse"), the
      // profession says where the decision is made, as a cut-off's strong term does.
      !(allActs.some((a) => addressedBy(tokens, a, t, vocab.deciders)) && !(cutsOff && !PEOPLE.has(tokens[t.to - 1].lower))) &&
      // "We hired translators": a term is a noun; its -ed form is a verb of how the data was made.
      !(t.to - t.from === 1 && /ed$/.test(tokens[t.from].lower) && tokens[t.from].lemma !== tokens[t.from].lower) &&
      // "admissions staff", "hospital team": a role named by another domain's word belongs to that domain
      // (an enabling verb before it is no such word: "lets recruiters rank").
      !(t.to - t.from === 1 && vocab.deciders.has(tokens[t.from].lemma) && found.some((f) => f.to === t.from && f.entry.domain !== t.entry.domain && !enabling(f))),
  );
  // Once per clause: "decision support" makes every weak act of it decisive (see actWeight).
  const decisive = supportsDecisions(tokens);
  const best = new Map<Domain, { score: number; parts: Evidence[]; termless: boolean }>();
  const verdict = (e: Evidence) => vocab.judgements.has(e.entry.lemmas[0]);
  // A term whose last word is a role that decides ("triage nurse", "human underwriter", "detectives").
  const namesDecider = (e: Evidence) => vocab.deciders.has(tokens[e.to - 1].lemma);
  for (const act of acts) {
    const d = act.entry.domain;
    // A term that ends in the act itself names the use ("speaker verification", "exam grading"): it is the act's object.
    // Only an act written as a noun of action does: "exam marks" are marks, not marking.
    const namesUse = (e: Evidence) => e.entry.weight === 2 && act.entry.weight === 2 && e.to === act.to && e.from < act.from && NOUN_OF_ACTION.test(tokens[act.to - 1].lower);
    // The last word of a compound noun is no act ("interest rate", "exam marks"), unless it is a noun of action
    // ("credibility assessment", "speaker verification").
    // A prefix joined by a hyphen ("pre-screened") makes no compound.
    if (!act.handed && !hyphenPrefixed(text, tokens, act.from) && !NOUN_OF_ACTION.test(tokens[act.to - 1].lower) && found.some((e) => e.from < act.from && e.to >= act.to)) continue;
    // A verb of refusal before an infinitive governs the act after it and is none itself: "we refuse to rank tenants".
    if (act.to - act.from === 1 && REFUSAL_VERBS.has(act.entry.lemmas[0]) && tokens[act.to]?.lower === 'to' && act.to + 1 < tokens.length && /^\p{L}+$/u.test(tokens[act.to + 1].lower) && !DETERMINERS.has(tokens[act.to + 1].lower)) continue;
    // Nor is one the writers do: "we decline contracts to automate eligibility decisions" turns work down.
    if (refusedByWriter(tokens, act)) continue;
    // Nor is the first word of a longer term of another domain ("fire service", "triage nurse"), or of one that
    // names a role ("letting agents"): it names a thing or who acts. "Ramp metering" still names its use.
    if (found.some((e) => e.from === act.from && e.to > act.to && (e.entry.domain !== act.entry.domain || namesDecider(e)))) continue;
    // "recommends no products": an act on nothing is none.
    const next = tokens[act.to];
    if (next && NO_OBJECT.has(next.lower) && /^\s+$/.test(text.slice(tokens[act.to - 1].end, next.start)) && !/^\S/.test(text.slice(next.end, next.end + 1))) continue;
    if (listedAmongNouns(text, tokens, act, allActs)) continue;
    const agent = agentFrom(tokens, act, vocab.deciders);
    const weight = actWeight(tokens, act, decisive);
    const beneficiary = beneficiaryFrom(tokens, act, weight, found);
    // "admissions reviewers assessing methodology": an act with a plain thing as its object ("methodology",
    // no term, no person) is done by the role right before it, and the term naming that role is part of who
    // acts ("parole officers decide who is released" still decides about people in parole).
    const object = tokens[act.to];
    const plainObject = object !== undefined && !FUNCTION_WORDS.has(object.lower) && !DETERMINERS.has(object.lower) && !vocab.people.has(object.lemma) && !inTerm(act.to);
    const namesActingRole = (e: Evidence) => plainObject && e.to + 1 === act.from && vocab.deciders.has(tokens[e.to].lemma);
    // A choice passed on is read from its question: who is told may stand many words before it.
    const asks = act.entry.lemmas[0] === CHOICE;
    // "This thesis evaluates machine translation", "patients can order their meals", "pupils decide which questions to
    // ask": a term opening the clause as the subject of an active verb acts, and is not acted on.
    const opensAsSubject = (e: Evidence) => {
      if (act.to - act.from !== 1) return false;
      const verb = tokens[act.from];
      // An adverb may stand before the verb: "patients can now reschedule", "pupils also decide".
      const before = act.from >= 1 && SUBJECT_ADVERBS.has(tokens[act.from - 1].lower) ? act.from - 1 : act.from;
      const modal = before >= 1 && SUBJECT_MODALS.has(tokens[before - 1].lower);
      if (e.to !== before - (modal ? 1 : 0) || /(?:ed|ing)$/.test(verb.lower) || NOUN_OF_ACTION.test(verb.lower)) return false;
      // A label is no subject: "Ambulance dispatch: chooses which crew to send".
      if (!/^\s+$/.test(text.slice(tokens[e.to - 1].end, tokens[e.to].start))) return false;
      // A plural noun before its own verb is no verb: "Job-candidate matches were annotated".
      const after = tokens[act.to]?.lower;
      if (after !== undefined && (PASSIVE_AUXILIARIES.has(after) || SUBJECT_MODALS.has(after) || after === 'have' || after === 'had')) return false;
      // Without a modal the verb agrees with its subject: "the thesis evaluates", "pupils decide"; "patient triage" is a compound.
      const subject = tokens[e.to - 1];
      // A verb that is never a noun needs no agreement, as non-native writers may drop the -s: "patient choose the department".
      const agrees = modal || (/s$/.test(verb.lower) && verb.lemma !== verb.lower) || (verb.lemma === verb.lower && /s$/.test(subject.lower) && subject.lemma !== subject.lower) || ONLY_VERBS.has(verb.lower);
      if (!agrees) return false;
      // A clause opens after punctuation or after a word that begins a clause of purpose or time: "so job seekers can filter the listings".
      const opening = (k: number) => k === 0 || /[-\u2013\u2014:;,.(]/.test(text.slice(tokens[k - 1].end, tokens[k].start)) || CLAUSE_OPENERS.has(tokens[k - 1].lower);
      return opening(e.from) || (e.from >= 1 && DETERMINERS.has(tokens[e.from - 1].lower) && opening(e.from - 1));
    };
    // The people decided about, as the act's subject, do it themselves: "patients can order their meals", "pupils decide".
    // So does one person with a determiner right before the verb's -s form, wherever it stands: "if the patient
    // declines", "a slot the tenant chooses".
    const personBeforeVerb = (e: Evidence) => {
      const verb = tokens[act.from];
      return act.to - act.from === 1 && e.to === act.from && e.from >= 1 && ONE_PERSON.has(tokens[e.from - 1].lower) && /[^s]s$/.test(verb.lower) && verb.lemma !== verb.lower && /^\s+$/.test(text.slice(tokens[e.to - 1].end, verb.start));
    };
    // A term of several words names people as a whole ("job seekers"), or by its last word ("loan applicants").
    const namesPeople = (e: Evidence) => vocab.people.has(tokens[e.to - 1].lemma) || vocab.people.has(e.entry.lemmas.join(' '));
    if (terms.some((e) => (opensAsSubject(e) || personBeforeVerb(e)) && namesPeople(e) && !vocab.deciders.has(tokens[e.to - 1].lemma))) continue;
    // A role that decides, after "until" or "unless" and right before a verb of its own, is the check that ends the
    // act ("frozen until an investigator clears them"): no one the release acts on.
    const rolesOwnVerb = (e: Evidence) => {
      const next = tokens[e.to];
      let k = e.from - 1;
      while (k >= 0 && DETERMINERS.has(tokens[k].lower)) k--;
      return namesDecider(e) && e.from >= act.to && k >= 0 && (tokens[k].lower === 'until' || tokens[k].lower === 'unless') && next !== undefined && /[^s]s$/.test(next.lower) && next.lemma !== next.lower && /^\s+$/.test(text.slice(tokens[e.to - 1].end, next.start));
    };
    // A comparison with a reference of known people takes its body part or sensor from anywhere in its clause:
    // "compares every spectator passing turnstiles 1-48 against the club's list ..., using the existing overhead
    // cameras".
    const comparedBy = (e: Evidence) => act.entry.lemmas[0] === COMPARED && e.entry.domain.id === COMPARED_DOMAIN;
    // What an act of classing names its objects ("classifies people with a set of attributes as good or bad credit
    // risks") stands after its "as", however long the object before it.
    const classedAs = (e: Evidence) => {
      if (!CLASSING.has(act.entry.lemmas[0]) || e.from < act.to) return false;
      for (let k = act.to; k < e.from && k <= act.from + WINDOW; k++) {
        if (/[.;:!?\n]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
        if (tokens[k].lower === 'as') return e.from - k <= AS_PREDICATE_SPAN && !/[.;:!?\n]/.test(text.slice(tokens[k].end, tokens[e.from].start));
      }
      return false;
    };
    // A thing that opens the clause as the subject of a strong act on people is the means of that act: "Our cameras
    // recognise them", "the scanners identify visitors". A person as the subject acts for themself (see above).
    const objectIsPerson = act.entry.weight === 2 && act.to < tokens.length && (PERSON_OBJECTS.has(tokens[act.to].lower) || vocab.people.has(tokens[act.to].lemma));
    const meansOfAct = (e: Evidence) => objectIsPerson && !vocab.people.has(tokens[e.to - 1].lemma);
    // "tags each posting so job seekers can filter": the people decided about, opening a clause of purpose or cause
    // after the act, before a modal of their own, are that clause's subject, not the act's object ("decides when
    // patients can go home" asks about them, and is read; "so property managers can serve notice" names a decider,
    // which says where the act is set).
    const opensLaterClause = (e: Evidence) => {
      if (e.from < act.to || e.from < 1 || !SUBJECT_MODALS.has(tokens[e.to]?.lower ?? '') || !namesPeople(e) || vocab.deciders.has(tokens[e.to - 1].lemma)) return false;
      const k = tokens[e.from - 1].lower === 'that' && e.from >= 2 ? e.from - 2 : e.from - 1;
      return PURPOSE_OPENERS.has(tokens[k].lower);
    };
    const near = (e: Evidence) =>
      e.entry.domain === d && (!opensAsSubject(e) || meansOfAct(e)) && !rolesOwnVerb(e) && !opensLaterClause(e) &&
      (!asks || e.from >= act.to) &&
      ((e.to <= act.from || e.from >= act.to) || namesUse(e)) && !(e.from >= agent && e.to <= act.from) && !subjectOf(tokens, e, act, vocab.deciders, vocab.subjectWords) && !namesActingRole(e) && e.from < beneficiary && (asks ? Math.min(e.from - act.from, Math.abs(e.from - choice!.question)) <= WINDOW : (Math.min(Math.abs(e.from - act.from), Math.abs(e.to - act.to)) <= WINDOW || questionGap(act, e) <= QUESTION_WINDOW || comparedBy(e) || classedAs(e)));
    // At most two terms, strongest first, and not the same word twice.
    const parts: Evidence[] = [];
    const seen = new Set<string>();
    for (const t of terms.filter(near).sort((a, b) => b.entry.weight - a.entry.weight || Math.abs(a.from - act.from) - Math.abs(b.from - act.from))) {
      const key = t.entry.lemmas.join(' ');
      if (seen.has(key) || parts.length === 2) continue;
      seen.add(key);
      parts.push(t);
    }
    // A construction's strong term that names who decides ("580-640 go to a human underwriter") says where it is
    // set, as a weak term would: what is decided about outweighs it.
    const construction = act.entry.lemmas[0].startsWith('@');
    let score = weight + parts.reduce((s, p) => s + (construction && namesDecider(p) ? 1 : p.entry.weight), 0);
    const termless = parts.length === 0;
    // "decide whom to hire": a domain's own act next to another act is evidence as well.
    if (!parts.length) {
      const other = act.entry.weight === 2 ? acts.find((o) => o !== act && near(o) && CHOOSING.has(o.entry.lemmas[0]) && !choosesNoPerson(tokens, o)) : undefined;
      if (!other) continue;
      parts.push(other);
      score = 3;
    }
    const prev = best.get(d);
    // Weak words alone ("predict the salary of people") are not a use, however many: one must be strong.
    // A list of outcomes, a cut-off or a choice passed on fits every domain, so only a strong term says which one it decides in.
    // Who is told decides about others when their role is a decider's ("tells detectives which statements are
    // probably untrue"): their strong term says where, as one inside the question does.
    let strongPart = asks
      ? parts.some((p) => p.entry.weight === 2 && (p.from > choice!.question || namesDecider(p)))
      : act.entry.lemmas[0] === RATING ? parts.some((p) => p.entry.weight === 2 && !(p.from <= rating!.rating && rating!.rating < p.to))
      : act.entry.lemmas[0] === OUTCOME || act.entry.lemmas[0] === ALERT || act.entry.lemmas[0] === EFFECT || act.entry.lemmas[0] === RUNS ? parts.some((p) => p.entry.weight === 2)
      // A cut-off through weak words ("everyone above the threshold") is set where its sentence names the domain strongly.
      : act.entry.lemmas[0] === CUT_OFF || act.entry.lemmas[0] === CONSEQUENCE ? parts.some((p) => p.entry.weight === 2) || (sentenceDomains?.().has(d.id) ?? false)
      : weight === 2 || parts.some((p) => p.entry.weight === 2);
    // Weak words alone decide where the release acts by itself ("the model adjusts the valves ... on its own"), the
    // paragraph names no other domain strongly and names this one more than once: nobody is advised, the act is done.
    const cue = !(score >= THRESHOLD && strongPart) && !construction && parts.length > 0 ? setting?.actsAlone() : undefined;
    // The cue's own words ("without a person") name no one decided about.
    if (cue && cue[0] >= tokens[0].start && cue[1] <= tokens[tokens.length - 1].end && parts.every((p) => tokens[p.from].start >= cue[1] || tokens[p.to - 1].end <= cue[0]) && setting!.paragraphTerms().every((e) => e.domain === d) && setting!.paragraphNames(d) >= ALONE_PARAGRAPH_TERMS) {
      score = THRESHOLD;
      strongPart = true;
    }
    // An act proper is the clause's reading before a verdict word ("assess whether a witness is being truthful").
    const better = !prev || (verdict(prev.parts[0]) !== verdict(act) ? verdict(prev.parts[0]) : score > prev.score);
    if (score >= THRESHOLD && strongPart && better) best.set(d, { score, parts: [act, ...parts], termless });
  }
  if (!best.size) return [];
  // What is decided about outweighs two acts side by side: "routes fire engines and decides" is emergency services.
  if ([...best.values()].some((b) => !b.termless)) for (const [d, b] of best) if (b.termless) best.delete(d);
  const namesStrongTerm = (b: { parts: Evidence[] }) => b.parts.some((p, i) => i > 0 && p.entry.weight === 2);
  // Words many domains share ("decide whether the applicant's account ... is credible") say where the clause
  // is set only through its sentence: where no reading names a strong term of its own, a domain the sentence
  // names by a strong term ("recorded asylum interviews") is the setting, and its reading is kept alone.
  if (sentenceDomains && best.size > 1 && ![...best.values()].some(namesStrongTerm)) {
    const named = sentenceDomains();
    const set = [...best.keys()].filter((d) => named.has(d.id));
    if (set.length) for (const d of [...best.keys()]) if (!set.includes(d)) best.delete(d);
  }
  // A word domains share ("claims", "underwriter", "waiting list") means what its paragraph names by other strong
  // terms: "a health-insurance claim ... Claims above 0.8 are suspended" suspends insurance claims, not welfare
  // claims, and "approved without an underwriter looking at it" in a credit union's paragraph approves a loan. A
  // reading resting only on shared words moves to the one domain of theirs the paragraph names, where the
  // paragraph does not name its own.
  const key = (e: Entry) => e.lemmas.join(' ');
  if (setting) for (const [d, b] of [...best]) {
    const words = b.parts.slice(1);
    if (!words.length || words.some((p) => p.entry.domain !== d)) continue;
    const sharers = words.map((p) => (vocab.terms.get(p.entry.lemmas[0]) ?? []).filter((e) => e.domain !== d && key(e) === key(p.entry)).map((e) => e.domain));
    if (sharers.some((ds) => !ds.length)) continue;
    const keys = new Set(words.map((p) => key(p.entry)));
    const named = new Set(setting.paragraphTerms().filter((e) => !keys.has(key(e))).map((e) => e.domain.id));
    if (named.has(d.id)) continue;
    const meant = [...new Set(sharers.flat().filter((o) => named.has(o.id)))];
    // A construction that fits every domain, on weak shared words only, in a paragraph that names other domains
    // and none of theirs ("Rank applicants to the secondary school ...; everyone else is put on the waiting
    // list"), is set where the paragraph is: no reading of its own.
    if (!meant.length && b.parts[0].entry.lemmas[0].startsWith('@') && named.size && words.every((p) => p.entry.weight === 1)) best.delete(d);
    if (meant.length !== 1) continue;
    best.delete(d);
    if (!best.has(meant[0])) best.set(meant[0], b);
  }
  if (!best.size) return [];
  // Weak words alone, in a paragraph that names other domains by strong terms (roles that decide aside) and
  // never their own, are about that paragraph's matter: "designed to balance signal detection with clinical
  // workflow constraints". Such a reading is set aside, not dropped: it still outweighs weaker readings.
  const setAside = new Set<Domain>();
  if (setting) for (const [d, b] of best) {
    if (b.parts.slice(1).some((p) => p.entry.weight === 2 || p.entry.domain !== d)) continue;
    const named = new Set(setting.paragraphTerms().filter((e) => !vocab.deciders.has(e.lemmas[e.lemmas.length - 1])).map((e) => e.domain.id));
    if (named.size && !named.has(d.id)) setAside.add(d);
  }
  const top = Math.max(...[...best.values()].map((b) => b.score));
  // On a tie, a domain named by one of its strong terms wins over one pieced together from weak words.
  const strongAtTop = [...best.values()].some((b) => b.score === top && namesStrongTerm(b));
  const out: WordUse[] = [];
  for (const [domain, b] of best) {
    if (b.score < top || setAside.has(domain)) continue;
    if (strongAtTop && !namesStrongTerm(b)) continue;
    const from = Math.min(...b.parts.map((p) => p.from));
    const to = Math.max(...b.parts.map((p) => p.to));
    out.push({
      domain,
      startOffset: tokens[from].start,
      endOffset: tokens[to - 1].end,
      actOffset: tokens[b.parts[0].from].start,
      score: b.score,
      evidence: b.parts.map((p) => text.slice(tokens[p.from].start, tokens[p.to - 1].end)),
    });
  }
  return out;
}

/** Domains whose strong terms the text names at all ("any real clinical decision about a patient"): for exclusions, not uses. */
export function termDomains(text: string, catalogue: DomainCatalogue, minWeight: 1 | 2 = 2): Set<string> {
  return new Set(termCounts(text, catalogue, minWeight).keys());
}

/** How many of each domain's strong terms a text names: which domain a sentence is about, where two uses tie. */
export function termCounts(text: string, catalogue: DomainCatalogue, minWeight: 1 | 2 = 2): Map<string, number> {
  const vocab = compile(catalogue);
  const counts = new Map<string, number>();
  for (const e of findEntries(wordTokens(text), vocab.terms, undefined, vocab.termByEnding)) if (e.entry.weight >= minWeight) counts.set(e.entry.domain.id, (counts.get(e.entry.domain.id) ?? 0) + 1);
  return counts;
}

/**
 * The strong terms of the paragraph around offset `at` (blank lines part paragraphs), found once per paragraph.
 * A term's word used as a verb is none: "it judges", "and returns APPROVE or DECLINE" (not forced returns).
 */
function paragraphTermsOf(text: string, vocab: CompiledVocabulary): (at: number) => readonly PlacedEntry[] {
  const byStart = new Map<number, PlacedEntry[]>();
  return (at) => {
    const [start, end] = paragraphAround(text, at, at);
    let found = byStart.get(start);
    if (!found) {
      const tokens = wordTokens(text, start, end);
      byStart.set(start, (found = findEntries(tokens, vocab.terms, text, vocab.termByEnding).filter((e) => e.entry.weight === 2 && !isVerbAfterSubject(text, tokens, e) && !handsOver(text, tokens, e)).map((e) => ({ entry: e.entry, start: tokens[e.from].start }))));
    }
    return found;
  };
}

/** How many words a paragraph's opening clause may have to stand as its topic ("Attrition model."). */
const TOPIC_WORDS = 12;
/** Words of where a release comes from ("Trained on patient notes.", "A loan dataset."): such an opening names its data, not its use. */
const PROVENANCE = new Set(['data', 'dataset', 'datasets', 'corpus', 'corpora', 'benchmark', 'benchmarks', 'trained', 'train', 'pretrained', 'fine', 'finetuned', 'collected', 'sourced', 'scraped', 'crawled', 'derived', 'based']);

/**
 * Whether a paragraph's opening clause names what the paragraph is about rather than saying what is done:
 * short, ended by a full stop, colon or semicolon, with no act but a noun of action ("Child-protection hotline
 * screening.", "We built it for a housing association."). Its terms then stand in the clauses after it.
 */
function isTopic(text: string, tokens: readonly WordToken[], end: number, vocab: CompiledVocabulary): boolean {
  if (!tokens.length || tokens.length > TOPIC_WORDS || !(/^[.:;]/.test(text.slice(end, end + 1)) || leadsList(text, end))) return false;
  if (tokens.some((t) => PROVENANCE.has(t.lower))) return false;
  // "Admissions triage agent": an act's word before what does it names the thing, as a noun of action would.
  const namesThing = (a: Evidence) => NOUN_OF_ACTION.test(tokens[a.to - 1].lower) || NOUN_OF_ACTION.test(tokens[a.to - 1].lemma) || (a.to < tokens.length && (RELEASE_NOUNS.has(tokens[a.to].lemma) || MACHINE_ROLES.has(tokens[a.to].lemma)));
  return findEntries(tokens, vocab.acts).every(namesThing) && findEntries(tokens, vocab.terms, undefined, vocab.termByEnding).length > 0;
}

/** The words of a clause that belong to its domain terms, in order. */
function termWordsOf(tokens: readonly WordToken[], vocab: CompiledVocabulary): WordToken[] {
  const spans = findEntries(tokens, vocab.terms, undefined, vocab.termByEnding);
  return tokens.filter((_, k) => spans.some((e) => e.from <= k && k < e.to));
}

/** How far into a line its list marker may stand (indented items of a nested list). */
const LIST_ITEM_REACH = 40;

/**
 * Whether the line ending at `end` leads a list: it ends there (a colon may close it) and the next line opens a list
 * item. The steps of a workflow under its title ("Admissions triage agent:", "1. Read ...", "3. Score < 60 →
 * Decline") act on what the title names.
 */
function leadsList(text: string, end: number): boolean {
  // An item leads no list of its own: "- Task: biometric categorisation" is one item of several.
  // Nor do a how-to's steps act on what its title names: they are the reader's ("How to: get substation photos into ...").
  const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  if (LIST_ITEM.test(line) || /^\W*how\b/i.test(line)) return false;
  const m = /^:?[ \t]*\r?\n/.exec(text.slice(end, end + 4));
  return m !== null && LIST_ITEM.test(text.slice(end + m[0].length, end + m[0].length + LIST_ITEM_REACH));
}

/** Whether the clause at `start` is a list item right under the line before it (no blank line between). */
function continuesList(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // The line before it must not be blank: "lead:\n\n1. ..." is a paragraph, then a list of its own.
  return lineStart > 0 && LIST_ITEM.test(text.slice(lineStart, lineStart + LIST_ITEM_REACH)) && !/\n[ \t]*$/.test(text.slice(0, lineStart - 1));
}

/** Whether a word names people a domain decides about or people who decide: "patients", "recruiters". */
export function namesPeople(catalogue: DomainCatalogue, word: string): boolean {
  return compile(catalogue).people.has(lemmaOf(word));
}

/** Whether a use's evidence names the people its domain decides about ("prioritising calls to patients"), not only data or things. */
export function namesSubject(catalogue: DomainCatalogue, domain: Domain, evidence: readonly string[]): boolean {
  const subjects = compile(catalogue).subjects.get(domain);
  return subjects !== undefined && evidence.some((w) => subjects.has(lemmaSequence(w).join(' ')));
}

/**
 * Whether a use's evidence joins one of the domain's decisive acts to who acts on it ("triage aid ... for
 * radiologist prioritization", "ranks applicants for recruiters"): a deployment in the domain's own workflow.
 */
export function actsForDecider(catalogue: DomainCatalogue, domain: Domain, evidence: readonly string[]): boolean {
  const vocab = compile(catalogue);
  const lemmas = evidence.map((w) => lemmaSequence(w));
  const decisive = lemmas.some((l) => l.length > 0 && (vocab.acts.get(l[0]) ?? []).some((e) => e.domain === domain && e.weight === 2 && e.lemmas.join(' ') === l.join(' ')));
  return decisive && lemmas.some((l) => l.length > 0 && vocab.deciders.has(l[l.length - 1]));
}

/**
 * Uses described in plain words in each [start, end) clause of the text. A paragraph's topic clause lends
 * its terms to the clauses after it ("Attrition model. Scores every engineer's flight risk"): the act must
 * stand in the later clause.
 */
export function matchWordUses(text: string, catalogue: DomainCatalogue, clauses: readonly (readonly [number, number])[]): WordUse[] {
  const vocab = compile(catalogue);
  if (!vocab.acts.size) return [];
  const out: WordUse[] = [];
  let topic: WordToken[] | undefined;
  // Whether the topic's line leads a list whose items it stands over.
  let topicLeadsList = false;
  // Whether the current line is an item of such a list.
  let inLedList = false;
  let prevEnd = -1;
  // The words of the current sentence so far, and of the sentence before it in the same paragraph.
  let sentence: WordToken[] = [];
  let previousSentence: WordToken[] | undefined;
  const paragraphTerms = paragraphTermsOf(text, vocab);
  const mayActAlone = ACTS_ALONE.test(text);
  for (const [s, e] of clauses) {
    const tokens = wordTokens(text, s, e);
    const opensParagraph = prevEnd < 0 || text.slice(prevEnd, s).includes('\n');
    const opensSentence = opensParagraph || /[.!?]/.test(text.slice(prevEnd, s));
    // A list's items keep the topic of the line that leads them.
    if (opensParagraph) inLedList = topicLeadsList && continuesList(text, s);
    if (opensParagraph) {
      if (!inLedList) topic = undefined;
      previousSentence = undefined;
    } else if (opensSentence) previousSentence = sentence;
    if (opensSentence) sentence = [];
    sentence.push(...tokens);
    prevEnd = e;
    // A clause with no act may still hold a construction that decides: a placement, a cut-off, an alert.
    // A consequence needs a person it befalls, a rating a noun of rating: checked only when their verb is there.
    const consequence = () => tokens.some((t) => CONSEQUENCES.has(t.lower)) && tokens.some((t) => vocab.subjectWords.has(t.lemma));
    const rated = () => tokens.some((t) => GIVING.has(t.lower)) && tokens.some((t) => RATING_NOUNS.has(t.lower) || t.lower === 'number');
    if (tokens.some((t) => vocab.acts.has(t.lemma) || OUTPUT_VERBS.has(t.lower) || INFORMING.has(t.lower) || CONSTRUCTION_WORDS.has(t.lower)) || consequence() || rated()) {
      let alone: readonly [number, number] | undefined | null = null;
      let named: Map<string, number> | undefined;
      const setting: ClauseSetting = {
        sentenceDomains: () => termDomains(text.slice(...sentenceAround(text, s, e)), catalogue),
        paragraphNames: (d) => {
          // Counted once per clause, for whichever domains ask.
          if (!named) {
            named = termCounts(text.slice(...paragraphAround(text, s, s)), catalogue, 1);
          }
          return named.get(d.id) ?? 0;
        },
        actsAlone: () => {
          // Read once per clause: most clauses have no such cue, and a text without one anywhere needs no sentence.
          if (alone === null) {
            alone = undefined;
            if (mayActAlone) {
              const [ss, se] = sentenceAround(text, s, e);
              const m = ACTS_ALONE.exec(text.slice(ss, se));
              if (m) alone = [ss + m.index, ss + m.index + m[0].length];
            }
          }
          return alone;
        },
        paragraphTerms: () => paragraphTerms(s).map((p) => p.entry),
        termsBefore: () => paragraphTerms(s).filter((p) => p.start < s).map((p) => p.entry),
      };
      let found: WordUse[];
      // A list item may stand many words from its lead: only the lead's terms come along ("Admissions ... applications").
      const lent = topic && inLedList ? termWordsOf(topic, vocab) : topic;
      if (lent) found = usesInClause(text, [...lent, ...tokens], vocab, setting).filter((u) => u.actOffset >= s);
      else found = usesInClause(text, tokens, vocab, setting);
      // "... at a mid-size gas distributor. Every Monday it decides which 5% of steel service lines the crews dig
      // up": a sentence whose subject is the release says what it does to what the sentence before it named.
      if (!found.length && opensSentence && previousSentence && namesReleaseAsSubject(tokens)) {
        // A sentence on where the data came from ("Trained on MIMIC-III patient notes.") names no one decided about.
        const before = previousSentence;
        if (!before.some((t) => PROVENANCE.has(t.lower))) found = usesInClause(text, [...before, ...tokens], vocab, setting).filter((u) => u.actOffset >= s);
      }
      out.push(...found);
    }
    if (opensParagraph && !inLedList && isTopic(text, tokens, e, vocab)) {
      topic = tokens;
      topicLeadsList = leadsList(text, e);
    } else if (opensParagraph && !inLedList) topicLeadsList = false;
  }
  return out;
}

/** Words that open a phrase of time before a sentence's subject: "Every Monday it decides", "Since January the tool". */
const TIME_OPENERS = new Set(['every', 'each', 'since', 'from', 'after', 'once', 'now', 'then', 'today', 'nightly', 'daily', 'weekly', 'monthly', 'currently']);
/** How many words a phrase of time may run before the subject. */
const TIME_PHRASE = 3;

/**
 * Whether a clause's subject is the release: "it", "the system", "this model", first or after a phrase of time
 * ("Every Monday it decides"); "Judges noted that it shares nothing" has judges as its subject.
 */
function namesReleaseAsSubject(tokens: readonly WordToken[]): boolean {
  const lead = tokens.length && TIME_OPENERS.has(tokens[0].lower) ? TIME_PHRASE : 0;
  for (let i = 0; i < tokens.length && i <= lead; i++) {
    const t = tokens[i].lower;
    if (t === 'it') return true;
    if ((t === 'the' || t === 'this' || t === 'our') && tokens[i + 1] !== undefined && RELEASE_NOUNS.has(tokens[i + 1].lemma)) return true;
  }
  return false;
}
