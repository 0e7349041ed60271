// Restricted-mode pass: the workspace is NOT trusted. Runs only with RR_TEST_RESTRICTED=1 (see runTest.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('restricted mode smoke test', () => {
  it('opens the fixture workspace untrusted, with the extension still loaded', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'workspace is untrusted');
    assert.ok(vscode.extensions.getExtension('ai-release-readiness.ai-release-readiness'), 'extension present in restricted mode');
  });
});
