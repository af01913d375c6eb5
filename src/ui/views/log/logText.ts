/** The text of a run log entry in the UI's language, with the unit's name and the UI's number formatting. */
import type { LogEntry } from '../../../engine/metrics/result.ts';
import { formatNumber } from '../../format.ts';
import type { Lang } from '../../i18n/index.ts';
import { LOG_MESSAGES } from './messages.ts';

/** Resolves a unit id to its name (undefined if the run has no such unit). */
export type NameOf = (id: string) => string | undefined;

export function logText(entry: LogEntry, lang: Lang, nameOf: NameOf): string {
  const m = LOG_MESSAGES[lang];
  switch (entry.kind) {
    case 'ereignis':
      return entry.label[lang];
    case 'lage':
      return m.lageChange(nameOf(entry.unit) ?? m.unknownUnit(entry.unit), m.lage[entry.from], m.lage[entry.to]);
    case 'beschaffung': {
      const unit = nameOf(entry.unit) ?? m.unknownUnit(entry.unit);
      // A type the UI does not know yet is shown by its id rather than dropped.
      const type = (m.type as Record<string, string>)[entry.type] ?? entry.type;
      const say = entry.action === 'bestellt' ? m.ordered : m.noticeGiven;
      return say(unit, entry.places, formatNumber(lang, entry.places), type);
    }
  }
}
