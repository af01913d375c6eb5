/**
 * Hessen's Erstaufnahme (HEAE Gießen and its Außenstellen), 2014–2024: places by site and date. One timeline for all
 * built-in Hessen scenarios; each takes the sites open in its period (`sitesFor`).
 *
 * Documented totals: ≈ 4,000 places at the start of 2015 (Gießen used tents in summer 2014 until mid-September,
 * [faz-zelte-giessen-2014]), 40,000 by the end of 2015 [hessenschau-schliessungen]; mid-2016 19 active sites with 20,000
 * places (20 further sites in reserve, not counted) [lokalo24-nordhessen-2016]; spring 2018 9,440 places at 8 sites +
 * airport [mittelhessen-heime-2018]; then 6,480 (5 sites + airport) [rp-giessen-erstaufnahme], the 5 sites 6,380 places
 * from 11.03.2019 [tonline-kapazitaeten-2019]; from Nov/Dec 2021 Fuldatal 600, Friedberg 1,000, Bensheim 425, Darmstadt
 * Kelley Barracks 750 [fr-hessen-erstaufnahme-2021]; Dec 2022 +1,050 (Büdingen, Friedberg, Bensheim)
 * [hessenschau-ldk-2022]; 11,647 places at the end of 2023, ≈ 11,750 at the end of 2024 [augsburger-erstaufnahme-2025]. Modellannahme: how a total is split between sites where only the total is known, the 2017 step between
 * 20,000 and 9,440, and dates given only as "autumn 2015" or "2017/2018".
 */
import type { ScenarioInput } from '../schema.ts';

type Site = ScenarioInput['erstaufnahme']['sites'][number];
/** [from, regular places, Notunterkunft places (tents)] */
type Step = readonly [string, number, number?];

const site = (id: string, name: string, host: string, steps: readonly Step[]): Site => ({
  id,
  name,
  host,
  capacity: steps.map(([from, places, notunterkunft]) => ({ from, places, notunterkunft: notunterkunft ?? 0 })),
});

export const HESSEN_SITES: readonly Site[] = [
  site('heae-giessen', 'HEAE Gießen (Rödgener Straße, Meisenbornweg u. a.)', '06531005', [
    ['2014-01-01', 2900],
    ['2014-05-01', 2900, 1000], // tents on the former US depot [faz-zelte-giessen-2014]
    ['2014-09-15', 3900], // permanent buildings ready [faz-zelte-giessen-2014]
    ['2015-09-01', 5500], // ≈ 5,000 living in Gießen in autumn 2015 [op-online-erstaufnahme-2015]
    ['2015-12-15', 6000],
    ['2016-06-01', 4000],
    ['2017-01-01', 3500],
    ['2018-03-01', 3000],
    ['2018-09-01', 2500], // Meisenbornweg given up [rp-giessen-erstaufnahme]
  ]),
  site('eae-frankfurt', 'Außenstelle Frankfurt (Flughafen; ehem. Neckermann-Gelände 2015/16; Messe 2023)', '06412', [
    ['2014-01-01', 100],
    ['2015-12-15', 2100], // Neckermann site for ≈ 2,000 [faz-neckermann-2015]
    ['2016-06-01', 100],
    ['2023-07-01', 1442], // buffer in Messe Halle 8 [rtl-erstaufnahme-2023]; total 11,647 at the end of 2023 [augsburger-erstaufnahme-2025]
  ]),
  site('eae-neustadt', 'Außenstelle Neustadt (Hessen), Ernst-Moritz-Arndt-Kaserne', '06534016', [
    ['2014-01-01', 0],
    ['2015-04-01', 300], // 300 first, 800 by autumn [epd-heae-aussenstelle-2015]
    ['2015-10-01', 800],
  ]),
  site('eae-rotenburg', 'Außenstelle Rotenburg a.d. Fulda, Alheimer Kaserne', '06632018', [
    ['2014-01-01', 0],
    ['2015-08-14', 1000], // opened 14.08.2015 [hessenschau-notzeltlager-2015]
  ]),
  site('eae-buedingen', 'Außenstelle Büdingen, Armstrong-Kaserne', '06440004', [
    ['2014-01-01', 0],
    ['2015-10-15', 800], // 800 places by Oct/Nov 2015 [epd-heae-aussenstelle-2015]
    ['2016-06-01', 1200],
    ['2022-12-15', 1550], // +1,050 in Büdingen, Friedberg, Bensheim [hessenschau-ldk-2022]
  ]),
  site('eae-kassel', 'Außenstelle Kassel-Niederzwehren u. a. Standorte in der Stadt Kassel', '06611', [
    ['2014-01-01', 0],
    ['2015-09-01', 1500], // three sites in the city of Kassel in autumn 2015 [hna-landkreis-kassel-2015]
    ['2016-06-01', 1000],
    ['2018-03-01', 980],
    ['2018-09-01', 880],
  ]),
  site('eae-calden', 'Außenstelle Kassel-Calden (Alter Flugplatz)', '06633005', [
    ['2014-01-01', 0],
    ['2015-09-01', 1500],
    ['2018-03-01', 0], // passive from 2018, given up 11.03.2019 [tonline-kapazitaeten-2019]
  ]),
  site('eae-fuldatal', 'Außenstelle Fuldatal-Rothwesten (Fritz-Erler-Kaserne)', '06633009', [
    ['2014-01-01', 0],
    ['2015-11-01', 900], // 900 planned in autumn 2015 [hna-landkreis-kassel-2015]
    ['2018-03-01', 0], // passive, then given up [rp-giessen-erstaufnahme]
    ['2021-12-01', 600], // reactivated [fr-hessen-erstaufnahme-2021]
  ]),
  site('eae-darmstadt', 'Außenstelle Darmstadt (Starkenburg-Kaserne/Michaelisstraße; ab 2021 Kelley Barracks)', '06411', [
    ['2014-01-01', 0],
    ['2015-08-14', 0, 1500], // new emergency tent camps incl. Darmstadt [hessenschau-notzeltlager-2015]
    ['2015-09-15', 2000],
    ['2015-12-15', 3000],
    ['2016-06-01', 2000],
    ['2017-01-01', 1500],
    ['2018-03-01', 1360],
    ['2018-09-01', 0], // Michaelisstraße given up [rp-giessen-erstaufnahme]
    ['2021-12-01', 750], // Kelley Barracks [fr-hessen-erstaufnahme-2021]
  ]),
  site('eae-hanau', 'Außenstelle Hanau (Sportsfield Housing)', '06435014', [
    ['2014-01-01', 0],
    ['2015-10-01', 1500],
    ['2018-03-01', 1000],
    ['2018-09-01', 0], // passive, given up 11.03.2019 [tonline-kapazitaeten-2019]
  ]),
  site('eae-notstandorte-sued', 'Notstandorte Südhessen 2015/16 (Zelte, Hallen Neu-Isenburg, Biebesheim u. a.)', '06438009', [
    ['2014-01-01', 0],
    ['2015-08-14', 0, 2000],
    ['2015-09-15', 5000], // halls Neu-Isenburg, Biebesheim [op-online-erstaufnahme-2015]
    ['2015-12-15', 7500], // tents replaced by Leichtbauhallen/containers [faz-neckermann-2015]
    ['2016-06-01', 2000],
    ['2017-01-01', 1500],
    ['2018-03-01', 0],
  ]),
  site('eae-notstandorte-mitte', 'Notstandorte Mittelhessen 2015/16 (Weilburg, Lahn-Dill-Kreis u. a.)', '06533017', [
    ['2014-01-01', 0],
    ['2015-09-15', 3000], // hall Weilburg [op-online-erstaufnahme-2015]
    ['2015-12-15', 5000], // 1,000-place site in the Lahn-Dill-Kreis [faz-neckermann-2015]
    ['2016-06-01', 1500],
    ['2017-01-01', 1000],
    ['2018-03-01', 0],
  ]),
  site(
    'eae-notstandorte-nord',
    'Notstandorte Nordhessen 2015/16 (Bad Hersfeld, Bebra, Lohfelden, Sontra, Fritzlar, Beberbeck, Bad Arolsen u. a.)',
    '06632',
    [
      ['2014-01-01', 0],
      ['2015-08-14', 0, 1500],
      ['2015-09-15', 4000],
      ['2015-12-15', 8400], // 1,000-place site in Hersfeld-Rotenburg [faz-neckermann-2015]; total 40,000 at the end of 2015 [hessenschau-schliessungen]
      ['2016-06-01', 2500], // Bad Arolsen, Hessisch Lichtenau kept [lokalo24-nordhessen-2016]
      ['2017-01-01', 1000],
      ['2018-03-01', 0],
    ],
  ),
  site('eae-friedberg', 'Außenstelle Friedberg (Hessen)', '06440008', [
    ['2014-01-01', 0],
    ['2021-12-01', 1000], // [fr-hessen-erstaufnahme-2021]
    ['2022-12-15', 1350],
  ]),
  site('eae-bensheim', 'Außenstelle Bensheim', '06431002', [
    ['2014-01-01', 0],
    ['2021-12-01', 425], // [fr-hessen-erstaufnahme-2021]
    ['2022-12-15', 775],
  ]),
];

const placesAt = (s: Site, date: string): { places: number; notunterkunft: number } => {
  let cur = s.capacity[0]!;
  for (const p of s.capacity) if (p.from <= date) cur = p;
  return { places: cur.places, notunterkunft: cur.notunterkunft ?? 0 };
};

/** Regular and Notunterkunft places of all sites on a date. */
export function capacityAt(date: string): { places: number; notunterkunft: number } {
  return HESSEN_SITES.reduce(
    (a, s) => {
      const p = placesAt(s, date);
      return { places: a.places + p.places, notunterkunft: a.notunterkunft + p.notunterkunft };
    },
    { places: 0, notunterkunft: 0 },
  );
}

/** The sites with places in [start, end], their timelines cut to the period (the first step moved to `start`). */
export function sitesFor(start: string, end: string): Site[] {
  return HESSEN_SITES.flatMap((s) => {
    const before = s.capacity.filter((p) => p.from <= start);
    const first = before[before.length - 1] ?? s.capacity[0]!;
    const steps = [{ ...first, from: start }, ...s.capacity.filter((p) => p.from > start && p.from <= end)];
    return steps.some((p) => p.places > 0 || (p.notunterkunft ?? 0) > 0) ? [{ ...s, capacity: steps }] : [];
  });
}
