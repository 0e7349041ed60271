import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/core/manifest/parse';

describe('manifest/parseManifest', () => {
  it('reads a mapping used as a key (a template left unrendered) without printing a process warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const m = parseManifest('release-manifest.yaml', 'manifest_version: 1\n{{ release_name }}: x\n');
      assert.deepEqual(m.syntaxErrors, []);
      assert.equal((m.data as Record<string, unknown>).manifest_version, 1);
      // Process warnings are emitted on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(warnings, []);
  });
});
