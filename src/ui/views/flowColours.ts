/** Colours of the kinds of flow that more than one view draws, so that a kind looks the same wherever it is shown. */

/**
 * Moves within a Kreis out of Notunterkunft (records `kreisintern`): a raspberry red, apart from the warm tones of the
 * Erstaufnahme, the blues, greens and purples of the Kreise and the greys of the Flüsse view, and from the four
 * colours of the Bewegung view.
 */
export const KREISINTERN_COLOUR = '#D81B60';
