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
}

export interface DomainCatalogue {
  version: string;
  /** Date the legal facts were last checked (YYYY-MM-DD). */
  asOf: string;
  domains: Domain[];
  /** Contexts that are not high-risk ("research", "education-content", ...), so they are not "unknown". */
  lowRiskContexts: string[];
  /** Look up a domain by id or alias (case-insensitive); undefined for low-risk or unknown contexts. */
  domainFor(context: string): Domain | undefined;
}
