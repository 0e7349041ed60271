// Helpers shared by the output formats.
import type { Range } from '../types';

export interface OneBasedRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** Editors and SARIF count lines and columns from 1; the core counts from 0. */
export function oneBased(r: Range): OneBasedRange {
  return {
    start: { line: r.start.line + 1, column: r.start.character + 1 },
    end: { line: r.end.line + 1, column: r.end.character + 1 },
  };
}

/**
 * Text from the repository may hold terminal escape sequences or line breaks: one line, no control
 * characters, so a finding cannot forge another line or recolour the terminal.
 */
export function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
