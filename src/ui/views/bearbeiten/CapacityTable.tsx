/**
 * The places of the Kreise and of the Gemeinden at the start, by type: sortable by every column, filterable by name
 * or AGS, edited in place with the catalogue's check, paged so that the 422 Gemeinden stay quick; CSV import.
 */
import { useMemo, useState } from 'react';
import { entryAt } from '../../../engine/scenario/catalogue.ts';
import { UNITS } from '../../../engine/scenario/meta.ts';
import { ACCOMMODATION_TYPE_LABELS, ACCOMMODATION_TYPES, type Scenario, type Unterkunftsart } from '../../../engine/scenario/schema.ts';
import { formatNumber } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { capacityRows, filterRows, setPlaces, sortRows, type CapacityRow, type Level, type Sort, type SortKey } from './capacity.ts';
import { csvProblemText } from './csv.ts';
import { importCapacityCsv } from './imports.ts';
import { useDraftStore } from './draft.tsx';
import { specOf, type NumberSpec } from './fields.ts';
import { NumberField, SourceNote } from './Fields.tsx';
import { CsvInput } from './CsvInput.tsx';
import { EDITOR_MESSAGES } from './messages.ts';

/** Rows per page of a table. */
export const PAGE_ROWS = 30;

const SHORT: Record<Unterkunftsart, { de: string; en: string }> = {
  eigene: { de: 'Eigene', en: 'Own' },
  gu: { de: 'GU', en: 'GU' },
  wohnung: { de: 'Wohnungen', en: 'Flats' },
  hotel: { de: 'Hotels', en: 'Hotels' },
  notunterkunft: { de: 'Notunterkunft', en: 'Emergency' },
};

/** The check of one cell: the catalogue's field of a unit's places of a type, named "GU-Plätze: Gießen". */
function cellSpec(type: Unterkunftsart): NumberSpec {
  // Any key names the record's entry; the field's schema and bounds are those of every unit.
  return specOf(entryAt(`accommodation.units.0.${type}`)!, { unit: 'places' });
}

export function CapacityTables({ draft }: { draft: Scenario }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const entry = entryAt('accommodation.units')!;
  return (
    <div className="edit-capacity">
      <p className="edit-help">
        {entry.label?.[lang]} ({UNITS.places[lang]}). {m.perThousandRule}.
      </p>
      <SourceNote path="accommodation.units" catalogueSource={entry.source} sources={draft.sources} />
      <CapacityTable draft={draft} level="kreis" />
      <CapacityTable draft={draft} level="gemeinde" />
    </div>
  );
}

function CapacityTable({ draft, level }: { draft: Scenario; level: Level }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const store = useDraftStore();
  const [sort, setSort] = useState<Sort>({ key: 'ags', dir: 'asc' });
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [csv, setCsv] = useState<{ ok: boolean; text: string } | null>(null);
  const rows = useMemo(() => capacityRows(draft, level), [draft, level]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const specs = useMemo(() => Object.fromEntries(ACCOMMODATION_TYPES.map((t) => [t, cellSpec(t)])) as Record<Unterkunftsart, NumberSpec>, []);
  if (rows.length === 0) return null;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
  const p = Math.min(page, pages - 1);
  const visible = shown.slice(p * PAGE_ROWS, (p + 1) * PAGE_ROWS);
  const title = level === 'kreis' ? m.kreise : m.gemeinden;
  const headingId = `edit-cap-${level}`;

  const columns: { key: SortKey; label: string; numeric: boolean }[] = [
    { key: 'name', label: m.colName, numeric: false },
    { key: 'ags', label: m.colAgs, numeric: false },
    ...(level === 'gemeinde' ? [{ key: 'kreis' as const, label: m.colKreis, numeric: false }] : []),
    { key: 'population', label: m.colPopulation, numeric: true },
    ...ACCOMMODATION_TYPES.map((t) => ({ key: t, label: SHORT[t][lang], numeric: true })),
    { key: 'total', label: m.colTotal, numeric: true },
  ];
  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: columns.find((c) => c.key === key)?.numeric ? 'desc' : 'asc' }));

  const onCsv = (text: string) => {
    const result = importCapacityCsv(store, text, level);
    setCsv(result.ok ? { ok: true, text: m.csvLoaded(result.rows) } : { ok: false, text: csvProblemText(result.problem, lang) });
  };

  return (
    <section className="edit-table-section" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} ({formatNumber(lang, rows.length)})
      </h4>
      <div className="edit-table-tools">
        <label>
          {m.filter}
          <input
            type="search"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setPage(0);
            }}
          />
        </label>
        <CsvInput label={`${m.csvCapacity} (${title})`} help={m.csvCapacityHelp} onText={onCsv} />
      </div>
      {csv && (
        <p className={csv.ok ? 'edit-ok' : 'edit-message'} role={csv.ok ? 'status' : 'alert'}>
          {csv.text}
        </p>
      )}
      <div className="edit-table-scroll">
        <table className="edit-table" aria-labelledby={headingId} data-level={level}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={c.numeric ? 'num' : undefined}>
                  <button type="button" onClick={() => onSort(c.key)} title={m.sortBy(c.label)}>
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <Row key={row.ags} row={row} level={level} specs={specs} onSet={(t, v) => store.edit(setPlaces(row, t, v))} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="edit-pager">
        <button type="button" disabled={p === 0} onClick={() => setPage(p - 1)}>
          {m.prev}
        </button>
        <span role="status">{m.rowsShown(shown.length === 0 ? 0 : p * PAGE_ROWS + 1, p * PAGE_ROWS + visible.length, shown.length)}</span>
        <button type="button" disabled={p >= pages - 1} onClick={() => setPage(p + 1)}>
          {m.next}
        </button>
      </div>
    </section>
  );
}

function Row({ row, level, specs, onSet }: { row: CapacityRow; level: Level; specs: Record<Unterkunftsart, NumberSpec>; onSet: (t: Unterkunftsart, v: number) => void }) {
  const { lang } = useI18n();
  return (
    <tr data-ags={row.ags} className={row.explicit ? undefined : 'edit-derived'}>
      <th scope="row">{row.name}</th>
      <td>{row.ags}</td>
      {level === 'gemeinde' && <td>{row.kreis}</td>}
      <td className="num">{formatNumber(lang, row.population)}</td>
      {ACCOMMODATION_TYPES.map((t) => (
        <td key={t} className="num">
          <NumberField
            compact
            spec={specs[t]}
            value={row.places[t]}
            label={`${ACCOMMODATION_TYPE_LABELS[t][lang]}, ${row.name}`}
            onCommit={(v) => onSet(t, v ?? 0)}
          />
        </td>
      ))}
      <td className="num">{formatNumber(lang, row.total)}</td>
    </tr>
  );
}
