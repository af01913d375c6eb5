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

/** Persons (incl. Notunterkunft), regular places and persons in Notunterkunft of a Kreis with its Gemeinden. */
export function kreisTotals(w: World, k: number): { present: number; capacity: number; nu: number } {
  const { tree, present, regCap, occ } = w;
  const ku = tree.kreise[k] as number;
  let p = present[ku] as number;
  let c = regCap[ku] as number;
  let n = occ[ku * T + NU] as number;
  for (const g of tree.gemeindenOfKreis[k] as number[]) {
    p += present[g] as number;
    c += regCap[g] as number;
    n += occ[g * T + NU] as number;
  }
  return { present: p, capacity: c, nu: n };
}

export class PolicyViews {
  private readonly kreis: Mutable<KreisView>[];
  private readonly gemeinden: Mutable<GemeindeView>[][];
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
  }

  /** The Kreise as the Land sees them today. */
  kreise(): readonly KreisView[] {
    const { w } = this;
    this.kreis.forEach((v, k) => {
      const t = kreisTotals(w, k);
      const ku = w.tree.kreise[k] as number;
      v.quota = w.quota[k] as number;
      v.ist = w.istKreis[k] as number;
      v.soll = sollKreis(w, k);
      v.present = t.present - t.nu;
      v.capacity = t.capacity;
      v.free = Math.max(0, t.capacity - (t.present - t.nu));
      v.notunterkunft = t.nu;
      v.lage = w.lagen.of(ku);
      v.zuweisungsstopp = w.stopp[ku] === 1;
      v.erstaufnahmePlaces = w.tree.sites.reduce((a, s) => a + (w.tree.infos[s]?.hostKreis === v.id ? (w.regCap[s] as number) : 0), 0);
    });
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
    }
    const size = this.buf.size.subarray(0, n);
    const mustAssign = this.buf.mustAssign.subarray(0, n);
    const waitingDays = this.buf.waitingDays.subarray(0, n);
    const recognised = this.buf.recognised.subarray(0, n);
    list.forEach((h, i) => {
      size[i] = hh.size[h] as number;
      waitingDays[i] = day - (hh.arrival[h] as number);
      mustAssign[i] = waitingDays[i]! >= maxDaysOf(this.w, size[i]!) ? 1 : 0;
      recognised[i] = table.isRecognised[hh.state[h] as number] as number;
    });
    return { count: n, size, mustAssign, waitingDays, recognised };
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
