/** Messages the API returns with a 4xx, and validation messages shown next to form fields. */
export const nlErrors = {
  'errors.badRequest': 'Het verzoek klopt niet. Controleer wat je hebt ingevuld.',
  'errors.validation': 'Niet alles is goed ingevuld. Kijk bij de gemarkeerde velden.',
  'errors.unauthenticated': 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  'errors.forbidden': 'Je hebt geen toegang tot dit onderdeel.',
  'errors.notFound': 'Dit bestaat niet (meer), of je hebt er geen toegang toe.',
  'errors.conflict': 'Dit botst met iets wat al bestaat.',
  'errors.csrf': 'De pagina is verlopen. Laad de pagina opnieuw en probeer het nog eens.',
  'errors.rateLimited': 'Te veel pogingen. Wacht {seconds} seconden en probeer het dan opnieuw.',
  'errors.payloadTooLarge': 'Wat je stuurt is te groot.',
  'errors.unsupportedMediaType': 'Dit soort gegevens kan Kring niet lezen.',
  'errors.internal': 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  'errors.loginFailed': 'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
  'errors.totpInvalid': 'Deze code klopt niet of is verlopen. Kijk in je app voor de nieuwe code.',
  'errors.totpRequired': 'Zet eerst tweestapsverificatie aan om verder te gaan.',
  'errors.totpCannotDisable': 'Voor jouw rol is tweestapsverificatie verplicht. Je kunt het niet uitzetten.',
  'errors.totpNotStarted': 'Start eerst het instellen van tweestapsverificatie.',
  'errors.setupDone': 'Kring is al ingericht. Log in met je account.',
  'errors.setupTokenInvalid':
    'Deze inrichtingslink is niet (meer) geldig. Start Kring opnieuw voor een nieuwe link.',
  'errors.tokenInvalid': 'Deze link is niet (meer) geldig. Vraag om een nieuwe.',
  'errors.invitationForOtherAccount': 'Deze uitnodiging is voor een ander e-mailadres.',
  'errors.passwordWrong': 'Je huidige wachtwoord klopt niet.',
  'errors.confidantPassword': 'Als vertrouwenspersoon heb je een wachtwoord van minstens {min} tekens nodig.',
  'errors.alreadyMember': 'Deze persoon heeft deze rol op deze school al.',
  'errors.teamNotEmpty': 'Er horen nog mensen bij dit team. Haal ze eerst uit het team.',
  'errors.lastAdmin': 'Dit is de laatste beheerder. Maak eerst iemand anders beheerder.',
  'errors.totpAlreadyOn':
    'Tweestapsverificatie staat al aan. Zet het eerst uit om een nieuwe app te koppelen.',
  'errors.sessionClosed': 'Dit gesprek is afgesloten; de gegevens van de groep zijn al verwijderd.',
  'errors.notWritingTime':
    'Je kunt nu geen aanbeveling schrijven: dat gebeurt in de groepjes, als je in een groepje zit.',
  'errors.votingClosed': 'Stemmen kan nu niet: de gespreksleider zet het stemmen open.',
  'errors.noVotesLeft': 'Je hebt al je stemmen gebruikt. Haal er een terug om anders te stemmen.',
  'errors.groupsHavePostits':
    'De groepjes hebben al post-its geschreven. Nieuwe groepjes zouden die aan de verkeerde mensen laten zien.',
  'errors.tooManyPostits': 'Er hangen al zoveel post-its dat er geen meer bij kan. Ruim eerst dubbele op.',
  'errors.sessionFull': 'Er doen al zoveel mensen mee dat er niemand meer bij kan. Vraag de gespreksleider.',
  'errors.sessionNotLive': 'Dit gesprek is niet (meer) bezig.',
  'errors.joinCodeUnknown':
    'Deze code kennen we niet, of het gesprek is al afgelopen. Kijk nog eens op het scherm.',
  'errors.participantUnknown':
    'We herkennen dit apparaat niet meer voor dit gesprek. Doe opnieuw mee met de code.',
  'errors.notAssigned': 'Je bent niet de gespreksleider van dit gesprek.',
  'errors.templateInUse': 'Dit sjabloon kun je niet verwijderen zolang het nodig is.',
  'errors.notInSchool': 'Deze persoon hoort niet bij deze school.',
  'errors.notOwner': 'Alleen wie de actie uitvoert, of wie het actieplan beheert, kan de stand bijwerken.',
  'errors.alreadyEvaluated': 'Je hebt de evaluatie al ingevuld. Dank je wel!',
  'errors.progressLinkUnknown':
    'Deze voortgangslink werkt niet (meer). Vraag het aanspreekpunt van de school om een nieuwe.',
  'errors.notContactPerson': 'Alleen het aanspreekpunt van dit gesprek ziet de verzoeken om nazorg.',
  'errors.noEvaluationNow': 'De evaluatie kan alleen aan het eind van het gesprek, zolang het nog bezig is.',
  'validation.required': 'Vul dit veld in.',
  'validation.tooShort': 'Gebruik minstens {min} tekens.',
  'validation.confidantPassword':
    'Gebruik minstens {min} tekens. Als vertrouwenspersoon beschermt je wachtwoord de sleutel tot de meldingen, dus het moet langer zijn.',
  'validation.tooLong': 'Gebruik hoogstens {max} tekens.',
  'validation.email': 'Vul een geldig e-mailadres in, zoals naam@school.nl.',
  'validation.choice': 'Kies een van de mogelijkheden.',
  'validation.number': 'Vul een getal in.',
  'validation.totpCode': 'Vul de 6 cijfers uit je app in.',
  'validation.invalid': 'Deze waarde klopt niet.',
  'validation.unknownField': 'Dit veld kent Kring niet: {field}.',
  'errors.speakingListenerSeat':
    'In deze ronde luistert deze kant alleen. Bevestig dat je dit toch wilt noteren: het telt als afwijking van de methode.',
  'errors.facilitatorOwnTeam':
    'Een gespreksleider uit het team dat luistert, is een collega van de mensen die de feedback krijgen. Leerlingen houden zich dan eerder in, en de gespreksleider staat niet meer neutraal in het gesprek. Kies iemand van buiten dit team, of vraag een beheerder om met een reden toch toe te wijzen.',
  'errors.overrideAdminOnly':
    'Alleen een beheerder kan een gespreksleider uit het eigen team toch toewijzen.',
  'errors.observationEmpty': 'Vul eerst iets in: een lege observatie kun je niet versturen.',
  'errors.observationSent': 'Deze observatie is al verstuurd en kan niet meer veranderen.',
  'errors.notObserver': 'Je bent geen observator bij dit gesprek.',
  'errors.notFacilitator': 'Alleen de gespreksleiders van dit gesprek kunnen dit doen.',
  'validation.facilitatorOwnTeam': '{names} hoort bij het team dat luistert.',
  'validation.observerCandidate':
    'Kies begeleiders van deze school die dit gesprek niet zelf leiden en niet bij het team horen dat luistert.',
  'validation.intervisionMember': 'Kies begeleiders van deze school.',
  'validation.ownReflection': 'Kies een van je eigen reflecties.',
  'errors.meldpuntNoAccess':
    'Je kunt deze melding nog niet openen. Een collega-vertrouwenspersoon geeft je toegang zodra die de meldingen bekijkt, of een beheerder met de herstelsleutel.',
  'errors.meldpuntLocked': 'Log opnieuw in met je wachtwoord om meldingen te openen.',
  'errors.meldpuntWeakPassword':
    'Kies eerst een wachtwoord van minstens {min} tekens (onder Je account). Daarna kun je meldingen openen.',
  'errors.meldpuntNotOpen':
    'Dit meldpunt is nog niet open: er is nog geen vertrouwenspersoon die meldingen kan lezen. Praat met een docent of mentor die je vertrouwt, of bel of chat met de Kindertelefoon (0800-0432).',
  'errors.recoveryKeyExists': 'Deze school heeft al een herstelsleutel.',
  'errors.recoveryKeyWrong':
    'Deze herstelsleutel hoort niet bij deze school, of er is een teken verkeerd overgenomen.',
  'errors.receiptThrottled': 'Te veel verkeerde codes. Probeer het over {seconds} seconden opnieuw.',
  'errors.receiptUnknown': 'Deze code kennen we niet. Kijk de cijfers nog eens na.',
  'errors.receiptThrottledSecond': 'Te veel verkeerde codes. Wacht een seconde en probeer het dan opnieuw.',
  'errors.receiptThrottledMinutes':
    'Te veel verkeerde codes. Probeer het over {minutes} minuten opnieuw. Lukt het dan nog niet? Praat met een docent die je vertrouwt.',
} as const;
