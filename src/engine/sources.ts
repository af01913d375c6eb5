/** The sources the project cites — one record per document, by a stable id — and the grammar of citation texts. */

/** A short text in German and English. */
export interface SourceNote {
  readonly de: string;
  readonly en: string;
}

/** A published document: a statistic, a law, an official page, a parliamentary paper, a press report. */
export interface SourceRecord {
  readonly kind: 'source';
  /** Who published it (for press reports: the outlet, the agency in brackets). */
  readonly publisher: string;
  readonly title: string;
  /** Date of publication or of the state it describes: YYYY, YYYY-MM or YYYY-MM-DD; absent for undated pages. */
  readonly date?: string;
  /** Where to read it; absent only for a printed paper without a known address. */
  readonly url?: string;
  /** Further addresses carrying the same report or figures (other outlets, mirrors). */
  readonly also?: readonly string[];
  /** What the project takes from it, in its own words. */
  readonly note: SourceNote;
}

/** Not a source: a value or rule the project sets itself, or a figure it uses without having found it published. */
export interface AssumptionRecord {
  readonly kind: 'assumption';
  readonly title: string;
  /** What a citation of it reads as, in the reader's language ("Modellannahme", "model assumption"). */
  readonly label: SourceNote;
  readonly note: SourceNote;
}

export type SourceEntry = SourceRecord | AssumptionRecord;

const ENTRIES = {
  // ---- statistics and data -----------------------------------------------------------------------
  'destatis-gvisys-2019': {
    kind: 'source',
    publisher: 'Statistisches Bundesamt (Destatis)',
    title: 'Gemeindeverzeichnis-Informationssystem GV-ISys: alle politisch selbständigen Gemeinden, Stand 31.12.2019 (dl-de/by-2-0)',
    date: '2019-12-31',
    url: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
    note: {
      de: 'Gebiet, Einwohner (31.12.2019), Fläche und Mittelpunkt jeder Gemeinde und jedes Kreises der Region hessen-2019; die Zahl der Gemeinden je Kreis.',
      en: 'Territory, population (31 Dec 2019), area and centre point of every Gemeinde and Kreis of the hessen-2019 region; the number of Gemeinden per Kreis.',
    },
  },
  'bamf-asylgeschaeftsstatistik': {
    kind: 'source',
    publisher: 'Bundesamt für Migration und Flüchtlinge (BAMF)',
    title: 'Asylgeschäftsstatistik (Aktuelle Zahlen, monatlich)',
    date: '2024',
    url: 'https://www.bamf.de/DE/Themen/Statistik/Asylzahlen/asylzahlen-node.html',
    note: {
      de: 'Bundesweite Asylanträge und Erstanträge je Monat (2015, 2017–2019, 2022–2024), auch wo die Presse die BAMF-Zahl für mehrere Monate zusammen meldete; sie geben die Form der Zugänge innerhalb eines Jahres.',
      en: 'Germany’s asylum applications and first applications per month (2015, 2017–2019, 2022–2024), also where the press reported BAMF’s figure for several months together; they give the shape of arrivals within a year.',
    },
  },
  'eurostat-migr-asyappctzm': {
    kind: 'source',
    publisher: 'Eurostat',
    title: 'Asylum applicants by type, citizenship, age and sex – monthly data (migr_asyappctzm)',
    date: '2014',
    url: 'https://ec.europa.eu/eurostat/databrowser/view/migr_asyappctzm/default/table',
    note: {
      de: 'Asylantragsteller in Deutschland je Monat 2014: die Form der hessischen Zugänge 2014.',
      en: 'Asylum applicants in Germany per month in 2014: the shape of Hessen’s arrivals in 2014.',
    },
  },

  // ---- law ------------------------------------------------------------------------------------------
  asylg: {
    kind: 'source',
    publisher: 'Bundesministerium der Justiz (gesetze-im-internet.de)',
    title: 'Asylgesetz (AsylG), Neufassung vom 2. September 2008, in der geltenden Fassung',
    date: '2008-09-02',
    url: 'https://www.gesetze-im-internet.de/asylvfg_1992/',
    note: {
      de: '§ 45 (Königsteiner Schlüssel), § 46 (EASY), § 47 (Wohnverpflichtung in der Erstaufnahme: höchstens 18 Monate, Familien 6; sichere Herkunftsstaaten bis zur Entscheidung), § 50 (Verteilung im Land), § 53 (Gemeinschaftsunterkunft als Regel).',
      en: '§ 45 (Königsteiner Schlüssel), § 46 (EASY), § 47 (obligation to live in Erstaufnahme: at most 18 months, families 6; safe countries until the decision), § 50 (distribution within the Land), § 53 (shared accommodation as the rule).',
    },
  },
  aufenthg: {
    kind: 'source',
    publisher: 'Bundesministerium der Justiz (gesetze-im-internet.de)',
    title: 'Aufenthaltsgesetz (AufenthG), Neufassung vom 25. Februar 2008, in der geltenden Fassung',
    date: '2008-02-25',
    url: 'https://www.gesetze-im-internet.de/aufenthg_2004/',
    note: {
      de: '§ 12a (Wohnsitzregelung für Anerkannte, drei Jahre) und § 24 (vorübergehender Schutz ohne Asylverfahren, Ukraine 2022).',
      en: '§ 12a (residence rule for recognised refugees, three years) and § 24 (temporary protection without an asylum procedure, Ukraine 2022).',
    },
  },
  'lag-hessen': {
    kind: 'source',
    publisher: 'Land Hessen (lexaris.de)',
    title: 'Landesaufnahmegesetz (LAG) vom 5. Juli 2007, zuletzt geändert am 22. März 2023',
    date: '2023-03-22',
    url: 'https://lexaris.de/book/version/documentflat/head/1325325',
    note: {
      de: 'Pflicht der Landkreise und Gemeinden zur Aufnahme (§ 1), Zuweisung an Kreise und kreisangehörige Gemeinden (§ 2), Unterbringung (§ 3), Pauschalen (§ 7 mit Anlage) und die angemessene Erstattung zwischen Kreis und Gemeinde (§ 7 Abs. 1).',
      en: 'Duty of the Landkreise and Gemeinden to take people in (§ 1), Zuweisung to Kreise and kreisangehörige Gemeinden (§ 2), accommodation (§ 3), Pauschalen (§ 7 and annex) and the adequate reimbursement between Kreis and Gemeinde (§ 7 (1)).',
    },
  },
  'verteilungsvo-hessen': {
    kind: 'source',
    publisher: 'Land Hessen (lexaris.de)',
    title: 'Verteilungs- und Unterbringungsgebührenverordnung vom 21. Dezember 2009, Fassung bis 31.12.2024',
    date: '2022-12-09',
    url: 'https://lexaris.de/book/version/documentflat/head/1325563',
    note: {
      de: '§ 1: Aufnahmequoten der Landkreise und kreisfreien Städte nach Einwohnerzahl und Ausländeranteil – die Grundlage der Politik quote.',
      en: '§ 1: intake quotas of the Landkreise and kreisfreie Städte by population and share of foreigners — the basis of the quote policy.',
    },
  },

  // ---- Land → Kreis: Zuweisung and quotas -----------------------------------------------------------
  'hmsi-zuweisung-kommunen': {
    kind: 'source',
    publisher: 'Land Hessen, Sozialministerium (soziales.hessen.de)',
    title: 'Zuweisung an die Kommunen',
    url: 'https://soziales.hessen.de/familie-soziales/fluechtlinge/zuweisung-die-kommunen',
    note: {
      de: 'RP Darmstadt weist nach der Erstaufnahme den 26 Landkreisen und kreisfreien Städten zu, nach festen Aufnahmequoten aus Einwohnerzahl und Ausländeranteil.',
      en: 'After the Erstaufnahme, RP Darmstadt assigns people to the 26 Landkreise and kreisfreie Städte by fixed intake quotas from population and share of foreigners.',
    },
  },
  'hlt-drs-19-1715': {
    kind: 'source',
    publisher: 'Hessischer Landtag (kleineanfragen.de)',
    title: 'Kleine Anfrage Drs. 19/1715: Unterbringungssituation von Asylsuchenden in Hessen',
    date: '2015-03-10',
    url: 'https://kleineanfragen.de/hessen/19/1715-unterbringungssituation-von-asylsuchenden-in-hessen.txt',
    note: {
      de: 'Die „bereinigte Quote“: Einwohner abzüglich Ausländeranteil, auf 100 % geglättet; die Tabelle der Quoten je Kreis ist nicht erhalten.',
      en: 'The “adjusted quota”: population minus the share of foreigners, smoothed to 100 %; the table of quotas per Kreis is not available.',
    },
  },
  'extratipp-mtk-2015': {
    kind: 'source',
    publisher: 'Extra Tipp',
    title: 'Main-Taunus-Kreis will weniger Flüchtlinge aufnehmen – Schwalbach muss Zeltquartier aufbauen',
    date: '2015',
    url: 'https://www.extratipp.com/rhein-main/main-taunus-kreis-will-weniger-fluechtlinge-aufnehmenschwalbach-muss-zeltquartier-aufbauen-5135561.html',
    note: {
      de: 'Zuweisungsquote des Main-Taunus-Kreises 3,81 % (2015); 1.234 Geflüchtete bis Mitte 2015 aufgenommen.',
      en: 'Zuweisung quota of the Main-Taunus-Kreis 3.81 % (2015); 1,234 refugees taken in by mid-2015.',
    },
  },
  'mtk-medieninformation-2016': {
    kind: 'source',
    publisher: 'Main-Taunus-Kreis (expydoc.com)',
    title: 'Medieninformation des Main-Taunus-Kreises vom 22.04.2016',
    date: '2016-04-22',
    url: 'https://expydoc.com/doc/9559213/medieninformation---main-taunus',
    also: ['https://www.taunus-nachrichten.de/kelkheim/aktuelles/kelkheim/sinkende-fluechtlingszahlen-id32747.html'],
    note: {
      de: 'Das Land erwartet nur 227 Zuweisungen an den Main-Taunus-Kreis bis Ende Juni 2016; das RP Darmstadt teilt die vorläufigen Zahlen je Quartal mit; kreisintern gilt das Verhältnis zur Einwohnerzahl.',
      en: 'The Land expects only 227 Zuweisungen to the Main-Taunus-Kreis until the end of June 2016; RP Darmstadt announces the preliminary numbers per quarter; within the Kreis the ratio to population applies.',
    },
  },
  'spd-wetterau-2016': {
    kind: 'source',
    publisher: 'SPD Wetterau (nach einer Mitteilung des RP Darmstadt)',
    title: 'Flüchtlingszahlen bleiben auf hohem Niveau',
    date: '2016-01-14',
    url: 'https://www.spd-wetterau.de/2016/01/14/fluechtlingszahlen-bleiben-auf-hohem-niveau/',
    note: {
      de: 'Quote des Wetteraukreises 5,5 %, für 2016 4,75 % wegen der Erstaufnahme Büdingen im Kreis; Aufnahmesoll 1.420 im 1. Quartal 2016; 2.985 Untergebrachte am 08.01.2016.',
      en: 'Quota of the Wetteraukreis 5.5 %, for 2016 4.75 % because of the Büdingen Erstaufnahme in the Kreis; intake target 1,420 in Q1 2016; 2,985 housed on 8 Jan 2016.',
    },
  },
  'fr-verteilung-2023': {
    kind: 'source',
    publisher: 'Frankfurter Rundschau',
    title: 'Flüchtlinge: Umfassende Unzufriedenheit über Verteilung',
    date: '2023-05',
    url: 'https://www.fr.de/rhein-main/fluechtlinge-umfassende-unzufriedenheit-ueber-verteilung-92264468.html',
    also: ['https://www.hna.de/hessen/streit-um-verteilung-von-fluechtlingen-und-kostenaufteilung-zr-92262166.html'],
    note: {
      de: 'Nach dem geltenden Schlüssel nimmt ein Landkreis mit 400.000 Einwohnern 8,5 % der Geflüchteten auf – die Quote des Main-Kinzig-Kreises.',
      en: 'Under the current key a Landkreis with 400,000 inhabitants takes 8.5 % of the refugees — the quota of the Main-Kinzig-Kreis.',
    },
  },
  'main-echo-mkk-2023': {
    kind: 'source',
    publisher: 'Main-Echo',
    title: '„Wir werden im Stich gelassen“',
    date: '2023',
    url: 'https://www.main-echo.de/regional/rhein-main-hessen/wir-werden-im-stich-gelassen-art-7811582',
    note: {
      de: 'Die Verordnung bildet Größenklassen nach Einwohnern: alle Gebietskörperschaften über 400.000 Einwohner gleich (in Hessen der Main-Kinzig-Kreis und Frankfurt).',
      en: 'The ordinance uses size classes by population: all units above 400,000 inhabitants alike (in Hessen the Main-Kinzig-Kreis and Frankfurt).',
    },
  },
  'hessenschau-verteilung-2023': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Hessische Kommunen: Kritik an Verteilung Geflüchteter',
    date: '2023',
    url: 'https://hessenschau.de/politik/hessische-kommunen---kritik-an-verteilung-gefluechteter-v1,kurz-gefluechtete-110.html',
    note: {
      de: 'Das Land rechnet außerhalb des LAG Aufgenommene (Ukrainer) auf die Quote an: Frankfurt und Offenbach erhielten 2023 zeitweise keine Zuweisungen.',
      en: 'The Land credits persons taken in outside the LAG (Ukrainians) against the quota: Frankfurt and Offenbach received no Zuweisungen at times in 2023.',
    },
  },
  'faz-verteilung-2023': {
    kind: 'source',
    publisher: 'Frankfurter Allgemeine Zeitung',
    title: 'Kommunen streiten über Verteilung von Flüchtlingen',
    date: '2023',
    url: 'https://www.faz.net/aktuell/rhein-main/region-und-hessen/kommunen-streiten-ueber-verteilung-von-fluechtlingen-18432537.html',
    note: {
      de: 'Frankfurt nahm ab März 2022 Tausende Ukrainer „ohne Rücksicht auf eine Quote“ auf und bekam deshalb vom Land keine Zuweisungen.',
      en: 'From March 2022 Frankfurt took in thousands of Ukrainians “without regard to any quota” and therefore got no Zuweisungen from the Land.',
    },
  },
  'rtk-zuweisungen-2015': {
    kind: 'source',
    publisher: 'Rheingau-Taunus-Kreis',
    title: 'Landrat Albers: Kreis werden 2015 zirka 1000 Flüchtlinge zugewiesen',
    date: '2015',
    url: 'https://rheingau-taunus.de/aktuelles/nachricht/landrat-albers-kreis-werden-2015-zirka-1000-fluechtshylinge-zugeshywiesen/',
    note: {
      de: 'Der Rheingau-Taunus-Kreis nahm 2014 rund 850 Geflüchtete auf.',
      en: 'The Rheingau-Taunus-Kreis took in about 850 refugees in 2014.',
    },
  },

  // ---- Kreis → Gemeinde ------------------------------------------------------------------------------
  'vg-giessen-2014': {
    kind: 'source',
    publisher: 'rechtsanwaelteszk.de (Bericht über Urteile des VG Gießen)',
    title: 'VG Gießen: Flüchtlingszuweisung an zwei hessische Kommunen rechtmäßig',
    date: '2014-11-12',
    url: 'https://www.rechtsanwaelteszk.de/aktuelles/nachrichtenarchiv/312932.vg-giessen--fluechtlingszuweisung-an-zwei-hessische-kommunen-rechtmaessig-/',
    note: {
      de: 'Ein Landkreis darf Geflüchtete seinen kreisangehörigen Gemeinden zuweisen, nach deren Einwohnerzahl – die Politik einwohner.',
      en: 'A Landkreis may assign refugees to its kreisangehörige Gemeinden by their population — the einwohner policy.',
    },
  },
  'usinger-land-hochtaunus': {
    kind: 'source',
    publisher: 'Usinger Land Extra',
    title: '122 neue Flüchtlinge',
    url: 'http://www.usinger-land-extra.de/122-neue-fluechtlinge/',
    note: {
      de: 'Der Hochtaunuskreis führt je Gemeinde ein Soll nach Einwohnern und weist nach § 2 LAG zu, wo das Soll nicht erfüllt ist.',
      en: 'The Hochtaunuskreis keeps a target per Gemeinde by population and assigns under § 2 LAG where the target is not met.',
    },
  },
  'kaemmerer-wetterau-2014': {
    kind: 'source',
    publisher: 'Der Neue Kämmerer',
    title: 'Klage gegen Wetteraukreis gescheitert',
    date: '2014',
    url: 'https://www.derneuekaemmerer.de/recht/foederale-finanzbeziehungen/klage-gegen-wetteraukreis-gescheitert-7748/',
    note: {
      de: 'Der Wetteraukreis erstattete seinen Gemeinden 6,80 € je Geflüchteten und Tag (2014).',
      en: 'The Wetteraukreis reimbursed its Gemeinden €6.80 per refugee and day (2014).',
    },
  },
  'fnp-wetterau-2016': {
    kind: 'source',
    publisher: 'Frankfurter Neue Presse',
    title: 'Hintergrund: Euro pro Person',
    date: '2016',
    url: 'https://www.fnp.de/lokales/wetteraukreis/hintergrund-euro-person-10649210.html',
    note: {
      de: 'Der Wetteraukreis zahlt seinen Kommunen 7,30 € je Person und Tag und 1,50 € für besondere Leistungen; das Land zahlt dem Kreis 940 € je Person und Monat.',
      en: 'The Wetteraukreis pays its Kommunen €7.30 per person and day plus €1.50 for services; the Land pays the Kreis €940 per person and month.',
    },
  },
  'fuldaer-nachrichten-sonderzahlung-2015': {
    kind: 'source',
    publisher: 'Fuldaer Nachrichten',
    title: 'Meldung zu den Sonderzahlungen des Landes an die Kommunen 2015',
    date: '2015',
    url: 'http://www.fuldaer-nachrichten.de/?p=148801',
    note: {
      de: '25 Mio. € zusätzlich für Städte, Gemeinden und Landkreise 2015, davon 15,5 Mio. € für rund 44.000 zugewiesene Geflüchtete; Hessen hat 5 kreisfreie Städte und 21 Landkreise.',
      en: '€25 million extra for towns, Gemeinden and Landkreise in 2015, €15.5 million of it for about 44,000 assigned refugees; Hessen has 5 kreisfreie Städte and 21 Landkreise.',
    },
  },

  // ---- money: the LAG Pauschale ------------------------------------------------------------------------
  'hlt-drs-19-3266': {
    kind: 'source',
    publisher: 'Hessischer Landtag (kleineanfragen.de)',
    title: 'Kleine Anfrage Drs. 19/3266: Pauschalen nach dem Hessischen Landesaufnahmegesetz',
    date: '2016-03-29',
    url: 'https://kleineanfragen.de/hessen/19/3266-pauschalen-nach-dem-hessischen-landesaufnahmegesetz.txt',
    note: {
      de: 'Die drei Stufen der großen Pauschale (I Rhein-Main-Großstädte, II Kassel und die Landkreise des RB Darmstadt, III die Landkreise der RB Gießen und Kassel) und ihre Beträge 2015 und ab 2016 (+ 45 %, vereinbart am 01.12.2015).',
      en: 'The three tiers of the große Pauschale (I Rhein-Main cities, II Kassel and the Landkreise of RB Darmstadt, III the Landkreise of RB Gießen and Kassel) and their amounts in 2015 and from 2016 (+45 %, agreed on 1 Dec 2015).',
    },
  },
  'kopo-pauschalen-2016': {
    kind: 'source',
    publisher: 'kopo.de',
    title: 'Erhöhung der Flüchtlingspauschalen beschlossene Sache in Hessen',
    date: '2016-03-15',
    url: 'https://kopo.de/blog/2016/03/15/erhoehung-der-fluechtlingspauschalen-beschlossene-sache-in-hessen',
    note: {
      de: 'Die höheren Pauschalen gelten ab 01.01.2016: 1.050 / 940 / 865 € je Person und Monat.',
      en: 'The higher Pauschalen apply from 1 Jan 2016: €1,050 / €940 / €865 per person and month.',
    },
  },
  'epd-pauschalen-2020': {
    kind: 'source',
    publisher: 'Evangelischer Pressedienst (epd)',
    title: 'Meldung 3-8 vom 28.02.2020: Pauschalen nach dem LAG 2022–2027',
    date: '2020-02-28',
    url: 'https://w.epd.de/sw/2020/02/28/3-8.htm',
    also: ['https://www.hna.de/lokales/rotenburg-bebra/bad-hersfeld-ort56532/land-zahlt-kuenftig-mehr-geld-fuer-gefluechtete-13569682.html'],
    note: {
      de: 'Die Pauschalen steigen von 2022 bis 2027 stufenweise auf 1.148 / 1.028 / 946 €.',
      en: 'The Pauschalen rise step by step from 2022 to 2027 to €1,148 / €1,028 / €946.',
    },
  },
  'fuldaer-zeitung-pauschale-2023': {
    kind: 'source',
    publisher: 'Fuldaer Zeitung',
    title: 'Kreis Fulda: Kosten für abgelehnte Asylbewerber (Landrat Bernd Woide)',
    date: '2023',
    url: 'https://www.fuldaerzeitung.de/fulda/fulda-kreis-kosten-abgelehnte-asylbewerber-fluechtlinge-landrat-bernd-woide-ausgaben-91955167.html',
    note: {
      de: 'Die Pauschale (878 € in Stufe III 2022) wird nach einer Ablehnung nur 2 Jahre gezahlt, für ab Januar 2017 Zugewiesene 3 Jahre.',
      en: 'After a rejection the Pauschale (€878 in tier III in 2022) is paid for 2 years only, for persons assigned from January 2017 for 3 years.',
    },
  },
  'rodgauer-morgen-pauschale-2024': {
    kind: 'source',
    publisher: 'Rodgauer Morgen',
    title: 'Unterstützung für Kommunen: Hessen erhöht Pro-Kopf-Pauschale für Geflüchtete',
    date: '2024-07',
    url: 'https://rodgauer-morgen.de/unterstutzung-fur-kommunen-hessen-erhoht-pro-kopf-pauschale-fur-gefluechtete',
    also: ['https://www.rm-news.de/?p=279086'],
    note: {
      de: 'Pauschale + 10 % rückwirkend ab 01.01.2024, danach + 1,5 % im Jahr; rund 507 Mio. € für die 26 Gebietskörperschaften im Jahr 2024.',
      en: 'Pauschale + 10 % retroactive from 1 Jan 2024, then + 1.5 % a year; about €507 million for the 26 Kreise and cities in 2024.',
    },
  },
  'dielinke-pauschale-2024': {
    kind: 'source',
    publisher: 'Die Linke Rheingau-Taunus',
    title: 'Kleine Anfrage: Erhöhung der Pro-Kopf-Pauschale für Kommunen zur Versorgung Geflüchteter um 10 %',
    date: '2024',
    url: 'https://www.dielinke-rheingautaunus.de/detail/kleine-anfrage-erhoehung-der-pro-kopf-pauschale-fuer-kommunen-zur-versorgung-gefluechteter-um-10-auswirkungen-auf-den-haushalt-2024/',
    note: {
      de: 'Die Erhöhung um 10 % wurde am 01.07.2024 bekanntgegeben.',
      en: 'The 10 % raise was announced on 1 Jul 2024.',
    },
  },

  // ---- accommodation: costs, contracts, stocks -----------------------------------------------------
  'shortnews-kassel-2014': {
    kind: 'source',
    publisher: 'shortnews.de (nach focus.de)',
    title: 'Kassel: Millionen Euro an Kosten für weitere Flüchtlingsunterkünfte',
    date: '2014-10',
    url: 'http://www.shortnews.de/id/1114785/kassel-millionen-euro-an-kosten-fuer-weitere-fluechtlingsunterkuenfte',
    note: {
      de: 'Die Stadt Kassel zahlt Vermietern 10–16 € je Geflüchteten und Tag; rund 700 Geflüchtete in der Stadt (Oktober 2014).',
      en: 'The city of Kassel pays landlords €10–16 per refugee and day; about 700 refugees in the city (October 2014).',
    },
  },
  'hna-kassel-2016': {
    kind: 'source',
    publisher: 'HNA',
    title: 'Millionen Euro Kosten für Flüchtlinge in Kassel',
    date: '2016',
    url: 'http://www.hna.de/kassel/millionen-euro-kosten-fluechtlinge-kassel-6751524.html',
    note: {
      de: 'Kassel kündigte nach dem Rückgang Verträge, wo es ging; die Verträge verlangen mindestens 75 % Belegung; leere Reserveplätze erstattet niemand.',
      en: 'After the fall Kassel cancelled contracts where it could; the contracts require at least 75 % occupancy; nobody reimburses empty reserve places.',
    },
  },
  'hna-kassel-kosten-2018': {
    kind: 'source',
    publisher: 'HNA',
    title: 'Kassel macht Angaben zu Kosten der Flüchtlingsunterkünfte',
    date: '2018-02',
    url: 'https://www.hna.de/kassel/unterneustadt-ort167607/kassel-macht-angaben-zu-kosten-fluechtlingsunterkuenfte-9576579.html',
    note: {
      de: 'Miete von 662.503 € im Monat für 1.486 Plätze, davon 997 belegt (67 %): rund 14,70 € je Platz und Tag nur für die Miete.',
      en: 'Rent of €662,503 a month for 1,486 places, 997 of them occupied (67 %): about €14.70 per place and day for the rent alone.',
    },
  },
  'morgenpost-berlin-2015': {
    kind: 'source',
    publisher: 'Berliner Morgenpost',
    title: 'Flüchtlinge in Hostels und Pensionen – eine teure Notlösung',
    date: '2015',
    url: 'https://www.morgenpost.de/berlin/article205472873/Fluechtlinge-in-Hostels-und-Pensionen-eine-teure-Notloesung.html',
    note: {
      de: 'Tagessätze in Berlin 2015: Gemeinschaftsunterkünfte 8,29–16 €, Hostels und Pensionen 25–45 € je Person.',
      en: 'Day rates in Berlin 2015: shared accommodation €8.29–16, hostels and guesthouses €25–45 per person.',
    },
  },
  'abendblatt-kosten-2016': {
    kind: 'source',
    publisher: 'Hamburger Abendblatt',
    title: 'Was kostet ein Flüchtling?',
    date: '2016',
    url: 'https://www.abendblatt.de/politik/article207803719/Was-kostet-ein-Fluechtling.html',
    note: {
      de: 'Die Länder rechneten mit rund 1.000 € je Geflüchteten und Monat; die Hamburger Erstaufnahme kostete 1.951,11 € je Person und Monat.',
      en: 'The Länder reckoned with about €1,000 per refugee and month; Hamburg’s Erstaufnahme cost €1,951.11 per person and month.',
    },
  },
  'finanznachrichten-spitzenverbaende-2022': {
    kind: 'source',
    publisher: 'finanznachrichten.de',
    title: 'Kommunen in Hessen und Brandenburg rechnen mit 3.500 Euro pro ukrainischem Flüchtling monatlich',
    date: '2022-04',
    url: 'https://www.finanznachrichten.de/nachrichten-2022-04/55794648-kommunen-in-hessen-brandenburg-rechnen-mit-3-500-euro-pro-ukrainischem-fluechtling-monatlich-015.htm',
    note: {
      de: 'Die hessischen kommunalen Spitzenverbände rechnen 75 € je Tag für Unterbringung, Verpflegung und Betrieb (Durchschnitt 2019) – der Maßstab für die Kosten einer Notunterkunft.',
      en: 'The Hessian associations of Kommunen reckon €75 a day for accommodation, food and operation (2019 average) — the yardstick for the cost of a Notunterkunft.',
    },
  },
  'bergstraesser-dadi-2021': {
    kind: 'source',
    publisher: 'Bergsträßer Anzeiger',
    title: 'Landkreis kann weitere Gemeinschaftsunterkunft für Geflüchtete schließen',
    date: '2021-07',
    url: 'https://www.bergstraesser-anzeiger.de/region-bergstrasse_artikel,-bergstrasse-landkreis-kann-weitere-gemeinschaftsunterkunft-fuer-gefluechtete-schliessen-_arid,1823748.html',
    note: {
      de: 'Darmstadt-Dieburg: auf dem Höhepunkt „in der Regel“ Verträge über zehn Jahre; 2019–2021 110 Unterkünfte aufgegeben; noch 87 Unterkünfte für 1.637 Personen; 3 Zuweisungen je Woche.',
      en: 'Darmstadt-Dieburg: at the peak contracts “as a rule” for ten years; 110 accommodations given up 2019–2021; still 87 accommodations for 1,637 persons; 3 Zuweisungen a week.',
    },
  },
  'bild-leere-unterkuenfte-2016': {
    kind: 'source',
    publisher: 'Bild (dpa/lhe)',
    title: 'Kreise befürchten Kosten wegen leerer Flüchtlingsunterkünfte',
    date: '2016',
    url: 'https://m.bild.de/regional/aktuelles/hessen/kreise-befuerchten-kosten-wegen-leerer-fluechtlingsunterkuenfte-47628102.bildMobile.html',
    note: {
      de: 'Mieten sind auch für leere Unterkünfte zu zahlen, die Erstattung des Landes gilt je Kopf; viele Kommunen mussten im Herbst 2015 kurzfristig längere Mietverträge schließen; die Kreise prüfen, welche Gebäude sie kündigen und welche sie als Reserve halten (Landkreistag).',
      en: 'Rents are due for empty accommodation too, while the Land pays per head; many Kommunen had to sign longer leases at short notice in autumn 2015; the Kreise check which buildings to give notice on and which to keep as reserve (association of Landkreise).',
    },
  },
  'kaemmerer-hessen-schliesst-2016': {
    kind: 'source',
    publisher: 'Der Neue Kämmerer (nach Frankfurter Rundschau)',
    title: 'Hessen schließt Flüchtlingsheime',
    date: '2016-04',
    url: 'https://www.derneuekaemmerer.de/nachrichten/haushalt/hessen-schliesst-fluechtlingsheime-32731/',
    note: {
      de: 'Das Land schließt die Erstaufnahme an 23 Standorten mit 10.000 Plätzen „sukzessive“ wegen laufender Verträge und hält 20 Standorte mit 15.000 Plätzen in Reserve; in acht Ländern war weniger als ein Drittel der Plätze belegt.',
      en: 'The Land closes Erstaufnahme at 23 sites with 10,000 places “successively” because of running contracts and keeps 20 sites with 15,000 places in reserve; in eight Länder less than a third of the places were occupied.',
    },
  },
  'sz-kapazitaet-fluechtlingsheime-2018': {
    kind: 'source',
    publisher: 'Süddeutsche Zeitung (dpa)',
    title: 'Rätsel der Woche: Wie plant man die Kapazität der Flüchtlingsheime?',
    date: '2018-01-04',
    url: 'http://www.sueddeutsche.de/politik/raetsel-der-woche-wie-plant-man-die-kapazitaet-der-fluechtlingsheime-1.3814099',
    note: {
      de: 'Im Januar 2018 standen in Deutschland rund 100.000 Plätze in Erstaufnahme und Gemeinschaftsunterkünften leer; die meisten Länder halten Reserven, andere schlossen oder bauten um.',
      en: 'In January 2018 about 100,000 places in initial reception and shared accommodation stood empty in Germany; most Länder keep reserves, others closed or converted.',
    },
  },
  'lk-pfaffenhofen-unterkuenfte': {
    kind: 'source',
    publisher: 'Landratsamt Pfaffenhofen a. d. Ilm',
    title: 'Asyl: Häufig gestellte Fragen – Unterkünfte und Wohnungen',
    url: 'https://www.landkreis-pfaffenhofen.de/LEBEN/Asyl/HaeufiggestellteFragen/UnterkuenfteundWohnungen.aspx',
    note: {
      de: 'Vergleich Bayern: dezentrale Unterkünfte werden in der Regel für 2–3 Jahre angemietet, ausnahmsweise für 5 Jahre.',
      en: 'Comparison Bavaria: decentralised accommodation is usually leased for 2–3 years, exceptionally for 5 years.',
    },
  },
  'tonline-leere-heime-2018': {
    kind: 'source',
    publisher: 't-online (dpa/lhe)',
    title: 'Kommunen suchen neue Nutzung für leere Flüchtlingsheime',
    date: '2018-12',
    url: 'https://www.t-online.de/nachrichten/id_84888340/kommunen-suchen-neue-nutzung-fuer-leere-fluechtlingsheime.html',
    also: ['https://www.hessenschau.de/gesellschaft/fluechtlingsheime-neu-genutzt,kurz-fluechtlingsheime-100.html'],
    note: {
      de: 'Viele Kommunen bekamen 2015 Gebäude nur mit langen Mietverträgen; die Verträge laufen weiter, während die Zugänge fielen (Hessischer Städte- und Gemeindebund).',
      en: 'In 2015 many Kommunen could get buildings only with long leases; the leases run on while arrivals fell (Hessian association of towns and municipalities).',
    },
  },
  'sz-fluechtlingsheime-2018': {
    kind: 'source',
    publisher: 'Süddeutsche Zeitung (dpa/lhe)',
    title: 'Flüchtlingsheime werden zu Kita, Obdachlosenheim oder Hostel',
    date: '2018-12-04',
    url: 'https://www.sueddeutsche.de/news/politik/fluechtlinge---wiesbaden-fluechtlingsheime-werden-zu-kita-obdachlosenheim-oder-hostel-dpa.urn-newsml-dpa-com-20090101-181204-99-77462',
    note: {
      de: '24.615 Zugänge in Hessen 2016 und 8.981 von Januar bis Oktober 2018 (Sozialministerium); über 50 Standorte der Erstaufnahme geschlossen.',
      en: '24,615 arrivals in Hessen in 2016 and 8,981 from January to October 2018 (social ministry); more than 50 Erstaufnahme sites closed.',
    },
  },
  'mittelhessen-heime-2018': {
    kind: 'source',
    publisher: 'mittelhessen.de',
    title: 'Nur noch wenige Flüchtlinge leben in Heimen',
    date: '2018',
    url: 'https://www.mittelhessen.de/hessen-welt/hessen-news_artikel,-Nur-noch-wenige-Fluechtlinge-leben-in-Heimen-_arid,1269893.html',
    note: {
      de: 'Frühjahr 2018: Erstaufnahme mit 9 Standorten und Flughafen, 9.440 Plätze; Wiesbaden 42 Gemeinschaftsunterkünfte zu rund 70 % belegt; Kassel 51 Gebäude mit 2.625 Plätzen, 1.575 belegt; Zugänge 2017: 12.073.',
      en: 'Spring 2018: Erstaufnahme with 9 sites and the airport, 9,440 places; Wiesbaden 42 shared accommodations about 70 % occupied; Kassel 51 buildings with 2,625 places, 1,575 occupied; arrivals 2017: 12,073.',
    },
  },
  'morgenweb-hessen-2018': {
    kind: 'source',
    publisher: 'Mannheimer Morgen',
    title: 'Länder: Weniger Flüchtlinge in Hessen',
    date: '2018',
    url: 'https://www.morgenweb.de/mannheimer-morgen_artikel,-laender-weniger-fluechtlinge-in-hessen-_arid,1254934.html',
    note: {
      de: 'Zugänge in Hessen: 24.615 (2016), 12.073 (2017), 3.746 (Januar–April 2018).',
      en: 'Arrivals in Hessen: 24,615 (2016), 12,073 (2017), 3,746 (January–April 2018).',
    },
  },
  'taz-fehlbeleger-2017': {
    kind: 'source',
    publisher: 'taz',
    title: 'Wohnraumversorgung von Flüchtlingen (BBSR-Studie)',
    date: '2017-10',
    url: 'http://www.taz.de/Wohnraumversorgung-von-Fluechtlingen/!5453370/',
    note: {
      de: 'Anerkannte bleiben als „Fehlbeleger“ in Gemeinschaftsunterkünften, weil kleine und große Wohnungen fehlen; hessische Zahlen gibt es nicht.',
      en: 'Recognised refugees stay on in shared accommodation as “Fehlbeleger” because small and large flats are lacking; there are no Hessian figures.',
    },
  },

  // ---- Erstaufnahme: places, sites, stay ----------------------------------------------------------------
  'fr-heae-2012': {
    kind: 'source',
    publisher: 'Frankfurter Rundschau',
    title: 'Steigende Zahlen: Mehr als 5000 Asylsuchende in Hessen',
    date: '2012',
    url: 'http://www.fr-online.de/rhein-main/steigende-zahlen-mehr-als-5000-asylsuchende-in-hessen,1472796,21518756.html',
    note: {
      de: 'Die HEAE Gießen registrierte 2012 genau 5.004 Menschen.',
      en: 'HEAE Gießen registered exactly 5,004 people in 2012.',
    },
  },
  'faz-zelte-giessen-2014': {
    kind: 'source',
    publisher: 'Frankfurter Allgemeine Zeitung',
    title: 'Hessen muss Flüchtlinge in Zelten unterbringen',
    date: '2014',
    url: 'https://www.faz.net/aktuell/rhein-main/hessen-muss-fluechtlinge-in-zelten-unterbringen-13092370.html',
    note: {
      de: 'Die HEAE Gießen nutzt 2014 Zelte auf dem früheren US-Depot, bis Mitte September drei feste Gebäude fertig sind.',
      en: 'In 2014 HEAE Gießen uses tents on the former US depot until three permanent buildings are ready in mid-September.',
    },
  },
  'epd-heae-aussenstelle-2015': {
    kind: 'source',
    publisher: 'epd (ichhelfejetzt.de)',
    title: 'Hessische Erstaufnahmeeinrichtung für Flüchtlinge erhält Außenstelle',
    date: '2015-04',
    url: 'https://ichhelfejetzt.de/startseite/einzelansicht/news/hessische-erstaufnahmeeinrichtung-fuer-fluechtlinge-erhaelt-aussenstelle.html',
    note: {
      de: 'Fast 13.000 Zugänge in Gießen im 1. Quartal 2015; Außenstelle Neustadt mit 300, bis Herbst 800 Plätzen; Büdingen mit 800 Plätzen geplant; Aufenthalt vier bis sechs Wochen.',
      en: 'Almost 13,000 arrivals in Gießen in Q1 2015; Neustadt branch with 300, by autumn 800 places; Büdingen with 800 places planned; stay four to six weeks.',
    },
  },
  'faz-40000-2015': {
    kind: 'source',
    publisher: 'Frankfurter Allgemeine Zeitung',
    title: 'Hessen erwartet bis zu 40.000 Flüchtlinge',
    date: '2015-06',
    url: 'https://www.faz.net/aktuell/rhein-main/hessen-erwartet-bis-zu-40-000-fluechtlinge-13663485.html',
    note: {
      de: 'Rund 17.500 Asylsuchende in Hessen 2014; keine Verteilung an die Kommunen am Wochenende.',
      en: 'About 17,500 asylum seekers in Hessen in 2014; no distribution to the Kommunen at weekends.',
    },
  },
  'hessenschau-notzeltlager-2015': {
    kind: 'source',
    publisher: 'hessenschau (hr), dokumentiert auf ffduseh.wordpress.com',
    title: 'hessenschau vom 14.08.2015: neue Notzeltlager',
    date: '2015-08-14',
    url: 'https://ffduseh.wordpress.com/2015/08/15/',
    note: {
      de: 'Neue Notzeltlager, unter anderem in Darmstadt; Außenstelle Rotenburg an der Fulda eröffnet.',
      en: 'New emergency tent camps, among them Darmstadt; Rotenburg an der Fulda branch opened.',
    },
  },
  'op-online-erstaufnahme-2015': {
    kind: 'source',
    publisher: 'op-online.de',
    title: 'Erstaufnahmelage: Flüchtlinge in Gießen (Bilder)',
    date: '2015',
    url: 'https://www.op-online.de/hessen/erstaufnahmelage-fluechtlinge-giessen-bilder-5514989.html',
    note: {
      de: 'Herbst 2015: Außenstellen in ganz Hessen, Zeltstädte, neue Hallen in Neu-Isenburg, Biebesheim und Weilburg; Gießen der größte Standort.',
      en: 'Autumn 2015: branches all over Hessen, tent cities, new halls in Neu-Isenburg, Biebesheim and Weilburg; Gießen the largest site.',
    },
  },
  'hna-landkreis-kassel-2015': {
    kind: 'source',
    publisher: 'HNA',
    title: 'Obdach für Tausende Flüchtlinge',
    date: '2015',
    url: 'https://www.hna.de/kassel/obdach-tausende-fluechtlingehnahnahna-5749031.html',
    note: {
      de: 'Herbst 2015: sechs Erstaufnahme-Standorte in Stadt und Landkreis Kassel (Fuldatal mit 900 geplant); der Landkreis Kassel bekommt rund 100 Zuweisungen je Woche, hat 24 Gemeinschaftsunterkünfte mit 1.245 Plätzen und 433 Personen in Wohnungen, zusammen rund 1.650.',
      en: 'Autumn 2015: six Erstaufnahme sites in the city and Landkreis of Kassel (Fuldatal with 900 planned); the Landkreis Kassel gets about 100 Zuweisungen a week, runs 24 shared accommodations with 1,245 places and has 433 persons in flats, about 1,650 in all.',
    },
  },
  'faz-neckermann-2015': {
    kind: 'source',
    publisher: 'Frankfurter Allgemeine Zeitung (dpa, Hessisches Sozialministerium)',
    title: '26.400 in Erstaufnahme: Flüchtlingsheim in früherer Neckermann-Zentrale',
    date: '2015',
    url: 'https://www.faz.net/aktuell/rhein-main/fluechtlingsheim-in-frueherer-neckermann-zentrale-13929774.html',
    note: {
      de: 'Ende November 2015: Außenstelle Frankfurt auf dem Neckermann-Gelände für rund 2.000 ab Mitte Dezember; je 1.000 Plätze im Kreis Hersfeld-Rotenburg und im Lahn-Dill-Kreis; Zelte an rund zehn Standorten werden durch Leichtbauhallen und Container ersetzt.',
      en: 'Late November 2015: Frankfurt branch on the Neckermann site for about 2,000 from mid-December; 1,000 places each in Kreis Hersfeld-Rotenburg and the Lahn-Dill-Kreis; tents at about ten sites replaced by light halls and containers.',
    },
  },
  'welt-erstaufnahme-2016-01': {
    kind: 'source',
    publisher: 'Die Welt (dpa/lhe)',
    title: 'Artikel 151177825 (Flüchtlinge in Hessen, Januar 2016)',
    date: '2016-01',
    url: 'https://www.welt.de/regionales/hessen/article151177825/',
    note: {
      de: 'Am 19.01.2016 rund 400 Zugänge am Tag und rund 22.600 Menschen in der Erstaufnahme; 2016 blieben rund 20.500 in Hessen (Prognose des BAMF nicht eingetreten); Höchstwert 1.370 am 28.10.2015.',
      en: 'On 19 Jan 2016 about 400 arrivals a day and about 22,600 people in Erstaufnahme; about 20,500 stayed in Hessen in 2016 (the BAMF forecast did not come true); peak of 1,370 on 28 Oct 2015.',
    },
  },
  'hessenschau-schliessungen': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Weniger Flüchtlinge: Hessen schließt weitere Erstaufnahmeeinrichtungen',
    url: 'https://www.hessenschau.de/gesellschaft/weniger-fluechtlinge-hessen-schliesst-weitere-erstaufnahmeinrichtungen,erstaufnahme-hessen-schliessungen-100.html',
    note: {
      de: 'Das Land baute die Erstaufnahme 2015 binnen eines Jahres von 4.000 auf 40.000 Plätze aus und danach wieder ab.',
      en: 'Within one year (2015) the Land grew the Erstaufnahme from 4,000 to 40,000 places and later cut it back.',
    },
  },
  'lokalo24-nordhessen-2016': {
    kind: 'source',
    publisher: 'lokalo24.de',
    title: 'Acht Flüchtlingsunterkünfte werden in Nordhessen geschlossen',
    date: '2016',
    url: 'https://www.lokalo24.de/politik/acht-fluechtlingsunterkuenfte-werden-nordhessen-geschlossen-7089501.html',
    note: {
      de: 'Standortkonzept Mitte 2016: 19 Standorte mit 20.000 Plätzen in Betrieb, 20 mit 15.000 in Reserve, 23 geschlossen; die nordhessischen Standorte einzeln.',
      en: 'Site concept of mid-2016: 19 sites with 20,000 places in operation, 20 with 15,000 in reserve, 23 closed; the sites in northern Hessen one by one.',
    },
  },
  'rp-giessen-erstaufnahme': {
    kind: 'source',
    publisher: 'Regierungspräsidium Gießen',
    title: 'Hessische Erstaufnahme von Flüchtlingen',
    url: 'https://rp-giessen.hessen.de/soziales/asylangelegenheiten/hessische-erstaufnahme-von-fl%C3%BCchtlingen',
    note: {
      de: '2017/2018: Gießen Meisenbornweg und Darmstadt Michaelisstraße aufgegeben, Hanau passiv; 9.440 → 6.480 Plätze.',
      en: '2017/2018: Gießen Meisenbornweg and Darmstadt Michaelisstraße given up, Hanau on standby; 9,440 → 6,480 places.',
    },
  },
  'tonline-kapazitaeten-2019': {
    kind: 'source',
    publisher: 't-online (dpa/lhe)',
    title: 'Hessen reduziert Aufnahmekapazitäten für Flüchtlinge',
    date: '2019-03-11',
    url: 'https://www.t-online.de/nachrichten/id_85389452/hessen-reduziert-aufnahmekapazitaeten-fuer-fluechtlinge.html',
    also: ['https://www.faz.net/aktuell/rhein-main/tausende-plaetze-weniger-fuer-fluechtlinge-in-hessen-16083687.html'],
    note: {
      de: 'Hanau und Kassel-Calden (2.590 Plätze) aufgegeben; fünf Standorte mit 6.380 Plätzen bleiben.',
      en: 'Hanau and Kassel-Calden (2,590 places) given up; five sites with 6,380 places remain.',
    },
  },
  'fr-hessen-erstaufnahme-2021': {
    kind: 'source',
    publisher: 'Hessischer Flüchtlingsrat',
    title: 'Erstaufnahme immer voller – 4 neue HEAE-Standorte geplant',
    date: '2021-11-18',
    url: 'https://fr-hessen.de/2021/11/18/erstaufnahme-immer-voller-4-neue-heae-standorte-geplant',
    note: {
      de: 'Längerer Aufenthalt durch die restriktiv angewandte 18-Monats-Regel; neue oder reaktivierte Standorte Fuldatal (600), Friedberg (1.000), Bensheim (425), Darmstadt Kelley Barracks (750).',
      en: 'Longer stays under the restrictively applied 18-month rule; new or reactivated sites Fuldatal (600), Friedberg (1,000), Bensheim (425), Darmstadt Kelley Barracks (750).',
    },
  },
  'welt-erstaufnahme-2021': {
    kind: 'source',
    publisher: 'Die Welt (dpa/lhe)',
    title: 'Mehr Asylsuchende: 5500 Menschen in der Erstaufnahme',
    date: '2021-10-19',
    url: 'https://www.welt.de/regionales/hessen/article234507422/Mehr-Asylsuchende-5500-Menschen-in-der-Erstaufnahme.html',
    note: {
      de: 'Rund 5.500 Asylsuchende in der Erstaufnahme (18.10.2021), steigend.',
      en: 'About 5,500 asylum seekers in Erstaufnahme (18 Oct 2021), rising.',
    },
  },
  'hessenschau-erstaufnahme-2022': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Fast 5.500 Geflüchtete in Erstaufnahmeeinrichtung',
    date: '2022-12',
    url: 'https://www.hessenschau.de/gesellschaft/fast-5500-gefluechtete-in-erstaufnahmeeinrichtung-v1,viele-gefluechtete-in-erstaufnahme-100.html',
    note: {
      de: 'Rund 16.000 Zugänge von Januar bis November 2022, rund 11.200 im Jahr 2021 (RP Gießen).',
      en: 'About 16,000 arrivals from January to November 2022, about 11,200 in 2021 (RP Gießen).',
    },
  },
  'hessenschau-ldk-2022': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Neue Notunterkunft: Geflüchtete im Lahn-Dill-Kreis wohnen in diesem Winter im Festzelt',
    date: '2022-12',
    url: 'https://www.hessenschau.de/politik/neue-notunterkunft-gefluechtete-im-lahn-dill-kreis-wohnen-in-diesem-winter-im-festzelt-v1,gefluechtete-lahn-dill-100.html',
    note: {
      de: 'Der Lahn-Dill-Kreis nimmt rund 70 Menschen je Woche auf; das Land schafft 1.050 weitere Plätze in Büdingen, Friedberg und Bensheim.',
      en: 'The Lahn-Dill-Kreis takes in about 70 people a week; the Land adds 1,050 places in Büdingen, Friedberg and Bensheim.',
    },
  },
  'rtl-erstaufnahme-2023': {
    kind: 'source',
    publisher: 'RTL',
    title: 'Angekommen nach gefährlicher Flucht – Diskussion um Kosten',
    date: '2023',
    url: 'https://www.rtl.de/cms/angekommen-nach-gefaehrlicher-flucht-diskussion-um-kosten-cfd2be76-9754-5457-b388-6bf297e381b2.html',
    note: {
      de: '2023: Puffer in Halle 8 der Frankfurter Messe; Verteilung an die Kommunen nach drei bis vier Monaten.',
      en: '2023: buffer in hall 8 of the Frankfurt trade fair; distribution to the Kommunen after three to four months.',
    },
  },
  'hessenschau-erstaufnahme-2023': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Erstaufnahme in Hessen: 38.847 Geflüchtete bis November',
    date: '2023-11',
    url: 'https://www.hessenschau.de/gesellschaft/erstaufnahme-in-hessen---38847-gefluechtete-bis-november-v1,kurz-gefluechtete-116.html',
    note: {
      de: '38.847 Asylsuchende und Ukrainer von Januar bis Oktober in der Erstaufnahme registriert, monatlich zwischen 2.345 (April) und 5.992 (September); das Jahr 2023 ist erschlossen.',
      en: '38,847 asylum seekers and Ukrainians registered in Erstaufnahme from January to October, monthly between 2,345 (April) and 5,992 (September); the year 2023 is inferred.',
    },
  },
  'augsburger-erstaufnahme-2025': {
    kind: 'source',
    publisher: 'Augsburger Allgemeine (dpa/lhe)',
    title: 'Migration: Deutlich weniger Geflüchtete in Erstaufnahme angekommen',
    date: '2025-01',
    url: 'https://www.augsburger-allgemeine.de/panorama/migration-deutlich-weniger-gefluechtete-in-erstaufnahme-angekommen-104396977',
    also: ['https://www.wnoz.de/nachrichten/baden-wuerttemberg-und-hessen/deutlich-weniger-gefluechtete-in-erstaufnahme-angekommen-593048.html'],
    note: {
      de: '44.573 Zugänge beim RP Gießen 2023, 29.464 im Jahr 2024; Ende 2024 rund 11.750 Plätze, ein Jahr zuvor 11.647; 2024 bleiben Menschen mit geringer Bleibeperspektive so lange wie gesetzlich möglich in der Erstaufnahme.',
      en: '44,573 arrivals at RP Gießen in 2023, 29,464 in 2024; about 11,750 places at the end of 2024, 11,647 a year earlier; in 2024 people with low prospects of staying remain in Erstaufnahme as long as legally possible.',
    },
  },
  'hessenschau-unterbringung-2025': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Wie ist die Lage in Hessen bei der Unterbringung Geflüchteter?',
    date: '2025',
    url: 'https://www.hessenschau.de/gesellschaft/wie-ist-die-lage-in-hessen-bei-der-unterbringung-gefluechteter-v1,gefluechtete-unterbringung-100.html',
    note: {
      de: 'Registrierungen in der Erstaufnahme im Mittel rund 3.700 im Monat 2023, 2.400 im Jahr 2024 und 760 Anfang 2025; Kreis Gießen 2025 fünf Zuweisungen je Woche.',
      en: 'Registrations in Erstaufnahme about 3,700 a month on average in 2023, 2,400 in 2024 and 760 in early 2025; Kreis Gießen five Zuweisungen a week in 2025.',
    },
  },

  // ---- arrivals in Hessen ------------------------------------------------------------------------------
  'hessen-zugaenge-2006-2015': {
    kind: 'source',
    publisher: 'Land Hessen (fluechtlinge.hessen.de)',
    title: 'Flüchtlingszugänge nach Hessen 2006–2015',
    date: '2015',
    url: 'https://fluechtlinge.hessen.de/flucht-asyl/zahlen-fakten/fluechtlingszugaenge-nach-hessen-2006-2015',
    note: {
      de: '2015 kamen rund 110.000 nach Hessen, rund 75.000 blieben.',
      en: 'In 2015 about 110,000 came to Hessen, about 75,000 stayed.',
    },
  },
  'hessen-zugaenge-2017': {
    kind: 'source',
    publisher: 'Land Hessen (fluechtlinge.hessen.de)',
    title: 'Flüchtlingszugänge nach Hessen',
    date: '2017-02',
    url: 'https://fluechtlinge.hessen.de/flucht-asyl/zahlen-fakten/fluechtlingszugaenge-nach-hessen',
    note: {
      de: '2016 blieben rund 20.500 Aufgenommene in Hessen, im Januar 2017 kamen rund 1.000 hinzu; Hessens Anteil am Königsteiner Schlüssel 2017: 7,39885 %.',
      en: 'About 20,500 admitted persons stayed in Hessen in 2016, about 1,000 more in January 2017; Hessen’s Königsteiner share in 2017: 7.39885 %.',
    },
  },
  'welt-januar-2016': {
    kind: 'source',
    publisher: 'Die Welt (dpa/lhe)',
    title: 'Rund 6800 Flüchtlinge im Januar in Hessen',
    date: '2016-02-11',
    url: 'https://www.welt.de/regionales/hessen/article152098552/Rund-6800-Fluechtlinge-im-Januar-in-Hessen.html',
    note: {
      de: 'Zugänge im Januar 2015 rund 2.300, im Januar 2016 rund 6.800; rund 20.200 Menschen in der Erstaufnahme (11.02.2016); 2015 erreichten rund 118.700 Hessen, fast 80.000 blieben.',
      en: 'Arrivals in January 2015 about 2,300, in January 2016 about 6,800; about 20,200 people in Erstaufnahme (11 Feb 2016); in 2015 about 118,700 reached Hessen, almost 80,000 stayed.',
    },
  },
  'welt-ausgereist-2016': {
    kind: 'source',
    publisher: 'Die Welt (dpa/lhe)',
    title: '12 000 Flüchtlinge angekommen: 1600 ausgereist',
    date: '2016-03-15',
    url: 'https://www.welt.de/regionales/hessen/article153298369/1600-ausgereist.html',
    note: {
      de: 'Stärkster Monat 2015 der November mit mehr als 15.000, Dezember rund 8.900; Januar 2016: 6.823, Februar 2016: 5.165; 2015 wurden 2.658 abgeschoben und 6.666 reisten freiwillig aus.',
      en: 'Strongest month of 2015 November with more than 15,000, December about 8,900; January 2016: 6,823, February 2016: 5,165; in 2015, 2,658 were deported and 6,666 left voluntarily.',
    },
  },
  'welt-februar-2016': {
    kind: 'source',
    publisher: 'Die Welt (dpa/lhe)',
    title: 'Mehr als 6000 Asylsuchende seit Jahresbeginn',
    date: '2016-02-18',
    url: 'https://www.welt.de/regionales/hessen/article152403549/Mehr-als-6000-Asylsuchende-seit-Jahresbeginn.html',
    note: {
      de: 'Zugänge je Tag im Februar 2016 zwischen 90 und 647, im Dezember 2015 zwischen 112 und 761; das BAMF erwartete für 2016 rund 800.000 in Deutschland, für Hessen rund 59.000.',
      en: 'Arrivals per day in February 2016 between 90 and 647, in December 2015 between 112 and 761; BAMF expected about 800,000 in Germany for 2016, about 59,000 for Hessen.',
    },
  },
  'epd-verweildauer-2016': {
    kind: 'source',
    publisher: 'Evangelischer Pressedienst (epd)',
    title: 'Meldung 1-13 vom 01.04.2016: Sozialminister Grüttner zur Erstaufnahme',
    date: '2016-04-01',
    url: 'https://w.epd.de/sw/2016/04/01/1-13.htm',
    note: {
      de: 'Ende März 2016 rund acht Wochen in der Erstaufnahme; Zugänge Januar 2016 6.800, Februar 5.100, im März nach der Schließung der Balkanroute rund 68 am Tag.',
      en: 'End of March 2016 about eight weeks in Erstaufnahme; arrivals January 2016 6,800, February 5,100, in March after the Balkan route closed about 68 a day.',
    },
  },
  'hebammenhilfe-hessen': {
    kind: 'source',
    publisher: 'Hebammenhilfe für Flüchtlinge',
    title: 'Daten und Fakten für Hessen',
    date: '2018',
    url: 'http://hebammenhilfe-fuer-fluechtlinge.de/daten-fakten/daten-fakten-fuer-hessen',
    note: {
      de: 'Zugänge bis Ende Oktober 2016: 22.072 (Abgrenzung unklar); rund 11.100 blieben 2017 in Hessen.',
      en: 'Arrivals to the end of October 2016: 22,072 (definition unclear); about 11,100 stayed in Hessen in 2017.',
    },
  },
  'hessenschau-erstaufnahme-2020': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Behördenchef: Erstaufnahme von Geflüchteten läuft',
    date: '2020-01',
    url: 'https://www.hessenschau.de/gesellschaft/behoerdenchef-erstaufnahme-von-gefluechteten-laeuft,kurz-erstaufnahme-giessen-100.html',
    note: {
      de: 'Aufenthalt in der Erstaufnahme im Mittel drei bis vier Monate; rund 10.000 neue Asylsuchende 2018 und 8.500 im Jahr 2019.',
      en: 'Stay in Erstaufnahme three to four months on average; about 10,000 new asylum seekers in 2018 and 8,500 in 2019.',
    },
  },
  'hessenschau-verweildauer-2020': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Geflüchtete viele Monate in hessischer Erstaufnahme',
    date: '2020-03',
    url: 'https://www.hessenschau.de/politik/gefluechtete-viele-monate-in-hessischer-erstaufnahme,kurz-erstaufnahme-104.html',
    note: {
      de: 'Mitte März (wohl 2020): 6 Personen länger als anderthalb Jahre, 57 mindestens ein Jahr, 199 mindestens ein halbes Jahr in der Erstaufnahme.',
      en: 'Mid-March (probably 2020): 6 persons longer than a year and a half, 57 at least a year, 199 at least half a year in Erstaufnahme.',
    },
  },
  'tonline-aufgenommen-2020': {
    kind: 'source',
    publisher: 't-online (dpa)',
    title: 'Mehr als 3000 Flüchtlinge aufgenommen',
    date: '2020-10-27',
    url: 'https://www.t-online.de/region/id_88822772/mehr-als-3000-fluechtlinge-aufgenommen.html',
    note: {
      de: 'Bis 25.10.2020 5.235 in der Erstaufnahme registriert, 3.630 den Kommunen zugewiesen; Höchststand 1.370 Zugänge am 28.10.2015.',
      en: 'By 25 Oct 2020, 5,235 registered in Erstaufnahme and 3,630 assigned to the Kommunen; peak of 1,370 arrivals on 28 Oct 2015.',
    },
  },
  'welt-asylsuchende-2020': {
    kind: 'source',
    publisher: 'Die Welt (dpa/lhe, Hessisches Sozialministerium)',
    title: 'Zahl der Asylsuchenden im Corona-Jahr 2020 rückläufig',
    date: '2021-01-18',
    url: 'https://www.welt.de/regionales/hessen/article224536144/Zahl-der-Asylsuchenenden-im-Corona-Jahr-2020-ruecklaeufig.html',
    note: {
      de: '2020: 6.653 registriert, davon 1.054 in andere Länder weitergeleitet; 2019: 9.177 registriert; 2018: 10.500 aufgenommen.',
      en: '2020: 6,653 registered, 1,054 of them forwarded to other Länder; 2019: 9,177 registered; 2018: 10,500 taken in.',
    },
  },
  'dpa-asylantraege-hessen-2024': {
    kind: 'source',
    publisher: 'WNOZ (dpa/lhe, nach BAMF)',
    title: 'Mehr als 18.000 Erstanträge auf Asyl in Hessen gestellt',
    date: '2025-01',
    url: 'https://www.wnoz.de/nachrichten/baden-wuerttemberg-und-hessen/mehr-als-18.000-erstantraege-auf-asyl-in-hessen-gestellt-596500.html',
    also: ['https://adaglobalconcept.com/?p=7738', 'https://hessenschau.de/gesellschaft/gefluechtete-stellen-weniger-asylantraege-in-hessen-v1,kurz-asylantraege-100.html'],
    note: {
      de: 'Asylerstanträge in Hessen: 20.732 (2022), 27.382 (2023), 18.068 (2024); Ukrainer sind nicht enthalten.',
      en: 'First asylum applications in Hessen: 20,732 (2022), 27,382 (2023), 18,068 (2024); Ukrainians are not included.',
    },
  },

  // ---- Germany: EASY and applications ----------------------------------------------------------------
  'nd-easy-2015': {
    kind: 'source',
    publisher: 'neues deutschland (nach BMI)',
    title: 'Fast 1,1 Millionen Flüchtlinge registriert',
    date: '2016-01',
    url: 'http://www.neues-deutschland.de/artikel/996871.fast-millionen-fluechtlinge-registriert.html',
    also: [
      'https://mein.evangelisch.de/inhalte/129963/06-01-2016/11-millionen-fluechtlinge-kamen-2015-nach-deutschland',
      'https://refugee-datathon-muc.org/archiv/das-easy-gap/',
      'https://jungefreiheit.de/politik/deutschland/2016/asylwelle-reisst-nicht-ab',
      'https://www.machthaber.de/2015/12/zahl-der-2015-in-de-registrierten-fluechtlinge.html?m=0',
    ],
    note: {
      de: 'EASY-Registrierungen in Deutschland 2015: 1.091.894 im Jahr; August 104.460, Oktober rund 181.000, November rund 206.000 (Höchstwert), Dezember 127.320.',
      en: 'EASY registrations in Germany 2015: 1,091,894 in the year; August 104,460, October about 181,000, November about 206,000 (the peak), December 127,320.',
    },
  },
  'bmi-easy-september-2015': {
    kind: 'source',
    publisher: 'Bundesministerium des Innern, Pressemitteilung vom 07.10.2015 (sicherheitsmelder.boorberg.de)',
    title: 'Asyl-Zugang im September 2015',
    date: '2015-10-07',
    url: 'https://sicherheitsmelder.boorberg.de/2015/10/23/asyl-zugang-im-september-2015/',
    note: {
      de: 'EASY-Registrierungen im September 2015 rund 164.000, von Januar bis September rund 577.000.',
      en: 'EASY registrations in September 2015 about 164,000, from January to September about 577,000.',
    },
  },
  'domradio-easy-2016': {
    kind: 'source',
    publisher: 'domradio.de',
    title: 'Meldung zu den EASY-Registrierungen im ersten Halbjahr 2016',
    date: '2016-07',
    url: 'https://domradio.de/node/277310',
    also: ['https://www.oe24.at/welt/zahl-der-fluechtlinge-in-deutschland-stark-gesunken/242673441'],
    note: {
      de: 'EASY-Registrierungen: 1. Quartal 2015 102.212; 2016 Januar 91.671, Februar 61.428, März 20.608, April bis Juni je rund 16.000–20.000.',
      en: 'EASY registrations: Q1 2015 102,212; 2016 January 91,671, February 61,428, March 20,608, April to June about 16,000–20,000 each.',
    },
  },
  'bayrvr-easy-2016-08': {
    kind: 'source',
    publisher: 'bayrvr.de (nach BMI)',
    title: 'BMI: 91.331 Asylanträge, 18.143 EASY-Registrierungen im August 2016',
    date: '2016-09-09',
    url: 'https://bayrvr.de/2016/09/09/bmi-91-331-asylantraege-18-143-easy-registrierungen-im-august-2016/',
    note: {
      de: 'EASY-Registrierungen im August 2016: 18.143, bei 91.331 Anträgen – die Anträge folgten 2016 dem Rückstau, nicht den Ankünften.',
      en: 'EASY registrations in August 2016: 18,143, against 91,331 applications — in 2016 applications followed the backlog, not arrivals.',
    },
  },
  'spiegel-asylantraege-2022': {
    kind: 'source',
    publisher: 'Der Spiegel (nach BAMF)',
    title: 'Mehr als 217.000 Menschen beantragten 2022 in Deutschland Asyl',
    date: '2023-01',
    url: 'https://www.spiegel.de/politik/deutschland/bundesamt-fuer-migration-und-flucht-mehr-als-217-000-menschen-beantragten-2022-in-deutschland-asyl-a-3dd6889c-f37b-47ee-a886-700da2aff00a',
    note: {
      de: '217.774 Asylerstanträge in Deutschland 2022.',
      en: '217,774 first asylum applications in Germany in 2022.',
    },
  },
  'frnrw-erstantraege-2021': {
    kind: 'source',
    publisher: 'Flüchtlingsrat NRW (nach BAMF)',
    title: '148.233 Asylerstanträge im Jahr 2021',
    date: '2022-01',
    url: 'https://frnrw.de/themen-a-z/statistik/148233-asylerstantraege-im-jahr-2021.html',
    note: {
      de: 'Von 148.233 Erstanträgen 2021 waren 25.879 für in Deutschland geborene Kinder unter einem Jahr (17 %).',
      en: 'Of 148,233 first applications in 2021, 25,879 were for children under one year born in Germany (17 %).',
    },
  },

  // ---- Königsteiner Schlüssel ------------------------------------------------------------------------------
  'biaj-ks-2016': {
    kind: 'source',
    publisher: 'Bremer Institut für Arbeitsmarktforschung und Jugendberufshilfe (BIAJ), expydoc.com',
    title: 'Königsteiner Schlüssel 2014–2016 (BIAJ-Tabelle)',
    date: '2016',
    url: 'https://expydoc.com/doc/8772835/null',
    note: {
      de: 'Hessens Anteil am Königsteiner Schlüssel: 7,50502 % (2014), 7,35890 % (2016).',
      en: 'Hessen’s Königsteiner share: 7.50502 % (2014), 7.35890 % (2016).',
    },
  },
  'niedersachsen-ks-2015': {
    kind: 'source',
    publisher: 'Land Niedersachsen (fluechtlinge.niedersachsen.de, nach BAMF)',
    title: 'Königsteiner Schlüssel',
    date: '2015',
    url: 'https://www.fluechtlinge.niedersachsen.de/startseite/koodinierung_fluechtlingsversorgung/fluechtlinge_niedersachsen/grundsaetzliches/koenigsteiner-schluessel-138225.html',
    also: ['http://asylinfo.landkreis-hof.de/hrf_faq/koenigsteiner-schluessel/'],
    note: {
      de: 'Hessens Anteil am Königsteiner Schlüssel 2015: 7,31557 %.',
      en: 'Hessen’s Königsteiner share in 2015: 7.31557 %.',
    },
  },
  'kiel-sozialbericht-2023': {
    kind: 'source',
    publisher: 'Landeshauptstadt Kiel (nach BAMF)',
    title: 'Sozialbericht 2023',
    date: '2023',
    url: 'https://www.kiel.de/de/gesundheit_soziales/sozialplanung_berichte_konferenzen/sozialbericht/_dokumente_sozialbericht/2023/85/',
    also: ['http://www.lahn-dill-kreis.de/aktuelles/fluechtlinge-im-ldk/der-koenigsteiner-schluessel/'],
    note: {
      de: 'Hessens Anteil am Königsteiner Schlüssel 2022: 7,4 % (gerundet).',
      en: 'Hessen’s Königsteiner share in 2022: 7.4 % (rounded).',
    },
  },

  // ---- asylum procedure and protection ---------------------------------------------------------------------
  'asylverfahren-dauer-2015': {
    kind: 'source',
    publisher: 'expydoc.com (Dokument zur Asylstatistik)',
    title: 'Wie lange dauern Asylverfahren?',
    date: '2015',
    url: 'https://expydoc.com/doc/9001392/wie-lange-dauern-asylverfahren%3F',
    note: {
      de: 'Das BAMF erhielt 2014 202.834 Asylanträge (173.072 Erstanträge).',
      en: 'BAMF received 202,834 asylum applications in 2014 (173,072 first applications).',
    },
  },
  'bt-drs-18-13472': {
    kind: 'source',
    publisher: 'Deutscher Bundestag (kleineanfragen.de)',
    title: 'Drs. 18/13472: Ergänzende Informationen zur Asylstatistik für das zweite Quartal 2017 – Schwerpunktfragen zur Asylverfahrensdauer',
    date: '2017',
    url: 'https://kleineanfragen.de/bundestag/18/13472-ergaenzende-informationen-zur-asylstatistik-fuer-das-zweite-quartal-2017-schwerpunktfragen-zur-asylverfahrensdauer.txt',
    note: {
      de: 'Verfahren des BAMF 2016 im Mittel 7,1 Monate, dazu rund 6 Monate vom Asylgesuch bis zum Antrag.',
      en: 'BAMF procedures in 2016 took 7.1 months on average, plus about 6 months from the request for asylum to the application.',
    },
  },
  'bt-drs-19-1631': {
    kind: 'source',
    publisher: 'Deutscher Bundestag (kleineanfragen.de)',
    title: 'Drs. 19/1631: Ergänzende Informationen zur Asylstatistik für das Jahr 2017 – Schwerpunktfragen zur Asylverfahrensdauer',
    date: '2018',
    url: 'https://kleineanfragen.de/bundestag/19/1631-ergaenzende-informationen-zur-asylstatistik-fuer-das-jahr-2017-schwerpunktfragen-zur-asylverfahrensdauer.txt',
    note: {
      de: 'Verfahren des BAMF 2017 im Mittel 10,7 Monate, dazu 4,2 Monate von der Einreise bis zum Antrag.',
      en: 'BAMF procedures in 2017 took 10.7 months on average, plus 4.2 months from entry to the application.',
    },
  },
  'bt-drs-19-7552': {
    kind: 'source',
    publisher: 'Deutscher Bundestag (kleineanfragen.de)',
    title: 'Drs. 19/7552: Ergänzende Informationen zur Asylstatistik für das dritte Quartal 2018 – Schwerpunktfragen zur Asylverfahrensdauer',
    date: '2019',
    url: 'https://kleineanfragen.de/bundestag/19/7552-ergaenzende-informationen-zur-asylstatistik-fuer-das-dritte-quartal-2018-schwerpunktfragen-zur-asylverfahrensdauer.txt',
    note: {
      de: 'Verfahren des BAMF im 2. Quartal 2018 im Mittel 7,3 Monate.',
      en: 'BAMF procedures in Q2 2018 took 7.3 months on average.',
    },
  },
  'bt-drs-18-4980': {
    kind: 'source',
    publisher: 'Deutscher Bundestag (kleineanfragen.de)',
    title: 'Drs. 18/4980: Ergänzende Informationen zur Asylstatistik für das erste Quartal 2015',
    date: '2015',
    url: 'https://kleineanfragen.de/bundestag/18/4980-ergaenzende-informationen-zur-asylstatistik-fuer-das-erste-quartal-2015.txt',
    note: {
      de: 'Bereinigte Schutzquote 2014: 48,5 %.',
      en: 'Adjusted protection rate 2014: 48.5 %.',
    },
  },
  'bt-drs-18-8450': {
    kind: 'source',
    publisher: 'Deutscher Bundestag (kleineanfragen.de)',
    title: 'Drs. 18/8450: Ergänzende Informationen zur Asylstatistik für das erste Quartal 2016',
    date: '2016',
    url: 'https://kleineanfragen.de/bundestag/18/8450-ergaenzende-informationen-zur-asylstatistik-fuer-das-erste-quartal-2016.txt',
    also: ['http://berlin-hilft.com/Glossary/schutzquote/'],
    note: {
      de: 'Schutzquote 2015 rund 50 % aller Entscheidungen, bereinigt 60,6 %.',
      en: 'Protection rate 2015 about 50 % of all decisions, 60.6 % adjusted.',
    },
  },
  'bt-drs-18-12623': {
    kind: 'source',
    publisher: 'Deutscher Bundestag (kleineanfragen.de)',
    title: 'Drs. 18/12623: Ergänzende Informationen zur Asylstatistik für das erste Quartal 2017',
    date: '2017',
    url: 'https://kleineanfragen.de/bundestag/18/12623-ergaenzende-informationen-zur-asylstatistik-fuer-das-erste-quartal-2017.txt',
    note: {
      de: 'Schutzquoten 2016: bereinigt 71,4 % (Höchststand); von Dezember 2015 bis November 2016 63,9 % aller Entscheidungen.',
      en: 'Protection rates 2016: 71.4 % adjusted (the highest ever); 63.9 % of all decisions from December 2015 to November 2016.',
    },
  },
  'biaj-asyl-2017': {
    kind: 'source',
    publisher: 'Bremer Institut für Arbeitsmarktforschung und Jugendberufshilfe (BIAJ)',
    title: 'BAMF-Asylentscheidungen und Asylanträge bis Dezember 2017',
    date: '2018-01',
    url: 'https://biaj.de/archiv-materialien/1028-bamf-asylentscheidungen-und-asylantraege-bis-dezember-2017.html',
    note: {
      de: 'Gesamtschutzquote 2017: 43,4 % (261.642 von 603.428 Entscheidungen).',
      en: 'Overall protection rate 2017: 43.4 % (261,642 of 603,428 decisions).',
    },
  },
  'biaj-asyl-2018': {
    kind: 'source',
    publisher: 'Bremer Institut für Arbeitsmarktforschung und Jugendberufshilfe (BIAJ)',
    title: 'BAMF-Asylentscheidungen und Asylanträge bis November 2018',
    date: '2018-12',
    url: 'http://biaj.de/archiv-materialien/1171-bamf-asylentscheidungen-und-asylantraege-bis-november-2018-tabellen-und-abbildungen.html',
    note: {
      de: 'Gesamtschutzquote Dezember 2017 bis November 2018: 35,1 %.',
      en: 'Overall protection rate December 2017 to November 2018: 35.1 %.',
    },
  },

  // ---- law changes and their practice in Hessen ----------------------------------------------------------------
  'unserac-asylpaket-1': {
    kind: 'source',
    publisher: 'unserac.de (Glossar)',
    title: 'Asylverfahrensbeschleunigungsgesetz',
    url: 'https://www.unserac.de/themen/fluechtlingshilfe-in-unserer-region/informationen/glossar/begriff/asylverfahrensbeschleunigungsgesetz.html',
    note: {
      de: 'Asylpaket I, in Kraft am 24.10.2015: Erstaufnahme bis zu 6 statt 3 Monate; Staatsangehörige sicherer Herkunftsstaaten bleiben bis zur Entscheidung.',
      en: 'Asylpaket I, in force on 24 Oct 2015: up to 6 instead of 3 months in Erstaufnahme; nationals of safe countries stay until the decision.',
    },
  },
  'esf-netwin-wohnverpflichtung': {
    kind: 'source',
    publisher: 'esf-netwin.de',
    title: 'Wann sind Geduldete nicht mehr verpflichtet, in einer Erstaufnahmeeinrichtung zu wohnen?',
    url: 'https://www.esf-netwin.de/2-4-wann-sind-geduldete-nicht-mehr-verpflichtet-in-einer-erstaufnahmeeinrichtung-zu-wohnen/',
    note: {
      de: 'Wohnverpflichtung in der Erstaufnahme höchstens 18 Monate, für Familien mit minderjährigen Kindern höchstens 6.',
      en: 'Obligation to live in Erstaufnahme at most 18 months, for families with minor children at most 6.',
    },
  },
  'cdu-hessen-wohnsitzauflage-2017': {
    kind: 'source',
    publisher: 'CDU Hessen (Innenminister Peter Beuth)',
    title: 'Innenminister Peter Beuth: Pressemitteilung zum Verfahren der Wohnsitzauflage',
    date: '2017',
    url: 'https://www.cduhessen.de/aktuelles/archiv/innenminister-peter-beuth-landesregierung-erlaesst-verfahren-zur-verpf/',
    note: {
      de: 'Hessen wendet die positive Wohnsitzzuweisung (§ 12a Abs. 3 AufenthG) ab 01.09.2017 an, für Anerkannte seit 01.03.2017, höchstens drei Jahre; Ziel: die Ballungsräume entlasten.',
      en: 'Hessen applies the positive residence assignment (§ 12a (3) AufenthG) from 1 Sep 2017, for persons recognised since 1 Mar 2017, for at most three years; aim: relieve the conurbations.',
    },
  },
  'integrationsnetz-wmk-wohnsitzauflage': {
    kind: 'source',
    publisher: 'integrationsnetz-wmk.de (Werra-Meißner-Kreis)',
    title: 'Meldung zur Wohnsitzauflage im Werra-Meißner-Kreis',
    date: '2017',
    url: 'http://www.integrationsnetz-wmk.de/details/?style=0&tx_news_pi1%5Bnews%5D=2723&cHash=dd91aaae847a8150e6d08f1d984ad160',
    also: ['http://fluechtlinge-frankfurt.de/wohnsitzauflage-in-hessen/'],
    note: {
      de: 'Die Wohnsitzauflage gilt in Hessen meist für einen Kreis oder eine kreisfreie Stadt, nicht für eine bestimmte Gemeinde.',
      en: 'In Hessen the residence rule usually names a Kreis or kreisfreie Stadt, not a particular Gemeinde.',
    },
  },

  // ---- Frankfurt am Main ---------------------------------------------------------------------------------------
  'welt-frankfurt-2016': {
    kind: 'source',
    publisher: 'Die Welt',
    title: 'Trotz weniger Flüchtlinge dringend Unterkünfte gebraucht',
    date: '2016-04',
    url: 'https://www.welt.de/regionales/hessen/article154058645/Trotz-weniger-Fluechtlinge-dringend-Unterkuenfte-gebraucht.html',
    note: {
      de: 'Das Land wies Frankfurt 2015 3.300 Personen zu, im 1. Quartal 2016 rund 1.500; April 2016 rund 4.400 Untergebrachte, davon 1.600 in Hallen und 600 in Hotels.',
      en: 'The Land assigned 3,300 persons to Frankfurt in 2015, about 1,500 in Q1 2016; April 2016 about 4,400 housed, 1,600 of them in halls and 600 in hotels.',
    },
  },
  'fnp-frankfurt-2016-11': {
    kind: 'source',
    publisher: 'Frankfurter Neue Presse',
    title: 'Stabsstelle zieht Zwischenbilanz: 25 neue Flüchtlinge pro Woche',
    date: '2016-11',
    url: 'http://www.fnp.de/lokales/frankfurt/Stabsstelle-zieht-Zwischenbilanz-25-neue-Fluechtlinge-pro-Woche;art675,2301816',
    note: {
      de: 'Frankfurt bekommt 25 Zuweisungen je Woche und hat 5.460 Plätze (Übergangs- und Notunterkünfte, 51 Hotels mit rund 1.300 Plätzen, Wohnungen).',
      en: 'Frankfurt gets 25 Zuweisungen a week and has 5,460 places (transitional and emergency accommodation, 51 hotels with about 1,300 places, flats).',
    },
  },
  'fnp-frankfurt-2016-12': {
    kind: 'source',
    publisher: 'Frankfurter Neue Presse',
    title: '2016 kamen deutlich weniger Flüchtlinge als erwartet nach Frankfurt',
    date: '2016-12',
    url: 'http://www.fnp.de/lokales/frankfurt/2016-kamen-deutlich-weniger-Fluechtlinge-als-erwartet-nach-Frankfurt;art675,2382033',
    note: {
      de: '2.416 Zuweisungen an Frankfurt 2016 statt der erwarteten 10.000; rund 1.100 in Notunterkünften, 1.000 in Hotels, 2.100 in Übergangsunterkünften.',
      en: '2,416 Zuweisungen to Frankfurt in 2016 instead of the expected 10,000; about 1,100 in emergency accommodation, 1,000 in hotels, 2,100 in transitional accommodation.',
    },
  },
  'fnp-frankfurt-2017-11': {
    kind: 'source',
    publisher: 'Frankfurter Neue Presse',
    title: 'Frankfurt kämpft mit Unterbringung von Flüchtlingen',
    date: '2017-11',
    url: 'http://www.fnp.de/lokales/frankfurt/Frankfurt-kaempft-mit-Unterbringung-von-Fluechtlingen;art675,2823980',
    note: {
      de: '4.800 Untergebrachte; rund 40 Zugänge und 30 Auszüge im Monat – kaum Abfluss in eigene Wohnungen.',
      en: '4,800 housed; about 40 arrivals and 30 departures a month — hardly any outflow into own flats.',
    },
  },
  'ffm-zahlen-2018': {
    kind: 'source',
    publisher: 'fluechtlinge-frankfurt.de',
    title: 'Aktuelle Zahlen',
    date: '2018-05',
    url: 'http://fluechtlinge-frankfurt.de/aktuelle-zahlen/',
    note: {
      de: 'Mai 2018: 4.856 Geflüchtete in rund 85 Unterkünften und rund 100 Wohnungen.',
      en: 'May 2018: 4,856 refugees in about 85 accommodations and about 100 flats.',
    },
  },
  'frankfurt-vorlage-b2-2025': {
    kind: 'source',
    publisher: 'Magistrat der Stadt Frankfurt am Main (über frankfurt-gestalten)',
    title: 'Bericht des Magistrats B 2/2025',
    date: '2025',
    url: 'https://frankfurt-gestalten.pages.dev/vorlage/B_2_2025',
    note: {
      de: 'Von der Stadt untergebrachte Geflüchtete jeweils im Januar: 4.775 (2018), 4.851 (2019), 4.544 (2020), 4.142 (2021), 3.703 (2022), 5.253 (2023), 4.864 (2024).',
      en: 'Refugees housed by the city each January: 4,775 (2018), 4,851 (2019), 4,544 (2020), 4,142 (2021), 3,703 (2022), 5,253 (2023), 4,864 (2024).',
    },
  },
  'evz-frankfurt-2024': {
    kind: 'source',
    publisher: 'Evangelische Zeitung',
    title: 'Frankfurt nimmt derzeit 155 Flüchtlinge pro Monat auf',
    date: '2024-07',
    url: 'https://evangelische-zeitung.de/frankfurt-nimmt-derzeit-155-fluechtlinge-pro-monat-auf',
    note: {
      de: '1. Halbjahr 2024: rund 155 Geflüchtete im Monat, davon rund 35 Zuweisungen des Landes je Woche; 5.628 Geflüchtete von der Stadt untergebracht.',
      en: 'First half of 2024: about 155 refugees a month, about 35 of them a week assigned by the Land; 5,628 refugees housed by the city.',
    },
  },

  // ---- other Kreise -----------------------------------------------------------------------------------------------
  'lk-kassel-unterbringung-2018': {
    kind: 'source',
    publisher: 'Landkreis Kassel',
    title: 'Flüchtlingshilfe: Unterbringung (frühere Fassung der Seite)',
    date: '2018',
    url: 'http://www.landkreiskassel.de/cms09/bildung/fluechtlingshilfeLKKS/Unterbringung/',
    note: {
      de: 'Der Landkreis betreibt seine Gemeinschaftsunterkünfte selbst; November 2015 bis März 2016 bis zu 150 Zugänge je Woche, Ende 2018 rund 40 im Monat.',
      en: 'The Landkreis runs its shared accommodation itself; November 2015 to March 2016 up to 150 arrivals a week, end of 2018 about 40 a month.',
    },
  },
  'lk-kassel-unterbringung-2022': {
    kind: 'source',
    publisher: 'Landkreis Kassel',
    title: 'Unterbringung und Betreuung',
    date: '2022',
    url: 'https://landkreiskassel.de/gesellschaft-und-bildung/fluechtlingshilfe/unterbringung-und-betreuung.php',
    note: {
      de: 'Ab November 2021 wieder rund 20 Asylsuchende je Woche, ab Februar 2022 dazu rund 150 Ukrainer je Woche.',
      en: 'From November 2021 again about 20 asylum seekers a week, from February 2022 about 150 Ukrainians a week on top.',
    },
  },
  'mittelhessen-ldk-2020': {
    kind: 'source',
    publisher: 'mittelhessen.de',
    title: 'Wie es der afghanischen Flüchtlingsfamilie in Braunfels geht',
    date: '2020-06',
    url: 'https://www.mittelhessen.de/lokales/wetzlar/braunfels/wie-es-der-afghanischen-fluchtlingsfamilie-in-braunfels-geht_21832713',
    note: {
      de: 'Der Lahn-Dill-Kreis bekommt 5–10 Zuweisungen je Woche (Juni 2020).',
      en: 'The Lahn-Dill-Kreis gets 5–10 Zuweisungen a week (June 2020).',
    },
  },
  'mittelhessen-lkgi-2021': {
    kind: 'source',
    publisher: 'mittelhessen.de',
    title: '1422 Flüchtlinge leben im Landkreis Gießen',
    date: '2021-02',
    url: 'https://www.mittelhessen.de/lokales/kreis-giessen/landkreis/1422-fluchtlinge-leben-im-landkreis-giessen_23229882',
    note: {
      de: 'Landkreis Gießen: Februar 2021 553 in Gemeinschaftsunterkünften und 869 in Wohnungen, 02.12.2019 657 und 852; August 2020 bis Januar 2021 99 Zuweisungen.',
      en: 'Landkreis Gießen: February 2021 553 in shared accommodation and 869 in flats, 2 Dec 2019 657 and 852; August 2020 to January 2021 99 Zuweisungen.',
    },
  },
  'ffh-mkk-2023': {
    kind: 'source',
    publisher: 'HIT RADIO FFH',
    title: 'Main-Kinzig-Kreis will Hessen verklagen – Verteilung von Geflüchteten',
    date: '2023',
    url: 'https://www.ffh.de/nachrichten/top-meldungen/361593-main-kinzig-kreis-will-hessen-verklagen-verteilung-von-gefluechteten.html',
    note: {
      de: 'Der Main-Kinzig-Kreis nahm 2022 9.200 Geflüchtete auf (2015/16 rund 6.400).',
      en: 'The Main-Kinzig-Kreis took in 9,200 refugees in 2022 (about 6,400 in 2015/16).',
    },
  },
  'gn-mkk-2023': {
    kind: 'source',
    publisher: 'Gelnhäuser Neue Zeitung',
    title: 'Zahl der Flüchtlinge steigt',
    date: '2023-02',
    url: 'https://www.gn-nachrichten.de/gelnhaeuser-nachrichten/zahl-fluechtlinge-steigt-id58172.html',
    note: {
      de: 'Main-Kinzig-Kreis 2022 bis Februar 2023: rund 7.000 Ukrainer und 2.900 Drittstaatler registriert; Anfang 2023 rund 90 Zugänge je Woche.',
      en: 'Main-Kinzig-Kreis 2022 to February 2023: about 7,000 Ukrainians and 2,900 third-country nationals registered; early 2023 about 90 arrivals a week.',
    },
  },
  'stern-mtk-2023': {
    kind: 'source',
    publisher: 'stern',
    title: 'Flüchtlingsgipfel in Berlin: Kommunen schlagen Alarm',
    date: '2023-02',
    url: 'https://www.stern.de/panorama/video-fluechtlingsgipfel-in-berlin---kommunen-schlagen-alarm-33199976.html',
    note: {
      de: 'Main-Taunus-Kreis Februar 2023: rund 8.700 Geflüchtete, davon rund 2.000 aus der Ukraine.',
      en: 'Main-Taunus-Kreis February 2023: about 8,700 refugees, about 2,000 of them from Ukraine.',
    },
  },

  // ---- Ukraine 2022 ----------------------------------------------------------------------------------------------
  'stern-ukraine-wohnungssuche-2022': {
    kind: 'source',
    publisher: 'stern.de (dpa/lhe)',
    title: 'Ukraine-Krieg: Wohnungssuche für Geflüchtete läuft auf Hochtouren',
    date: '2022-03',
    url: 'https://www.stern.de/gesellschaft/regional/ukraine-krieg-wohnungssuche-fuer-gefluechtete-laeuft-auf-hochtouren-31717616.html',
    also: ['https://www.main-echo.de/regional/rhein-main-hessen/hessische-kommunen-suchen-wohnungen-fuer-kriegsfluechtlinge-art-7516721'],
    note: {
      de: 'März 2022: Wohnungsbörsen der Kreise für private Zimmer und Wohnungen, Hotels und Jugendherbergen genutzt; viele kamen zuerst privat bei Freunden oder Verwandten unter; sechs Landkreise richteten Notunterkünfte für bis zu 1.000 Personen ein.',
      en: 'March 2022: the Kreise set up exchanges for private rooms and flats, used hotels and youth hostels; many first stayed privately with friends or relatives; six Landkreise set up emergency shelters for up to 1,000 persons.',
    },
  },
  'fr-ukrainer-2022': {
    kind: 'source',
    publisher: 'Frankfurter Rundschau',
    title: 'Ukrainische Geflüchtete in Hessen: Wohnraum wird dringend gesucht',
    date: '2022-08',
    url: 'https://www.fr.de/rhein-main/ukrainische-gefluechtete-in-hessen-wohnraum-wird-dringend-gesucht-91720267.html',
    note: {
      de: '78.156 Geflüchtete aus der Ukraine in Hessen (Innenministerium); Frankfurt: 8.100 beim Jugend- und Sozialamt gemeldet, 2.171 Plätze in Notunterkünften (1.564 belegt), 948 in angemieteten Hotels, die übrigen privat; Stadt Fulda: 948 gemeldet, fast alle in Wohnungen.',
      en: '78,156 refugees from Ukraine in Hessen (interior ministry); Frankfurt: 8,100 registered with the youth and social office, 2,171 places in emergency shelters (1,564 occupied), 948 in rented hotels, the others private; city of Fulda: 948 registered, almost all in flats.',
    },
  },
  'vodafone-landkreistag-2023': {
    kind: 'source',
    publisher: 'Vodafone live (dpa)',
    title: 'Deutscher Landkreistag: Kreise bei der Unterbringung Geflüchteter an der Grenze',
    date: '2023-01',
    url: 'https://live.vodafone.de/regional/hessen/drogen-jugendliche-konsumierten-2021-mehr-tabak-und-alkohol/11864866',
    note: {
      de: 'Januar 2023 (Landkreistag in Kassel): die Landkreise haben „längst“ ihre Grenze erreicht; immer mehr Menschen in Notunterkünften, Zelten oder Turnhallen.',
      en: 'January 2023 (association of Landkreise meeting in Kassel): the Landkreise reached their limit “long ago”; more and more people in emergency shelters, tents or gyms.',
    },
  },
  'hessenschau-kapazitaeten-2023': {
    kind: 'source',
    publisher: 'hessenschau.de',
    title: 'Kapazitäten bei Unterbringung von Flüchtlingen in Hessen erschöpft',
    date: '2023',
    url: 'https://www.hessenschau.de/politik/kapazitaeten-bei-unterbringung-von-fluechtlingen-in-hessen-erschoepft-v1,kurz-gefluechtete-108.html',
    note: {
      de: 'Hessischer Städtetag: Kapazitäten erschöpft, besonders in den großen Städten; Turnhallen wieder belegt; bezahlbarer Wohnraum nötig, um die Unterkünfte zu entlasten.',
      en: 'Hessian association of cities: capacities exhausted, especially in the large cities; gyms used again; affordable housing needed to relieve the accommodation.',
    },
  },
  'stern-erstaufnahme-2023': {
    kind: 'source',
    publisher: 'stern.de (dpa/lhe)',
    title: 'Kommunen: Hessen schafft mehr Erstaufnahmeplätze für Flüchtlinge',
    date: '2023-09',
    url: 'https://www.stern.de/gesellschaft/regional/hessen/kommunen--hessen-schafft-mehr-erstaufnahmeplaetze-fuer-fluechtlinge-33869846.html',
    note: {
      de: 'September 2023: 1.100–1.500 Zugänge je Woche in der Erstaufnahme (erstes Halbjahr meist 500–700); Plätze vorübergehend von über 8.000 auf 13.000; 2022 nahm Hessen 114.500 Geflüchtete auf, rund 97.000 aus der Ukraine.',
      en: 'September 2023: 1,100–1,500 arrivals a week in the Erstaufnahme (first half-year mostly 500–700); places raised temporarily from over 8,000 to 13,000; in 2022 Hessen took in 114,500 refugees, about 97,000 of them from Ukraine.',
    },
  },
  'hmdis-landesunterkuenfte-2022': {
    kind: 'source',
    publisher: 'Hessisches Ministerium des Innern und für Sport',
    title: 'Landesunterkünfte in Frankfurt und Limburg-Weilburg schließen',
    date: '2022-06',
    url: 'https://innenministerium4.hessen.de/presse/pressearchiv/landesunterkuenfte-in-frankfurt-und-limburg-weilburg-schliessen',
    note: {
      de: 'Rund 65.000 Ukrainer im hessischen Melderegister (Juni 2022); die Notunterkünfte des Landes schließen Ende Juni, Neuankommende kommen wieder in die Erstaufnahme.',
      en: 'About 65,000 Ukrainians in the Hessian population register (June 2022); the Land’s emergency shelters close at the end of June, new arrivals go to the Erstaufnahme again.',
    },
  },
  'hessenschau-ukrainer-erstaufnahme': {
    kind: 'source',
    publisher: 'hessenschau (hr)',
    title: 'Kaum noch ukrainische Geflüchtete in der Erstaufnahme in Hessen',
    url: 'https://www.hessenschau.de/gesellschaft/kaum-noch-ukrainische-gefluechtete-in-der-erstaufnahme-in-hessen-v1,kurz-erstaufnahme-ukrainer-100.html',
    note: {
      de: 'Mehr als 90.000 Ukrainer in Hessen; in der Erstaufnahme bleiben sie nur wenige Tage.',
      en: 'More than 90,000 Ukrainians in Hessen; they stay in Erstaufnahme for a few days only.',
    },
  },
  'hsgb-fluechtlingsaufnahme-2023': {
    kind: 'source',
    publisher: 'Hessischer Städte- und Gemeindebund',
    title: 'Kommunen und Flüchtlingsaufnahme: Bestandsaufnahme und Forderungen im Frühjahr 2023',
    date: '2023-06-21',
    url: 'https://hsgb.de/asyl-fluechtlinge/kommunen-und-fluechtlingsaufnahme-bestandsaufnahme-und-forderungen-im-fruehjahr-2023-1687337303/2023/06/21',
    note: {
      de: 'Januar bis April 2023: rund 9.900 Ukrainer und 4.900 andere Geflüchtete in Hessen registriert (Innenministerium).',
      en: 'January to April 2023: about 9,900 Ukrainians and 4,900 other refugees registered in Hessen (interior ministry).',
    },
  },

  // ---- municipal finance ---------------------------------------------------------------------------------------
  'haushaltssteuerung-kassenkredite-2015': {
    kind: 'source',
    publisher: 'haushaltssteuerung.de',
    title: 'Kommunale Kassenkredite in Hessen zum 31.12.2015',
    date: '2016',
    url: 'https://www.haushaltssteuerung.de/weblog-kommunale-kassenkredite-in-hessen-zum-31-12-2015.html',
    also: ['http://www.haushaltssteuerung.de/weblog-hessische-kommunen-mit-den-hoechsten-niedrigsten-kassenkreditschulden.html'],
    note: {
      de: 'Die 448 hessischen Kommunen hatten 6,4 Mrd. € Kassenkredite (1.055 € je Einwohner) am 31.12.2014 und 6,52 Mrd. € (1.066 € je Einwohner) am 31.12.2015; die Hälfte bei 12 Kommunen, darunter der Kreis Bergstraße, die Stadt Darmstadt und die Landkreise Darmstadt-Dieburg, Gießen und Groß-Gerau.',
      en: 'The 448 Hessian Kommunen held €6.4 bn in cash credits (€1,055 per inhabitant) on 31 Dec 2014 and €6.52 bn (€1,066 per inhabitant) on 31 Dec 2015; half of it with 12 Kommunen, among them Kreis Bergstraße, the city of Darmstadt and the Landkreise Darmstadt-Dieburg, Gießen and Groß-Gerau.',
    },
  },
  'schusg-hessen': {
    kind: 'source',
    publisher: 'Land Hessen',
    title: 'Gesetz zur Sicherstellung der dauerhaften finanziellen Leistungsfähigkeit konsolidierungsbedürftiger Kommunen (Schutzschirmgesetz – SchuSG) vom 14. Mai 2012',
    date: '2012-05-14',
    url: 'https://lexaris.de/book/version/documentflat/head/1327787',
    also: ['https://kommunalwiki.boell.de/index.php/Entschuldungsfonds_(Hessen)', 'https://finanzen.hessen.de/Kommunen/Kommunaler-Schutzschirm/Chronologie-des-Kommunalen-Schutzschirms'],
    note: {
      de: 'Entschuldungshilfen bis 2,8 Mrd. € für die in der Anlage genannten Kommunen (nach Kassenkrediten je Einwohner 2009/2010 und ordentlichem Ergebnis 2005–2009): 106 berechtigt, darunter 14 Landkreise und die Städte Darmstadt, Offenbach und Kassel; rund 100 nahmen teil; Beispiele der Entlastung: Darmstadt rund 186,6 Mio. €, Kreis Bergstraße rund 74,25 Mio. €, Landkreis Kassel rund 66,6 Mio. €.',
      en: 'Debt relief of up to €2.8 bn for the Kommunen listed in the annex (by cash credits per inhabitant 2009/2010 and ordinary result 2005–2009): 106 eligible, among them 14 Landkreise and the cities of Darmstadt, Offenbach and Kassel; about 100 took part; examples of relief: Darmstadt about €186.6 m, Kreis Bergstraße about €74.25 m, Landkreis Kassel about €66.6 m.',
    },
  },

  // ---- background ----------------------------------------------------------------------------------------------
  'mcgovern-2016': {
    kind: 'source',
    publisher: 'Universität Kassel, Fachgebiet Politisches System der BRD (Kasseler Diskussionspapiere i3, Nr. 5)',
    title: 'Karsten McGovern: Kommunale Integrationspolitik vor der Bewährungsprobe – Rahmenbedingungen und strategische Ausrichtung',
    date: '2016-06',
    note: {
      de: 'Der Ausgangspunkt des Projekts: die Kette von der Erstaufnahme bis zur Gemeinde, die Kosten, die langen Verträge der Kommunen und ihre Sparstrategien.',
      en: 'The project’s starting point: the chain from the Erstaufnahme to the Gemeinde, the costs, the long contracts of the Kommunen and their cost-cutting strategies.',
    },
  },

  // ---- not sources -----------------------------------------------------------------------------------------------
  modellannahme: {
    kind: 'assumption',
    title: 'Modellannahme',
    label: { de: 'Modellannahme', en: 'model assumption' },
    note: {
      de: 'Eine Setzung des Modells ohne veröffentlichten Beleg – ein Wert, eine Aufteilung, ein Datum oder eine Regel –, die man im Szenario ändern kann.',
      en: 'A choice of the model without a published figure — a value, a split, a date or a rule — that can be changed in the scenario.',
    },
  },
  unbelegt: {
    kind: 'assumption',
    title: 'Unbelegt (aus allgemeinem Wissen)',
    label: { de: 'unbelegt', en: 'no source found' },
    note: {
      de: 'Eine Angabe, die das Projekt aus allgemeinem Wissen verwendet, ohne eine Quelle gefunden zu haben; sie gilt wie eine Modellannahme, bis sie belegt ist.',
      en: 'A figure the project uses from general knowledge without having found a source; it counts as an assumption until it is backed.',
    },
  },
  lehrbeispiel: {
    kind: 'assumption',
    title: 'Lehrbeispiel (erfunden)',
    label: { de: 'Lehrbeispiel', en: 'teaching example' },
    note: {
      de: 'Für ein Lehrbeispiel erfunden: Gebiet, Zahlen und Regeln eines Landes, das es nicht gibt.',
      en: 'Invented for a teaching example: territory, figures and rules of a Land that does not exist.',
    },
  },
} satisfies Record<string, SourceEntry>;

/** Id of an entry: short, lowercase words joined by hyphens (e.g. `destatis-gvisys-2019`). */
export type SourceId = keyof typeof ENTRIES;

/** Every source and assumption the project cites, by id, in a stable order (grouped by topic). */
export const SOURCES: Readonly<Record<SourceId, SourceEntry>> = ENTRIES;

/** The ids in their order in SOURCES. */
export const SOURCE_IDS: readonly SourceId[] = Object.keys(ENTRIES) as SourceId[];

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(ENTRIES, id);
}

/** Form of an id: lowercase words of letters and digits joined by hyphens, the first of at least two characters. */
const ID = '[a-z][a-z0-9]+(?:-[a-z0-9]+)*';
export const SOURCE_ID_PATTERN = new RegExp(`^${ID}$`);
const CITATION = new RegExp(`^(${ID})(?:: (.+))?$`, 's');

/**
 * One citation: the id of a source or assumption and, optionally, what exactly is taken from it.
 *
 * A citation text — the values of a scenario's `sources`, an event's `source`, the derivations in the built-in
 * scenarios — is one or more citations separated by "; ", each `id` or `id: detail`, e.g.
 * `"welt-ausgereist-2016: Nov 2015 > 15.000; modellannahme: gleich verteilt"`. A detail contains no "; ".
 */
export interface Citation {
  readonly id: string;
  readonly detail?: string;
}

/** The citations of a citation text, or undefined if a part does not begin with an id (then it is plain text). */
export function parseCitations(text: string): Citation[] | undefined {
  const out: Citation[] = [];
  for (const part of text.split('; ')) {
    const m = CITATION.exec(part.trim());
    if (!m) return undefined;
    out.push(m[2] === undefined ? { id: m[1] as string } : { id: m[1] as string, detail: m[2] });
  }
  return out;
}

/** Joins citations into a citation text (the inverse of parseCitations). */
export function formatCitations(citations: readonly Citation[]): string {
  return citations.map((c) => (c.detail === undefined ? c.id : `${c.id}: ${c.detail}`)).join('; ');
}
