// A person's answers applied to an inferred draft (the editor's "Create Release Manifest" asks them with
// the inferred values preselected). An answer that confirms an inferred value keeps its source; one that
// changes it, or answers a question, says it came from the person.
import type { DomainCatalogue } from '../catalogue/model';
import type { ArtifactKind, ReleasePurpose } from '../manifest/scaffold';
import { requiredSafeguards } from '../manifest/scaffold';
import type { InitDraft } from './infer';

export interface InitAnswers {
  artifact?: ArtifactKind;
  purpose?: ReleasePurpose;
  /** Contexts the person confirmed (catalogue ids, "research", ...); an empty list answers nothing. */
  contexts?: readonly string[];
}

const BY_YOU = 'your answer';

/** A copy of the draft with the answers applied; the draft itself is not changed. */
export function applyAnswers(draft: InitDraft, answers: InitAnswers, catalogue: DomainCatalogue): InitDraft {
  const out: InitDraft = { ...draft, questions: new Map(draft.questions), documentation: { ...draft.documentation } };
  if (answers.artifact) {
    if (draft.artifact?.value !== answers.artifact) out.artifact = { value: answers.artifact, source: draft.artifact ? `${BY_YOU} (inferred: ${draft.artifact.value}, ${draft.artifact.source})` : BY_YOU };
    out.questions.delete('artifact');
  }
  if (answers.purpose) {
    out.purpose = { value: answers.purpose, source: BY_YOU };
    out.questions.delete('release.purpose');
  }
  const contexts = [...new Set(answers.contexts ?? [])];
  if (contexts.length > 0) {
    const suggested = new Set(draft.contexts.map((c) => c.context));
    const fromCard = contexts.filter((c) => suggested.has(c));
    out.confirmedContexts = {
      value: contexts,
      source: fromCard.length ? `${BY_YOU}; ${fromCard.join(', ')} described in the card` : BY_YOU,
    };
    out.questions.delete('deployment.contexts');
    const safeguards = requiredSafeguards(contexts, catalogue);
    if (safeguards.length) out.questions.set('safeguards', `These contexts require safeguards: ${safeguards.join(', ')}. Add each under safeguards: with a statement or a path to evidence (release-readiness check lists what is missing).`);
  }
  return out;
}
