/**
 * The CSV import fuzz of the editor: malformed files made from valid ones by one corruption each (a bad month,
 * number or AGS, a repeated key, a cell too many or too few, a broken header or quote, an empty file) go through
 * the same import as the view. Each must be refused with the line of the corruption, without an exception, and leave
 * the draft as it was. Free of vitest, shared by the test suite and `npm run fuzz:import`.
 */
import fc from 'fast-check';
import { BUILTIN_SCENARIOS } from '../../src/engine/scenario/builtin/index.ts';
import { MAX_PERSONS_PER_MONTH, MAX_PLACES } from '../../src/engine/scenario/limits.ts';
import { loadScenario } from '../../src/engine/scenario/load.ts';
import type { Scenario } from '../../src/engine/scenario/schema.ts';
import { capacityRows } from '../../src/ui/views/bearbeiten/capacity.ts';
import { importArrivalsCsv, importCapacityCsv, type ImportResult } from '../../src/ui/views/bearbeiten/imports.ts';
import { DraftStore } from '../../src/ui/views/bearbeiten/store.ts';

const loaded = (id: string): Scenario => {
  const r = loadScenario(BUILTIN_SCENARIOS[id]);
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.scenario;
};
/** A small region (3 Kreise) and Hessen (26 Kreise, 417 Gemeinde units). */
const SCENARIOS: readonly Scenario[] = [loaded('musterkreis'), loaded('herbst-2015')];
const UNITS = SCENARIOS.map((s) => ({ kreis: capacityRows(s, 'kreis').map((r) => r.ags), gemeinde: capacityRows(s, 'gemeinde').map((r) => r.ags) }));

export type Format = 'arrivals' | 'capacity';

/** One way of breaking a valid file; `row` and `pick` choose where and what among the candidates. */
export type Corruption =
  | { readonly kind: 'key'; readonly row: number; readonly pick: number; readonly garbage: string }
  | { readonly kind: 'value'; readonly row: number; readonly col: number; readonly pick: number; readonly garbage: string }
  | { readonly kind: 'repeat'; readonly row: number }
  | { readonly kind: 'extraCell'; readonly row: number }
  | { readonly kind: 'missingCell'; readonly row: number }
  | { readonly kind: 'quote'; readonly row: number }
  | { readonly kind: 'nul'; readonly row: number }
  | { readonly kind: 'header'; readonly pick: number; readonly garbage: string }
  | { readonly kind: 'empty'; readonly pick: number };

export interface CsvFuzzCase {
  readonly format: Format;
  readonly scenario: number;
  readonly level: 'kreis' | 'gemeinde';
  /** The valid file's rows: a month offset or unit index, and the values. */
  readonly rows: readonly { readonly key: number; readonly values: readonly number[] }[];
  readonly semicolon: boolean;
  /** Blank lines before each line (they are skipped, and counted in line numbers). */
  readonly blanks: readonly number[];
  readonly corruption: Corruption;
}

/** Texts that are no number in any spelling the import reads (they hold a letter or sign a number never has). */
const garbage = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /[^\d.,eE+\-\s]/.test(s) && !/[\r\n"]/.test(s) && !/\d{4}-\d{2}/.test(s));

const arbCorruption: fc.Arbitrary<Corruption> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('key' as const), row: fc.nat(), pick: fc.nat(), garbage }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('value' as const), row: fc.nat(), col: fc.nat(), pick: fc.nat(), garbage }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('repeat' as const), row: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('extraCell' as const), row: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('missingCell' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('quote' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nul' as const), row: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('header' as const), pick: fc.nat(), garbage }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('empty' as const), pick: fc.nat() }) },
);

export const arbCsvFuzzCase: fc.Arbitrary<CsvFuzzCase> = fc.record({
  format: fc.constantFrom<Format>('arrivals', 'capacity'),
  scenario: fc.nat({ max: SCENARIOS.length - 1 }),
  level: fc.constantFrom<'kreis' | 'gemeinde'>('kreis', 'gemeinde'),
  rows: fc.array(fc.record({ key: fc.nat({ max: 1000 }), values: fc.array(fc.nat({ max: 5000 }), { minLength: 5, maxLength: 5 }) }), { minLength: 1, maxLength: 8 }),
  semicolon: fc.boolean(),
  blanks: fc.array(fc.nat({ max: 2 }), { minLength: 10, maxLength: 10 }),
  corruption: arbCorruption,
});

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

const BAD_MONTHS = ['2015-13', '2015-00', '15-01', '2015/01', '2015-1', '201501', '01-2015', 'Jan 2015', '2015-01-01', ''];
export const BAD_PERSONS = ['-1', '-0.5', String(MAX_PERSONS_PER_MONTH + 1), '1e400', 'NaN', 'Infinity', '', '1..2', '--1', '0x10', '١٢'];
const BAD_PLACES = ['-1', '1.5', '0.1', String(MAX_PLACES + 1), '1e400', 'NaN', 'Infinity', '1..2', '--3', '0x10', '2,5,'];
const BAD_HEADERS: Record<Format, readonly string[][]> = {
  arrivals: [['monat'], ['personen'], ['monat', 'monat'], ['monat', 'personen', 'extra'], ['month', 'monat'], ['datum', 'personen']],
  capacity: [['gu', 'hotel'], ['ags'], ['ags', 'gu', 'gu'], ['ags', 'betten'], ['AGS', 'GU', 'sonstige'], ['kreis', 'gu']],
};

function monthOf(start: string, offset: number): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) + (offset % 600);
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The valid file's header and rows (keys unique), as cells. */
function validCells(c: CsvFuzzCase): { header: string[]; rows: string[][] } {
  const s = SCENARIOS[c.scenario]!;
  if (c.format === 'arrivals') {
    const seen = new Set<string>();
    const rows: string[][] = [];
    for (const r of c.rows) {
      const month = monthOf(s.period.start, r.key);
      if (seen.has(month)) continue;
      seen.add(month);
      rows.push([month, String(r.values[0])]);
    }
    return { header: ['monat', 'personen'], rows };
  }
  const units = UNITS[c.scenario]![c.level].length > 0 ? UNITS[c.scenario]![c.level] : UNITS[c.scenario]!.kreis;
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const r of c.rows) {
    const ags = pick(units, r.key);
    if (seen.has(ags)) continue;
    seen.add(ags);
    rows.push([ags, ...r.values.map(String)]);
  }
  return { header: ['ags', 'eigene', 'gu', 'wohnung', 'hotel', 'notunterkunft'], rows };
}

/** The malformed file, and the line the import must name (null where any line is right, as for a broken header row count). */
export function fuzzText(c: CsvFuzzCase): { text: string; line: number | null } {
  const { header, rows } = validCells(c);
  const x = c.corruption;
  const r = 'row' in x ? x.row % rows.length : 0;
  let head = header;
  let expectHeader = false;
  const row = rows[r]!;
  switch (x.kind) {
    case 'key':
      row[0] = c.format === 'arrivals' ? pick([...BAD_MONTHS, x.garbage], x.pick) : `${pick(['', 'X', '99', '0', '__proto__', 'constructor'], x.pick)}${x.garbage}`;
      break;
    case 'value': {
      const col = 1 + (x.col % (row.length - 1));
      row[col] = pick(c.format === 'arrivals' ? [...BAD_PERSONS, x.garbage] : [...BAD_PLACES, x.garbage], x.pick);
      break;
    }
    case 'repeat':
      rows.splice(r + 1, 0, [...row]);
      return lay(c, head, rows, r + 2);
    case 'extraCell':
      row.push('7');
      break;
    case 'missingCell':
      row.pop();
      break;
    case 'quote':
      row[row.length - 1] = `"${row[row.length - 1]}`;
      break;
    case 'nul':
      row[0] = `${row[0]}\0`;
      break;
    case 'header':
      head = [...pick(BAD_HEADERS[c.format], x.pick)];
      if (x.pick % 2 === 1 && head.length > 0) head[head.length - 1] = x.garbage;
      expectHeader = true;
      break;
    case 'empty': {
      const texts = ['', '\n\n', ' \r\n ', '\ufeff', header.join(c.semicolon ? ';' : ','), `${header.join(',')}\n\n  \n`];
      const text = pick(texts, x.pick);
      return { text, line: null };
    }
  }
  return lay(c, head, rows, expectHeader ? 0 : r + 1);
}

/** Lays out the lines with the blank lines of the case; `at` is the index among header (0) and rows of the line to report. */
function lay(c: CsvFuzzCase, header: readonly string[], rows: readonly (readonly string[])[], at: number): { text: string; line: number } {
  const sep = c.semicolon ? ';' : ',';
  const lines: string[] = [];
  let line = 0;
  [header, ...rows].forEach((cells, i) => {
    // No blank line before the header when the header itself is broken, so that "the first line" stays line 1.
    for (let b = 0; b < (i === 0 ? 0 : (c.blanks[i % c.blanks.length] ?? 0)); b++) lines.push(b % 2 === 0 ? '' : '   ');
    if (i === at) line = lines.length + 1;
    lines.push(cells.join(sep));
  });
  return { text: lines.join(pick(['\n', '\r\n'], rows.length)), line };
}

export interface CsvFuzzOutcome {
  readonly result: ImportResult;
}

/** Runs one malformed file through the view's import and checks the rule; throws with the reason if it is broken. */
export function checkCsvFuzzCase(c: CsvFuzzCase): CsvFuzzOutcome {
  const { text, line } = fuzzText(c);
  const store = new DraftStore();
  store.start(SCENARIOS[c.scenario]!, undefined);
  const before = store.getSnapshot();
  let result: ImportResult;
  try {
    result = c.format === 'arrivals' ? importArrivalsCsv(store, text) : importCapacityCsv(store, text, c.level);
  } catch (e) {
    throw new Error(`the import threw: ${e instanceof Error ? e.message : String(e)}\n${JSON.stringify(text)}`);
  }
  if (result.ok) throw new Error(`a malformed file was accepted (${c.corruption.kind}):\n${JSON.stringify(text)}`);
  if (store.getSnapshot() !== before || store.getSnapshot().changes !== 0) throw new Error(`a refused file changed the draft:\n${JSON.stringify(text)}`);
  if (line !== null && result.problem.line !== line) {
    throw new Error(`the problem is placed on line ${result.problem.line}, the corruption is on line ${line} (${c.corruption.kind}): ${result.problem.problem.en}\n${JSON.stringify(text)}`);
  }
  if (!result.problem.problem.de || !result.problem.problem.en) throw new Error('a problem without its text');
  return { result };
}
