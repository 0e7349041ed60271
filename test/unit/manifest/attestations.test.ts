import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/core/manifest/parse';
import { attestationOf, isoDate, manualChecksFor, removeAttestationEdits, setAttestationEdits } from '../../../src/core/manifest/attestations';
import { applyEdits } from '../../../src/core/text';
import { validateManifest } from '../../../src/core/manifest/validate';

const pm = (src: string) => parseManifest('release-manifest.yaml', src);
const base = 'manifest_version: 1 # v1\nname: x\nversion: 1.0.0\nartifact: model\n';
const who = { by: 'Ada Lovelace', date: '2026-01-31' };

function roundTrip(src: string, key: string): { ticked: string; unticked: string } {
  const ticked = applyEdits(src, setAttestationEdits(pm(src), key, who));
  const m = pm(ticked);
  assert.deepEqual(m.syntaxErrors, [], ticked);
  assert.deepEqual(attestationOf(m, key), who, ticked);
  assert.deepEqual(validateManifest(m), [], ticked);
  const unticked = applyEdits(ticked, removeAttestationEdits(m, key));
  assert.deepEqual(pm(unticked).syntaxErrors, [], unticked);
  assert.equal(attestationOf(pm(unticked), key), undefined, unticked);
  return { ticked, unticked };
}

describe('attestations', () => {
  it('round-trips on `attestations: {}` back to the same text', () => {
    const src = `${base}attestations: {} # ticked in the sidebar\n`;
    const { ticked, unticked } = roundTrip(src, 'evaluation_reproduced');
    assert.match(ticked, /# ticked in the sidebar/);
    assert.equal(unticked.replace(/\{ ?\}/, '{}'), src);
  });

  it('adds the mapping when absent and keeps comments', () => {
    const { ticked } = roundTrip(`${base}# last line\n`, 'incident_contact_reachable');
    assert.match(ticked, /# v1/);
    assert.match(ticked, /# last line/);
  });

  it('removes only its own lines in a block mapping', () => {
    const src = `${base}attestations:\n  a: { by: x, date: 2025-01-01 }\n  b: true # kept\nlicense: mit\n`;
    const { ticked, unticked } = roundTrip(src, 'evaluation_reproduced');
    assert.match(ticked, /evaluation_reproduced: \{ by: Ada Lovelace, date: 2026-01-31 \}/);
    assert.equal(unticked, src);
  });

  it('leaves `attestations: {}` when the last one goes', () => {
    const src = `${base}attestations:\n  evaluation_reproduced: { by: x, date: 2025-01-01 }\nlicense: mit\n`;
    const out = applyEdits(src, removeAttestationEdits(pm(src), 'evaluation_reproduced'));
    assert.deepEqual(pm(out).get(['attestations']), {});
    assert.match(out, /license: mit/);
  });

  it('reads ticks written by hand', () => {
    const m = pm(`${base}attestations:\n  a: true\n  b: { by: Bo, date: 2025-02-03 }\n  c: false\n`);
    assert.deepEqual(attestationOf(m, 'a'), { by: '', date: '' });
    assert.deepEqual(attestationOf(m, 'b'), { by: 'Bo', date: '2025-02-03' });
    assert.equal(attestationOf(m, 'c'), undefined);
  });

  it('quotes awkward author names', () => {
    const src = `${base}attestations: {}\n`;
    const by = 'O\'Neil, "Bo" {x}';
    const out = applyEdits(src, setAttestationEdits(pm(src), 'a', { by, date: '2026-01-31' }));
    assert.equal(attestationOf(pm(out), 'a')?.by, by);
  });

  it('offers the checks that fit the artifact kind', () => {
    const keys = (art: string) => manualChecksFor(pm(`artifact: ${art}\n`)).map((c) => c.key);
    assert.ok(keys('model').includes('model_card_reviewed'));
    assert.ok(!keys('dataset').includes('model_card_reviewed'));
    assert.ok(keys('dataset').includes('data_card_reviewed'));
    assert.ok(keys('code').includes('incident_contact_reachable'));
  });

  it('formats local dates as YYYY-MM-DD', () => {
    assert.equal(isoDate(new Date(2026, 0, 5)), '2026-01-05');
  });
});
