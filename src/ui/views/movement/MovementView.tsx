/** MovementView: placeholder until the view is built. */
import type { ViewProps } from '../types.ts';

export function MovementView({ data, day }: ViewProps) {
  return (
    <p>
      {data.scenarioId} · {data.days[day]}
    </p>
  );
}
