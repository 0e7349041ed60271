import * as assert from 'node:assert/strict';
import { completionsAt, cursorContext, hoverAt, snippetYaml } from '../../../src/core/manifest/assist';

/** Text with a `|` marking the cursor -> [text, line, character]. */
function at(src: string): [string, number, number] {
  const i = src.indexOf('|');
  const before = src.slice(0, i);
  const line = before.split('\n').length - 1;
  return [src.slice(0, i) + src.slice(i + 1), line, i - (before.lastIndexOf('\n') + 1)];
}
const labels = (src: string) => completionsAt(...at(src)).map((c) => c.label);

describe('schema assist', () => {
  it('finds the YAML path at the cursor', () => {
    assert.deepEqual(cursorContext(...at('intended_use:\n  summary: x\n  |')), { path: ['intended_use'], position: 'key', indent: 2, siblings: ['summary'] });
    assert.deepEqual(cursorContext(...at('release:\n  purpose: |'))?.path, ['release', 'purpose']);
    assert.deepEqual(cursorContext(...at('a: 1\n|'))?.path, []);
    assert.equal(cursorContext(...at('name: x # comm|')), undefined);
  });

  it('completes top-level keys not yet present, with docs', () => {
    const c = completionsAt(...at('manifest_version: 1\nname: x\n|'));
    const keys = c.filter((x) => x.kind === 'key').map((x) => x.label);
    assert.ok(keys.includes('intended_use'));
    assert.ok(!keys.includes('name'));
    assert.ok(c.find((x) => x.label === 'artifact')?.documentation);
  });

  it('completes nested keys and skips siblings below the cursor too', () => {
    const l = labels('deployment:\n  |\n  contexts: []\nname: x\n');
    assert.ok(l.includes('role'));
    assert.ok(!l.includes('contexts'));
    assert.ok(!l.includes('name'));
  });

  it('completes enum values with their descriptions', () => {
    const c = completionsAt(...at('artifact: |'));
    assert.deepEqual(c.map((x) => x.label), ['model', 'dataset', 'code', 'application']);
    assert.ok(c.every((x) => x.documentation));
    assert.deepEqual(labels('release:\n  non_commercial: |'), ['true', 'false']);
    assert.deepEqual(labels('deployment:\n  role: d|'), ['developer', 'modifier', 'deployer']);
  });

  it('offers whole-block snippets from defaultSnippets', () => {
    const c = completionsAt(...at('name: x\n|'));
    const s = c.find((x) => x.kind === 'snippet' && x.label.startsWith('safeguards'));
    assert.ok(s?.snippet);
    assert.match(s.insertText, /^safeguards:\n {2}human_oversight: \$\{1:/);
  });

  it('renders snippet bodies as YAML blocks', () => {
    assert.equal(snippetYaml({ a: 'x', b: ['${1:y}', 'z w'], c: { d: true } }, 2), '  a: x\n  b:\n    - ${1:y}\n    - z w\n  c:\n    d: true');
  });

  it('hovers a key with its markdownDescription', () => {
    const h = hoverAt(...at('release:\n  pur|pose: research'));
    assert.ok(h);
    assert.match(h.contents, /\*\*release\.purpose\*\*/);
    assert.match(h.contents, /research/);
    assert.equal(h.start, 2);
    assert.equal(hoverAt(...at('release:\n  purpose: resea|rch')), undefined);
    assert.equal(hoverAt(...at('nonsense_key|: 1')), undefined);
  });

  it('works inside sequences of mappings and in incomplete documents', () => {
    assert.doesNotThrow(() => completionsAt(...at('intended_use:\n  out_of_scope:\n    - |')));
    assert.doesNotThrow(() => completionsAt(...at('{[: |')));
  });
});
