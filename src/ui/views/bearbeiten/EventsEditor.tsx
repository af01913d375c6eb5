/** The dated events of the draft: listed by date, added, removed, their date, labels, parameter changes and place changes edited. */
import { entryAt } from '../../../engine/scenario/catalogue.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/index.ts';
import { useDraftStore } from './draft.tsx';
import { JsonField, TextField } from './Fields.tsx';
import { EDITOR_MESSAGES } from './messages.ts';

export function EventsEditor({ draft }: { draft: Scenario }) {
  const { lang } = useI18n();
  const m = EDITOR_MESSAGES[lang];
  const store = useDraftStore();
  const events = draft.events;
  const date = entryAt('events.0.date')!;
  const label = entryAt('events.0.label')!;
  const set = entryAt('events.0.set')!;
  const capacity = entryAt('events.0.capacity')!;
  const labelText = label.type;
  // The label is a text { de, en }: each language is a string checked as its part of the schema.
  const textSchema = (labelText as unknown as { shape: { de: typeof date.type } }).shape.de;
  const add = () =>
    store.edit((d) => {
      d.events.push({ date: d.period.start, label: { ...m.newEvent }, set: {} });
    });
  return (
    <div className="edit-events">
      {events.length === 0 && <p>{m.noEvents}</p>}
      <ol>
        {events.map((e, i) => (
          <li key={i}>
            <fieldset className="edit-group" data-path={`events.${i}`}>
              <legend>{m.eventN(i + 1, formatDate(lang, e.date))}</legend>
              <TextField label={`${m.eventDate} (${m.dateFormat})`} schema={date.type} value={e.date} onCommit={(v) => store.edit((d) => void (d.events[i]!.date = v))} />
              <TextField label={m.eventLabelDe} schema={textSchema} value={e.label.de} onCommit={(v) => store.edit((d) => void (d.events[i]!.label.de = v))} />
              <TextField label={m.eventLabelEn} schema={textSchema} value={e.label.en} onCommit={(v) => store.edit((d) => void (d.events[i]!.label.en = v))} />
              <JsonField
                label={m.eventSet}
                schema={set.schema}
                optional
                value={e.set}
                onCommit={(v) =>
                  store.edit((d) => {
                    if (v === undefined) delete d.events[i]!.set;
                    else d.events[i]!.set = v as Record<string, unknown>;
                  })
                }
              />
              <JsonField
                label={m.eventCapacity}
                schema={capacity.schema}
                optional
                value={e.capacity}
                onCommit={(v) =>
                  store.edit((d) => {
                    if (v === undefined) delete d.events[i]!.capacity;
                    else d.events[i]!.capacity = v as NonNullable<Scenario['events'][number]['capacity']>;
                  })
                }
              />
              <button type="button" onClick={() => store.edit((d) => void d.events.splice(i, 1))}>
                {m.removeEvent}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add}>
        {m.addEvent}
      </button>
    </div>
  );
}
