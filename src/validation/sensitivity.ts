/**
 * One-at-a-time sensitivity of the validation: the free parameters of the built-in Hessen scenarios (values the
 * scenarios set as Modellannahme, or pick from a published range), each with the range it may plausibly take and the
 * reason, and the variation of a scenario input to a value of that range.
 */
import type { ScenarioInput } from '../engine/scenario/schema.ts';
import type { Text } from '../engine/scenario/meta.ts';

/**
 * How a value of the range is applied: `set` writes it at the path; `factor` multiplies every number at the path
 * (and below it) by it — in the scenario and in every event that sets the path or a field above it, so that dated
 * changes keep their shape (the stay in Erstaufnahme rises from 35 to 105 days whatever the factor).
 */
export type Variation = 'set' | 'factor';

export interface FreeParameter {
  /** Dotted path into the scenario (`exits.afterRecognition.mean`; `*` for every entry of a list: `procurement.mix.*.openDays`). */
  readonly path: string;
  readonly label: Text;
  readonly variation: Variation;
  /** Lower and upper end of the range: values for `set`, factors for `factor`. */
  readonly low: number;
  readonly high: number;
  /** Why this range: a citation text ("id: detail; …", ids of src/engine/sources.ts). */
  readonly source: string;
  /** Where the path has a `*` (every entry of a list): only entries with these field values are varied. */
  readonly match?: Readonly<Record<string, unknown>>;
}

/** The free parameters and their ranges, in the order of the parameter groups. */
export const FREE_PARAMETERS: readonly FreeParameter[] = [
  {
    path: 'erstaufnahme.dwell.mean',
    label: { de: 'Verweildauer in der Erstaufnahme', en: 'Stay in Erstaufnahme' },
    variation: 'factor',
    low: 0.8,
    high: 1.2,
    source: 'epd-heae-aussenstelle-2015: 4–6 Wochen, also ± 20 % um 5 Wochen; hessenschau-erstaufnahme-2020: 3–4 Monate',
  },
  {
    path: 'arrivals.safeCountryShare',
    label: { de: 'Anteil aus sicheren Herkunftsstaaten', en: 'Share from safe countries of origin' },
    variation: 'set',
    low: 0.02,
    high: 0.1,
    source: 'modellannahme: 5 %, keine hessische Zahl, halb bis doppelt so viel',
  },
  {
    path: 'exits.afterRecognition.mean',
    label: { de: 'Von der Anerkennung bis zur eigenen Wohnung', en: 'From recognition to an own flat' },
    variation: 'set',
    low: 180,
    high: 450,
    source: 'modellannahme: 270 Tage, 6 bis 15 Monate; taz-fehlbeleger-2017: keine hessischen Zahlen',
  },
  {
    path: 'exits.kreisFactor',
    label: { de: 'Faktor auf den Auszug je Kreis', en: 'Factor on moving out by Kreis' },
    variation: 'factor',
    low: 0.75,
    high: 1.25,
    source: 'fnp-frankfurt-2017-11: Frankfurt 4; modellannahme: übrige Städte 1,4, ab 09/2017 Landkreise 1,25, je ± 25 %',
  },
  {
    path: 'exits.departShare',
    label: { de: 'Anteil der Abgelehnten, die ausreisen', en: 'Share of rejected persons who leave' },
    variation: 'set',
    low: 0.3,
    high: 0.6,
    source: 'modellannahme: 0,45; welt-ausgereist-2016: 2015 in Hessen 9.324 Ausreisen und Abschiebungen',
  },
  {
    path: 'exits.geduldetStay.mean',
    label: { de: 'Verbleib Geduldeter in der Unterkunft', en: 'Stay of tolerated persons' },
    variation: 'set',
    low: 450,
    high: 1800,
    source: 'modellannahme: 900 Tage, halb bis doppelt so lang',
  },
  {
    path: 'accommodation.initialPerThousand',
    label: { de: 'Zu Beginn in den Kommunen untergebracht', en: 'Housed in the Kommunen at the start' },
    variation: 'factor',
    low: 0.75,
    high: 1.25,
    source: 'modellannahme: 2, 4 und 5 je 1.000 Einwohner, ± 25 %; shortnews-kassel-2014: Kassel 3,5 je 1.000 (2014); mittelhessen-lkgi-2021: LK Gießen 5,3 je 1.000 (2021)',
  },
  {
    path: 'accommodation.gemeindePerThousand',
    label: { de: 'Plätze zu Beginn (Kreise und Gemeinden)', en: 'Places at the start (Kreise and municipalities)' },
    variation: 'factor',
    low: 0.8,
    high: 1.2,
    source: 'modellannahme: Plätze zu Beginn je 1.000 Einwohner, ± 20 % (Kreise und Gemeinden zugleich); mittelhessen-heime-2018: Belegung 67–70 % (2018)',
  },
  {
    path: 'procurement.threshold',
    label: { de: 'Bestellen ab Belegung', en: 'Order at occupancy' },
    variation: 'set',
    low: 0.8,
    high: 1,
    source: 'modellannahme: 0,9 wie die Lage „angespannt“',
  },
  {
    path: 'procurement.stepShare',
    label: { de: 'Umfang einer Bestellung', en: 'Size of an order' },
    variation: 'set',
    low: 0.1,
    high: 0.4,
    source: 'modellannahme: 25 % der Plätze',
  },
  {
    path: 'procurement.mix.*.openDays',
    match: { termDays: 3650 },
    label: { de: 'Langfristig angemietete GU: bis zur Eröffnung', en: 'Long-leased GU: time to open' },
    variation: 'set',
    low: 180,
    high: 730,
    source: 'fnp-frankfurt-2016-12: Umbauten und Neubauten dauerten 6 Monate bis 2 Jahre',
  },
  {
    path: 'procurement.mix.*.share',
    match: { termDays: 3650 },
    label: { de: 'Anteil der Plätze mit 10-Jahres-Vertrag', en: 'Share of places on ten-year leases' },
    variation: 'set',
    low: 0.3,
    high: 0.6,
    source: 'bergstraesser-dadi-2021: „in der Regel“ 10 Jahre; modellannahme: 45 % (von 70 % GU-Anteil)',
  },
  {
    path: 'procurement.cancelBelow',
    label: { de: 'Vorzeitig kündigen unter Belegung', en: 'Give early notice below occupancy' },
    variation: 'set',
    low: 0.6,
    high: 0.9,
    source: 'hna-kassel-2016: Verträge sehen mindestens 75 % Belegung vor; modellannahme: ± 15 Prozentpunkte',
  },
  {
    path: 'procurement.noticeDays',
    label: { de: 'Kündigungsfrist', en: 'Notice period' },
    variation: 'set',
    low: 30,
    high: 180,
    source: 'modellannahme: 90 Tage, 1 bis 6 Monate',
  },
  {
    path: 'policies.quotaWindowDays',
    label: { de: 'Zeitfenster des Soll/Ist-Kontos', en: 'Window of the Soll/Ist account' },
    variation: 'set',
    low: 30,
    high: 365,
    source: 'spd-wetterau-2016: Aufnahmesoll je Quartal; modellannahme: ein Monat bis ein Jahr',
  },
  {
    path: 'arrivals.direct.housedShare',
    label: { de: 'Ukrainer mit Bedarf an kommunaler Unterkunft', en: 'Ukrainians needing municipal accommodation' },
    variation: 'set',
    low: 0.15,
    high: 0.35,
    source: 'fr-ukrainer-2022: Frankfurt ≈ 31 %, Fulda fast keine; modellannahme: 25 % ± 10 Prozentpunkte',
  },
];

/** The segments of a dotted path. */
const segments = (path: string): string[] => path.split('.');

type Node = Record<string, unknown> | unknown[];

function isNode(x: unknown): x is Node {
  return typeof x === 'object' && x !== null;
}

/** Multiplies every number in a value (a number, or the numbers in an object or list) by `factor`. */
function scaled(value: unknown, factor: number): unknown {
  if (typeof value === 'number') return value * factor;
  if (Array.isArray(value)) return value.map((v) => scaled(v, factor));
  if (isNode(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scaled(v, factor)]));
  return value;
}

/** Whether an entry has the field values of `match`. */
function matches(entry: unknown, match: Readonly<Record<string, unknown>> | undefined): boolean {
  if (!match) return true;
  return isNode(entry) && Object.entries(match).every(([k, v]) => (entry as Record<string, unknown>)[k] === v);
}

/**
 * Applies the variation to the values at `path` below `root` (a `*` segment: every entry of the list or record there
 * that matches); says whether it found one.
 */
function applyAt(root: unknown, path: readonly string[], how: Variation, value: number, match?: FreeParameter['match']): boolean {
  if (!isNode(root)) return false;
  const [seg, ...rest] = path as [string, ...string[]];
  const node = root as Record<string, unknown>;
  if (seg === '*') {
    let found = false;
    for (const key of Object.keys(node)) if (matches(node[key], match)) found = applyAt(node, [key, ...rest], how, value, match) || found;
    return found;
  }
  // A value to set may be absent where its object is present (a field left at its default).
  if (!Object.hasOwn(node, seg) && !(how === 'set' && rest.length === 0 && !Array.isArray(node))) return false;
  if (rest.length > 0) return applyAt(node[seg], rest, how, value, match);
  node[seg] = how === 'set' ? value : scaled(node[seg], value);
  return true;
}

/**
 * A copy of the scenario with the parameter at `value` (a value or a factor, by its variation). Events that set the
 * path, or a field above it, are varied the same way; an event that sets a field below it is left alone. Throws if
 * neither the scenario nor an event has the path (the parameter does not apply to this scenario: see `appliesTo`).
 */
export function vary(input: ScenarioInput, p: FreeParameter, value: number): ScenarioInput {
  const out = structuredClone(input) as ScenarioInput;
  const segs = segments(p.path);
  let found = applyAt(out, segs, p.variation, value, p.match);
  // The places at the start are varied for Kreise and Gemeinden together.
  if (p.path === 'accommodation.gemeindePerThousand') found = applyAt(out, segments('accommodation.kreisPerThousand'), p.variation, value, p.match) || found;
  for (const e of out.events ?? []) {
    if (!e.set) continue;
    for (const key of Object.keys(e.set)) {
      if (key === p.path) {
        e.set[key] = p.variation === 'set' ? value : scaled(e.set[key], value);
        found = true;
      } else if (p.path.startsWith(`${key}.`)) {
        const holder = { v: e.set[key] };
        found = applyAt(holder, ['v', ...segments(p.path.slice(key.length + 1))], p.variation, value, p.match) || found;
        e.set[key] = holder.v;
      }
    }
  }
  if (!found) throw new Error(`the scenario ${input.id} has no value at ${p.path}`);
  return out;
}

/** Whether the scenario (or one of its events) has a value at the parameter's path. */
export function appliesTo(input: ScenarioInput, p: FreeParameter): boolean {
  try {
    vary(input, p, p.variation === 'factor' ? 1 : p.low);
    return true;
  } catch {
    return false;
  }
}

/** The effect of one parameter: the model-only averaged relative difference of each scenario at the ends of its range. */
export interface SensitivityRow {
  readonly parameter: FreeParameter;
  /** By scenario id: the measure at the low and high end; absent where the parameter does not apply. */
  readonly byScenario: Readonly<Record<string, { readonly low: number; readonly high: number }>>;
  /** The largest change against the baseline over the scenarios and both ends, percentage points (as a share). */
  readonly effect: number;
}

export interface SensitivityResult {
  /** The baseline measure by scenario id. */
  readonly baseline: Readonly<Record<string, number>>;
  /** The parameters, largest effect first. */
  readonly rows: readonly SensitivityRow[];
  /** Runs made, the baselines included. */
  readonly runs: number;
}

/**
 * Varies each parameter alone to both ends of its range in each scenario it applies to and ranks the parameters by
 * the largest change of `measure` (the model-only averaged relative difference) against the scenario's baseline.
 * `measure` returns null for a scenario that cannot be run or compared; such variants are left out.
 */
export function analyseSensitivity(
  scenarios: readonly ScenarioInput[],
  parameters: readonly FreeParameter[],
  measure: (input: ScenarioInput) => number | null,
  onRun?: () => void,
): SensitivityResult {
  let runs = 0;
  const run = (input: ScenarioInput): number | null => {
    runs++;
    const m = measure(input);
    onRun?.();
    return m;
  };
  const baseline: Record<string, number> = {};
  for (const s of scenarios) {
    const m = run(s);
    if (m !== null) baseline[s.id] = m;
  }
  const rows: SensitivityRow[] = parameters.map((p) => {
    const byScenario: Record<string, { low: number; high: number }> = {};
    let effect = 0;
    for (const s of scenarios) {
      const base = baseline[s.id];
      if (base === undefined || !appliesTo(s, p)) continue;
      const low = run(vary(s, p, p.low));
      const high = run(vary(s, p, p.high));
      if (low === null || high === null) continue;
      byScenario[s.id] = { low, high };
      effect = Math.max(effect, Math.abs(low - base), Math.abs(high - base));
    }
    return { parameter: p, byScenario, effect };
  });
  rows.sort((a, b) => b.effect - a.effect);
  return { baseline, rows, runs };
}

const pct = (x: number): string => `${(x * 100).toFixed(1).replace('.', ',')} %`;
const num = (x: number): string => String(x).replace('.', ',');

/** The ranking as a Markdown table (German figures, as `npm run validate` prints them). */
export function sensitivityTable(result: SensitivityResult, scenarioIds: readonly string[]): string {
  const head = ['Rang', 'Parameter', 'Pfad', 'Bereich', ...scenarioIds.map((id) => `${id} (${pct(result.baseline[id] ?? NaN)})`), 'größte Änderung'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  result.rows.forEach((r, i) => {
    const p = r.parameter;
    const range = p.variation === 'factor' ? `× ${num(p.low)} … × ${num(p.high)}` : `${num(p.low)} … ${num(p.high)}`;
    const cells = scenarioIds.map((id) => {
      const v = r.byScenario[id];
      return v ? `${pct(v.low)} / ${pct(v.high)}` : '–';
    });
    lines.push(`| ${i + 1} | ${p.label.de} | \`${p.path}\` | ${range} | ${cells.join(' | ')} | ${(r.effect * 100).toFixed(1).replace('.', ',')} Pp. |`);
  });
  return lines.join('\n');
}
