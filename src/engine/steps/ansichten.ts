/**
 * What the policies see: views of the Kreise, the Gemeinden of a Kreis and the households on offer. The views are
 * built once and refreshed in place on each call (policies read them during the call only; a run would otherwise
 * allocate a million short-lived objects).
 */
import type { GemeindeView, KreisView, Offer } from '../policies/types.ts';
import { ACCOMMODATION_TYPES, REGULAR_TYPES } from '../scenario/schema.ts';
import { housed } from '../unterbringung.ts';
import { maxDaysOf, NU, T, type World } from '../world.ts';
import { sollGemeinde, sollKreis } from './sollIst.ts';

type Mutable<V> = { -readonly [P in keyof V]: V[P] };

const [EIGENE, GU, WOHNUNG, HOTEL] = REGULAR_TYPES.map((t) => ACCOMMODATION_TYPES.indexOf(t)) as [number, number, number, number];

/**
 * Free places of a Gemeinde by type, read when a policy asks (most policies never do, and the views are refreshed
 * for every Kreis on every Zuweisung day).
 */
type FreeByTypeView = GemeindeView['freeByType'];
class FreeByType implements FreeByTypeView {
  constructor(
    private readonly w: World,
    private readonly g: number,
  ) {}
  private free(t: number): number {
    const o = this.g * T + t;
    return Math.max(0, (this.w.cap[o] as number) - (this.w.occ[o] as number));
  }
  get eigene(): number {
    return this.free(EIGENE);
  }
  get gu(): number {
    return this.free(GU);
  }
  get wohnung(): number {
    return this.free(WOHNUNG);
  }
  get hotel(): number {
    return this.free(HOTEL);
  }
}

type KreisTotals = { present: number; capacity: number; nu: number };

/**
 * Sums the totals of Kreis k into `into`, so that a caller going through every Kreis each day can reuse one object.
 * Read from the Kreis's by-type aggregate, which holds the Kreis with its Gemeinden: a few types instead of every
 * Gemeinde.
 */
export function sumKreis(w: World, k: number, into: KreisTotals): KreisTotals {
  const { aggCap, aggOcc } = w;
  const a = (w.aggOf[w.tree.kreise[k] as number] as number) * T;
  let p = 0;
  let c = 0;
  for (let t = 0; t < T; t++) {
    p += aggOcc[a + t] as number;
    if (t !== NU) c += aggCap[a + t] as number;
  }
  into.present = p;
  into.capacity = c;
  into.nu = aggOcc[a + NU] as number;
  return into;
}

/** Persons (incl. Notunterkunft), regular places and persons in Notunterkunft of a Kreis with its Gemeinden. */
export function kreisTotals(w: World, k: number): KreisTotals {
  return sumKreis(w, k, { present: 0, capacity: 0, nu: 0 });
}

export class PolicyViews {
  private readonly kreis: Mutable<KreisView>[];
  /** Reused for every Kreis: the views are refreshed each day and need no object per Kreis and call. */
  private readonly totals: KreisTotals = { present: 0, capacity: 0, nu: 0 };
  private readonly gemeinden: Mutable<GemeindeView>[][];
  /** Per Kreis: the Erstaufnahme sites it hosts. */
  private readonly sitesOf: number[][];
  private offers: Offer[] = [];
  private buf = { size: new Int32Array(256), mustAssign: new Uint8Array(256), waitingDays: new Int32Array(256), recognised: new Uint8Array(256) };

  constructor(private readonly w: World) {
    const { tree } = w;
    this.kreis = tree.kreisRecords.map((rec, k) => ({
      index: k,
      id: rec.ags,
      name: rec.name,
      kind: rec.kind,
      population: rec.population,
      quota: 0,
      ist: 0,
      soll: 0,
      present: 0,
      capacity: 0,
      free: 0,
      notunterkunft: 0,
      lage: 'normal',
      zuweisungsstopp: false,
      erstaufnahmePlaces: 0,
    }));
    this.gemeinden = tree.gemeindenOfKreis.map((gs) =>
      gs.map((g, i) => ({
        index: i,
        id: tree.infos[g]!.id,
        name: tree.infos[g]!.name,
        population: tree.population[g] as number,
        quota: w.gemeindeQuota[g] as number,
        ist: 0,
        soll: 0,
        present: 0,
        capacity: 0,
        free: 0,
        freeByType: new FreeByType(w, g),
        notunterkunft: 0,
        lage: 'normal',
      })),
    );
    this.sitesOf = tree.kreisRecords.map((rec) => tree.sites.filter((s) => tree.infos[s]?.hostKreis === rec.ags));
  }

  /** The Kreise as the Land sees them today. */
  kreise(): readonly KreisView[] {
    const { w } = this;
    const { tree, regCap } = w;
    const totals = this.totals;
    for (let k = 0; k < this.kreis.length; k++) {
      const v = this.kreis[k] as Mutable<KreisView>;
      const ku = tree.kreise[k] as number;
      const { present: p, capacity: c, nu: n } = sumKreis(w, k, totals);
      let places = 0;
      for (const s of this.sitesOf[k] as number[]) places += regCap[s] as number;
      v.quota = w.quota[k] as number;
      v.ist = w.istKreis[k] as number;
      v.soll = sollKreis(w, k);
      v.present = p - n;
      v.capacity = c;
      v.free = Math.max(0, c - (p - n));
      v.notunterkunft = n;
      v.lage = w.lagen.of(ku);
      v.zuweisungsstopp = w.stopp[ku] === 1;
      v.erstaufnahmePlaces = places;
    }
    return this.kreis;
  }

  /** The Gemeinden of Kreis k as the Kreis sees them today. */
  gemeindenOf(k: number): readonly GemeindeView[] {
    const { w } = this;
    const gs = w.tree.gemeindenOfKreis[k] as number[];
    const views = this.gemeinden[k] as Mutable<GemeindeView>[];
    gs.forEach((g, i) => {
      const v = views[i] as Mutable<GemeindeView>;
      const c = w.regCap[g] as number;
      const inPlaces = housed(w, g);
      v.ist = w.istGemeinde[g] as number;
      v.soll = sollGemeinde(w, g);
      v.present = inPlaces;
      v.capacity = c;
      v.free = Math.max(0, c - inPlaces);
      v.notunterkunft = w.occ[g * T + NU] as number;
      v.lage = w.lagen.of(g);
    });
    return views;
  }

  /** The households of `list` as an offer (arrays from reusable buffers, valid during the policy call). */
  offer(list: readonly number[], day: number): Offer {
    const { hh, table } = this.w;
    const n = list.length;
    if (n > this.buf.size.length) {
      const m = Math.max(n, this.buf.size.length * 2);
      this.buf = { size: new Int32Array(m), mustAssign: new Uint8Array(m), waitingDays: new Int32Array(m), recognised: new Uint8Array(m) };
      this.offers = [];
    }
    // Offers of the same length reuse their views (a run makes tens of thousands of offers of a few lengths).
    let o = this.offers[n];
    if (!o) {
      const b = this.buf;
      o = { count: n, size: b.size.subarray(0, n), mustAssign: b.mustAssign.subarray(0, n), waitingDays: b.waitingDays.subarray(0, n), recognised: b.recognised.subarray(0, n) };
      this.offers[n] = o;
    }
    const { size, mustAssign, waitingDays, recognised } = o;
    for (let i = 0; i < n; i++) {
      const h = list[i] as number;
      const s = hh.size[h] as number;
      const waited = day - (hh.arrival[h] as number);
      size[i] = s;
      waitingDays[i] = waited;
      mustAssign[i] = waited >= maxDaysOf(this.w, s) ? 1 : 0;
      recognised[i] = table.isRecognised[hh.state[h] as number] as number;
    }
    return o;
  }
}

/** Throws unless a policy answered every household with a valid index (or −1/−2). */
export function checkAnswer(answer: ArrayLike<number>, count: number, max: number, who: string): void {
  if (answer.length < count) throw new Error(`policy ${who} answered ${answer.length} of ${count} households`);
  for (let i = 0; i < count; i++) {
    const a = answer[i] as number;
    if (!Number.isInteger(a) || a < -2 || a >= max) throw new Error(`policy ${who} gave an invalid answer ${a} for household ${i}`);
  }
}
