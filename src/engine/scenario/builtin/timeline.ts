/**
 * Hessen 2014–2024 as dated scenario events (law, money, Erstaufnahme) and the asylum procedure by arrival cohort —
 * shared by the built-in Hessen scenarios. Every event names its sources as a citation text ("id: detail; …", ids of
 * src/engine/sources.ts); `unbelegt` marks facts used without a source found.
 */
import type { ScenarioInput } from '../schema.ts';
import { FORWARDING_SHARE_H1_2015 } from './arrivals.ts';
import { CONTRACTS_2015, CONTRACTS_2022, GEMEINDE_REIMBURSEMENT_2016, KREIS_FACTOR_WOHNSITZAUFLAGE, QUOTA_KNOWN, hessenQuota } from './common.ts';

type Event = NonNullable<ScenarioInput['events']>[number];
type ProcedurePeriod = ScenarioInput['procedure']['periods'][number];

export const ASYLPAKET_I: Event = {
  date: '2015-10-24',
  label: {
    de: 'Asylpaket I: Erstaufnahme bis zu 6 statt 3 Monate; Staatsangehörige sicherer Herkunftsstaaten bleiben bis zur Entscheidung; Verweildauer ≈ 8 Wochen',
    en: 'Asylpaket I: up to 6 instead of 3 months in Erstaufnahme; nationals of safe countries stay until the decision; stay ≈ 8 weeks',
  },
  source:
    'unserac-asylpaket-1: Asylverfahrensbeschleunigungsgesetz, in Kraft 24.10.2015; epd-verweildauer-2016: Verweildauer ≈ 8 Wochen (März 2016); modellannahme: Beginn der 8 Wochen mit Asylpaket I',
  set: {
    'erstaufnahme.maxDays': 183,
    'erstaufnahme.holdSafeCountry': true,
    'erstaufnahme.dwell': { dist: 'gamma', mean: 56, cv: 0.35 },
  },
};

export const PAUSCHALE_2016: Event = {
  date: '2016-01-01',
  label: {
    de: 'Pauschale nach dem LAG steigt um rund 45 % (Stufe I 1.050 €, II 940 €, III 865 €); Kreise erstatten Gemeinden 7,30 € + 1,50 € je Tag',
    en: 'LAG Pauschale rises by about 45 % (tier I €1,050, II €940, III €865); Kreise reimburse Gemeinden €7.30 + €1.50 a day',
  },
  source:
    'hlt-drs-19-3266: Einigung 01.12.2015, gültig ab 01.01.2016 (Beträge in money.pauschale); fnp-wetterau-2016: Wetteraukreis ~2016 7,30 € + 1,50 €; modellannahme: Datum der höheren Erstattung',
  set: { 'money.gemeindeReimbursementPerPersonDay': GEMEINDE_REIMBURSEMENT_2016 },
};

export const QUOTE_WETTERAU_2016: Event = {
  date: '2016-01-01',
  label: {
    de: 'Wetteraukreis: Quote 4,75 % statt 5,5 %, weil die Erstaufnahme Büdingen im Kreis liegt',
    en: 'Wetteraukreis: quota 4.75 % instead of 5.5 % because the Büdingen Erstaufnahme lies in the Kreis',
  },
  source: 'spd-wetterau-2016: nach einer Mitteilung des RP Darmstadt',
  set: { 'policies.quota': hessenQuota({ ...QUOTA_KNOWN, '06440': 0.0475 }) },
};

export const FORWARDING_2016: Event = {
  date: '2016-01-01',
  label: {
    de: 'Weniger Weiterleitungen in andere Länder (2016: 24.615 Zugänge, ≈ 20.500 geblieben)',
    en: 'Fewer forwarded to other Länder (2016: 24,615 arrivals, ≈ 20,500 stayed)',
  },
  source: 'sz-fluechtlingsheime-2018: 2016 24.615 Zugänge; hessen-zugaenge-2017: ≈ 20.500 geblieben; modellannahme: 1 − 20.500/24.615 ≈ 0,17 weitergeleitet',
  set: { 'erstaufnahme.forwardingShare': 0.17 },
};

export const BALKANROUTE_2016: Event = {
  date: '2016-03-01',
  label: {
    de: 'Schließung der Balkanroute: im März 2016 nur noch ≈ 68 Zugänge am Tag',
    en: 'Balkan route closed: only ≈ 68 arrivals a day in March 2016',
  },
  source: 'epd-verweildauer-2016: ≈ 68 Zugänge am Tag im März 2016 (die Zugänge stehen in arrivals.series); domradio-easy-2016: EASY März 2016 20.608',
};

export const STANDORTKONZEPT_2016: Event = {
  date: '2016-06-01',
  label: {
    de: 'Standortkonzept der Erstaufnahme: 19 Standorte mit 20.000 Plätzen bleiben in Betrieb, 20 in Reserve, 23 geschlossen',
    en: 'Erstaufnahme site concept: 19 sites with 20,000 places stay open, 20 in reserve, 23 closed',
  },
  source:
    'lokalo24-nordhessen-2016: ≈ Mitte 2016 (Plätze in erstaufnahme.sites); kaemmerer-hessen-schliesst-2016: Schließung sukzessive wegen laufender Verträge; modellannahme: Datum',
};

export const WOHNSITZAUFLAGE_2017: Event = {
  date: '2017-09-01',
  label: {
    de: 'Wohnsitzauflage in Hessen (§ 12a Abs. 3 AufenthG): Anerkannte wohnen 3 Jahre im zugewiesenen Kreis – Auszug in den Landkreisen dauert länger (Faktor 1,25)',
    en: 'Residence rule in Hessen (§ 12a (3) AufenthG): recognised refugees live 3 years in the assigned Kreis — moving out takes longer in the Landkreise (factor 1.25)',
  },
  source:
    'cdu-hessen-wohnsitzauflage-2017: positive Wohnsitzzuweisung ab 01.09.2017, 3 Jahre, Entlastung der Ballungsräume; integrationsnetz-wmk-wohnsitzauflage: meist auf Kreisebene; modellannahme: Anerkannte in Landkreisen finden die Wohnung nur noch im eigenen Kreis (Auszug × 1,25) – der ausbleibende Zuzug in die Städte wirkt nicht, weil Umzüge nach dem Auszug nicht modelliert sind',
  set: { 'exits.kreisFactor': KREIS_FACTOR_WOHNSITZAUFLAGE },
};

export const ACHTZEHN_MONATE_2019: Event = {
  date: '2019-08-21',
  label: {
    de: 'Wohnverpflichtung in der Erstaufnahme bis zu 18 Monate (Familien 6); Verweildauer 3–4 Monate',
    en: 'Obligation to live in Erstaufnahme up to 18 months (families 6); stay 3–4 months',
  },
  source:
    'esf-netwin-wohnverpflichtung: höchstens 18 Monate, Familien 6; fr-hessen-erstaufnahme-2021: Verlängerung von 6 auf 18 Monate; unbelegt: Gesetz und Datum (Zweites Gesetz zur besseren Durchsetzung der Ausreisepflicht, in Kraft 21.08.2019); hessenschau-erstaufnahme-2020: Verweildauer 3–4 Monate (Jan 2020); modellannahme: Beginn mit der Gesetzesänderung, Familien (höchstens 6 Monate) nicht unterschieden',
  set: { 'erstaufnahme.maxDays': 548, 'erstaufnahme.dwell': { dist: 'gamma', mean: 105, cv: 0.4 } },
};

/** The events inside [start, end], sorted by date (stable). */
export function byDate(events: readonly Event[], start = '0000-01-01', end = '9999-12-31'): Event[] {
  return events
    .filter((e) => e.date >= start && e.date <= end)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map((x) => x.e);
}

// ---- 2014–2016 ----------------------------------------------------------------------------------

export const ZELTE_GIESSEN_2014: Event[] = [
  {
    date: '2014-05-01',
    label: { de: 'HEAE Gießen muss Zelte nutzen (bis Mitte September)', en: 'HEAE Gießen has to use tents (until mid-September)' },
    source: 'faz-zelte-giessen-2014: Zelte bis Mitte September (Plätze in erstaufnahme.sites); modellannahme: Beginn im Mai',
  },
  {
    date: '2014-09-15',
    label: { de: 'Drei feste Gebäude in Gießen fertig: rund 4.000 Plätze, Zelte abgebaut', en: 'Three permanent buildings in Gießen ready: about 4,000 places, tents removed' },
    source: 'faz-zelte-giessen-2014: drei feste Gebäude; hessenschau-schliessungen: 4.000 Plätze zu Beginn 2015',
  },
];

/** Hessen registered 1.74× its Königsteiner share in Q1 2015; from September 2015 about its share (see arrivals.ts). */
export const FORWARDING_REGIME_2015: Event = {
  date: '2015-01-01',
  label: {
    de: `Hessen registriert mehr als seinen Anteil: ${Math.round(FORWARDING_SHARE_H1_2015 * 100)} % werden in andere Länder weitergeleitet`,
    en: `Hessen registers more than its share: ${Math.round(FORWARDING_SHARE_H1_2015 * 100)} % are forwarded to other Länder`,
  },
  source:
    'epd-heae-aussenstelle-2015: Q1 2015 fast 13.000 in Gießen; niedersachsen-ks-2015: KS-Anteil 7,31557 %; domradio-easy-2016: EASY Q1 2015 102.212 (Anteil Hessens 7.477); modellannahme: 1 − 7.477/13.000 weitergeleitet',
  set: { 'erstaufnahme.forwardingShare': Math.round(FORWARDING_SHARE_H1_2015 * 1000) / 1000 },
};

export const FORWARDING_SEP_2015: Event = {
  date: '2015-09-01',
  label: {
    de: 'Verteilung schon an der Grenze: Hessens Zugänge entsprechen seinem Anteil, kaum Weiterleitungen',
    en: 'Distribution already at the border: Hessen receives about its share, hardly any forwarding',
  },
  source:
    'welt-ausgereist-2016: Zugänge Nov 2015–Jan 2016 15.000 / 8.900 / 6.823; nd-easy-2015: EASY Nov und Dez 2015; domradio-easy-2016: EASY Jan 2016; modellannahme: Beginn Sep 2015 (Nov 2015–Jan 2016 entsprechen die Zugänge dem KS-Anteil 15.070 / 9.314 / 6.746)',
  set: { 'erstaufnahme.forwardingShare': 0 },
};

/** Erstaufnahme build-up in 2015 (the places are in erstaufnahme.sites; these events label the steps). */
export const EAE_BUILDUP_2015: Event[] = [
  {
    date: '2015-04-01',
    label: { de: 'Erste Außenstelle: Neustadt (Hessen) mit 300 Plätzen', en: 'First branch: Neustadt (Hessen) with 300 places' },
    source: 'epd-heae-aussenstelle-2015: ≈ April 2015',
  },
  {
    date: '2015-08-14',
    label: { de: 'Neue Notzeltlager (u. a. Darmstadt), Außenstelle Rotenburg a.d. Fulda eröffnet', en: 'New emergency tent camps (incl. Darmstadt), Rotenburg a.d. Fulda branch opened' },
    source: 'hessenschau-notzeltlager-2015: 14.08.2015',
  },
  {
    date: '2015-09-15',
    label: { de: 'Hallen in Neu-Isenburg, Biebesheim, Weilburg; Erstaufnahme mit Außenstellen in ganz Hessen', en: 'Halls in Neu-Isenburg, Biebesheim, Weilburg; Erstaufnahme with branches all over Hessen' },
    source: 'op-online-erstaufnahme-2015: Herbst 2015; modellannahme: Datum',
  },
  {
    date: '2015-10-15',
    label: { de: 'Außenstelle Büdingen (Armstrong-Kaserne) mit 800 Plätzen', en: 'Büdingen branch (Armstrong barracks) with 800 places' },
    source: 'epd-heae-aussenstelle-2015: geplant für Okt/Nov 2015',
  },
  {
    date: '2015-12-15',
    label: {
      de: 'Zelte durch Leichtbauhallen und Container ersetzt, Frankfurt (ehem. Neckermann) mit 2.000 Plätzen: 40.000 Plätze',
      en: 'Tents replaced by light halls and containers, Frankfurt (former Neckermann site) with 2,000 places: 40,000 places',
    },
    source: 'faz-neckermann-2015: Ende Nov 2015; hessenschau-schliessungen: 4.000 → 40.000 Plätze 2015',
  },
];

// ---- 2017–2019 ----------------------------------------------------------------------------------

export const PAUSCHALE_LIMIT_2017: Event = {
  date: '2017-01-01',
  label: {
    de: 'Pauschale nach Ablehnung: 3 statt 2 Jahre für ab 2017 Zugewiesene; weniger Weiterleitungen (2017: 12.073 Zugänge, ≈ 11.100 geblieben)',
    en: 'Pauschale after rejection: 3 instead of 2 years for persons assigned from 2017; fewer forwarded (2017: 12,073 arrivals, ≈ 11,100 stayed)',
  },
  source:
    'fuldaer-zeitung-pauschale-2023: 3 statt 2 Jahre für ab 2017 Zugewiesene; modellannahme: hier für Entscheidungen ab 2017; mittelhessen-heime-2018: 2017 12.073 Zugänge; hebammenhilfe-hessen: 2017 ≈ 11.100 geblieben; modellannahme: 1 − 11.100/12.073 ≈ 0,08 weitergeleitet',
  set: { 'money.pauschaleMonthsAfterRejection': 36, 'erstaufnahme.forwardingShare': 0.08 },
};

export const EAE_REDUCTION_2017_2019: Event[] = [
  {
    date: '2017-01-01',
    label: { de: 'Erstaufnahme weiter verkleinert (Reservestandorte Friedberg und Stadtallendorf 2017 aufgegeben)', en: 'Erstaufnahme reduced further (reserve sites Friedberg and Stadtallendorf given up in 2017)' },
    source: 'mittelhessen-heime-2018: Reservestandorte 2017 geschlossen; modellannahme: Plätze 2017 zwischen 20.000 (Mitte 2016) und 9.440 (Frühjahr 2018)',
  },
  {
    date: '2018-03-01',
    label: { de: 'Erstaufnahme: 9 Standorte mit Flughafen, 9.440 Plätze; Calden und Fuldatal passiv', en: 'Erstaufnahme: 9 sites incl. the airport, 9,440 places; Calden and Fuldatal on standby' },
    source: 'mittelhessen-heime-2018: Frühjahr 2018',
  },
  {
    date: '2018-09-01',
    label: {
      de: 'Gießen Meisenbornweg und Darmstadt Michaelisstraße aufgegeben, Hanau passiv: 6.480 Plätze',
      en: 'Gießen Meisenbornweg and Darmstadt Michaelisstraße given up, Hanau on standby: 6,480 places',
    },
    source: 'rp-giessen-erstaufnahme: „2017/2018“; modellannahme: Datum',
  },
  {
    date: '2019-03-11',
    label: {
      de: 'Hanau und Kassel-Calden (2.590 passive Plätze) aufgegeben; 5 Standorte mit 6.380 Plätzen',
      en: 'Hanau and Kassel-Calden (2,590 standby places) given up; 5 sites with 6,380 places',
    },
    source: 'tonline-kapazitaeten-2019: 11.03.2019',
  },
];

/** Share forwarded to other Länder from 2019 (Modellannahme from the 2020 figure, [welt-asylsuchende-2020]). */
export const FORWARDING_SHARE_2020 = Math.round((1054 / 6653) * 1000) / 1000;

export const FORWARDING_2019: Event = {
  date: '2019-01-01',
  label: { de: `Weiterleitungen: ${Math.round(FORWARDING_SHARE_2020 * 100)} % der Registrierten`, en: `Forwarding: ${Math.round(FORWARDING_SHARE_2020 * 100)} % of those registered` },
  source: 'welt-asylsuchende-2020: 2020 6.653 registriert, davon 1.054 weitergeleitet; modellannahme: ab 2019 angewandt',
  set: { 'erstaufnahme.forwardingShare': FORWARDING_SHARE_2020 },
};

/**
 * Asylum procedure by arrival date: time from arrival to the BAMF decision (incl. waiting to file) and protection
 * rate (all decisions). The year a cohort was decided in is mapped to its arrival months (Modellannahme): decided in
 * 2016 ≈ arrived mid-2015 to early 2016 (7.1 + ≈ 6 months [bt-drs-18-13472], 62 %: 2016 unbelegt, cf.
 * [bt-drs-18-12623]); decided in 2017 ≈ arrived from spring 2016 (10.7 + 4.2 months [bt-drs-19-1631], 43 %
 * [biaj-asyl-2017]); arrivals from spring 2017 (Ankunftszentren, filing within days) 7.3 months (Q2 2018,
 * [bt-drs-19-7552]), 35 % [biaj-asyl-2018]. 2015: 50 % [bt-drs-18-8450]. 2014: 7 months and 40 % (bereinigte
 * Schutzquote 48.5 % [bt-drs-18-4980] × 50/60.6 as in 2015) are Modellannahmen.
 */
export const PROCEDURE_2014_2019: ProcedurePeriod[] = [
  { from: '2014-01-01', duration: { dist: 'lognormal', mean: 213, cv: 0.5 }, protectionRate: 0.4 },
  { from: '2015-01-01', duration: { dist: 'lognormal', mean: 300, cv: 0.5 }, protectionRate: 0.5 },
  { from: '2015-07-01', duration: { dist: 'lognormal', mean: 399, cv: 0.5 }, protectionRate: 0.62 },
  { from: '2016-04-01', duration: { dist: 'lognormal', mean: 453, cv: 0.5 }, protectionRate: 0.43 },
  { from: '2017-04-01', duration: { dist: 'lognormal', mean: 222, cv: 0.5 }, protectionRate: 0.35 },
];

// ---- 2021–2024 ----------------------------------------------------------------------------------

export const EAE_2021_2024: Event[] = [
  {
    date: '2022-01-01',
    label: {
      de: 'Erstaufnahme mit neuen und reaktivierten Standorten (Fuldatal 600, Friedberg 1.000, Bensheim 425, Darmstadt Kelley Barracks 750)',
      en: 'Erstaufnahme with new and reactivated sites (Fuldatal 600, Friedberg 1,000, Bensheim 425, Darmstadt Kelley Barracks 750)',
    },
    source: 'fr-hessen-erstaufnahme-2021: November und Dezember 2021 (Plätze in erstaufnahme.sites)',
  },
  {
    date: '2022-12-15',
    label: { de: 'Land schafft 1.050 weitere Plätze in Büdingen, Friedberg und Bensheim', en: 'The Land adds 1,050 places in Büdingen, Friedberg and Bensheim' },
    source: 'hessenschau-ldk-2022: Dezember 2022',
  },
  {
    date: '2023-07-01',
    label: {
      de: 'Puffer in der Frankfurter Messe (Halle 8); Ende 2023 rund 11.650 Plätze in der Erstaufnahme',
      en: 'Buffer in the Frankfurt trade-fair hall 8; about 11,650 Erstaufnahme places at the end of 2023',
    },
    source:
      'rtl-erstaufnahme-2023: Puffer in der Messe 2023; stern-erstaufnahme-2023: Plätze im September 2023 vorübergehend von über 8.000 auf 13.000, 1.100–1.500 Zugänge je Woche; augsburger-erstaufnahme-2025: 11.647 Plätze Ende 2023; modellannahme: Datum und Größe des Puffers',
  },
];

export const UKRAINE_2022: Event[] = [
  {
    date: '2022-03-01',
    label: {
      de: 'Krieg in der Ukraine: Geflüchtete erhalten Schutz nach § 24 AufenthG ohne Asylverfahren und kommen meist direkt in die Kommunen',
      en: 'War in Ukraine: refugees get protection under § 24 AufenthG without an asylum procedure and mostly go straight to the Kommunen',
    },
    source:
      'aufenthg: § 24 (die Zugänge stehen in arrivals.direct); hessenschau-ukrainer-erstaufnahme: nur wenige Tage in der Erstaufnahme; hessenschau-verteilung-2023: auf die Aufnahmequote angerechnet; stern-ukraine-wohnungssuche-2022: Hotels, Jugendherbergen, private Zimmer und Wohnungen; fr-ukrainer-2022: Frankfurt 948 in angemieteten Hotels; gn-mkk-2023: Leichtbauhallen und Container; modellannahme: befristete Verträge (builtin/common.ts CONTRACTS_2022)',
    set: { 'procurement.mix': CONTRACTS_2022 },
  },
  {
    date: '2022-06-30',
    label: {
      de: 'Landesnotunterkünfte für Ukrainer geschlossen; Neuankommende werden wie 2015/16 in die Erstaufnahme gebracht',
      en: 'Land emergency shelters for Ukrainians closed; new arrivals are taken to the Erstaufnahme as in 2015/16',
    },
    source:
      'hmdis-landesunterkuenfte-2022: Juni 2022, Neuankommende in die Erstaufnahme; hessenschau-ukrainer-erstaufnahme: dort nur wenige Tage, dann Verteilung auf die Kommunen; modellannahme: Ukrainer bleiben im Modell beim direkten Weg, verteilt nach der Aufnahmequote',
    set: { 'arrivals.direct.shares': hessenQuota({ ...QUOTA_KNOWN, '06440': 0.0475 }) },
  },
];

/**
 * From 2023 the Kommunen look for lasting places again: the temporary places of 2022 run out, new ones are leased as in
 * 2015/16 (Modellannahme; capacities exhausted and gyms used again, [hessenschau-kapazitaeten-2023],
 * [vodafone-landkreistag-2023]).
 */
export const DAUERHAFT_2023: Event = {
  date: '2023-01-01',
  label: {
    de: 'Die befristeten Plätze von 2022 laufen aus; die Kommunen mieten wieder langfristig an – Kapazitäten erschöpft, Turnhallen wieder belegt',
    en: 'The temporary places of 2022 run out; the Kommunen lease for the long term again — capacities exhausted, gyms used again',
  },
  source:
    'hessenschau-kapazitaeten-2023: Kapazitäten erschöpft, Turnhallen wieder belegt; vodafone-landkreistag-2023: Landkreise an der Grenze, mehr Menschen in Notunterkünften; modellannahme: ab 2023 Vertragsarten wie 2015/16 (builtin/common.ts CONTRACTS_2015)',
  set: { 'procurement.mix': CONTRACTS_2015 },
};

export const PAUSCHALE_2022: Event = {
  date: '2022-01-01',
  label: {
    de: 'Neue Pauschalen 2022–2027: jährlich + 1,5 % bis 1.148 / 1.028 / 946 € im Jahr 2027',
    en: 'New Pauschalen 2022–2027: + 1.5 % a year up to €1,148 / €1,028 / €946 in 2027',
  },
  source: 'epd-pauschalen-2020: Stufen bis 2027 (Beträge in money.pauschale); fuldaer-zeitung-pauschale-2023: 878 € in Stufe III 2022',
};

export const PAUSCHALE_2024: Event = {
  date: '2024-01-01',
  label: {
    de: 'Pauschale + 10 % (beschlossen 01.07.2024, rückwirkend ab 01.01.2024), danach + 1,5 % im Jahr',
    en: 'Pauschale + 10 % (decided 1 Jul 2024, retroactive from 1 Jan 2024), then + 1.5 % a year',
  },
  source: 'rodgauer-morgen-pauschale-2024: + 10 % rückwirkend ab 01.01.2024, danach + 1,5 % im Jahr (Beträge in money.pauschale); dielinke-pauschale-2024: bekanntgegeben am 01.07.2024',
};

export const LAENGER_IN_DER_EAE_2024: Event = {
  date: '2024-01-01',
  label: {
    de: 'Geringe Bleibeperspektive: so lange wie gesetzlich möglich in der Erstaufnahme, weniger Zuweisungen – Verweildauer ≈ 4 Monate',
    en: 'Low prospects of staying: in Erstaufnahme as long as legally possible, fewer Zuweisungen — stay ≈ 4 months',
  },
  source:
    'augsburger-erstaufnahme-2025: Politik 2024, so lange wie gesetzlich möglich; rtl-erstaufnahme-2023: 3–4 Monate (2023); modellannahme: 4 Monate, das obere Ende',
  set: { 'erstaufnahme.dwell': { dist: 'gamma', mean: 122, cv: 0.4 } },
};

/**
 * Asylum procedure 2022–2024: 7.3 months (Q2 2018 [bt-drs-19-7552] — the latest duration found, continued:
 * Modellannahme); protection rates 56 % (2022), 52 % (2023), 44 % (2024) are BAMF Gesamtschutzquoten from general
 * knowledge (unbelegt), not checked against [bamf-asylgeschaeftsstatistik].
 */
export const PROCEDURE_2022_2024: ProcedurePeriod[] = [
  { from: '2022-01-01', duration: { dist: 'lognormal', mean: 222, cv: 0.5 }, protectionRate: 0.56 },
  { from: '2023-01-01', duration: { dist: 'lognormal', mean: 222, cv: 0.5 }, protectionRate: 0.52 },
  { from: '2024-01-01', duration: { dist: 'lognormal', mean: 222, cv: 0.5 }, protectionRate: 0.44 },
];
