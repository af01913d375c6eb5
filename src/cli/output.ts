/**
 * Writes a run's full result to a file without building it as one string: JSON and CSV in chunks through a stream,
 * Parquet in row groups of days.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import { flowsOf, seriesOf, toCsvLines } from '../engine/metrics/export.ts';
import type { Provenance } from '../engine/metrics/provenance.ts';
import { SERIES_KEYS, SERIES_KIND, type RunResult } from '../engine/metrics/result.ts';
import { LAGE_STATES } from '../engine/machines/lage.ts';
import { ACCOMMODATION_TYPES } from '../engine/scenario/schema.ts';
import { batchLines } from './format.ts';

const json = (v: unknown): string => JSON.stringify(v);

/** Flow records per chunk of JSON text. */
const FLOW_CHUNK = 4096;

/**
 * The result JSON (format of `toResultJson`, byte for byte as `JSON.stringify(toResultJson(r, provenance))`) as a
 * sequence of pieces: a unit's series, a slice of flows. The largest piece is one unit's series, not the whole file.
 */
export function* resultJsonChunks(r: RunResult, provenance?: Provenance): Generator<string> {
  yield `{${provenance ? `"provenance":${json(provenance)},` : ''}"meta":${json(r.meta)},"days":${json(r.days)},"units":${json(r.units)},"series":{`;
  for (let i = 0; i < r.units.length; i++) {
    const entry = Object.fromEntries(SERIES_KEYS.map((k) => [k, seriesOf(r, i, k)]));
    yield `${i > 0 ? ',' : ''}${json(r.units[i]!.id)}:${json(entry)}`;
  }
  yield '},"ledger":{';
  for (let i = 0; i < r.units.length; i++) yield `${i > 0 ? ',' : ''}${json(r.units[i]!.id)}:${json(r.ledger[i])}`;
  yield `},"kpis":${json(r.kpis)},"log":${json(r.log)},"flows":[`;
  const flows = flowsOf(r);
  for (let i = 0; i < flows.length; i += FLOW_CHUNK) yield `${i > 0 ? ',' : ''}${json(flows.slice(i, i + FLOW_CHUNK)).slice(1, -1)}`;
  yield `],"quotaChanges":${json(r.quotaChanges)},"byType":{`;
  const D = r.days.length;
  const T = ACCOMMODATION_TYPES.length;
  const AT = r.byType.units.length * T;
  for (let i = 0; i < r.byType.units.length; i++) {
    const pick = (a: Int32Array) =>
      Object.fromEntries(ACCOMMODATION_TYPES.map((t, ti) => [t, Array.from({ length: D }, (_, d) => a[d * AT + i * T + ti] as number)]));
    yield `${i > 0 ? ',' : ''}${json(r.units[r.byType.units[i]!]!.id)}:${json({ capacity: pick(r.byType.capacity), occupancy: pick(r.byType.occupancy) })}`;
  }
  yield '}}\n';
}

/** Joins small pieces into chunks of about `size` characters, so that the stream is not called per piece. */
function* coalesce(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf = '';
  for (const p of pieces) {
    buf += p;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Streams text pieces to a file. */
export async function writeText(path: string, pieces: Iterable<string>): Promise<void> {
  await pipeline(Readable.from(coalesce(pieces)), createWriteStream(path, { encoding: 'utf8' }));
}

/** Days per Parquet row group: with Hessen's 450 units about 45 000 rows. */
const DAYS_PER_GROUP = 100;

/**
 * The CSV table (one row per day and unit) as Parquet, written row group by row group: date, unit, name, level and
 * parent as strings, counts as INT32, amounts as DOUBLE (rounded to cents), the Lage as its id.
 */
export async function writeResultParquet(path: string, r: RunResult, provenance?: Provenance): Promise<void> {
  const U = r.units.length;
  const D = r.days.length;
  const columnsFor = (d0: number, d1: number) => {
    const n = (d1 - d0) * U;
    const date: string[] = new Array(n);
    const unit: string[] = new Array(n);
    const name: string[] = new Array(n);
    const level: string[] = new Array(n);
    const parent: (string | null)[] = new Array(n);
    let k = 0;
    for (let d = d0; d < d1; d++) {
      for (let u = 0; u < U; u++, k++) {
        const info = r.units[u]!;
        date[k] = r.days[d] as string;
        unit[k] = info.id;
        name[k] = info.name;
        level[k] = info.level;
        parent[k] = info.parent;
      }
    }
    const series = SERIES_KEYS.map((key) => {
      const kind = SERIES_KIND[key];
      const src = r.series[key];
      const slice = src.subarray(d0 * U, d1 * U);
      if (kind === 'count') return { name: key, data: Int32Array.from(slice), type: 'INT32' as const, nullable: false };
      if (kind === 'amount') return { name: key, data: Float64Array.from(slice, (v) => Math.round(v * 100) / 100), type: 'DOUBLE' as const, nullable: false };
      return { name: key, data: Array.from(slice, (v) => LAGE_STATES[v] ?? String(v)), type: 'STRING' as const, nullable: false };
    });
    return [
      { name: 'date', data: date, type: 'STRING' as const, nullable: false },
      { name: 'unit', data: unit, type: 'STRING' as const, nullable: false },
      { name: 'name', data: name, type: 'STRING' as const, nullable: false },
      { name: 'level', data: level, type: 'STRING' as const, nullable: false },
      { name: 'parent', data: parent, type: 'STRING' as const },
      ...series,
    ];
  };
  const first = columnsFor(0, Math.min(D, 1));
  const writer = new ParquetWriter({
    writer: fileWriter(path),
    schema: schemaFromColumnData({ columnData: first }),
    kvMetadata: [
      { key: 'zuweisungslabor.meta', value: JSON.stringify(r.meta) },
      ...(provenance ? [{ key: 'zuweisungslabor.provenance', value: JSON.stringify(provenance) }] : []),
    ],
    createdBy: `zuweisungslabor-hessen engine ${r.meta.engineVersion}`,
  });
  for (let d0 = 0; d0 < D; d0 += DAYS_PER_GROUP) {
    const d1 = Math.min(D, d0 + DAYS_PER_GROUP);
    await writer.write({ columnData: columnsFor(d0, d1), rowGroupSize: (d1 - d0) * U });
  }
  await writer.finish();
}

/** The CSV lines of a run (after a provenance comment line, if given), in chunks for a stream. */
export const resultCsvChunks = (r: RunResult, provenance?: Provenance): Iterable<string> => batchLines(toCsvLines(r, provenance));
