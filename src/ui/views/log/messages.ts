/** Texts of the run log's entries (German default, English): the engine logs data, the UI words it. */
import type { LageCode } from '../../../engine/metrics/result.ts';
import type { UnitType } from '../../data/runData.ts';
import type { Lang } from '../../i18n/index.ts';

export interface LogMessages {
  /** Lage names as the log shows them. */
  readonly lage: Record<LageCode, string>;
  /** Accommodation types in the singular, as the name of a contract's places. */
  readonly type: Record<UnitType, string>;
  /** "<unit>: <from> → <to>"; names already resolved. */
  readonly lageChange: (unit: string, from: string, to: string) => string;
  /** Places ordered; `places` is formatted, `n` the number (for the plural). */
  readonly ordered: (unit: string, n: number, places: string, type: string) => string;
  /** Notice given on a contract over places. */
  readonly noticeGiven: (unit: string, n: number, places: string, type: string) => string;
  /** A unit the run does not know (kept readable rather than failing). */
  readonly unknownUnit: (id: string) => string;
}

const de: LogMessages = {
  lage: { normal: 'normal', angespannt: 'angespannt', ueberlastet: 'überlastet', notbetrieb: 'Notbetrieb' },
  type: { eigene: 'eigene Unterkunft', gu: 'Gemeinschaftsunterkunft', wohnung: 'Wohnung', hotel: 'Hotel/Pension', notunterkunft: 'Notunterkunft' },
  lageChange: (unit, from, to) => `${unit}: ${from} → ${to}`,
  ordered: (unit, n, places, type) => `${unit}: ${places} ${n === 1 ? 'Platz' : 'Plätze'} (${type}) bestellt`,
  noticeGiven: (unit, n, places, type) => `${unit}: Vertrag über ${places} ${n === 1 ? 'Platz' : 'Plätze'} (${type}) gekündigt`,
  unknownUnit: (id) => `Einheit ${id}`,
};

const en: LogMessages = {
  lage: { normal: 'normal', angespannt: 'tight (angespannt)', ueberlastet: 'overloaded (überlastet)', notbetrieb: 'emergency mode (Notbetrieb)' },
  type: { eigene: 'own building', gu: 'shared accommodation', wohnung: 'flat', hotel: 'hotel/guesthouse', notunterkunft: 'emergency shelter' },
  lageChange: (unit, from, to) => `${unit}: ${from} → ${to}`,
  ordered: (unit, n, places, type) => `${unit}: ${places} ${n === 1 ? 'place' : 'places'} (${type}) ordered`,
  noticeGiven: (unit, n, places, type) => `${unit}: notice given on a contract for ${places} ${n === 1 ? 'place' : 'places'} (${type})`,
  unknownUnit: (id) => `unit ${id}`,
};

export const LOG_MESSAGES: Record<Lang, LogMessages> = { de, en };
