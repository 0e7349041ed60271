// Licensing family: a valid SPDX expression (or a known AI licence id), a licence file for "other",
// use restrictions of the licence or the base model's licence that conflict with declared contexts,
// and commercial purpose vs non-commercial licence.
import parseSpdx from 'spdx-expression-parse';
import SPDX_IDS from 'spdx-license-ids';
import SPDX_DEPRECATED from 'spdx-license-ids/deprecated.json';
import { distance } from 'fastest-levenshtein';
import type { Finding } from '../types';
import { replaceValue, yamlScalar } from '../manifest/edit';
import { deferFixes } from './deferredFixes';
import { finding, metaFor, type Rule } from './rule';
import { INDICATORS, bound, declaredContexts, isFilled, manifestFix, restrictionSources } from './riskShared';

const meta = metaFor('licensing');

/** Licence ids the Hugging Face Hub accepts that are not SPDX ids (AI licences, "other", "unknown"). */
export const HF_LICENSE_IDS: readonly string[] = [
  'openrail', 'openrail++', 'bigscience-openrail-m', 'creativeml-openrail-m', 'bigscience-bloom-rail-1.0', 'bigcode-openrail-m',
  'llama2', 'llama3', 'llama3.1', 'llama3.2', 'llama3.3', 'llama4', 'gemma', 'deepfloyd-if-license', 'fair-noncommercial-research-license',
  'apple-ascl', 'apple-amlr', 'h-research', 'intel-research', 'c-uda', 'cc', 'bsd', 'gpl', 'lgpl', 'lgpl-lr', 'gfdl', 'openmdw-1.0',
  'cdla-sharing-1.0', 'cdla-permissive-1.0', 'cdla-permissive-2.0', 'odc-by', 'etalab-2.0', 'other', 'unknown',
];

const SPDX_BY_LOWER = new Map<string, string>();
for (const id of [...SPDX_DEPRECATED, ...SPDX_IDS]) SPDX_BY_LOWER.set(id.toLowerCase(), id);
const HF_SET = new Set(HF_LICENSE_IDS);

/** Common ways people write licences that are not ids: "Apache 2.0", "MIT License", "GPLv3". */
const INFORMAL: Readonly<Record<string, string>> = {
  apache: 'Apache-2.0', 'apache-2': 'Apache-2.0', apache2: 'Apache-2.0', 'apache-v2': 'Apache-2.0', 'apache-2.0-license': 'Apache-2.0',
  gplv3: 'GPL-3.0-only', 'gpl-v3': 'GPL-3.0-only', gpl3: 'GPL-3.0-only', gplv2: 'GPL-2.0-only', 'gpl-v2': 'GPL-2.0-only', gpl2: 'GPL-2.0-only',
  agplv3: 'AGPL-3.0-only', lgplv3: 'LGPL-3.0-only', 'bsd-3': 'BSD-3-Clause', 'bsd-2': 'BSD-2-Clause', 'new-bsd': 'BSD-3-Clause', mpl2: 'MPL-2.0',
  'cc-by': 'CC-BY-4.0', 'cc-by-sa': 'CC-BY-SA-4.0', 'cc-by-nc': 'CC-BY-NC-4.0', cc0: 'CC0-1.0', 'public-domain': 'CC0-1.0',
};

function informalKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\b(?:the|license|licence)\b/g, ' ')
    .replace(/,?\s*version\s*/g, '-')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export type LicenseCheck = { valid: true } | { valid: false; suggestion?: string; ambiguous: boolean };

/** Validate a licence value: SPDX expression (ids matched case-insensitively) or a known Hub licence id. */
/** Each SPDX id of an expression in its canonical case, so Hub-style "apache-2.0" or "mit OR apache-2.0" parse. */
export function canonicalSpdxCase(expression: string): string {
  return expression.replace(/[A-Za-z0-9.+\-:]+/g, (tok) => {
    const up = tok.toUpperCase();
    if (up === 'AND' || up === 'OR' || up === 'WITH') return up;
    const plus = tok.endsWith('+') && tok.length > 1;
    const base = plus ? tok.slice(0, -1) : tok;
    const id = SPDX_BY_LOWER.get(base.toLowerCase());
    return id ? id + (plus ? '+' : '') : tok;
  });
}

/** Licence values repeat across units and checks; results of the last few hundred are kept (they are small and frozen). */
const checkedLicenses = new Map<string, LicenseCheck>();
const CHECKED_LICENSES_KEPT = 256;

export function checkLicense(raw: string): LicenseCheck {
  let r = checkedLicenses.get(raw);
  if (r === undefined) {
    if (checkedLicenses.size >= CHECKED_LICENSES_KEPT) checkedLicenses.clear();
    r = Object.freeze(checkLicenseUncached(raw));
    checkedLicenses.set(raw, r);
  }
  return r;
}

function checkLicenseUncached(raw: string): LicenseCheck {
  const s = raw.trim();
  if (!s) return { valid: false, ambiguous: true };
  if (HF_SET.has(s.toLowerCase())) return { valid: true };
  const canon = canonicalSpdxCase(s);
  try {
    parseSpdx(canon);
    return { valid: true };
  } catch {
    // fall through to suggestions
  }
  const key = informalKey(s);
  const direct = INFORMAL[key] ?? SPDX_BY_LOWER.get(key) ?? SPDX_BY_LOWER.get(`${key}.0`) ?? (HF_SET.has(key) ? key : undefined);
  if (direct) return { valid: false, suggestion: direct, ambiguous: false };
  let best: string[] = [];
  let bestD = Infinity;
  for (const cand of [...SPDX_IDS, ...HF_LICENSE_IDS]) {
    const d = distance(key, cand.toLowerCase());
    if (d < bestD) [best, bestD] = [[cand], d];
    else if (d === bestD) best.push(cand);
  }
  if (bestD <= Math.max(1, Math.min(3, Math.floor(key.length / 4)))) {
    return { valid: false, suggestion: best[0], ambiguous: best.length > 1 };
  }
  return { valid: false, ambiguous: true };
}

/** Free and open-source licences (and open RAIL licences) as used for public AI releases (EU AI Act Art. 2(12) reading). */
const OPEN_LICENSE =
  /(?<![\w-])(?:apache-2\.0|mit|bsd[\w.-]*|0bsd|isc|mpl-2\.0|(?:a|l)?gpl[\w.-]*|cc0-1\.0|cc-by-(?:sa-)?[\d.]+|unlicense|zlib|epl-[\d.]+|eupl-[\d.]+|artistic-2\.0|bsl-1\.0|openrail(?:\+\+|-m)?|[\w-]*-openrail-m|cdla-[\w.-]+|odc-by|odbl|pddl|ofl-1\.1)(?![\w-])/i;

export function isOpenLicense(license: string): boolean {
  return !/\bnc\b|non-?commercial/i.test(license.replace(/-/g, ' ')) && OPEN_LICENSE.test(license);
}

/** CC-BY-NC-*, "noncommercial" research licences. */
export function isNonCommercialLicense(license: string): boolean {
  return /(?:^|[^a-z])cc-by-nc|non-?commercial|research-license|(?:^|[^a-z])h-research|intel-research|apple-amlr/i.test(license);
}

const invalidSpdx: Rule = {
  meta: meta(
    'license-invalid-spdx',
    'error',
    'license is a valid SPDX expression or a known AI licence id.',
    'Registries, SBOM tools and code scanning read the licence as an SPDX expression (e.g. Apache-2.0, MIT OR Apache-2.0). Hugging Face ids are accepted too: lower-case SPDX ids (apache-2.0) and AI licences (openrail, bigscience-openrail-m, llama3.1, gemma, other, ...). Fix the id; the quick fix replaces a near miss with the canonical id.',
  ),
  check(ctx) {
    const m = ctx.manifest;
    const v = m.get(['license']);
    if (typeof v !== 'string') return [];
    const r = checkLicense(v);
    if (r.valid) return [];
    const suggestion = r.suggestion;
    const sure = !r.ambiguous;
    const fixes = suggestion !== undefined ? deferFixes(ctx, (fc) => manifestFix(fc, `Replace with '${suggestion}'`, sure, replaceValue(fc.manifest, ['license'], yamlScalar(suggestion)), sure)) : [];
    return [
      finding(
        this.meta,
        m.path,
        m.rangeFor(['license']),
        `'${v}' is not a valid SPDX licence expression or known AI licence id${r.suggestion ? `: did you mean '${r.suggestion}'?` : '. Use an SPDX id (Apache-2.0, MIT, CC-BY-4.0, ...), a Hub id (openrail, llama3.1, gemma, ...), or "other" with documentation.license_file.'}`,
        { fixes },
      ),
    ];
  },
};

const otherWithoutFile: Rule = {
  meta: meta(
    'license-other-without-file',
    'error',
    'license "other" (or a LicenseRef) names the licence file.',
    'A custom licence is only readable through its text. With license: other (or LicenseRef-...), set documentation.license_file to the file holding the licence terms.',
  ),
  check(ctx) {
    const m = ctx.manifest;
    const v = m.get(['license']);
    if (typeof v !== 'string' || !/^(?:other|licenseref-[\w.-]+)$/i.test(v.trim())) return [];
    if (isFilled(m.get(['documentation', 'license_file']))) return [];
    const slot = ctx.documents.license_file;
    // A licence file found by convention beside the manifest can be declared as is.
    const found = slot && slot.state === 'ok' && slot.path ? slot.path.slice(ctx.dir ? ctx.dir.length + 1 : 0) : undefined;
    return [
      finding(
        this.meta,
        m.path,
        m.rangeFor(['license']),
        `license is '${v}' but documentation.license_file is not set: name the file with the licence terms${found ? ` (${found} exists beside the manifest)` : ', e.g. LICENSE'}.`,
        { fixes: deferFixes(ctx, (fc) => (found ? manifestFix(fc, `Set documentation.license_file: ${found}`, true, replaceValue(fc.manifest, ['documentation', 'license_file'], yamlScalar(found)), true) : [])) },
      ),
    ];
  },
};

const useRestriction: Rule = {
  meta: meta(
    'license-use-restriction',
    'warning',
    'Declared contexts do not conflict with the use restrictions of the licence or the base model\'s licence.',
    'Responsible AI licences and use policies forbid some uses and flow down to derivatives: OpenRAIL-M Attachment A forbids medical advice and results interpretation and uses for the administration of justice, law enforcement, immigration or asylum; the Llama Acceptable Use Policy forbids the unlicensed practice of medical, legal or financial professions and the operation of critical infrastructure. A declared context that hits such a clause is a licence conflict as well as a regulatory flag. Remove the context, or obtain the right to use the model in it; set base_model_license when the base model\'s licence differs from what its name suggests.',
  ),
  check(ctx) {
    const sources = restrictionSources(ctx);
    if (!sources.length) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const c of declaredContexts(ctx)) {
      if (!c.domain) continue;
      for (const s of sources) {
        const clause = s.restriction.restricted.find((x) => x.domain === c.domain!.id);
        if (!clause || seen.has(`${s.restriction.id}:${c.domain.id}`)) continue;
        seen.add(`${s.restriction.id}:${c.domain.id}`);
        out.push(
          finding(
            this.meta,
            ctx.manifest.path,
            c.range,
            `Context '${c.value}' conflicts with the ${s.restriction.title} (via ${s.via}): ${clause.clause}. Remove the context or obtain the right to use the model in it; if the licence is different, set base_model_license. ${INDICATORS}.`,
            { citations: [s.restriction.citation.label] },
          ),
        );
      }
    }
    return out;
  },
};

const noncommercialConflict: Rule = {
  meta: meta(
    'license-noncommercial-conflict',
    'warning',
    'A commercial release does not carry a non-commercial licence or flag.',
    'release.purpose commercial contradicts a non-commercial licence (CC-BY-NC-*, research-only licences) on the release or its base model, and release.non_commercial: true. Change the purpose, or choose (or obtain) a licence that permits commercial use.',
  ),
  check(ctx) {
    const m = ctx.manifest;
    if (m.get(['release', 'purpose']) !== 'commercial') return [];
    const reasons: string[] = [];
    const license = m.get(['license']);
    const baseLicense = m.get(['base_model_license']);
    if (typeof license === 'string' && isNonCommercialLicense(license)) reasons.push(`license ${license} is non-commercial`);
    if (typeof baseLicense === 'string' && isNonCommercialLicense(baseLicense)) reasons.push(`base_model_license ${baseLicense} is non-commercial`);
    if (m.get(['release', 'non_commercial']) === true) reasons.push('release.non_commercial is true');
    if (!reasons.length) return [];
    return [
      finding(
        this.meta,
        m.path,
        m.rangeFor(['release', 'purpose']),
        `release.purpose is commercial but ${reasons.join(' and ')}. Change the purpose to research or general, or use a licence that permits commercial use.`,
      ),
    ];
  },
};

export const LICENSING_RULES: Rule[] = bound([invalidSpdx, otherWithoutFile, useRestriction, noncommercialConflict]);
