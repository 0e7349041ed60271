// Loaded inside the VS Code extension host by runTest.ts when RR_BENCH=1 (npm run bench:host), instead of
// the test suite. Activation happens once per extension host, so runTest.ts starts the host
// RR_BENCH_LAUNCHES times; every launch measures everything (host.bench.ts) and adds its sample to
// out/bench-host.samples.json. The last launch reports the medians over the launches, prints the
// `host:` lines and writes out/bench-host.json (kept out of git).
// Ratios are taken per launch (figure and reference from the same host process), then the median.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EDIT_UNIT, measure, median, type LaunchSample } from './host.bench';

// out/test/integration/bench -> repository root
const repoRoot = path.resolve(__dirname, '../../../..');
const samplesFile = path.join(repoRoot, 'out/bench-host.samples.json');
const resultFile = path.join(repoRoot, 'out/bench-host.json');

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (x: number) => (x >= 10 ? x.toFixed(1) : x.toFixed(2));

export async function run(): Promise<void> {
  const [launch, launches] = (process.env.RR_BENCH_LAUNCH || '1/1').split('/').map(Number);
  const sample = await measure();
  const samples: LaunchSample[] = launch > 1 && fs.existsSync(samplesFile) ? (JSON.parse(fs.readFileSync(samplesFile, 'utf8')) as LaunchSample[]) : [];
  samples.push(sample);
  fs.mkdirSync(path.dirname(samplesFile), { recursive: true });
  fs.writeFileSync(samplesFile, JSON.stringify(samples, null, 2));
  console.log(`launch ${launch}/${launches}: ${JSON.stringify(sample)}`);
  if (launch < launches) return;

  const med = (f: (s: LaunchSample) => number) => median(samples.map(f));
  const figures = {
    activation: { ms: med((s) => s.activationMs), ratio: med((s) => s.activationMs / s.coreWorkspaceMs) },
    firstDiagnostics: { ms: med((s) => s.firstDiagnosticsMs), ratio: med((s) => s.firstDiagnosticsMs / s.coreWorkspaceMs) },
    firstScan: { ms: med((s) => s.firstScanMs), ratio: med((s) => s.firstScanMs / s.coreWorkspaceMs) },
    rescan: { ms: med((s) => s.rescanMs), ratio: med((s) => s.rescanMs / s.coreWorkspaceMs) },
    referenceA: { ms: med((s) => s.coreWorkspaceMs) },
    search: { ms: med((s) => s.searchMs), ratio: med((s) => s.searchMs / s.coreWorkspaceMs) },
    editPublished: { ms: med((s) => s.editPublishedMs), ratio: med((s) => s.editPublishedMs / s.coreUnitMs) },
    editEvent: { ms: med((s) => s.editEventMs), ratio: med((s) => s.editEventMs / s.coreUnitMs) },
    referenceB: { ms: med((s) => s.coreUnitMs) },
    recheck: { ms: med((s) => s.recheckMs), ratio: med((s) => s.recheckMs / s.coreUnitMs) },
    editDelivered: { ms: med((s) => s.editDeliveredMs), ratio: med((s) => s.editDeliveredMs / s.coreUnitMs) },
  };
  const units = samples[0].units;
  const lines = [
    `host: VS Code ${samples[0].vscodeVersion} extension host (code-server), ${os.cpus().length} CPU(s), median of ${samples.length} launch(es); workspace: examples/ (${units} release units)`,
    `host: activation = ${ms(figures.activation.ms)} ms in activate() (= ${ratio(figures.activation.ratio)} x reference a)`,
    `host: activation to first diagnostics (the first unit's, shown as soon as it is checked) = ${ms(figures.firstDiagnostics.ms)} ms (= ${ratio(figures.firstDiagnostics.ratio)} x reference a)`,
    `host: activation to all diagnostics (every unit of the folder) = ${ms(figures.firstScan.ms)} ms (= ${ratio(figures.firstScan.ratio)} x reference a)`,
    `host: full rescan, warm = ${ms(figures.rescan.ms)} ms (= ${ratio(figures.rescan.ratio)} x reference a)`,
    `host: VS Code's manifest search (one findFiles, warm; the scan's search where the files are not on this host's disk) = ${ms(figures.search.ms)} ms (= ${ratio(figures.search.ratio)} x reference a)`,
    `host: reference a = ${ms(figures.referenceA.ms)} ms: core checkWorkspace of the same folder over Node fs, in the same extension host`,
    `host: edit -> diagnostics (published, debounceMs ${samples[0].debounceMs}) = ${ms(figures.editPublished.ms)} ms (= ${ratio(figures.editPublished.ratio)} x reference b)`,
    `host: edit -> diagnostics (onDidChangeDiagnostics, debounceMs ${samples[0].debounceMs}) = ${ms(figures.editEvent.ms)} ms (= ${ratio(figures.editEvent.ratio)} x reference b; VS Code batches this event for 50 ms)`,
    `host:   of which VS Code delivering the edit to the extension host (applyEdit -> onDidChangeTextDocument) = ${ms(figures.editDelivered.ms)} ms (= ${ratio(figures.editDelivered.ratio)} x reference b)`,
    `host:   of which the extension's recheck of the unit (service.recheck, warm, no edit) = ${ms(figures.recheck.ms)} ms (= ${ratio(figures.recheck.ratio)} x reference b)`,
    ...samples.flatMap((s, i) => ([['check after an edit', s.editCheck], ['service.recheck', s.recheckCheck]] as const).flatMap(([what, c]) => c ?
      [`host:     launch ${i + 1}, last ${what}: check ${ms(c.checkMs)} ms (${c.fsCalls} fs calls, ${c.diskCalls} to disk), publish ${ms(c.publishMs)} ms, views ${ms(c.notifyMs)} ms`] : [])),
    ...samples.flatMap((s, i) => ([['first scan', s.firstScan], ['warm rescan', s.warmScan]] as const).flatMap(([what, t]) => t ?
      [`host:     launch ${i + 1}, ${what}: started ${ms(t.sinceCreated)} ms after activate(); search ${ms(t.searchMs)} ms [${t.patternMs.map(ms).join(', ')}] via ${t.via}, ` +
        `select ${ms(t.selectMs)}, first unit ${ms(t.firstUnitMs)}, first shown ${ms(t.firstPublishedMs)}, all checked ${ms(t.checkedMs)}, published ${ms(t.publishedMs)}, views ${ms(t.notifiedMs)} ms (${t.fsCalls} fs calls, ${t.diskCalls} to disk, ${t.units} units; ${t.startedBeforeFirstChecked} check(s) started before the first ended)`] : [])),
    `host: reference b = ${ms(figures.referenceB.ms)} ms: core checkUnit of ${EDIT_UNIT} over Node fs, in the same extension host`,
  ];
  for (const l of lines) console.log(l);
  const result = {
    when: new Date().toISOString(),
    vscodeVersion: samples[0].vscodeVersion,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    launches: samples.length,
    workspace: 'examples/',
    units,
    editedUnit: EDIT_UNIT,
    debounceMs: samples[0].debounceMs,
    references: {
      a: 'core checkWorkspace of the same folder over Node fs, in the same extension host (warm median)',
      b: `core checkUnit of ${EDIT_UNIT} over Node fs, in the same extension host (warm median)`,
    },
    figures,
    lines,
    samples,
  };
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
  fs.rmSync(samplesFile, { force: true });
  console.log(`host: written to ${path.relative(repoRoot, resultFile)}`);
}
