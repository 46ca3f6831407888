import type { nlUi } from '../nl/ui.ts';

export const enUi: Record<keyof typeof nlUi, string> = {
  'app.name': 'Kring',
  'role.admin': 'administrator',
  'role.coordinator': 'social safety coordinator',
  'role.facilitator': 'facilitator',
  'role.teacher': 'teacher',
  'role.confidant': 'confidant',
  'role.leader': 'school leader',
};
