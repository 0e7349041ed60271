import * as assert from 'node:assert/strict';
import { detectUses } from '../../../src/core/catalogue/detect';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue/catalogue';

const uses = (t: string) => detectUses(t, DEFAULT_CATALOGUE, undefined, { tiers: ['high-risk'] });
/** The domains of the uses found in a text, in order. */
const ids = (t: string) => uses(t).map((u) => u.domain.id);

// Uses written in plain words that no catalogue phrase names: an act on what a domain decides about.
describe('detectUses: uses described in plain words', () => {
  const positives: [string, string, string[]][] = [
    ['Flags abnormal mammograms for a radiologist.', 'healthcare', ['Flags', 'mammograms', 'radiologist']],
    ['Decides who receives housing assistance.', 'housing', ['Decides', 'housing assistance']],
    ['Prioritises which 911 calls get an ambulance first.', 'essential-public-services', ['Prioritises', '911 calls', 'ambulance']],
    ['Assigns final exam marks.', 'education', ['Assigns', 'exam marks']],
    ['Helps managers decide whom to promote.', 'employment', ['promote', 'decide']],
    ['Ranks loan applicants by expected repayment.', 'credit', ['Ranks', 'loan applicants', 'repayment']],
  ];
  for (const [text, domain, evidence] of positives) {
    it(`finds ${domain} in "${text}"`, () => {
      const found = uses(text);
      assert.equal(found.length, 1, JSON.stringify(found.map((u) => u.domain.id)));
      assert.equal(found[0].domain.id, domain);
      assert.deepEqual([...(found[0].evidence ?? [])].sort(), [...evidence].sort());
      // The finding's range covers the evidence as written.
      assert.ok(text.slice(found[0].startOffset, found[0].endOffset).includes(evidence[0]));
    });
  }

  const negatives: [string, string][] = [
    ['Not meant for screening tenants.', 'an exclusion before the words'],
    ['Ranking job applicants is out of scope.', 'an exclusion after the words'],
    ['By downloading the weights you agree not to approve or decline credit applications with them.', '"not to"'],
    ['A survey of the fingerprint recognition literature from 1990 to 2020.', 'a work about the use'],
    ['Evaluated on chest X-rays from three hospitals.', 'how the model was tested'],
    ['Drafts job adverts from a few bullet points written by the hiring manager.', 'an -ing form naming a role'],
    ['Trained on de-identified radiology reports.', 'training data, no act'],
    ['Splits documents into sentences and predicts the next sentence.', 'NLP sentences are no court sentences'],
    ['A corpus of crime novels.', 'a mention'],
    ['Trained on 200k de-identified radiology reports.', 'a prefix that undoes the act'],
    ['Summarises public court rulings for journalists.', 'an act that informs rather than decides'],
    ['A tabular benchmark that includes the German Credit and Lending Club datasets.', 'words naming a data set'],
    ['- Educational/testing. **Not** for clinical diagnosis.', 'an exclusion in emphasis'],
    ['Immigration authorities may not use this model to vet visa applicants.', 'a negation between the terms and the act'],
    ['Whoever deploys it should know that tracking people or spotting suspects for the police is something we neither support nor allow.', 'a verdict after the use'],
    ['Forecasts call volumes at the insurer\'s contact centre.', 'a weak term alone'],
  ];
  for (const [text, why] of negatives) {
    it(`leaves alone ${why}: "${text}"`, () => assert.deepEqual(ids(text), []));
  }

  it('reads a possessive as its noun, and lets words with more evidence outweigh a catalogue phrase', () => {
    assert.deepEqual(ids("Rates how consistent the asylum applicant's story is."), ['migration']);
    assert.deepEqual(ids('Ranks applicants for need-based bursaries so the scholarship committee can allocate the funds.'), ['education']);
  });

  it('is not negated by a subordinate clause after it, and prefers a domain named by a strong term on a tie', () => {
    assert.deepEqual(ids('Checks whether welfare claimants are still eligible for unemployment benefit and suspends payments when they are not.'), ['essential-public-services']);
    assert.deepEqual(ids('Assists caseworkers deciding family reunification applications.'), ['migration']);
    // Plural roles take the bare verb; helped, the bare verb is their infinitive.
    assert.deepEqual(ids('Lettings officers decide offers as before.'), []);
    assert.deepEqual(ids('Helps lettings officers decide which tenants get offers.'), ['housing']);
  });

  it('lets the better-supported domain win in one clause', () => {
    assert.deepEqual(ids('Shortlisting of applicants for the PhD programme.'), ['education']);
  });

  it('does not read animals or things as the people a biometric use is about, but keeps strong terms', () => {
    // Person-like words ("individual", "photos") of animals are no people.
    assert.deepEqual(ids('Identifies individual grey seals from photographs of their coats.'), []);
    assert.deepEqual(ids('Recognises individual dolphins in drone footage.'), []);
    // The same words of people still make a use, and a strong term is not silenced by an animal nearby.
    assert.deepEqual(ids('Identifies individual visitors from photographs taken at the entrance.'), ['biometrics']);
    assert.deepEqual(ids('Recognises the faces of dog walkers in park camera footage.'), ['biometrics']);
    // A thing named in another part of the clause describes only the words next to it: the claim is still a claim.
    assert.deepEqual(ids('Looks at photos of a damaged car, decides whether the claim is paid.'), ['insurance']);
    assert.deepEqual(ids('Looks at photos of a damaged car, decides whether the car is a write-off.'), []);
  });

  it('reads words with a computing sense in a clause about computing things, and still finds uses there', () => {
    assert.deepEqual(ids('The scheduler assigns jobs to workers based on their current load.'), []);
    assert.deepEqual(ids('The serving layer sheds load by returning HTTP 503 when the request queue is full.'), []);
    assert.deepEqual(ids('Predicts signal strength for Wi-Fi access points to optimise coverage.'), []);
    // Without a computing thing in the clause the same words keep their domain sense.
    assert.deepEqual(ids('Assigns jobs to warehouse workers and decides who is let go.'), ['employment']);
    // A domain's own terms still make a use in a clause about computing.
    assert.deepEqual(ids('Our GPU-accelerated API screens job applicants and rejects weak CVs.'), ['employment']);
    // A tenant of a software service is a customer account, not someone renting a home.
    assert.deepEqual(ids('A config change switched on the "decline below threshold" feature for every tenant.'), []);
    assert.deepEqual(ids('The model switched on the "decline below threshold" rule for every tenant of the housing association.'), ['housing']);
  });

  it('knows rehousing as a matter of housing', () => {
    assert.deepEqual(ids('Medical priority assessment: scores applications for medical-priority rehousing and proposes Band A, B or C.'), ['housing']);
    assert.deepEqual(ids("Schedules the rehousing of the museum's archive boxes into new shelving."), []);
  });

  it('knows people seeking protection as asylum seekers and gang involvement as a matter for the police', () => {
    assert.deepEqual(ids('Caseworkers use it to check where people seeking protection say they come from.'), ['migration']);
    assert.deepEqual(ids('Scores individuals on likely gang involvement.'), ['law-enforcement']);
    // Named without an act on them, they are a topic.
    assert.deepEqual(ids("The charity's chatbot answers questions from people seeking protection about their rights."), []);
    assert.deepEqual(ids('The study describes gang involvement among teenagers in 1990s Chicago.'), []);
  });

  it('reads people an act is done to once each ("for each defendant") as decided about, not as who it serves', () => {
    assert.deepEqual(ids('Recommends detention for each defendant.'), ['justice']);
    assert.deepEqual(ids('Books meeting rooms for job applicants.'), []);
  });

  it('matches a two-word term with one modifier between its words, not across punctuation or a function word', () => {
    assert.deepEqual(ids('Prioritises CT head scans with a suspected bleed for the reporting radiographer.'), ['healthcare']);
    assert.deepEqual(ids('Prioritises CT, head and other scans for the reporting radiographer.'), []);
    assert.deepEqual(ids('Prioritises CT of the scans for the reporting radiographer.'), []);
  });

  it('reads who decides after an enabling verb, and a purpose an informing act serves', () => {
    // "lets" is no housing word here, and the recruiters still name the domain.
    assert.deepEqual(ids('Our API lets recruiters rank inbound applications and auto-reject weak ones.'), ['employment']);
    assert.deepEqual(ids('Writes tailored messages to sway swing voters before polling day.'), ['justice']);
    // Informing alone stays a mention, and "to" naming a place or recipient is no purpose.
    assert.deepEqual(ids('Writes tailored messages for swing voters about polling day.'), []);
    assert.deepEqual(ids('Summarises public court rulings to the journalists who asked.'), []);
  });

  it('reads a licence that prohibits, a research challenge and the team\'s past work as no use', () => {
    assert.deepEqual(ids('The license prohibits use for surveillance or law enforcement.'), []);
    assert.deepEqual(ids('Segmentation of lungs in CT scans for a research challenge.'), []);
    assert.deepEqual(ids('Our team previously worked on credit scoring at a large bank.'), []);
    // The same words stating what the release does are uses.
    assert.deepEqual(ids('Segmentation of lungs in CT scans for radiotherapy planning at our hospital.'), ['healthcare']);
    assert.deepEqual(ids('Our team uses it for credit scoring at a large bank.'), ['credit']);
    assert.deepEqual(ids('Estimates how likely a released prisoner is to be re-arrested within two years.'), ['justice']);
  });

  it('reads "an -ing tool" as what the tool does, while an -ing word before a role or team still names who acts', () => {
    assert.deepEqual(ids('A computer-aided diagnosing tool for radiologists in primary care.'), ['healthcare']);
    assert.deepEqual(ids('Insurance premium calculation for actuaries and underwriters.'), ['insurance']);
    assert.deepEqual(ids('Drafts job adverts from a few bullet points written by the hiring manager.'), []);
  });

  it('tells names, compounds and negated terms from acts and terms', () => {
    const none = [
      'Out-of-scope uses: autonomous control of water treatment processes; switching decisions on the power grid.',
      'Helps members of the public find the non-emergency police number.',
      'Traffic-stop records from a public archive were used to study disparities.',
      'Records from the Stanford Open Policing Project were used.',
      "Writes posts reminding residents to test their smoke alarms, for the fire service's communications team.",
      'Assigns occupation codes to job postings for labour-market statistics.',
    ];
    for (const text of none) assert.deepEqual(ids(text), [], text);
    // The same words in use: an act after the label's line, a term without the prefix, a verb rather than a compound.
    assert.deepEqual(ids('Controls water treatment processes at night. Out of scope: billing.'), ['critical-infrastructure']);
    assert.deepEqual(ids('Routes emergency calls to the nearest ambulance.'), ['essential-public-services']);
  });

  it('reads the release\'s own acts in passive and prefixed forms, and a modifier inside a multi-word act', () => {
    const found = [
      ['Claims handlers are given a settlement amount suggested by the model for every bodily-injury claim.', 'insurance'],
      ['Residence-permit renewals are pre-screened by the model.', 'migration'],
      ['Drivers are assigned shifts, and deactivated, by the model on the basis of their acceptance rates.', 'employment'],
      ['AI-writing detection for coursework submissions; a high score opens a misconduct case.', 'education'],
      ['Use it to set the monthly rent of every unit in your portfolio automatically.', 'housing'],
    ];
    for (const [text, domain] of found) assert.deepEqual(ids(text), [domain], text);
    // A participle describing the data stays a description.
    assert.deepEqual(ids('Contains records of claims settled in 2019.'), []);
  });

  it('reads pedestrians among objects and a clause ending in research as no biometric use', () => {
    assert.deepEqual(ids('Identifies objects in street scenes: cars, cyclists and pedestrians.'), []);
    assert.deepEqual(ids('Recognises faces in street scenes for autonomous-driving research.'), []);
    // Pedestrians re-identified across cameras are a biometric use; research in the middle of a clause confines nothing.
    assert.deepEqual(ids('Re-identifies pedestrians across the mall\'s camera feeds.'), ['biometrics']);
    assert.deepEqual(ids('Recognises faces of visitors for research staff at the entrance.'), ['biometrics']);
  });

  it('reads verdicts written after a list of uses, and "keep away from" before one', () => {
    assert.deepEqual(ids('Ranking rental applicants, setting rents, deciding evictions: none of these are supported.'), []);
    assert.deepEqual(ids('Any use to flag travellers at the border or assess visa applicants falls outside the intended use.'), []);
    assert.deepEqual(ids('Screening tenants is considered out of scope.'), []);
    assert.deepEqual(ids('Keep it away from risk assessment for life and health insurance.'), []);
    // "away from" after the act says where it acts, and "none of the data" is no verdict on the use.
    assert.deepEqual(ids('Routes ambulances away from congested roads to reach patients faster.'), ['essential-public-services']);
    assert.deepEqual(ids('Ranks loan applications on premises, and none of the data leaves the bank.'), ['credit']);
  });

  it('leaves alone an act whose purpose is to protect the people it finds', () => {
    assert.deepEqual(ids('Finds faces in street-level imagery so they can be pixelated.'), []);
    assert.deepEqual(ids('Locates faces in the video to blur them before release.'), []);
    assert.deepEqual(ids('Finds faces in profile photos so that they can be masked before sharing.'), []);
    // Without the protective purpose, the same act is a use.
    assert.deepEqual(ids('Recognises faces in street-level imagery.'), ['biometrics']);
  });

  it('reads "decides whether" as a decision, but not "determines whether", which only finds out', () => {
    assert.deepEqual(ids('Decides whether a policyholder claim goes straight to payment.'), ['insurance']);
    assert.deepEqual(ids('Determines whether a person earns more than the median from census fields.'), []);
  });

  it('reads "chooses which" and "picks who" as a decision, like "decides whether"', () => {
    assert.deepEqual(ids('Chooses which tenants are offered a renewal.'), ['housing']);
    assert.deepEqual(ids('Screeners use it to choose which households receive a home visit from social services.'), ['essential-public-services']);
    // Near miss: choosing among things for a person decides nothing about them.
    assert.deepEqual(ids('Chooses a colour palette for the patient portal.'), []);
  });

  it('knows conditions by name as what a healthcare use acts on, but not as a topic', () => {
    assert.deepEqual(ids("Determine an individual's HIV status using social network data."), ['healthcare']);
    assert.deepEqual(ids('Detects glaucoma from fundus photographs.'), ['healthcare']);
    assert.deepEqual(ids('Classifies tweets about HIV awareness campaigns.'), []);
    assert.deepEqual(ids('Summarises public news articles about diabetes research for a general reader.'), []);
  });

  it('reads made-up data, a list of nouns and a text\'s form as no act on people', () => {
    assert.deepEqual(ids('Generates fake loan applications with made-up names to populate a staging database.'), []);
    assert.deepEqual(ids('Generates synthetic patient records with random names, diagnoses and vitals for testing.'), []);
    assert.deepEqual(ids('Checks spelling and grammar in a student\'s essay draft.'), []);
    assert.deepEqual(ids('Helps job seekers tidy up their own CV: fixes the layout and suggests stronger verbs.'), []);
    // Near misses: what is generated is the decision, a list of acts, a check of the work itself.
    assert.deepEqual(ids('Generates risk scores for loan applicants.'), ['credit']);
    assert.deepEqual(ids('Screens, diagnoses and treats patients with sepsis.'), ['healthcare']);
    assert.deepEqual(ids('Checks each student\'s essay for plagiarism.'), ['education']);
    // A pointing act on the parts of a text points at the text: "highlights clauses", "flags clauses", "highlights words".
    assert.deepEqual(ids('LeaseLens: paste your tenancy agreement and it highlights clauses that may be unfair where you live.'), []);
    assert.deepEqual(ids('For renters: upload your AST and it flags clauses that look unfair.'), []);
    assert.deepEqual(ids('Reading Buddy reads texts aloud and highlights words as the pupil follows.'), []);
    assert.deepEqual(ids('Highlights every long or passive sentence in your blog post, email or essay and suggests a clearer rewrite.'), []);
    // Near miss: pointing at people.
    assert.deepEqual(ids('The model flags tenants whose rent payments look irregular.'), ['housing']);
  });

  it('reads records named by an act, and an act in a name, as no act', () => {
    assert.deepEqual(ids('Includes a sample of public eviction court filings, collected for a study of rent trends.'), []);
    assert.deepEqual(ids('Trained on the public Lending Club loan book (2007-2018).'), []);
    assert.deepEqual(ids('Predicts eviction risk for tenants.'), ['housing']);
  });

  it('reads a verdict at the end of a list joined by "or" as excluding each item, and "nobody" as a negation', () => {
    assert.deepEqual(ids('Matching faces against watchlists, confirming who someone is, or any other identification of real people is out of scope.'), []);
    assert.deepEqual(ids('Blurs faces in street photos before publication, so nobody in the picture can be recognised.'), []);
    assert.ok(ids('Matches faces against a watchlist of shoplifters, or alerts store security.').includes('biometrics'));
  });

  it('reads what people lack as no negation, and a role that uses the release as who acts', () => {
    assert.deepEqual(ids('It reads mobile-money histories of people with no bureau file and recommends how much each can borrow.'), ['credit']);
    assert.deepEqual(ids('It does not recommend how much anyone can borrow.'), []);
    assert.deepEqual(ids('This translation model has no place in immigration, asylum or border control proceedings.'), []);
    assert.deepEqual(ids('Checks visa applications and gives each a risk band that consular staff use to decide who is refused.'), ['migration']);
  });

  it('reads "order" as ranking, but not in fixed expressions', () => {
    assert.deepEqual(ids('The council uses it to order households on the social housing waiting list.'), ['housing']);
    assert.deepEqual(ids('In order to help patients, it summarises leaflets.'), []);
    assert.deepEqual(ids('Processes purchase orders for hospital suppliers.'), []);
    assert.deepEqual(ids('Runs an order of magnitude faster than the baseline on patient notes.'), []);
  });

  it('knows acts that share out and pause as decisions', () => {
    assert.deepEqual(ids('Courier-platform scheduler: hands out shifts to riders and pauses the accounts of those whose acceptance rate drops below 80%.'), ['employment']);
    assert.deepEqual(ids('Shares out the council\'s limited care hours among disabled applicants.'), ['essential-public-services']);
    assert.deepEqual(ids('Pauses the video when the viewer looks away.'), []);
  });

  it('reads a clause that counts what data holds as a description, and picking people out of footage as a biometric act', () => {
    assert.deepEqual(ids('Contains 40,000 anonymised essays written by secondary-school students, each paired with the mark their teacher gave.'), []);
    // As a quoted YAML value is scanned in a manifest.
    assert.deepEqual(ids('"Contains 40,000 essays by secondary-school students, each with the mark their teacher gave."'), []);
    assert.deepEqual(ids('Has 2 modes and scores loan applicants.'), ['credit']);
    assert.deepEqual(ids('Picks out faces in station camera footage that resemble someone on a list.'), ['biometrics']);
    assert.deepEqual(ids('Finds faces in the viewfinder so the camera can focus on them.'), []);
    assert.deepEqual(ids('- **NOT legal advice.** Always shown with the statutory disclaimer.'), []);
    assert.deepEqual(ids('Offers legal advice to tenants facing eviction hearings.').length, 1);
  });

  it('reads a technology the work improves as no use, but an act that improves decisions still as one', () => {
    assert.deepEqual(ids('Improving Voice Recognition: make speech systems better at understanding accents.'), []);
    assert.deepEqual(ids('Improving facial recognition for darker skin tones.'), []);
    assert.deepEqual(ids('Facial recognition at the office door.'), ['biometrics']);
    assert.ok(ids('Improves hiring decisions by screening CVs.').includes('employment'));
  });

  it('reads a weak act as a decisive one in a clause that calls the system a part of decisions', () => {
    const score = (t: string) => uses(t).map((u) => u.score);
    assert.deepEqual(score('A decision-support system that helps universities identify at-risk students early.'), [4]);
    assert.deepEqual(score('Helps universities identify at-risk students early to inform decision making.'), [4]);
    // Near misses: the same act without it, and "decision" naming a model family.
    assert.deepEqual(score('A system that helps universities identify at-risk students early.'), [3]);
    assert.deepEqual(score('A decision tree that helps universities identify at-risk students early.'), [3]);
  });

  it('lends a paragraph\'s short topic clause to the clauses after it, but not a clause about its data', () => {
    assert.deepEqual(ids('Attrition model. Scores every engineer\'s flight risk each quarter.'), ['employment']);
    assert.deepEqual(ids('Child-protection hotlines. It scores each referral so that screeners can prioritise them.'), ['essential-public-services']);
    // Near misses: where the data came from, a data set, a topic in another paragraph.
    assert.deepEqual(ids('Trained on MIMIC-III patient notes. It predicts the next token.'), []);
    assert.deepEqual(ids('A loan dataset. Predicts default for teaching purposes.'), []);
    assert.deepEqual(ids('Attrition model.\n\nScores each quarter\'s build times.'), []);
  });

  it('knows a condition by its ending where the term list does not name it ("carcinoma", "neuropathy")', () => {
    assert.deepEqual(ids("Estimates each patient's risk of hepatocellular carcinoma."), ['healthcare']);
    assert.deepEqual(ids('Flags diabetic neuropathy in foot scans for the clinic.'), ['healthcare']);
    // Near misses: a short word with the same ending, and a listed exception.
    assert.deepEqual(ids('Scores the aroma of each coffee batch.'), []);
    assert.deepEqual(ids('Predicts which of the telepathy stories readers will like best.'), []);
  });

  it('reads a cut-off drawn through the people a clause names as a decision about them', () => {
    assert.deepEqual(ids('Reads the incoming CVs and sends the bottom 70% a polite rejection email automatically.'), ['employment']);
    assert.deepEqual(ids('Reads every CV from the careers portal, sets aside those below the threshold for the role and books interviews for the rest.'), ['employment']);
    // Near misses: a cut-off through things, and a ranking's end without a count.
    assert.deepEqual(ids('Images below the threshold are discarded.'), []);
    assert.deepEqual(ids('Shows the top stories for each reader.'), []);
  });

  it('reads a cut-off on either side, through whom a term names, and a rank end opening a phrase', () => {
    assert.deepEqual(ids('Scores every visa applicant and sends everyone above the threshold to a second interview.'), ['migration']);
    assert.deepEqual(ids('Loan applications below the cut-off go straight to the reject pile.'), ['credit']);
    assert.deepEqual(ids('The scholarship model ranks the applicants now - top 200 get an offer first.'), ['education']);
    // Near misses: things above the line, a cut-off whose sentence names no domain strongly, a rank end without a count.
    assert.deepEqual(ids('Sends every image above the threshold to the archive.'), []);
    assert.deepEqual(ids('Claims above the threshold are held and the rest are paid.'), []);
    assert.deepEqual(ids('Lists the top songs each week.'), []);
    // A score falling past a number ("patients over 65" is an age), and the decider who acts on a cut-off naming its domain.
    assert.deepEqual(ids('Stop offering shifts to couriers whose on-time rate falls below 85% over 14 days.'), ['employment']);
    assert.deepEqual(ids('Recommended for patients over 65 with mild symptoms.'), []);
    assert.deepEqual(ids('The letting agent only rings the top five.'), ['housing']);
  });

  it('reads an action taken when a score crosses a line as a decision, in the domain of whose score it is', () => {
    assert.deepEqual(ids("The sepsis model now pages the rapid response team directly when a ward patient's score crosses 7."), ['healthcare']);
    // Near misses: a machine's figure crossing a line, and a crossing with no condition.
    assert.deepEqual(ids('Pages the on-call engineer when disk usage exceeds 90 percent.'), []);
    assert.deepEqual(ids("In the example, the patient's temperature crosses 39 degrees."), []);
  });

  it('reads an alert raised to a decider about whom a strong term names as a decision about them', () => {
    assert.deepEqual(ids('Reads the overnight ward observations and pages the on-call doctor about patients it expects to deteriorate before morning.'), ['healthcare']);
    // Near misses: an alert about a machine, and one to a decider about nobody the catalogue knows.
    assert.deepEqual(ids('Pages the on-call engineer when disk usage exceeds 90 percent.'), []);
    assert.deepEqual(ids('Notifies the landlord when the repair is done.'), []);
  });

  it('reads a document that carries a decision, issued to whom a strong term names, as a decision about them', () => {
    assert.deepEqual(ids('The model has automatically generated a Notice Seeking Possession for each tenant meeting its arrears-risk criteria.'), ['housing']);
    assert.deepEqual(ids("Measures each warehouse associate's units-per-hour against standards and generates a First Written Warning for the employee's manager to sign."), ['employment']);
    assert.deepEqual(ids('Feature request: auto-generate eviction notices for tenants the arrears model predicts won\'t catch up within 60 days.'), ['housing']);
    // Near misses: a reminder decides nothing, a rejection email drafted after a person decided, a notice to no one a domain knows.
    assert.deepEqual(ids('The app sends a reminder to each patient before the appointment.'), []);
    assert.deepEqual(ids('We use it to draft polite rejection emails after the hiring manager has already made the call.'), []);
    assert.deepEqual(ids('Managing agents use it to choose which leaseholders are served a notice first.'), []);
  });

  it("keeps a negation inside a question's or a likelihood's clause to that clause", () => {
    assert.deepEqual(ids('Estimates, for each small-business applicant, the likelihood that the loan will not be repaid, and declines the riskiest applications.'), ['credit']);
    // Near miss: a negation of the act itself.
    assert.deepEqual(ids('It does not estimate whether a loan will be repaid, and it does not decline applications.'), []);
  });

  it('reads "if to" as a choice passed on, but not "if" asking what is', () => {
    assert.deepEqual(ids('The model tells the microfinance officer if to give the loan or not.'), ['credit']);
    assert.deepEqual(ids('Tells the loan officer if the branch is open today.'), []);
  });

  it('reads a verdict told to a decider as theirs to act on, but not one told to whom it is no decision', () => {
    assert.deepEqual(ids('It listens to recorded interviews with suspects, tells detectives which statements are probably untrue.'), ['law-enforcement']);
    assert.deepEqual(ids('Tells tenants which parking spaces are probably free.'), []);
  });

  it('reads an -s form with an object after it as a verb, not as the end of a compound term', () => {
    assert.deepEqual(ids("Visitors look into the tablet and the app tells the guard whether their face matches the photo on the booking."), ['biometrics']);
    // Near miss: "claims that look fraudulent" is a noun and its relative clause.
    assert.deepEqual(ids('Flags benefit claims that look fraudulent for the investigations team.'), ['essential-public-services']);
    // Near miss: after a verb the compound is its object ("gives social workers a score").
    assert.deepEqual(ids('Pulls benefit records for each household and gives social workers a score.'), ['essential-public-services']);
  });

  it('reads "itself" after a word as marking a noun', () => {
    assert.deepEqual(ids('The interview bot books time slots. The shortlist itself still comes from the hiring manager.'), []);
    assert.deepEqual(ids('The model shortlists candidates for each vacancy.'), ['employment']);
  });

  it('reads an enabling verb before a person as enabling ("lets tenants photograph"), not as letting a home', () => {
    assert.deepEqual(ids('FlatFix lets tenants photograph a repair problem and sends a tidy report to their landlord.'), []);
    assert.deepEqual(ids('Lets landlords screen tenants by their payment record.'), ['housing']);
  });

  it('reads a record named by an act ("diagnosis codes", "hearing dates") as a record', () => {
    assert.deepEqual(ids('Built from discharge summaries from three hospitals, with diagnosis codes removed, for research on clinical language.'), []);
    assert.deepEqual(ids('Helps people representing themselves in small claims fill in the court forms and reminds them of hearing dates.'), []);
    // Near miss: the act itself.
    assert.deepEqual(ids('Supports the diagnosis of sepsis in ward patients.'), ['healthcare']);
  });

  it('reads a grade written into the gradebook as grading, but not feedback written for the student', () => {
    assert.deepEqual(ids('FYI the essay marker is now writing the final grade straight into the gradebook for Year 10 English.'), ['education']);
    assert.deepEqual(ids('Writes feedback on each essay for the student to read before resubmitting.'), []);
  });

  it('reads decisions said to stay with a decider inside a use as kept by people', () => {
    assert.deepEqual(ids("It returns a live transcript of an emergency call in the dispatcher's language. Prioritising and dispatching stay entirely with the dispatcher."), []);
    // Near miss: someone who stays with a caller keeps no decision.
    assert.deepEqual(ids('The model triages emergency calls and dispatches ambulances; the dispatcher stays with the caller on the line.'), ['essential-public-services']);
  });

  it('reads a request turned down and a use "not used" as exclusions', () => {
    assert.deepEqual(ids('We turned down a request from a police force to adapt the model for ranking suspects.'), []);
    assert.deepEqual(ids('The associations are descriptive and were not used to place or assess any pupil.'), []);
    // Near misses: a request taken up, and "not used" about something else.
    assert.deepEqual(ids('A police force asked us to adapt the model for ranking suspects, and it now does.'), ['law-enforcement']);
    assert.deepEqual(ids('Scores were not used to decide anything; the model still ranks job applicants.'), ['employment']);
  });

  it('reads a statistic about people as a finding, not a use', () => {
    assert.deepEqual(ids('Pupils whose teachers predicted a grade 4 were 12 percentage points more likely to achieve it.'), []);
    assert.deepEqual(ids('Predicts which pupils are likely to fail the final exam so teachers can intervene.'), ['education']);
  });

  it('reads an act on a figure over many cases as deciding about no one, unless a term says whose figure', () => {
    assert.deepEqual(ids('It is limited to forecasting call volumes at job centres so staff rotas can be planned.'), []);
    assert.deepEqual(ids('Each shift, patrols are sent to the ten cells with the highest forecast burglary count.'), ['law-enforcement']);
    // An -s form before a modal after a pronoun or the release stays a verb.
    assert.deepEqual(ids('The renewal model raises premiums on home policies in postcodes it predicts will flood more often.'), ['insurance']);
  });

  it("reads a record's history as data, but a history of a practice as a topic", () => {
    assert.deepEqual(ids('The system uses the arrest history of individuals known to the force, give each of them a rating of how likely they are to commit a violent offence.'), ['law-enforcement']);
    assert.deepEqual(ids('A history of predictive policing in Chicago: how officers used heat lists to pick whom to visit.'), []);
  });

  it('reads a placement of people into a group as a decision about them, in the domain of who is placed', () => {
    assert.deepEqual(ids('Route learners into the support or accelerated maths set according to the model.'), ['education']);
    assert.deepEqual(ids('Automatically moves pupils who fall behind on the quizzes into the foundation maths set.'), ['education']);
    // Near misses: no group with consequences, and things rather than people.
    assert.deepEqual(ids('Moves users into the beta track.'), []);
    assert.deepEqual(ids("Puts the patients' scans into the archive."), []);
    // "in" a track, "on" a list, as well as "into".
    assert.deepEqual(ids('Incoming seventh-graders are put in the advanced, standard or support maths track based on their records.'), ['education']);
    assert.deepEqual(ids('Puts the files in the archive folder.'), []);
    // Near misses: "to" opening a verb, and a group's noun that is a verb after "and".
    assert.deepEqual(ids('Books physiotherapy appointments and sends patients reminders to do the exercises their physio set.'), []);
    assert.deepEqual(ids('Routes incoming helpdesk tickets to the right team queue and sets a priority from P1 to P4.'), []);
  });

  it("keeps a topic clause's negation to itself: the act's own clause says whether the use is negated", () => {
    assert.deepEqual(ids('Our GPs no longer review every mole photo. The app tells patients whether they need an urgent dermatology referral.'), ['healthcare']);
    // Near miss: the negation in the act's clause.
    assert.deepEqual(ids('Our GPs review every mole photo. The app never tells patients whether they need an urgent dermatology referral.'), []);
  });

  it('reads a two-word term written the other way round with "of" ("outcomes of Supreme Court cases")', () => {
    const found = uses('Predicts the outcomes of Supreme Court cases.');
    assert.deepEqual(found.map((u) => u.domain.id), ['justice']);
    assert.ok(found[0].evidence?.includes('outcomes of Supreme Court cases'));
    // Near misses: the term's word inside a longer noun phrase, and weak words alone.
    assert.deepEqual(ids('Predicts the outcome of each case study.'), []);
    assert.deepEqual(ids('Predicts the length of the sentence for each tweet.'), []);
  });

  it('reads a list of outcomes handed over as a decision in the domain a strong term names', () => {
    assert.deepEqual(ids('Application scorecard for unsecured personal loans; outputs approve / refer / decline.'), ['credit']);
    assert.deepEqual(ids('Outputs release / release with conditions / remand for each defendant at first appearance.'), ['justice']);
    // Near misses: labels that settle nothing, a yes/no about things, "returns" as a verb.
    assert.deepEqual(ids('Outputs positive / negative / neutral for each product review.'), []);
    assert.deepEqual(ids('It returns yes or no for each photo of a cat.'), []);
    assert.deepEqual(ids('Forecasts asylum returns for each region.'), ['migration']);
  });

  it("reads a compound with another domain's term set into it as that term's", () => {
    assert.deepEqual(ids('Scores recorded suspect interviews for deception.'), ['law-enforcement']);
    // A modifier that names no domain leaves the compound whole.
    assert.deepEqual(ids('Scores recorded video interviews of job applicants.'), ['employment']);
  });

  it("reads a removal as a border agency's only beside a second sign of it", () => {
    // Moderators remove comments and engineers remove features: the word alone names no domain.
    assert.deepEqual(ids('Triage layer for moderators: predicts which comments are kept, to cut the removal backlog.'), []);
    assert.deepEqual(ids('Decides which failed asylum seekers are scheduled for removal first.'), ['migration']);
    assert.deepEqual(ids('Prioritizes deportation and removal cases.'), ['migration']);
  });

  it('reads "returns" after a call or a code span as handing a value over, not as returns of migrants', () => {
    assert.deepEqual(ids('`dermscan.classify(image)` returns `benign` or `refer` for each photo.'), []);
    assert.deepEqual(ids('classify(image) returns a label for each photo.'), []);
    // The noun still names the domain's act: a code span before it does not make it a verb.
    assert.deepEqual(ids('`forecast_returns` predicts forced returns of rejected asylum seekers by region.'), ['migration']);
  });

  it('reads bans written after the use, and "barred" or "unsupported" before it, as exclusions', () => {
    assert.deepEqual(ids('Eligibility rulings on welfare or other state support are a prohibited application.'), []);
    assert.deepEqual(ids('Police forces are barred from using it to profile or identify individuals.'), []);
    assert.deepEqual(ids('Unsupported: anything that supports a clinician\'s decision, dosing and diagnosis included.'), []);
    // Near misses: a ban inside the use's own object, or on the people it finds, is no verdict on it.
    assert.deepEqual(ids('Matches faces at the turnstile against the list of banned supporters.'), ['biometrics']);
    assert.deepEqual(ids('Matches faces in CCTV footage against a watchlist of people previously banned for shoplifting.'), ['biometrics']);
    assert.deepEqual(ids('Our stores use cameras that recognise people who have previously been banned from our shops.'), ['biometrics']);
    assert.deepEqual(ids('Cameras that recognise people, which is banned in our stores.'), []);
  });

  it('reads words that mostly mean something else as weak evidence: residents, claimants, transcripts, telling', () => {
    assert.deepEqual(ids('Tells residents where the closest benefits office is.'), []);
    assert.deepEqual(ids('Judges from the interview transcript whether the story holds together.'), []);
    // The strong words of the same domains still make a use.
    assert.deepEqual(ids('Decides which care home residents are sent to hospital.'), ['healthcare']);
  });

  it('reads requests to refrain, the authors\' publications and background reading as no use', () => {
    assert.deepEqual(ids('Police and other law enforcement agencies are asked to refrain from profiling suspects with it.'), []);
    assert.deepEqual(ids('Our group has published on gait recognition; this repository holds only the data loaders.'), []);
    assert.deepEqual(ids('Background reading: Eubanks (2018), on welfare eligibility algorithms in Indiana.'), []);
    // Near miss: the same words stated as the release's use.
    assert.notDeepEqual(ids('Performs gait recognition on CCTV footage for police investigators.'), []);
  });

  it('reads an act that opens a role\'s name as the role ("letting agents"), but not one that names the use ("ramp metering")', () => {
    assert.deepEqual(ids('Landlords and letting agents may not use it to vet tenants.'), []);
    assert.deepEqual(ids('Ramp metering on motorway on-ramps.'), ['critical-infrastructure']);
  });

  it('reads acts asked about, data-set nouns, "outside the intended scope" and "rule out" as no use', () => {
    assert.deepEqual(ids('Answers policyholders\' questions about where to find their policy documents.'), []);
    assert.deepEqual(ids('The training set combines anonymised loan books from two lenders.'), []);
    assert.deepEqual(ids('Outside the intended scope: underwriting, premium setting, or any individual risk assessment.'), []);
    assert.deepEqual(ids('Deciding eligibility for social assistance is a use the authors explicitly rule out.'), []);
    assert.deepEqual(ids('Helps volunteers at a migrant support charity find the nearest language class for the people they assist.'), []);
    // Near misses: the act done by the release, a set limit, a helped decider.
    assert.deepEqual(ids('Finds which policyholders are likely to lapse so that agents can call them.'), ['insurance']);
    assert.deepEqual(ids('Sets the credit limit for each new cardholder.'), ['credit']);
  });

  it('reads a question as asking, not as stating a use', () => {
    assert.deepEqual(ids('What is the probability of default for next month?'), []);
    assert.deepEqual(ids('Which applicants are likely to default on their loan?'), []);
    // The same words stated.
    assert.deepEqual(ids('Estimates the probability of default for next month.'), ['credit']);
  });

  it('reads an act after "with" as the means of an enabling verb, not an act of whom it helps', () => {
    assert.deepEqual(ids('Assist clinical decision-making with image classification.'), ['healthcare']);
    // Near miss: the helped agent's own act.
    assert.deepEqual(ids('Helps law students find case law.'), []);
  });

  it('reads a role right before the act as who acts, not what the act is about', () => {
    assert.deepEqual(ids('Ranks benefit claims by fraud risk so that investigators can pick which to open.'), ['essential-public-services']);
    // What the act is about still names the domain when a role does the act.
    assert.deepEqual(ids('Radiologists can then flag abnormal mammograms.'), ['healthcare']);
  });

  it('reads a term that ends in its own act as naming the use, but not as a mention of a work or data', () => {
    assert.deepEqual(ids('Performs speaker verification for call centres.'), ['biometrics']);
    assert.deepEqual(ids('A survey of speaker verification methods.'), []);
    assert.deepEqual(ids('Not meant for speaker verification.'), []);
  });

  it('knows inpatients and outpatients as the patients care decides about', () => {
    assert.deepEqual(ids('Estimates which outpatients are likely to miss their chemotherapy appointment.'), ['healthcare']);
    assert.deepEqual(ids('Generates discharge letters for inpatients.'), []);
  });

  it('reads an agent helped to act as the domain only when it is one who decides', () => {
    assert.deepEqual(ids('Helps parole officers decide who is released early.'), ['justice']);
    assert.deepEqual(ids('Helps students find a quiet room in the library.'), []);
    // Without an enabling verb the same words are what the act is about.
    assert.deepEqual(ids('Finds students at risk of dropping out.'), ['education']);
  });

  it('knows the acts and terms a domain is written in beyond its core words', () => {
    // setting a limit or level is deciding it
    assert.deepEqual(ids('Sets the lending limit for each small business.'), ['credit']);
    assert.deepEqual(ids('Sets the bail amount recommended to the magistrate.'), ['justice']);
    // inferring feelings from faces, resolving disputes, stopping trains
    assert.deepEqual(ids('Infers the emotions of customers from their facial expressions at the till.'), ['biometrics']);
    assert.deepEqual(ids('Resolves small claims disputes for an online dispute resolution service.'), ['justice']);
    assert.deepEqual(ids('Railway operators use it to halt services when a track defect is found.'), ['critical-infrastructure']);
  });

  it('does not take ambiguous words of a domain as strong evidence of it', () => {
    // a bank deposit, speech detection, a body of case law, an offer as a noun
    assert.deepEqual(ids('Detects altered cheques in mobile deposits.'), []);
    assert.deepEqual(ids('Detects voice activity in meeting recordings.'), []);
    assert.deepEqual(ids('Finds case law relevant to a legal question.'), []);
    assert.deepEqual(ids('Lists the loan offers a customer has received side by side.'), []);
  });

  it('reads a participle without an auxiliary as describing who the data is about, not as an act', () => {
    assert.deepEqual(ids('Records of patients diagnosed with sepsis at two hospitals, 2015-2019.'), []);
    assert.deepEqual(ids('Patients are diagnosed with sepsis from their vital signs.'), ['healthcare']);
    assert.deepEqual(ids('Loan applications are automatically approved or declined from the score.'), ['credit']);
  });

  it('conjugates acts that end like nouns ("influence", "balance")', () => {
    assert.deepEqual(ids('Aimed at influencing undecided voters before the election.'), ['justice']);
  });

  it('needs one strong word among the evidence: weak words alone are not a use, however many', () => {
    assert.deepEqual(ids('Estimates the wage of a person from survey answers.'), []);
    assert.deepEqual(ids('Estimates the risk posed by people who cross the border at night.'), ['migration']);
  });

  it('gives overlapping uses to the domain whose words stand nearest the act', () => {
    assert.deepEqual(ids('Ranks benefit claims by fraud risk so that investigators can pick which to open.'), ['essential-public-services']);
    assert.deepEqual(ids('Prioritises homeless families for temporary accommodation after an emergency.'), ['housing']);
  });

  it('reads a role named by another domain\'s word as that domain\'s ("admissions staff")', () => {
    assert.deepEqual(ids('Lets admissions staff shortlist applicants for the nursing school.'), ['education']);
    // Staff on their own are still the people employment decides about.
    assert.deepEqual(ids('Shortlists staff for redundancy.'), ['employment']);
  });

  it('reads the words after an information noun\'s "about" as its topic', () => {
    assert.deepEqual(ids('Classifies forum posts about policing by sentiment.'), []);
    assert.deepEqual(ids('Classifies suspects by the risk they pose.'), ['law-enforcement']);
  });

  it('reads an act closing a clause of time or place with a pronoun subject as what a thing does', () => {
    assert.deepEqual(ids('Shows shoppers which petrol station is nearest and when it closes.'), []);
    assert.deepEqual(ids('Closes the floodgates at the reservoir when it rains heavily.'), ['critical-infrastructure']);
  });

  it('takes CCTV alone as weak evidence of policing: hospitals and shops run cameras too', () => {
    assert.deepEqual(ids('Detects spills on the shop floor in CCTV frames for the cleaning crew.'), []);
    assert.deepEqual(ids('Identifies shoplifters in CCTV footage.').includes('law-enforcement'), true);
  });

  it('reads an act\'s -s form after a determiner or preposition as a plural noun', () => {
    assert.deepEqual(ids('Reports the average grades of pupils per region for a newspaper.'), []);
    assert.deepEqual(ids('Grades pupils\' coursework for teachers.'), ['education']);
  });

  it('reads how the data was made, in the past, as provenance rather than a use', () => {
    // a past passive, and an -ed form of a term
    assert.deepEqual(ids('Transcripts were graded by two examiners per pupil.'), []);
    assert.deepEqual(ids('We recruited nurses to label the images.'), []);
    // the present passive is still a use
    assert.deepEqual(ids('Transcripts are graded for each pupil by the model.'), ['education']);
  });

  it('does not take the last word of a compound noun as an act ("interest rate", "a set of")', () => {
    assert.deepEqual(ids('Each mortgage is listed with its interest rate and term.'), []);
    assert.deepEqual(ids('Tested on a held-out set of tenancy agreements.'), []);
    // a noun of an act that is strong somewhere stays an act
    assert.deepEqual(ids('Triage of incoming ambulance requests.'), ['essential-public-services']);
  });

  it('knows the regular plural of every vocabulary noun, beside the one the NLP library prefers ("premiums")', () => {
    assert.deepEqual(ids('Sets premiums from telematics data.'), ['insurance']);
  });

  it('keeps a noun of action that ends a compound as the act ("credibility assessment")', () => {
    assert.deepEqual(ids('Refugee status credibility assessment for caseworkers.'), ['migration']);
    assert.deepEqual(ids('Insurance fraud scoring for claims teams.'), ['insurance']);
  });

  it('reads who a weak act serves, after "for", as no one decided about when its object is named by no term', () => {
    assert.deepEqual(ids('Allocates parking spaces for hospital patients.'), []);
    // When the object is a domain's term, or the act is strong, "for" names the domain's decider or subject.
    assert.deepEqual(ids('Flags abnormal biopsies for pathologists.'), ['healthcare']);
    assert.deepEqual(ids('Diagnoses infections for patients in rural clinics.'), ['healthcare']);
  });
});

describe('detectUses: choices passed on, purposes after "for", possessives', () => {
  it('reads a question passed on ("tells officers which travellers to pull aside") as a decision in the domain its question names', () => {
    assert.deepEqual(ids('We run it at the border to tell officers which arriving travellers to pull aside for secondary inspection.'), ['migration']);
    // Who is told may name the setting; the question must still name who or what is decided about.
    assert.deepEqual(ids('Tells a buy-now-pay-later checkout whether to green-light the instalment plan.'), ['credit']);
    // Who is told chooses for themselves: no one is decided about.
    assert.deepEqual(ids('Shows students which exercises to try next.'), []);
    // A question with no infinitive asks what is, not what to do.
    assert.deepEqual(ids('Tells you which borrowers were in the 2019 sample.'), []);
  });

  it('reads a verdict passed on ("says whether it\'s probably melanoma") as a decision, but not a question of what is', () => {
    assert.deepEqual(ids("It looks at a picture of a mole and says whether it's probably melanoma."), ['healthcare']);
    assert.deepEqual(ids("The model says whether they'd be a good tenant or not."), ['housing']);
    assert.deepEqual(ids('The dashboard shows which patients were admitted last week.'), []);
    assert.deepEqual(ids("Used during police interviews to indicate whether a suspect's answers are deceptive."), ['law-enforcement']);
  });

  it('reads a question a work sets out to answer, a model benchmarked on a task and a letter named by an act as no use', () => {
    assert.deepEqual(ids('We wanted to know whether language models repeat the biases found in old life insurance underwriting manuals.'), []);
    assert.deepEqual(ids('We wanted to find out whether automated essay scores differ between native and non-native writers.'), []);
    assert.deepEqual(ids('Trained on court judgments, mostly to see whether a small model can pick up legal writing style.'), []);
    assert.deepEqual(ids('A study going round social media tested whether language models could predict loan defaults from written descriptions.'), []);
    assert.deepEqual(ids('The model tests whether each applicant can repay the loan and declines the rest.'), ['credit']);
    assert.deepEqual(ids('We benchmarked the encoder on LFW face verification to compare with other papers.'), []);
    assert.deepEqual(ids('Performs face verification at the border gates.'), ['biometrics']);
    assert.deepEqual(ids('We use it to draft polite rejection emails after the hiring manager has made the call.'), []);
  });

  it('takes "for" as a protective purpose only when the purpose is its own object', () => {
    assert.deepEqual(ids('Ranks inbound CVs for recruiters and hides the bottom half.'), ['employment']);
    assert.deepEqual(ids('Detects faces in street imagery for blurring.'), []);
    assert.deepEqual(ids('Detects faces in street imagery so that they can be blurred.'), []);
    // The same subject protecting what it found, in a second act joined by "and".
    assert.deepEqual(ids('Detects faces in photos and blurs them automatically before publication.'), []);
    assert.deepEqual(ids('Identifies the people in group photos by name and blurs the background.'), ['biometrics']);
  });

  it("reads an act's word after a noun's possessive as a noun, not after a pronoun's contraction", () => {
    assert.deepEqual(ids("Keeps track of boiler servicing across the housing association's blocks."), []);
    assert.deepEqual(ids("It's screening job applicants for the recruiters."), ['employment']);
    // The possessive's own act still reads: "blocks the tenant's application".
    assert.deepEqual(ids("Blocks the tenant's application when the references fail."), ['housing']);
    // A compound after a possessive, ending before its verb, is one noun phrase; an object after it makes the word a verb.
    assert.deepEqual(ids("Each shift's patrol routes are drawn from the power grid map."), []);
    assert.deepEqual(ids("The agency's model screens job applicants."), ['employment']);
    // "own" between the possessive and the word changes nothing.
    assert.deepEqual(ids("Pulls skills out of a CV into JSON for the candidate's own profile page."), []);
    assert.deepEqual(ids('Profiles each candidate from their own CV.'), ['employment']);
  });

  it('reads a bare act joined by a hyphen to the next word as a modifier ("open-data listing"), not a phrasal act', () => {
    assert.deepEqual(ids('Hourly traffic observations from the public open-data listing of the city.'), []);
    assert.deepEqual(ids('Opens the traffic signal plan for the junction controllers.'), ['critical-infrastructure']);
    assert.deepEqual(ids('Screen-out unsuitable job applicants.'), ['employment']);
  });

  it('reads an act standing alone in a list of names as a noun, and a list of acts as acts', () => {
    assert.deepEqual(ids('The public loan book: loan amount, term, interest rate, grade, employment length and final status.'), []);
    assert.deepEqual(ids('Screens, ranks and rejects job applicants.'), ['employment']);
    // An act with its object is no name, even in a list.
    assert.deepEqual(ids('It reads essays, grades exam scripts and flags plagiarism.'), ['education']);
  });

  it('reads words joined by underscores as a field name, neither act nor term', () => {
    assert.deepEqual(ids('Dataset fields: case_id, court_name, sentence_months, hearing_date, appeal_outcome.'), []);
    assert.deepEqual(ids('Suggests a sentence length for each convicted offender.'), ['justice']);
    // A term written across an underscore is a field's name too.
    assert.deepEqual(ids('Columns: income, loan_amount, term; rows are flagged when the income is missing.'), []);
  });

  it("reads a function's name, joined by underscores and followed by its parameters, as what it does", () => {
    assert.deepEqual(ids('def grade_essay(text: str) -> int'), ['education']);
    assert.deepEqual(ids('def verify_speaker(audio: bytes) -> bool'), ['biometrics']);
    // Without parameters the same words name a field.
    assert.deepEqual(ids('Columns: grade_essay, verify_speaker, essay_text.'), []);
  });

  it("reads the twentieth set's shapes: works about a use, questions without 'about', a clause with its own subject", () => {
    // A work about the use right after its words, and a review of studies, make it a topic.
    assert.deepEqual(ids('Speaker verification literature from 2010 to 2023 is surveyed in this paper.'), []);
    assert.deepEqual(ids('We critically review deep learning studies for skin cancer classification.'), []);
    assert.deepEqual(ids('Speaker verification unlocks the account of the enrolled caller.'), ['biometrics']);
    assert.deepEqual(ids('The benchmark studies detection coverage of insurance claims fraud.'), []);
    // "questions where to find ...": what a question asks about is its topic.
    assert.deepEqual(ids("Answers policyholders' questions where to find documents of their contract."), []);
    assert.deepEqual(ids('Finds policyholders whose claims look fraudulent.'), ['insurance']);
    // A negation in a clause joined on with a subject of its own does not reach back to the use.
    assert.deepEqual(ids('The network is applied for detection of malignant lesions in mammograms, and the cases under the threshold are not sent to the second radiologist.'), ['healthcare']);
    // After a bare comma too, when a verb follows the new subject; a relative clause still carries the verdict.
    assert.deepEqual(ids('The model ranks job applicants, the recruiter cannot change the order.'), ['employment']);
    assert.deepEqual(ids('The model ranks job applicants, which is not permitted.'), []);
    assert.deepEqual(ids('The network is applied for detection of malignant lesions in mammograms, and this is not permitted.'), []);
  });

  it("reads the eighteenth set's shapes: seeking a provider, a list's last item, families decided about", () => {
    // Looking for who provides a service is seeking it.
    assert.deepEqual(ids('Finds the nearest police station and its front-desk opening hours.'), []);
    // "open data" is data anyone may use, not an act of opening.
    assert.deepEqual(ids('Three years of half-hourly smart meter data from the DNO open data portal, LSTM vs ARIMA for a day-ahead load forecast.'), []);
    assert.deepEqual(ids('Opens the valve on the water main when pressure drops.'), ['critical-infrastructure']);
    assert.deepEqual(ids('The hardest part of settling in was finding a GP.'), []);
    assert.deepEqual(ids('Finds suspects in CCTV footage.'), ['law-enforcement']);
    // The last item of a list of names ends where a function word follows it; a colon opens the list.
    assert.deepEqual(ids('Mortgage calculator: enter principal, term and rate to get a monthly amortisation table.'), []);
    assert.deepEqual(ids('Screens loan applicants, scores them and ranks the top ten for the lender.'), ['credit']);
    // Families are who child-welfare services decide about.
    assert.deepEqual(ids('Selects families for child welfare home visits.'), ['essential-public-services']);
  });

  it('reads an act of whom the release helps, named by a term with no decider among them, as their own', () => {
    assert.deepEqual(ids('Our app helps refugees find legal-aid clinics and shelters nearby.'), []);
    assert.deepEqual(ids('Lets job seekers rank the vacancies they saved.'), []);
    assert.deepEqual(ids('Our tool lets election officials verify voter signatures on postal ballots and reject mismatches.'), ['justice']);
    assert.deepEqual(ids('Lets recruiters rank job applicants.'), ['employment']);
    assert.deepEqual(ids('Enables the property management company to set the rent increase for each sitting tenant.'), ['housing']);
  });

  it('reads an act joined by a hyphen to the word before a noun as a compound modifier', () => {
    assert.deepEqual(ids('Return the monthly split of interest and principal for a fixed-rate loan.'), []);
    assert.deepEqual(ids('A production-grade credit-risk pipeline for loan-application data.'), []);
    // A prefix joined by a hyphen leaves the act an act.
    assert.deepEqual(ids('Auto-reject loan applications below the cut-off.'), ['credit']);
    assert.deepEqual(ids('Compute the new card\'s credit limit from bureau data.'), ['credit']);
  });

  it("reads an act's noun handed over by an output verb as the act", () => {
    assert.deepEqual(ids('Return the final mark (0-20) for the submitted essay.'), ['education']);
    assert.deepEqual(ids('Outputs a risk rating for every tenant applicant.'), ['housing']);
    // The same nouns without a verb that hands them over are a record.
    assert.deepEqual(ids('Holds the final mark (0-20) of each submitted essay, as published.'), []);
    // "Return" opening a sentence hands over its result; it is no return of a person.
    assert.deepEqual(ids('def match_face(img) -> str: Return the closest enrolled identity.'), ['biometrics']);
  });

  it("reads a clause's last word after a person's pronoun as their own choice", () => {
    assert.deepEqual(ids('Reads exam papers aloud for candidates with dyslexia, at a speed they choose.'), []);
    assert.deepEqual(ids('Decides which job applicants they hire.'), ['employment']);
  });

  it('reads two acts sharing an object, the second protective, as protection ("Detects and blurs faces")', () => {
    assert.deepEqual(ids('Detects and blurs faces and plates in dashcam footage before upload.'), []);
    assert.deepEqual(ids('Detects and identifies faces in dashcam footage.'), ['biometrics']);
  });

  it('reads the topic of a question or of what is said as asked about, not done', () => {
    assert.deepEqual(ids("Answers customer questions about how APR and minimum repayments are calculated, citing the bank's public FAQ."), []);
    assert.deepEqual(ids('Nothing it says about symptoms, doses or diagnoses should be acted on for a real patient.'), []);
    // The same words as the system's own act stay a use.
    assert.deepEqual(ids('Calculates minimum repayments and approves loan applicants.'), ['credit']);
  });

  it('reads a plural heading a subject phrase before its verb as a noun, not an act', () => {
    assert.deepEqual(ids('Scores from this model must not feed into final grades, resits, or progression boards.'), []);
    // A verb with a "from" phrase before what it decides stays an act.
    assert.deepEqual(ids("Judges from the interview transcript whether an asylum claimant's story should be believed."), ['migration']);
  });

  it('reads a word that labels a line ("CV parse:") as governing nothing after its colon', () => {
    assert.deepEqual(ids('CV parse + shortlist: scores résumés against the JD.'), ['employment']);
    assert.deepEqual(ids('Parses CVs into structured JSON fields.'), []);
  });

  it('reads a passive act done by people as theirs, one done by a model as the release\'s', () => {
    assert.deepEqual(ids('Entitlement is decided by agency staff; the model only fills in the forms.'), []);
    assert.deepEqual(ids("Loans are approved by the lender's scoring model."), ['credit']);
    assert.deepEqual(ids('Benefit claims are decided by the model.'), ['essential-public-services']);
  });

  it('reads every act after "helps" and a person who is not a decider as that person\'s own', () => {
    assert.deepEqual(ids('Helps job seekers tighten their cover letters and prep answers for common interview questions.'), []);
    assert.deepEqual(ids('Helps investigators link messages on seized phones to known offenders.'), ['law-enforcement']);
  });

  it('reads the first word of a sentence after a topic clause as standing first', () => {
    assert.deepEqual(ids("Digital forensics add-on. Ranks the contents of seized phones by relevance to the suspect's alleged offence."), ['law-enforcement']);
    assert.deepEqual(ids('Digital forensics add-on. The ranks of officers are listed alphabetically.'), []);
  });

  it('reads who "can use" the model as acting for themselves unless they decide about others', () => {
    assert.deepEqual(ids('Job seekers can use the model to improve their own CV and to rehearse answers to common interview questions.'), []);
    assert.deepEqual(ids('Recruiters can use the model to rank job applicants.'), ['employment']);
    assert.deepEqual(ids('Hospitals can use it to triage patients.'), ['healthcare']);
  });

  it('reads testing a model, an -ing word naming what material is about, and a person\'s actions as no use', () => {
    assert.deepEqual(ids('Collected from primary school homework sheets, and intended for evaluating the reasoning abilities of language models.'), []);
    // The model as the agent of a passive is no object tested.
    assert.deepEqual(ids('Residence-permit renewals are pre-screened by the model, and caseworkers only see the files it refers for refusal.'), ['migration']);
    assert.deepEqual(ids('Translates internal HR policies, employee handbooks and onboarding material into 20 languages.'), []);
    assert.deepEqual(ids('Onboarding new employees and scheduling their first shifts.'), ['employment']);
    assert.deepEqual(ids('Action recognition: classify human actions from live video.'), []);
  });

  it('reads an act whose word first names a thing as that thing after an article ("release the gate")', () => {
    assert.deepEqual(ids('It is meant to compare the face seen at the site turnstile with the whole enrolled staff gallery and release the gate only for a person it finds there.'), ['biometrics']);
    assert.deepEqual(ids('The model will gate job applicants on their test scores.'), ['employment']);
  });

  it('reads the role an alert goes to as who is told, not who is decided about', () => {
    assert.deepEqual(ids('A match above the configured threshold alerts security staff.'), []);
    assert.deepEqual(ids('Alerts managers when a worker falls below target, and ranks the workers for dismissal.'), ['employment']);
  });

  it('reads an AI agent or assistant as a tested thing, and a person in that role as someone decided about', () => {
    assert.deepEqual(ids('The benchmark evaluates whether a B2B sales AI agent respects hiring-signal constraints when drafting outreach emails.'), []);
    assert.deepEqual(ids('The model evaluates whether a call-centre agent keeps to the script and ranks the workers for promotion.'), ['employment']);
  });

  it('reads what models trained on a data set do as its use', () => {
    assert.deepEqual(ids('This dataset of 60k anonymised application files is intended for training models that rank applicants to undergraduate programmes.'), ['education']);
    assert.deepEqual(ids('This dataset of 60k anonymised application files from undergraduate programmes.'), []);
  });

  it('keeps a negation inside its finished subordinate clause, and still reads one in the main clause', () => {
    assert.deepEqual(ids('Arrears spiral when nobody notices, so we predict which tenants will fall two months behind.'), ['housing']);
    assert.deepEqual(ids('When in doubt, never use it to screen tenants.'), []);
    assert.deepEqual(ids('If you are a landlord, do not use it to screen tenants.'), []);
  });

  it('reads an -ing form hyphen-joined to the next word as a modifier ("grading-test images")', () => {
    assert.deepEqual(ids('QWK 0.58 on all 103 IDRiD grading-test images, with Grade-4 recall of 0.9.'), []);
    assert.deepEqual(ids('Grading student essays and assigning final marks.'), ['education']);
  });

  it('reads research in any tense, "nothing" as a negation, and an -ing form after a possessive as a noun', () => {
    assert.deepEqual(ids('This thesis set out to study whether automated underwriting widened approval gaps between racial groups.'), []);
    assert.deepEqual(ids('We compared outcomes for households who received the hardship payment with those who narrowly missed out.'), []);
    assert.deepEqual(ids('Nothing the tool produces is marked or counts toward a grade.'), []);
    assert.deepEqual(ids('We text defendants their hearing time and courtroom the day before.'), []);
    assert.deepEqual(ids('The tool marks exam scripts and counts toward the final grade.'), ['education']);
  });

  it('keeps a negation before a result clause\'s ", so" or in a finished "without" phrase out of the main clause', () => {
    assert.deepEqual(ids("Analysts can't read every tip-off, so we score each person named in intelligence reports for gang involvement."), ['law-enforcement']);
    assert.deepEqual(ids('Hiring managers wanted signal from video interviews without watching hours of tape, so we turn tone of voice and facial expressions into a score that decides who goes through.'), ['biometrics']);
    assert.deepEqual(ids('It must never screen tenants, so landlords keep every decision.'), []);
  });

  it('reads comparing or confirming a face as biometric matching, and an exclusion word inside a compound as no cue', () => {
    assert.deepEqual(ids("Our pipeline compares each fan's live selfie with the photo on their season ticket and opens the gate."), ['biometrics']);
    assert.deepEqual(ids('We built this to spot self-excluded gamblers: the floor cameras compare every guest\'s face to the register.'), ['biometrics']);
    assert.deepEqual(ids('Compares two pension plans side by side.'), []);
  });

  it('reads an exclusion written with non-breaking hyphens as one written with ASCII hyphens', () => {
    assert.deepEqual(ids('Out\u2011of\u2011scope: screening job applicants, scoring tenants.'), []);
    assert.deepEqual(ids('In\u2011scope: screening job applicants.'), ['employment']);
  });

  it('reads sorting faces by a trait as biometric categorisation, not sorting pictures by date', () => {
    assert.deepEqual(ids('Sorts the faces in event photos by estimated age band and ethnicity.'), ['biometrics']);
    assert.deepEqual(ids('Sorts event photos by date and venue.'), []);
  });
  it('reads declining as a consequential act in any domain, and a bare "decline in" as a noun', () => {
    assert.deepEqual(ids('Declines insurance claims automatically when the photos look edited.'), ['insurance']);
    assert.deepEqual(ids('- Declines health-plan applicants, or loads their premiums, when their predicted claim cost is high.'), ['insurance']);
    assert.deepEqual(ids('Tracks cognitive decline in patients with dementia over several years.'), []);
    assert.deepEqual(ids('We measure the decline in pupils\' reading levels over the summer holidays.'), []);
  });
  it('reads a negation typed with a typographic apostrophe, and "won\'t" or "will not", as one typed with a straight one', () => {
    assert.deepEqual(ids('We don\u2019t screen job applicants.'), []);
    assert.deepEqual(ids('Re #88: we won\'t support using the parser to rank or reject candidates.'), []);
    assert.deepEqual(ids('The project will not support suspect identification.'), []);
    assert.deepEqual(ids('We don\u2019t store the CVs; it ranks job applicants for the recruiter.'), ['employment']);
  });

  it('reads a verdict opening the next sentence as one on the use before it, and only such a verdict', () => {
    assert.deepEqual(ids("We've had requests to use the transcription model for triaging emergency calls. That's out of scope and we won't support it."), []);
    assert.deepEqual(ids('Ranks job applicants for the shop. This is not a toy: review its output.'), ['employment']);
    assert.deepEqual(ids('Ranks job applicants for the shop.\n\nThat is out of scope for the parser, which only reads PDFs.'), ['employment']);
  });

  it('reads what a predicting act predicts after it as its object, not as a verdict on the use', () => {
    assert.deepEqual(ids("Auto-generate eviction notices for tenants the arrears model predicts won't catch up within 60 days."), ['housing']);
    assert.deepEqual(ids("Screening tenants is something we won't do."), []);
  });

  it('reads an informing word after a possessive as a noun that governs nothing', () => {
    assert.deepEqual(ids('- ranks known suspects by how closely their writing style matches the messages on a seized phone'), ['law-enforcement']);
    assert.deepEqual(ids('Writes a summary of how closely suspects match the messages.'), []);
  });
  it('knows persuadable voters, underwriters in lending and highlighting as an act', () => {
    assert.deepEqual(ids('Finds the persuadable voters in a marginal ward and writes each of them a tailored message.'), ['justice']);
    assert.deepEqual(ids('Applications scoring below 580 are declined, 580-640 go to a human underwriter, and everything above that is approved.'), ['credit']);
    assert.deepEqual(ids('Highlights the moments where a suspect\'s answers look evasive, so detectives know where to push.'), ['law-enforcement']);
    assert.deepEqual(ids('Highlights the key passages in a long news article.'), []);
  });

  it('reads monitoring someone\'s emotional state as biometric, and emotional support as no use', () => {
    assert.deepEqual(ids('- Assistive emotional monitoring'), ['biometrics']);
    assert.deepEqual(ids('Provides emotional support to people who feel lonely.'), []);
  });

  it('reads digits and handwriting as things, collections alone as no lending word, and overdue accounts as credit', () => {
    assert.deepEqual(ids('Handwritten digit recognition can be used in assistive technologies to help individuals with visual impairments.'), []);
    assert.deepEqual(ids('- finding and using cultural heritage collections'), []);
    assert.deepEqual(ids('Decides which overdue accounts go to collections and which are offered a payment holiday.'), ['credit']);
  });
  it('reads made-up people, counted nouns, terms describing another noun and acts on nothing as no use', () => {
    assert.deepEqual(ids('Students train a network on synthetic fingerprints and compare its output with Gabor filtering.'), []);
    assert.deepEqual(ids('Training machine learning models to identify disease-associated genes.'), []);
    assert.deepEqual(ids('Training machine learning models to identify disease in patients.'), ['healthcare']);
    assert.deepEqual(ids('Compares each visitor\'s fingerprints with the enrolled ones and opens the door.'), ['biometrics']);
    assert.deepEqual(ids('Built from anonymised essays, with the scores given by two human judges per essay.'), []);
    assert.deepEqual(ids('It explains where their money went; it recommends no products and shares nothing with lenders.'), []);
    assert.deepEqual(ids('Our interview agent hands recruiters a hire / no-hire verdict for every candidate.'), ['employment']);
  });

  it('reads data counted by its records, a task treated as a benchmark and an exercise in a use as no use', () => {
    assert.deepEqual(ids('This dataset contains transcripts of 15,000 emergency calls from a fire service training archive.'), []);
    assert.deepEqual(ids('The weights reproduce our paper, which treats judgment prediction as an academic benchmark.'), []);
    assert.deepEqual(ids("Checks the student's working on chlorine dosing calculations."), []);
    assert.deepEqual(ids('Sets chlorine dosing for the town water treatment plant.'), ['critical-infrastructure']);
  });

  it('reads rail signalling as infrastructure, and a waiting list as the housing or care list its words name', () => {
    assert.deepEqual(ids('Downstream use: signalling support on a suburban rail line. The model sets the headway between consecutive trains from track occupancy.'), ['critical-infrastructure']);
    assert.deepEqual(ids('The council uses it to order households on the social housing waiting list.'), ['housing']);
  });
  it('reads a role before its own verb and object as who acts, a written decision as the decision, and data collected to study a topic as research', () => {
    assert.deepEqual(ids('A member of staff reads any statement that the model scores close to the line.'), []);
    assert.deepEqual(ids('Interview copilot that listens to recorded job interviews and writes a hire / no-hire recommendation for the panel.'), ['employment']);
    assert.deepEqual(ids('Writes a summary of the interview for the candidate.'), []);
    assert.deepEqual(ids('Collected to study rent trends and how short-term lets change local housing supply.'), []);
    assert.deepEqual(ids('Helps tenants write a letter to their landlord, quoting the relevant sections of the tenancy law.'), []);
  });

  it('reads an act followed by its object after a list as an act, not as the list\'s last item', () => {
    assert.deepEqual(ids('We read arrears, complaints and repair disputes and tell the housing association which tenancies to start possession proceedings on.'), ['housing']);
    assert.deepEqual(ids('Calculator: enter principal, term and rate to get a repayment table.'), []);
  });
  it('reads matching a person against a watchlist or a list of banned customers as biometric identification', () => {
    assert.deepEqual(ids("Upload a still from your store's CCTV and this Space tells you whether the person matches anyone on your banned-customers list."), ['biometrics']);
    assert.deepEqual(ids('Keeps the list of banned customers up to date for the shop manager.'), []);
    // A thing as the subject of a strong act on people is its means; people as the subject act themselves.
    assert.deepEqual(ids('Fans need no ticket: our cameras recognise them as they approach the turnstile.'), ['biometrics']);
    assert.deepEqual(ids('Our cameras count them as they pass the gate.'), []);
    assert.deepEqual(ids('Our staff recognise them as they approach the turnstile.'), []);
    // The camera that makes it a body's comparison may stand at the clause's far end.
    assert.deepEqual(ids("The solution compares every spectator passing turnstiles 1-48 against the club's list of persons subject to a banning order, using the existing overhead cameras."), ['biometrics']);
    assert.deepEqual(ids("The solution compares every ticket sold at turnstiles 1-48 against the club's list of refunds, using the existing ticket database."), []);
  });
  it('reads a bare "It can\'t" answering the sentence before as a verdict on its use, and only such an answer', () => {
    assert.deepEqual(ids("People keep asking whether this can route emergency calls to ambulances. It can't, and it shouldn't."), []);
    assert.deepEqual(ids('Routes emergency calls to the nearest ambulance. It cannot be undone by the caller.'), ['essential-public-services']);
  });

  it('reads a figure of a task, research pipelines and an infinitive with its own subject as no use of the release', () => {
    assert.deepEqual(ids('Face verification accuracy on LFW and IJB-C in Table 3 is copied from the original papers.'), []);
    assert.deepEqual(ids('Segments cell nuclei in histology slides for research pipelines.'), []);
    assert.deepEqual(ids('Translates crime-prevention leaflets into 14 languages for neighbourhood officers to hand out.'), []);
    assert.deepEqual(ids('Writes tailored messages to sway undecided voters.'), ['justice']);
  });

  it('reads an officer alone as a weak word, and a witness interview as policing', () => {
    assert.deepEqual(ids('Households flagged by the model are visited by a fraud officer, and their benefit payments are suspended pending review.'), ['essential-public-services']);
    assert.deepEqual(ids('Tags statements in a recorded witness interview that the model judges to be lies.'), ['law-enforcement']);
  });
  it('reads a question reported right before a use as asking, not stating it', () => {
    assert.deepEqual(ids('People keep asking whether this can route emergency calls to ambulances.'), []);
    assert.deepEqual(ids('We wonder if it could triage emergency calls for the county.'), []);
    assert.deepEqual(ids('The bot asks whether the role is remote and then rejects job applicants outside the region.'), ['employment']);
  });

  it('reads a compound that names the form it checks before its hyphen as acting on that form', () => {
    assert.deepEqual(ids('Spell-checks your résumé and reformats it into a clean one-page PDF.'), []);
    assert.deepEqual(ids('Pre-screens job applicants before the first interview.'), ['employment']);
  });
  it('reads the reader told about their own affairs as choosing for themselves', () => {
    assert.deepEqual(ids('A pharmacy bot that tells you the opening hours and whether your prescription is ready to collect.'), []);
    assert.deepEqual(ids('The app tells you which applicants you should shortlist.'), ['employment']);
    assert.deepEqual(ids('Tells patients whether their scan needs a specialist review.'), ['healthcare']);
  });
  it('reads a sentence about "your own" affairs as the reader handling them, unless what is their own is people or a deployer\'s materials', () => {
    assert.deepEqual(ids('Watches the consulate booking page and pings you when a visa appointment slot opens for your own application.'), []);
    assert.deepEqual(ids('Watches the consulate booking page and pings you when a visa appointment slot opens for an application.'), ['migration']);
    assert.deepEqual(ids('Use it to triage your own patients.'), ['healthcare']);
    assert.deepEqual(ids('Fine-tune it on your own data to screen job applicants.'), ['employment']);
  });
  it('reads shortened negated modals as negations', () => {
    assert.deepEqual(ids("Landlords shouldn't use it to vet or choose tenants."), []);
    assert.deepEqual(ids('It shouldn\u2019t be used to diagnose or to choose treatments.'), []);
    assert.deepEqual(ids("Landlords use it to vet tenants, and they mustn't skip the manual check."), ['housing']);
  });
  it("places a generic catalogue phrase in the one domain its clause's own terms name", () => {
    assert.deepEqual(ids('Ranks applicants to the sixth-form college from their personal statements and predicted grades.'), ['education']);
    assert.deepEqual(ids('Ranks applicants for the graduate scheme.'), ['employment']);
    // Without a strong term, weaker ones place it, when they name one domain only.
    assert.deepEqual(ids('Ranks applicants to the selective programme from their transcripts.'), ['education']);
    assert.deepEqual(ids('Ranks applicants for the open position from their transcripts.'), ['employment']);
  });
  it('reads settling claims as an insurance act', () => {
    assert.deepEqual(ids('Claims under 1,500 pounds are settled automatically at the estimated repair cost.'), ['insurance']);
    assert.deepEqual(ids('The parties settled the claim out of court.'), []);
  });
  it('reads a bare act opening a noun phrase with a role noun as the role, not as an act', () => {
    assert.deepEqual(ids('Intended users are clinical administrators and triage staff.'), []);
    assert.deepEqual(ids('Screen staff for burnout risk before the rota is set.'), ['employment']);
  });
  it('reads a verdict after a colon on the list it closes, and "Outside scope:" as an exclusion', () => {
    assert.deepEqual(ids('Tenant screening, rent setting, eviction prediction: all outside the scope of this model.'), []);
    assert.deepEqual(ids('OCR for scanned claim forms. Outside scope: approving, denying or pricing any claim.'), []);
    assert.deepEqual(ids('Tenant screening: the model scores each applicant for the letting agent.'), ['housing']);
  });
  it('reads made-up and past records named by a use\'s words as records, not a use', () => {
    assert.deepEqual(ids('Adds synthetic loan applications as fixtures for the amortisation unit tests.'), []);
    assert.deepEqual(ids('200,000 synthetic personal-loan applications generated from a Bayesian network.'), []);
    assert.deepEqual(ids('Scores synthetic and real loan applications for the bank.'), ['credit']);
    assert.deepEqual(ids('Speech-to-text for archived emergency calls, used to build transcripts for dispatcher training.'), []);
    assert.deepEqual(ids('Finds anomalies in historical SCADA logs for after-the-fact forensic review.'), []);
    assert.deepEqual(ids('Routes emergency calls to the nearest ambulance.'), ['essential-public-services']);
  });
  it('reads a decision said to stay with people as who decides, not as a use', () => {
    assert.deepEqual(ids('Parses résumés into JSON for the archive; every hiring decision stays with a person.'), []);
    assert.deepEqual(ids('Ranks candidates for the hiring manager, and the final decision stays with a person.'), ['employment']);
  });
  it('reads a competition named after a use\'s words as where data came from, and number-plate recognition as no biometrics', () => {
    assert.deepEqual(ids('Student essays with two human scores each, gathered from a public essay-scoring competition.'), []);
    assert.deepEqual(ids('Our number-plate recognition system on 30 road cameras alerts the nearest patrol car when a plate matches the watch list.'), ['law-enforcement']);
  });
  it('reads grade point averages and graduate programmes as education, term cover and life underwriting as insurance', () => {
    assert.deepEqual(ids('Get every applicant ranked by predicted program completion and first-year GPA, with a suggested admit / waitlist / reject cut-off.'), ['education']);
    assert.deepEqual(ids("Our life underwriting team uses the model's mortality estimate to accept, rate up or decline applicants for term cover."), ['insurance']);
  });
  it('reads who a release is for, as the subject of an infinitive, as doing its act rather than being decided about', () => {
    assert.deepEqual(ids('Decision support for care-management teams to prioritize post-discharge follow-up of patients.'), ['healthcare']);
    assert.deepEqual(ids('Used by the court to decide which cases are sent to mediation.'), ['justice']);
  });
  it('reads a role noun right after a subject pronoun as its verb', () => {
    assert.deepEqual(ids('Reads visa interview transcripts and flags the answers it judges evasive.'), ['migration']);
    assert.deepEqual(ids('Sorts the files the judges must read first.'), ['justice']);
  });
  it('reads "not tested for" and a refusal by the authors as exclusions', () => {
    assert.deepEqual(ids('Not tested for tenant screening decisions.'), []);
    assert.deepEqual(ids('We refuse to license it for grading exams.'), []);
    assert.deepEqual(ids('Tested in two letting agencies, where it now screens tenants for every flat.'), ['housing']);
  });
  it('reads a domain named as the vocabulary a model knows as a topic, not a use', () => {
    assert.deepEqual(ids('It knows the terminology of insurance underwriting well.'), []);
    assert.deepEqual(ids('It does insurance underwriting for the broker.'), ['insurance']);
  });
  it('reads a yes-or-no said about a case as a decision', () => {
    assert.deepEqual(ids('The model says yes or no on each mortgage application.'), ['credit']);
    assert.deepEqual(ids('The chatbot says yes or no to trivia questions.'), []);
  });
  it('reads judges compared against annotations as a test of the model, not a use', () => {
    assert.deepEqual(ids('Useful for building automatic judges against radiologist annotations.'), []);
  });
  it('gives a tie between two uses to the domain the sentence names more often', () => {
    assert.deepEqual(ids('Take a photo of the skin lesion and receive a melanoma or benign verdict with a confidence score.'), ['healthcare']);
    assert.deepEqual(ids('The court receives a guilty or not guilty verdict with a confidence score.'), ['justice']);
  });
  it('reads a shopper as a person, not as biometric evidence', () => {
    assert.deepEqual(ids('At the pay-later checkout the model decides whether a shopper gets the loan.'), ['credit']);
    assert.deepEqual(ids('Estimates a shopper\'s age from a camera frame before alcohol is sold.'), ['biometrics']);
  });
  it('reads each cell of a table row as a clause of its own', () => {
    assert.deepEqual(ids('| Readmission | Binary | 11:59pm on day of admission | Admission duration |'), []);
    assert.deepEqual(ids('| Use case | Screens job applicants\' CVs for the recruiter |'), ['employment']);
  });
  it('reads "customs" as the border service, not as the plural of "custom"', () => {
    assert.deepEqual(ids('Custom split into new environments to evaluate out-of-distribution transfer.'), []);
    assert.deepEqual(ids('Flags shipping containers for customs officers to search.'), ['law-enforcement']);
  });
  it('reads policing and theft as law enforcement', () => {
    assert.deepEqual(ids('A predictive model to guide allocation of policing resources to combat theft cases.'), ['law-enforcement']);
    assert.deepEqual(ids('Community policing newsletter summariser.'), []);
  });
  it('reads an act people do themselves, without the release, as no use of it', () => {
    assert.deepEqual(ids('The model drafts a rental ad. Landlords still choose their tenants themselves.'), []);
    assert.deepEqual(ids('Students revising for exams can grade themselves with the practice quiz.'), []);
    assert.deepEqual(ids('The model chooses tenants for each flat from the applications.'), ['housing']);
    assert.deepEqual(ids('Flags patients at risk of harming themselves for a clinician to call.'), ['healthcare']);
  });
  it('reads personal data found in records as text units, a term naming the role that acts as its subject, and a term before a figure as what is counted', () => {
    assert.deepEqual(ids('A fine-tuned model for detecting and removing Protected Health Information (PHI) from clinical notes.'), []);
    assert.deepEqual(ids('Detects patients with sepsis from clinical notes.'), ['healthcare']);
    assert.deepEqual(ids('Intended users: care-coordination teams and admissions reviewers assessing methodology.'), []);
    assert.deepEqual(ids('The admissions tool ranks applicants.'), ['education']);
    assert.deepEqual(ids('Anomaly detection: identify unusual admission spikes in the ward.'), []);
    assert.deepEqual(ids('Predicts each member\'s hospital costs in order to set group health plan rates.'), ['insurance']);
  });
  it('reads a verdict on a person or a case as an act, second to an act proper', () => {
    assert.deepEqual(ids('Analyses the dialect in an asylum seeker\'s interview recording and reports how plausible their claimed country of origin is.'), ['migration']);
    assert.deepEqual(ids('Used to assess whether a witness is being truthful, from the audio of their police interview.'), ['law-enforcement']);
    assert.deepEqual(ids('A plausible story generator for a game about asylum seekers.'), []);
  });
  it('places words many domains share by a strong term of their sentence', () => {
    assert.deepEqual(ids('From recorded asylum interviews, caseworkers decide whether the applicant\'s account is credible.'), ['migration']);
    assert.deepEqual(ids('Caseworkers decide whether the applicant\'s account is credible.').includes('migration'), false);
  });
  it('reads bias detection in a technology as an audit of it, not a use', () => {
    assert.deepEqual(ids('Bias detection in other speech applications such as speaker recognition.'), []);
    assert.deepEqual(ids('Speaker recognition for call-centre logins.'), ['biometrics']);
  });
  it('reads a contract that bars a use as excluding it', () => {
    assert.deepEqual(ids('It drafts job-ad copy only. The contract bars using it to rank applicants or inform dismissals.'), []);
    assert.deepEqual(ids('It ranks applicants for the recruiter; see the bar chart for the score distribution.'), ['employment']);
  });
  it('reads human or expert judgement as an opinion, not a court judgment', () => {
    assert.deepEqual(ids('We compare model scores to human expert judgment on 40 tasks.'), []);
    assert.deepEqual(ids('Drafts the judgment in each small-claims case for the court.'), ['justice']);
  });
  it('reads what tickets or complaints are about as their topic, and the document a text\'s units are found in as no one decided about', () => {
    assert.deepEqual(ids('Sorts the bank\'s incoming support tickets about loans into 12 topics.'), []);
    assert.deepEqual(ids('Sorts the incoming loan applications into approve and decline.'), ['credit']);
    assert.deepEqual(ids('Identifying relevant named entities in an Indian legal judgement.'), []);
    assert.deepEqual(ids('Extracts the sentencing clauses from court judgments and decides the sentence length.'), ['justice']);
  });
});

describe('detectUses: where a clause stands and what its words are', () => {
  it('reads a judgement set against a line as sorting whom it names, not as describing them', () => {
    assert.deepEqual(ids('Tenants predicted below 0.3 are refused a lease.'), ['housing']);
    assert.deepEqual(ids('Patients diagnosed with sepsis in 2019 were studied.'), []);
  });
  it('reads a word domains share as what its paragraph names by other strong terms', () => {
    assert.deepEqual(ids('Reads each motor-insurance claim and its photos. Claims above 0.7 are suspended for review.'), ['insurance']);
    assert.deepEqual(ids('Claims above 0.7 are suspended until the claimant sends evidence of their benefit entitlement.'), ['essential-public-services']);
    assert.deepEqual(ids("For our credit union's car loans, anything under $10k is approved without an underwriter looking at it."), ['credit']);
    assert.deepEqual(ids('Anything under $10k is approved without an underwriter looking at it.'), ['insurance']);
  });
  it('reads the word after an article and a participle as a noun', () => {
    assert.deepEqual(ids('Compares each listing with the advertised rent.'), []);
    assert.deepEqual(ids('Sets the rent for each tenant.'), ['housing']);
  });
  it('reads a negated act joined by "and" as a second act, not a verdict on the first', () => {
    assert.deepEqual(ids('Shall calculate an affordability score for each prospective tenant, and shall not forward any applicant below the rent.'), ['housing']);
    assert.deepEqual(ids('Ranks job applicants, and must not be used for hiring.'), []);
  });
  it('reads a negated modal inside a relative clause as describing its noun', () => {
    assert.deepEqual(ids('Recognises returning customers by voice, and callers it cannot place are sent to security questions.'), ['biometrics']);
    assert.deepEqual(ids('Recognises returning customers by voice, and it must not be used for that.'), []);
  });
  it('reads an -s form ending its clause after a term as a compound noun', () => {
    assert.deepEqual(uses('Trained to predict final grades from attendance and exam scores.').map((u) => u.evidence?.[0]), ['predict']);
    assert.deepEqual(ids('Scores exam answers.'), ['education']);
  });
  it('reads a term opening the clause as the subject of its verb, not whom the verb acts on', () => {
    assert.deepEqual(ids('This thesis evaluates machine translation for insurers.'), []);
    assert.deepEqual(ids('Abstract - This thesis evaluates machine translation for insurers.'), []);
    assert.deepEqual(ids('It evaluates each thesis for plagiarism.'), ['education']);
  });
  it('reads an enabling verb before a person with modifiers as enabling them', () => {
    assert.deepEqual(ids('Lets older social-housing tenants report repairs by phone.'), []);
    assert.deepEqual(ids('Lets landlords reject tenants with rent arrears.'), ['housing']);
  });
  it('reads an act\'s word before the noun of a place or a plan as naming it', () => {
    assert.deepEqual(ids('Summarises the alarm log from the water control room.'), []);
    assert.deepEqual(ids('Members asked HR for a recruitment plan.'), []);
    assert.deepEqual(ids('Controls the water treatment pumps.'), ['critical-infrastructure']);
  });
  it('reads a noun of action after a role as a compound with it, not the role\'s verb', () => {
    assert.deepEqual(ids('GP referrals the classifier tags routine go back to the practice.'), ['healthcare']);
    assert.deepEqual(ids('A member of staff reads any statement that the model scores.'), []);
  });
  it('reads a face checked against a list as a biometric match, and a check named by a term as a noun', () => {
    assert.deepEqual(ids("The camera checks the driver's face against our list of past drive-offs."), ['biometrics']);
    assert.deepEqual(ids('The liveness check is a weekend toy and a printed photo fools it.'), []);
    assert.deepEqual(ids('The study compares image-quality scores for fingerprint scans across sensors.'), []);
  });
  it('reads a cut-off opening its sentence, before a clause of its own, as cutting what the sentence or its topic names', () => {
    assert.deepEqual(ids('Hourly sepsis risk for ICU patients from vitals and labs. Above 0.7 the nurse is prompted to start the sepsis bundle.'), ['healthcare']);
    assert.deepEqual(ids('Hourly sepsis risk for ICU patients from vitals and labs. Above 0.7, the nurse is prompted to start the sepsis bundle.'), ['healthcare']);
    // A result above a figure is no cut-off.
    assert.deepEqual(ids('The sepsis model was validated on ICU data from two hospitals. Above 0.7 AUC on both.'), []);
  });

  it('reads a decimal or a percentage past a line as a score cut-off, and an addition to a list as a placement', () => {
    assert.deepEqual(ids('Runs the safeguarding model over the children\'s services records. Families above 0.65 are added to the social worker\'s visit list.'), ['essential-public-services']);
    assert.deepEqual(ids('Patients over 65 are added to the study.'), []);
  });
  it('reads a construction on shared weak words alone as set where its paragraph is', () => {
    assert.deepEqual(ids('Offers the strongest students a place; everyone else is put on the waiting list.'), ['education']);
    assert.deepEqual(ids('Everyone else is put on the waiting list for social housing.'), ['housing']);
  });
  it('sets aside weak words alone in a paragraph that names only other domains strongly', () => {
    assert.deepEqual(ids('Alerts are shown on the sepsis ward. Policies are designed to balance signal detection with workflow constraints.'), ['healthcare']);
    assert.deepEqual(ids('Designed to balance signal detection at the substation.'), ['critical-infrastructure']);
  });
  it('reads a verb of handing over as no term its paragraph names: "returns" of a result is not forced returns', () => {
    assert.deepEqual(ids("In our lending flow it reads the applicant's statements and returns APPROVE or DECLINE."), ['credit']);
    // Near miss: "the returns", a noun, still names its domain, and the applicant is no longer only a borrower.
    assert.deepEqual(ids("In our lending flow it reads the applicant's statements and the returns."), []);
  });
  it('reads a snake_case label before its colon as the words it joins, and a field name in a sentence as one word', () => {
    assert.deepEqual(ids('intended_use: camera filters stay aligned in the live preview\nprohibited_uses: working out who a person is, comparing faces across photos'), []);
    assert.deepEqual(ids('Each record has the fields patient_age_band, icd10_codes, length_of_stay and discharge_disposition.'), []);
    assert.deepEqual(ids('intended_use: identifies people from their faces in CCTV footage'), ['biometrics']);
  });
  it('reads a use inside a question reported at length as asked, not stated', () => {
    assert.deepEqual(ids('To ask the Secretary of State for Transport whether any system that identifies passengers by their faces is in use at stations.'), []);
    assert.deepEqual(ids('The system identifies passengers by their faces at the gates.'), ['biometrics']);
  });
  it('reads an act whose passive agent is a decision maker or an official as done by people', () => {
    assert.deepEqual(ids('Entitlement to the benefit is decided by DWP decision makers.'), []);
    assert.deepEqual(ids('Entitlement to the benefit is decided by the model.'), ['essential-public-services']);
  });
  it('reads a plural noun of action before a policy as the policy\'s name', () => {
    assert.deepEqual(ids('Homes are let under the published allocations policy.'), []);
  });
  it('reads the people a use is about, as the subject of an active verb, as acting themselves', () => {
    assert.deepEqual(ids('From next week, patients can order their meals by speaking to the bedside tablet.'), []);
    assert.deepEqual(ids('In groups, pupils decide which questions to ask the witness.'), []);
    assert.deepEqual(ids('Hospitals can triage patients with it.'), ['healthcare']);
    assert.deepEqual(ids('Ambulance dispatch: chooses which crew to send to each incident.'), ['essential-public-services']);
  });
  it('places a word courts and police share where its paragraph is', () => {
    assert.deepEqual(ids('Our sentencing product is used by Crown Court judges. It places the offence in a guideline category and proposes a starting point for the sentence.'), ['justice']);
    assert.deepEqual(ids('Every Sunday the batch scores each tenancy in arrears; the case then moves to serving notice on the tenants.'), ['housing']);
  });
  it('reads a placement into a risk category as a decision about who is placed, and a group of a size as none', () => {
    assert.deepEqual(ids('It places the suspect in the high-risk group.'), ['law-enforcement']);
    assert.deepEqual(ids('The fraud-risk tool put his benefit claim in the "high" category and sent it for full review.'), ['essential-public-services']);
    assert.deepEqual(ids('Patients are put into groups of four for the exercise class.'), []);
  });
  it('reads a review left to people named in "for ... to" as theirs, and the release\'s own act before it as its use', () => {
    assert.deepEqual(ids('Produces draft transcripts of recorded witness interviews for officers to check and correct.'), []);
    assert.deepEqual(ids('Flags risky insurance claims for the fraud team to review.'), ['insurance']);
    assert.deepEqual(ids('Intended for use by radiologists to detect lung nodules on CT scans.'), ['healthcare']);
  });
  it('reads a finding a study estimates as what it found, and an act rehearsed or made up as none', () => {
    assert.deepEqual(ids("Using 1.8 million transaction histories, we estimate that a customer's first use of a BNPL service is followed by a fall in overdraft use."), []);
    assert.deepEqual(ids('The model estimates that a borrower will default on the loan and declines the application.'), ['credit']);
    assert.deepEqual(ids('Students applying for apprenticeships can practise interviews with a chatbot that plays the interviewer.'), []);
    assert.deepEqual(ids('Interviews job applicants by video and ranks them for the hiring manager.'), ['employment']);
  });
  it('reads a list of outcomes after a colon as handed over by the verb before it', () => {
    assert.deepEqual(ids("Given a defendant's record and the current charge, outputs a recommendation for the first appearance: release, release with conditions, or detain."), ['justice']);
    assert.deepEqual(ids('The linter outputs one line per file checked: pass, fail or skip.'), []);
    // A result named "of" its values is handed over the same way; one about things is no decision about anyone.
    assert.deepEqual(ids("For each rental application the product analyses the applicant's bank statements and returns an affordability result of Pass or Fail to the letting agent."), ['housing']);
    assert.deepEqual(ids('The API returns a test result of pass or fail for each unit test in the suite.'), []);
  });
  it('reads outcomes parted by "|", as API docs write them, as one list, and a table row\'s cells or levels as no list', () => {
    assert.deepEqual(ids('Returns `result` (`PASS` | `FAIL`) for each tenancy application.'), ['housing']);
    assert.deepEqual(ids('Returns APPROVE | DECLINE | REFER for each loan application.'), ['credit']);
    assert.deepEqual(ids('Returns `result` (`PASS` | `FAIL`) for each unit test in the suite.'), []);
    assert.deepEqual(ids('| `PASS` | `FAIL` | tenancy application |'), []);
    assert.deepEqual(ids('Returns `band` (`LOW` | `HIGH`) for each tenancy application.'), []);
  });
  it('reads people put on a plan or a regime a domain names as placed, and things put on a face as not', () => {
    assert.deepEqual(ids('Workers with low scores are placed on a performance improvement plan.'), ['employment']);
    assert.deepEqual(ids('A face-landmark model for putting cartoon ears and sunglasses on selfies in our photo app.'), []);
    assert.deepEqual(ids('The tool puts the performance improvement plan template on the shared drive.'), []);
  });
  it('reads putting people in order as ranking them, and "in order to" or "in order for ... to" as a purpose', () => {
    assert.deepEqual(ids("It is fine-tuned on a housing authority's waiting list to put applicants in order for social housing."), ['housing']);
    assert.deepEqual(ids('Staff put social housing applicants in order for the panel to review their files.'), []);
  });
  it('reads a profession paged by a score\'s cut-off as where the decision is made, and security staff as only told', () => {
    assert.deepEqual(ids('A score above 0.7 pages the rapid-response nurse.'), ['healthcare']);
    assert.deepEqual(ids('A match above the threshold unlocks the door or alerts security staff.'), []);
    assert.deepEqual(ids('When the pump battery is low it pages the ward nurse.'), []);
  });
  it('reads what an output changes as decided when it is a strong term at the head of the object', () => {
    assert.deepEqual(ids('Its output multiplies the base motor premium at every renewal.'), ['insurance']);
    assert.deepEqual(ids("Its output changes the colour of the patient's chart tab."), []);
  });
  it('reads a search by people who decide nothing as theirs, and one by a role that decides as a use', () => {
    assert.deepEqual(ids('Searches the public list of court hearings so that journalists can find cases by date, court and party name.'), []);
    assert.deepEqual(ids('So that caseworkers can find families who qualify for housing benefit.'), ['essential-public-services']);
  });
  it('reads a medical exam as a check of health, not an exam of learning', () => {
    assert.deepEqual(ids('With a life insurer, the model was applied at underwriting to decide which applicants could skip the medical exam.'), ['insurance']);
    assert.deepEqual(ids('Decides which pupils sit the higher-tier maths exam.'), ['education']);
  });
  it('reads a case study as a deployment, not the topic of a study', () => {
    assert.deepEqual(ids('Case study: a police department has relied on it to order burglary reports by how likely they are to be solved.'), ['law-enforcement']);
    assert.deepEqual(ids('A study of how police departments order burglary reports by solvability.'), []);
  });
  it('reads "Audit:" opening what an audit found as the audited system at work, and an audit of a topic as a topic', () => {
    assert.deepEqual(ids('Audit: the border system sends arriving passengers to secondary inspection on the basis of a risk score.'), ['migration']);
    assert.deepEqual(ids('An audit of how border systems send arriving passengers to secondary inspection.'), []);
  });
  it("reads a report's period title as naming what it reports, not as an act on the people after it", () => {
    assert.deepEqual(ids('Q1 monitoring: the HR helpdesk assistant answered 9,300 staff questions about leave and payslips.'), []);
    assert.deepEqual(ids('Monthly review: the repairs assistant that helps tenants book a visit handled 6,100 reports.'), []);
    // A title that names what it acts on keeps its use, and an act after the colon is one.
    assert.deepEqual(ids('Q1 monitoring of staff: the helpdesk assistant answered 9,300 questions.'), ['employment']);
    assert.deepEqual(ids('Q1 monitoring: the model ranks job applicants for the recruiters.'), ['employment']);
  });
  it('reads a feature switched off or taken out as a use ended, and people taken off a list as acted on', () => {
    assert.deepEqual(ids('Corrective action: the tenant risk score is removed from the letting process.'), []);
    assert.deepEqual(ids('Automatic face matching at the staff entrance is switched off from 1 July.'), []);
    assert.deepEqual(ids('Tenants are removed from the priority list when the model scores their arrears as high.'), ['housing']);
    assert.deepEqual(ids('The tool ranks tenants for the letting team; the old spreadsheet is removed.'), ['housing']);
  });
  it("reads a past act right after software, or joined to the release's own past act, as the release's", () => {
    assert.deepEqual(ids('The signature-checking software rejected 4,300 postal ballots in the county.'), ['justice']);
    assert.deepEqual(ids('The photo model marked 1,140 motor insurance claims as likely fraud and declined them automatically.'), ['insurance']);
    // A participle describing whom the data is about, and "it" for someone named before, are not.
    assert.deepEqual(ids('Holds the records of postal ballots rejected in 2019.'), []);
    assert.deepEqual(ids('The regulator fined a supermarket chain because it scanned the faces of all customers and compared them with a list of banned persons.'), []);
  });
  it('reads the release kept from a system as no act, and people kept from something as acted on', () => {
    assert.deepEqual(ids('Assistant for mortgage servicing. It is technically blocked from the underwriting system.'), []);
    assert.deepEqual(ids('The model blocked 300 mortgage applications last week.'), ['credit']);
    assert.deepEqual(ids('Applicants are blocked from the mortgage scheme when the model flags them.'), ['credit']);
  });
  it('reads a sentence whose subject is the release with what the sentence before it named', () => {
    const before = 'This notebook is a cleaned-up copy of the model that we run in production at a mid-size gas distributor.';
    assert.deepEqual(ids(`${before} Every Monday it decides which 5% of steel service lines the crews dig up.`), ['critical-infrastructure']);
    // Only the release as subject: what someone else does is theirs; nor does where the data came from lend its words.
    assert.deepEqual(ids(`${before} Every Monday the crews decide which lines to dig up.`), []);
    assert.deepEqual(ids('The notes were collected over ten years from patients at three hospital trusts in the north. It predicts the next token.'), []);
  });
  it('reads an irregular participle as its verb ("has chosen which homeless households")', () => {
    assert.deepEqual(ids('Since January the placement tool has chosen which homeless households are offered rooms outside the borough.'), ['housing']);
  });
  it('reads a sentence whose subject is the release only when nothing but a phrase of time stands before it', () => {
    assert.deepEqual(ids("StudyBuddy reads a student's own coursework deadlines and builds a revision plan. Judges noted that it shares nothing with teachers."), []);
  });
  it('reads a search in a clause about computing as a computing search', () => {
    assert.deepEqual(ids('Hyperparameters were chosen by grid search over learning rate and weight decay.'), []);
  });
  it('reads a role that decides, after "until" and before a verb of its own, as the check that ends the act', () => {
    assert.deepEqual([...new Set(ids('Flags home contents claims that look staged; flagged claims are frozen until an investigator clears them.'))], ['insurance']);
    assert.deepEqual(ids('Flags suspects for the investigator.'), ['law-enforcement']);
  });
  it('reads "found" with a clause after it as a finding reported, and "finds" with people as its object as a use', () => {
    assert.deepEqual(ids('We went through ten years of arrest records and found that most night-time searches turned up nothing.'), []);
    assert.deepEqual(ids('We went through ten years of arrest records and found people searched at night were rarely charged.'), []);
    assert.deepEqual(ids('They found that essay-marking engines gave lower grades to non-native speakers.'), []);
    assert.deepEqual(ids('Finds suspects who were seen near the scene in the CCTV footage.'), ['law-enforcement']);
  });
  it('reads an act on a piece of software as deciding about no one', () => {
    assert.deepEqual(ids('The regulator approved the chatbot only for questions about polling station hours.'), []);
    assert.deepEqual(ids('Approves or refuses loan applications.'), ['credit']);
  });
  it('reads a verb of telling with "how" or "where" as directions, and one with a verdict as a choice passed on', () => {
    assert.deepEqual(ids('A kiosk that tells patients how to reach the outpatient clinic and the pharmacy.'), []);
    assert.deepEqual(ids('Tells the triage nurse which patients should be seen first.'), ['healthcare']);
  });
  it('reads an act named before a suite or a script as naming a tool', () => {
    assert.deepEqual(ids('Adds 9,000 graded exam essays to the assessment suite.'), []);
    assert.deepEqual(ids('Grades exam essays.'), ['education']);
  });
  it('reads a release that runs a thing a domain decides about as controlling it', () => {
    assert.deepEqual(ids('The controller now runs the water treatment plant overnight.'), ['critical-infrastructure']);
    assert.deepEqual(ids('We run the model on smart meter readings.'), []);
  });
  it('reads what could be repurposed to do as a risk named, not a use', () => {
    assert.deepEqual(ids('The translation app could be repurposed to judge whether an asylum seeker is telling the truth.'), []);
  });
  it('reads a state of mind said of people whose face or voice the clause names as read from them', () => {
    assert.deepEqual(ids("The kiosk camera reads each passenger's face and tags them nervous or calm for the security desk."), ['biometrics']);
    assert.deepEqual(ids('Tags product reviews as angry or calm for the support desk.'), []);
    assert.deepEqual(ids('Generates cartoon faces that look happy, sad or angry.'), []);
  });
  it('reads enrolment as biometric where its paragraph names biometrics, and as a school\'s elsewhere', () => {
    assert.deepEqual(ids('Voiceprint matcher notes: each week we retrain it on new enrolments and chase down false matches.'), ['biometrics']);
    assert.deepEqual(ids('Predicts which applicants complete enrolment at the university.'), ['education']);
  });

  it('reads a past participle after the release as its past act, and after a noun it describes as describing it', () => {
    assert.deepEqual(ids('For 11 days the claims triage model rejected travel insurance claims for cancelled flights.'), ['insurance']);
    assert.deepEqual(ids('We studied rejected travel insurance claims from 2019.'), []);
  });

  it('reads "reads" as a weak act of policing: it needs a strong term', () => {
    assert.deepEqual(ids('Our model decides when the gates go down. It reads tide gauges and river flow every ten minutes.'), []);
    assert.deepEqual(ids('The camera reads number plates and alerts officers to stolen cars.'), ['law-enforcement']);
  });

  it('reads an act done by the release a few words after "by" as its own, and one done by the reader\'s system as theirs', () => {
    assert.deepEqual(ids('Cracked-screen claims are now settled by the photo model.'), ['insurance']);
    assert.deepEqual(ids('Render a payslip PDF from payroll fields already computed by your HR system.'), []);
  });

  it('reads the people of a coming day, forecast, as a volume, and a forecast about each person as a use', () => {
    assert.deepEqual(ids("Every morning we forecast tomorrow's patients per ward from planned admissions and discharges."), []);
    assert.deepEqual(ids('Predicts which patients will deteriorate tomorrow.'), ['healthcare']);
  });

  it('reads "in the order" another names as a sequence, and one set by the model as its ranking', () => {
    assert.deepEqual(ids('Merges the PDFs for a court hearing into one bundle in the order the practice direction requires.'), []);
    assert.deepEqual(ids("Social-housing vacancies are offered to waiting-list households in the order set by the model's assessment of need."), ['housing']);
  });

  it('reads what a study asked people about as its topic, whoever stands between the verb and "about"', () => {
    assert.deepEqual(ids('Over a year we interviewed 60 exam markers about what changed when marking moved on screen.'), []);
    assert.deepEqual(ids('We asked recruiters about the model, which ranks job applicants for them.'), ['employment']);
  });

  it('reads a month before a day as a date, a crossing as a border one only where the clause says so, and card defaults as credit', () => {
    assert.deepEqual(ids('[Apr. 10, 2018] Evaluation results were updated.'), []);
    assert.deepEqual(ids('Shows the APR and decides the loan amount for each borrower.'), ['credit']);
    assert.deepEqual(ids('Detection at Crossings: the detector finds pedestrians at crossings.'), []);
    assert.deepEqual(ids('Forecasts irregular crossings on each border sector and recommends where to deploy patrols.'), ['migration']);
    assert.deepEqual(ids('This model predicts credit card defaults from payment history.'), ['credit']);
  });

  it('reads an -ing form after a term and a modifier as the act, not as the end of a longer term', () => {
    assert.deepEqual(ids('Primary predictive model for credit risk scoring.'), ['credit']);
    assert.deepEqual(ids('Flags CT head scans with a bleed for the radiologist.'), ['healthcare']);
  });

  it('reads an outcome given by people as theirs, and one given by the release as its own', () => {
    assert.deepEqual(ids('Photographed answers to maths questions, with a LaTeX transcription and the mark given by two examiners.'), []);
    assert.deepEqual(ids('The mark given by the model goes onto the pupil\'s report.'), ['education']);
  });

  it('reads a plural a count or "use" opens as a noun, and a year before a clause as no count', () => {
    assert.deepEqual(ids('Anonymised first-instance decisions on 52,000 unemployment benefit sanctions, released by the ministry.'), []);
    assert.deepEqual(ids('Most states let car and home insurers use credit-based insurance scores when pricing policies.'), []);
    assert.deepEqual(ids('The model uses insurance scores to price each home policy.'), ['insurance']);
    assert.deepEqual(ids('Deployed at the gas compression station since March 2024, where it trips the compressor train when vibration crosses the shutdown threshold.'), ['critical-infrastructure']);
  });

  it('reads care before birth and at birth, jury service and mobile networks in their domains', () => {
    assert.deepEqual(ids('The model scores time-lapse videos of embryos and ranks them by predicted chance of implantation.'), ['healthcare']);
    assert.deepEqual(ids('This tool reads each jury summons reply and grants or refuses the request to be excused.'), ['justice']);
    assert.deepEqual(ids('The agent switches mobile network cells on and off by itself at 4,300 sites.'), ['critical-infrastructure']);
  });

  it('reads a compound term as a whole, not by the word inside it that another domain uses', () => {
    assert.deepEqual(ids('A model scores each new workers\' compensation claim for complexity.'), ['insurance']);
    assert.deepEqual(ids('Decides which customers get a 12-month payment plan for their phone.'), ['credit']);
    assert.deepEqual(ids('Decides which staff get their maternity leave approved.'), ['employment']);
  });

  it('reads a thing named by its act as that act on the term it ends or the term after "of" or "for"', () => {
    assert.deepEqual(ids('This is an implementation of the face recognizer described in the paper.'), ['biometrics']);
    assert.deepEqual(ids('An essay grader for secondary school teachers.'), ['education']);
    assert.deepEqual(ids('A grader for student essays.'), ['education']);
    // Its object is what names it: a speech recogniser recognises speech, whatever else the sentence names.
    assert.deepEqual(ids('Our team spent years building actuarial models at a health insurer; this project is an unrelated speech recogniser for podcasts.'), []);
    assert.deepEqual(ids('This grader is not meant to decide anyone\'s grade; marks that count toward a qualification must come from a human examiner.'), []);
    // People named by their act are people, and the plural of a doer is more often people than a tool.
    assert.deepEqual(ids('The essays were scored by two human graders.'), []);
    // A tool or a thing named by a verb's -er form decides nothing: a calculator, a face detector, a letter.
    assert.deepEqual(ids('Mortgage repayment calculator: enter principal, term and rate to get a monthly amortisation table.'), []);
    assert.deepEqual(ids('This face detector only returns bounding boxes and five landmarks.'), []);
  });

  it('reads a use given up, by a decision before it or after it, as no use', () => {
    assert.deepEqual(ids('The district has ruled out using the reading app\'s fluency scores for report-card grades or class placement.'), []);
    assert.deepEqual(ids('We discussed auto-flagging submitted essays as AI-written and decided against it: a false flag can hurt a student.'), []);
    assert.deepEqual(ids('We started out building a model to predict which asylum appeals would succeed, so that NGOs could prioritise cases. After talking to immigration lawyers we decided against it.'), []);
    // A plan carried out stays a use, and so does a sentence after it that gives up nothing.
    assert.deepEqual(ids('The model predicts which asylum appeals will succeed. We then shared it with NGOs.'), ['migration']);
  });

  it('reads an act of people a relative clause opens on, or one after "where to", as theirs', () => {
    assert.deepEqual(ids('The reminder bot sent English texts to patients who chose Welsh for the outpatient clinic last week.'), []);
    assert.deepEqual(ids('Ask Pip about bin collection days, renewing library books, or where to find the housing support application form.'), []);
    // A question's "who" has no people before it: the release works out who qualifies.
    assert.deepEqual(ids('Works out who qualifies for housing benefit and how much they are paid each week.'), ['essential-public-services']);
  });

  it('reads a face or voice compared with a reference of known people as identifying them', () => {
    assert.deepEqual(ids('The gate opens when the live capture of the face matches their stored template.'), ['biometrics']);
    assert.deepEqual(ids('Each caller\'s voice is checked against the enrolled samples.'), ['biometrics']);
    // A document compared with a template, or an invoice with records, names no one's body.
    assert.deepEqual(ids('Checks the letter against the template before it is sent.'), []);
    assert.deepEqual(ids('Compares each invoice against the purchase order records.'), []);
    // The reference may stand further on, after "vs" or "among", or be a roster.
    assert.deepEqual(ids('Compares the live frame from the turnstile camera with the enrolled template linked to the badge.'), ['biometrics']);
    assert.deepEqual(ids("Matches each visitor's face vs the staff roster."), ['biometrics']);
    assert.deepEqual(ids('Compares the delivery van number plates vs the staff roster.'), []);
  });

  it('reads people sent on to a step a domain names as placed there, and a message sent as no placement', () => {
    assert.deepEqual(ids('We risk-rate each arriving traveller from their passenger name record and send the high-risk ones to secondary inspection.'), ['migration']);
    assert.deepEqual(ids('From 1 March the pre-departure check will refuse boarding to passengers whose travel authorisation has been flagged.'), ['migration']);
    // A person is who receives what is sent; a letter or a request sent anywhere places no one.
    assert.deepEqual(ids('Sends the text to the patient.'), []);
    assert.deepEqual(ids('From next week the scheduling assistant will book hearing rooms and send reminder letters to witnesses.'), []);
    assert.deepEqual(ids('The maintenance-ticket classifier routes repair requests (leaks, heating, mould) to contractors.'), []);
  });

  it('reads a consequence the release\'s output brings on people of a domain as a decision about them', () => {
    assert.deepEqual(ids('Tenants the model rates as likely to fall behind are asked for a larger deposit before the lease is signed.'), ['housing']);
    assert.deepEqual(ids('Benefit claimants whose predicted risk is high are suspended from payment until a caseworker calls them.'), ['essential-public-services']);
    // No output of a release brings it about: a survey invitation, a payday.
    assert.deepEqual(ids('Students taking part were invited to fill in a survey; the model was trained on their answers.'), []);
    assert.deepEqual(ids('Employees are paid on the last Friday of the month; the model forecasts payroll costs.'), []);
    // "who should be invited" is a question the shortlist answers, not a consequence: the admissions reading stands.
    assert.deepEqual([...new Set(ids("University admissions staff upload each applicant's grades and essay, and the model returns a shortlist of who should be invited to interview."))], ['education']);
  });

  it('reads an act a person is named as doing after "by" as theirs, past a second participle or the decision it names', () => {
    assert.deepEqual(ids('The plain-language version is checked and approved by the clinician who wrote the original before it is sent.'), []);
    assert.deepEqual(ids("Every lending decision is made by the lender's underwriters, as it should be."), []);
    // The release's act before a person's stays the release's.
    assert.deepEqual(ids('Loans are scored by the model and approved by the branch manager.'), ['credit']);
  });

  it('reads people moved between groups, or placed in one of several, as placed there', () => {
    assert.deepEqual(ids('The software moves pupils between Tier 1, 2 and 3 reading intervention groups on the result of the adaptive test.'), ['education']);
    assert.deepEqual(ids('The tool sorts support tickets into groups by topic.'), []);
  });

  it('reads a rating on a scale or a code given to someone as a decision about them', () => {
    assert.deepEqual(ids('Every morning the model gives each benefit claimant a colour.'), ['essential-public-services']);
    assert.deepEqual(ids('The model gives each patient on the surgical waiting list a priority from 1 to 4.'), ['healthcare']);
    // A number that is no scale, and a rating whose own words are the only term, rate no one.
    assert.deepEqual(ids('The triage assistant gives each caller a reference number for their housing repair.'), []);
    // A rating set as the verb's own object.
    assert.deepEqual(ids('Sets the priority of each 112 call.'), ['essential-public-services']);
    assert.deepEqual(ids('Sets the priority of each build job in the CI queue.'), []);
  });

  it('reads an act before a slot as the slot it names, not as the act', () => {
    assert.deepEqual(ids("A scheduling assistant finds a free interview slot in both the candidate's and the hiring manager's calendars."), []);
    assert.deepEqual([...new Set(ids('It books interview slots for candidates after screening their CVs.'))], ['employment']);
  });

  it('reads a bare noun as the strong term its paragraph named before it with that head', () => {
    // "applications" after "rental application" are rental applications.
    assert.deepEqual(ids('Every rental application is read by the model overnight; applications it scores below 40 are declined.'), ['housing']);
    // A count names them as figures, not as cases acted on.
    assert.deepEqual(ids('The report counts every stop-and-search encounter in the city in 2024. There were 5,120 searches, of which 611 ended in an arrest.'), []);
    // A bare form before "was" is a noun: "its character error rate was 9.8%" rates nothing.
    assert.deepEqual(ids('We built a transcription model for recorded police interviews. On 40 hours of interviews its character error rate was 9.8%, half that of the baseline.'), []);
    // Whom a domain decides about, before a modal and the act, acts on their own affairs.
    assert.deepEqual(ids('Interprets for asylum applicants during the long reception interviews held at the regional centre, then produces a bilingual transcript the applicant can check.'), []);
  });

  it('reads a term inside a question the act takes as its object as near as it is to the question\'s word', () => {
    assert.deepEqual(ids('Predicts from the accent in the interview recording which country the asylum seeker comes from.'), ['migration']);
    // Whom the question sends the case to decides; a clause of time is no question ("warns you when ...").
    assert.deepEqual(ids('Decides whether a claim is paid automatically or sent to an investigator.'), ['insurance']);
    assert.deepEqual(ids('A budgeting helper: it sorts the spending into categories and warns you when you are close to your overdraft limit.'), []);
  });

  it('reads an insurer\'s fraud unit and a first credit limit in their domains', () => {
    assert.deepEqual(ids('Claims it rates as likely fraudulent go to the special investigations unit and payment is held.'), ['insurance']);
    assert.deepEqual(ids('When a customer chooses to pay later, our model decides the starting limit they get.'), ['credit']);
    // Explaining the words, or people at work in the unit, decides nothing.
    assert.deepEqual(ids('Explains in plain words what a starting limit is and how pay-later plans work.'), []);
    assert.deepEqual(ids('The special investigations unit reviews flagged claims by hand.'), []);
  });

  it('reads public support, tribunals and letting by the things each decides about', () => {
    assert.deepEqual(ids('Allocates places in the city\'s subsidised childcare among families on the waiting list, using a need score.'), ['essential-public-services']);
    assert.deepEqual(ids('When someone books a viewing, our model gives them a tenant score that decides whether they may see the flat.'), ['housing']);
    // How to apply, or a tribunal's timetable, decides about no one.
    assert.deepEqual(ids('A leaflet explaining how to apply for the winter fuel payment.'), []);
    assert.deepEqual(ids('Generates a printable timetable for the online tribunal\'s hearings.'), []);
  });

  it('reads pay bands, transplant lists and school probation by the things each decides about', () => {
    assert.deepEqual(ids('Promotion committees now start from our model, which reads each engineer\'s review history and proposes which pay band they land in.'), ['employment']);
    assert.deepEqual(ids('Our transplant centre ranks the waiting list by predicted graft survival and offers each donor kidney down that order.'), ['healthcare']);
    // Teaching about the organ, or summarising a panel's criteria, decides about no one.
    assert.deepEqual(ids('A quiz app for nursing students about kidney function.'), []);
    assert.deepEqual(ids('Summarises the promotion panel\'s published criteria for staff.'), []);
  });

  it('reads pipelines, hotlists and custody images by the things each decides about, and a feature kept off as none', () => {
    assert.deepEqual(ids('Each night the model ranks pipeline segments by predicted leak likelihood and reduces pressure on the top twenty.'), ['critical-infrastructure']);
    assert.deepEqual(ids('Our matcher checks every number plate against the hotlists and alerts the nearest unit to stop the vehicle.'), ['law-enforcement']);
    assert.deepEqual(ids('Matching faces against custody images from the police database.'), ['law-enforcement']);
    assert.deepEqual(ids('Matching against custody images is switched off and must stay off.'), []);
    assert.deepEqual(ids('A teaching notebook that explains how green phases at a junction are timed.'), []);
  });

  it('reads what a list of non-goals names, and what another is accused of, as no use', () => {
    assert.deepEqual(ids('## Non-goals\n- Anything that evaluates individual employees. The meeting summariser writes notes and action items.'), []);
    assert.deepEqual(ids('In 2019 a tech company\'s new credit card was accused of giving women much lower limits than their husbands.'), []);
    assert.deepEqual(ids('The lender was fined for rejecting loan applicants by postcode.'), []);
    // Goals are what it is for.
    assert.deepEqual(ids('## Goals\n- Evaluates individual employees\' sales calls and ranks them for the quarterly bonus.'), ['employment']);
  });

  it('reads a proposal labelled as dropped, and a use named with a ban\'s adverb, as no use; a manual review being replaced is no research topic', () => {
    assert.deepEqual(ids('Parked: letting a model rank incoming 999 calls by urgency.'), []);
    assert.deepEqual(ids('**Rejected:** letting a model rank incoming 999 calls by urgency.'), []);
    // A label of something else leaves the use standing.
    assert.deepEqual(ids('Pilot: letting a model rank incoming 999 calls by urgency.'), ['essential-public-services']);
    assert.deepEqual(ids('Confirm the police contract limits the service to transcripts, with identifying suspects expressly prohibited.'), []);
    assert.deepEqual(ids('Confirm the police contract lets the service identify suspects from the transcripts.'), ['law-enforcement']);
    assert.deepEqual(ids('Replace manual review: the underwriting model sets the premium loading.'), ['insurance']);
    assert.deepEqual(ids('Literature review: how underwriting models set the premium loading.'), []);
  });

  it('reads a use said to be out, or never to have gone live, and one named as a consultation\'s subject, as no use', () => {
    assert.deepEqual(ids('Diagnosis and triage suggestions are out; those fields have been removed from the output schema.'), []);
    assert.deepEqual(ids('The model triages patients; the old rules are out.'), ['healthcare']);
    assert.deepEqual(ids('The credit-scoring model built in H1 never reached a single applicant.'), []);
    // Said of the people it decides about, in a clause of their own, the words leave the use standing.
    assert.deepEqual(ids('The credit model flags applicants who never reached a payment plan.'), ['credit']);
    assert.deepEqual(ids('FYI: the regulator\'s consultation on credit-scoring transparency closes 30 Sept.'), []);
    assert.deepEqual(ids('Used at first appearance hearings: gives the judge a release-or-detain recommendation for each defendant.'), ['justice']);
  });

  it('reads an act word listed among the fields of data as a noun, but a list of acts as acts', () => {
    assert.deepEqual(ids('Rental listings scraped from three portals, 2018-2023: price, floor area, rooms and postcode district.'), []);
    assert.deepEqual(ids('2.4M property listings (asking rent or price, floor area, postcode) collected from public portals.'), []);
    assert.deepEqual(ids('Recruiter tool: screen, shortlist applicants automatically.'), ['employment']);
    // A field's name after it is no act, whatever its words: "grade, hire_date" lists columns.
    assert.deepEqual(ids('Columns: job_title (as entered by HR), department, grade, hire_date, termination_date (null for current staff).'), []);
    assert.deepEqual(ids('The tool will price, then approve each home insurance policy.'), ['insurance']);
  });

  it('reads an entrance test or a foundation year as education\'s, whoever is invited to interview for it', () => {
    assert.deepEqual(ids('The auto-rater decides which applicants are invited to interview for the foundation year.'), ['education']);
    assert.deepEqual(ids('The model ranks applicants by their entrance test answers.'), ['education']);
    assert.deepEqual(ids('The foundation year timetable is published in May.'), []);
  });

  it('reads choosing an amount, a time or a place as no choice about anyone', () => {
    assert.deepEqual(ids('We forecast queue lengths on polling day so the council can decide how many clerks to put in each station.'), []);
    assert.deepEqual(ids('We forecast turnout so the council can decide when to open each polling station.'), []);
    assert.deepEqual(ids('The model forecasts performance so managers can decide whom to promote.'), ['employment']);
  });

  it('reads one person said to be the same across cameras as re-identified, but not the same cameras or a count', () => {
    assert.deepEqual(ids('GaitTrace picks out individual passengers by the way they walk in overhead CCTV footage and follows the same person from camera to camera.'), ['biometrics']);
    assert.deepEqual(ids('As head of store security I want the system to link CCTV sightings of the same shopper across all our branches by matching their face.'), ['biometrics']);
    assert.deepEqual(ids('The same CCTV cameras count cars at the junction.'), []);
    assert.deepEqual(ids('Footfall counts from the entrance cameras are the same as last year.'), []);
    // Followed through many cameras, whoever else the sentence names: store staff only tag the person.
    assert.deepEqual(ids('When store staff tag a person on one camera, the model follows that person across every other camera in the centre.'), ['biometrics']);
    assert.deepEqual(ids('The tracker follows shoppers between cameras.'), ['biometrics']);
    assert.deepEqual(ids('It counts pedestrians walking across the camera view.'), []);
    assert.deepEqual(ids('The dataset has people filmed across 8 cameras.'), []);
  });

  it('reads an act word inside a noun phrase as a noun, and a person with a determiner before an -s verb as its subject', () => {
    // A plural after an -ing word that ends its phrase, a bare word after a figure, an -ing form before a plural and "are".
    assert.deepEqual(ids('The map shows eviction filing rates and household incomes per district.'), []);
    assert.deepEqual(ids('Screening flags applicants whose CVs lack a degree.'), ['employment']);
    assert.deepEqual(ids('Documents go to the tribunal 3 clear days ahead.'), []);
    assert.deepEqual(ids('4.3 Triage of home contents claims'), ['insurance']);
    assert.deepEqual(ids('Hearing bundles are due at the court office.'), []);
    // The person does the act: "if the patient declines", "a slot the tenant chooses".
    assert.deepEqual(ids('If the patient declines, the scribe is switched off.'), []);
    assert.deepEqual(ids('The assistant books the contractor into a slot the tenant chooses.'), []);
    assert.deepEqual(ids('The model flags the patient who declines.'), ['healthcare']);
  });

  it('reads an act on an option, a proposal or a submission as a deliberation, not a decision about people', () => {
    assert.deepEqual(ids('Option 2, under which a model would have scored tenants on the housing register, is rejected.'), []);
    assert.deepEqual(ids('The housing board rejects both proposals from tenants.'), []);
    assert.deepEqual(ids('The model rejects tenants with arrears.'), ['housing']);
    assert.deepEqual(ids('The model rejects loan applicants with thin files.'), ['credit']);
  });

  it("reads a deciding role's own verb of the final say, and the question it weighs, as the role's, but not the release's or software's", () => {
    assert.deepEqual(ids('The shift supervisor decides when the pump station is shut down.'), []);
    assert.deepEqual(ids('The model decides when the pump station is shut down.'), ['critical-infrastructure']);
    assert.deepEqual(ids('The officer decides whether to grant or refuse the visa application.'), []);
    assert.deepEqual(ids('The model decides whether to grant or refuse the visa application.'), ['migration']);
    assert.deepEqual(ids('The bot fills in the form; the consulate decides on the visa as usual.'), []);
    // Software named by a role, and a role helped to decide, leave the act to the release.
    assert.deepEqual(ids('Now an agent decides which pump stations to throttle.'), ['critical-infrastructure']);
    assert.deepEqual(ids('The model helps the officer decide which visa applications to refuse.'), ['migration']);
    assert.deepEqual(ids('Assists caseworkers deciding family reunification applications.'), ['migration']);
  });

  it('reads a count after an act as what it acts on, and a figure after it as how the model was scored', () => {
    assert.deepEqual(ids('The tool screens 2,000 job candidates.'), ['employment']);
    assert.deepEqual(ids('The model scores 12k job applicants a week.'), ['employment']);
    assert.deepEqual(ids('The model scores 0.91 on the job applicant set.'), []);
    assert.deepEqual(ids('The model scores 92 points on job applicants.'), []);
  });

  it('reads a participle after "has" as an act done up to now, and a verb that only begins or ends another as no act', () => {
    assert.deepEqual(ids('Our video interview tool has screened 2 million candidates.'), ['employment']);
    assert.deepEqual(ids('Candidates screened in 2019 are listed in the archive of video interviews.'), []);
    // An adverb or two may stand after "has"; a passive's "now" tells who does it these days.
    assert.deepEqual(ids('Our one-way video interview tool has now screened 2 million candidates!'), ['employment']);
    assert.deepEqual(ids('The tool has so far screened 40,000 job applicants.'), ['employment']);
    assert.deepEqual(ids('Voice login was switched off; callers are now verified with a PIN and security questions only.'), []);
    assert.deepEqual(ids('The model has stopped the pumps at the water treatment plant.'), ['critical-infrastructure']);
    assert.deepEqual(ids('The water treatment plant sensor service has stopped pulling from the queue.'), []);
  });

  it('reads a search or a find through stored material as looking through it, and one of people as the act', () => {
    assert.deepEqual(ids('Officers can search the transcripts of police interviews by street.'), []);
    assert.deepEqual(ids('The model tells officers which suspects to search at the border.'), ['law-enforcement']);
    assert.deepEqual(ids('Find past judgments of the family court by keyword.'), []);
    assert.deepEqual(ids('Finds the persuadable voters in each swing district for the campaign.'), ['justice']);
  });

  it("reads the authors' own hiring as a job advert, and a release hiring as its act", () => {
    assert.deepEqual(ids("We're hiring a technical writer for our recruitment team."), []);
    assert.deepEqual(ids('We are now hiring a technical writer for our recruitment team.'), []);
    assert.deepEqual(ids('The model is hiring screeners for the recruitment team.'), ['employment']);
  });

  it('reads weak words of an act the release does on its own as a use where its paragraph names the domain more than once', () => {
    assert.deepEqual(ids('Now the model adjusts the valves across the network on its own every 15 minutes.'), ['critical-infrastructure']);
    assert.deepEqual(ids('Now the model adjusts the valves across the network every 15 minutes.'), []);
    assert.deepEqual(ids('Now the model adjusts the valves on its own every 15 minutes.'), []);
  });

  it("reads a case record as its paragraph's one domain's, and nothing when the paragraph names none or two", () => {
    const decided = 'Routine applications are approved or refused on its output alone.';
    assert.deepEqual(ids(`We trained the eligibility model for the county's childcare subsidy. ${decided}`), ['essential-public-services']);
    assert.deepEqual(ids(`We trained the model on the county's records. ${decided}`), []);
    // "can be found at" says where something is kept.
    assert.deepEqual(ids('The court cases can be found at https://case.law.'), []);
  });
  it('reads telling who a person is, from their voice, face or gait, as identifying them, and telling speakers apart as no use', () => {
    assert.deepEqual(ids('Point it at a voice recording and it tells you which of your enrolled speakers is talking.'), ['biometrics']);
    assert.deepEqual(ids('A lightweight gait model that tells who is walking down a corridor.'), ['biometrics']);
    assert.deepEqual(ids('Point it at the turnstile camera and it returns the season-ticket ID of whoever walks through.'), ['biometrics']);
    assert.deepEqual(ids('The tool tells you which speaker is talking at each moment of the podcast recording.'), []);
    assert.deepEqual(ids('The diarization model tells you who spoke when in the meeting recording.'), []);
    assert.deepEqual(ids('The dashboard tells you which of your registered customers is likely to churn.'), []);
  });

  it('reads an -s form after a release named with its determiner as its verb, not a term', () => {
    assert.deepEqual(ids('Given a few seconds of audio, the model returns which enrolled caller the voice belongs to.'), ['biometrics']);
    assert.deepEqual(ids('The model decides which returns are sent to the border agency.'), ['migration']);
  });

  it('reads a comparison with people enrolled, registered or flagged beforehand as one with a reference', () => {
    assert.deepEqual(ids('The camera compares the visitor with enrolled members.'), ['biometrics']);
    assert.deepEqual(ids('The camera compares the visitor count with last week.'), []);
  });
  it('reads a bare form after an article and participle or hyphenated modifiers as a noun, and an output or an agent there as the act', () => {
    assert.deepEqual(ids('Restoration was switched from the control room using an out-of-date switching schedule.'), []);
    assert.deepEqual(ids('An agent will schedule the switching at the substation and the grid.'), ['critical-infrastructure']);
    assert.deepEqual(ids("The scorer wires the sepsis-risk score into the ward dashboard so nurses get paged when a patient's score goes above 0.7."), ['healthcare']);
  });

  it('lends the line that leads a list to its items, but not a how-to\'s title, an item\'s topic or a line after a blank one', () => {
    const steps = '1. Read the personal statement and transcript\n2. Produce a 0-100 fit score with a short rationale\n3. Score below 60: set status Decline';
    assert.deepEqual(ids(`Admissions triage agent (runs nightly on new applications):\n${steps}`), ['education']);
    assert.deepEqual(ids(`How to: get admissions letters into the archive\n${steps}`), []);
    assert.deepEqual(ids(`Admissions triage agent (runs nightly on new applications):\n\n${steps}`), []);
    assert.deepEqual(ids(`- Admissions triage agent\n- Produce a 0-100 fit score with a short rationale`), []);
  });

  it('joins a compound\'s words across a soft wrap, but not across a list item or a blank line', () => {
    assert.deepEqual(ids('It flags the claims the special\ninvestigations unit must clear.'), ['insurance']);
    assert.deepEqual(ids('It flags the claims the special\n- investigations unit must clear.'), []);
  });

  it('reads a standing refusal, as a label or as "refuse any request to", as excluding what it lists', () => {
    assert.deepEqual(ids('refuse:\n  - comparing faces across two images to say whether they are the same person'), []);
    assert.deepEqual(ids('The copilot must refuse any request to open or close a valve or breaker at the substation.'), []);
    // Near miss: a refusal the release makes is its decision.
    assert.deepEqual(ids('The model refuses loans to applicants whose score is below 600.'), ['credit']);
  });

  it('reads a placeholder to fill in as a slot, not an act', () => {
    assert.deepEqual(ids('`/payment <amount> <rate%> <months>` - your monthly loan repayment'), []);
    assert.deepEqual(ids('Rates each loan applicant from 1 to 5.'), ['credit']);
  });

  it('reads choosing or finding one thing named with "a" as deciding about no one', () => {
    assert.deepEqual(ids('Upload a page of the unemployment benefit application form and pick a language.'), []);
    assert.deepEqual(ids("When a recruiter gives you the candidate's email and the interview panel, find a free slot that suits everyone."), []);
    assert.deepEqual(ids('The recruiter uploads the CVs and the tool picks a candidate for the interview.'), ['employment']);
  });

  it('reads an act\'s word with a number that ends its phrase as a level, and "your judgement" as discretion', () => {
    assert.deepEqual(ids('Essays written by US students, grades 7-10, were used for style transfer.'), []);
    assert.deepEqual(ids('It grades 7 essays a minute for the teacher.'), ['education']);
    assert.deepEqual(ids('Sorts the flats by size, and uses your judgement when bands are tied.'), []);
    assert.deepEqual(ids('It predicts the judgement of the court of appeal.'), ['justice']);
  });

  it('reads withholding a result as an act, and changing a setpoint as one on infrastructure, but not changes as things', () => {
    assert.deepEqual(ids('Opens a misconduct case and withholds the exam result until the case is closed.'), ['education']);
    assert.deepEqual(ids('Changes the discharge pressure setpoint of a gas compressor station.'), ['critical-infrastructure']);
    assert.deepEqual(ids('Changes in the substation load are plotted each day.'), []);
    assert.deepEqual(ids('The dashboard shows changes to the substation setpoint over the year.'), []);
  });

  it('reads audits of a use as their topic, a rota after its article as a thing, and finding faces alone as no biometric use', () => {
    assert.deepEqual(ids('240 questions written from published audits of commercial face recognition.'), []);
    assert.deepEqual(ids("The agent plans the depot's workshop bookings around the shift pattern and emails the rota to the fleet manager."), []);
    assert.deepEqual(ids('The agent rosters nurses onto night shifts by their performance score.'), ['employment']);
    assert.deepEqual(ids('You may detect faces in the photo so you can smooth skin.'), []);
    assert.deepEqual(ids('Detects every face in the frame and returns an estimated age band, gender and ethnicity.'), ['biometrics']);
  });

  it('reads telling someone to do something as an instruction, and telling the reader which things to handle as no decision', () => {
    assert.deepEqual(ids('If the user describes any symptom, tell them kindly to contact their GP or call 111.'), []);
    assert.deepEqual(ids("Listens to a baby's cough and tells the parents whether to take the child to A&E tonight."), ['healthcare']);
    assert.deepEqual(ids('Visa Helper: tells you which documents to gather for a Schengen visit visa.'), []);
    assert.deepEqual(ids('The dashboard tells you which applicants to reject for the visa.'), ['migration']);
  });

  it('reads a list of outcomes through a remark in brackets after one of them', () => {
    assert.deepEqual(ids('For each defendant, output RELEASE, CONDITIONAL BAIL (with conditions) or REMAND, with reasons.'), ['justice']);
    assert.deepEqual(ids('For each defendant, output the hearing time (with the courtroom) or the video link.'), []);
  });

  it('reads a participle without "-ed" after a noun as describing it, and one after its release as the release\'s act', () => {
    assert.deepEqual(ids('11,478 judgments of the European Court of Human Rights with the articles found violated, used to train a tokenizer.'), []);
    assert.deepEqual(ids('The model found the fraudulent benefit claims in the backlog.'), ['essential-public-services']);
  });

  it('reads a participle after "and" as sharing the auxiliary of an irregular one before it', () => {
    assert.deepEqual(ids('Job applications are taken today and ranked automatically.'), ['employment']);
    assert.deepEqual(ids('Job applications are taken today and ranked by a recruiter.'), []);
  });

  it('reads a count before an act only within its noun phrase: a dash set off by spaces ends it', () => {
    assert.deepEqual(ids('CardioScreen v2.1 - flags patients at risk of heart failure so that cardiologists see them first.'), ['healthcare']);
    assert.deepEqual(ids('CardioScreen v2.1 \u2014 flags patients at risk of heart failure so that cardiologists see them first.'), ['healthcare']);
    assert.deepEqual(ids('There were 3 flags on patients with heart failure last week.'), []);
  });

  it('reads a role the act is compared with, and whom a message is for, as taking no part in the use', () => {
    assert.deepEqual(ids('Reads your bank feed and works out your DTI roughly the way a lender would.'), []);
    assert.deepEqual(ids('Lenders use it to score loan applicants, as a credit officer would.'), ['credit']);
    assert.deepEqual(ids('The model decides for the lender which loan applicants to approve.'), ['credit']);
    assert.deepEqual(ids('SENCo note to staff: the reading app can suggest which texts a child practises next.'), []);
    assert.deepEqual(ids('The tablet reads the rights leaflet aloud to the detainee in their language.'), []);
    assert.deepEqual(ids('The system ranks staff for redundancy and emails the list to HR.'), ['employment']);
  });

  it('reads a use the authors keep the release from, or a plan answered "no", as no use', () => {
    assert.deepEqual(ids('Follow-up: we ended up not letting it recommend treatment plans to patients after their appointments.'), []);
    assert.deepEqual(ids('Letting it recommend treatment plans to patients after their appointments saves the clinic an hour a day.'), ['healthcare']);
    assert.deepEqual(ids('We thought about letting it decide food stamp eligibility from the application packets. We decided no.'), []);
    // A decision about something else after the use leaves it standing.
    assert.deepEqual(ids('It decides food stamp eligibility from the application packets. We decided not to keep the packets.'), ['essential-public-services']);
  });

  it('reads a place on a list of what is ruled out as a verdict, and people on a list as acted on', () => {
    assert.deepEqual(ids('Profiling suspects is on the prohibited list in USE_POLICY.md.'), []);
    assert.deepEqual(ids('Screening job applicants is listed as a prohibited use on the model card.'), []);
    assert.deepEqual(ids('The model screens job applicants who are on the shortlist.'), ['employment']);
  });

  it('reads a verdict after a list of activities joined by "or" as reaching each, through a question a verb asks', () => {
    assert.deepEqual(ids("Marking students' exams or deciding who gets into a course with this checkpoint is out of scope."), []);
    assert.deepEqual(ids('Profiling suspects or predicting who will commit a crime is on the prohibited list.'), []);
    // A relative clause on the people still opens a clause of its own.
    assert.deepEqual(ids('It profiles suspects who are not yet charged.'), ['law-enforcement']);
    assert.deepEqual(ids("The model marks students' exams or essays that are not typed."), ['education']);
  });

  it("reads an act's word closing a place after a preposition and an article as a noun, and a doer there as a doer", () => {
    assert.deepEqual(ids('Almost every child from one of our feeder primaries ended up in the bottom set.'), []);
    assert.deepEqual(ids('The controller will set the feeder voltage every five minutes.'), ['critical-infrastructure']);
    assert.deepEqual(ids('Given the case file of a defendant awaiting trial, the model outputs a flight-risk category, which the officer copies into the bail recommendation handed to the judge.'), ['justice']);
  });

  it('reads a decision taken as a verb and its noun as deciding, unless people take it or are helped to', () => {
    assert.deepEqual(ids('The model makes the decision on each mortgage applicant.'), ['credit']);
    assert.deepEqual(ids('Small-claims disputes under $5k go through it and it issues the decision to both parties.'), ['justice']);
    assert.deepEqual(ids('A loan officer makes the final decision on each mortgage applicant.'), []);
    assert.deepEqual(ids('It helps loan officers make faster decisions on each mortgage applicant.'), []);
  });

  it("reads a term inside a question an act asks a little further than the usual window, but not past the question's end", () => {
    assert.deepEqual(ids('It decides at checkout whether a shopper may split the purchase into four interest-free instalments.'), ['credit']);
    assert.deepEqual(ids('It decides at checkout whether a shopper, after login, may split the purchase into four interest-free instalments.'), []);
  });

  it('reads interest-free payments as credit, a letter drafted as no decision, and a use "we decided it never should" do as none', () => {
    assert.deepEqual(ids('Our checkout now decides on the spot whether a shopper can split their basket into four interest-free payments.'), ['credit']);
    assert.deepEqual(ids('Shoppers like interest-free payments.'), []);
    assert.deepEqual(ids('Our banking app now explains each line of your credit card statement and drafts a dispute letter for you.'), []);
    assert.deepEqual(ids('The assistant drafts rulings on small-claims disputes for the judge to sign.'), ['justice']);
    assert.deepEqual(ids('Last year we looked seriously at letting it operate the spillway at the Kessel dam during high water, and we decided it never should.'), []);
    assert.deepEqual(ids('It operates the spillway at the Kessel dam during high water, and we decided it should.'), ['critical-infrastructure']);
  });

  it('reads "decided that" as what someone resolved, and the acts inside it on their own', () => {
    assert.deepEqual(ids("The service team has decided that no model will accept, reduce or stop anyone's benefit payments."), []);
    assert.deepEqual(ids('The model decided that the benefit claim was fraudulent and stopped the payments.'), ['essential-public-services']);
  });

  it('reads a decision taken in the passive by a machine as deciding, and one taken by people or by nobody named as not', () => {
    assert.deepEqual(ids('The decision on each mortgage application is made by the model.'), ['credit']);
    assert.deepEqual(ids('The bank said the decision on my mortgage was made by the computer.'), ['credit']);
    assert.deepEqual(ids('The decision on each mortgage application is made by a loan officer.'), []);
    assert.deepEqual(ids('The decision on each mortgage application is made within two days.'), []);
  });

  it("reads a passive act's agent as the release's when it is the system of whoever the sentence is about", () => {
    assert.deepEqual(ids("The lender's evidence shows the loan was approved by its automated affordability system."), ['credit']);
    assert.deepEqual(ids('The loan was approved by your credit union.'), []);
  });

  it("reads the reader's own face compared with a reference as checked by someone else", () => {
    assert.deepEqual(ids('The new gates at every tram stop compare your face with the photo stored on your pass.'), ['biometrics']);
    assert.deepEqual(ids('The app checks your voice against the sample you recorded.'), ['biometrics']);
    assert.deepEqual(ids('The filter app tracks your face to add bunny ears.'), []);
  });

  it('reads "card holders" written apart as cardholders', () => {
    assert.deepEqual(ids('Every month the model re-scores all our credit card holders and cuts the limit for the riskiest.'), ['credit']);
    assert.deepEqual(ids('Card holders can download their statements in the app.'), []);
  });
});
