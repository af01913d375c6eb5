/** CSV files read into the draft: all of a file in one edit, or nothing and the problem (line, column, what). */
import { capacityRows, importPlaces } from './capacity.ts';
import { parseArrivalsCsv, parseCapacityCsv, type CsvProblem } from './csv.ts';
import { setMonthly } from './arrivals.ts';
import type { DraftStore } from './store.ts';

export type ImportResult = { readonly ok: true; readonly rows: number } | { readonly ok: false; readonly problem: CsvProblem };

/** Monthly arrivals (`monat,personen`) replace the draft's LAG arrivals. */
export function importArrivalsCsv(store: DraftStore, text: string): ImportResult {
  const result = parseArrivalsCsv(text);
  if (!result.ok) return result;
  store.edit(setMonthly(result.value));
  return { ok: true, rows: Object.keys(result.value).length };
}

/** Places by unit and type (`ags,eigene,gu,wohnung,hotel[,notunterkunft]`) of the Kreise or the Gemeinden. */
export function importCapacityCsv(store: DraftStore, text: string, level: 'kreis' | 'gemeinde'): ImportResult {
  const draft = store.getSnapshot().value;
  if (!draft) return { ok: false, problem: { line: 1, column: null, problem: { de: 'kein Entwurf', en: 'no draft' } } };
  const rows = capacityRows(draft, level);
  const result = parseCapacityCsv(text, new Set(rows.map((r) => r.ags)));
  if (!result.ok) return result;
  store.edit(importPlaces(rows, result.value));
  return { ok: true, rows: Object.keys(result.value).length };
}
