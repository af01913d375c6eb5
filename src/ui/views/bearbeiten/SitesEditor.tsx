/** The Erstaufnahme sites of the draft: name and host of each, and its places over time as a table of periods. */
import { entryAt } from '../../../engine/scenario/catalogue.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { useI18n } from '../../i18n/index.ts';
import { useDraftStore } from './draft.tsx';
import { ListField, setAt, SourceNote, TextField } from './Fields.tsx';

export function SitesEditor({ draft }: { draft: Scenario }) {
  const { lang } = useI18n();
  const store = useDraftStore();
  const entry = entryAt('erstaufnahme.sites')!;
  const name = entryAt('erstaufnahme.sites.0.name')!;
  const host = entryAt('erstaufnahme.sites.0.host')!;
  const places = entryAt('erstaufnahme.sites.0.capacity.0.places')!;
  return (
    <fieldset className="edit-group" data-path="erstaufnahme.sites">
      <legend>{entry.label?.[lang]}</legend>
      {draft.erstaufnahme.sites.map((site, i) => {
        const capacity = entryAt(`erstaufnahme.sites.${i}.capacity`)!;
        const label = `${site.name} (${site.id})`;
        return (
          <fieldset key={i} className="edit-group">
            <legend>{label}</legend>
            <TextField label={`${label}: ${lang === 'de' ? 'Name' : 'name'}`} schema={name.type} value={site.name} onCommit={(v) => store.edit(setAt(`erstaufnahme.sites.${i}.name`, v))} />
            <TextField label={`${label}: ${lang === 'de' ? 'Standort (AGS)' : 'host (AGS)'}`} schema={host.type} value={site.host} onCommit={(v) => store.edit(setAt(`erstaufnahme.sites.${i}.host`, v))} />
            <ListField entry={capacity} label={`${label}: ${lang === 'de' ? 'Plätze ab Datum' : 'places from date'}`} value={site.capacity} onCommit={(v) => store.edit(setAt(`erstaufnahme.sites.${i}.capacity`, v))} />
          </fieldset>
        );
      })}
      <SourceNote path="erstaufnahme.sites" catalogueSource={places.source} sources={draft.sources} />
    </fieldset>
  );
}
