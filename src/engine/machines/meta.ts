/** The annotation every state carries: who is responsible, on which legal basis, what happens (de/en). */

export interface I18nText {
  readonly de: string;
  readonly en: string;
}

export interface StateMeta {
  /** The responsible office (Zuständigkeit). */
  readonly office: I18nText;
  /** Legal bases, as cited in Hessian administrative practice. */
  readonly legalBasis: readonly string[];
  /** What happens in this state. */
  readonly text: I18nText;
  /** Typical duration, if the model has one (free text for trainees). */
  readonly duration?: I18nText;
}
