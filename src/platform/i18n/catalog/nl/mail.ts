/** Texts of the emails Kring sends. */
export const nlMail = {
  'mail.greeting': 'Hallo,',
  'mail.signature': 'Met vriendelijke groet,\nKring',
  'mail.invitation.subject': 'Je bent uitgenodigd voor Kring ({school})',
  'mail.invitation.body':
    '{inviter} nodigt je uit om als {role} mee te doen in Kring voor {school} ({organisation}).\n\nOpen deze link om je account te maken of je nieuwe rol te aanvaarden:\n{link}\n\nDe link werkt tot {expires}. Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
  'mail.reset.subject': 'Een nieuw wachtwoord voor Kring',
  'mail.reset.body':
    'Iemand heeft gevraagd om het wachtwoord van dit account opnieuw in te stellen. Was jij dat? Open dan deze link:\n{link}\n\nDe link werkt één uur en maar één keer. Heb jij niets gevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
  'mail.aftercare.subject': 'Iemand vraagt om nazorg na een spiegelgesprek',
  'mail.aftercare.body':
    'Na het spiegelgesprek ‘{session}’ heeft iemand gevraagd om nazorg, bijvoorbeeld om na te praten. Jij bent het aanspreekpunt van dit gesprek.\n\nLog in; het verzoek staat op je startpagina:\n{link}\n\nIn deze e-mail staat bewust niet wat er gevraagd is.',
  'mail.meldpunt.ack.subject': 'Een melding bij {school} wacht op een eerste reactie',
  'mail.meldpunt.ack.body':
    'Er is een melding bij het meldpunt van {school} die nog niet is bevestigd. De melder hoort uiterlijk {due} van de school.\n\nOpen de melding in Kring (na het inloggen):\n{link}\n\nIn deze mail staat bewust niets over de inhoud.',
  'mail.meldpunt.feedback.subject': 'Een melding bij {school} wacht op terugkoppeling',
  'mail.meldpunt.feedback.body':
    'Bij een melding van {school} moet de melder uiterlijk {due} terugkoppeling krijgen over wat de school ermee doet.\n\nOpen de melding in Kring (na het inloggen):\n{link}\n\nIn deze mail staat bewust niets over de inhoud.',
  'mail.meldpunt.report.subject': 'Nieuwe melding bij het meldpunt van {school}',
  'mail.meldpunt.report.body':
    'Er is een nieuwe melding binnengekomen bij het meldpunt van {school}.\n\nOpen de melding in Kring (na het inloggen):\n{link}\n\nIn deze mail staat bewust niets over de inhoud.',
  'mail.meldpunt.message.subject': 'Nieuw bericht bij een melding van {school}',
  'mail.meldpunt.message.body':
    'Een leerling heeft iets geschreven bij een melding van {school}. Was de melding afgesloten, dan staat die nu weer open.\n\nOpen de melding in Kring (na het inloggen):\n{link}\n\nIn deze mail staat bewust niets over de inhoud.',
  'mail.meldpunt.crisis.subject': 'Crisisaanpak gestart voor {school}',
  'mail.meldpunt.crisis.body':
    'Voor {school} is in Kring de crisisaanpak voor het bestuur gestart. In het crisislogboek houdt het bestuur bij welke stappen gezet zijn, wanneer en door wie.\n\nOpen het logboek (na het inloggen):\n{link}\n\nIn deze mail en in het logboek staat niets uit een melding.',
} as const;
