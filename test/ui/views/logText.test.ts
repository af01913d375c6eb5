// @vitest-environment node
/** Run log entries worded by the UI: unit names, Lage names and number formatting in German and English. */
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/engine/metrics/result.ts';
import { logText } from '../../../src/ui/views/log/logText.ts';

const NAMES: Record<string, string> = { '06440': 'Wetteraukreis', '06435': 'Main-Kinzig-Kreis' };
const nameOf = (id: string) => NAMES[id];
const base = { day: 3, date: '2016-01-04' };

describe('logText', () => {
  it('words a change of Lage with the unit’s name', () => {
    const e: LogEntry = { ...base, kind: 'lage', unit: '06440', from: 'angespannt', to: 'ueberlastet' };
    expect(logText(e, 'de', nameOf)).toBe('Wetteraukreis: angespannt → überlastet');
    expect(logText(e, 'en', nameOf)).toBe('Wetteraukreis: tight (angespannt) → overloaded (überlastet)');
  });

  it('words procurement with formatted numbers, the type and the plural', () => {
    const ordered: LogEntry = { ...base, kind: 'beschaffung', unit: '06435', action: 'bestellt', places: 120, type: 'gu' };
    expect(logText(ordered, 'de', nameOf)).toBe('Main-Kinzig-Kreis: 120 Plätze (Gemeinschaftsunterkunft) bestellt');
    expect(logText(ordered, 'en', nameOf)).toBe('Main-Kinzig-Kreis: 120 places (shared accommodation) ordered');
    const many: LogEntry = { ...ordered, places: 1500, type: 'wohnung' };
    expect(logText(many, 'de', nameOf)).toBe('Main-Kinzig-Kreis: 1.500 Plätze (Wohnung) bestellt');
    expect(logText(many, 'en', nameOf)).toBe('Main-Kinzig-Kreis: 1,500 places (flat) ordered');
    const notice: LogEntry = { ...base, kind: 'beschaffung', unit: '06440', action: 'gekuendigt', places: 1, type: 'hotel' };
    expect(logText(notice, 'de', nameOf)).toBe('Wetteraukreis: Vertrag über 1 Platz (Hotel/Pension) gekündigt');
    expect(logText(notice, 'en', nameOf)).toBe('Wetteraukreis: notice given on a contract for 1 place (hotel/guesthouse)');
  });

  it('takes an event’s label from the scenario in the chosen language', () => {
    const e: LogEntry = { ...base, kind: 'ereignis', unit: null, event: 2, label: { de: 'Quote geändert', en: 'Quota changed' } };
    expect(logText(e, 'de', nameOf)).toBe('Quote geändert');
    expect(logText(e, 'en', nameOf)).toBe('Quota changed');
  });

  it('stays readable for a unit or type it does not know', () => {
    const e: LogEntry = { ...base, kind: 'beschaffung', unit: '99999', action: 'bestellt', places: 2, type: 'zelt' };
    expect(logText(e, 'de', nameOf)).toBe('Einheit 99999: 2 Plätze (zelt) bestellt');
  });
});
