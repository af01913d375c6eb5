/**
 * The published budget context of the Hessian Kommunen for a scenario's optional `fiscal` layer: the Land-wide
 * Kassenkredite per inhabitant and the Schutzschirm participants named in the sources.
 */
import type { ScenarioInput } from '../scenario/schema.ts';

/**
 * End of 2015: 1,066 EUR Kassenkredite per inhabitant on average [haushaltssteuerung-kassenkredite-2015] (no figure
 * per Kommune was found, so every Kommune gets the mean); Schutzschirm participants named in [schusg-hessen]: the
 * cities of Darmstadt, Offenbach and Kassel, Kreis Bergstraße and Landkreis Kassel (of 14 Landkreise, the others are
 * not named there).
 */
export const FISKAL_HESSEN_2015: NonNullable<ScenarioInput['fiscal']> = {
  date: '2015-12-31',
  kassenkrediteEurPerInhabitant: 1066,
  kommunen: {
    '06411': { schutzschirm: true, source: 'schusg-hessen: Stadt Darmstadt, Entlastung rund 186,6 Mio. €' },
    '06413': { schutzschirm: true, source: 'schusg-hessen: Stadt Offenbach unter den berechtigten kreisfreien Städten' },
    '06611': { schutzschirm: true, source: 'schusg-hessen: Stadt Kassel unter den berechtigten kreisfreien Städten' },
    '06431': { schutzschirm: true, source: 'schusg-hessen: Kreis Bergstraße, Entlastung rund 74,25 Mio. €' },
    '06633': { schutzschirm: true, source: 'schusg-hessen: Landkreis Kassel, Entlastung rund 66,6 Mio. €' },
  },
};
