// Markdown of the readiness report for a pull request description: the core's formatter, as the CLI prints it.
import { formatMarkdown } from '../../core/format/markdown';
import type { UnitEntry } from '../model';

export function reportMarkdown(units: UnitEntry[]): string {
  return formatMarkdown({ units: units.map((e) => e.result), skipped: [] });
}
