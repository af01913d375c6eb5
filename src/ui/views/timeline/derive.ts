/**
 * The series the Zeitverlauf view draws, derived from a RunData and extended incrementally as days stream in
 * (each day is summed once per run, not once per slice).
 */
import type { RunData } from '../../data/runData.ts';
import { cumulative, movingAverage } from '../../charts/lineChart.ts';

export interface KreisSeries {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** Persons incl. Notunterkunft in the Kreis and its Gemeinden, ÷ regular places; NaN/Infinity without places. */
  readonly occupancy: Float32Array;
  readonly present: Float64Array;
  readonly capacity: Float64Array;
}

export interface TimelineSeries {
  readonly available: number;
  readonly start: string;
  /** Land (unit 0) series: views into RunData, no copies. */
  readonly arrived: ArrayLike<number>;
  /**
   * Arrivals to draw: day 0 left out (NaN), since the engine counts everyone housed at the start as arrivals of
   * day 0 — a spike that is a stock, not a flow.
   */
  readonly arrivedShown: Float64Array;
  /** Trailing 7-day mean of arrivedShown. */
  readonly arrived7: Float64Array;
  readonly landPresent: ArrayLike<number>;
  readonly nu: ArrayLike<number>;
  readonly statuswechsler: ArrayLike<number>;
  readonly cost: ArrayLike<number>;
  readonly pauschale: ArrayLike<number>;
  readonly costCum: Float64Array;
  readonly pauschaleCum: Float64Array;
  /** Sums over the Erstaufnahme sites. */
  readonly eaePresent: Float64Array;
  readonly eaeCapacity: Float64Array;
  readonly eaeNu: Float64Array;
  /** EAE persons outside Notunterkunft (present − Notunterkunft): the lower edge of the Notunterkunft band. */
  readonly eaeRegular: Float64Array;
  /** Kreise sorted by name. */
  readonly kreise: readonly KreisSeries[];
}

interface Cache {
  filled: number;
  series: Omit<TimelineSeries, 'available'>;
  members: (readonly number[])[];
}

const caches = new WeakMap<RunData, Cache>();

function create(data: RunData): Cache {
  const D = data.D;
  const f = () => new Float64Array(D);
  const kreise = data.kreise
    .map((k) => {
      const unit = data.units[k]!;
      return { index: k, id: unit.id, name: unit.name, occupancy: new Float32Array(D).fill(Number.NaN), present: f(), capacity: f() };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const members = kreise.map((k) => [k.index, ...(data.children[k.index] ?? []).filter((c) => data.units[c]?.level === 'gemeinde')]);
  return {
    filled: 0,
    members,
    series: {
      start: data.days[0] ?? '1970-01-01',
      arrived: data.unitSeries('arrived', 0),
      arrivedShown: f(),
      arrived7: f(),
      landPresent: data.unitSeries('present', 0),
      nu: data.unitSeries('notunterkunft', 0),
      statuswechsler: data.unitSeries('statuswechsler', 0),
      cost: data.unitSeries('cost', 0),
      pauschale: data.unitSeries('pauschale', 0),
      costCum: f(),
      pauschaleCum: f(),
      eaePresent: f(),
      eaeCapacity: f(),
      eaeNu: f(),
      eaeRegular: f(),
      kreise,
    },
  };
}

/** The derived series up to data.available; a new object whenever more days are available. */
export function deriveTimeline(data: RunData): TimelineSeries {
  let c = caches.get(data);
  if (!c) {
    c = create(data);
    caches.set(data, c);
  }
  const from = c.filled;
  const to = Math.min(data.available, data.D);
  if (to > from) {
    const s = c.series;
    const { D } = data;
    for (let d = from; d < to; d++) s.arrivedShown[d] = d === 0 ? Number.NaN : (s.arrived[d] as number);
    movingAverage(s.arrivedShown, 7, to, s.arrived7, from);
    cumulative(s.cost, to, s.costCum, from);
    cumulative(s.pauschale, to, s.pauschaleCum, from);
    const present = data.series.present;
    const capacity = data.series.capacity;
    const nu = data.series.notunterkunft;
    for (const u of data.sites) {
      for (let d = from; d < to; d++) {
        s.eaePresent[d] += present[u * D + d] as number;
        s.eaeCapacity[d] += capacity[u * D + d] as number;
        s.eaeNu[d] += nu[u * D + d] as number;
      }
    }
    for (let d = from; d < to; d++) s.eaeRegular[d] = Math.max(0, (s.eaePresent[d] as number) - (s.eaeNu[d] as number));
    s.kreise.forEach((k, i) => {
      for (const u of c.members[i]!) {
        for (let d = from; d < to; d++) {
          k.present[d] += present[u * D + d] as number;
          k.capacity[d] += capacity[u * D + d] as number;
        }
      }
      for (let d = from; d < to; d++) {
        const p = k.present[d] as number;
        const cap = k.capacity[d] as number;
        k.occupancy[d] = cap > 0 ? p / cap : p > 0 ? Infinity : Number.NaN;
      }
    });
    c.filled = to;
  }
  return { ...c.series, available: c.filled };
}
