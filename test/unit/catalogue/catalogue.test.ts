import * as assert from 'node:assert/strict';
import { DEFAULT_CATALOGUE, loadCatalogue, normaliseContext, isLowRiskContext } from '../../../src/core/catalogue/catalogue';
import DOMAINS from '../../../src/core/catalogue/domains.json';

describe('domain catalogue', () => {
  it('is versioned data with an as-of date', () => {
    assert.match(DEFAULT_CATALOGUE.version, /^\d{4}\.\d+\.\d+$/);
    assert.equal(DEFAULT_CATALOGUE.asOf, '2026-11-27');
    assert.equal(DEFAULT_CATALOGUE.dates?.['eu-ai-act-annex-iii'], '2027-12-02');
  });

  it('holds the required domains with tiers', () => {
    const ids = DEFAULT_CATALOGUE.domains.map((d) => d.id);
    for (const id of ['biometrics', 'critical-infrastructure', 'education', 'employment', 'credit', 'insurance', 'essential-public-services', 'healthcare', 'law-enforcement', 'migration', 'justice', 'housing']) {
      assert.ok(ids.includes(id), id);
      assert.equal(DEFAULT_CATALOGUE.domains.find((d) => d.id === id)!.tier, 'high-risk');
    }
    for (const id of ['social-scoring', 'manipulation', 'facial-scraping', 'workplace-emotion-recognition', 'predictive-policing']) {
      assert.equal(DEFAULT_CATALOGUE.domains.find((d) => d.id === id)?.tier, 'prohibited', id);
    }
    for (const id of ['chatbot', 'synthetic-media']) assert.equal(DEFAULT_CATALOGUE.domains.find((d) => d.id === id)?.tier, 'transparency', id);
  });

  it('words every citation as an indicator and gives high-risk domains safeguards and phrases', () => {
    for (const d of DEFAULT_CATALOGUE.domains) {
      assert.ok(d.citations.length > 0, d.id);
      for (const c of d.citations) assert.match(c.note, /\bmay\b|forbid|prohibit|are consequential/i, `${d.id}: ${c.label}`);
      assert.ok(d.phrases.length >= 5, d.id);
      for (const p of d.phrases) assert.equal(p, p.toLowerCase(), `${d.id}: ${p}`);
      if (d.tier === 'high-risk') assert.ok(d.requiredSafeguards.length >= 4, d.id);
    }
  });

  it('ties every licence citation of a domain to a licence restriction, and no law to one', () => {
    const restrictions = new Set((DEFAULT_CATALOGUE.licenseRestrictions ?? []).map((r) => r.id));
    let tied = 0;
    for (const d of DEFAULT_CATALOGUE.domains) {
      for (const c of d.citations) {
        const licence = /OpenRAIL|RAIL-M|Llama|Gemma|acceptable use/i.test(c.label);
        assert.equal(c.licenseRestriction !== undefined, licence, `${d.id}: ${c.label}`);
        if (c.licenseRestriction) {
          assert.ok(restrictions.has(c.licenseRestriction), `${d.id}: ${c.label} -> ${c.licenseRestriction}`);
          tied++;
        }
      }
    }
    assert.ok(tied > 0);
  });

  it('finds domains by id or alias, ignoring case, spaces, hyphens and underscores', () => {
    assert.equal(DEFAULT_CATALOGUE.domainFor('employment')?.id, 'employment');
    assert.equal(DEFAULT_CATALOGUE.domainFor('Hiring')?.id, 'employment');
    assert.equal(DEFAULT_CATALOGUE.domainFor('resume_screening')?.id, 'employment');
    assert.equal(DEFAULT_CATALOGUE.domainFor('  Credit Scoring ')?.id, 'credit');
    assert.equal(DEFAULT_CATALOGUE.domainFor('MEDICAL')?.id, 'healthcare');
    assert.equal(DEFAULT_CATALOGUE.domainFor('border control')?.id, 'migration');
    assert.equal(normaliseContext(' Law_Enforcement '), 'law-enforcement');
  });

  it('returns undefined for low-risk and unknown contexts', () => {
    assert.equal(DEFAULT_CATALOGUE.domainFor('research'), undefined);
    assert.equal(DEFAULT_CATALOGUE.domainFor('Software Development'), undefined);
    assert.ok(isLowRiskContext(DEFAULT_CATALOGUE, 'software_development'));
    assert.equal(DEFAULT_CATALOGUE.domainFor('hirng'), undefined);
    assert.ok(!isLowRiskContext(DEFAULT_CATALOGUE, 'hirng'));
  });

  it('has no alias claimed by two domains and no low-risk context that is a domain', () => {
    const owner = new Map<string, string>();
    for (const d of DEFAULT_CATALOGUE.domains) {
      for (const a of new Set([d.id, ...d.aliases].map(normaliseContext))) {
        assert.ok(!owner.has(a) || owner.get(a) === d.id, `${a} in ${owner.get(a)} and ${d.id}`);
        owner.set(a, d.id);
      }
    }
    for (const c of DEFAULT_CATALOGUE.lowRiskContexts) assert.ok(!owner.has(normaliseContext(c)), c);
  });

  it('loads a caller-supplied catalogue', () => {
    const c = loadCatalogue({ ...(DOMAINS as never as Parameters<typeof loadCatalogue>[0] & object), version: '9.9.9', domains: [] });
    assert.equal(c.version, '9.9.9');
    assert.equal(c.domainFor('hiring'), undefined);
  });
});
