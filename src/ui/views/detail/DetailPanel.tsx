/** DetailPanel: placeholder until the panel is built. */
import type { ViewProps } from '../types.ts';

export function DetailPanel({ data, day, selected, onSelect }: ViewProps) {
  const u = selected === null ? undefined : data.indexById.get(selected);
  if (u === undefined) return null;
  return (
    <section aria-label={data.units[u]!.name}>
      <h2>{data.units[u]!.name}</h2>
      <p>{data.total('present', u, day)}</p>
      <button type="button" onClick={() => onSelect(null)}>
        ×
      </button>
    </section>
  );
}
