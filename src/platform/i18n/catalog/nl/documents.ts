/** Texts of documents Kring generates (PDFs, exports). */
export const nlDocuments = {
  'document.briefing.howItGoes': 'Zo gaat het gesprek',
  'document.briefing.rules': 'Onze afspraken',
} as const;
