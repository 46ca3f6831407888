/** Texts of the action plan: the plan of a session, owners' actions on the home page, the school's overview. */
export const enSpiegelPlan = {
  'action.status.planned': 'Planned',
  'action.status.inProgress': 'In progress',
  'action.status.done': 'Done',
  'action.status.dropped': 'Dropped',
  'action.overdue': 'Overdue',

  // The plan of one session (session page, console in round 5)
  'spiegelPlan.session.title': 'Action plan',
  'spiegelPlan.intro':
    'What will the school do with the recommendations? Write down each action on its own: what happens, who takes it on and when it is done.',
  'spiegelPlan.listTitle': 'Actions ({count})',
  'spiegelPlan.none': 'The plan has no actions yet.',
  'spiegelPlan.newTitle': 'New action',
  'spiegelPlan.add': 'Add action',
  'spiegelPlan.added': 'Action added.',
  'spiegelPlan.saved': 'Action saved.',
  'spiegelPlan.deleted': 'Action deleted.',
  'spiegelPlan.edit': 'Change',
  'spiegelPlan.editTitle': 'Change action',
  'spiegelPlan.deleteTitle': 'Delete action?',
  'spiegelPlan.deleteText':
    '"{what}" disappears from the action plan, together with its history. You cannot undo this.',
  'spiegelPlan.fromSession': 'From the conversation:',

  // One action's facts and history
  'spiegelPlan.facts.owner': 'Who takes it on',
  'spiegelPlan.facts.due': 'Done by',
  'spiegelPlan.facts.noDue': 'No date',
  'spiegelPlan.facts.status': 'Status',
  'spiegelPlan.owner.nobody': 'Nobody yet',
  'spiegelPlan.owner.role': 'Role: {role}',
  'spiegelPlan.history.title': 'History ({count})',
  'spiegelPlan.history.unknown': 'unknown',

  // The form to add or change an action
  'spiegelPlan.form.what': 'What will happen?',
  'spiegelPlan.form.whatHint':
    'Short and concrete, for example: "Every mentor discusses the class rules in week 3."',
  'spiegelPlan.form.cluster': 'From which cluster?',
  'spiegelPlan.form.clusterHint':
    'If "What will happen?" is still empty, Kring puts the title of the cluster there.',
  'spiegelPlan.form.noCluster': 'No cluster',
  'spiegelPlan.form.owner': 'Who takes it on?',
  'spiegelPlan.form.ownerHint': 'A person, a role, or nobody yet if that becomes clear later.',
  'spiegelPlan.form.ownerKind.person': 'A person',
  'spiegelPlan.form.ownerKind.role': 'A role',
  'spiegelPlan.form.ownerKind.none': 'Nobody yet',
  'spiegelPlan.form.ownerPerson': 'Person',
  'spiegelPlan.form.ownerRole': 'Role',
  'spiegelPlan.form.ownerRoleHint':
    'Everyone with this role at the school sees the action and can update its status.',
  'spiegelPlan.form.due': 'Done by (optional)',
  'spiegelPlan.form.dueHint': 'If the action is not done after this day, it is marked "Overdue".',

  // The owner's status update
  'spiegelPlan.status.label': 'Status',
  'spiegelPlan.status.note': 'Note (optional)',
  'spiegelPlan.status.noteHint':
    'What was done, or why does the status change? Participants who follow the progress read this too, so do not write names of students.',
  'spiegelPlan.status.saved': 'Status saved.',

  // Who carries the plan
  'spiegelPlan.followUp.title': 'Follow-up',
  'spiegelPlan.followUp.lead': 'Lead of the action plan',
  'spiegelPlan.followUp.leadHint': 'This person keeps an eye on the actions actually happening.',
  'spiegelPlan.followUp.contact': 'Contact person',
  'spiegelPlan.followUp.contactExplained':
    'The contact person receives the aftercare requests and is the point of contact for participants who follow the progress.',
  'spiegelPlan.followUp.submit': 'Save follow-up',
  'spiegelPlan.followUp.saved': 'Follow-up saved.',

  // The school's overview
  'spiegelPlan.overview.title': 'Actions from mirror conversations',
  'spiegelPlan.overview.link': 'View actions',
  'spiegelPlan.overview.intro':
    "All actions from this school's mirror conversations. The name of a conversation opens its whole action plan.",
  'spiegelPlan.overview.countsTitle': 'In numbers',
  'spiegelPlan.overview.listTitle': 'Actions',
  'spiegelPlan.overview.filter': 'Show',
  'spiegelPlan.overview.filter.all': 'All actions',
  'spiegelPlan.overview.filter.open': 'Still open',
  'spiegelPlan.overview.filter.overdue': 'Overdue',
  'spiegelPlan.overview.filter.done': 'Done or dropped',
  'spiegelPlan.overview.found': 'Found: {count}',

  // Home page cards
  'spiegelPlan.mine.title': 'My actions',
  'spiegelPlan.mine.intro':
    'These actions from mirror conversations are in your name, or in the name of a role you hold. Let us know here how far you are.',
  'spiegelPlan.mine.overdue': 'Overdue: {count}.',
  'spiegelPlan.aftercare.title': 'Aftercare requests',
  'spiegelPlan.aftercare.intro':
    'After a mirror conversation someone asked for aftercare, and you are the contact person. A request is anonymous, unless the person wrote down how to reach them.',
  'spiegelPlan.aftercare.when': 'Asked on',
  'spiegelPlan.aftercare.message': 'Message',
  'spiegelPlan.aftercare.noMessage': 'No message.',
  'spiegelPlan.aftercare.reach': 'How to reach this person',
  'spiegelPlan.aftercare.anonymous': 'Not given: this request is anonymous.',
  'spiegelPlan.aftercare.handled': 'Handled',
  'spiegelPlan.aftercare.handledBy': 'Handled by {name} on {when}.',
  'spiegelPlan.aftercare.handledToast': 'Aftercare request handled.',
} as const;
