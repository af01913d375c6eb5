/** Kreis → Gemeinde `selbst`: the Kreis houses everyone in its own accommodation (e.g. LK Kassel, Darmstadt-Dieburg). */
import { KREIS_HOUSES, type KreisPolicy } from '../types.ts';

export const selbst: KreisPolicy = {
  id: 'selbst',
  label: { de: 'Kreis bringt selbst unter', en: 'Kreis houses everyone itself' },
  description: {
    de: 'Der Landkreis behält alle zugewiesenen Personen in eigenen oder angemieteten Unterkünften; die Gemeinden erhalten keine Zuweisungen.',
    en: 'The Landkreis keeps all assigned persons in its own or rented accommodation; the municipalities receive no assignments.',
  },
  assign({ offer }) {
    return new Int32Array(offer.count).fill(KREIS_HOUSES);
  },
};
