// The domain catalogue: versioned data (./domains.json) describing high-risk deployment settings.

/** Safeguards a high-risk context can require; each is a key under `safeguards:` in the manifest. */
export type SafeguardId =
  | 'human_oversight'
  | 'risk_assessment'
  | 'bias_evaluation'
  | 'logging'
  | 'incident_contact'
  | 'deployer_instructions'
  | 'data_governance'
  | 'accuracy_metrics';

export interface Citation {
  /** Short label shown in messages: "EU AI Act Annex III 4(a)". */
  label: string;
  /** What the source says, worded as an indicator, never a verdict. */
  note: string;
  url?: string;
  /** Date from which the cited obligation applies (YYYY-MM-DD), when known. */
  appliesFrom?: string;
  /**
   * Id of the licence use restriction (`licenseRestrictions[].id`) this citation belongs to: it is cited
   * only when the release's licence or its base model carries that restriction. Laws have none.
   */
  licenseRestriction?: string;
}

export interface Domain {
  /** Stable id, also the value users write in deployment.contexts: "employment". */
  id: string;
  title: string;
  /** Other words users write in deployment.contexts for this domain ("hiring", "recruitment"). */
  aliases: string[];
  /** 'high-risk' raises safeguard requirements; 'prohibited' is flagged as such; 'transparency' carries disclosure duties. */
  tier: 'high-risk' | 'prohibited' | 'transparency';
  requiredSafeguards: SafeguardId[];
  /** Phrases that reveal a use in this domain in free text (lower case; matched on word boundaries). */
  phrases: string[];
  /** Phrases that mention the domain's words without deploying into it ("loan calculator unit tests"). */
  benignPhrases: string[];
  citations: Citation[];
  /**
   * How a use in this domain is described in plain words, matched on lemmas within one clause (see
   * ./useMatcher.ts): a consequential act (`acts`, or the weaker `weakActs`, where "@common" stands for the
   * catalogue's commonActs) on who or what is decided about (`terms`, or the more ambiguous `weakTerms`).
   */
  use?: DomainUseVocabulary;
  /** Words that, in an intended_use.out_of_scope entry, count as excluding this domain (coverage only, never detection). */
  coverageKeywords?: string[];
  /** Wording for an intended_use.out_of_scope entry that excludes this domain. */
  outOfScopeText?: string;
}

export interface DomainUseVocabulary {
  acts: string[];
  weakActs: string[];
  terms: string[];
  weakTerms: string[];
  /**
   * The people this domain decides about (patients, applicants, tenants): a use whose evidence names them acts
   * on people, where one naming only data ("classifies chest X-rays") may be a capability the card shows.
   */
  subjects?: string[];
  /**
   * Word endings that name terms of the domain wherever the list above does not: medicine names conditions by
   * their ending ("carcinoma", "hepatitis", "neuropathy"). Only words with at least four letters before the
   * ending count, and never those in `termEndingExceptions` ("diploma", "telepathy").
   */
  termEndings?: string[];
  termEndingExceptions?: string[];
}

/** Use restrictions a licence (or a base model's licence / use policy) places on domains. */
export interface LicenseRestriction {
  id: string;
  title: string;
  /** Licence ids (lower case, Hugging Face style) that carry the restrictions. */
  licenseIds: string[];
  /** Substrings of base_model names whose licence carries them (lower case). */
  baseModelPatterns: string[];
  restricted: { domain: string; clause: string }[];
  citation: Citation;
}

export interface DomainCatalogue {
  version: string;
  /** Date the legal facts were last checked (YYYY-MM-DD). */
  asOf: string;
  domains: Domain[];
  /** Acts that decide about people in any domain ("screen", "rank", "approve"): weak acts, see Domain.use. */
  commonActs?: string[];
  /**
   * Verdicts on a person or a case ("plausible", "fraudulent", "truthful"): weak acts in every domain, since
   * judging someone's account credible decides about them ("reports how plausible their claimed country of
   * origin is"). Where a clause also has an act proper, the act is its reading.
   */
  judgementWords?: string[];
  /**
   * Acts that inform rather than decide ("summarise", "translate", "generate"): a domain's words as their
   * object are a mention ("Summarises public court rulings for journalists").
   */
  informationalActs?: string[];
  /**
   * Beings and things that are not people ("whale", "species", "crop"): where a clause names one, the
   * person-like words it also holds ("individual", "photo") are about it, not about people.
   */
  nonPersonSubjects?: string[];
  /**
   * Who decides rather than who is decided about ("officer", "clinician", "recruiter"): an agent helped to act
   * ("helps loan officers decide") names the domain; other agents ("helps law students find") do not.
   */
  deciderRoles?: string[];
  /**
   * Words that mean one thing in computing and another in a domain ("worker", "job", "load", "traffic",
   * "coverage"): in a clause that names computing things (`cues`: "GPU", "endpoint", "latency"), the single
   * words in `senses` are read in their computing sense and are no evidence of a use.
   */
  computingContext?: { cues: string[]; senses: string[] };
  /**
   * Acts that protect the people a use finds ("blur", "redact", "anonymise"): faces detected so that they
   * can be blurred are not identified.
   */
  protectiveActs?: string[];
  /** Contexts that are not high-risk ("research", "education-content", ...), so they are not "unknown". */
  lowRiskContexts: string[];
  /** Look up a domain by id or alias (case-insensitive); undefined for low-risk or unknown contexts. */
  domainFor(context: string): Domain | undefined;
  /** What evidence each safeguard key is expected to hold (for messages and fix comments). */
  safeguardGuidance?: Partial<Record<SafeguardId, string>>;
  /** Application dates of the cited laws, keyed by a short id ("eu-ai-act-annex-iii"). */
  dates?: Record<string, string>;
  /** Licence use restrictions that conflict with domains. */
  licenseRestrictions?: LicenseRestriction[];
}
