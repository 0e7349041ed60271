// Responsibility and safe-harbor family: who answers for what (developer, modifier, deployer), the
// research safe harbor and its required statement, and the limits of open-source exemptions.
import type { Finding } from '../types';
import type { SafeguardId } from '../catalogue/model';
import { replaceValue, yamlScalar } from '../manifest/edit';
import { deferFixes } from './deferredFixes';
import { finding, metaFor, type Rule } from './rule';
import { hasHighRiskStatement, safeHarbor } from './safeHarbor';
import { addSafeguardKeys } from './highRiskRules';
import { INDICATORS, applicableCitations, bound, declaredContexts, fieldRule, isFilled, list, manifestFix } from './riskShared';
import { isOpenLicense } from './licensingRules';

const meta = metaFor('responsibility');

export const HIGH_RISK_STATEMENT_TEXT =
  'Not intended for deployment in high-risk settings (e.g. EU AI Act Annex III areas) without further assessment.';

const roleMissing = fieldRule(
  meta(
    'role-missing',
    'warning',
    'deployment.role says who answers for what.',
    'Obligations differ by role: the developer documents the release, a modifier who changes its purpose may become a provider (EU AI Act Art. 25), a deployer in a high-risk setting answers for oversight and monitoring (Art. 26). Declare deployment.role: developer, modifier or deployer.',
  ),
  ['deployment', 'role'],
  isFilled,
  (ctx, path) => ({
    advice:
      "declare developer (you publish the release), modifier (you fine-tune or change someone else's model) or deployer (you put it into service), so the right obligations are checked.",
    fixes: deferFixes(ctx, (fc) => manifestFix(fc, 'Set deployment.role: developer', false, replaceValue(fc.manifest, path, 'developer'), true)),
  }),
);

const safeHarborStatement: Rule = {
  meta: meta(
    'role-safe-harbor-statement',
    'error',
    'A research, non-commercial release states that it is not for deployment in high-risk settings.',
    'A release with release.purpose research and release.non_commercial true gets the research safe harbor: high-risk safeguard requirements become advice (EU AI Act Art. 2(6) and 2(8) exclude research and pre-market development). The harbor holds only if the release says so: add release.high_risk_statement (or an out_of_scope entry) stating that it is not for deployment in high-risk settings.',
  ),
  check(ctx) {
    if (!safeHarbor(ctx) || hasHighRiskStatement(ctx)) return [];
    const m = ctx.manifest;
    const path = ['release', 'high_risk_statement'];
    return [
      finding(
        this.meta,
        m.path,
        m.has(path) ? m.rangeFor(path) : m.rangeFor(['release', 'purpose']),
        'This research, non-commercial release relies on the research safe harbor but does not state that it is not for deployment in high-risk settings. Add release.high_risk_statement, e.g. "Not intended for deployment in high-risk settings (e.g. EU AI Act Annex III areas) without further assessment."',
        {
          fixes: deferFixes(ctx, (fc) => manifestFix(fc, 'Add release.high_risk_statement', true, replaceValue(fc.manifest, path, yamlScalar(HIGH_RISK_STATEMENT_TEXT)), true)),
          citations: ['EU AI Act Art. 2(6)', 'EU AI Act Art. 2(8)'],
        },
      ),
    ];
  },
};

const openLicenseNoExemption: Rule = {
  meta: meta(
    'role-open-license-no-exemption',
    'warning',
    'An open licence or research purpose does not exempt a declared high-risk, prohibited or transparency use.',
    'The EU AI Act does not apply to systems released under free and open-source licences "unless they are placed on the market or put into service as high-risk AI systems or as an AI system that falls under Article 5 or 50" (Art. 2(12)); the research exclusion (Art. 2(6)) covers only systems developed and put into service for the sole purpose of scientific research. A research or open release that declares such a context gets no exemption for it: either remove the context (and exclude it in out_of_scope) or meet its requirements.',
  ),
  check(ctx) {
    const m = ctx.manifest;
    const license = m.get(['license']);
    const research = m.get(['release', 'purpose']) === 'research' || m.get(['release', 'non_commercial']) === true;
    if (!(typeof license === 'string' && isOpenLicense(license)) || !research) return [];
    const hits = declaredContexts(ctx).filter((c) => c.domain);
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const c of hits) {
      const d = c.domain!;
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      const article = d.tier === 'prohibited' ? 'Art. 5' : d.tier === 'transparency' ? 'Art. 50' : 'high-risk (Annex III / Annex I)';
      out.push(
        finding(
          this.meta,
          m.path,
          c.range,
          `Context '${c.value}' (${d.title}) is declared by an open-licence (${license}) research release: neither the open-source exemption (EU AI Act Art. 2(12)) nor the research exclusion (Art. 2(6)) covers a ${article} use. Remove the context and exclude it in intended_use.out_of_scope, or meet its requirements. ${INDICATORS}.`,
          { citations: ['EU AI Act Art. 2(12)', 'EU AI Act Art. 2(6)', ...applicableCitations(ctx, d).map((x) => x.label)] },
        ),
      );
    }
    return out;
  },
};

/** Duties of a deployer of a high-risk system regardless of domain (EU AI Act Art. 26, 27). */
export const DEPLOYER_SAFEGUARDS: readonly SafeguardId[] = ['human_oversight', 'risk_assessment', 'logging', 'incident_contact'];

const deployerStrict: Rule = {
  meta: meta(
    'role-deployer-strict',
    'error',
    'A deployer in a high-risk context has human oversight, risk assessment, logging and an incident contact.',
    'A deployer puts the system into service and answers for its use (EU AI Act Art. 26: human oversight by competent people, monitoring, keeping logs, informing of incidents; Art. 27: a fundamental-rights impact assessment for public bodies and credit/insurance). The research safe harbor never relaxes this. Safeguards the context itself requires are reported by risk-safeguard-missing; this rule reports the remaining deployer duties.',
  ),
  check(ctx) {
    const m = ctx.manifest;
    if (m.get(['deployment', 'role']) !== 'deployer') return [];
    const highRisk = declaredContexts(ctx).filter((c) => c.domain?.tier === 'high-risk');
    if (!highRisk.length) return [];
    const coveredElsewhere = new Set<SafeguardId>(highRisk.flatMap((c) => c.domain!.requiredSafeguards));
    const missing = DEPLOYER_SAFEGUARDS.filter((id) => !coveredElsewhere.has(id) && !isFilled(m.get(['safeguards', id])));
    if (!missing.length) return [];
    return [
      finding(
        this.meta,
        m.path,
        m.rangeFor(['deployment', 'role']),
        `As deployer in ${list(highRisk.map((c) => `'${c.value}'`))}, you answer for the deployment: add ${list(missing)} under safeguards: (statements or paths to evidence). The research safe harbor does not apply to deployers. ${INDICATORS}: EU AI Act Art. 26, Art. 27.`,
        {
          citations: ['EU AI Act Art. 26', 'EU AI Act Art. 27', 'EU AI Act Art. 25'],
          fixes: deferFixes(ctx, addSafeguardKeys(`Add the deployer safeguards (${missing.length} key${missing.length === 1 ? '' : 's'})`, missing)),
        },
      ),
    ];
  },
};

export const RESPONSIBILITY_RULES: Rule[] = bound([roleMissing, safeHarborStatement, openLicenseNoExemption, deployerStrict]);

