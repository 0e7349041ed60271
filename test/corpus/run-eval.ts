// `npm run eval`: precision and recall of the text-reading rules on the labelled corpus, per rule and per
// domain, and every disagreement between the rules and the labels.
//   npm run eval -- --statements path/to/other-statements.yaml   (score another statement set)
//   npm run eval -- --cards path/to/folder   (score another card set: its *.yaml and texts/ as in cards/)
import { evaluate, loadCards, loadStatements, precision, recall, type Counts } from './evaluate';

const fmt = (x: number) => x.toFixed(3);
const line = (name: string, c: Counts) =>
  `  ${name.padEnd(34)} precision ${fmt(precision(c))} (${c.tp}/${c.tp + c.fp})   recall ${fmt(recall(c))} (${c.tp}/${c.tp + c.fn})`;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--statements');
  const statements = at > 0 ? loadStatements(process.argv[at + 1]) : undefined;
  const cardsAt = process.argv.indexOf('--cards');
  const cards = cardsAt > 0 ? loadCards(process.argv[cardsAt + 1]) : undefined;
  const r = await evaluate({ statements, cards });
  console.log(`Corpus: ${r.cardsScored} real cards, ${r.statementsScored} written statements (each placed in a manifest and in a card).\n`);
  console.log('Card sections (doc-section-missing, doc-section-empty, doc-empty; a finding claims a gap):');
  console.log(line('all cards', r.sections));
  for (const [k, c] of Object.entries(r.sectionsByKind)) console.log(line(k, c));
  for (const [k, c] of Object.entries(r.sectionsByBatch)) console.log(line(`cards/${k}`, c));
  console.log('\nUndeclared high-risk uses (risk-undeclared-use):');
  for (const [k, c] of Object.entries(r.uses)) console.log(line(k, c));
  console.log('\n  per domain (statements and real cards together):');
  for (const [k, c] of Object.entries(r.usesByDomain).sort()) console.log(line(`  ${k}`, c));
  if (r.unclearSkipped) console.log(`\n  ${r.unclearSkipped} domain labels marked unclear were not scored.`);
  console.log(`\nDisagreements (${r.disagreements.length}):`);
  for (const d of r.disagreements) console.log(`- [${d.rule}] ${d.item}\n    expected: ${d.expected}; got: ${d.got}${d.detail ? `\n    ${d.detail}` : ''}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
