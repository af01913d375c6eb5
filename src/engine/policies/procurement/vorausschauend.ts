/**
 * Procurement `vorausschauend`: order so that places open before they are needed — from a forecast of the unit's
 * demand at the end of the lead time (recent Zuweisungen with their trend, minus recent departures), in the
 * configured order of types.
 */
import type { Unterkunftsart } from '../../scenario/schema.ts';
import { paramValue, type PolicyParameter, type ProcurementOrder, type ProcurementPolicy } from '../types.ts';

export const FORECAST_DAYS: PolicyParameter = {
  name: 'forecastBaseDays',
  label: { de: 'Grundlage der Prognose: letzte Tage', en: 'Forecast base: last days' },
  unit: 'days',
  default: 28,
  min: 2,
  max: 56,
  source: 'modellannahme: vier Wochen; mtk-medieninformation-2016: das RP Darmstadt kündigt die Zahlen je Quartal an',
};

export const FORECAST_MARGIN_DAYS: PolicyParameter = {
  name: 'forecastMarginDays',
  label: { de: 'Vorhersage über die Vorlaufzeit hinaus', en: 'Forecast beyond the lead time' },
  unit: 'days',
  default: 28,
  min: 0,
  max: 3650,
  source: 'modellannahme',
};

/** Weight of the trend (0: the recent mean rate only, 1: the full linear trend). */
export const FORECAST_TREND: PolicyParameter = {
  name: 'forecastTrendWeight',
  label: { de: 'Gewicht des Trends in der Prognose', en: 'Weight of the trend in the forecast' },
  unit: 'factor',
  default: 1,
  min: 0,
  max: 2,
  source: 'modellannahme',
};

/** Mean and least-squares slope per day of the last `n` values of a series (oldest first). */
export function rateAndTrend(series: ArrayLike<number>, n: number): { rate: number; slope: number } {
  const m = Math.min(n, series.length);
  if (m === 0) return { rate: 0, slope: 0 };
  const start = series.length - m;
  let sy = 0;
  for (let i = 0; i < m; i++) sy += series[start + i] as number;
  const mean = sy / m;
  const mx = (m - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < m; i++) {
    sxy += (i - mx) * ((series[start + i] as number) - mean);
    sxx += (i - mx) * (i - mx);
  }
  return { rate: mean, slope: sxx > 0 ? sxy / sxx : 0 };
}

/** Persons expected over the next `horizon` days: the recent rate carried along its trend (never below zero). */
export function forecastSum(rate: number, slope: number, horizon: number, centreAge: number): number {
  // The mean rate stands for the middle of the base window, `centreAge` days ago.
  let sum = 0;
  for (let t = 1; t <= horizon; t++) sum += Math.max(0, rate + slope * (centreAge + t));
  return sum;
}

/** Splits `places` over the types in order, each up to its largest share of the unit's places after the order. */
export function splitByType(
  places: number,
  order: readonly Exclude<Unterkunftsart, 'notunterkunft'>[],
  have: Readonly<Record<Unterkunftsart, number>>,
  maxShare: Readonly<Partial<Record<Unterkunftsart, number>>>,
  totalAfter: number,
): { type: Exclude<Unterkunftsart, 'notunterkunft'>; places: number }[] {
  const out: { type: Exclude<Unterkunftsart, 'notunterkunft'>; places: number }[] = [];
  let rest = places;
  order.forEach((type, i) => {
    if (rest <= 0) return;
    const cap = maxShare[type];
    const last = i === order.length - 1;
    const room = cap === undefined || last ? rest : Math.max(0, Math.floor(cap * totalAfter) - (have[type] ?? 0));
    const n = Math.min(rest, room);
    if (n > 0) out.push({ type, places: n });
    rest -= n;
  });
  return out;
}

export const vorausschauend: ProcurementPolicy = {
  id: 'vorausschauend',
  label: { de: 'Vorausschauend (Prognose)', en: 'Anticipatory (forecast)' },
  description: {
    de: 'Der Träger schätzt die Zuweisungen der nächsten Wochen aus den letzten Wochen samt Trend, zieht die erwarteten Abgänge ab und bestellt, wenn die so erwartete Belegung am Ende der Vorlaufzeit die Schwelle der Plätze (bestellte mitgezählt) überschreitet — in der eingestellten Reihenfolge der Arten.',
    en: 'The body estimates the next weeks’ Zuweisungen from the last weeks and their trend, subtracts expected departures, and orders when the occupancy so expected at the end of the lead time passes the threshold of its places (counting places on order) — in the configured order of types.',
  },
  parameters: [FORECAST_DAYS, FORECAST_MARGIN_DAYS, FORECAST_TREND],
  decide({ unit, settings, params }) {
    const base = Math.round(paramValue(params, FORECAST_DAYS));
    const horizon = settings.contractDays + settings.openDays + paramValue(params, FORECAST_MARGIN_DAYS);
    const zu = rateAndTrend(unit.recentZuweisungen, base);
    const ab = rateAndTrend(unit.recentAbgaenge, base);
    const trend = paramValue(params, FORECAST_TREND);
    const centreAge = (Math.min(base, unit.recentZuweisungen.length) - 1) / 2;
    const inflow = forecastSum(zu.rate, trend * zu.slope, horizon, centreAge);
    // Departures scale with the stock, not with the arrivals: carried at their recent rate.
    const outflow = Math.min(unit.present + inflow, ab.rate * horizon);
    const expected = unit.present + unit.notunterkunft + inflow - outflow;
    const places = unit.capacity + unit.pipeline;
    if (expected <= 0 || expected < settings.threshold * places) return [];
    const want = Math.ceil(expected / settings.threshold) - places;
    const size = Math.max(settings.minPlaces, want);
    const order = settings.typeOrder ?? [settings.type];
    return splitByType(size, order, unit.placesByType, settings.typeMaxShare, places + size).map(
      (o): ProcurementOrder => ({ ...o, contractDays: settings.contractDays, openDays: settings.openDays, termDays: settings.termDays }),
    );
  },
};
