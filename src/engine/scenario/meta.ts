/** What is known of each scenario field beyond its type — names, unit, source, how events may change it — as zod registry metadata. */
import { z } from 'zod';

export interface Text {
  readonly de: string;
  readonly en: string;
}

/** How a value is measured: what the Szenario view writes next to it and the documentation calls it. */
export const UNITS = {
  days: { de: 'Tage', en: 'days', one: { de: 'Tag', en: 'day' } },
  months: { de: 'Monate', en: 'months', one: { de: 'Monat', en: 'month' } },
  persons: { de: 'Personen', en: 'persons', one: { de: 'Person', en: 'person' } },
  personsPerDay: { de: 'Personen je Tag', en: 'persons per day' },
  personsPerMonth: { de: 'Personen je Monat', en: 'persons per month' },
  personsPerThousand: { de: 'Personen je 1.000 Einwohner', en: 'persons per 1,000 inhabitants' },
  places: { de: 'Plätze', en: 'places', one: { de: 'Platz', en: 'place' } },
  placesPerThousand: { de: 'Plätze je 1.000 Einwohner', en: 'places per 1,000 inhabitants' },
  eurPlaceDay: { de: '€ je Platz und Tag', en: 'EUR per place-day' },
  eurPersonDay: { de: '€ je Person und Tag', en: 'EUR per person-day' },
  eurPersonMonth: { de: '€ je Person und Monat', en: 'EUR per person-month' },
  eurPerInhabitant: { de: '€ je Einwohner', en: 'EUR per inhabitant' },
  squareMetresPerPerson: { de: 'm² je Person', en: 'm² per person' },
  // Shares are written 0…1 in a file and shown as percent.
  share: { de: '%', en: '%', written: 'share (0–1)' },
  percentagePoints: { de: 'Prozentpunkte', en: 'percentage points', written: 'difference of shares' },
  factor: { de: 'Faktor', en: 'factor' },
  none: { de: '', en: '' },
} as const satisfies Record<string, Text & { readonly one?: Text; readonly written?: string }>;
export type UnitKind = keyof typeof UNITS;

/** The metadata of one field. Everything is optional; a field without a label has none of its own in the Szenario view. */
export interface FieldMeta {
  /** Readable name of the parameter. */
  readonly label?: Text;
  /** What the field is, one sentence for the table of all fields (English). */
  readonly description?: string;
  /** Unit of the value, of each entry of a list or record, and of the fields below it that name none. */
  readonly unit?: UnitKind;
  /** Read only when a run starts: an event may not set it or anything under it. */
  readonly startOnly?: true;
  /** A record an event may add entries to. */
  readonly openRecord?: true;
  /** Where the value comes from: a citation text (`id: detail; …`, ids of src/engine/sources.ts; `modellannahme` for a choice of the model). */
  readonly source?: string;
  /** What the keys of a record are ("Kreis AGS"). */
  readonly keys?: string;
  /** The type as the documentation names it, where the schema alone does not tell (a date, a distribution). */
  readonly type?: string;
  /** Documented as one value: the catalogue lists no fields below it. */
  readonly atomic?: true;
}

/** The catalogue's registry. Metadata of a schema is inherited by its refinements and copies (zod registries look up the parent). */
export const fieldRegistry = z.registry<FieldMeta>();

/** A copy of the schema with metadata: shared building blocks (`share`, `places`, …) stay untagged. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const copy = schema.clone();
  fieldRegistry.add(copy, meta);
  return copy;
}

/** Tags a building block itself (a date, a distribution): every field made from it inherits the metadata. */
export function kind<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldRegistry.add(schema, meta);
  return schema;
}
