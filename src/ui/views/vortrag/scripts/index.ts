/** The chapter scripts shipped with the app, by id (each checked against the schema when the module loads). */
import { chapterScriptSchema, type ChapterScript } from '../script.ts';
import zeitraum20222024 from './2022-2024.json';
import herbst2015 from './herbst-2015.json';
import musterkreis from './musterkreis.json';
import zyklus20142019 from './zyklus-2014-2019.json';

export const BUILTIN_SCRIPTS: Readonly<Record<string, ChapterScript>> = Object.fromEntries(
  [musterkreis, herbst2015, zyklus20142019, zeitraum20222024].map((s) => {
    const script = chapterScriptSchema.parse(s);
    return [script.id, script];
  }),
);
