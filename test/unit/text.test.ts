import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text';

/** Line starts as a reader counts them: after LF, after CRLF, after a lone CR. */
function expectedStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

describe('text/LineIndex', () => {
  for (const [what, text] of [
    ['LF only', 'a: 1\nb: 2\n\nc: 3'],
    ['a trailing LF', 'a\nb\n'],
    ['CRLF', 'a: 1\r\nb: 2\r\n'],
    ['lone CR', 'a\rb\rc'],
    ['mixed breaks', 'a\r\nb\nc\rd\n\r\ne'],
    ['no break', 'single line'],
    ['empty', ''],
  ]) {
    it(`finds every line start with ${what}`, () => {
      const index = new LineIndex(text);
      const starts = expectedStarts(text);
      assert.equal(index.lineCount, starts.length);
      starts.forEach((s, line) => {
        assert.equal(index.lineStart(line), s);
        assert.deepEqual(index.positionAt(s), { line, character: 0 });
      });
    });
  }
});
