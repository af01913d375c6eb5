/** Hessen-wide bands, one Kreis alone (its bands and figures), and the net burden set against the fiscal layer. */
import { useMemo, useState } from 'react';
import {
  fiscalMarks,
  kreisBand,
  KREIS_SERIES,
  LAND_SERIES,
  UNIT_FIGURES,
  WEEK_DAYS,
  type DetailSummary,
  type KreisSeries,
  type KpiSummary,
  type LandSeries,
} from '../../../engine/compare/index.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { formatNumber } from './format.ts';
import { useI18n } from '../../i18n/index.ts';
import { BandChart } from './BandChart.tsx';
import { setupColour } from './colours.ts';
import { KpiTable } from './KpiTable.tsx';
import { VERGLEICH_MESSAGES } from './messages.ts';

const signed = (s: string, v: number) => (v > 0 ? `+${s}` : s);

export function LandBands({ detail, labels }: { detail: DetailSummary; labels: readonly string[] }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const [key, setKey] = useState<LandSeries>('kommunen');
  const series = detail.setups.map((s, i) => ({ label: labels[i] ?? '', colour: setupColour(i), band: s.land[key] }));
  return (
    <section className="vergleich-bands" aria-label={m.charts}>
      <h3>{m.charts}</h3>
      <label>
        <select value={key} onChange={(e) => setKey(e.target.value as LandSeries)} aria-label={m.charts}>
          {LAND_SERIES.map((k) => (
            <option key={k} value={k}>
              {m.landSeries[k]}
            </option>
          ))}
        </select>
      </label>
      <BandChart title={`Hessen: ${m.landSeries[key]}`} unit={m.seriesUnit} start={detail.layout.start} stepDays={1} series={series} />
    </section>
  );
}

export function KreisAlone({ detail, labels }: { detail: DetailSummary; labels: readonly string[] }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const { units, kreise } = detail.layout;
  const order = useMemo(() => kreise.map((u, k) => ({ k, name: units[u]!.name })).sort((a, b) => a.name.localeCompare(b.name, 'de')), [units, kreise]);
  const [k, setK] = useState(order[0]?.k ?? 0);
  const [key, setKey] = useState<KreisSeries>('kommunen');
  const u = kreise[k];
  if (u === undefined) return null;
  const series = detail.setups.map((_, i) => ({ label: labels[i] ?? '', colour: setupColour(i), band: kreisBand(detail, i, key, k) }));
  return (
    <section className="vergleich-kreis" aria-label={m.kreisAlone}>
      <h3>{m.kreisAlone}</h3>
      <div className="vergleich-toolbar">
        <label>
          {m.kreis}{' '}
          <select value={k} onChange={(e) => setK(Number(e.target.value))}>
            {order.map((o) => (
              <option key={o.k} value={o.k}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <select value={key} onChange={(e) => setKey(e.target.value as KreisSeries)} aria-label={m.kreisSeries[key]}>
            {KREIS_SERIES.map((s) => (
              <option key={s} value={s}>
                {m.kreisSeries[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <BandChart
        title={`${units[u]!.name}: ${m.kreisSeries[key]} (${m.weekly})`}
        unit={key === 'capacity' ? m.placesUnit : m.seriesUnit}
        start={detail.layout.start}
        stepDays={WEEK_DAYS}
        series={series}
      />
      <table className="vergleich-kreis-figures">
        <caption>
          {m.kreisFigures}: {units[u]!.name}
        </caption>
        <thead>
          <tr>
            <th scope="col" />
            {labels.map((l, s) => (
              <th scope="col" key={s}>
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {UNIT_FIGURES.map((f) => {
            const digits = f === 'occupancy' || f === 'netPerInhabitant' ? 1 : 0;
            return (
              <tr key={f}>
                <th scope="row">
                  {m.figures[f]} ({m.figureUnits[f]})
                </th>
                {detail.setups.map((s, i) => {
                  const d = s.unitDiff?.[f][u] as number | undefined;
                  return (
                    <td key={i} className="num">
                      {formatNumber(lang, s.units[f][u] as number, digits)}
                      {d !== undefined && <span className="range">Δ {signed(formatNumber(lang, d, digits), d)}</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

const FAIRNESS_KPIS = [
  'quotaGiniKreise',
  'quotaMaxDeviationKreise',
  'quotaGiniGemeindenMean',
  'quotaGiniGemeindenMax',
  'quotaMaxDeviationGemeinden',
  'netPerInhabitantMax',
  'netPerInhabitantSchutzschirm',
  'netPerInhabitantOther',
  'netShareOfKassenkredite',
  'netShareOfKassenkrediteMax',
];
const TOP = 15;

export function Fairness({ detail, kpis, labels, scenario }: { detail: DetailSummary | null; kpis: readonly KpiSummary[]; labels: readonly string[]; scenario: Scenario }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  const fairness = kpis.filter((k) => FAIRNESS_KPIS.includes(k.id));
  const marks = useMemo(() => (detail ? fiscalMarks(detail.layout, scenario.fiscal) : []), [detail, scenario.fiscal]);
  const top = useMemo(() => {
    if (!detail) return [];
    const first = detail.setups[0]!.units.netPerInhabitant;
    return detail.layout.units
      .map((_, u) => u)
      .filter((u) => Number.isFinite(first[u] as number))
      .sort((a, b) => (first[b] as number) - (first[a] as number))
      .slice(0, TOP);
  }, [detail]);
  return (
    <section className="vergleich-fairness" aria-label={m.fairness}>
      <h3>{m.fairness}</h3>
      {fairness.length > 0 && <KpiTable kpis={fairness} labels={labels} start={scenario.period.start} caption={m.fairnessKpis} />}
      {!scenario.fiscal && <p className="hint">{m.noFiscal}</p>}
      {detail && (
        <div className="vergleich-table-wrap">
          <table className="vergleich-burden">
            <caption>
              {m.burdenTable}. {m.burdenNote}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.kommune}</th>
                <th scope="col">{m.kassenkredite} (€)</th>
                {labels.map((l, s) => (
                  <th scope="col" key={s}>
                    {l}: {m.figures.netPerInhabitant} ({m.figureUnits.netPerInhabitant})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {top.map((u) => {
                const mark = marks[u];
                return (
                  <tr key={u} className={mark?.weak ? 'weak' : undefined}>
                    <th scope="row">
                      {detail.layout.units[u]!.name}
                      {mark?.weak && (
                        <span className="weak-badge" title={m.weak}>
                          {' '}
                          {m.weakShort}
                        </span>
                      )}
                    </th>
                    <td className="num">{mark?.kassenkrediteEurPerInhabitant === undefined ? '–' : formatNumber(lang, mark.kassenkrediteEurPerInhabitant)}</td>
                    {detail.setups.map((s, i) => {
                      const d = s.unitDiff?.netPerInhabitant[u] as number | undefined;
                      return (
                        <td key={i} className="num">
                          {formatNumber(lang, s.units.netPerInhabitant[u] as number, 1)}
                          {d !== undefined && <span className="range">Δ {signed(formatNumber(lang, d, 1), d)}</span>}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
