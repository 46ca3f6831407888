/** Texts of the Spiegel module: planning, templates, the facilitator console, the projector and phones. */
export const nlSpiegel = {
  'spiegel.title': 'Spiegelgesprekken',
} as const;
