/**
 * Teacher–student conversations (G1–G4): the student's preparation at two language levels, the conversation
 * form, agreements, listening, the PDF, the reminder mail and the errors. Written for Kring; the method is that of
 * Handelingsgericht werken.
 */
export const nlGesprek = {
  // Errors
  'errors.gesprek.readOnly':
    'Dit gesprek is met je gedeeld om te lezen. Alleen de docent van het gesprek kan het aanpassen.',
  'errors.gesprek.linkUnknown': 'Deze link werkt niet (meer). Vraag je docent om een nieuwe link.',
  'errors.gesprek.linkExpired': 'Deze link is verlopen. Vraag je docent om een nieuwe link.',
  'errors.gesprek.preparationClosed':
    'Het gesprek is al geweest, dus je voorbereiding kan niet meer veranderen. Je docent heeft hem bewaard.',
  'errors.gesprek.notHeldYet': 'Deze vraag kun je beantwoorden als het gesprek is geweest.',
  'errors.gesprek.listeningAfter': 'Je kunt je eigen luisteren inschatten zodra het gesprek is afgerond.',
  'errors.gesprek.rosterEmpty': 'Het bestand is leeg.',
  'errors.gesprek.rosterNoName':
    'Kring vindt in de eerste regel geen kolom met een naam. Gebruik bijvoorbeeld de kolommen "naam" en "klas", of "voornaam", "tussenvoegsel" en "achternaam".',
  'errors.gesprek.rosterTooMany':
    'Het bestand heeft meer dan {max} regels. Splits het in kleinere bestanden.',
  'errors.gesprek.rosterUnreadable':
    'Kring kan dit bestand niet lezen als CSV. Sla het in je spreadsheet op als "CSV (puntkomma gescheiden)".',
  'errors.gesprek.notColleague': 'Je kunt een gesprek alleen delen met collega’s van deze school.',

  // The reminder mail: no name, no content
  'mail.gesprek.reminder.subjectOne': 'Een afspraak uit een leerlinggesprek is toe aan een terugblik',
  'mail.gesprek.reminder.bodyOne':
    'Een afspraak die je in een gesprek met een leerling hebt gemaakt, is vandaag toe aan een terugblik: is het gelukt?\n\nJe vindt de afspraak in Kring (na het inloggen), bij Gesprekken met leerlingen:\n{link}\n\nIn deze mail staat bewust geen naam en niets over de afspraak zelf.',
  'mail.gesprek.reminder.subject': '{count} afspraken uit leerlinggesprekken zijn toe aan een terugblik',
  'mail.gesprek.reminder.body':
    '{count} afspraken die je in gesprekken met leerlingen hebt gemaakt, zijn vandaag toe aan een terugblik: is het gelukt?\n\nJe vindt ze in Kring (na het inloggen), bij Gesprekken met leerlingen:\n{link}\n\nIn deze mail staan bewust geen namen en niets over de afspraken zelf.',

  // Levels
  'gesprek.level.primary': 'Groep 6 tot en met 8',
  'gesprek.level.secondary': 'Voortgezet onderwijs en mbo',

  // The preparation, upper primary: short sentences, "je juf of meester" is the teacher's name
  'gesprek.prep.primary.intro':
    'Hoi {student}! {teacher} wil graag met je praten. Hieronder staat waarover. Denk er thuis alvast over na, alleen of samen met je ouders. Je hoeft geen hele zinnen te schrijven: een paar woorden is genoeg. Je kunt tussendoor opslaan en later verder gaan.',
  'gesprek.prep.primary.wantToTalk': 'Wil je hierover praten?',
  'gesprek.prep.primary.wantToTalk.yes': 'Ja, graag',
  'gesprek.prep.primary.wantToTalk.otherTime': 'Ja, maar liever op een ander moment',
  'gesprek.prep.primary.wantToTalk.notNow': 'Liever nu nog niet',
  'gesprek.prep.primary.when': 'Wanneer wil je het liefst praten?',
  'gesprek.prep.primary.when.hint': 'Bijvoorbeeld: na de pauze, of aan het eind van de dag.',
  'gesprek.prep.primary.teacherShould': 'Wat kan {teacher} doen, zodat het een fijn gesprek wordt?',
  'gesprek.prep.primary.teacherShouldNot': 'Wat moet {teacher} juist niet doen?',
  'gesprek.prep.primary.theme': 'Waar wil jij het over hebben? Wat hoop je dat het gesprek oplevert?',
  'gesprek.prep.primary.difficult': 'Wat vind je lastig? En wanneer merk je dat?',
  'gesprek.prep.primary.difficult.hint':
    'Wat doe jij dan? Wat doen je klasgenoten, je ouders of {teacher} dan?',
  'gesprek.prep.primary.goesWell': 'Wanneer gaat het juist goed? Wat is er dan anders?',
  'gesprek.prep.primary.goodAt': 'Waar ben je goed in? Wat vinden anderen fijn aan jou?',
  'gesprek.prep.primary.goal':
    'Wat wil je graag leren of veranderen? Hoe zien anderen dat als het gelukt is?',
  'gesprek.prep.primary.help': 'Wie kan je daarbij helpen, en hoe? Wat kun je zelf al doen?',

  // The preparation, secondary and MBO
  'gesprek.prep.secondary.intro':
    '{teacher} wil graag met je in gesprek. Hieronder staat waarover. Bereid je voor door de vragen alvast te beantwoorden, in een paar trefwoorden. Dat mag alleen, of samen met je ouders of klasgenoten. Je kunt tussendoor opslaan en later verder gaan.',
  'gesprek.prep.secondary.wantToTalk': 'Wil je hierover in gesprek?',
  'gesprek.prep.secondary.wantToTalk.yes': 'Ja',
  'gesprek.prep.secondary.wantToTalk.otherTime': 'Ja, maar op een ander moment',
  'gesprek.prep.secondary.wantToTalk.notNow': 'Nu liever niet',
  'gesprek.prep.secondary.when': 'Welk moment komt jou goed uit?',
  'gesprek.prep.secondary.when.hint': 'Bijvoorbeeld: het mentoruur, of na het zesde uur.',
  'gesprek.prep.secondary.teacherShould': 'Wat helpt jou in het gesprek? Wat mag {teacher} zeker doen?',
  'gesprek.prep.secondary.teacherShouldNot': 'Wat kan {teacher} in het gesprek beter laten?',
  'gesprek.prep.secondary.theme': 'Wat wil jij met dit gesprek bereiken?',
  'gesprek.prep.secondary.difficult': 'Wat is voor jou lastig, en op welke momenten?',
  'gesprek.prep.secondary.difficult.hint':
    'Hoe komt dat, denk je? Wat doe jij dan, en wat doen klasgenoten, je ouders of je docent?',
  'gesprek.prep.secondary.goesWell': 'Wanneer lukt het wel? Wat maakt dan het verschil?',
  'gesprek.prep.secondary.goodAt': 'Waar ben je goed in? Welke sterke kanten heb je?',
  'gesprek.prep.secondary.goal': 'Wat is jouw doel? Waaraan merken jij en anderen dat je het hebt bereikt?',
  'gesprek.prep.secondary.help': 'Wie of wat helpt jou om je doel te halen? Wat ga je zelf doen?',

  // The conversation form
  'gesprek.form.section.theme': 'Onderwerp en samen gekozen doel',
  'gesprek.form.theme': 'Waar praten we over, en wat willen we samen met dit gesprek bereiken?',
  'gesprek.form.section.difficult': 'De lastige situatie',
  'gesprek.form.difficult': 'Wat is lastig voor de leerling, en waardoor komt dat?',
  'gesprek.form.roleStudent': 'Wat doet de leerling zelf?',
  'gesprek.form.roleClassmates': 'Wat doen klasgenoten?',
  'gesprek.form.roleTeacher': 'Wat doet de docent?',
  'gesprek.form.roleParents': 'Wat doen de ouders?',
  'gesprek.form.section.goesWell': 'Als het goed gaat',
  'gesprek.form.goesWell': 'Wanneer speelt het niet? Wat doen de leerling en de anderen dan anders?',
  'gesprek.form.section.positives': 'Sterke kanten',
  'gesprek.form.positives':
    'Wat gaat er goed? Welke talenten en interesses heeft de leerling? Wat is er verder positief, ook om de leerling heen?',
  'gesprek.form.section.goal': 'Doel',
  'gesprek.form.goal': 'Wat willen we samen bereiken? Wat zien of horen we als het gelukt is?',
  'gesprek.form.goal.hint':
    'Schrijf het doel positief en haalbaar op, zo concreet dat je het kunt zien of horen.',
  'gesprek.form.section.needs': 'Wat de leerling nodig heeft',
  'gesprek.form.needsWho': 'Wie kan helpen, en hoe?',
  'gesprek.form.needsOwn': 'Welke oplossingen bedenkt de leerling zelf?',
  'gesprek.form.needsTeacher': 'Wat voegt de docent daaraan toe?',
  'gesprek.form.section.agreements': 'Afspraken',
  'gesprek.form.agreements.intro': 'Wie doet wat, hoe, en wanneer kijken we samen of het gelukt is?',
  'gesprek.form.section.evaluation': 'Terugblik op dit gesprek',
  'gesprek.form.aimsReached': 'Hebben we bereikt wat we met dit gesprek wilden?',
  'gesprek.form.pleasant': 'Was het een prettig gesprek?',
  'gesprek.form.evaluationWhy': 'Waarom wel, of waarom niet?',
  'gesprek.answer.yes': 'Ja',
  'gesprek.answer.partly': 'Gedeeltelijk',
  'gesprek.answer.no': 'Nee',
  'gesprek.answer.none': 'Nog niet ingevuld',

  // The student's own answer
  'gesprek.heard.question': 'Had je het gevoel dat er goed naar je geluisterd werd?',
  'gesprek.heard.yes': 'Ja',
  'gesprek.heard.partly': 'Een beetje',
  'gesprek.heard.no': 'Nee',
  'gesprek.heard.note': 'Wil je er iets over zeggen? (mag leeg blijven)',

  // Agreements
  'gesprek.owner.student': 'de leerling',
  'gesprek.owner.teacher': 'de docent',
  'gesprek.owner.together': 'leerling en docent samen',
  'gesprek.owner.parents': 'de ouders',
  'gesprek.owner.other': 'iemand anders',
  'gesprek.outcome.achieved': 'Gelukt',
  'gesprek.outcome.partly': 'Deels gelukt',
  'gesprek.outcome.notAchieved': 'Niet gelukt',

  // The four levels of listening, in the teacher's own words about themselves
  'gesprek.listening.1': 'Selectief: ik hoorde vooral wat ik al verwachtte.',
  'gesprek.listening.2': 'Afwegend: ik luisterde of ik het ermee eens was, en wilde soms mijn gelijk halen.',
  'gesprek.listening.3': 'Nieuwsgierig: ik ging ervan uit dat we samen verder komen dan ik alleen.',
  'gesprek.listening.4': 'Lerend: ik liet me door de leerling op andere gedachten brengen.',
  'gesprek.listening.short.1': 'Selectief',
  'gesprek.listening.short.2': 'Afwegend',
  'gesprek.listening.short.3': 'Nieuwsgierig',
  'gesprek.listening.short.4': 'Lerend',

  // The PDF for the student file
  'gesprek.pdf.title': 'Gesprek met {student}',
  'gesprek.pdf.facts': '{school} · {teacher} · {date}',
  'gesprek.pdf.class': 'Klas of groep: {className}',
  'gesprek.pdf.aim': 'Doel van het gesprek',
  'gesprek.pdf.preparation': 'Voorbereiding van de leerling',
  'gesprek.pdf.noPreparation': 'De leerling heeft geen voorbereiding ingevuld.',
  'gesprek.pdf.conversation': 'Het gesprek',
  'gesprek.pdf.previous': 'Afspraken uit het vorige gesprek ({date})',
  'gesprek.pdf.agreement': '{what} — {owner}, terugblik op {date}',
  'gesprek.pdf.agreementHow': 'Hoe: {how}',
  'gesprek.pdf.agreementResult': 'Terugblik: {outcome}',
  'gesprek.pdf.noAgreements': 'Er zijn geen afspraken gemaakt.',
  'gesprek.pdf.empty': '—',
  'gesprek.pdf.heard': 'De leerling voelde zich gehoord: {answer}',
  'gesprek.pdf.footer': 'Gemaakt met Kring op {date}. Voor het leerlingdossier; deel het niet verder.',
};
