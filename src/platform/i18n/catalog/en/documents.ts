import type { nlDocuments } from '../nl/documents.ts';

export const enDocuments: Record<keyof typeof nlDocuments, string> = {
  'document.briefing.howItGoes': 'How the conversation goes',
  'document.briefing.rules': 'Our agreements',
};
