/**
 * CSV files for the editor: the monthly arrivals (`monat,personen`) and the places of Kreise and Gemeinden
 * (`ags,eigene,gu,wohnung,hotel[,notunterkunft]`). A file is read whole or not at all: the first problem is
 * reported with its line, column and what is wrong. Pure, no React.
 */
import { dsvFormat } from 'd3';
import { entryAt } from '../../../engine/scenario/catalogue.ts';
import { MAX_SERIES_MONTHS } from '../../../engine/scenario/limits.ts';
import type { Text } from '../../../engine/scenario/meta.ts';
import { ACCOMMODATION_TYPES, type Unterkunftsart } from '../../../engine/scenario/schema.ts';
import type { Lang } from '../../i18n/index.ts';
import { issueText, parseNumberText, specOf } from './fields.ts';

/** Largest CSV file read (a file of all Gemeinden is far below). */
export const MAX_CSV_CHARS = 2_000_000;

export interface CsvProblem {
  /** Line of the file, from 1. */
  readonly line: number;
  /** The column's name as the header has it, if the problem is in one column. */
  readonly column: string | null;
  readonly problem: Text;
}

export type CsvResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CsvProblem };

/** "Zeile 3, Spalte „personen“: …". */
export function csvProblemText(p: CsvProblem, lang: Lang): string {
  const col = p.column === null ? '' : lang === 'de' ? `, Spalte „${p.column}“` : `, column "${p.column}"`;
  return `${lang === 'de' ? 'Zeile' : 'Line'} ${p.line}${col}: ${p.problem[lang]}`;
}

const fail = (line: number, column: string | null, de: string, en: string): { ok: false; problem: CsvProblem } => ({
  ok: false,
  problem: { line, column, problem: { de, en } },
});

interface Table {
  /** Column names, trimmed and in lower case, as the header has them. */
  readonly columns: readonly string[];
  /** The data rows with their line numbers; cells trimmed. */
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
  /** Numbers use a decimal comma (a file separated by semicolons). */
  readonly comma: boolean;
}

/**
 * The header and rows of a CSV text, each line on its own (a quoted line break is not allowed, so that a line number
 * is a line of the file). Separator: comma, or semicolon if the header has semicolons and no commas. Columns must
 * be those allowed, each once, the required ones present; every row must have as many cells as the header.
 */
function readTable(text: string, allowed: readonly string[], required: readonly string[], aliases: Readonly<Record<string, string>>): CsvResult<Table> {
  if (text.length > MAX_CSV_CHARS) {
    return fail(1, null, `Datei zu groß (mehr als ${MAX_CSV_CHARS.toLocaleString('de-DE')} Zeichen)`, `file too large (more than ${MAX_CSV_CHARS.toLocaleString('en-GB')} characters)`);
  }
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return fail(1, null, 'die Datei ist leer', 'the file is empty');
  const head = lines[first]!;
  const comma = head.includes(';') && !head.includes(',');
  const dsv = dsvFormat(comma ? ';' : ',');
  const cellsOf = (line: string, n: number): CsvResult<string[]> => {
    if (/\0/.test(line)) return fail(n, null, 'enthält ein Nullzeichen', 'contains a null character');
    if ((line.match(/"/g)?.length ?? 0) % 2 === 1) return fail(n, null, 'ein Anführungszeichen ist nicht geschlossen', 'a quotation mark is not closed');
    return { ok: true, value: (dsv.parseRows(line)[0] ?? []).map((c) => c.trim()) };
  };
  const header = cellsOf(head, first + 1);
  if (!header.ok) return header;
  const columns = header.value.map((c) => {
    const name = c.toLowerCase();
    return aliases[name] ?? name;
  });
  const seen = new Set<string>();
  for (const [i, c] of columns.entries()) {
    const name = header.value[i]!;
    if (!allowed.includes(c)) {
      return fail(first + 1, name, `unbekannte Spalte (erlaubt: ${allowed.join(', ')})`, `unknown column (allowed: ${allowed.join(', ')})`);
    }
    if (seen.has(c)) return fail(first + 1, name, 'Spalte doppelt', 'column given twice');
    seen.add(c);
  }
  for (const c of required) if (!seen.has(c)) return fail(first + 1, c, 'Spalte fehlt in der Kopfzeile', 'column missing from the header');
  const rows: { line: number; cells: string[] }[] = [];
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = cellsOf(line, i + 1);
    if (!cells.ok) return cells;
    if (cells.value.length !== columns.length) {
      const more = cells.value.length > columns.length;
      return fail(
        i + 1,
        more ? null : header.value[cells.value.length]!,
        more ? `${cells.value.length} Werte, die Kopfzeile hat ${columns.length} Spalten` : 'Wert fehlt',
        more ? `${cells.value.length} values, the header has ${columns.length} columns` : 'value missing',
      );
    }
    rows.push({ line: i + 1, cells: cells.value });
  }
  if (rows.length === 0) return fail(first + 2, null, 'keine Datenzeilen unter der Kopfzeile', 'no data rows below the header');
  return { ok: true, value: { columns, rows, comma } };
}

/** A number cell checked against a catalogue field; the message names the problem (the column is named by the caller). */
function numberCell(cell: string, comma: boolean, path: string): CsvResult<number> {
  const n = parseNumberText(cell, comma ? 'de' : 'en');
  if (n === null) return fail(0, null, `„${cell}“ ist keine Zahl`, `"${cell}" is not a number`);
  const spec = specOf(entryAt(path)!);
  const parsed = spec.schema.safeParse(n);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(0, null, `${cell}: ${issueText(issue, 'de', spec)}`, `${cell}: ${issueText(issue, 'en', spec)}`);
  }
  return { ok: true, value: n };
}

/** The same problem, placed at a line and column. */
const at = (r: { ok: false; problem: CsvProblem }, line: number, column: string): { ok: false; problem: CsvProblem } => ({
  ok: false,
  problem: { ...r.problem, line, column },
});

export const ARRIVALS_COLUMNS = ['monat', 'personen'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Persons per calendar month from `monat,personen` (English headers `month,persons` also read). */
export function parseArrivalsCsv(text: string): CsvResult<Record<string, number>> {
  const table = readTable(text, ARRIVALS_COLUMNS, ARRIVALS_COLUMNS, { month: 'monat', persons: 'personen' });
  if (!table.ok) return table;
  const { columns, rows, comma } = table.value;
  const m = columns.indexOf('monat');
  const p = columns.indexOf('personen');
  if (rows.length > MAX_SERIES_MONTHS) {
    return fail(rows[MAX_SERIES_MONTHS]!.line, null, `mehr als ${MAX_SERIES_MONTHS} Monate`, `more than ${MAX_SERIES_MONTHS} months`);
  }
  const values: Record<string, number> = {};
  for (const { line, cells } of rows) {
    const month = cells[m]!;
    if (!MONTH.test(month)) return fail(line, 'monat', `„${month}“ ist kein Monat JJJJ-MM`, `"${month}" is not a month YYYY-MM`);
    if (Object.hasOwn(values, month)) return fail(line, 'monat', `${month} steht schon in einer früheren Zeile`, `${month} is already given on an earlier line`);
    const n = numberCell(cells[p]!, comma, `arrivals.series.values.${month}`);
    if (!n.ok) return at(n, line, 'personen');
    values[month] = n.value;
  }
  return { ok: true, value: values };
}

export const CAPACITY_COLUMNS = ['ags', ...ACCOMMODATION_TYPES] as const;
export type CapacityImport = Record<string, Partial<Record<Unterkunftsart, number>>>;

/**
 * Places by unit and type from `ags,eigene,gu,wohnung,hotel[,notunterkunft]`: `ags` and at least one type column;
 * an empty cell keeps the unit's value of that type. `units` are the AGS the table may name.
 */
export function parseCapacityCsv(text: string, units: ReadonlySet<string>): CsvResult<CapacityImport> {
  const table = readTable(text, CAPACITY_COLUMNS, ['ags'], {});
  if (!table.ok) return table;
  const { columns, rows, comma } = table.value;
  if (columns.length < 2) return fail(rows[0]!.line - 1, null, 'keine Spalte einer Unterkunftsart', 'no column of a type of accommodation');
  const a = columns.indexOf('ags');
  const out: CapacityImport = {};
  for (const { line, cells } of rows) {
    const ags = cells[a]!;
    if (!units.has(ags)) return fail(line, 'ags', `„${ags}“ ist kein Kreis und keine Gemeinde dieses Szenarios`, `"${ags}" is no Kreis or Gemeinde of this scenario`);
    if (Object.hasOwn(out, ags)) return fail(line, 'ags', `${ags} steht schon in einer früheren Zeile`, `${ags} is already given on an earlier line`);
    const places: Partial<Record<Unterkunftsart, number>> = {};
    for (const [i, c] of columns.entries()) {
      if (c === 'ags' || cells[i] === '') continue;
      const n = numberCell(cells[i]!, comma, `accommodation.units.${ags}.${c}`);
      if (!n.ok) return at(n, line, c);
      places[c as Unterkunftsart] = n.value;
    }
    Object.defineProperty(out, ags, { value: places, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: out };
}

/** The arrivals as CSV text, the format read back by parseArrivalsCsv. */
export function arrivalsCsv(values: Readonly<Record<string, number>>): string {
  return ['monat,personen', ...Object.keys(values).sort().map((m) => `${m},${values[m]}`)].join('\n');
}
