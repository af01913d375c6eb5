/** The KPI definitions, in one place: computed from the daily series and a few run accumulators. */
import type { Kpi, RunResult } from './result.ts';

/** Quantities the engine accumulates during the run that the series do not hold. */
export interface KpiExtras {
  forwarded: number;
  dwellPersonDaysAtZuweisung: number;
  personsAssignedFromEae: number;
  waitingPersonDays: number;
  overMaxPersonDays: number;
  vacancyCost: number;
  gemeindeReimbursement: number;
  procurementOrders: number;
  procuredPlaces: number;
  emergencyPlaces: number;
  cancelledPlaces: number;
}

const P = { de: 'Personen', en: 'persons' };
const PD = { de: 'Personentage', en: 'person-days' };
const EUR = { de: '€', en: 'EUR' };
const DAYS = { de: 'Tage', en: 'days' };
const PCT = { de: '%', en: '%' };
const PLACES = { de: 'Plätze', en: 'places' };

export function computeKpis(r: Omit<RunResult, 'kpis'>, x: KpiExtras): Kpi[] {
  const D = r.days.length;
  const U = r.units.length;
  const idx = (level: string) => r.units.flatMap((u, i) => (u.level === level ? [i] : []));
  const sites = idx('erstaufnahme');
  const kreise = idx('kreis');
  const kommunal = [...kreise, ...idx('gemeinde')];

  const s = r.series;
  let arrivals = 0;
  let nuPersonDays = 0;
  let nuPeak = 0;
  let nuPeakDay = 0;
  let swPeak = 0;
  for (let d = 0; d < D; d++) {
    arrivals += s.arrived[d * U] as number;
    const nu = s.notunterkunft[d * U] as number;
    nuPersonDays += nu;
    if (nu > nuPeak) [nuPeak, nuPeakDay] = [nu, d];
    swPeak = Math.max(swPeak, s.statuswechsler[d * U] as number);
  }
  const eaeByDay = new Float64Array(D);
  let landCost = 0;
  for (const u of sites) {
    for (let d = 0; d < D; d++) {
      eaeByDay[d] += s.present[d * U + u] as number;
      landCost += s.cost[d * U + u] as number;
    }
  }
  let eaePeak = 0;
  let eaePeakDay = 0;
  eaeByDay.forEach((v, d) => {
    if (v > eaePeak) [eaePeak, eaePeakDay] = [v, d];
  });
  let kommunalCost = 0;
  let pauschale = 0;
  for (const u of kommunal) {
    kommunalCost = addColumn(kommunalCost, s.cost, U, D, u);
    pauschale = addColumn(pauschale, s.pauschale, U, D, u);
  }
  let zuweisungen = 0;
  let maxDeviation = 0;
  const total = kreise.reduce((a, k) => a + (r.ledger[k]?.arrived ?? 0), 0);
  const population = r.units[0]?.population ?? 0;
  const region = (r.units[0]?.name ?? 'Hessen').replace(/ \(.*\)$/, '');
  for (const k of kreise) {
    const got = r.ledger[k]?.arrived ?? 0;
    for (let d = 0; d < D; d++) zuweisungen += s.zuweisungen[d * U + k] as number;
    const share = population > 0 ? (r.units[k]?.population ?? 0) / population : 0;
    const soll = share * total;
    if (soll > 0) maxDeviation = Math.max(maxDeviation, Math.abs(got - soll) / soll);
  }
  const last = D - 1;
  const inKommunen = kommunal.reduce((a, u) => a + (s.present[last * U + u] as number), 0);
  // Reimbursements to Gemeinden move money inside the Kommunen; they do not change the net burden.
  const net = kommunalCost - pauschale;
  const kpi = (id: string, de: string, en: string, value: number, unit: Kpi['unit']): Kpi => ({
    id,
    label: { de, en },
    value: Math.round(value * 100) / 100,
    unit,
  });
  const DATE = { de: 'Datum', en: 'date' };
  const dayKpi = (id: string, de: string, en: string, day: number): Kpi => ({ ...kpi(id, de, en, day, DATE), date: r.days[day] ?? '' });
  return [
    kpi('arrivals', `Zugänge in ${region}`, `Arrivals in ${region}`, arrivals, P),
    kpi('forwarded', 'In andere Länder weitergeleitet', 'Forwarded to other Länder', x.forwarded, P),
    kpi('zuweisungen', 'Zuweisungen an Kreise und kreisfreie Städte', 'Assigned to Kreise and cities', zuweisungen, P),
    kpi('eaePeak', 'Höchste Belegung der Erstaufnahme', 'Peak Erstaufnahme occupancy', eaePeak, P),
    dayKpi('eaePeakDay', 'Tag der höchsten Belegung der Erstaufnahme', 'Day of peak Erstaufnahme occupancy', eaePeakDay),
    kpi(
      'eaeMeanStay',
      'Mittlere Verweildauer in der Erstaufnahme bis zur Zuweisung',
      'Mean stay in Erstaufnahme until Zuweisung',
      x.personsAssignedFromEae > 0 ? x.dwellPersonDaysAtZuweisung / x.personsAssignedFromEae : 0,
      DAYS,
    ),
    kpi('waiting', 'Wartezeit über die Ziel-Verweildauer hinaus', 'Waiting beyond the target stay', x.waitingPersonDays, PD),
    kpi('overMax', 'Aufenthalt über der gesetzlichen Höchstdauer', 'Stay beyond the legal maximum', x.overMaxPersonDays, PD),
    kpi('nuPeak', 'Höchstzahl in Notunterkünften', 'Peak persons in emergency shelters', nuPeak, P),
    dayKpi('nuPeakDay', 'Tag der Höchstzahl in Notunterkünften', 'Day of the emergency-shelter peak', nuPeakDay),
    kpi('nuPersonDays', 'Personentage in Notunterkünften', 'Person-days in emergency shelters', nuPersonDays, PD),
    kpi('statuswechslerPeak', 'Höchstzahl Statuswechsler in Unterkünften', 'Peak status changers in accommodation', swPeak, P),
    kpi('inKommunenEnd', 'Untergebracht in den Kommunen am Ende', 'Housed by the Kommunen at the end', inKommunen, P),
    kpi('procurementOrders', 'Beschaffungsvorgänge', 'Procurement orders', x.procurementOrders, { de: 'Vorgänge', en: 'orders' }),
    kpi('procuredPlaces', 'Beschaffte reguläre Plätze', 'Regular places procured', x.procuredPlaces, PLACES),
    kpi('cancelledPlaces', 'Vorzeitig gekündigte Plätze', 'Places released early', x.cancelledPlaces, PLACES),
    kpi('emergencyPlaces', 'Eröffnete Notunterkunftsplätze', 'Emergency-shelter places opened', x.emergencyPlaces, PLACES),
    kpi('costLand', 'Kosten der Erstaufnahme (Land)', 'Erstaufnahme cost (Land)', landCost, EUR),
    kpi('costKommunen', 'Unterbringungskosten der Kommunen', 'Accommodation cost of the Kommunen', kommunalCost, EUR),
    kpi('pauschale', 'Pauschalen des Landes an die Kreise (LAG)', 'Land Pauschalen paid to the Kreise (LAG)', pauschale, EUR),
    kpi('netKommunen', 'Nettobelastung der Kommunen', 'Net burden on the Kommunen', net, EUR),
    kpi('netPerInhabitant', 'Nettobelastung je Einwohner', 'Net burden per inhabitant', population > 0 ? net / population : 0, {
      de: '€ je Einwohner',
      en: 'EUR per inhabitant',
    }),
    kpi('vacancyCost', 'Kosten leerstehender Vertragsplätze', 'Cost of empty contracted places', x.vacancyCost, EUR),
    kpi('gemeindeReimbursement', 'Erstattungen der Kreise an Gemeinden', 'Kreis reimbursements to Gemeinden', x.gemeindeReimbursement, EUR),
    kpi('quotaDeviation', 'Größte Abweichung eines Kreises vom Einwohneranteil', 'Largest deviation of a Kreis from its population share', maxDeviation * 100, PCT),
  ];
}

/** acc plus the values of unit u, day by day (a function of its own, so it stays optimised from run to run). */
function addColumn(acc: number, a: ArrayLike<number>, U: number, D: number, u: number): number {
  let x = acc;
  for (let d = 0; d < D; d++) x += a[d * U + u] as number;
  return x;
}
