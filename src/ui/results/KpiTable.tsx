/** The KPIs of the run on screen: label, value and unit as the command line prints them, each with its definition. */
import { kpiDefinition } from '../../engine/metrics/kpis.ts';
import { formatKpiValue } from '../../engine/metrics/kpiText.ts';
import type { Kpi } from '../../engine/metrics/result.ts';
import { useI18n } from '../i18n/index.ts';

const TEXT = {
  de: { heading: 'Kennzahlen des Laufs', kpi: 'Kennzahl', value: 'Wert', unit: 'Einheit', pending: 'Die Kennzahlen stehen fest, sobald der Lauf zu Ende gerechnet ist.' },
  en: { heading: 'KPIs of the run', kpi: 'Indicator', value: 'Value', unit: 'Unit', pending: 'The KPIs are known once the run is computed to its end.' },
} as const;

export function KpiTable({ kpis, complete }: { kpis: readonly Kpi[]; complete: boolean }) {
  const { lang } = useI18n();
  const t = TEXT[lang];
  return (
    <section className="kpi-table" aria-labelledby="kpi-heading">
      <details>
        <summary>
          <h3 id="kpi-heading">{t.heading}</h3>
        </summary>
        {!complete ? (
          <p className="hint">{t.pending}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.kpi}</th>
                <th scope="col" className="num">
                  {t.value}
                </th>
                <th scope="col">{t.unit}</th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((k) => (
                <tr key={k.id}>
                  <th scope="row" title={kpiDefinition(k.id)?.definition[lang]}>
                    {k.label[lang]}
                  </th>
                  <td className="num">{formatKpiValue(k, lang)}</td>
                  <td>{k.unit[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}
