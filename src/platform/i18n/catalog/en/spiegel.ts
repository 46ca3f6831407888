import type { nlSpiegel } from '../nl/spiegel.ts';

export const enSpiegel: Record<keyof typeof nlSpiegel, string> = {
  'spiegel.title': 'Mirror conversations',
};
