import * as assert from 'node:assert/strict';
import { detectUses, mentionedDomains } from '../../../src/core/catalogue/detect';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue/catalogue';

const detect = (t: string) => detectUses(t, DEFAULT_CATALOGUE).map((u) => [u.domain.id, u.text]);
/** The high-risk domains a text is read as describing a use in. */
const ids = (t: string) => detectUses(t, DEFAULT_CATALOGUE, undefined, { tiers: ['high-risk'] }).map((u) => u.domain.id);

describe('detectUses', () => {
  it('matches a phrase only between word boundaries, in any script', () => {
    const phrases = (t: string) => detectUses(t, DEFAULT_CATALOGUE).filter((u) => u.evidence === undefined).map((u) => u.text);
    // Punctuation of any script is a boundary.
    assert.deepEqual(phrases('Provides \u201ccredit scoring\u201d \u2013 for small lenders.'), ['credit scoring']);
    assert.deepEqual(phrases('Provides (Credit Scoring) for small lenders.'), ['Credit Scoring']);
    // A letter or digit of another script (or an ASCII one) beside it is part of a longer word: no phrase.
    assert.deepEqual(phrases('Provides \u00e9credit scoring for small lenders.'), []);
    assert.deepEqual(phrases('Provides credit scoring\u00e9 for small lenders.'), []);
    assert.deepEqual(phrases('Provides credit scoring\u0661 for small lenders.'), []);
    assert.deepEqual(phrases('Provides credit scoringx for small lenders.'), []);
    // A rejected match does not hide a later one.
    assert.deepEqual(phrases('\u00e9credit scoring, then credit scoring.'), ['credit scoring']);
  });

  const positives: [string, string, string][] = [
    ['This model screens job applicants for recruiters.', 'employment', 'screens job applicants'],
    ['Use it to rank candidates for open roles.', 'employment', 'rank candidates'],
    ['Built for resume screening at scale.', 'employment', 'resume screening'],
    ['Screening the job applicants of a retailer.', 'employment', 'Screening the job applicants'],
    ['Helps doctors diagnose patients faster.', 'healthcare', 'diagnose patients'],
    ['Supports medical diagnosis from chest images.', 'healthcare', 'medical diagnosis'],
    ['Triage patients in the emergency room.', 'healthcare', 'Triage patients'],
    ['Provides credit scoring for small lenders.', 'credit', 'credit scoring'],
    ['Supports loan approval workflows.', 'credit', 'loan approval'],
    ['Predicts recidivism for parole boards.', 'law-enforcement', 'Predicts recidivism'],
    ['Performs facial recognition on CCTV footage.', 'biometrics', 'facial recognition'],
    ['It can identify people from street images.', 'biometrics', 'identify people from'],
    ['Tenant screening for landlords.', 'housing', 'Tenant screening'],
    ['Examines visa applications at consulates.', 'migration', 'visa applications'],
    ['Emotion recognition in the workplace for HR teams.', 'workplace-emotion-recognition', 'Emotion recognition in the workplace'],
    ['A social scoring engine for cities.', 'social-scoring', 'social scoring'],
    ['It is used for medical diagnosis, however it is not for hiring.', 'healthcare', 'medical diagnosis'],
    // wordings seen in real cards for hiring and lending uses
    ['Scores applicant suitability for each open role.', 'employment', 'applicant suitability'],
    ['Powers resume\u2013job matching for staffing agencies.', 'employment', 'resume\u2013job matching'],
    ['Outputs the probability of default for each borrower.', 'credit', 'probability of default'],
    ['Lenders use it to predict loan default before they decide.', 'credit', 'predict loan default'],
    // a list that does not exclude keeps its uses, even when its label says "without"
    ['**Direct use without fine-tuning:**\n\n- screening job applicants', 'employment', 'screening job applicants'],
    // a heading that names limitations next to uses introduces uses
    ['### Intended uses & limitations\n\nScreens job applicants for recruiters.', 'employment', 'Screens job applicants'],
  ];
  for (const [text, domain, phrase] of positives) {
    it(`finds ${domain} in "${text}"`, () => {
      const hits = detectUses(text, DEFAULT_CATALOGUE);
      assert.equal(hits.length, 1, JSON.stringify(hits.map((h) => h.text)));
      assert.equal(hits[0].domain.id, domain);
      assert.equal(hits[0].text, phrase);
      assert.equal(text.slice(hits[0].startOffset, hits[0].endOffset), phrase);
    });
  }

  const nearMisses: string[] = [
    // negations and exclusions
    'Not intended for medical diagnosis.',
    'Must not be used to screen job applicants.',
    'This model should not be used for credit scoring.',
    'Do not use for credit scoring or loan approval.',
    'Never use it for predictive policing.',
    'Out of scope: facial recognition, hiring decisions.',
    'Screening job applicants is out of scope.',
    'Use for medical diagnosis is prohibited.',
    'Sentiment of reviews, excluding loan approval and tenant screening.',
    'Summaries for researchers instead of medical advice.',
    'It is not a substitute for medical diagnosis.',
    // benign mentions of a domain's words
    'Unit tests for a loan calculator.',
    'Trained on X-ray crystallography images.',
    'A corpus of crime novels.',
    'Crime fiction generation for writers.',
    'We are hiring a contractor to label data.',
    'Re-rank candidates retrieved by BM25.',
    'A job scheduler for batch jobs.',
    'Bug triage for GitHub issues.',
    'Credit card number masking for logs.',
    'Credit card fraud detection with credit score features.',
    'Database migration tooling for Postgres.',
    'Regression on the California housing prices dataset.',
    'Leader election in Raft clusters.',
    'Research on diagnosis of build failures.',
    'Emotion recognition in text messages.',
    'A deepfake detection benchmark.',
    'Network traffic control for routers.',
    'Entity labels: passport number, health insurance number, bank account.',
    // a negation reaches across a hard-wrapped line
    'This checkpoint must not be used for\nmedical diagnosis or loan approval.',
    'It has not been validated, and must not be relied on for\nclinical decisions of any kind.',
    // lists introduced by an exclusion
    'The checkpoint is not intended for:\n\n- credit scoring\n- screening job applicants',
    'By downloading it you agree not to use it to:\n1.\tdiagnose patients\n2.\trank candidates\n    a.\tor anything similar',
    '**Out of scope** Anything unlawful. Medical diagnosis. Tenant screening.\n\n**Users** Researchers.',
    '- **Out of scope:** hiring decisions\n- **Users:** linguists',
    '- **Not recommended for:**\n  - tenant screening\n  - visa applications\n- **Users:** linguists',
    '#### Unsuitable uses\n\nPredicting recidivism for courts.\n\n#### Users\n\nHistorians.',
    '**Limitations:** it misses some tumours when asked to detect cancer in scans.',
  ];
  for (const text of nearMisses) {
    it(`does not flag "${text}"`, () => assert.deepEqual(detect(text), []));
  }

  it('keeps a use after a clause break that follows a negation', () => {
    assert.deepEqual(detect('The model helps with screening candidates for jobs; it is not for credit scoring.'), [['employment', 'screening candidates']]);
    assert.deepEqual(detect('Not for medical use. It ranks job applicants for employers.'), [['employment', 'ranks job applicants']]);
  });

  it('reads a negated modal after the use as excluding it, but not one in a purpose or subordinate clause', () => {
    assert.deepEqual(ids('Recruiters screening job applicants must not rely on its scores.'), []);
    assert.deepEqual(ids('Loan officers ranking credit applicants cannot use this model.'), []);
    // The negation belongs to a purpose or to a subordinate clause, not to the use.
    assert.deepEqual(ids('Screens job applicants so that recruiters cannot be swamped.'), ['employment']);
    assert.deepEqual(ids('Screens job applicants who should not be interviewed again.'), ['employment']);
  });

  it('reads a good outcome withheld from those a rating picked out as the decision, not as a negation', () => {
    assert.deepEqual(ids("Candidates' answers were rated on five competencies, and the lowest-rated 40% were not invited to the assessment day."), ['employment']);
    assert.deepEqual(ids('Prisoners the model rates as high risk will not be considered for early release.'), ['justice']);
    // Near misses: no rating picks anyone out, or what is withheld is a harm.
    assert.deepEqual(ids("Candidates' answers were transcribed, and the candidates were not invited to the assessment day."), []);
    assert.deepEqual(ids('Job applicants below the cut-off are not rejected by the model.'), []);
    assert.deepEqual(ids('Job applicants below the cut-off are rejected by the model.'), ['employment']);
  });

  it('reads "no" in a two-sided answer or in "no longer only" as no negation', () => {
    assert.deepEqual(ids('Car-finance dealers get an instant yes/no and an APR tier for each customer from this model.'), ['credit']);
    assert.deepEqual(ids('The renewal model no longer only recommends: it sets each household\'s home-contents premium.'), ['insurance']);
    // Near misses: "no" and "no longer" on their own still negate.
    assert.deepEqual(ids('It gives no APR tier for any customer.'), []);
    assert.deepEqual(ids('No longer used to screen job applicants.'), []);
  });

  it("reads a negation inside a condition on the release's own result as a branch of the act, not a denial of it", () => {
    assert.deepEqual(ids("The system estimates where their speech comes from. If it doesn't match, that goes into the decision on their asylum claim."), ['migration']);
    assert.deepEqual(ids("A result that doesn't match the claimed origin goes into the decision on their asylum claim."), ['migration']);
    // Near misses: the release itself does not act, and a condition on someone else.
    assert.deepEqual(ids("It doesn't match anything against the asylum claim file."), []);
    assert.deepEqual(ids("If you don't match it against the asylum claim file, nothing happens."), []);
  });

  it('ends an exclusion where the Markdown block it introduces ends', () => {
    // A sentence ends at a line break when the next line starts a new sentence.
    assert.deepEqual(detect('Not for medical use\nScreens job applicants for recruiters.'), [['employment', 'Screens job applicants']]);
    // Sibling list items after an excluding label are uses again.
    assert.deepEqual(detect('- **Out of scope:** hiring decisions\n- **Primary use:** credit scoring for lenders'), [['credit', 'credit scoring']]);
    assert.deepEqual(detect('- **Not recommended for:**\n  - tenant screening\n- **Primary use:** triage patients in clinics'), [['healthcare', 'triage patients']]);
    // The paragraph after an excluding lead-in and its list is a use again.
    assert.deepEqual(detect('It is not intended for:\n\n- credit scoring\n\nIt supports medical diagnosis in clinics.'), [['healthcare', 'medical diagnosis']]);
    // Emphasis inside the lead-in does not change what it says.
    assert.deepEqual(detect('It is **not** designed for:\n\n- Identification or profiling of individuals\n\nIt supports medical diagnosis in clinics.'), [['healthcare', 'medical diagnosis']]);
    assert.deepEqual(detect('## Not intended for\n\nmedical diagnosis\n\n## Users\n\nScreens job applicants.'), [['employment', 'Screens job applicants']]);
  });

  it('reads plain-text lists: a dash list after an excluding lead-in, a list under a title that excludes, a crossed item', () => {
    assert.deepEqual(detect('We will never:\n\u2013 score credit for lenders\n\u2013 screen tenants for landlords\n\nIt triages patients in clinics.'), [['healthcare', 'triages patients']]);
    assert.deepEqual(detect('What we will never build\n\u2022 credit scoring for lenders\n\u2022 tenant screening\n\nIt triages patients in clinics.'), [['healthcare', 'triages patients']]);
    assert.deepEqual(detect('\u2717 credit scoring for lenders\n\u2713 triage patients in clinics'), [['healthcare', 'triage patients']]);
    // A title that excludes nothing introduces uses.
    assert.deepEqual(detect('What we build\n\u2022 credit scoring for lenders'), [['credit', 'credit scoring']]);
  });

  it('reads a message in quotation marks after a use as what is sent, not as a verdict on the use', () => {
    assert.deepEqual(detect('Every CV for warehouse jobs is ranked overnight and everyone below the line gets the "we won\'t take this further" email.'), [['employment', 'CV for warehouse jobs is ranked']]);
    assert.deepEqual(detect('Screens job applicants and should never be used to reject anyone.'), []);
  });

  it('reads a counterfactual, a use brought to an end, an enumerated prohibition and a contest as no use', () => {
    assert.deepEqual(detect('During design the vendor offered a module which would have rejected job applicants automatically on their answers.'), []);
    assert.deepEqual(detect('The court ruled that the ministry must stop using the system that sorted visa applications into risk categories.'), []);
    assert.deepEqual(detect('The Processor shall not (i) store footage beyond 30 days; (ii) match faces against any watchlist; or (iii) sell the data.'), []);
    assert.deepEqual(detect('Loan default prediction challenge: my 5th place solution with gradient boosting.'), []);
    // Near misses: an enumeration of what is done, and "contest" as a verb.
    assert.deepEqual(detect('The Processor shall (i) match faces against the staff watchlist; (ii) delete footage after 30 days.'), [['biometrics', 'match faces against']]);
    assert.deepEqual(detect('Screens job applicants; rejected candidates can contest the outcome.'), [['employment', 'Screens job applicants']]);
  });

  it('reads a use people oppose, campaign against or have heard of as a view, not what the release does', () => {
    assert.deepEqual(detect("Tenants' groups campaigned against landlords using algorithms to screen rental applicants."), []);
    assert.deepEqual(detect('Most councils we spoke to had heard of systems that decide benefit sanctions automatically.'), []);
    // Believed or rumoured, the writer does not vouch for it; said as fact, it is a use.
    assert.deepEqual(detect('I was convinced the homework app was marking the kids down, so I asked the teacher.'), []);
    assert.deepEqual(detect('There are rumours that a computer rejects postal ballots at the count.'), []);
    assert.deepEqual(detect('I thought it was a joke, but the model really rejects tenants with arrears.'), [['housing', 'rejects tenants with arrears']]);
    // Near miss: the release's own act.
    assert.deepEqual(detect('The model screens rental applicants for landlords.'), [['housing', 'screens rental applicants']]);
  });

  it('attributes applicants ranked by default risk to credit, not employment', () => {
    assert.deepEqual(detect('Ranks applicants by estimated default risk for a lender.'), [['credit', 'estimated default risk']]);
    assert.deepEqual(detect('Ranks applicants by their credit risk.').filter(([d]) => d === 'employment'), []);
  });

  it('reads a topic named before a result clause (", so we built ...") as the reason, not what the clause after it is about', () => {
    assert.deepEqual(ids('Manual review of 4,000 motor claims a day is slow, so we built ClaimLens: it approves or refers each claim to the special investigations unit.'), ['insurance']);
    assert.deepEqual(ids('Our review of how adjusters approve or refer each claim to the special investigations unit.'), []);
  });

  it('reads "however" inside a concession as part of the clause, and as a break when it connects clauses', () => {
    assert.deepEqual(ids('Employers must not, however convenient it seems, use it to screen job applicants.'), []);
    assert.deepEqual(ids('It is not a chatbot, however it screens job applicants for recruiters.'), ['employment']);
  });

  it('reads "against" as excluding only when it advises against a use, not when it compares', () => {
    assert.deepEqual(ids('Matches each CV against the vacancy and shortlists job applicants for interview.'), ['employment']);
    assert.deepEqual(ids('We advise against using it to shortlist job applicants.'), []);
    assert.deepEqual(ids('The authors caution against deploying it to screen job applicants.'), []);
  });

  it('does not read an agent noun ("teachers", "writers") as an informational act governing the use', () => {
    assert.deepEqual(ids('Teachers use it to assign final grades to coursework.'), ['education']);
    assert.deepEqual(ids('Teaches pupils how final grades are worked out.'), []);
  });

  it('reads what a paper or its authors study as a topic, not a use', () => {
    assert.deepEqual(ids('This thesis investigates credit scoring with graph networks.'), []);
    assert.deepEqual(ids('We explore resume screening with small language models.'), []);
    assert.deepEqual(ids('Our model performs credit scoring for small lenders.'), ['credit']);
  });

  it('gives applicants ranked with another domain\'s terms to that domain, not to a generic phrase\'s', () => {
    assert.deepEqual(ids('Colleges can rank applicants for admission to their nursing degree programme.'), ['education']);
    // With no other domain's terms in the clause the phrase keeps its domain.
    assert.deepEqual(ids('Can rank applicants for the open sales roles.'), ['employment']);
  });

  it("gives a catalogue phrase overlapped by another domain's use to that domain when its sentence names it more often", () => {
    assert.deepEqual(ids("Parole Insight exists because boards had minutes per case: it estimates each prisoner's risk of reoffending and recommends grant or refusal ahead of the hearing."), ['justice']);
    // Without the other domain's words around it the phrase keeps its own.
    assert.deepEqual(ids('The police use it to estimate each suspect\'s risk of reoffending.'), ['law-enforcement']);
  });

  it('reads a cut-off as a threshold any domain sets, not as a word of employment', () => {
    assert.deepEqual(ids('The model screens rental applications by analysing income, rental history and eviction records. Applicants below the cut-off are rejected before a viewing is offered.'), ['housing']);
    assert.deepEqual(ids('Job candidates below the cut-off are rejected before the interview.'), ['employment']);
  });

  it('reads "banned" or "prohibited" before a noun or after "have" as describing it, not as a verdict on the use', () => {
    assert.deepEqual(ids('Recognises faces at the entrance and compares them with a list of banned visitors.'), ['biometrics']);
    assert.deepEqual(ids('Recognising faces at the entrance is prohibited by the licence.'), []);
    // A perfect tense names what someone did: the accounts "we have banned" are compared with, not a ban on the use.
    assert.deepEqual(ids('Every new profile photo is compared with the faces of all accounts we have banned for harassment.'), ['biometrics']);
    assert.deepEqual(ids('Comparing profile photos with faces of other users is banned for harassment reasons.'), []);
  });

  it('reads a judgement on the use written after it as excluding it ("would be irresponsible", "is a misuse")', () => {
    assert.deepEqual(ids('Relying on it to approve loan applications would be unsafe.'), []);
    assert.deepEqual(ids('Ranking tenants with this model is a misuse.'), []);
    assert.deepEqual(ids('Ranks rental applicants for letting agents; it is fast.'), ['housing']);
  });

  it('reads research into how something is done as a topic', () => {
    assert.deepEqual(ids('A toolkit for understanding how recruiters screen job applicants.'), []);
    assert.deepEqual(ids('A toolkit that helps recruiters screen job applicants.'), ['employment']);
  });

  it('reads an act that names the kind of records after it as what the records are of', () => {
    assert.deepEqual(ids('The data comes from the Computer Aided Dispatch (CAD) database, which holds fire and emergency medical services incidents.'), []);
    // Near misses: the same act on people, with a database named elsewhere in the sentence, and records the act works on.
    assert.deepEqual(ids('It dispatches emergency medical services to callers and keeps a database of every call.'), ['essential-public-services']);
    assert.deepEqual(ids('Analysts use the model to link records of the same offender across custody databases.'), ['law-enforcement']);
  });

  it("reads an act inside a list of a data set's fields as a column's name", () => {
    assert.deepEqual(ids('Built from published crime incident reports, with fields for offence type, date, beat and arrest flag.'), []);
    // Near miss: the release's act after the list has ended.
    assert.deepEqual(ids('Has columns for income and age; it scores each loan applicant from them.'), ['credit']);
    // A data dictionary's items, opened by column identifiers; a product's name alone opens no field.
    assert.deepEqual(ids('* **CustomerId:** A unique identifier for each customer.\n* **CreditScore:** The credit score of the customer.\n* **Tenure:** Years as a customer.'), []);
    assert.deepEqual(ids('- `loan_status`: whether the loan was approved\n- `applicant_income`: monthly income'), []);
    assert.deepEqual(ids('- **ScoreRight:** credit scoring for loan applicants in seconds.'), ['credit']);
  });

  it('reads an act right after "how to" as what someone is shown, not what the release does', () => {
    assert.deepEqual(ids('Shows caseworkers how to assess benefit claimants.'), []);
    // Near miss: a decision about how to act has its own act.
    assert.deepEqual(ids('The tool decides how to allocate ICU beds to patients.'), ['healthcare']);
  });

  it('reads an act a demonstration shows something can do as shown, not done', () => {
    assert.deepEqual(ids("For: showing how an interpretable classifier can place a household profile into a Low, Medium or High tier for the council's support scheme."), []);
    // Near miss: "how likely" is a measure the release gives, not a demonstration.
    assert.deepEqual(ids('The tool shows how likely each applicant is to repay, and the bank declines the rest.'), ['credit']);
  });

  it('reads a negated modal in a relative clause that opens inside the use as describing its object, not as a verdict on it', () => {
    assert.deepEqual(ids("Sets each doctor's annual malpractice premium, and flags doctors the insurer should not renew."), ['insurance']);
    assert.deepEqual(ids("Sets each doctor's annual malpractice premium, and the insurer should not rely on it."), []);
  });

  it('reads a finding reported ("we show that ..."), a list of topics and what a request is about as topics', () => {
    assert.deepEqual(ids('From published stop-and-search records we show that searches of young men turn up prohibited items less often.'), []);
    assert.deepEqual(ids('Topics include gig platform deactivations, audits of automated hiring and workers being scored.'), []);
    assert.deepEqual(ids("You asked for information about the Force's use of facial recognition."), []);
    assert.deepEqual(ids('The Force uses facial recognition to find wanted people in crowds.'), ['biometrics']);
    // Near misses: the same words stating what the release does, and a finding about a system put to work.
    assert.deepEqual(ids('We show officers which stop-and-search suspects to search first.'), ['law-enforcement']);
    assert.deepEqual(ids('We show that our model sets individual health-insurance premiums well, and we deploy it at an insurer.'), ['insurance']);
    assert.deepEqual(ids('It deactivates gig workers whose ratings fall, and scores every worker weekly.'), ['employment']);
  });

  it('reads "generates" whose object is the decision itself as deciding, other generated text as informing', () => {
    assert.deepEqual(ids('Generates eligibility assessments for social assistance claimants.'), ['essential-public-services']);
    assert.deepEqual(ids('Generates plain-language letters that explain eligibility for social assistance to claimants.'), []);
  });

  it('knows fire and rescue services as emergency services', () => {
    assert.deepEqual(ids('Prioritises coastguard and search and rescue callouts.'), ['essential-public-services']);
  });

  it('reads a use confined to research or teaching purposes as a mention', () => {
    assert.deepEqual(ids('Can train classifiers that flag melanoma in skin images, for research purposes only.'), []);
    assert.deepEqual(ids('Flags melanoma in skin images for dermatologists.'), ['healthcare']);
  });

  it('reads results reported in a table or figure as a mention', () => {
    assert.deepEqual(ids('Its rankings of job applicants are shown in Figure 2.'), []);
    assert.deepEqual(ids('Ranks job applicants for recruiters; results are in the appendix.'), ['employment']);
  });

  it('reads an exclusion before a colon as governing every enumerated item after it', () => {
    const text = "You agree not to use the Model: (a) to identify a person from their face; (b) to infer a person's emotions or ethnicity from their voice; (c) to build databases of faces.";
    assert.deepEqual(ids(text), []);
    assert.deepEqual([...new Set(ids("The Model is used: (a) to identify a person from their face; (b) to infer a person's emotions from their voice."))], ['biometrics']);
  });

  it('reads a BibTeX entry as a citation, not a use', () => {
    assert.deepEqual(ids('@article{ortiz2024,\n  title = {Eviction Records in Commercial Tenant Screening}\n}'), []);
    assert.deepEqual(ids('@article{x, title={A study}}\nScreens rental applicants for landlords.'), ['housing']);
  });

  it('mention mode ignores Markdown exclusions (coverage of out-of-scope lists)', () => {
    assert.deepEqual([...mentionedDomains('The checkpoint is not intended for:\n\n- credit scoring', DEFAULT_CATALOGUE)], ['credit']);
  });

  it('prefers the longest overlapping phrase (prohibited over high-risk)', () => {
    const hits = detectUses('emotion recognition in the classroom', DEFAULT_CATALOGUE);
    assert.deepEqual(hits.map((h) => h.domain.id), ['workplace-emotion-recognition']);
  });

  it('ignores caller-marked exclusion ranges', () => {
    const text = 'Direct use: sentiment. Out-of-scope: diagnose patients.';
    const start = text.indexOf('Out-of-scope');
    assert.equal(detectUses(text.replace('Out-of-scope:', 'Also'), DEFAULT_CATALOGUE).length, 1);
    assert.deepEqual(detectUses(text.replace('Out-of-scope:', 'Also'), DEFAULT_CATALOGUE, undefined, { excludeRanges: [[start, text.length]] }), []);
  });

  it('accepts extra phrases mapped to a domain', () => {
    const hits = detectUses('Scores gig workers for the dispatch app.', DEFAULT_CATALOGUE, [{ phrase: 'score gig workers', domain: 'employment' }]);
    assert.deepEqual(hits.map((h) => [h.domain.id, h.text]), [['employment', 'Scores gig workers']]);
  });

  it('filters by tier', () => {
    assert.deepEqual(detectUses('social scoring and credit scoring', DEFAULT_CATALOGUE, undefined, { tiers: ['prohibited'] }).map((h) => h.domain.id), ['social-scoring']);
  });

  it('mentionedDomains keeps negated mentions (coverage of out-of-scope lists)', () => {
    assert.deepEqual([...mentionedDomains('not for medical diagnosis or credit scoring', DEFAULT_CATALOGUE)].sort(), ['credit', 'healthcare']);
    assert.deepEqual([...mentionedDomains('unit tests for a loan calculator', DEFAULT_CATALOGUE)], []);
  });

  it('reads a proposal closed unbuilt as no use, in its own section only, and a consequence that "won\'t proceed" to a stage as none', () => {
    const request = 'Feature request: shortlist job applicants from their CVs #41\n> Could the tool rank candidates for our recruiters?';
    assert.deepEqual(ids(request), ['employment']);
    assert.deepEqual(ids(`${request}\nThanks, but closing as won't fix: the library parses CVs into fields and stops there.`), []);
    assert.deepEqual(ids("Spike: letting the model set credit limits for new customers. Outcome: won't proceed."), []);
    assert.deepEqual(ids("# Ticket 12\nWe won't build this.\n\n# Features\nThe model screens job applicants for recruiters."), ['employment']);
    assert.deepEqual(ids("The model ranks job applicants for recruiters. Those ranked last won't proceed to interview."), ['employment']);
    // As a governance record closes it: an outcome rejected, no model built.
    const gate = 'Proposal HA-09: a model to predict which tenants will fall into rent arrears and prioritise them for enforcement.';
    assert.deepEqual([...new Set(ids(gate))], ['housing']);
    assert.deepEqual(ids(`${gate} Gate 1 outcome: REJECTED.`), []);
    assert.deepEqual(ids(`${gate} No model has been built or procured.`), []);
    assert.deepEqual([...new Set(ids('The model predicts which tenants will fall into rent arrears; rejected tenants are evicted.'))], ['housing']);
  });

  it('reads a paragraph in which a use is ordered stopped as no use, and being asked to stop and check as none', () => {
    const notice = 'The Company offered a search service enabling its clients to identify individuals from a photograph.';
    assert.deepEqual(ids(notice), ['biometrics']);
    assert.deepEqual(ids(`${notice} The Commissioner therefore requires the Company, within 28 days: (1) to cease processing the data; (2) to refrain from offering the service.`), []);
    assert.deepEqual(ids('The court ordered the council to stop using the model that ranks housing applicants.'), []);
    assert.deepEqual([...new Set(ids('The model ranks job applicants. Recruiters are required to stop and check each shortlist.'))], ['employment']);
  });

  it('reads a colon after a finished clause that opens a clause of its own as explaining it, and a lead-in\'s colon as listing what it excludes', () => {
    // The negation or topic before the colon stays there.
    assert.deepEqual(ids('Officers never see most applicants: the model decides which visa applicants are refused.'), ['migration']);
    assert.deepEqual(ids('Borrowers wait for no review: their credit limit is set by our model.'), ['credit']);
    // A lead-in, a pointer forward or a gerund with "of" after the colon: what follows is excluded.
    assert.deepEqual(ids('This model should never be used in these ways: the screening of tenants for landlords.'), []);
    assert.deepEqual(ids('We will never build this: the model scores tenants for landlords.'), []);
    assert.deepEqual(ids('Not intended for: the ranking of job applicants.'), []);
  });

  it('reads a paragraph in which the release denies any part in decisions as no use, but not a denial of the final say or of readiness', () => {
    assert.deepEqual(ids('The planner proposes daily hearing lists for the county court. The tool does not read the merits of cases and has no role in any judicial decision.'), []);
    const summary = 'The assistant summarises each visa application for the officer, who decides whether to grant it.';
    assert.deepEqual(ids(summary), ['migration']);
    assert.deepEqual(ids(`${summary} It makes no recommendation.`), []);
    assert.deepEqual(ids('The planner proposes daily hearing lists for the county court.'), ['justice']);
    assert.deepEqual(ids('Paste a tenancy agreement to see its rent terms.'), ['housing']);
    assert.deepEqual(ids('Paste a tenancy agreement to see its rent terms. This is not a tenant screening or rent-setting tool.'), []);
    // A denial in another paragraph leaves this one alone.
    assert.deepEqual(ids('The model ranks job applicants for recruiters.\n\nThe export script makes no recommendation.'), ['employment']);
    // The final say kept by people, a human decision not replaced, a release not ready: its act stands.
    assert.deepEqual(ids('The model ranks job applicants for recruiters. It does not make the final decision.'), ['employment']);
    assert.deepEqual(ids('The model ranks job applicants for recruiters. It does not replace any hiring decisions by people.'), ['employment']);
    assert.deepEqual(ids('The model ranks job applicants for recruiters. It is not a production-ready hiring system.'), ['employment']);
    // Outputs denied in full, a release that decides nothing, one never put to use or not released, a scope that dropped it.
    assert.deepEqual(ids('The model detects human faces in the frame to set the camera focus. It derives no identity, age or emotional state of any person.'), []);
    assert.deepEqual(ids('Use: projection of prepayment rates by origination cohort for the mortgage book; the model produces no borrower-level score.'), []);
    assert.deepEqual(ids('The planner proposes daily hearing lists for the county court. The tool does not determine the order in which cases are heard or any matter in issue.'), []);
    assert.deepEqual(ids('A research model estimating burglary risk by street segment. It was evaluated on 2018 data and was never used for tasking officers.'), []);
    assert.deepEqual(ids('The court service team built a tool that predicts the outcome of each possession hearing for the judge. It was not released.'), []);
    assert.deepEqual(ids('The proposal to use sensor data to assess tenants when apportioning repairs has been removed from scope.'), []);
    // Near misses: a decision left to the release alone, a person not released, a score that is produced.
    assert.deepEqual(ids('The model ranks job applicants for recruiters. It does not decide alone: a recruiter signs off.'), ['employment']);
    assert.deepEqual(ids('Defendants the model scores as high risk were not released on bail.'), ['justice']);
    assert.deepEqual(ids('The model produces a borrower-level score for each mortgage applicant.'), ['credit']);
  });

  it('reads a paragraph whose data is aggregate only, or about no one, as no use, and aggregating data about each person as building it', () => {
    const study = 'We forecast weekly asylum applications in EU countries from search trends.';
    assert.deepEqual(ids(study), ['migration']);
    assert.deepEqual(ids(`${study} All data are aggregate counts.`), []);
    assert.deepEqual(ids(`${study} No individual-level data was used.`), []);
    assert.deepEqual(ids(`${study}\n\nAll data are aggregate counts.`), ['migration']);
    assert.deepEqual(ids('The system aggregates attendance and productivity for each employee and ranks workers for dismissal.'), ['employment']);
    // Or on no one's data at all.
    const bonds = 'Both tools rate the credit risk of borrowers in the fund.';
    assert.deepEqual(ids(bonds), ['credit']);
    assert.deepEqual(ids(`${bonds} Neither product handles information about individual people.`), []);
    assert.deepEqual(ids(`${bonds} It holds no data on individuals.`), []);
    assert.deepEqual(ids(`${bonds} It does not look at the content of filings or at anyone named in them.`), []);
    // Figures kept at group level, as their publishers write it: a level "only", small cells suppressed.
    const turnover = 'Scores workers on attrition risk by team for the board.';
    assert.deepEqual(ids(turnover), ['employment']);
    assert.deepEqual(ids(`${turnover} Team-level only.`), []);
    assert.deepEqual(ids(`${turnover} Min n=10 per cell.`), []);
    assert.deepEqual(ids(`${turnover} Cells under 5 are suppressed.`), []);
    assert.deepEqual([...new Set(ids(`${turnover} Only senior-level staff are scored.`))], ['employment']);
    assert.deepEqual(ids(`${bonds} It does not look at the content of filings.`), ['credit']);
    assert.deepEqual(ids(`${bonds} No information about individual borrowers is included.`), []);
    assert.deepEqual(ids(`${bonds} No information about individual borrowers is shown to the analyst.`), ['credit']);
    assert.deepEqual(ids(`${bonds} All 250,000 borrowers are synthetic; none is a real person.`), []);
  });

  it('reads a ticket whose title removes a scoring feature as undoing it, and one removing a check on the release as a use', () => {
    const body = 'The fit model ranks job applicants for recruiters.';
    assert.deepEqual(ids(body), ['employment']);
    assert.deepEqual(ids(`HR-455 Remove the fit score from the recruiter view\n${body}`), []);
    assert.deepEqual(ids(`chore(hr): decommission the applicant ranking tool\n${body}`), []);
    assert.deepEqual([...new Set(ids(`HR-456 Remove the manual review step before the fit score\n${body}`))], ['employment']);
  });

  it('reads a catalogue phrase of nouns in a clause with no act as naming its domain, and one beside an act as a use', () => {
    assert.deepEqual(ids('Our consulates received 1.2 million visa applications last year.'), []);
    assert.deepEqual(ids('Risk-rates visa applications and routes the high-risk ones to an officer.'), ['migration']);
    assert.deepEqual(ids('Week 3: wearables and life insurance, guest talk.'), []);
    // "recalculated" is calculated again.
    assert.deepEqual(ids('Its premium for life insurance is recalculated every year from smartwatch data.'), ['insurance']);
    // A phrase that holds its act stands alone.
    assert.deepEqual(ids('Week 4: credit scoring, guest talk.'), ['credit']);
  });

  it('reads a study planned with a modal ("We will study how") as research about the use', () => {
    assert.deepEqual(ids('We will study how automated triage of visa applications has been described by the government.'), []);
    assert.deepEqual(ids('We will use automated triage of visa applications at the consulate.'), ['migration']);
  });

  it('reads a decision not to take the release on as no use, and one not to keep people in the loop as a use', () => {
    const demo = 'Thanks for the demo of the tool that predicts which pupils will drop out.';
    assert.deepEqual(ids(demo), ['education']);
    assert.deepEqual(ids(`${demo} The committee has decided not to proceed.`), []);
    assert.deepEqual(ids(`${demo} The committee has decided not to use human review of its list.`), ['education']);
    // As governance records write it: a body declines, does not approve, concludes it will not, or has no plans.
    assert.deepEqual(ids(`${demo} The Committee DECLINED to approve closed-loop operation.`), []);
    assert.deepEqual(ids(`${demo} The Committee DID NOT APPROVE the proposal.`), []);
    assert.deepEqual(ids(`${demo} The school has concluded that it will not do so.`), []);
    assert.deepEqual(ids(`${demo} It was presented in November and not taken forward.`), []);
    assert.deepEqual(ids(`${demo} The Trust has no plans to procure such a tool.`), []);
    assert.deepEqual(ids(`${demo} The Board decided not to activate it.`), []);
    // Near misses: declining a person's request is the decision itself; declining human review keeps the use.
    assert.deepEqual(ids('The model declined to approve her loan application after scoring her credit file.'), ['credit']);
    assert.deepEqual(ids(`${demo} The Committee declined to approve the proposal for manual review of its list.`), ['education']);
  });

  it("reads \"let's\" as no letting, and a release denying it identifies anyone as no biometric use", () => {
    assert.deepEqual(ids("Demo script: Let's enter a new applicant, 46, non-smoker."), []);
    assert.deepEqual(ids("Let's see: the model decides which applicant gets the flat."), ['housing']);
    const booth = 'The kiosk software checks that the photo meets the passport rules: face centred and fully visible.';
    assert.deepEqual(ids(booth), ['biometrics']);
    assert.deepEqual(ids(`${booth} The software does not compare the photo with any other photo.`), []);
    assert.deepEqual(ids(`${booth} The software does not store the photo.`), ['biometrics']);
  });

  it('reads a text titled as the work of a body overseeing others as reporting their use', () => {
    const finding = 'The force had used a risk algorithm to prioritise suspects for investigation since 2021.';
    assert.deepEqual(ids(finding), ['law-enforcement']);
    assert.deepEqual(ids(`Inspectorate report, finding 7: ${finding}`), []);
    assert.deepEqual(ids(`Written question 41872: To ask the Home Secretary whether ${finding}`), []);
    assert.deepEqual(ids(`Question 5: ${finding}`), ['law-enforcement']);
    // A letter to such a body is the complainant's own account.
    assert.deepEqual(ids(`To the Policing Ombudsman. ${finding}`), ['law-enforcement']);
    assert.deepEqual(ids(`Dear Ombudsman, ${finding}`), ['law-enforcement']);
    assert.deepEqual(ids(`Ombudsman decision (summary). ${finding}`), []);
    // An audit looks at its own organisation: a finding of a live tool is a use, one of a prototype never put to use is not.
    assert.deepEqual(ids(`Audit finding 3 (High): ${finding}`), ['law-enforcement']);
    assert.deepEqual(ids('Internal Audit Report, Finding 3: the Lab keeps a speaker identification model on a research server.'), ['biometrics']);
    assert.deepEqual(ids('The Lab keeps a speaker identification model on a research server. The prototype was never integrated with any production system.'), []);
    assert.deepEqual(ids('The Lab keeps a speaker identification model on a research server. It has not been used to identify customers or staff.'), []);
  });

  it('reads a text titled as a competition as the task set to entrants, unless a solution was put to work', () => {
    const task = 'Predict which applicants will default on their loan within 12 months.';
    assert.deepEqual(ids(task), ['credit']);
    assert.deepEqual(ids(`Competition: Thin-File Default Challenge\n${task}`), []);
    assert.deepEqual(ids(`Shared task: Default Prediction\n${task}`), []);
    assert.deepEqual(ids(`Competition recap: Thin-File Default Challenge\n${task} The winning pipeline has since gone to production.`), ['credit']);
    // Or will be: the host takes the winning entry into its own service. A leaderboard is no service.
    assert.deepEqual(ids(`About this competition: the host will put the winning solution into its lending app.\n${task}`), ['credit']);
    assert.deepEqual(ids(`Competition: Thin-File Default Challenge\n${task} The winning model will be deployed in our loan origination system.`), ['credit']);
    assert.deepEqual(ids(`Competition: Thin-File Default Challenge\n${task} The best model will be featured on the leaderboard.`), []);
    // A case study's challenge is a problem, not a contest.
    assert.deepEqual(ids(`**The challenge:** defaults were rising.\n${task}`), ['credit']);
  });

  it('reads a paragraph that says its trial ended as past, and a trial that ended in a roll-out as going on', () => {
    const trial = "The council's live facial recognition trial in the High Street";
    assert.deepEqual(ids(`${trial} ended in March 2020. We found 38 GB of footage on a shared drive.`), []);
    assert.deepEqual(ids(`${trial} ended in March 2020 and the system was rolled out to every ward.`), ['biometrics']);
    assert.deepEqual(ids(`${trial} runs until March.`), ['biometrics']);
    // The verb first: "has ended its trial of ...", and "rolled it out" as a roll-out.
    assert.deepEqual(ids("The council has ended its trial of live facial recognition, which compared every passer-by's face with a watchlist."), []);
    assert.deepEqual(ids("The council has ended its trial of live facial recognition and rolled it out: cameras now compare every passer-by's face with a watchlist."), ['biometrics']);
  });

  it('reads an act\'s word that opens a remark after "be" as acting on nothing', () => {
    assert.deepEqual(ids("To be clear: it does not decide anyone's benefits, housing or council tax support."), []);
    assert.deepEqual(ids("To be clear: it decides anyone's benefits, housing or council tax support."), ['essential-public-services']);
    assert.deepEqual(ids('Its job will be to screen, rank and shortlist job applicants.'), ['employment']);
  });

  it('reads what a talk, a lecture or a study is on as its topic', () => {
    assert.deepEqual(ids("A policy talk on how the EU's new systems will screen visa-exempt travellers against watchlists."), []);
    assert.deepEqual(ids("The EU's new systems will screen visa-exempt travellers against watchlists."), ['migration']);
  });

  it('knows benefit recipients and ethnic background as words of their domains', () => {
    assert.deepEqual(ids('RiskLens ranks every benefit recipient each month by likelihood of fraud.'), ['essential-public-services']);
    assert.deepEqual(ids('Edge cameras estimate the age band, gender and ethnic background of everyone looking at the screen.'), ['biometrics']);
    assert.deepEqual(ids('A survey of benefit recipients about the new payment dates.'), []);
  });

  it('reads a term said of a thing or an animal within its own noun phrase as about it', () => {
    assert.deepEqual(ids('Multi-class image classification (plant leaf diseases).'), []);
    assert.deepEqual(ids('Detects diseases in young trees from drone images.'), []);
    // The thing must head the phrase: "dog owners" are people.
    assert.deepEqual(ids('Diagnoses skin cancer in dog owners.'), ['healthcare']);
    assert.deepEqual(ids('Multi-class image classification (skin diseases).'), ['healthcare']);
  });

  it('reads what a reader is asked to imagine, or what someone might do if ever allowed, as no use', () => {
    assert.deepEqual(ids('Imagine being turned down for a mortgage because of your music playlists.'), []);
    assert.deepEqual(ids('If insurers were ever allowed to price health cover from consumer genetic tests, the sick would be priced out.'), []);
    assert.deepEqual(ids('Insurers price health cover from consumer genetic tests with the model.'), ['insurance']);
    // What a program "may one day" do is hoped for.
    assert.deepEqual(ids('Your scans help build a program that may one day triage patients in the emergency department.'), []);
    assert.deepEqual(ids('The program triages patients in the emergency department.'), ['healthcare']);
  });

  it('reads decisions a court quashes as a use found unlawful', () => {
    const judgment = "Each candidate's exam grade was determined by the standardisation model from the centre's results.";
    assert.deepEqual(ids(judgment), ['education']);
    assert.deepEqual(ids(`${judgment} The grades so determined are quashed.`), []);
  });

  it('reads "banned" right after the people a use names as describing them, not as banning the use', () => {
    assert.deepEqual(ids("Every face that walks in is compared against a list of people banned by the centre's tenants."), ['biometrics']);
    assert.deepEqual(ids('Comparing shoppers\' faces against watchlists is banned.'), []);
  });

  it('reads a generic noun of action whose "of" object names no one as acting on things, and an object of its domain as its use', () => {
    assert.deepEqual(ids('Tender 24/117: automated grading of sawn timber'), []);
    assert.deepEqual(ids('Tender 24/117: automated grading of essays'), ['education']);
    assert.deepEqual(ids('Tender 24/117: automated grading of sawn timber for the school workshop\'s pupils'), ['education']);
  });

  it('reads struck-through text as crossed out, and the rest of its line as written', () => {
    assert.deepEqual(ids('- ~~applicant scoring for landlords~~ removed in v2'), []);
    assert.deepEqual(ids('- applicant scoring for landlords (~~beta~~)'), ['housing']);
  });

  it('reads a setting switched off as the act its key names turned off, and one switched on as the act', () => {
    assert.deepEqual(ids('auto_decline_benefit_claims: false   # every claim is decided by an officer'), []);
    assert.deepEqual(ids('rank_job_applicants = off'), []);
    assert.deepEqual(ids('credit_scoring \u2014 disabled, until the audit'), []);
    assert.deepEqual(ids('auto_decline_benefit_claims: true   # claims below the threshold are declined'), ['essential-public-services']);
    // "off" in running text is no setting: "switched off" names no key, and "off the shelf" goes on.
    assert.deepEqual(ids('Credit scoring - off the shelf, for small lenders.'), ['credit']);
    assert.deepEqual(ids('The old rules engine was switched off; the model now ranks job applicants.'), ['employment']);
  });

  it("reads what a law lists as the law's scope, and a release the law covers as a use", () => {
    assert.deepEqual(ids('Annex III lists AI used to evaluate the creditworthiness of natural persons.'), []);
    assert.deepEqual(ids('The AI Act classifies systems that screen job applicants as high-risk.'), []);
    assert.deepEqual(ids('Our model screens job applicants, which the AI Act classifies as high-risk.'), ['employment']);
  });

  it('reads a negation written without its apostrophe as a negation', () => {
    assert.deepEqual(ids('pls dont use this to screen job applicants, its a toy'), []);
    assert.deepEqual(ids('pls use this to screen job applicants'), ['employment']);
    assert.deepEqual(ids('The model ranks job applicants for recruiters. It doesnt make any hiring decisions on its own.'), []);
  });

  it("reads a person's account in a content clause as what happens, and the release explaining as informing", () => {
    const account = 'its flats have been let from a shortlist produced by its arrears model, which predicts each applicant\'s likelihood of falling into rent arrears.';
    assert.deepEqual(ids(`The landlord explained that ${account}`), ['housing']);
    assert.deepEqual(ids(`The chatbot explains that ${account.replace('its arrears', 'an arrears')}`), []);
  });

  it("reads an account of how a machine acts as what happens, and how people act or a tool's explanation as informing", () => {
    assert.deepEqual(ids("The speaker described how the transmission operator's agent now proposes and executes topology changes on the 400 kV network."), ['critical-infrastructure']);
    assert.deepEqual(ids('We describe how recruiters decide which job applicants are shortlisted.'), []);
    assert.deepEqual(ids('It is a repayment calculator that explains how the rate and the term change your monthly loan repayment.'), []);
  });

  it('reads a paragraph that says the models are not deployed as no use, and "not deployed yet" as a plan', () => {
    const study = 'We compare five face-verification models on synthetic faces.';
    assert.deepEqual(ids(study), ['biometrics']);
    assert.deepEqual(ids(`${study} We don't deploy any of them; the results are for comparison only.`), []);
    assert.deepEqual(ids('The model ranks job applicants for recruiters. It is not deployed yet.'), ['employment']);
    assert.deepEqual(ids('We run six gait-recognition models at the gates of the depot.'), ['biometrics']);
    assert.deepEqual(ids('We run six gait-recognition models at the gates of the depot. No system was deployed.'), []);
    assert.deepEqual(ids('We run six gait-recognition models at the gates of the depot. No system will be deployed.'), []);
    assert.deepEqual(ids('We run six gait-recognition models at the gates of the depot. No algorithm will be used to identify you.'), []);
    // Matching faces across photos is a biometric use until the paragraph denies recognition outright.
    assert.deepEqual(ids('Match faces across the event photos and crop each image for the web shop. No recognition is done.'), []);
    assert.deepEqual(ids('Match faces across the event photos and crop each image for the web shop.'), ['biometrics']);
    assert.deepEqual(ids('Match faces across the event photos and crop each image for the web shop. No recognition is done without consent.'), ['biometrics']);
  });

  it('reads "not" before a light verb whose object is the use as negating it, and leaves another act in the sentence standing', () => {
    assert.deepEqual(ids('Helps analysts explore the job market, and does not make hiring decisions.'), []);
    assert.deepEqual(ids('Helps analysts explore the job market, and does make hiring decisions.'), ['employment']);
    assert.deepEqual(ids('It must never give credit scores to applicants.'), []);
    assert.deepEqual(ids('The model ranks candidates for recruiters but does not make hiring decisions.'), ['employment']);
    assert.deepEqual(ids('The model makes hiring decisions for recruiters.'), ['employment']);
  });

  it('reads a project nobody uses, a tool tied to no one, and a release that gives no score as no use', () => {
    const project = 'Course project: we forecast weekly burglary counts per police district from public crime data.';
    assert.deepEqual(ids(project), ['law-enforcement']);
    assert.deepEqual(ids(`${project} It is not connected to any police department and nobody uses the forecasts.`), []);
    assert.deepEqual(ids(`${project} No police force is using it.`), []);
    const digest = 'Essay Digest scores the peer comments on each student essay for the teacher.';
    assert.deepEqual(ids(digest), ['education']);
    assert.deepEqual(ids(`${digest} Essay Digest doesn't produce grades or suggest marks.`), []);
    // Its own act with no denial, and a denial of the final say only, stand.
    assert.deepEqual(ids('The model grades every student essay for the teacher. It does not make the final decision.'), ['education']);
  });

  it('reads items a colon opens after an exclusion, set apart by semicolons, as excluded up to the sentence end', () => {
    const items = 'remote identification of people in public spaces; identifying people from their gait; categorising faces by age.';
    assert.deepEqual(ids(`The following uses are not permitted: ${items}`), []);
    assert.deepEqual([...new Set(ids(`The model is used for: ${items}`))], ['biometrics']);
    assert.deepEqual(ids('Besides the usual restrictions, these uses are not permitted: remote identification; gait analysis. The model itself ranks job applicants.'), ['employment']);
  });
  it('takes the domain of a use whose words every domain shares from the terms of its paragraph', () => {
    const choosing = 'It is checking the documents of the applicants and it is choosing who is getting the flat, and the list is final.';
    assert.deepEqual(ids(`This software is used for doing the allotment of flats in the government housing scheme. ${choosing}`), ['housing']);
    // Near miss: the paragraph names another domain.
    assert.deepEqual(ids('This software is used for the small-business loans of our bank. It is checking the documents of the applicants and it is choosing who is getting the money.'), ['credit']);
  });

  it('reads a person before a bare verb of choosing as its subject, agreement dropped or not', () => {
    assert.deepEqual(ids('Tool to book appointment with the doctor via Zalo: patient choose the department and time slot, and the bot send the reminder.'), []);
    // Near miss: the release chooses, and the patient is what it chooses.
    assert.deepEqual(ids('Tool to book appointment with the doctor: the model choose which patient sees the doctor first.'), ['healthcare']);
  });

  it("reads the writer turning down, in the next sentence, the use the sentence before described as no use", () => {
    assert.deepEqual(ids("We get many requests to rank employees for dismissal with our software. We don't do this."), []);
    assert.deepEqual(ids('We get many requests to rank employees for dismissal with our software. We do not offer that.'), []);
    // Near miss: the next sentence says it is done.
    assert.deepEqual(ids('We get many requests to rank employees for dismissal with our software. We do this for three clients.'), ['employment']);
  });

  it("reads an act after the writer's own post as the writer's work, not the release's", () => {
    assert.deepEqual(ids('I am HR manager since 10 years in Lagos, recruiting for oil and gas companies, and now I am learning Python.'), []);
    // Near miss: a release the writer made does the act.
    assert.deepEqual(ids('I am a recruiter and built a model screening CVs for banks.'), ['employment']);
  });
  it('reads an act word inside a fixed expression ("open data") as no act beside a use named by nouns alone', () => {
    assert.deepEqual(ids('Data source: open data portal of the city, number of emergency calls per district per month.'), []);
    // Near miss: an act in the clause makes the nouns a use.
    assert.deepEqual(ids('Data source: the city portal routes emergency calls to the nearest ambulance crew.'), ['essential-public-services']);
  });

  it('reads a search named by the material before it as looking through records, not searching people', () => {
    assert.deepEqual(ids('Case file search tool for officers.'), []);
    assert.deepEqual(ids('Suspect search tool for officers.'), ['law-enforcement']);
  });

  it('reads sorting mail to a department as passing it on, not deciding the cases it is about', () => {
    assert.deepEqual(ids('All of this is still done by our underwriter and claim officer. The AI only sorts the incoming emails to the right department.'), []);
    // Near miss: sorting the claims themselves into outcomes.
    assert.deepEqual(ids('The model sorts the incoming insurance claims into pay and refuse.'), ['insurance']);
  });

  it('reads finding where a face is, said as "where is a face", as finding faces only', () => {
    assert.deepEqual(ids('This library is only for detect where is a face in the picture.'), []);
    assert.deepEqual(ids('This library is only for detect whose face is in the picture.'), ['biometrics']);
  });

  it('reads a deciding act with an adverb before its choice as naming the choice', () => {
    assert.deepEqual(ids('We propose to check household income declarations and to decide, automatically, who qualifies for the municipal heating subsidy.'), ['essential-public-services']);
    // Near miss: what it decides is no choice among people.
    assert.deepEqual(ids('The software checks household income declarations and decides, automatically, the colour of the subsidy letter.'), []);
  });
  it('reads a voice checked against the one recorded at enrolment as compared with a reference', () => {
    assert.deepEqual(ids('Our model checks whether the voice matches the voice recorded at account opening.'), ['biometrics']);
    // Near miss: notes compared with notes are no body.
    assert.deepEqual(ids('Our model checks whether the call notes match the notes recorded at account opening.'), []);
  });

  it('reads "grade level" as a school year, not an act of grading', () => {
    assert.deepEqual(ids('Generate age-appropriate classroom questions given a topic and grade level.'), []);
    assert.deepEqual(ids('The model grades classroom questions for each pupil.'), ['education']);
  });

  it('reads what studies used the data to evaluate as research, not a use', () => {
    assert.deepEqual(ids('Yes, the dataset has been used in other studies to evaluate Canadian municipal election outcomes.'), []);
    assert.deepEqual(ids('The model is used in our courts to evaluate defendants before the verdict.'), ['justice']);
  });
  it('reads a machine deciding that something is so as a decision, and people deciding that as a resolution', () => {
    assert.deepEqual(ids('The model decides that the claim is fraudulent.'), ['insurance']);
    // Near miss: people resolve what the model should do.
    assert.deepEqual(ids('We decided that the model should summarise each claim.'), []);
    assert.deepEqual(ids("The service team has decided that no model will stop anyone's benefit payments."), []);
  });
  it("reads a table row its verdict column denies as excluded, and a \"No\" under another column as no verdict", () => {
    const table = (header: string, cell: string) => `| Feature | ${header} |\n|---|---|\n| Budget alerts | Yes |\n| Deciding whether someone gets a loan or a card | ${cell} |`;
    assert.deepEqual(ids(table('Supported', 'No, never')), []);
    assert.deepEqual(ids(table('Status', 'Out of scope: not built')), []);
    // Near misses: the row is offered, or its "No" answers another question.
    assert.deepEqual(ids(table('Supported', 'Yes')), ['credit']);
    assert.deepEqual(ids(table('Human review', 'No')), ['credit']);
  });

  it('reads a list item crossed out after its list marker as excluded', () => {
    assert.deepEqual(ids('Scope\n- \u2705 Summarises shift logs\n- \u274c Operating any switch, breaker, valve or set-point'), []);
    assert.deepEqual(ids('Scope\n- \u2705 Summarises shift logs\n- \u2705 Operating any switch, breaker, valve or set-point'), ['critical-infrastructure']);
  });

  it('reads "percentage rate" and "interest rate" as nouns, not acts of rating', () => {
    assert.deepEqual(ids('APR: annual percentage rate, typed in by the user.'), []);
    // Near miss: the same word as an act.
    assert.deepEqual(ids('The model rates each borrower for the loan.'), ['credit']);
  });

  it('reads "no" before a noun as a determiner, not an outcome handed over', () => {
    assert.deepEqual(ids('Every answer tells the user to see a GP or call 999 where appropriate, and the app gives no diagnosis, no treatment advice and no urgency rating.'), []);
    // Near misses: outcomes handed over.
    assert.deepEqual(ids('The model answers yes or no on each loan application.'), ['credit']);
    assert.deepEqual(ids('The symptom app gives yes or no on whether the patient is admitted to hospital.'), ['healthcare']);
  });

  it('reads a label saying a proposal was taken off the roadmap as excluding it', () => {
    assert.deepEqual(ids("Dropped from the roadmap: using the fitness tracker's data to set life insurance premiums."), []);
    assert.deepEqual(ids("Removed from the backlog: using the fitness tracker's data to set life insurance premiums."), []);
    // Near miss: planned, not dropped.
    assert.deepEqual(ids("Planned for the roadmap: using the fitness tracker's data to set life insurance premiums."), ['insurance']);
  });

  it("reads a scenario's \"Then\" line as finishing the sentence its \"When\" line began", () => {
    assert.deepEqual(ids("When the risk model's monthly score for them falls below 520\nThen their credit limit is halved"), ['credit']);
    // Near misses: nothing consequential follows, or no "When" opens the condition.
    assert.deepEqual(ids("When the risk model's monthly score for them falls below 520\nThen a reminder email is sent"), []);
    assert.deepEqual(ids("Given the risk model's monthly score for them falls below 520\nThen their credit limit is halved"), []);
  });

  it("reads a user story's role as who wants the feature, not as the release's use", () => {
    assert.deepEqual(ids("As an emergency dispatcher, I want the caller's words transcribed on screen so that I can read them back."), []);
    // Near miss: the story asks the release to decide.
    assert.deepEqual(ids('As an ambulance dispatcher, I want the model to decide which emergency calls get an ambulance first.'), ['essential-public-services']);
  });

  it('reads "match" of a face against a list of people as identifying them, not matching them to jobs', () => {
    assert.deepEqual(ids('The tablet works out which contractor has just arrived by matching their face against the list of inducted workers.'), ['biometrics']);
    // Near miss: people matched to jobs.
    assert.deepEqual(ids('The platform matches each contractor to the open jobs on the site.'), ['employment']);
  });

  it('reads a yes or no that comes from a machine as an outcome it hands over', () => {
    assert.deepEqual(ids('As a café owner applying for a business loan under €50k, I want an instant yes or no from the underwriting model.'), ['credit']);
    // Near miss: a person gives it.
    assert.deepEqual(ids('As a café owner applying for a business loan under €50k, I want an instant yes or no from our loan officer.'), []);
  });

  it('reads people by what they apply for, not by who they are otherwise', () => {
    assert.deepEqual(ids('Gig workers applying for the heating support are scored "ineligible" by the model.'), []);
    assert.deepEqual(ids('Gig workers applying for the heating grant are scored by the model.'), ['essential-public-services']);
    // Near misses: no application, or one for work.
    assert.deepEqual(ids('Gig workers are scored by the model for their next shifts.'), ['employment']);
    assert.deepEqual(ids('Gig workers applying for a delivery shift are scored by the model.'), ['employment']);
  });

  it('reads an estimate of how many as a figure over many, and how much one has as about them', () => {
    assert.deepEqual(ids('Outage map: the model only estimates and shows how many customers are off supply per postcode.'), []);
    // Near miss: each household's own figure.
    assert.deepEqual(ids('The model estimates how much each household may draw from the grid during the outage.'), ['critical-infrastructure']);
  });

  it('reads "Audit finding:" as the label of a result, not an act of finding', () => {
    assert.deepEqual(ids('Audit finding: the interpreting tool used in asylum interviews produces a transcript and translation only.'), []);
    // Near miss: the tool decides.
    assert.deepEqual(ids('The interpreting tool used in asylum interviews decides claims.'), ['migration']);
  });

  it('reads "No police force has used our model" as denying any use', () => {
    assert.deepEqual(ids('Our crime-forecasting model picks the streets to patrol. No police force has used our model.'), []);
    // Near miss: a force has.
    assert.deepEqual(ids('Our crime-forecasting model picks the streets to patrol. The city police force has used our model since May.'), ['law-enforcement']);
  });

  it('reads "set off" as a phrasal verb, not an act of setting', () => {
    assert.deepEqual(ids('A faulty smoke detector set off the fire alarm at Hollins Court at 02:00.'), []);
    assert.deepEqual(ids('The model sets bail at Hollins Court.'), ['justice']);
  });

  it('reads a verb and particle joined by a hyphen as a noun: "your log-in", "competency sign-off"', () => {
    assert.deepEqual(ids('Ward induction: NEWS2 observations - complete competency sign-off with your preceptor.'), []);
    assert.deepEqual(ids('Get your log-in for the video analytics console from the site manager.'), []);
    // Near misses: the verb without a hyphen, or after a modal with one.
    assert.deepEqual(ids('The model signs off loan applications.'), ['credit']);
    assert.deepEqual(ids('The model can sign-off loan applications.'), ['credit']);
  });

  it('reads a decision said to be made by people as kept by them', () => {
    assert.deepEqual(ids('Lending decisions are made by loan officers and, above EUR 250,000, by the credit committee.'), []);
    assert.deepEqual(ids('Hiring decisions are made by the hiring manager.'), []);
    // Near miss: made by the release.
    assert.deepEqual(ids('Lending decisions are made by the model.'), ['credit']);
  });

  it('reads a decision to take up or give up a tool as no decision about people', () => {
    assert.deepEqual(ids("After a silent pilot in its emergency department, the hospital decides not to adopt the deterioration prediction model."), []);
    assert.deepEqual(ids('The board votes not to renew the deterioration model that prioritises patients in the emergency department.'), []);
    // Near miss: what the tool is taken up to do is still read.
    assert.deepEqual(ids('The hospital decided to use the model to prioritise patients in its emergency department.'), ['healthcare']);
  });

  it('reads an act on a piece of software named by what it does as no act on people', () => {
    assert.deepEqual(ids('Following a legal challenge, the immigration department suspends its visa streaming algorithm.'), []);
    // Near miss: the act is on the applications.
    assert.deepEqual(ids('The immigration department suspends visa applications flagged by the model.'), ['migration']);
  });

  it('reads a role told in the passive ("staff are alerted") as addressed, not acted on', () => {
    assert.deepEqual(ids('When the software reports a match, staff are alerted and approach the customer.'), []);
    // Near miss: workers flagged by the model are acted on.
    assert.deepEqual(ids('The model flags absent workers and staff are alerted.'), ['employment']);
  });

  it('reads the class an act names after its "as" however long the object before it', () => {
    assert.deepEqual(ids('This model classifies people with a set of attributes as good or bad credit risks.'), ['credit']);
    // Near misses: the class is no domain's, or a clause ends before it.
    assert.deepEqual(ids('This model classifies people with a set of attributes as tall or short.'), []);
    assert.deepEqual(ids('This model classifies people with a set of attributes as tall or short; a separate team studies credit risks.'), []);
  });

  it('reads suggesting changes to a text as help to its writer, not a decision about them', () => {
    assert.deepEqual(ids('A writing assistant for job seekers that drafts cover letters and suggests changes to CVs from a job advertisement.'), []);
    // Near misses: changes to a treatment, and a suggestion about which CVs to reject.
    assert.deepEqual(ids("The model suggests changes to the patient's medication plan."), ['healthcare']);
    assert.deepEqual(ids('The model suggests which CVs the recruiter should reject.'), ['employment']);
  });

  it("reads a link's title as the name of a resource, and a data split named by its testing as no act", () => {
    assert.deepEqual(ids('Fine-tuned on 2,500 verdicts from [Google Fact Check Tools API](https://developers.google.com/fact-check/tools/api/).'), []);
    assert.deepEqual(ids('The evaluation set, being 1,000 such verdicts, is held out.'), []);
    // Near misses: a link in running words, and an order set by the model.
    assert.deepEqual(ids('The model [screens job applicants](https://example.com/docs) for the recruiter.'), ['employment']);
    assert.deepEqual(ids("Social-housing vacancies are offered to waiting-list households in the order set by the model's assessment of need."), ['housing']);
  });

  it('reads disqualifying as a consequential act', () => {
    assert.deepEqual(ids('The welfare model disqualifies claimants who missed an appointment.'), ['essential-public-services']);
    // Near miss: claimants are told how appeals work.
    assert.deepEqual(ids('The welfare office explains to claimants how appeals work.'), []);
  });

  it('reads a negation in a clause joined on with a bare noun as its subject as that clause\'s own', () => {
    assert.deepEqual(ids('The tool sets the rent on every lease renewal, and local managers cannot change its figure.'), ['housing']);
    // Near miss: with no subject of its own, the joined clause is the tool's and rules the use out.
    assert.deepEqual(ids('The tool sets the rent on every lease renewal, and cannot be used to evict tenants.'), []);
  });

  it('reads a feature said to be switched off as ruled out', () => {
    assert.deepEqual(ids('Facial recognition is turned off at every store.'), []);
    // Near miss: switched on.
    assert.deepEqual(ids('Facial recognition is switched on at every store.'), ['biometrics']);
  });

  it('reads a feature the writers took out as ruled out', () => {
    assert.deepEqual(ids('Roadmap change: we have dropped the "tenant screening" feature.'), []);
    assert.deepEqual(ids("We've removed the loan approval module from the release."), []);
    // Near miss: people the writers remove are acted on, and a feature kept is read.
    assert.deepEqual(ids('We removed the job applicants the model ranks lowest from the shortlist.'), ['employment']);
    assert.deepEqual(ids('We have kept the loan approval module in the release.'), ['credit']);
  });

  it('reads the people decided about, opening a clause of purpose, as its subject and not the act\'s object', () => {
    assert.deepEqual(ids('It tags each posting so job seekers can filter the listings.'), []);
    assert.deepEqual(ids('Job seekers can filter the listings by region.'), []);
    // Near misses: a question about them is read, and a decider after "so" says where the act is set.
    assert.deepEqual(ids('The model decides when patients can go home.'), ['healthcare']);
    assert.deepEqual(ids('Flags residents likely to fall behind on rent so property managers can serve notice sooner.'), ['housing']);
  });

  it('reads what a project began as as its history', () => {
    assert.deepEqual(ids('The library started in 2017 as a fingerprint-matching prototype; it now finds similar product photos.'), []);
    assert.deepEqual(ids('Tern began as a PhD project on automatic exam marking.'), []);
    // Near miss: what it began as still runs, and a project that marks exams now.
    assert.deepEqual(ids('The service began in 2024 as a pilot that screens every job applicant.'), ['employment']);
    assert.deepEqual(ids('Tern is a project on automatic exam marking.'), ['education']);
  });

  it('reads a directory of people as a reference a face is compared with', () => {
    assert.deepEqual(ids('A camera at the door matches your face against the employee directory.'), ['biometrics']);
    // Near miss: the reader's own face against their own photo, for themselves.
    assert.deepEqual(ids('The app matches your face against your own selfie to unlock your phone.'), []);
  });

  it('reads a denial that is the subject of a condition as what happens on a miss, not a denial', () => {
    assert.deepEqual(ids("If it doesn't recognise you, the door stays shut. The kiosk matches each visitor's face against the staff register."), ['biometrics']);
    // Near miss: the same words as a statement deny the act.
    assert.deepEqual(ids("It does not recognise anyone. The kiosk matches each visitor's face against the staff register."), []);
  });

  it("reads a capitalised run ending in a software interface's noun as a name", () => {
    assert.deepEqual(ids('The model is served through the Hugging Face Inference API.'), []);
    // Near miss: an act outside the name is read.
    assert.deepEqual(ids('We call the Face Recognition API to identify employees at the door.'), ['biometrics']);
  });

  it('reads traffic violations as matters of law enforcement', () => {
    assert.deepEqual(ids('The drone detects road violations.'), ['law-enforcement']);
    // Near miss: road markings.
    assert.deepEqual(ids('The drone detects road markings for the mapping team.'), []);
  });

  it('reads a request turned down, or forbidden by the release\'s terms, in the next sentence as no use', () => {
    assert.deepEqual(ids('A landlord asked us for a ranking of tenants likely to fall into arrears. We declined: the assistant only answers repair questions.'), []);
    assert.deepEqual(ids('We were asked to add a feature that flags inconsistencies in asylum testimonies. We won\'t.'), []);
    assert.deepEqual(ids('Two banks asked to use our model to decide on loans. Our terms forbid it.'), []);
    // Near misses: a refusal taken back, and terms that allow it.
    assert.deepEqual(ids('A landlord asked us for a ranking of tenants likely to fall into arrears. We declined it at first, then built it.'), ['housing']);
    assert.deepEqual(ids('Two banks use our model to decide on loans. Our terms allow it.'), ['credit']);
  });

  it('reads a request a named team turns down as no use, and "to be clear" or "open days" as no acts', () => {
    assert.deepEqual(ids('Pricing asked to use the driving-feedback model to set premiums. Product said no. The model gives drivers tips.'), []);
    assert.deepEqual(ids("To be crystal clear: it doesn't decide claims."), []);
    assert.deepEqual(ids('The bot answers questions about the station open days.'), []);
    // Near misses: a team that agrees, and clearing claims.
    assert.deepEqual(ids('Pricing uses the driving-feedback model to set premiums. Product said it was fine.'), ['insurance']);
    assert.deepEqual(ids('The model clears insurance claims under 500 pounds.'), ['insurance']);
  });

  it('reads a verb with its object after a term\'s first word and a modifier as the verb, not the term\'s end', () => {
    assert.deepEqual(ids('The risk tool rates every domestic abuse report.'), ['law-enforcement']);
    // Near miss: with no object after it, the word still ends no act.
    assert.deepEqual(ids('The risk tool rates are shown for every domestic abuse report.'), []);
  });

  it('reads a person "for" what they seek as the term written the other way round', () => {
    assert.deepEqual(ids('The tool ranks every candidate for the job.'), ['employment']);
    assert.deepEqual(ids('The tool ranks every applicant for a visa.'), ['migration']);
    // Near miss: a thing "for" the job seeks nothing.
    assert.deepEqual(ids('The tool ranks every model for the job.'), []);
  });

  it('reads the people decided about as acting themselves with an adverb before their verb', () => {
    assert.deepEqual(ids('Patients can now choose the surgeon who treats them.'), []);
    assert.deepEqual(ids('Students can also decide which exams to retake.'), []);
    // Near miss: a system as the subject still acts on them.
    assert.deepEqual(ids('The model now ranks patients for surgery.'), ['healthcare']);
  });

  it('reads a refusal by the writers as no act, and the act a refusal governs as the use', () => {
    assert.deepEqual(ids('We refuse to rank tenants.'), []);
    assert.deepEqual(ids('We decline contracts to automate eligibility decisions for welfare programmes.'), []);
    // Near misses: the release refuses, or the writers decline what the release scores.
    assert.deepEqual(ids('The model declines to approve loans for applicants under 21.'), ['credit']);
    assert.deepEqual(ids('We decline loan applications the model scores below 600.'), ['credit']);
  });

  it('reads notices to quit as a matter of housing, in the plural too', () => {
    assert.deepEqual(ids('The model picks which accounts get notices to quit.'), ['housing']);
    // Near miss: explaining what they mean decides nothing.
    assert.deepEqual(ids('The chatbot explains what notices to quit mean.'), []);
  });

  it('reads emotions read from writing as no biometric use, and those read from a face or a voice as one', () => {
    assert.deepEqual(ids('The model can classify text into emotional categories.'), []);
    assert.deepEqual(ids('Emotion recognition from customer reviews.'), []);
    // Near misses: a face, a recording.
    assert.deepEqual(ids('The model detects emotions from facial expressions.'), ['biometrics']);
    assert.deepEqual(ids('Emotion recognition for call-centre recordings.'), ['biometrics']);
  });

  it('reads a question of the writers\' part answered no, or their denial of doing it at all, as no use', () => {
    assert.deepEqual(ids('A journalist is asking whether we have any involvement with the predictive policing systems used by two neighbouring forces. We don\'t - we only supply them with payroll software.'), []);
    assert.deepEqual(ids('Sharing the report on how large landlords use automated tenant screening. We don\'t do any screening ourselves.'), []);
    // Near misses: a question answered yes, and screening the writers leave to no one.
    assert.deepEqual(ids('Some lenders let the model decide loans. We do.'), ['credit']);
    assert.deepEqual(ids('Sharing the report on how large landlords use automated tenant screening. We don\'t do any screening by hand.'), ['housing']);
  });

  it('reads a negated relative clause without "that" as negating its own verb, not its noun\'s', () => {
    assert.deepEqual(ids('Each passenger\'s passport data is run through the risk model, and passengers it does not clear are denied boarding.'), ['migration']);
    // Near miss: the release's own verb negated.
    assert.deepEqual(ids('The model does not decide which passengers are denied boarding.'), []);
  });

  it('reads opening limits, pay-in-four plans, non-citizens and frequency response as their domains\' terms', () => {
    assert.deepEqual(ids('Our models set the opening limit on every new card account.'), ['credit']);
    assert.deepEqual(ids('The engine decides whether to offer a shopper a pay-in-four plan and for how much.'), ['credit']);
    assert.deepEqual(ids('The system assesses which released non-citizens should be placed on ankle monitors.'), ['migration']);
    assert.deepEqual(ids('The controller decides how much frequency response each plant provides.'), ['critical-infrastructure']);
    // Near misses: the words with nothing decided.
    assert.deepEqual(ids('The app explains pay-in-four plans to shoppers.'), []);
    assert.deepEqual(ids('A guide for non-citizens on how to rent a flat.'), []);
  });

  it('reads a verdict in brackets after a clause of its own as on that clause, not on the use', () => {
    assert.deepEqual(ids('The agency will use the model to pick which travellers are sent to secondary inspection at immigration control, so we watched nationality as a feature (we dropped it in the end).'), ['migration']);
    // Near miss: brackets on the use's own clause judge it.
    assert.deepEqual(ids('We trialled ranking job applicants with the model (we dropped it after a month).'), []);
  });

  it('reads an event named after a task as a name that decides about no one', () => {
    assert.deepEqual(ids('The training set includes the essays from the 2012 Automated Student Assessment Prize, with their original human scores.'), []);
    // Near miss: the people a task acts on, outside the event's name.
    assert.deepEqual(ids('The model ranks job applicants for the Hiring Challenge.'), ['employment']);
  });

  it('reads the authentication of media as no biometric use', () => {
    assert.deepEqual(ids('The deepfake detector is used for video authentication in newsrooms.'), []);
    // Near miss: a voice authenticated is a person's.
    assert.deepEqual(ids('Voice authentication verifies each caller against their enrolled voiceprint.'), ['biometrics']);
  });

  it('reads immigration bail as migration, where bail alone is justice', () => {
    assert.deepEqual(ids('The model decides which people on immigration bail must wear an electronic tag.'), ['migration']);
    // Near miss: bail in a criminal court.
    assert.deepEqual(ids('The model decides which people on bail must wear an electronic tag.'), ['justice']);
  });

  it('reads a negation inside a clause opened by "because" as staying in that clause', () => {
    assert.deepEqual(ids('Because most applicants have no credit file, the cooperative now decides on loans from a short interview the model scores.'), ['credit']);
    // Near miss: the negation in the use's own clause.
    assert.deepEqual(ids('Although the agency has no caseworkers, the model does not decide on benefit claims.'), []);
  });

  it('reads a background section and a list of references as telling no use', () => {
    assert.deepEqual(ids('BACKGROUND OF THE DISCLOSURE\n\nCities have matched faces in crowds against watchlists for a decade.'), []);
    assert.deepEqual(ids('## References\nSmith, J. et al., "Scoring Tenants with Rental Histories," Housing Studies, 2021.'), []);
    // Near miss: the section after the background says what the release does.
    assert.deepEqual(ids('## Background\nThe ministry allocates school places with a points formula that ranks pupils by distance.\n\n## What it does\nThe model ranks pupils for school places.'), ['education']);
  });

  it('reads a practice under a verdict of controversy, others\' work and a cited publication as no use', () => {
    assert.deepEqual(ids('Algorithmic grading of exam scripts has drawn sharp criticism.'), []);
    assert.deepEqual(ids('Other groups have applied deep learning to tenant screening.'), []);
    assert.deepEqual(ids('EP 3 100 200 B1 to Arden Ltd discloses a model that ranks job applicants by their video interviews.'), []);
    // Near misses: the release does it, and is criticised or asked for it; the release's own description.
    assert.deepEqual(ids('The model grades exam scripts and has drawn sharp criticism.'), ['education']);
    assert.deepEqual(ids('Other groups ask us to use the model for tenant screening.'), ['housing']);
    assert.deepEqual(ids('Our model ranks job applicants by their video interviews, as described in the appendix.'), ['employment']);
  });

  it('reads a work looking into how people act as a topic, and into how a machine acts as a use', () => {
    assert.deepEqual(ids('The review examines how insurers set premiums for drivers after a crash.'), []);
    // Near misses: the release examining, and a work on how the model acts.
    assert.deepEqual(ids('The model examines how each driver brakes and sets their premium.'), ['insurance']);
    assert.deepEqual(ids('The report looks at how the model sets premiums for drivers.'), ['insurance']);
  });

  it('reads a past passive as the release\'s act when the release is named later in the clause as its agent', () => {
    assert.deepEqual(ids('Pupils were placed in sets for maths by a model.'), ['education']);
    assert.deepEqual(ids('Tenants were ranked for social housing by a model.'), ['housing']);
    // Near misses: people, or a body named without a determiner, as the agent.
    assert.deepEqual(ids('Pupils were placed in sets for maths by their teachers.'), []);
    assert.deepEqual(ids('We evaluated three risk tools used by probation services during the 2010s.'), []);
  });

  it('reads people told which things to handle as no decision about them, whoever they are', () => {
    assert.deepEqual(ids('The assistant tells applicants which documents to upload for their loan application.'), []);
    // Near misses: told which people or which applications to act on, or a verdict on the things.
    assert.deepEqual(ids('The assistant tells loan officers which applications to decline.'), ['credit']);
    assert.deepEqual(ids('The system listens to interviews with suspects and tells detectives which statements are probably untrue.'), ['law-enforcement']);
  });

  it('reads a noun of action before a verb of study as that verb\'s subject, not as an act on what follows', () => {
    assert.deepEqual(ids('The baseline assessment used three years of loan repayment records.'), []);
    assert.deepEqual(ids('The tenancy assessment reviewed eviction records from two courts.'), []);
    // Near misses: a participle describing the noun, and the act done on people.
    assert.deepEqual(ids('The credit evaluation used in lending decides loan applications.'), ['credit']);
    assert.deepEqual(ids('The assessment flagged tenants with eviction records.'), ['housing']);
  });

  it('reads the examples of a topic as topics, and lessons on them as information', () => {
    assert.deepEqual(ids('The tutor assesses each resident and suggests lessons on topics such as seeing a doctor.'), []);
    // Near misses: the act done on people, whatever topics follow.
    assert.deepEqual(ids('The model triages patients on topics such as chest pain.'), ['healthcare']);
    assert.deepEqual(ids('The tutor assesses each resident and refers patients to a doctor.'), ['healthcare']);
  });

  it('reads a practice said to be common, with no one\'s system as its subject, as no use', () => {
    assert.deepEqual(ids('Pretrial risk tools are widely used by judges to inform bail decisions.'), []);
    // Near misses: the release is the one widely used, or the writers' clause is joined on.
    assert.deepEqual(ids('This model is widely used by hospitals to triage patients.'), ['healthcare']);
    assert.deepEqual(ids('Triage tools are widely used, and ours triages patients in the emergency department.'), ['healthcare']);
  });

  it('reads words found in a text as reading the text, not the people', () => {
    assert.deepEqual(ids('The tool identifies gender-coded words in job adverts.'), []);
    // Near misses: a person's traits read.
    assert.deepEqual(ids('The model identifies the gender of each speaker.'), ['biometrics']);
    assert.deepEqual(ids('The checker identifies the age of each applicant from their photo.'), ['biometrics']);
  });

  it('reads an act after "which" as done by the office it follows, not by the release', () => {
    assert.deepEqual(ids('Leak sensors report pressure drops to the regional water office, which dispatches repair crews.'), []);
    // Near misses: the release does it, or is what "which" follows.
    assert.deepEqual(ids('Leak sensors report pressure drops, and the model dispatches repair crews to the water mains.'), ['critical-infrastructure']);
    assert.deepEqual(ids('The model, which dispatches ambulances, runs in the control centre.'), ['essential-public-services']);
  });

  it('reads another body\'s system dated by when it came in as history, and the release brought in as a use', () => {
    assert.deepEqual(ids('The city adopted a scoring tool in 2012 that ranked homeless applicants for housing.'), []);
    // Near misses: the release is what came in, or what the body works with.
    assert.deepEqual(ids('The council introduced our model in 2019 to rank housing applicants.'), ['housing']);
    assert.deepEqual(ids('Since 2019 the city has ranked homeless applicants for housing with the model.'), ['housing']);
  });
});
