/** Texts of the action plan: the plan of a session, owners' actions on the home page, the school's overview. */
export const nlSpiegelPlan = {
  'action.status.planned': 'Gepland',
  'action.status.inProgress': 'Bezig',
  'action.status.done': 'Klaar',
  'action.status.dropped': 'Vervallen',
  'action.overdue': 'Over tijd',

  // The plan of one session (session page, console in round 5)
  'spiegelPlan.session.title': 'Actieplan',
  'spiegelPlan.intro':
    'Wat gaat de school doen met de aanbevelingen? Schrijf elke actie apart op: wat er gebeurt, wie het oppakt en wanneer het klaar is.',
  'spiegelPlan.listTitle': 'Acties ({count})',
  'spiegelPlan.none': 'Er staan nog geen acties in het plan.',
  'spiegelPlan.newTitle': 'Nieuwe actie',
  'spiegelPlan.add': 'Actie toevoegen',
  'spiegelPlan.added': 'Actie toegevoegd.',
  'spiegelPlan.saved': 'Actie opgeslagen.',
  'spiegelPlan.deleted': 'Actie verwijderd.',
  'spiegelPlan.edit': 'Wijzigen',
  'spiegelPlan.editTitle': 'Actie wijzigen',
  'spiegelPlan.deleteTitle': 'Actie verwijderen?',
  'spiegelPlan.deleteText':
    '"{what}" verdwijnt uit het actieplan, met de geschiedenis erbij. Dit kun je niet terugdraaien.',
  'spiegelPlan.fromSession': 'Uit het gesprek:',

  // One action's facts and history
  'spiegelPlan.facts.owner': 'Wie pakt het op',
  'spiegelPlan.facts.due': 'Klaar op',
  'spiegelPlan.facts.noDue': 'Geen datum',
  'spiegelPlan.facts.status': 'Status',
  'spiegelPlan.owner.nobody': 'Nog niemand',
  'spiegelPlan.owner.role': 'Rol: {role}',
  'spiegelPlan.history.title': 'Geschiedenis ({count})',
  'spiegelPlan.history.unknown': 'onbekend',

  // The form to add or change an action
  'spiegelPlan.form.what': 'Wat gaat er gebeuren?',
  'spiegelPlan.form.whatHint':
    'Kort en concreet, bijvoorbeeld: "Elke mentor bespreekt de klassenregels in week 3."',
  'spiegelPlan.form.cluster': 'Uit welk cluster?',
  'spiegelPlan.form.clusterHint':
    'Is "Wat gaat er gebeuren?" nog leeg, dan zet Kring de titel van het cluster daar neer.',
  'spiegelPlan.form.noCluster': 'Geen cluster',
  'spiegelPlan.form.owner': 'Wie pakt het op?',
  'spiegelPlan.form.ownerHint': 'Een persoon, een rol, of nog niemand als dat later duidelijk wordt.',
  'spiegelPlan.form.ownerKind.person': 'Een persoon',
  'spiegelPlan.form.ownerKind.role': 'Een rol',
  'spiegelPlan.form.ownerKind.none': 'Nog niemand',
  'spiegelPlan.form.ownerPerson': 'Persoon',
  'spiegelPlan.form.ownerRole': 'Rol',
  'spiegelPlan.form.ownerRoleHint':
    'Iedereen met deze rol op school ziet de actie en kan de status bijwerken.',
  'spiegelPlan.form.due': 'Klaar op (mag leeg)',
  'spiegelPlan.form.dueHint': 'Is de actie na deze dag nog niet klaar, dan staat er "Over tijd" bij.',

  // The owner's status update
  'spiegelPlan.status.label': 'Status',
  'spiegelPlan.status.note': 'Toelichting (mag leeg)',
  'spiegelPlan.status.noteHint':
    'Wat is er gedaan, of waarom verandert de status? Deelnemers die de voortgang volgen, lezen dit ook. Schrijf dus geen namen van leerlingen.',
  'spiegelPlan.status.saved': 'Status opgeslagen.',

  // Who carries the plan
  'spiegelPlan.followUp.title': 'Opvolging',
  'spiegelPlan.followUp.lead': 'Trekker van het actieplan',
  'spiegelPlan.followUp.leadHint': 'Deze persoon houdt in de gaten dat de acties ook gebeuren.',
  'spiegelPlan.followUp.contact': 'Contactpersoon',
  'spiegelPlan.followUp.contactExplained':
    'De contactpersoon krijgt de nazorgverzoeken en is het aanspreekpunt voor deelnemers die de voortgang volgen.',
  'spiegelPlan.followUp.submit': 'Opvolging opslaan',
  'spiegelPlan.followUp.saved': 'Opvolging opgeslagen.',

  // The school's overview
  'spiegelPlan.overview.title': 'Acties uit spiegelgesprekken',
  'spiegelPlan.overview.link': 'Acties bekijken',
  'spiegelPlan.overview.intro':
    'Alle acties uit de spiegelgesprekken van deze school. Via de naam van een gesprek open je het hele actieplan.',
  'spiegelPlan.overview.countsTitle': 'In cijfers',
  'spiegelPlan.overview.listTitle': 'Acties',
  'spiegelPlan.overview.filter': 'Toon',
  'spiegelPlan.overview.filter.all': 'Alle acties',
  'spiegelPlan.overview.filter.open': 'Nog open',
  'spiegelPlan.overview.filter.overdue': 'Over tijd',
  'spiegelPlan.overview.filter.done': 'Klaar of vervallen',
  'spiegelPlan.overview.found': 'Gevonden: {count}',

  // Home page cards
  'spiegelPlan.mine.title': 'Mijn acties',
  'spiegelPlan.mine.intro':
    'Deze acties uit spiegelgesprekken staan op jouw naam, of op een rol die je hebt. Laat hier weten hoe ver je bent.',
  'spiegelPlan.mine.overdue': 'Over tijd: {count}.',
  'spiegelPlan.aftercare.title': 'Nazorgverzoeken',
  'spiegelPlan.aftercare.intro':
    'Na een spiegelgesprek vroeg iemand om nazorg, en jij bent de contactpersoon. Een verzoek is anoniem, behalve als iemand zelf opschreef hoe je diegene bereikt.',
  'spiegelPlan.aftercare.when': 'Gevraagd op',
  'spiegelPlan.aftercare.message': 'Bericht',
  'spiegelPlan.aftercare.noMessage': 'Geen bericht.',
  'spiegelPlan.aftercare.reach': 'Zo bereik je deze persoon',
  'spiegelPlan.aftercare.anonymous': 'Niet opgegeven: dit verzoek is anoniem.',
  'spiegelPlan.aftercare.handled': 'Afgehandeld',
  'spiegelPlan.aftercare.handledBy': 'Afgehandeld door {name} op {when}.',
  'spiegelPlan.aftercare.handledToast': 'Nazorgverzoek afgehandeld.',
} as const;
