/** Impartial assignment, observers, observations, reflections, the own-sessions view and intervision (F2, F3). */
export const nlFacilitation = {
  'facilitation.backToSession': 'Terug naar het gesprek',
  'facilitation.side.voices': 'leerlingen of deelnemers',
  'facilitation.side.listeners': 'docenten of toehoorders',

  // Language hints under what a facilitator writes
  'facilitation.language.label': 'Tip:',
  'facilitation.language.organisationWe':
    "Je schrijft '{word}' over de school of het team. Als gespreksleider sta je erbuiten. Schrijf liever '{suggestion}'.",
  'facilitation.language.closedQuestion':
    "'{sentence}' is een gesloten vraag: het antwoord is ja of nee. Begin met '{start}' voor een open vraag.",

  // Impartial assignment in the plan and on the session page
  'facilitation.impartiality.external': 'extern',
  'facilitation.impartiality.homeTeam': 'team {teams}',
  'facilitation.impartiality.adminMay':
    'Je bent beheerder. Je kunt deze gespreksleider toch toewijzen als daar een goede reden voor is. Schrijf hieronder op waarom. Kring bewaart de reden bij het gesprek.',
  'facilitation.impartiality.adminOnly':
    'Kies een gespreksleider van buiten dit team. Lukt dat niet? Vraag dan een beheerder om deze gespreksleider met een reden toe te wijzen.',
  'facilitation.impartiality.reason': 'Reden om toch toe te wijzen',
  'facilitation.impartiality.reasonHint':
    'Minstens {min} tekens. Bijvoorbeeld: er is geen gespreksleider van buiten het team beschikbaar.',
  'facilitation.impartiality.keptTitle': 'Gespreksleider uit het eigen team',
  'facilitation.impartiality.keptIntro':
    'Een beheerder heeft deze gespreksleiders toch toegewezen, hoewel hun eigen team luistert. Dit is de reden:',
  'facilitation.impartiality.keptBy': 'Besloten door {name} op {at}',
  'facilitation.impartiality.keptAt': 'Besloten op {at}',

  // Home team in the school's people list
  'facilitation.homeTeam.internal': '{team} (intern)',
  'facilitation.homeTeam.external': 'Geen team (extern)',
  'facilitation.homeTeam.none': 'Geen team',
  'facilitation.homeTeam.change': 'Team wijzigen',
  'facilitation.homeTeam.who': 'van {name} als {role}',
  'facilitation.homeTeam.title': 'Team van {name}',
  'facilitation.homeTeam.hint': 'Het team waar deze persoon bij hoort.',
  'facilitation.homeTeam.facilitatorHint':
    'Met een team is deze gespreksleider intern: hij of zij leidt geen gesprek waarin dit eigen team luistert, behalve als een beheerder dat met een reden toestaat. Zonder team is de gespreksleider extern.',
  'facilitation.homeTeam.saved': 'Het team van {name} is opgeslagen.',

  // Observers on the session page
  'facilitation.observers.title': 'Observatie',
  'facilitation.observers.intro':
    'Een observator is een andere gespreksleider die meekijkt hoe het gesprek geleid wordt. Daarna geeft hij of zij feedback. Alleen de gespreksleiders van dit gesprek krijgen die feedback.',
  'facilitation.observers.current': 'Observatoren',
  'facilitation.observers.none': 'Er zijn nog geen observatoren.',
  'facilitation.observers.unknown': 'Onbekend (geen gespreksleider meer)',
  'facilitation.observers.choose': 'Kies observatoren',
  'facilitation.observers.chooseHint':
    'Hoogstens {max}. Je kunt kiezen uit de gespreksleiders van de school die dit gesprek niet zelf leiden.',
  'facilitation.observers.noCandidates': 'Er zijn geen andere gespreksleiders op deze school.',
  'facilitation.observers.tooMany': 'Kies hoogstens {max} observatoren.',
  'facilitation.observers.save': 'Observatoren opslaan',
  'facilitation.observers.saved': 'De observatoren zijn opgeslagen.',
  'facilitation.observers.youObserve': 'Je bent observator bij dit gesprek.',
  'facilitation.observers.youObserveLater':
    'Je bent observator bij dit gesprek. Als het gesprek begint, vind je hier de spreektijd en je observatieformulier.',
  'facilitation.observers.speakingLink': 'Spreektijd bijhouden',
  'facilitation.observers.formLink': 'Mijn observatie',

  // The observer's form
  'facilitation.observation.title': 'Observatie',
  'facilitation.observation.intro':
    'Kijk hoe de gespreksleider het gesprek leidt. Schrijf kort op wat je ziet: concreet, met een voorbeeld als dat kan.',
  'facilitation.observation.who':
    'Alleen de gespreksleider(s) van dit gesprek krijgen je observatie. Zij kunnen hem daarna zelf met collega’s delen.',
  'facilitation.observation.balance': 'Hoe was de spreektijd verdeeld?',
  'facilitation.observation.balance.hint':
    'Van 1 (één kant of een paar mensen hadden bijna alle tijd) tot 5 (iedereen die mocht praten, kreeg de ruimte).',
  'facilitation.observation.balanceValue': '{value} – {label}',
  'facilitation.observation.balance.1': 'heel ongelijk',
  'facilitation.observation.balance.2': 'ongelijk',
  'facilitation.observation.balance.3': 'redelijk',
  'facilitation.observation.balance.4': 'bijna in balans',
  'facilitation.observation.balance.5': 'in balans',
  'facilitation.observation.balance.none': 'Geen oordeel',
  'facilitation.observation.balanceNote': 'Toelichting bij de spreektijd',
  'facilitation.observation.balanceNote.hint':
    'Wie kwam veel aan het woord, wie weinig? Hoe ging de gespreksleider daarmee om?',
  'facilitation.observation.interrupting': 'Onderbreken',
  'facilitation.observation.interrupting.hint':
    'Op welke momenten onderbrak de gespreksleider iemand? Hoe deed hij of zij dat, en hoe werkte het?',
  'facilitation.observation.openQuestions': 'Open vragen',
  'facilitation.observation.openQuestions.hint':
    "Welke vragen nodigden uit om te vertellen (vaak met 'hoe' of 'wat')? Welke vragen kregen alleen ja of nee?",
  'facilitation.observation.language': 'Onpartijdige taal',
  'facilitation.observation.language.hint':
    "Bleef de gespreksleider neutraal? Let op woorden als 'wij' en 'onze school', en op partij kiezen.",
  'facilitation.observation.wentWell': 'Wat ging goed?',
  'facilitation.observation.wentWell.hint': 'Wat moet de gespreksleider vooral blijven doen?',
  'facilitation.observation.tip': 'Eén tip',
  'facilitation.observation.tip.hint': 'Wat zou de gespreksleider de volgende keer kunnen proberen?',
  'facilitation.observation.sendHint':
    'Je kunt je observatie als concept opslaan en later verder schrijven. Na het versturen kun je niets meer veranderen.',
  'facilitation.observation.saveDraft': 'Concept opslaan',
  'facilitation.observation.send': 'Versturen naar de gespreksleider',
  'facilitation.observation.saved': 'Je concept is opgeslagen.',
  'facilitation.observation.sent': 'Je observatie is verstuurd naar de gespreksleider.',
  'facilitation.observation.alreadySent': 'Deze observatie was al verstuurd. Je ziet nu wat er verstuurd is.',
  'facilitation.observation.draftAt': 'Concept, laatst opgeslagen op {at}.',
  'facilitation.observation.sentTitle': 'Verstuurd',
  'facilitation.observation.sentAt':
    'Je hebt deze observatie verstuurd op {at}. Je kunt hem niet meer veranderen.',
  'facilitation.answers.empty': 'Er is niets ingevuld.',

  // The facilitator's reflection
  'facilitation.reflection.title': 'Reflectie',
  'facilitation.reflection.sessionText':
    'Kijk na het gesprek terug op hoe je het leidde. Alleen jij ziet je reflectie, tenzij je hem inbrengt bij intervisie.',
  'facilitation.reflection.link': 'Mijn reflectie op dit gesprek',
  'facilitation.reflection.intro':
    'Kijk terug op hoe je het gesprek leidde. Schrijf op wat bij je opkomt; het hoeft niet af te zijn. Alleen jij ziet je reflectie, tenzij je hem inbrengt bij intervisie.',
  'facilitation.reflection.wentWell': 'Wat ging goed?',
  'facilitation.reflection.wentWell.hint': 'Een moment waarop je tevreden was over hoe je het deed.',
  'facilitation.reflection.hard': 'Wat vond je lastig?',
  'facilitation.reflection.hard.hint': 'Een moment waarop je twijfelde of niet wist wat je moest doen.',
  'facilitation.reflection.interrupting': 'Een moment waarop je onderbrak',
  'facilitation.reflection.interrupting.hint':
    'Wanneer onderbrak je iemand? Hoe deed je dat, en wat gebeurde er daarna?',
  'facilitation.reflection.impartiality': 'Bleef je onpartijdig?',
  'facilitation.reflection.impartiality.hint':
    "Denk aan je woorden ('wij', 'onze school') en aan momenten waarop je bijna partij koos.",
  'facilitation.reflection.nextTime': 'Wat doe je de volgende keer anders?',
  'facilitation.reflection.nextTime.hint': 'Eén of twee dingen die je wilt proberen.',
  'facilitation.reflection.save': 'Reflectie opslaan',
  'facilitation.reflection.saved': 'Je reflectie is opgeslagen.',
  'facilitation.reflection.savedAt': 'Laatst opgeslagen op {at}.',

  // My facilitation
  'facilitation.mine.title': 'Mijn gespreksleiding',
  'facilitation.mine.lead': 'Je gesprekken door de tijd heen, de feedback die je kreeg en je reflecties.',
  'facilitation.mine.link': 'Naar mijn gespreksleiding',
  'facilitation.mine.back': 'Terug naar mijn gespreksleiding',
  'facilitation.mine.sessions': 'Mijn gesprekken',
  'facilitation.mine.noSessions': 'Je hebt nog geen gesprekken geleid.',
  'facilitation.mine.evaluation': 'Evaluatie',
  'facilitation.mine.evaluationPending': 'Nog niet: de evaluatie komt als het gesprek is afgesloten.',
  'facilitation.mine.answered': 'Ingevuld door: {count}',
  'facilitation.mine.howItWent': 'Hoe ging het gesprek: {score}',
  'facilitation.mine.facilitation': 'Hoe was de gespreksleiding: {score}',
  'facilitation.mine.score': '{value} van 5',
  'facilitation.mine.tooFew': 'nog niet genoeg antwoorden',
  'facilitation.mine.reflection': 'Reflectie geschreven',
  'facilitation.mine.reflectionWrite': 'Reflectie schrijven',
  'facilitation.mine.reflectionOpen': 'Reflectie bekijken',
  'facilitation.mine.observations': 'Observaties ontvangen',
  'facilitation.mine.received': 'Observaties die ik kreeg',
  'facilitation.mine.receivedIntro':
    'Alleen jij ziet deze observaties. Je kunt er een delen met collega’s, bijvoorbeeld met je coach.',
  'facilitation.mine.noReceived': 'Je hebt nog geen observaties gekregen.',
  'facilitation.mine.observedBy': 'Van {name}, verstuurd op {at}',
  'facilitation.mine.shared': 'Met mij gedeeld',
  'facilitation.mine.noShared': 'Er zijn geen observaties met je gedeeld.',
  'facilitation.mine.reflections': 'Mijn reflecties',
  'facilitation.mine.noReflections': 'Je hebt nog geen reflecties geschreven.',
  'facilitation.mine.reflectionDate': 'Gesprek van {session} · laatst bijgewerkt op {at}',
  'facilitation.mine.reflectionEdit': 'Reflectie aanpassen',
  'facilitation.mine.written': 'Observaties die ik schreef',
  'facilitation.mine.noWritten': 'Je hebt nog geen observaties geschreven.',
  'facilitation.mine.writtenDraft': 'concept, nog niet verstuurd',
  'facilitation.mine.writtenSent': 'verstuurd op {at}',
  'facilitation.home.text': 'Je gesprekken, de feedback van observatoren, je reflecties en intervisie.',
  'facilitation.home.link': 'Naar mijn gespreksleiding',

  // Sharing an observation one received
  'facilitation.share.nobody': 'Je hebt deze observatie met niemand gedeeld.',
  'facilitation.share.with': 'Gedeeld met: {names}',
  'facilitation.share.button': 'Delen met collega’s',
  'facilitation.share.legend': 'Met wie deel je deze observatie?',
  'facilitation.share.hint':
    'Zij kunnen de observatie lezen onder "Mijn gespreksleiding". Haal een vinkje weg om niet meer te delen.',
  'facilitation.share.noColleagues': 'Er zijn geen collega’s op deze school om mee te delen.',
  'facilitation.share.tooMany': 'Deel met hoogstens {max} collega’s.',
  'facilitation.share.save': 'Delen opslaan',
  'facilitation.share.saved': 'Opgeslagen met wie je deze observatie deelt.',

  // Speaking-time balance per session
  'facilitation.balance.title': 'Verdeling van de spreektijd',
  'facilitation.balance.none': 'Bij dit gesprek is de spreektijd niet bijgehouden.',
  'facilitation.balance.pending': 'De verdeling komt als het gesprek is afgesloten.',
  'facilitation.balance.shares': 'Leerlingen of deelnemers {voices}%, docenten of toehoorders {listeners}%.',
  'facilitation.balance.notShown':
    'Niet getoond: een kant had maar één plek, dus het aandeel zou over één persoon gaan.',
  'facilitation.balance.listenOnly': '{side} luisterden in deze ronde alleen.',
  'facilitation.balance.deviations':
    '{count} keer kreeg de luisterende kant toch het woord (afwijking van de methode).',
  'facilitation.balance.spoke':
    'Plekken die iets zeiden: leerlingen of deelnemers {voices}, docenten of toehoorders {listeners}.',
  'facilitation.balance.ofSeats': '{spoke} van {seats}',

  // Intervision
  'facilitation.intervision.title': 'Intervisie',
  'facilitation.intervision.intro':
    'Bij intervisie bespreken gespreksleiders samen hoe zij gesprekken leiden. Iedereen kan een eigen reflectie inbrengen, met een vraag voor de groep.',
  'facilitation.intervision.schoolLink': 'Intervisie op {school}',
  'facilitation.intervision.back': 'Terug naar intervisie',
  'facilitation.intervision.meetings': 'Bijeenkomsten',
  'facilitation.intervision.none': 'Je doet nog niet mee aan een intervisiebijeenkomst.',
  'facilitation.intervision.members': 'Met: {names}',
  'facilitation.intervision.caseCount': 'Ingebrachte casussen: {count}',
  'facilitation.intervision.plan': 'Bijeenkomst plannen',
  'facilitation.intervision.meetingTitle': 'Naam van de bijeenkomst',
  'facilitation.intervision.meetingTitleHint': 'Bijvoorbeeld: Intervisie gespreksleiders, voorjaar.',
  'facilitation.intervision.plannedAt': 'Datum en tijd',
  'facilitation.intervision.place': 'Plaats',
  'facilitation.intervision.noPlace': 'Nog geen plaats',
  'facilitation.intervision.chooseMembers': 'Wie doen er mee?',
  'facilitation.intervision.membersHint': 'Kies gespreksleiders van deze school. Jij doet zelf altijd mee.',
  'facilitation.intervision.noOthers': 'Er zijn geen andere gespreksleiders op deze school.',
  'facilitation.intervision.planSubmit': 'Bijeenkomst plannen',
  'facilitation.intervision.planned': '"{title}" is gepland.',
  'facilitation.intervision.aboutTitle': 'Over deze bijeenkomst',
  'facilitation.intervision.memberList': 'Deelnemers',
  'facilitation.intervision.confidential':
    'Wat hier staat, zien alleen de deelnemers van deze bijeenkomst. Ga er zorgvuldig mee om.',
  'facilitation.cases.title': 'Casussen',
  'facilitation.cases.none': 'Er is nog geen casus ingebracht.',
  'facilitation.cases.broughtBy': 'Ingebracht door {name} · gesprek "{session}" van {at}',
  'facilitation.cases.remove': 'Casus terugnemen',
  'facilitation.cases.removeTitle': 'Casus terugnemen?',
  'facilitation.cases.removeText':
    'De groep ziet je reflectie en je vraag dan niet meer. Je reflectie zelf blijft bewaard.',
  'facilitation.cases.removed': 'Je casus is teruggenomen.',
  'facilitation.cases.bring': 'Een casus inbrengen',
  'facilitation.cases.bringIntro':
    'Kies een van je reflecties. De groep ziet dan je antwoorden en je vraag. Kies een vraag waar je echt mee verder wilt.',
  'facilitation.cases.noReflections':
    'Je hebt nog geen reflectie op een gesprek op deze school. Schrijf eerst een reflectie na een gesprek.',
  'facilitation.cases.reflection': 'Welke reflectie?',
  'facilitation.cases.question': 'Je vraag aan de groep',
  'facilitation.cases.questionHint':
    'Bijvoorbeeld: Hoe kan ik een docent onderbreken zonder dat het bot voelt?',
  'facilitation.cases.add': 'Casus inbrengen',
  'facilitation.cases.added': 'Je casus is ingebracht.',
  'facilitation.learned.title': 'Wat we geleerd hebben',
  'facilitation.learned.label': 'Wat we meenemen naar volgende gesprekken',
  'facilitation.learned.hint':
    'Schrijf samen op wat jullie geleerd hebben. Alle deelnemers kunnen dit aanpassen.',
  'facilitation.learned.saved': 'Opgeslagen.',
};
