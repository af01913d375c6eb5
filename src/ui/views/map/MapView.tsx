/** MapView: placeholder until the view is built. */
import type { ViewProps } from '../types.ts';

export function MapView({ data, day }: ViewProps) {
  return (
    <p>
      {data.scenarioId} · {data.days[day]}
    </p>
  );
}
