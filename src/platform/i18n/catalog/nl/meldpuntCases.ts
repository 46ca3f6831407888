/**
 * The reporting point for staff (PRODUCT M3–M6): the confidants' case list and case page, the checklists, notes
 * and restorative track, the administrator's settings, recovery key and audit log, and the "niet-pluis" card.
 * The labels of the student's answers live in meldpunt.ts (`meldpunt.enum.*`).
 */
export const nlMeldpuntCases = {
  // Home page
  'meldpuntCases.home.title': 'Meldpunt',
  'meldpuntCases.home.text':
    'Meldingen van leerlingen en signalen van collega’s die op jou als vertrouwenspersoon wachten.',
  'meldpuntCases.home.link': 'Naar de meldingen',

  // The case list
  'meldpuntCases.list.title': 'Meldingen',
  'meldpuntCases.list.intro':
    'Hier zie je alleen de gegevens die de leerling heeft aangeklikt. Wat de leerling zelf schreef, lees je pas als je een melding opent.',
  'meldpuntCases.list.listTitle': 'Alle meldingen',
  'meldpuntCases.list.filter': 'Laat zien',
  'meldpuntCases.list.filter.open': 'Lopend',
  'meldpuntCases.list.filter.closed': 'Afgerond',
  'meldpuntCases.list.filter.all': 'Alles',
  'meldpuntCases.list.found': '{count} melding(en) gevonden.',
  'meldpuntCases.list.caption': 'Meldingen, de meest dringende eerst',
  'meldpuntCases.list.col.case': 'Melding',
  'meldpuntCases.list.col.due': 'Wat moet er gebeuren',
  'meldpuntCases.list.col.notes': 'Bijzonderheden',
  'meldpuntCases.list.reportOf': 'Melding van {at}',
  'meldpuntCases.list.signalOf': 'Signaal van {at}',
  'meldpuntCases.list.noAccess': '(je kunt deze nog niet openen)',
  'meldpuntCases.weakPassword.title': 'Kies eerst een langer wachtwoord',
  'meldpuntCases.weakPassword.text':
    'Je wachtwoord sluit de sleutel af waarmee jij meldingen opent. Voor een vertrouwenspersoon moet het daarom minstens {min} tekens hebben. Tot je een langer wachtwoord kiest, kun je geen meldingen openen.',
  'meldpuntCases.weakPassword.link': 'Wachtwoord wijzigen',
  'meldpuntCases.locked.title': 'Je kunt nu geen meldingen openen.',
  'meldpuntCases.locked.text':
    'Meldingen zijn versleuteld. Alleen als je inlogt met je wachtwoord, kan Kring ze voor jou openen. Log uit en log daarna opnieuw in met je wachtwoord.',

  // Badges and deadlines
  'meldpuntCases.badge.overdue': 'te laat',
  'meldpuntCases.badge.legalDuty': 'wettelijke plicht',
  'meldpuntCases.badge.internship': 'stage',
  'meldpuntCases.badge.anonymous': 'anoniem',
  'meldpuntCases.badge.signal': 'signaal',
  'meldpuntCases.due.ack': 'Ontvangst bevestigen vóór {at}',
  'meldpuntCases.due.feedback': 'Terugkoppelen vóór {at}',
  'meldpuntCases.due.none': 'Geen termijn bekend',
  'meldpuntCases.due.closed': 'Niets, afgerond',

  // Registration fields
  'meldpuntCases.field.status': 'Status',
  'meldpuntCases.field.category': 'Wat er gebeurde',
  'meldpuntCases.field.location': 'Waar',
  'meldpuntCases.field.period': 'Wanneer',
  'meldpuntCases.field.involved': 'Wie was erbij betrokken',
  'meldpuntCases.field.needs': 'Wat de leerling nodig heeft',
  'meldpuntCases.field.minor': 'Jonger dan 18',
  'meldpuntCases.field.wanted': 'Wil praten met',
  'meldpuntCases.field.anyone': 'Maakt niet uit',
  'meldpuntCases.field.assignedTo': 'Behandeld door',
  'meldpuntCases.field.nobody': 'Nog niemand',
  'meldpuntCases.field.severity': 'Ernst',
  'meldpuntCases.field.ref': 'Kenmerk',
  'meldpuntCases.field.createdAt': 'Binnengekomen',
  'meldpuntCases.field.acknowledgedAt': 'Ontvangst bevestigd',
  'meldpuntCases.field.closedAt': 'Afgerond op',
  'meldpuntCases.field.notYet': 'Nog niet',
  'meldpuntCases.field.empty': 'Niet ingevuld',
  'meldpuntCases.severity.none': 'Nog niet bepaald',
  'meldpuntCases.severity.low': 'Licht',
  'meldpuntCases.severity.medium': 'Middel',
  'meldpuntCases.severity.high': 'Ernstig',

  // The case page
  'meldpuntCases.case.titleLoading': 'Melding',
  'meldpuntCases.case.back': 'Terug naar de meldingen',
  'meldpuntCases.case.audited':
    'Je opening van deze melding wordt vastgelegd in het logboek: wie, welke melding en wanneer.',
  'meldpuntCases.case.registration': 'Gegevens van de melding',
  'meldpuntCases.case.words': 'Wat de leerling schreef',
  'meldpuntCases.case.signalWords': 'Wat de collega opmerkte',
  'meldpuntCases.content.story': 'Wat er gebeurde',
  'meldpuntCases.content.when': 'Wanneer',
  'meldpuntCases.content.who': 'Wie',
  'meldpuntCases.content.name': 'Naam',
  'meldpuntCases.content.email': 'E-mailadres',
  'meldpuntCases.content.phone': 'Telefoon',
  'meldpuntCases.content.anonymous':
    'Anoniem: de leerling gaf geen contactgegevens. Je bereikt de leerling alleen via het gesprek hieronder.',

  // Handling
  'meldpuntCases.handling.title': 'Behandeling',
  'meldpuntCases.handling.current': 'Status nu: {status}',
  'meldpuntCases.handling.to.acknowledged': 'Ontvangst bevestigen',
  'meldpuntCases.handling.to.inProgress': 'In behandeling nemen',
  'meldpuntCases.handling.to.referred': 'Doorverwezen',
  'meldpuntCases.handling.to.closed': 'Afsluiten',
  'meldpuntCases.handling.statusSaved': 'De status is nu: {status}.',
  'meldpuntCases.handling.closeTitle': 'Deze melding afsluiten?',
  'meldpuntCases.handling.closeText':
    'Sluit een melding pas af als de leerling weet hoe het verder gaat. Na de bewaartermijn van de school haalt Kring de inhoud weg; dan blijft alleen een anonieme telling over.',
  'meldpuntCases.outcome.label': 'Hoe is het afgelopen?',
  'meldpuntCases.outcome.hint':
    'Dit blijft anoniem bewaard voor de monitor, ook als de inhoud al is weggehaald.',
  'meldpuntCases.outcome.resolved': 'Opgelost',
  'meldpuntCases.outcome.referred': 'Doorverwezen',
  'meldpuntCases.outcome.recordedOnly': 'Alleen vastgelegd',
  'meldpuntCases.outcome.withdrawn': 'Ingetrokken',
  'meldpuntCases.handling.convert': 'Omzetten naar melding',
  'meldpuntCases.handling.converted': 'Het signaal is nu een melding.',
  'meldpuntCases.handling.assignTitle': 'Wie en hoe ernstig',
  'meldpuntCases.handling.severityHint': 'Jouw inschatting. De leerling ziet dit niet.',
  'meldpuntCases.handling.assignSaved': 'Opgeslagen.',

  // The conversation
  'meldpuntCases.conversation.title': 'Gesprek met de leerling',
  'meldpuntCases.conversation.none': 'Er zijn nog geen berichten.',
  'meldpuntCases.conversation.student': 'Leerling',
  'meldpuntCases.conversation.confidant': 'Vertrouwenspersoon',
  'meldpuntCases.conversation.reply': 'Je antwoord',
  'meldpuntCases.conversation.replyHint':
    'De leerling leest dit als die terugkomt met de ontvangstcode. Schrijf kort en in gewone woorden.',
  'meldpuntCases.conversation.send': 'Antwoord versturen',
  'meldpuntCases.conversation.sent': 'Je antwoord staat klaar voor de leerling.',
  'meldpuntCases.conversation.signal':
    'Een signaal van een collega heeft geen ontvangstcode. Praat zelf met de collega als je meer wilt weten.',

  // Checklists
  'meldpuntCases.checklist.internship.title': 'Stage: stagebedrijf en SBB',
  'meldpuntCases.checklist.internship.intro':
    'Dit gebeurde tijdens de stage. Betrek het stagebedrijf en SBB in deze stappen.',
  'meldpuntCases.checklist.legalDuty.title': 'Wettelijke plicht',
  'meldpuntCases.checklist.legalDuty.intro':
    'Deze melding kan gaan over een zedendelict van iemand die op school werkt tegen een minderjarige leerling. Dan moet je het bestuur meteen inlichten. Het bestuur overlegt met de vertrouwensinspecteur en doet aangifte als er een redelijk vermoeden is.',
  'meldpuntCases.checklist.legalDuty.notInternship':
    'Deze plicht geldt niet voor medewerkers van een stagebedrijf: zij werken niet bij de school.',
  'meldpuntCases.crisisEarlier.title': 'Eerder vastgelegde crisisstappen',
  'meldpuntCases.crisisEarlier.intro':
    'Deze stappen zijn bij de melding afgevinkt voordat het bestuur een eigen crisislogboek had. Alleen vertrouwenspersonen zien ze; ze zijn niet meer te wijzigen.',
  'meldpuntCases.checklist.doneBy': 'Gedaan op {at} door {name}',
  'meldpuntCases.checklist.doneAt': 'Gedaan op {at}',
  'meldpuntCases.checklist.noteToggle': 'Notitie toevoegen',
  'meldpuntCases.checklist.noteFilled': 'Notitie',
  'meldpuntCases.checklist.note': 'Notitie bij: {step}',
  'meldpuntCases.checklist.saveNote': 'Notitie opslaan',
  'meldpuntCases.checklist.saved': 'Opgeslagen: {step}.',
  'meldpuntCases.step.talkStudent': 'Eerste gesprek met de leerling',
  'meldpuntCases.step.talkCompany': 'Eerste gesprek met het stagebedrijf',
  'meldpuntCases.step.informSbbAdviser': 'Adviseur van SBB ingelicht',
  'meldpuntCases.step.sbbComplaintRoute': 'Klachtroute van SBB besproken of gestart',
  'meldpuntCases.step.informBoard': 'Bestuur meteen ingelicht',
  'meldpuntCases.step.boardConsultsInspector': 'Bestuur heeft overlegd met de vertrouwensinspecteur',
  'meldpuntCases.step.policeReport': 'Aangifte gedaan (bij een redelijk vermoeden)',
  'meldpuntCases.step.informInvolved': 'Betrokkenen ingelicht',
  'meldpuntCases.step.crisisTeam': 'Crisisteam bij elkaar',
  'meldpuntCases.step.oneMessage': 'Eén duidelijke boodschap, met de afdeling communicatie',
  'meldpuntCases.step.staffFirst': 'Medewerkers als eersten geïnformeerd',
  'meldpuntCases.step.mediaPolice': 'Media en politie te woord gestaan',
  'meldpuntCases.step.parentsStudents': 'Contact met ouders en leerlingen',
  'meldpuntCases.step.aftercarePlan': 'Plan voor nazorg',
  'meldpuntCases.step.lessonsLearned': 'Lessen voor de volgende keer vastgelegd',

  // Internal notes
  'meldpuntCases.notes.title': 'Interne notities',
  'meldpuntCases.notes.intro': 'Alleen voor vertrouwenspersonen. De leerling ziet deze notities nooit.',
  'meldpuntCases.notes.none': 'Er zijn nog geen notities.',
  'meldpuntCases.notes.new': 'Nieuwe notitie',
  'meldpuntCases.notes.add': 'Notitie toevoegen',
  'meldpuntCases.notes.saved': 'De notitie is opgeslagen.',

  // Restorative track
  'meldpuntCases.restorative.title': 'Herstelgericht traject',
  'meldpuntCases.restorative.intro':
    'Was het gedrag schadelijk maar geen strafbaar feit? Plan dan een herstelgesprek en leg vast wat er is afgesproken.',
  'meldpuntCases.restorative.none': 'Er is nog geen herstelgesprek gepland.',
  'meldpuntCases.restorative.meeting': 'Herstelgesprek op {at}',
  'meldpuntCases.restorative.plan': 'Herstelgesprek plannen',
  'meldpuntCases.restorative.plannedAt': 'Datum en tijd',
  'meldpuntCases.restorative.participants': 'Wie doen er mee',
  'meldpuntCases.restorative.participantsHint': 'Bijvoorbeeld: de twee leerlingen, hun mentor en jij.',
  'meldpuntCases.restorative.agreements': 'Afspraken',
  'meldpuntCases.restorative.agreementsHint': 'Mag je later invullen, na het gesprek.',
  'meldpuntCases.restorative.planButton': 'Gesprek plannen',
  'meldpuntCases.restorative.planned': 'Het herstelgesprek is gepland.',
  'meldpuntCases.restorative.held': 'Gehouden',
  'meldpuntCases.restorative.notHeld': 'Nog niet',
  'meldpuntCases.restorative.markHeld': 'Vastleggen dat het gesprek is gehouden',
  'meldpuntCases.restorative.heldSaved': 'Vastgelegd dat het gesprek is gehouden.',

  // Administrator's settings
  'meldpuntCases.settings.title': 'Meldpunt',
  'meldpuntCases.settings.intro':
    'Via het meldpunt melden leerlingen zonder account wat ze meemaken, ook tijdens hun stage. Alleen de vertrouwenspersonen van de school kunnen meldingen lezen; ook jij als beheerder niet.',
  'meldpuntCases.settings.confidants': 'Vertrouwenspersonen',
  'meldpuntCases.settings.readyNote':
    'Een vertrouwenspersoon moet één keer inloggen nadat die de rol heeft gekregen. Pas daarna komen meldingen bij hem of haar aan.',
  'meldpuntCases.settings.ready': 'ontvangt meldingen',
  'meldpuntCases.settings.notReady': 'nog niet ingelogd, ontvangt nog geen meldingen',
  'meldpuntCases.settings.weakPassword':
    'wachtwoord te kort voor een vertrouwenspersoon: ontvangt geen nieuwe meldingen tot er een langer is gekozen',
  'meldpuntCases.settings.noConfidants':
    'Deze school heeft nog geen vertrouwenspersoon. Nodig iemand uit met de rol vertrouwenspersoon; tot dan is het meldpunt dicht.',
  'meldpuntCases.settings.noneReady':
    'Nog geen enkele vertrouwenspersoon kan meldingen ontvangen (ieder moet één keer inloggen, met een wachtwoord van minstens 15 tekens). Tot dat zo is, is het meldpunt dicht voor leerlingen.',
  'meldpuntCases.settings.auditText':
    'Kring houdt bij wie welke melding opende of wijzigde, en wanneer de herstelsleutel is gemaakt of gebruikt.',

  // Link, QR code and poster
  'meldpuntCases.poster.title': 'Link en QR-code',
  'meldpuntCases.poster.intro':
    'Met deze link komen leerlingen bij het meldpunt. Zet hem op de website, in de schoolapp en in de stagemap.',
  'meldpuntCases.poster.link': 'Link naar het meldpunt',
  'meldpuntCases.poster.copy': 'Link kopiëren',
  'meldpuntCases.poster.copied': 'De link is gekopieerd.',
  'meldpuntCases.poster.copyYourself': 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.',
  'meldpuntCases.poster.qrAlt': 'QR-code naar het meldpunt van {school}',
  'meldpuntCases.poster.show': 'Poster tonen',
  'meldpuntCases.poster.hide': 'Poster verbergen',
  'meldpuntCases.poster.print': 'Poster afdrukken',
  'meldpuntCases.poster.heading': 'Zit je iets niet lekker?',
  'meldpuntCases.poster.invitation':
    'Heb je iets meegemaakt op school, op stage of online dat niet oké was? Vertel het de vertrouwenspersoon van {school}. Dat mag ook zonder je naam.',
  'meldpuntCases.poster.scan': 'Scan de code met je telefoon of ga naar:',
  'meldpuntCases.poster.elsewhere':
    'Liever eerst met iemand anders praten? Bel of chat met de Kindertelefoon: 0800-0432.',

  // Deadlines and retention
  'meldpuntCases.deadlines.title': 'Termijnen en bewaren',
  'meldpuntCases.deadlines.ackDays': 'Ontvangst bevestigen binnen (dagen)',
  'meldpuntCases.deadlines.ackHint': 'Tussen 1 en 30 dagen. Gebruikelijk is 7.',
  'meldpuntCases.deadlines.feedbackMonths': 'Terugkoppelen binnen (maanden)',
  'meldpuntCases.deadlines.feedbackHint':
    'Tussen 1 en 12 maanden, te rekenen vanaf de bevestiging. Gebruikelijk is 3.',
  'meldpuntCases.deadlines.retentionDays': 'Afgeronde meldingen bewaren (dagen)',
  'meldpuntCases.deadlines.retentionHint':
    'Tussen 30 en 3650 dagen. Daarna haalt Kring de inhoud weg en blijft alleen een anonieme telling over.',
  'meldpuntCases.deadlines.range': 'Vul een heel getal in van {min} tot en met {max}.',
  'meldpuntCases.deadlines.saved': 'De termijnen zijn opgeslagen.',

  // Recovery key
  'meldpuntCases.recovery.title': 'Herstelsleutel',
  'meldpuntCases.recovery.intro':
    'Met de herstelsleutel krijgen vertrouwenspersonen weer toegang tot meldingen die ze niet meer kunnen openen, bijvoorbeeld na een nieuw wachtwoord of als een collega vertrekt. Je leest daarbij zelf geen melding.',
  'meldpuntCases.recovery.create': 'Herstelsleutel maken',
  'meldpuntCases.recovery.exists':
    'Deze school heeft een herstelsleutel. Kring bewaart alleen het openbare deel.',
  'meldpuntCases.recovery.onceTitle': 'Je ziet deze sleutel maar één keer.',
  'meldpuntCases.recovery.onceText':
    'Kring bewaart hem niet. Druk hem nu af en bewaar het papier achter slot, bijvoorbeeld in de kluis van de school. Raak je hem kwijt, dan kan niemand hem terughalen. Deel hem met niemand: met deze sleutel kan iemand toegang tot meldingen regelen.',
  'meldpuntCases.recovery.sheetTitle': 'Herstelsleutel van het meldpunt van {school}',
  'meldpuntCases.recovery.sheetText':
    'Bewaar dit papier achter slot. Een beheerder typt deze sleutel in Kring (Beheer, school, Meldpunt) om vertrouwenspersonen weer toegang te geven.',
  'meldpuntCases.recovery.print': 'Afdrukken',
  'meldpuntCases.recovery.copy': 'Kopiëren',
  'meldpuntCases.recovery.copied': 'De sleutel is gekopieerd. Plak hem alleen op een veilige plek.',
  'meldpuntCases.recovery.copyYourself': 'Kopiëren lukte niet. De sleutel is geselecteerd: kopieer hem zelf.',
  'meldpuntCases.recovery.done': 'Ik heb de sleutel veilig bewaard',
  'meldpuntCases.recovery.useTitle': 'Herstelsleutel gebruiken',
  'meldpuntCases.recovery.useIntro':
    'Typ de sleutel over van het papier. Alle vertrouwenspersonen die al eens ingelogd hebben, krijgen dan toegang tot de meldingen die ze nog niet konden openen.',
  'meldpuntCases.recovery.useLabel': 'Herstelsleutel',
  'meldpuntCases.recovery.useButton': 'Toegang herstellen',
  'meldpuntCases.recovery.granted': '{count} toegang(en) hersteld.',

  // Audit log
  'meldpuntCases.audit.title': 'Logboek van het meldpunt',
  'meldpuntCases.audit.link': 'Naar het logboek',
  'meldpuntCases.audit.intro':
    'Wie welke melding opende of veranderde, en wanneer. Ook het maken en gebruiken van de herstelsleutel staat hier. De nieuwste regels staan bovenaan.',
  'meldpuntCases.audit.toCases': 'Naar de meldingen',
  'meldpuntCases.audit.toSettings': 'Naar de instellingen van het meldpunt',
  'meldpuntCases.audit.caption': 'Logboek, nieuwste eerst',
  'meldpuntCases.audit.when': 'Wanneer',
  'meldpuntCases.audit.who': 'Wie',
  'meldpuntCases.audit.what': 'Wat',
  'meldpuntCases.audit.case': 'Welke melding',
  'meldpuntCases.audit.caseRef': 'Kenmerk {ref}',
  'meldpuntCases.audit.noCase': 'Geen (het hele meldpunt)',
  'meldpuntCases.audit.unknownPerson': 'Onbekend (account bestaat niet meer)',
  'meldpuntCases.audit.empty': 'Het logboek is nog leeg.',
  'meldpuntCases.audit.action.opened': 'Melding geopend',
  'meldpuntCases.audit.action.replied': 'Antwoord aan de leerling gestuurd',
  'meldpuntCases.audit.action.updated': 'Status, behandelaar of ernst gewijzigd',
  'meldpuntCases.audit.action.converted': 'Signaal omgezet naar melding',
  'meldpuntCases.audit.action.step': 'Stap bijgewerkt: {step}',
  'meldpuntCases.audit.action.recoveryKeyCreated': 'Herstelsleutel gemaakt',
  'meldpuntCases.audit.action.recoveryKeyUsed': 'Herstelsleutel gebruikt',
  'meldpuntCases.audit.action.other': 'Andere handeling ({action})',

  // "Niet-pluis" signal on the home page
  'meldpuntCases.signal.title': 'Niet-pluis melden',
  'meldpuntCases.signal.intro':
    'Heb je het gevoel dat er iets niet klopt bij een leerling of in een groep? Je hoeft het niet zeker te weten. Geef het door aan de vertrouwenspersonen van je school.',
  'meldpuntCases.signal.school': 'School',
  'meldpuntCases.signal.body': 'Wat viel je op?',
  'meldpuntCases.signal.hint':
    'Schrijf op wat je zag of hoorde, en wanneer. Alleen de vertrouwenspersonen lezen dit; zij nemen zo nodig contact met je op.',
  'meldpuntCases.signal.send': 'Signaal doorgeven',
  'meldpuntCases.signal.sent': 'Dank je. Je signaal is doorgegeven aan de vertrouwenspersonen.',
  'meldpuntCases.intro.title': 'Jouw introductie voor leerlingen',
  'meldpuntCases.intro.label': 'Wie ben je, in een paar zinnen?',
  'meldpuntCases.intro.hint':
    'Leerlingen lezen dit bij je naam als ze kiezen met wie ze willen praten. Bijvoorbeeld je vak of rol, en wanneer je op school bent.',
  'meldpuntCases.intro.saved': 'Je introductie is opgeslagen.',
  'meldpuntCases.colleagues.title': 'Collega’s zonder toegang',
  'meldpuntCases.colleagues.text':
    'Deze vertrouwenspersonen kunnen de meldingen nog niet openen: ze zijn nieuw, of hebben een nieuw wachtwoord laten maken. Kring geeft nooit vanzelf toegang. Geef alleen toegang aan iemand van wie je zeker weet dat die vertrouwenspersoon is; het logboek legt vast aan wie.',
  'meldpuntCases.colleagues.grant': 'Geef {name} toegang',
  'meldpuntCases.colleagues.granted': '{name} kan de meldingen nu openen.',
  'meldpuntCases.audit.action.granted': 'Toegang gegeven aan {who}',
  'meldpuntCases.audit.action.stepsRead': 'Stappen bekeken',
  'meldpuntCases.audit.action.notesRead': 'Interne notities gelezen',
  'meldpuntCases.audit.action.noteAdded': 'Interne notitie geschreven',
  'meldpuntCases.audit.action.restorativeRead': 'Herstelgesprekken bekeken',
  'meldpuntCases.audit.action.restorativePlanned': 'Herstelgesprek gepland',
  'meldpuntCases.audit.action.restorativeUpdated': 'Herstelgesprek bijgewerkt',
  'meldpuntCases.audit.action.crisisStarted': 'Crisisaanpak voor het bestuur gestart',

  // The board's crisis log (M5)
  'meldpuntCrisis.home.title': 'Crisisaanpak',
  'meldpuntCrisis.home.text':
    'Het logboek van het bestuur na een ernstige melding: wie welke stap zette, en wanneer.',
  'meldpuntCrisis.home.link': 'Naar de crisisaanpak',
  'meldpuntCrisis.list.title': 'Crisisaanpak van het bestuur',
  'meldpuntCrisis.list.intro':
    'Na een ernstige melding neemt het bestuur de stappen van de crisisaanpak. Bij elke afgevinkte stap bewaart Kring het tijdstip en wie het deed. Zo is de lijst meteen het logboek van de crisis.',
  'meldpuntCrisis.noContent':
    'In dit logboek staat niets uit een melding, ook niet om welke melding het gaat. Dat weten alleen de vertrouwenspersonen.',
  'meldpuntCrisis.list.listTitle': 'Crisislogboeken',
  'meldpuntCrisis.list.empty': 'Er is nog geen crisisaanpak gestart.',
  'meldpuntCrisis.list.caption': 'Crisislogboeken, het nieuwste eerst',
  'meldpuntCrisis.list.col.name': 'Naam',
  'meldpuntCrisis.list.col.started': 'Gestart',
  'meldpuntCrisis.list.col.progress': 'Stappen',
  'meldpuntCrisis.list.col.status': 'Stand',
  'meldpuntCrisis.untitled': 'Crisisaanpak van {at}',
  'meldpuntCrisis.startedBy': 'Gestart op {at} door {name}',
  'meldpuntCrisis.progress': '{done} van {total} stappen gezet',
  'meldpuntCrisis.open': 'Loopt',
  'meldpuntCrisis.closedOn': 'Afgesloten op {at}',
  'meldpuntCrisis.closedBy': 'Afgesloten op {at} door {name}',
  'meldpuntCrisis.start.title': 'Een crisisaanpak starten',
  'meldpuntCrisis.start.intro':
    'Start hier een nieuw logboek. De schoolleiding en de beheerders van de school krijgen een mail met een link, zonder verdere inhoud.',
  'meldpuntCrisis.start.fromCase':
    'Vertrouwenspersonen starten de crisisaanpak vanuit de melding zelf. Het bestuur ziet dan alleen het logboek.',
  'meldpuntCrisis.start.name': 'Naam van het logboek (mag leeg blijven)',
  'meldpuntCrisis.start.nameHint':
    'Bijvoorbeeld een datum of een woord dat het bestuur herkent. Noem geen leerlingen en niets uit de melding.',
  'meldpuntCrisis.start.button': 'Crisisaanpak starten',
  'meldpuntCrisis.started': 'De crisisaanpak is gestart. Het bestuur heeft een mail gekregen.',
  'meldpuntCrisis.case.title': 'Crisisaanpak voor het bestuur',
  'meldpuntCrisis.case.intro':
    'Is deze melding zo ernstig dat het bestuur in actie moet komen? Start dan hier de crisisaanpak. Het bestuur krijgt een eigen checklist met tijden en namen, en ziet niets van deze melding: niet wat er staat en niet om welke melding het gaat.',
  'meldpuntCrisis.case.running': 'Voor deze melding loopt de crisisaanpak van het bestuur sinds {at}.',
  'meldpuntCrisis.case.open': 'Naar het crisislogboek',
  'meldpuntCrisis.page.back': 'Terug naar de crisisaanpak',
  'meldpuntCrisis.page.steps': 'Stappen',
  'meldpuntCrisis.page.next': 'Volgende stap: {step}.',
  'meldpuntCrisis.page.allDone': 'Alle stappen zijn gezet.',
  'meldpuntCrisis.page.noteHint': 'Kort: wat er besloten of gedaan is. Geen namen van leerlingen.',
  'meldpuntCrisis.page.closeTitle': 'Afsluiten',
  'meldpuntCrisis.page.closeText':
    'Sluit het logboek af als de crisis voorbij is en de lessen zijn vastgelegd. Je kunt het daarna nog lezen en weer openen.',
  'meldpuntCrisis.page.close': 'Crisisaanpak afsluiten',
  'meldpuntCrisis.page.reopen': 'Weer openen',
  'meldpuntCrisis.page.closed': 'De crisisaanpak is afgesloten.',
  'meldpuntCrisis.page.reopened': 'De crisisaanpak staat weer open.',
};
