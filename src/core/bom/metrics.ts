// Performance metrics a card states: the Hugging Face `model-index` front matter, tables in evaluation
// sections ("| Split | Accuracy |", "| Metric | Value |"), and sentences in them that give a named metric
// a number ("Accuracy 0.93 on the test split and 0.86 on book reviews", "an F1 of 91.2%"). A number
// without a metric name, and a metric name without a number, is not a metric.
import type { ParsedCard } from '../cards/model';
import { plainText, sectionBlocks, sectionsFor } from './cardText';

export interface PerformanceMetric {
  /** The metric's name as the card writes it ("Accuracy", "macro F1"). */
  type: string;
  /** The value as written ("0.93", "91.2%"). */
  value: string;
  /** What it was measured on, when the card says ("in-domain test split"). */
  slice?: string;
}

/** Names of evaluation metrics. Longer names first, so "macro F1" wins over "F1". */
const METRIC_NAMES = [
  String.raw`top-?[1-9]\d* accuracy`,
  String.raw`balanced accuracy`,
  String.raw`(?:macro|micro|weighted)[- ](?:averaged |average )?F1(?:[- ]score)?`,
  String.raw`F1[- ]score`,
  String.raw`F-?score`,
  String.raw`F1`,
  String.raw`accuracy`,
  String.raw`precision`,
  String.raw`recall`,
  String.raw`ROC[- ]AUC`,
  String.raw`PR[- ]AUC`,
  String.raw`AUROC`,
  String.raw`AUPRC`,
  String.raw`AUC`,
  String.raw`mAP(?:@[\d.:]+)?`,
  String.raw`sacreBLEU`,
  String.raw`BLEU(?:-[1-4])?`,
  String.raw`chrF\+{0,2}`,
  String.raw`ROUGE-(?:1|2|L|Lsum)`,
  String.raw`ROUGE`,
  String.raw`METEOR`,
  String.raw`BERTScore`,
  String.raw`perplexity`,
  String.raw`exact match`,
  String.raw`word error rate`,
  String.raw`character error rate`,
  String.raw`WER`,
  String.raw`CER`,
  String.raw`RMSE`,
  String.raw`MSE`,
  String.raw`MAE`,
  String.raw`R2`,
  String.raw`Matthews correlation(?: coefficient)?`,
  String.raw`MCC`,
  String.raw`Spearman(?:'s)?(?: rank)?(?: correlation| rho)?`,
  String.raw`Pearson(?:'s)?(?: correlation| r)?`,
  String.raw`pass@\d+`,
  String.raw`mIoU`,
  String.raw`IoU`,
];
const METRIC = `(?:${METRIC_NAMES.join('|')})`;
const NUMBER = String.raw`\d+(?:\.\d+)?(?:\s?%)?`;
/** What may follow a value: the end of the clause, a slice, or the next value. */
const AFTER_VALUE = String.raw`(?=\s*(?:[,;)]|\.(?:\s|$)|$)|\s+(?:on|for|in|over|across|and|with|at)\b|\s+\()`;
/** A slice runs to the end of its clause, or to "and <next value>". */
const SLICE = String.raw`(?:on|for|in|over|across)\s+(?:the\s+)?([^,;()]+?)(?=\s*(?:[,;()]|\.(?:\s|$)|$)|\s+and\s+(?:an?\s+|the\s+)?(?:${METRIC}\s+(?:of\s+)?)?\d)`;

/** "Accuracy 0.93 on X", "an accuracy of 93% for X", "F1: 0.91", "accuracy is 0.9". */
const METRIC_FIRST = new RegExp(
  String.raw`(?<![\w-])(${METRIC})(?![\w-])(?:\s+score)?\s*(?:of|:|=|is|was|reaches|reached|at|of about|of around)?\s*(?:about|around|approximately|~)?\s*(${NUMBER})${AFTER_VALUE}(?:\s+${SLICE})?`,
  'giu',
);
/** "accuracy on X is 0.9", "F1 for X: 0.8". */
const SLICE_FIRST = new RegExp(
  String.raw`(?<![\w-])(${METRIC})(?![\w-])\s+(?:on|for)\s+(?:the\s+)?([^,;.()]+?)\s*(?:is|was|:|=|of)\s*(${NUMBER})${AFTER_VALUE}`,
  'giu',
);
/** What continues a metric: ", 0.86 on Y", "and 0.86 on Y", "and an F1 of 0.8 on Y" is a new metric (matched on its own). */
const MORE = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|and\s+)(${NUMBER})${AFTER_VALUE}(?:\s+${SLICE})?`, 'iu');

const WHOLE_METRIC = new RegExp(`^${METRIC}$`, 'iu');
const PLAIN_NUMBER = new RegExp(`^${NUMBER}$`, 'u');

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Metrics stated in sentences. */
export function metricsInProse(text: string): PerformanceMetric[] {
  const found: { at: number; metric: PerformanceMetric }[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(SLICE_FIRST)) {
    found.push({ at: m.index, metric: { type: clean(m[1]), value: clean(m[3]), slice: clean(m[2]) } });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(METRIC_FIRST)) {
    if (taken.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
    const type = clean(m[1]);
    found.push({ at: m.index, metric: { type, value: clean(m[2]), ...(m[3] ? { slice: clean(m[3]) } : {}) } });
    // "... and 0.86 on the out-of-domain reviews": the same metric again.
    let rest = m.index + m[0].length;
    for (let more = MORE.exec(text.slice(rest)); more; more = MORE.exec(text.slice(rest))) {
      found.push({ at: rest, metric: { type, value: clean(more[1]), ...(more[2] ? { slice: clean(more[2]) } : {}) } });
      rest += more[0].length;
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.metric);
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => plainText(c));
}

/** Metrics stated in a table: metric names as column headings, or a "Metric" column with a "Value" column. */
export function metricsInTable(rows: readonly string[]): PerformanceMetric[] {
  if (rows.length < 2) return [];
  const header = cells(rows[0]);
  const out: PerformanceMetric[] = [];
  const metricCol = header.findIndex((h) => /^(?:metric|metrics|measure)$/i.test(h));
  const valueCol = header.findIndex((h) => /^(?:value|score|result|results)$/i.test(h));
  if (metricCol >= 0 && valueCol >= 0) {
    const sliceCol = header.findIndex((_h, i) => i !== metricCol && i !== valueCol);
    for (const row of rows.slice(1).map(cells)) {
      const type = row[metricCol];
      const value = row[valueCol];
      if (!type || !value || !PLAIN_NUMBER.test(value)) continue;
      const slice = sliceCol >= 0 ? row[sliceCol] : undefined;
      out.push({ type, value, ...(slice ? { slice } : {}) });
    }
    return out;
  }
  const metricCols = header.map((h, i) => (WHOLE_METRIC.test(h) ? i : -1)).filter((i) => i >= 0);
  if (metricCols.length === 0) return [];
  const sliceCol = header.findIndex((_h, i) => !metricCols.includes(i));
  for (const row of rows.slice(1).map(cells)) {
    for (const i of metricCols) {
      const value = row[i];
      if (!value || !PLAIN_NUMBER.test(value)) continue;
      const slice = sliceCol >= 0 ? row[sliceCol] : undefined;
      out.push({ type: header[i], value, ...(slice ? { slice } : {}) });
    }
  }
  return out;
}

function asString(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function array(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Metrics and evaluation datasets of the Hugging Face `model-index` front matter. */
export function modelIndex(frontMatter: Record<string, unknown> | undefined): { metrics: PerformanceMetric[]; datasets: string[]; tasks: string[] } {
  const metrics: PerformanceMetric[] = [];
  const datasets: string[] = [];
  const tasks: string[] = [];
  for (const model of array(frontMatter?.['model-index'])) {
    for (const result of array(record(model)?.results)) {
      const r = record(result);
      const dataset = record(r?.dataset);
      const datasetId = asString(dataset?.type);
      const datasetName = asString(dataset?.name) ?? datasetId;
      const split = asString(dataset?.split);
      const task = asString(record(r?.task)?.type);
      if (datasetId && !datasets.includes(datasetId)) datasets.push(datasetId);
      if (task && !tasks.includes(task)) tasks.push(task);
      const slice = [datasetName, split && `(${split} split)`].filter(Boolean).join(' ');
      for (const metric of array(r?.metrics)) {
        const m = record(metric);
        const type = asString(m?.name) ?? asString(m?.type);
        const value = asString(m?.value);
        if (type && value) metrics.push({ type, value, ...(slice ? { slice } : {}) });
      }
    }
  }
  return { metrics, datasets, tasks };
}

/** Every metric a card states: front matter first, then its evaluation sections in document order. */
export function cardMetrics(card: ParsedCard | undefined): PerformanceMetric[] {
  if (!card) return [];
  const out: PerformanceMetric[] = [...modelIndex(card.frontMatter?.data).metrics];
  for (const section of sectionsFor(card, 'evaluation')) {
    let table: string[] = [];
    const flush = () => {
      out.push(...metricsInTable(table));
      table = [];
    };
    for (const block of sectionBlocks(card, section)) {
      if (block.kind === 'row') {
        // A blank line between rows ends one table and starts another.
        if (!block.follows) flush();
        table.push(block.text);
        continue;
      }
      flush();
      out.push(...metricsInProse(plainText(block.text)));
    }
    flush();
  }
  const seen = new Set<string>();
  return out.filter((m) => {
    const key = `${m.type.toLowerCase()}\u0000${m.value}\u0000${m.slice ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
