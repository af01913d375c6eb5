/**
 * The KPIs, each defined once — id, label, unit, definition — and computed from the daily series and a few run
 * accumulators. The documentation's KPI table is generated from KPI_DEFINITIONS (`npm run docs`).
 */
import { ACCOMMODATION_TYPE_LABELS, ACCOMMODATION_TYPES, REGULAR_TYPES, type Fiscal } from '../scenario/schema.ts';
import { kreisOfUnits, type Kpi, type RunResult } from './result.ts';

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
  /** Per unit: what its Kreis reimbursed it over the run (kreisangehörige Gemeinden only), EUR. */
  reimbursedTo: Float64Array;
  /** Place-days of regular places in contracts of at least `accommodation.largeUnitPlaces` places. */
  largeUnitPlaceDays: number;
}

/** What a run knows besides its result that some KPIs set the result against. */
export interface KpiContext {
  readonly fiscal?: Fiscal | undefined;
}

type Text = { readonly de: string; readonly en: string };

export interface KpiDefinition {
  readonly id: string;
  /** `{region}` stands for the name of the run's region. */
  readonly label: Text;
  readonly unit: Text;
  /** How the value is computed, in words. */
  readonly definition: Text;
  /** Present only when the scenario has a fiscal layer (`fiscal`). */
  readonly needsFiscal?: true;
}

const P = { de: 'Personen', en: 'persons' };
const PD = { de: 'Personentage', en: 'person-days' };
const EUR = { de: '€', en: 'EUR' };
const EUR_INH = { de: '€ je Einwohner', en: 'EUR per inhabitant' };
const DAYS = { de: 'Tage', en: 'days' };
const PCT = { de: '%', en: '%' };
const PLACES = { de: 'Plätze', en: 'places' };
const DATE = { de: 'Datum', en: 'date' };
const KREIS_DAYS = { de: 'Kreistage', en: 'Kreis-days' };
const GINI = { de: 'Gini-Index (0–100)', en: 'Gini index (0–100)' };

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const def = (id: string, de: string, en: string, unit: Text, dDe: string, dEn: string, more: Partial<KpiDefinition> = {}): KpiDefinition => ({
  id,
  label: { de, en },
  unit,
  definition: { de: dDe, en: dEn },
  ...more,
});

/** Every KPI a run reports, in the order of `result.kpis`. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  def('arrivals', 'Zugänge in {region}', 'Arrivals in {region}', P, 'Personen, die in der Erstaufnahme oder direkt in einer Kommune ankamen.', 'Persons who arrived in Erstaufnahme or directly at a Kommune.'),
  def('forwarded', 'In andere Länder weitergeleitet', 'Forwarded to other Länder', P, 'Personen, die EASY einem anderen Land zuwies (§ 46 AsylG).', 'Persons EASY sent on to another Land (§ 46 AsylG).'),
  def('zuweisungen', 'Zuweisungen an Kreise und kreisfreie Städte', 'Assigned to Kreise and cities', P, 'Summe der Zuweisungen des Landes an die Kreise.', 'Sum of the Land’s Zuweisungen to the Kreise.'),
  def('eaePeak', 'Höchste Belegung der Erstaufnahme', 'Peak Erstaufnahme occupancy', P, 'Höchste Zahl der Personen in allen Standorten an einem Tag.', 'Highest number of persons in all sites on one day.'),
  def('eaePeakDay', 'Tag der höchsten Belegung der Erstaufnahme', 'Day of peak Erstaufnahme occupancy', DATE, 'Erster Tag mit `eaePeak` (Wert: Tag ab Beginn, `date`: Datum).', 'First day with `eaePeak` (value: day from the start, `date`: the date).'),
  def('eaeMeanStay', 'Mittlere Verweildauer in der Erstaufnahme bis zur Zuweisung', 'Mean stay in Erstaufnahme until Zuweisung', DAYS, 'Personentage in der Erstaufnahme der Zugewiesenen ÷ Zugewiesene.', 'Person-days in Erstaufnahme of those assigned ÷ persons assigned.'),
  def('waiting', 'Wartezeit über die Ziel-Verweildauer hinaus', 'Waiting beyond the target stay', PD, 'Personentage in `zuweisungsbereit` (die Ziel-Verweildauer ist erreicht, die Zuweisung steht aus; auch zurückgestellte).', 'Person-days in `zuweisungsbereit` (target stay reached, Zuweisung pending; deferred ones included).'),
  def('overMax', 'Aufenthalt über der gesetzlichen Höchstdauer', 'Stay beyond the legal maximum', PD, 'Personentage zuweisungsbereiter Haushalte ab ihrer gesetzlichen Höchstdauer (§ 47 Abs. 1 AsylG).', 'Person-days of households ready for Zuweisung from their legal maximum stay on (§ 47(1) AsylG).'),
  def('nuPeak', 'Höchstzahl in Notunterkünften', 'Peak persons in emergency shelters', P, 'Höchste Zahl der Personen in Notunterkünften (alle Einheiten) an einem Tag.', 'Highest number of persons in emergency shelters (all units) on one day.'),
  def('nuPeakDay', 'Tag der Höchstzahl in Notunterkünften', 'Day of the emergency-shelter peak', DATE, 'Erster Tag mit `nuPeak`.', 'First day with `nuPeak`.'),
  def('nuPersonDays', 'Personentage in Notunterkünften', 'Person-days in emergency shelters', PD, 'Summe über die Tage der Personen in Notunterkünften.', 'Sum over days of the persons in emergency shelters.'),
  def('statuswechslerPeak', 'Höchstzahl Statuswechsler in Unterkünften', 'Peak status changers in accommodation', P, 'Höchste Zahl Anerkannter, die noch untergebracht sind.', 'Highest number of recognised persons still accommodated.'),
  def('inKommunenEnd', 'Untergebracht in den Kommunen am Ende', 'Housed by the Kommunen at the end', P, 'Personen in Kreisen und Gemeinden am letzten Tag.', 'Persons in Kreise and Gemeinden on the last day.'),
  def('procurementOrders', 'Beschaffungsvorgänge', 'Procurement orders', { de: 'Vorgänge', en: 'orders' }, 'Bestellungen regulärer Plätze.', 'Orders of regular places.'),
  def('procuredPlaces', 'Beschaffte reguläre Plätze', 'Regular places procured', PLACES, 'Bestellte reguläre Plätze.', 'Regular places ordered.'),
  def('cancelledPlaces', 'Vorzeitig gekündigte Plätze', 'Places released early', PLACES, 'Plätze, deren Vertrag vorzeitig gekündigt wurde.', 'Places whose contract was given early notice.'),
  def('emergencyPlaces', 'Eröffnete Notunterkunftsplätze', 'Emergency-shelter places opened', PLACES, 'Plätze der im Notbetrieb eröffneten Notunterkünfte.', 'Places of emergency shelters opened in Notbetrieb.'),
  def('costLand', 'Kosten der Erstaufnahme (Land)', 'Erstaufnahme cost (Land)', EUR, 'Kosten der Standorte über den Lauf.', 'Cost of the sites over the run.'),
  def('costKommunen', 'Unterbringungskosten der Kommunen', 'Accommodation cost of the Kommunen', EUR, 'Kosten der Kreise und Gemeinden über den Lauf (Plätze, Personen, Belegungsgarantien).', 'Cost of the Kreise and Gemeinden over the run (places, persons, occupancy guarantees).'),
  def('pauschale', 'Pauschalen des Landes an die Kreise (LAG)', 'Land Pauschalen paid to the Kreise (LAG)', EUR, 'Pauschalen nach § 7 LAG über den Lauf.', 'Pauschalen under § 7 LAG over the run.'),
  def('netKommunen', 'Nettobelastung der Kommunen', 'Net burden on the Kommunen', EUR, '`costKommunen` − `pauschale`.', '`costKommunen` − `pauschale`.'),
  def('netPerInhabitant', 'Nettobelastung je Einwohner', 'Net burden per inhabitant', EUR_INH, '`netKommunen` ÷ Einwohner der Region.', '`netKommunen` ÷ inhabitants of the region.'),
  def('vacancyCost', 'Kosten leerstehender Vertragsplätze', 'Cost of empty contracted places', EUR, 'Platzkosten leerer Plätze plus die Personenkosten, die eine Belegungsgarantie für nicht belegte Plätze zahlt.', 'Place cost of empty places plus the person cost an occupancy guarantee pays for places not used.'),
  def('gemeindeReimbursement', 'Erstattungen der Kreise an Gemeinden', 'Kreis reimbursements to Gemeinden', EUR, 'Erstattungen nach `money.gemeindeReimbursementRule`; Geld innerhalb der Kommunen, ohne Einfluss auf `netKommunen`.', 'Reimbursements under `money.gemeindeReimbursementRule`; money within the Kommunen, no effect on `netKommunen`.'),
  def('quotaDeviation', 'Größte Abweichung eines Kreises vom Einwohneranteil', 'Largest deviation of a Kreis from its population share', PCT, 'max über die Kreise |Zugänge − Einwohneranteil × alle Zugänge der Kreise| ÷ Einwohneranteil × alle Zugänge.', 'max over Kreise |arrivals − population share × all arrivals at Kreise| ÷ population share × all arrivals.'),
  // ---- added with the policies: capacity by type, misallocation, fairness, money down to the Kommune
  ...REGULAR_TYPES.map((t) =>
    def(`occupancy${cap(t)}`, `Auslastung: ${ACCOMMODATION_TYPE_LABELS[t].de}`, `Occupancy: ${ACCOMMODATION_TYPE_LABELS[t].en}`, PCT, 'Personentage ÷ Platztage dieser Art in Kreisen und Gemeinden über den Lauf.', 'Person-days ÷ place-days of this type in Kreise and Gemeinden over the run.'),
  ),
  ...REGULAR_TYPES.map((t) =>
    def(`freePlaces${cap(t)}`, `Freie Plätze im Mittel: ${ACCOMMODATION_TYPE_LABELS[t].de}`, `Free places on average: ${ACCOMMODATION_TYPE_LABELS[t].en}`, PLACES, 'Mittel über die Tage der freien Plätze dieser Art in Kreisen und Gemeinden.', 'Mean over days of the free places of this type in Kreise and Gemeinden.'),
  ),
  def('daysOver100', 'Kreistage über 100 % Belegung', 'Kreis-days above 100 % occupancy', KREIS_DAYS, 'Tage, an denen ein Kreis mit seinen Gemeinden mehr Personen (mit Notunterkunft) unterbrachte als er reguläre Plätze hatte, summiert über die Kreise.', 'Days on which a Kreis with its Gemeinden housed more persons (incl. Notunterkunft) than it had regular places, summed over the Kreise.'),
  def('misallocation', 'Notunterkunft trotz freier Plätze im Kreis', 'Emergency shelter while places of the Kreis stand free', PD, 'Je Kreis und Tag das Kleinere aus Personen in Notunterkunft und freien regulären Plätzen des Kreises mit seinen Gemeinden, summiert.', 'Per Kreis and day the smaller of persons in Notunterkunft and free regular places of the Kreis with its Gemeinden, summed.'),
  def('quotaFulfilmentMin', 'Geringste Quotenerfüllung eines Kreises', 'Lowest quota fulfilment of a Kreis', PCT, 'min über die Kreise Ist ÷ Soll des Soll/Ist-Kontos am letzten Tag.', 'min over the Kreise of Ist ÷ Soll of the account on the last day.'),
  def('quotaFulfilmentMax', 'Höchste Quotenerfüllung eines Kreises', 'Highest quota fulfilment of a Kreis', PCT, 'max über die Kreise Ist ÷ Soll am letzten Tag.', 'max over the Kreise of Ist ÷ Soll on the last day.'),
  def('quotaGiniKreise', 'Ungleichheit der Quotenerfüllung der Kreise', 'Inequality of quota fulfilment across Kreise', GINI, 'Gini-Koeffizient × 100 der Werte Ist ÷ Soll der Kreise am letzten Tag (0: alle gleich).', 'Gini coefficient × 100 of the Kreise’s Ist ÷ Soll on the last day (0: all equal).'),
  def('quotaMaxDeviationKreise', 'Größte Abweichung eines Kreises vom Soll', 'Largest deviation of a Kreis from its Soll', PCT, 'max über die Kreise |Ist ÷ Soll − 1| am letzten Tag.', 'max over the Kreise of |Ist ÷ Soll − 1| on the last day.'),
  def('quotaGiniGemeindenMean', 'Ungleichheit unter den Gemeinden eines Kreises (Mittel)', 'Inequality among the Gemeinden of a Kreis (mean)', GINI, 'Gini der Werte Ist ÷ Soll der Gemeinden je Landkreis am letzten Tag, gemittelt über die Landkreise mit mindestens zwei Gemeinden.', 'Gini of the Gemeinden’s Ist ÷ Soll per Landkreis on the last day, mean over Landkreise with at least two Gemeinden.'),
  def('quotaGiniGemeindenMax', 'Ungleichheit unter den Gemeinden eines Kreises (größte)', 'Inequality among the Gemeinden of a Kreis (largest)', GINI, 'Der größte dieser Gini-Werte.', 'The largest of these Gini values.'),
  def('quotaMaxDeviationGemeinden', 'Größte Abweichung einer Gemeinde vom Soll', 'Largest deviation of a Gemeinde from its Soll', PCT, 'max über die Gemeinden mit Soll > 0 |Ist ÷ Soll − 1| am letzten Tag.', 'max over the Gemeinden with Soll > 0 of |Ist ÷ Soll − 1| on the last day.'),
  def('netPerInhabitantMax', 'Höchste Nettobelastung einer Kommune je Einwohner', 'Highest net burden of a Kommune per inhabitant', EUR_INH, 'max über die Haushalte der Kreise und Gemeinden: Landkreis = eigene Kosten + Erstattungen an Gemeinden − Pauschalen für alle Personen im Kreis; Gemeinde = eigene Kosten − Erstattung; je Einwohner des Gebiets.', 'max over the budgets of Kreise and Gemeinden: Landkreis = own cost + reimbursements to Gemeinden − Pauschalen for everyone in the Kreis; Gemeinde = own cost − reimbursement; per inhabitant of the territory.'),
  def('statuswechslerPersonDays', 'Personentage von Statuswechslern in Unterkünften', 'Person-days of status changers in accommodation', PD, 'Summe über die Tage der Anerkannten, die noch untergebracht sind.', 'Sum over days of the recognised persons still accommodated.'),
  def('largeUnitShare', 'Anteil der Plätze in großen Gemeinschaftsunterkünften', 'Share of places in large collective units', PCT, 'Platztage in Verträgen über GU oder eigene Liegenschaften ab `accommodation.largeUnitPlaces` Plätzen ÷ reguläre Platztage der Kommunen (Plätze vom Start und aus Ereignissen zählen als klein).', 'Place-days in contracts for GU or own properties of at least `accommodation.largeUnitPlaces` places ÷ regular place-days of the Kommunen (places from the start and from events count as small).'),
  def('netPerInhabitantSchutzschirm', 'Nettobelastung je Einwohner: Schutzschirm-Kommunen', 'Net burden per inhabitant: Schutzschirm Kommunen', EUR_INH, 'Mittel über die Kommunen mit `schutzschirm` ihrer Nettobelastung je Einwohner (wie `netPerInhabitantMax`).', 'Mean over the Kommunen with `schutzschirm` of their net burden per inhabitant (as in `netPerInhabitantMax`).', { needsFiscal: true }),
  def('netPerInhabitantOther', 'Nettobelastung je Einwohner: übrige Kommunen', 'Net burden per inhabitant: other Kommunen', EUR_INH, 'Dasselbe Mittel über die übrigen Kommunen.', 'The same mean over the other Kommunen.', { needsFiscal: true }),
  def('netShareOfKassenkredite', 'Nettobelastung im Verhältnis zu den Kassenkrediten', 'Net burden relative to the Kassenkredite', PCT, 'Summe der Nettobelastungen ÷ Summe der Kassenkredite (je Einwohner × Einwohner) der Kommunen mit einer Angabe.', 'Sum of net burdens ÷ sum of Kassenkredite (per inhabitant × inhabitants) of the Kommunen with a figure.', { needsFiscal: true }),
  def('netShareOfKassenkrediteMax', 'Größte Nettobelastung im Verhältnis zu den Kassenkrediten', 'Largest net burden relative to the Kassenkredite', PCT, 'max über die Kommunen mit einer Angabe: Nettobelastung ÷ Kassenkredite.', 'max over the Kommunen with a figure: net burden ÷ Kassenkredite.', { needsFiscal: true }),
];

const BY_ID = new Map(KPI_DEFINITIONS.map((d) => [d.id, d]));

/** Gini coefficient of non-negative values (0: all equal; 0 for fewer than two values or a zero mean). */
export function gini(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (!(mean > 0)) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  // Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n + 1) x_(i) for sorted values.
  let s = 0;
  sorted.forEach((x, i) => (s += (2 * i - n + 1) * x));
  return s / (n * n * mean);
}

/** A budget of the fiscal layer: a Landkreis, a kreisfreie Stadt or a kreisangehörige Gemeinde. */
export interface KommuneBurden {
  readonly id: string;
  readonly population: number;
  /** Net burden over the run, EUR. */
  readonly net: number;
}

/**
 * The net burden of every Kommune's budget over the run: a Landkreis carries its own places, the reimbursements to
 * its Gemeinden and receives the Pauschalen for everyone in its territory; a Gemeinde carries its places less what its
 * Kreis reimburses. The sum over all equals `netKommunen`.
 */
export function netBurdenByKommune(
  r: Omit<RunResult, 'kpis'>,
  x: Pick<KpiExtras, 'reimbursedTo'>,
  totals: ReturnType<typeof totalsByUnit> = totalsByUnit(r),
): KommuneBurden[] {
  const U = r.units.length;
  const { cost, pauschale } = totals;
  const kreisOf = kreisOfUnits(r.units);
  const net = new Float64Array(U);
  const out: KommuneBurden[] = [];
  for (let u = 0; u < U; u++) {
    const info = r.units[u]!;
    if (info.level === 'kreis') net[u] += (cost[u] as number) - (pauschale[u] as number);
    if (info.level !== 'gemeinde') continue;
    const k = kreisOf[u] as number;
    if (k < 0) continue;
    const paid = x.reimbursedTo[u] as number;
    // The Landkreis pays the reimbursement and receives the Pauschale for the persons the Gemeinde houses.
    net[k] += paid - (pauschale[u] as number);
    net[u] = (cost[u] as number) - paid;
  }
  for (let u = 0; u < U; u++) {
    const info = r.units[u]!;
    const isGemeinde = info.level === 'gemeinde' && (kreisOf[u] as number) >= 0;
    if (info.level === 'kreis' || isGemeinde) out.push({ id: info.id, population: info.population ?? 0, net: net[u] as number });
  }
  return out;
}

/** Per unit: the sums over the run of cost, Pauschale, places and Zuweisungen (read day by day, as the series are stored). */
function totalsByUnit(r: Omit<RunResult, 'kpis'>): { cost: Float64Array; pauschale: Float64Array; capacity: Float64Array; zuweisungen: Float64Array } {
  const U = r.units.length;
  const { cost: c, pauschale: p, capacity: k, zuweisungen: z } = r.series;
  const cost = new Float64Array(U);
  const pauschale = new Float64Array(U);
  const capacity = new Float64Array(U);
  const zuweisungen = new Float64Array(U);
  for (let d = 0, o = 0; d < r.days.length; d++) {
    for (let u = 0; u < U; u++, o++) {
      cost[u] += c[o] as number;
      pauschale[u] += p[o] as number;
      capacity[u] += k[o] as number;
      zuweisungen[u] += z[o] as number;
    }
  }
  return { cost, pauschale, capacity, zuweisungen };
}

export function computeKpis(r: Omit<RunResult, 'kpis'>, x: KpiExtras, context: KpiContext = {}): Kpi[] {
  const D = r.days.length;
  const U = r.units.length;
  const idx = (level: string) => r.units.flatMap((u, i) => (u.level === level ? [i] : []));
  const sites = idx('erstaufnahme');
  const kreise = idx('kreis');
  const gemeinden = idx('gemeinde');
  const kommunal = [...kreise, ...gemeinden];
  const values = new Map<string, number>();
  const dates = new Map<string, string>();
  const set = (id: string, v: number) => values.set(id, v);

  const s = r.series;
  let arrivals = 0;
  let nuPersonDays = 0;
  let nuPeak = 0;
  let nuPeakDay = 0;
  let swPeak = 0;
  let swPersonDays = 0;
  for (let d = 0; d < D; d++) {
    arrivals += s.arrived[d * U] as number;
    const nu = s.notunterkunft[d * U] as number;
    nuPersonDays += nu;
    if (nu > nuPeak) [nuPeak, nuPeakDay] = [nu, d];
    const sw = s.statuswechsler[d * U] as number;
    swPeak = Math.max(swPeak, sw);
    swPersonDays += sw;
  }
  const { eaeByDay, landCost } = erstaufnahmeDays(s.present, s.cost, U, D, sites);
  let eaePeak = 0;
  let eaePeakDay = 0;
  eaeByDay.forEach((v, d) => {
    if (v > eaePeak) [eaePeak, eaePeakDay] = [v, d];
  });
  const totals = totalsByUnit(r);
  let kommunalCost = 0;
  let pauschale = 0;
  for (const u of kommunal) {
    kommunalCost += totals.cost[u] as number;
    pauschale += totals.pauschale[u] as number;
  }
  const kommunalPlaceDays = kommunal.reduce((a, u) => a + (totals.capacity[u] as number), 0);
  let zuweisungen = 0;
  let maxDeviation = 0;
  const total = kreise.reduce((a, k) => a + (r.ledger[k]?.arrived ?? 0), 0);
  const population = r.units[0]?.population ?? 0;
  const region = (r.units[0]?.name ?? 'Hessen').replace(/ \(.*\)$/, '');
  for (const k of kreise) {
    const got = r.ledger[k]?.arrived ?? 0;
    zuweisungen += totals.zuweisungen[k] as number;
    const share = population > 0 ? (r.units[k]?.population ?? 0) / population : 0;
    const soll = share * total;
    if (soll > 0) maxDeviation = Math.max(maxDeviation, Math.abs(got - soll) / soll);
  }
  const last = D - 1;
  const inKommunen = kommunal.reduce((a, u) => a + (s.present[last * U + u] as number), 0);
  // Reimbursements to Gemeinden move money inside the Kommunen; they do not change the net burden.
  const net = kommunalCost - pauschale;

  set('arrivals', arrivals);
  set('forwarded', x.forwarded);
  set('zuweisungen', zuweisungen);
  set('eaePeak', eaePeak);
  set('eaePeakDay', eaePeakDay);
  dates.set('eaePeakDay', r.days[eaePeakDay] ?? '');
  set('eaeMeanStay', x.personsAssignedFromEae > 0 ? x.dwellPersonDaysAtZuweisung / x.personsAssignedFromEae : 0);
  set('waiting', x.waitingPersonDays);
  set('overMax', x.overMaxPersonDays);
  set('nuPeak', nuPeak);
  set('nuPeakDay', nuPeakDay);
  dates.set('nuPeakDay', r.days[nuPeakDay] ?? '');
  set('nuPersonDays', nuPersonDays);
  set('statuswechslerPeak', swPeak);
  set('inKommunenEnd', inKommunen);
  set('procurementOrders', x.procurementOrders);
  set('procuredPlaces', x.procuredPlaces);
  set('cancelledPlaces', x.cancelledPlaces);
  set('emergencyPlaces', x.emergencyPlaces);
  set('costLand', landCost);
  set('costKommunen', kommunalCost);
  set('pauschale', pauschale);
  set('netKommunen', net);
  set('netPerInhabitant', population > 0 ? net / population : 0);
  set('vacancyCost', x.vacancyCost);
  set('gemeindeReimbursement', x.gemeindeReimbursement);
  set('quotaDeviation', maxDeviation * 100);

  // ---- by type, per Kreis with its Gemeinden (the byType aggregates of the Kreise)
  const bt = r.byType;
  const A = bt.units.length;
  const TT = ACCOMMODATION_TYPES.length;
  const NU_T = ACCOMMODATION_TYPES.indexOf('notunterkunft');
  const kreisAggs = bt.units.flatMap((u, a) => (r.units[u]?.level === 'kreis' ? [a] : []));
  const { occDays, capDays, freeDays, daysOver, misallocation } = kreisTypeDays(bt.capacity, bt.occupancy, D, A, TT, NU_T, kreisAggs);
  for (const t of REGULAR_TYPES) {
    const i = ACCOMMODATION_TYPES.indexOf(t);
    set(`occupancy${cap(t)}`, (capDays[i] as number) > 0 ? ((occDays[i] as number) / (capDays[i] as number)) * 100 : 0);
    set(`freePlaces${cap(t)}`, D > 0 ? (freeDays[i] as number) / D : 0);
  }
  set('daysOver100', daysOver);
  set('misallocation', misallocation);

  // ---- fairness: Ist ÷ Soll on the last day
  const ratio = (u: number) => {
    const soll = s.soll[last * U + u] as number;
    return soll > 0 ? (s.ist[last * U + u] as number) / soll : undefined;
  };
  const kreisRatios = kreise.map(ratio).filter((v): v is number => v !== undefined);
  set('quotaFulfilmentMin', kreisRatios.length > 0 ? Math.min(...kreisRatios) * 100 : 0);
  set('quotaFulfilmentMax', kreisRatios.length > 0 ? Math.max(...kreisRatios) * 100 : 0);
  set('quotaGiniKreise', gini(kreisRatios) * 100);
  set('quotaMaxDeviationKreise', kreisRatios.reduce((m, v) => Math.max(m, Math.abs(v - 1)), 0) * 100);
  const ginis: number[] = [];
  let gemeindeDeviation = 0;
  for (const k of kreise) {
    const id = r.units[k]!.id;
    const ratios = gemeinden
      .filter((g) => r.units[g]!.parent === id)
      .map(ratio)
      .filter((v): v is number => v !== undefined);
    for (const v of ratios) gemeindeDeviation = Math.max(gemeindeDeviation, Math.abs(v - 1));
    if (ratios.length >= 2) ginis.push(gini(ratios) * 100);
  }
  set('quotaGiniGemeindenMean', ginis.length > 0 ? ginis.reduce((a, b) => a + b, 0) / ginis.length : 0);
  set('quotaGiniGemeindenMax', ginis.length > 0 ? Math.max(...ginis) : 0);
  set('quotaMaxDeviationGemeinden', gemeindeDeviation * 100);

  // ---- money down to the Kommune's budget
  const burdens = netBurdenByKommune(r, x, totals);
  const perInhabitant = (b: KommuneBurden) => (b.population > 0 ? b.net / b.population : 0);
  set('netPerInhabitantMax', burdens.length > 0 ? Math.max(...burdens.map(perInhabitant)) : 0);
  set('statuswechslerPersonDays', swPersonDays);
  set('largeUnitShare', kommunalPlaceDays > 0 ? (x.largeUnitPlaceDays / kommunalPlaceDays) * 100 : 0);
  const fiscal = context.fiscal;
  if (fiscal) {
    const info = (id: string) => (Object.hasOwn(fiscal.kommunen, id) ? fiscal.kommunen[id] : undefined);
    const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    set('netPerInhabitantSchutzschirm', mean(burdens.filter((b) => info(b.id)?.schutzschirm === true).map(perInhabitant)));
    set('netPerInhabitantOther', mean(burdens.filter((b) => info(b.id)?.schutzschirm !== true).map(perInhabitant)));
    let sumNet = 0;
    let sumCredit = 0;
    let maxShare = 0;
    for (const b of burdens) {
      const perHead = info(b.id)?.kassenkrediteEurPerInhabitant ?? fiscal.kassenkrediteEurPerInhabitant;
      const credit = perHead === undefined ? 0 : perHead * b.population;
      if (!(credit > 0)) continue;
      sumNet += b.net;
      sumCredit += credit;
      maxShare = Math.max(maxShare, b.net / credit);
    }
    set('netShareOfKassenkredite', sumCredit > 0 ? (sumNet / sumCredit) * 100 : 0);
    set('netShareOfKassenkrediteMax', maxShare * 100);
  }

  return KPI_DEFINITIONS.filter((d) => values.has(d.id)).map((d) => {
    const kpi: Kpi = {
      id: d.id,
      label: { de: d.label.de.replace('{region}', region), en: d.label.en.replace('{region}', region) },
      value: Math.round((values.get(d.id) as number) * 100) / 100,
      unit: d.unit,
    };
    const date = dates.get(d.id);
    return date === undefined ? kpi : { ...kpi, date };
  });
}

/** The definition of a KPI by id. */
export function kpiDefinition(id: string): KpiDefinition | undefined {
  return BY_ID.get(id);
}

// The loops over the series are functions of their own, so they stay optimised from run to run: computeKpis, run
// once per run, is compiled while inside a loop and thrown back out where it meets code not yet run.

/** Persons in Erstaufnahme per day, and the cost of its sites summed site by site, each day by day. */
function erstaufnahmeDays(
  present: ArrayLike<number>,
  cost: ArrayLike<number>,
  U: number,
  D: number,
  sites: readonly number[],
): { eaeByDay: Float64Array; landCost: number } {
  const eaeByDay = new Float64Array(D);
  let landCost = 0;
  for (const u of sites) {
    for (let d = 0; d < D; d++) {
      eaeByDay[d] += present[d * U + u] as number;
      landCost += cost[d * U + u] as number;
    }
  }
  return { eaeByDay, landCost };
}

/**
 * Over the days and the Kreise (their by-type aggregates [(day · A + a) · TT + t]): person-days, place-days and free
 * place-days per type, days above 100 % and the misallocated person-days.
 */
function kreisTypeDays(
  capacity: Int32Array,
  occupancy: Int32Array,
  D: number,
  A: number,
  TT: number,
  NU_T: number,
  kreisAggs: readonly number[],
): { occDays: Float64Array; capDays: Float64Array; freeDays: Float64Array; daysOver: number; misallocation: number } {
  const occDays = new Float64Array(TT);
  const capDays = new Float64Array(TT);
  const freeDays = new Float64Array(TT);
  let daysOver = 0;
  let misallocation = 0;
  for (let d = 0; d < D; d++) {
    for (const a of kreisAggs) {
      const o = (d * A + a) * TT;
      let persons = 0;
      let regular = 0;
      let free = 0;
      for (let t = 0; t < TT; t++) {
        const c = capacity[o + t] as number;
        const p = occupancy[o + t] as number;
        occDays[t] += p;
        capDays[t] += c;
        persons += p;
        if (t === NU_T) continue;
        regular += c;
        const f = Math.max(0, c - p);
        freeDays[t] += f;
        free += f;
      }
      if (persons > regular) daysOver++;
      misallocation += Math.min(occupancy[o + NU_T] as number, free);
    }
  }
  return { occDays, capDays, freeDays, daysOver, misallocation };
}
