/** Texts of the web app's pages and components. */
export const nlUi = {
  'app.name': 'Kring',
  'role.admin': 'beheerder',
  'role.coordinator': 'coördinator sociale veiligheid',
  'role.facilitator': 'gespreksleider',
  'role.teacher': 'docent',
  'role.confidant': 'vertrouwenspersoon',
  'role.leader': 'schoolleider',
} as const;
