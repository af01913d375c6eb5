/** UI text dictionary: one entry per language, same keys in each. */

export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const de = {
  title: 'Zuweisungslabor Hessen',
  description:
    'Das Zuweisungslabor Hessen simuliert, wie Geflüchtete in Hessen aufgenommen und untergebracht werden: ' +
    'von der Erstaufnahme (RP Gießen) über die Zuweisung (RP Darmstadt) an die 21 Landkreise und 5 kreisfreien Städte ' +
    'bis in die kreisangehörigen Gemeinden.',
  // Label of the toggle: names the language it switches TO, in that language.
  switchLang: 'English',
  sources: 'Datenquellen',
};

export type Messages = typeof de;

const en: Messages = {
  title: 'Zuweisungslabor Hessen',
  description:
    'Zuweisungslabor Hessen simulates how refugees are received and housed in Hessen: ' +
    'from initial reception (Erstaufnahme, RP Gießen) via allocation (Zuweisung, RP Darmstadt) to the ' +
    '21 districts (Landkreise) and 5 district-free cities, and on to the municipalities within the districts.',
  switchLang: 'Deutsch',
  sources: 'Data sources',
};

export const MESSAGES: Record<Lang, Messages> = { de, en };
