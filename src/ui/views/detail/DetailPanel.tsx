/**
 * Detail panel of the selected Kreis, Gemeinde or Erstaufnahme site: figures on the cursor day, the Soll/Ist account and
 * the Lage as the engine recorded them, costs, procurement from the run log, Zuständigkeit.
 */
import { useEffect, useMemo } from 'react';
import type { UnitInfo } from '../../../engine/metrics/result.ts';
import type { RunData } from '../../data/runData.ts';
import { formatDate, formatEuro, formatNumber, formatPercent, formatPersons, formatSignedPercent } from '../../format.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import type { ViewProps } from '../types.ts';
import { logText } from '../log/logText.ts';
import { accountOn, cumulative, lageChanges, lageMeta, lageOn, occupancySeries, procurementOf, ueberbelegungOn, withGemeinden, zustaendigkeit } from './derive.ts';
import { DETAIL_MESSAGES, type DetailMessages } from './messages.ts';
import { Sparkline } from './Sparkline.tsx';
import './detail.css';

export function DetailPanel({ data, version, day, selected, onSelect }: ViewProps) {
  const { lang } = useI18n();
  const m = DETAIL_MESSAGES[lang];
  const u = selected === null ? undefined : data.indexById.get(selected);

  useEffect(() => {
    if (u === undefined) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest?.('input, select, textarea')) return;
      onSelect(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [u, onSelect]);

  if (u === undefined) return null;
  const unit = data.units[u]!;
  const headingId = `detail-heading-${unit.id}`;
  return (
    <section className="detail-panel" aria-labelledby={headingId}>
      <header className="detail-head">
        <div>
          <h2 id={headingId}>{unit.name}</h2>
          <p className="detail-level">
            {levelLabel(unit, m)}
            <ParentLine data={data} unit={unit} m={m} />
          </p>
        </div>
        <button type="button" className="detail-close" onClick={() => onSelect(null)} aria-label={m.close} title={`${m.close} (Esc)`}>
          ×
        </button>
      </header>
      <p className="detail-asof">{m.asOf(formatDate(lang, data.days[day] ?? ''))}</p>
      <Today data={data} u={u} day={day} m={m} lang={lang} />
      <ByType data={data} u={u} day={day} m={m} lang={lang} />
      <Occupancy data={data} version={version} u={u} day={day} m={m} lang={lang} />
      {(unit.level === 'kreis' || unit.level === 'gemeinde') && <SollIstBox data={data} u={u} day={day} m={m} lang={lang} />}
      {unit.level === 'kreis' && <Gemeinden data={data} u={u} day={day} m={m} lang={lang} onSelect={onSelect} />}
      <Costs data={data} version={version} u={u} day={day} m={m} lang={lang} />
      <Lage data={data} version={version} u={u} day={day} m={m} lang={lang} />
      <Procurement data={data} unit={unit} day={day} m={m} lang={lang} />
      <Zustaendig level={unit.level} m={m} lang={lang} />
    </section>
  );
}

interface PartProps {
  data: RunData;
  u: number;
  day: number;
  m: DetailMessages;
  lang: Lang;
}

function levelLabel(unit: UnitInfo, m: DetailMessages): string {
  if (unit.level === 'kreis') return unit.kind === 'landkreis' ? m.level.landkreis : unit.kind === 'kreisfreie-stadt' ? m.level.kreisfreieStadt : m.level.kreis;
  return m.level[unit.level];
}

function ParentLine({ data, unit, m }: { data: RunData; unit: UnitInfo; m: DetailMessages }) {
  const parent = unit.parent === null ? undefined : data.units[data.indexById.get(unit.parent) ?? -1];
  const host = unit.hostKreis === undefined ? undefined : data.units[data.indexById.get(unit.hostKreis) ?? -1];
  return (
    <>
      {parent && (
        <>
          {' · '}
          {m.partOf} {parent.name}
        </>
      )}
      {host && (
        <>
          {' · '}
          {m.hostKreis} {host.name}
        </>
      )}
    </>
  );
}

/** A figure with its unit; the unit word is part of the value. */
function Fact({ label, value, sub, warn = false }: { label: string; value: string; sub?: string | undefined; warn?: boolean }) {
  return (
    <div className={warn ? 'detail-fact detail-warn' : 'detail-fact'}>
      <dt>{label}</dt>
      <dd>
        {value}
        {sub && <span className="detail-sub">{sub}</span>}
      </dd>
    </div>
  );
}

function Today({ data, u, day, m, lang }: PartProps) {
  const unit = data.units[u]!;
  const hasGemeinden = withGemeinden(data, u).length > 1;
  const present = data.total('present', u, day);
  const places = data.total('capacity', u, day);
  const occ = data.occupancy(u, day);
  const inGemeinden = present - data.value('present', u, day);
  const over = ueberbelegungOn(data, u, day);
  const places_ = (v: number) => `${formatNumber(lang, v)}\u00a0${m.unitPlaces}`;
  return (
    <section className="detail-section" aria-labelledby="detail-today">
      <h3 id="detail-today">
        {m.today}
        {hasGemeinden && unit.level === 'kreis' ? ` ${m.withGemeinden}` : ''}
      </h3>
      <dl className="detail-facts">
        <Fact label={m.persons} value={formatPersons(lang, present)} sub={hasGemeinden ? `${m.ofWhichGemeinden}: ${formatPersons(lang, inGemeinden)}` : undefined} />
        <Fact label={m.places} value={places_(places)} />
        <Fact label={m.occupancy} value={Number.isFinite(occ) ? formatPercent(lang, occ) : occ === Infinity ? m.noPlaces : '–'} />
        <Fact
          label={m.notunterkunft}
          value={formatPersons(lang, over.notunterkunft)}
          warn={over.notunterkunft > 0}
          sub={hasGemeinden && over.notunterkunft > 0 ? `${m.ofWhichGemeinden}: ${formatPersons(lang, over.notunterkunft - data.value('notunterkunft', u, day))}` : undefined}
        />
        {hasGemeinden && (
          <Fact label={m.unitsOver} value={m.unitsOverValue(formatNumber(lang, over.unitsOver), formatNumber(lang, over.units))} warn={over.unitsOver > 0} />
        )}
        <Fact label={m.statuswechsler} value={formatPersons(lang, data.total('statuswechsler', u, day))} />
      </dl>
    </section>
  );
}

function ByType({ data, u, day, m, lang }: PartProps) {
  const types = data.byType(u, day);
  const rows =
    types?.map((t) => ({ key: t.type, label: m.types[t.type], capacity: t.capacity as number | null, occupancy: t.occupancy })) ??
    [
      {
        key: 'regular',
        label: m.regularPlaces,
        capacity: data.value('capacity', u, day) as number | null,
        occupancy: data.value('present', u, day) - data.value('notunterkunft', u, day),
      },
      { key: 'notunterkunft', label: m.types.notunterkunft, capacity: null, occupancy: data.value('notunterkunft', u, day) },
    ];
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.capacity ?? 0, r.occupancy)));
  const n = (v: number) => formatNumber(lang, v);
  return (
    <section className="detail-section" aria-labelledby="detail-bytype">
      <h3 id="detail-bytype">{m.byType}</h3>
      <table className="detail-bytype">
        <thead>
          <tr>
            <th scope="col">{m.type}</th>
            <th scope="col">{m.typePlaces}</th>
            <th scope="col">{m.typePersons}</th>
            <th scope="col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.capacity === null ? '–' : n(r.capacity)}</td>
              <td>{n(r.occupancy)}</td>
              <td className="bar" aria-hidden="true">
                <span className="cap" style={{ width: `${(100 * (r.capacity ?? 0)) / scale}%` }} />
                <span className={`occ${r.capacity !== null && r.occupancy > r.capacity ? ' over' : ''}`} style={{ width: `${(100 * r.occupancy) / scale}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!types && <p className="detail-note">{m.byTypeGemeinde}</p>}
    </section>
  );
}

function Occupancy({ data, version, u, day, m, lang }: PartProps & { version: number }) {
  const values = useMemo(() => occupancySeries(data, u), [data, version, u]);
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const at = values[day];
  const pct = (v: number) => formatPercent(lang, v);
  const label = m.sparklineName(pct(min), pct(max), formatDate(lang, data.days[day] ?? ''), at !== undefined && Number.isFinite(at) ? pct(at) : '–');
  return (
    <section className="detail-section" aria-labelledby="detail-occ">
      <h3 id="detail-occ">{m.sparkline}</h3>
      <Sparkline values={values} day={day} label={label} maxLabel={pct} fullLabel={pct(1)} />
    </section>
  );
}

function SollIstBox({ data, u, day, m, lang }: PartProps) {
  const s = accountOn(data, u, day);
  if (!s) return null;
  const kreis = data.units[u]?.level === 'kreis';
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±');
  const diff = Math.round(s.diff);
  const diffPersons = `${sign(diff)}${formatPersons(lang, Math.abs(diff))}`;
  const diffShare = Number.isFinite(s.share) ? ` (${formatSignedPercent(lang, s.share, 1)})` : '';
  const verdict = diff > 0 ? m.over : diff < 0 ? m.under : m.even;
  return (
    <section className="detail-section" aria-labelledby="detail-sollist">
      <h3 id="detail-sollist">{m.sollIst}</h3>
      <dl className="detail-facts">
        {s.quota !== undefined && <Fact label={kreis ? m.quotaKreis : m.quotaGemeinde} value={formatPercent(lang, s.quota, 2)} />}
        <Fact label={m.soll} value={formatPersons(lang, Math.round(s.soll))} />
        <Fact label={m.ist} value={formatPersons(lang, Math.round(s.ist))} />
        <Fact label={m.difference} value={`${diffPersons}${diffShare}`} sub={verdict} />
      </dl>
      <p className="detail-note">{kreis ? m.sollIstNoteKreis : m.sollIstNoteGemeinde}</p>
    </section>
  );
}

function Costs({ data, version, u, day, m, lang }: PartProps & { version: number }) {
  const { cost, pauschale } = useMemo(() => {
    const units = withGemeinden(data, u);
    return { cost: cumulative(data, 'cost', units, day), pauschale: cumulative(data, 'pauschale', units, day) };
  }, [data, version, u, day]);
  return (
    <section className="detail-section" aria-labelledby="detail-costs">
      <h3 id="detail-costs">{m.costs}</h3>
      <dl className="detail-facts">
        <Fact label={m.cost} value={formatEuro(lang, cost)} />
        <Fact label={m.pauschale} value={formatEuro(lang, pauschale)} />
        <Fact label={m.balance} value={formatEuro(lang, pauschale - cost)} />
      </dl>
      <p className="detail-note">{m.costsNote(formatDate(lang, data.days[day] ?? ''))}</p>
    </section>
  );
}

function Lage({ data, version, u, day, m, lang }: PartProps & { version: number }) {
  // The whole history up to the day: one pass over the unit's codes, redone when more days arrive.
  const changes = useMemo(() => lageChanges(data, u, day), [data, version, u, day]);
  const state = lageOn(data, u, day);
  const since = changes[changes.length - 1];
  const meta = lageMeta(state);
  return (
    <section className="detail-section" aria-labelledby="detail-lage">
      <h3 id="detail-lage">{m.lage}</h3>
      <p className={`detail-lage lage-${state}`}>
        <strong>{m.lageStates[state]}</strong> {since ? m.since(formatDate(lang, since.date)) : m.sinceStart}
      </p>
      <p className="detail-note">{meta.text[lang]}</p>
      <h4>{m.changes}</h4>
      {changes.length === 0 ? (
        <p className="detail-note">{m.noChanges}</p>
      ) : (
        <ol className="detail-changes" reversed>
          {[...changes].reverse().map((c) => (
            <li key={c.day}>
              <time dateTime={c.date}>{formatDate(lang, c.date)}</time>: {m.lageStates[c.from]} → {m.lageStates[c.to]}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Places the unit ordered or gave notice on up to the day, from the run log (known once the run has finished). */
function Procurement({ data, unit, day, m, lang }: { data: RunData; unit: UnitInfo; day: number; m: DetailMessages; lang: Lang }) {
  const entries = useMemo(() => procurementOf(data.log, unit.id, day), [data.log, unit.id, day]);
  const nameOf = (id: string) => data.units[data.indexById.get(id) ?? -1]?.name;
  const shown = entries.slice(0, PROCUREMENT_SHOWN);
  return (
    <section className="detail-section" aria-labelledby="detail-procurement">
      <h3 id="detail-procurement">{m.procurement}</h3>
      {!data.complete ? (
        <p className="detail-note">{m.procurementPending}</p>
      ) : entries.length === 0 ? (
        <p className="detail-note">{m.noProcurement}</p>
      ) : (
        <>
          <ol className="detail-changes" reversed>
            {shown.map((e, i) => (
              <li key={`${e.day}-${i}`}>
                <time dateTime={e.date}>{formatDate(lang, e.date)}</time>: {logText(e, lang, nameOf)}
              </li>
            ))}
          </ol>
          {entries.length > shown.length && <p className="detail-note">{m.moreProcurement(entries.length - shown.length)}</p>}
        </>
      )}
    </section>
  );
}
/** Newest procurement entries listed; older ones are counted. */
const PROCUREMENT_SHOWN = 12;

/** The Kreis's Gemeinden on the cursor day; each name opens that Gemeinde (the keyboard way to a Gemeinde). */
function Gemeinden({ data, u, day, m, lang, onSelect }: PartProps & { onSelect: (id: string | null) => void }) {
  const gs = (data.children[u] ?? []).filter((c) => data.units[c]?.level === 'gemeinde');
  if (gs.length === 0) return null;
  return (
    <details className="detail-section detail-gemeinden">
      <summary>{m.gemeinden(gs.length)}</summary>
      <table>
        <caption>{m.gemeindenCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.gemeinde}</th>
            <th scope="col">{m.unitPersons}</th>
            <th scope="col">{m.unitPlaces}</th>
            <th scope="col">{m.occupancy}</th>
          </tr>
        </thead>
        <tbody>
          {gs.map((g) => {
            const info = data.units[g]!;
            const p = data.value('present', g, day);
            const c = data.value('capacity', g, day);
            return (
              <tr key={info.id}>
                <th scope="row">
                  <button type="button" className="detail-link" onClick={() => onSelect(info.id)} aria-label={m.selectGemeinde(info.name)}>
                    {info.name}
                  </button>
                </th>
                <td>{formatNumber(lang, p)}</td>
                <td>{formatNumber(lang, c)}</td>
                <td>{c > 0 ? formatPercent(lang, p / c) : m.noPlaces}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

function Zustaendig({ level, m, lang }: { level: UnitInfo['level']; m: DetailMessages; lang: Lang }) {
  const meta = zustaendigkeit(level);
  if (!meta) return null;
  return (
    <section className="detail-section detail-zustaendig" aria-labelledby="detail-zustaendig">
      <h3 id="detail-zustaendig">{m.responsible}</h3>
      <p className="detail-office">{meta.office[lang]}</p>
      <p>{meta.text[lang]}</p>
      {meta.duration && (
        <p>
          {m.duration}: {meta.duration[lang]}
        </p>
      )}
      <p className="detail-legal">
        {m.legalBasis}: <span lang="de">{meta.legalBasis.join(' · ')}</span>
      </p>
    </section>
  );
}
