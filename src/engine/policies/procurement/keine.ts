/** Procurement `keine`: no new places are procured (only the scenario's dated capacity changes apply). */
import type { ProcurementPolicy } from '../types.ts';

export const keine: ProcurementPolicy = {
  id: 'keine',
  label: { de: 'Keine Beschaffung', en: 'No procurement' },
  description: {
    de: 'Es werden keine Plätze beschafft; Überhang geht in Notunterkünfte.',
    en: 'No places are procured; overflow goes to emergency shelters.',
  },
  decide() {
    return [];
  },
};
