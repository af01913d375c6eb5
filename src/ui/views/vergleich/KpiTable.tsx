/** The KPI table of a comparison: per KPI and setup the mean and the range of 90 % of the runs, and the difference to setup 1 with its interval. */
import type { KpiSummary } from '../../../engine/compare/index.ts';
import { formatDate, formatNumber } from './format.ts';
import { useI18n, type Lang } from '../../i18n/index.ts';
import { VERGLEICH_MESSAGES } from './messages.ts';

const DAY_MS = 86_400_000;

/** A KPI value as read: a date for KPIs that name a day, else the number with a sensible number of digits. */
export function kpiText(lang: Lang, k: Pick<KpiSummary, 'day'>, v: number, start: string): string {
  if (!Number.isFinite(v)) return '–';
  if (k.day) return formatDate(lang, new Date(Date.parse(`${start}T00:00:00Z`) + Math.round(v) * DAY_MS).toISOString().slice(0, 10));
  const a = Math.abs(v);
  return formatNumber(lang, v, a >= 100 ? 0 : a >= 10 ? 1 : 2);
}

/** A difference with its sign; days for KPIs that name a day. */
function diffText(lang: Lang, k: Pick<KpiSummary, 'day'>, v: number): string {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  const s = formatNumber(lang, v, a >= 100 ? 0 : a >= 10 ? 1 : 2);
  return `${v > 0 ? '+' : ''}${s}${k.day ? (lang === 'de' ? ' Tage' : ' days') : ''}`;
}

export function KpiTable({ kpis, labels, start, caption }: { kpis: readonly KpiSummary[]; labels: readonly string[]; start: string; caption: string }) {
  const { lang } = useI18n();
  const m = VERGLEICH_MESSAGES[lang];
  return (
    <div className="vergleich-table-wrap">
      <table className="vergleich-kpis">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.kpi}</th>
            <th scope="col">{m.unit}</th>
            {labels.map((l, s) => (
              <th scope="col" key={s} colSpan={s === 0 ? 1 : 2}>
                {l}
              </th>
            ))}
          </tr>
          <tr className="sub">
            <th />
            <th />
            {labels.map((_, s) => [
              <th scope="col" key={`m${s}`}>
                {m.mean} <span className="range">[{m.range90}]</span>
              </th>,
              ...(s > 0
                ? [
                    <th scope="col" key={`d${s}`}>
                      {m.diff} <span className="range">[{m.diffCi}]</span>
                    </th>,
                  ]
                : []),
            ])}
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.id} data-kpi={k.id}>
              <th scope="row">{k.label?.[lang] ?? k.id}</th>
              <td className="unit">{k.day ? (lang === 'de' ? 'Datum' : 'date') : k.unit[lang]}</td>
              {k.setups.map((s, i) => [
                <td key={`m${i}`} className="num">
                  {kpiText(lang, k, s.mean, start)}
                  {s.range90 && s.n > 1 && (
                    <span className="range">
                      [{kpiText(lang, k, s.range90.low, start)} – {kpiText(lang, k, s.range90.high, start)}]
                    </span>
                  )}
                </td>,
                ...(i > 0
                  ? [
                      <td key={`d${i}`} className="num diff">
                        {s.diff ? diffText(lang, k, s.diff.mean) : '–'}
                        {s.diff?.ci90 && (
                          <span className="range">
                            [{diffText(lang, k, s.diff.ci90.low)} – {diffText(lang, k, s.diff.ci90.high)}]
                          </span>
                        )}
                      </td>,
                    ]
                  : []),
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
