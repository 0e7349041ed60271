import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/core/manifest/parse';
import { processWarningsDuring } from '../helpers/processWarnings';

describe('manifest/parseManifest', () => {
  it('reads a mapping used as a key (a template left unrendered) without printing a process warning', async () => {
    const warnings = await processWarningsDuring(() => {
      const m = parseManifest('release-manifest.yaml', 'manifest_version: 1\n{{ release_name }}: x\n');
      assert.deepEqual(m.syntaxErrors, []);
      assert.equal((m.data as Record<string, unknown>).manifest_version, 1);
    });
    assert.deepEqual(warnings, []);
  });
});
