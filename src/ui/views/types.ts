/** What every view receives: the run's data, the day under the cursor, and the selected unit. */
import type { RunData } from '../data/runData.ts';

export interface ViewProps {
  readonly data: RunData;
  /** Changes with every streamed slice; use it as a dependency when drawing from `data`. */
  readonly version: number;
  /** Whole simulated day under the cursor. */
  readonly day: number;
  /** Selected unit id (Kreis, Gemeinde or Erstaufnahme site) or null. */
  readonly selected: string | null;
  readonly onSelect: (id: string | null) => void;
}
