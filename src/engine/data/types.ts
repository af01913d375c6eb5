/** Shapes of the region data the engine runs on: Kreise (incl. kreisfreie Städte) and Gemeinden. */

export type KreisKind = 'landkreis' | 'kreisfreie-stadt';
/** Tier of the LAG "große Pauschale" [hlt-drs-19-3266]: I = Rhein-Main Großstädte, II = Kassel + Landkreise RB Darmstadt, III = Landkreise RB Gießen/Kassel. */
export type PauschaleStufe = 'I' | 'II' | 'III';

export interface KreisRecord {
  /** Amtlicher Gemeindeschlüssel of the Kreis (5 digits). */
  readonly ags: string;
  readonly name: string;
  readonly kind: KreisKind;
  readonly regierungsbezirk: string;
  /** Einwohner at the reference date of the region. */
  readonly population: number;
  readonly areaKm2?: number;
  readonly pauschaleStufe: PauschaleStufe;
}

export interface GemeindeRecord {
  /** Amtlicher Gemeindeschlüssel (8 digits). */
  readonly ags: string;
  readonly name: string;
  /** AGS of the Kreis the Gemeinde belongs to. */
  readonly kreisAgs: string;
  readonly population: number;
  /** Gemeinde centre, WGS84 degrees. */
  readonly lon: number;
  readonly lat: number;
}

export interface RegionData {
  readonly id: string;
  readonly name: string;
  /** Reference date of population figures, ISO. */
  readonly stand: string;
  readonly kreise: readonly KreisRecord[];
  /** All Gemeinden, including the Gemeinde of each kreisfreie Stadt (same territory as the Stadt). */
  readonly gemeinden: readonly GemeindeRecord[];
  readonly attribution: readonly string[];
}
