import type { nlFacilitation } from '../nl/facilitation.ts';

/** Impartial assignment, observers, observations, reflections, the own-sessions view and intervision (F2, F3). */
export const enFacilitation: Record<keyof typeof nlFacilitation, string> = {
  'facilitation.backToSession': 'Back to the conversation',
  'facilitation.side.voices': 'students or participants',
  'facilitation.side.listeners': 'teachers or listeners',

  'facilitation.language.label': 'Tip:',
  'facilitation.language.organisationWe':
    "You write '{word}' about the school or the team. As a facilitator you stand outside it. Rather write '{suggestion}'.",
  'facilitation.language.closedQuestion':
    "'{sentence}' is a closed question: the answer is yes or no. Start with '{start}' for an open question.",

  'facilitation.impartiality.external': 'external',
  'facilitation.impartiality.homeTeam': 'team {teams}',
  'facilitation.impartiality.adminMay':
    'You are an administrator. You can assign this facilitator anyway if there is a good reason. Write down why below. Kring keeps the reason with the conversation.',
  'facilitation.impartiality.adminOnly':
    'Choose a facilitator from outside this team. Not possible? Then ask an administrator to assign this facilitator with a reason.',
  'facilitation.impartiality.reason': 'Reason to assign anyway',
  'facilitation.impartiality.reasonHint':
    'At least {min} characters. For example: no facilitator from outside the team is available.',
  'facilitation.impartiality.keptTitle': 'Facilitator from the listening team',
  'facilitation.impartiality.keptIntro':
    'An administrator assigned these facilitators anyway, although their own team listens. This is the reason:',
  'facilitation.impartiality.keptBy': 'Decided by {name} on {at}',
  'facilitation.impartiality.keptAt': 'Decided on {at}',

  'facilitation.homeTeam.internal': '{team} (internal)',
  'facilitation.homeTeam.external': 'No team (external)',
  'facilitation.homeTeam.none': 'No team',
  'facilitation.homeTeam.change': 'Change team',
  'facilitation.homeTeam.who': 'of {name} as {role}',
  'facilitation.homeTeam.title': 'Team of {name}',
  'facilitation.homeTeam.hint': 'The team this person belongs to.',
  'facilitation.homeTeam.facilitatorHint':
    'With a team this facilitator is internal: they do not lead a conversation in which their own team listens, unless an administrator allows it with a reason. Without a team the facilitator is external.',
  'facilitation.homeTeam.saved': 'The team of {name} has been saved.',

  'facilitation.observers.title': 'Observation',
  'facilitation.observers.intro':
    'An observer is another facilitator who watches how the conversation is led, and gives feedback afterwards. Only the facilitators of this conversation receive that feedback.',
  'facilitation.observers.current': 'Observers',
  'facilitation.observers.none': 'There are no observers yet.',
  'facilitation.observers.unknown': 'Unknown (no longer a facilitator)',
  'facilitation.observers.choose': 'Choose observers',
  'facilitation.observers.chooseHint':
    'At most {max}. You can choose from the school’s facilitators who do not lead this conversation themselves.',
  'facilitation.observers.noCandidates': 'There are no other facilitators at this school.',
  'facilitation.observers.tooMany': 'Choose at most {max} observers.',
  'facilitation.observers.save': 'Save observers',
  'facilitation.observers.saved': 'The observers have been saved.',
  'facilitation.observers.youObserve': 'You are an observer of this conversation.',
  'facilitation.observers.youObserveLater':
    'You are an observer of this conversation. Once it starts, you will find the speaking time and your observation form here.',
  'facilitation.observers.speakingLink': 'Keep track of speaking time',
  'facilitation.observers.formLink': 'My observation',

  'facilitation.observation.title': 'Observation',
  'facilitation.observation.intro':
    'Watch how the facilitator leads the conversation. Write down briefly what you see: concretely, with an example if you can.',
  'facilitation.observation.who':
    'Only the facilitator(s) of this conversation receive your observation. They can then share it with colleagues themselves.',
  'facilitation.observation.balance': 'How was the speaking time shared?',
  'facilitation.observation.balance.hint':
    'From 1 (one side or a few people had nearly all the time) to 5 (everyone who was meant to speak got the room).',
  'facilitation.observation.balanceValue': '{value} – {label}',
  'facilitation.observation.balance.1': 'very uneven',
  'facilitation.observation.balance.2': 'uneven',
  'facilitation.observation.balance.3': 'fair',
  'facilitation.observation.balance.4': 'almost balanced',
  'facilitation.observation.balance.5': 'balanced',
  'facilitation.observation.balance.none': 'No judgement',
  'facilitation.observation.balanceNote': 'About the speaking time',
  'facilitation.observation.balanceNote.hint':
    'Who spoke a lot, who spoke little? How did the facilitator deal with that?',
  'facilitation.observation.interrupting': 'Interrupting',
  'facilitation.observation.interrupting.hint':
    'At which moments did the facilitator interrupt someone? How did they do it, and how did it work?',
  'facilitation.observation.openQuestions': 'Open questions',
  'facilitation.observation.openQuestions.hint':
    "Which questions invited people to tell (often with 'how' or 'what')? Which only got a yes or a no?",
  'facilitation.observation.language': 'Impartial language',
  'facilitation.observation.language.hint':
    "Did the facilitator stay neutral? Listen for words like 'we' and 'our school', and for taking sides.",
  'facilitation.observation.wentWell': 'What went well?',
  'facilitation.observation.wentWell.hint': 'What should the facilitator keep doing?',
  'facilitation.observation.tip': 'One tip',
  'facilitation.observation.tip.hint': 'What could the facilitator try next time?',
  'facilitation.observation.sendHint':
    'You can save your observation as a draft and continue later. Once sent, you can no longer change it.',
  'facilitation.observation.saveDraft': 'Save draft',
  'facilitation.observation.send': 'Send to the facilitator',
  'facilitation.observation.saved': 'Your draft has been saved.',
  'facilitation.observation.sent': 'Your observation has been sent to the facilitator.',
  'facilitation.observation.alreadySent':
    'This observation had already been sent. You now see what was sent.',
  'facilitation.observation.draftAt': 'Draft, last saved on {at}.',
  'facilitation.observation.sentTitle': 'Sent',
  'facilitation.observation.sentAt': 'You sent this observation on {at}. It can no longer change.',
  'facilitation.answers.empty': 'Nothing was filled in.',

  'facilitation.reflection.title': 'Reflection',
  'facilitation.reflection.sessionText':
    'After the conversation, look back on how you led it. Only you see your reflection, unless you bring it into intervision.',
  'facilitation.reflection.link': 'My reflection on this conversation',
  'facilitation.reflection.intro':
    'Look back on how you led the conversation. Write what comes to mind; it need not be finished. Only you see your reflection, unless you bring it into intervision.',
  'facilitation.reflection.wentWell': 'What went well?',
  'facilitation.reflection.wentWell.hint': 'A moment when you were pleased with how you did it.',
  'facilitation.reflection.hard': 'What did you find hard?',
  'facilitation.reflection.hard.hint': 'A moment when you hesitated or did not know what to do.',
  'facilitation.reflection.interrupting': 'A moment you interrupted',
  'facilitation.reflection.interrupting.hint':
    'When did you interrupt someone? How did you do it, and what happened next?',
  'facilitation.reflection.impartiality': 'Did you stay impartial?',
  'facilitation.reflection.impartiality.hint':
    "Think of your words ('we', 'our school') and of moments when you nearly took sides.",
  'facilitation.reflection.nextTime': 'What will you do differently next time?',
  'facilitation.reflection.nextTime.hint': 'One or two things you want to try.',
  'facilitation.reflection.save': 'Save reflection',
  'facilitation.reflection.saved': 'Your reflection has been saved.',
  'facilitation.reflection.savedAt': 'Last saved on {at}.',

  'facilitation.mine.title': 'My facilitation',
  'facilitation.mine.lead': 'Your conversations over time, the feedback you received and your reflections.',
  'facilitation.mine.link': 'To my facilitation',
  'facilitation.mine.back': 'Back to my facilitation',
  'facilitation.mine.sessions': 'My conversations',
  'facilitation.mine.noSessions': 'You have not led any conversations yet.',
  'facilitation.mine.evaluation': 'Evaluation',
  'facilitation.mine.evaluationPending': 'Not yet: the evaluation comes once the conversation is closed.',
  'facilitation.mine.answered': 'Answered by: {count}',
  'facilitation.mine.howItWent': 'How the conversation went: {score}',
  'facilitation.mine.facilitation': 'How it was facilitated: {score}',
  'facilitation.mine.score': '{value} out of 5',
  'facilitation.mine.tooFew': 'not enough answers yet',
  'facilitation.mine.reflection': 'Reflection written',
  'facilitation.mine.reflectionWrite': 'Write a reflection',
  'facilitation.mine.reflectionOpen': 'View reflection',
  'facilitation.mine.observations': 'Observations received',
  'facilitation.mine.received': 'Observations I received',
  'facilitation.mine.receivedIntro':
    'Only you see these observations. You can share one with colleagues, for example with your coach.',
  'facilitation.mine.noReceived': 'You have not received any observations yet.',
  'facilitation.mine.observedBy': 'From {name}, sent on {at}',
  'facilitation.mine.shared': 'Shared with me',
  'facilitation.mine.noShared': 'No observations have been shared with you.',
  'facilitation.mine.reflections': 'My reflections',
  'facilitation.mine.noReflections': 'You have not written any reflections yet.',
  'facilitation.mine.reflectionDate': 'Conversation of {session} · last updated on {at}',
  'facilitation.mine.reflectionEdit': 'Change reflection',
  'facilitation.mine.written': 'Observations I wrote',
  'facilitation.mine.noWritten': 'You have not written any observations yet.',
  'facilitation.mine.writtenDraft': 'draft, not sent yet',
  'facilitation.mine.writtenSent': 'sent on {at}',
  'facilitation.home.text': 'Your conversations, feedback from observers, your reflections and intervision.',
  'facilitation.home.link': 'To my facilitation',

  'facilitation.share.nobody': 'You have not shared this observation with anyone.',
  'facilitation.share.with': 'Shared with: {names}',
  'facilitation.share.button': 'Share with colleagues',
  'facilitation.share.legend': 'Who do you share this observation with?',
  'facilitation.share.hint':
    'They can read the observation under "My facilitation". Untick someone to stop sharing with them.',
  'facilitation.share.noColleagues': 'There are no colleagues at this school to share with.',
  'facilitation.share.tooMany': 'Share with at most {max} colleagues.',
  'facilitation.share.save': 'Save sharing',
  'facilitation.share.saved': 'Saved who you share this observation with.',

  'facilitation.balance.title': 'How the speaking time was shared',
  'facilitation.balance.none': 'Speaking time was not tracked in this conversation.',
  'facilitation.balance.pending': 'The shares appear once the conversation is closed.',
  'facilitation.balance.shares': 'Students or participants {voices}%, teachers or listeners {listeners}%.',
  'facilitation.balance.notShown':
    'Not shown: one side had only one seat, so its share would be about one person.',
  'facilitation.balance.listenOnly': '{side} only listened in this round.',
  'facilitation.balance.deviations':
    '{count} times the listening side spoke anyway (a departure from the method).',
  'facilitation.balance.spoke':
    'Seats that said something: students or participants {voices}, teachers or listeners {listeners}.',
  'facilitation.balance.ofSeats': '{spoke} of {seats}',

  'facilitation.intervision.title': 'Intervision',
  'facilitation.intervision.intro':
    'In intervision, facilitators talk together about how they lead conversations. Everyone can bring in one of their reflections, with a question for the group.',
  'facilitation.intervision.schoolLink': 'Intervision at {school}',
  'facilitation.intervision.back': 'Back to intervision',
  'facilitation.intervision.meetings': 'Meetings',
  'facilitation.intervision.none': 'You are not in any intervision meeting yet.',
  'facilitation.intervision.members': 'With: {names}',
  'facilitation.intervision.caseCount': 'Cases brought in: {count}',
  'facilitation.intervision.plan': 'Plan a meeting',
  'facilitation.intervision.meetingTitle': 'Name of the meeting',
  'facilitation.intervision.meetingTitleHint': 'For example: Facilitators’ intervision, spring.',
  'facilitation.intervision.plannedAt': 'Date and time',
  'facilitation.intervision.place': 'Place',
  'facilitation.intervision.noPlace': 'No place yet',
  'facilitation.intervision.chooseMembers': 'Who takes part?',
  'facilitation.intervision.membersHint':
    'Choose facilitators of this school. You always take part yourself.',
  'facilitation.intervision.noOthers': 'There are no other facilitators at this school.',
  'facilitation.intervision.planSubmit': 'Plan meeting',
  'facilitation.intervision.planned': '"{title}" has been planned.',
  'facilitation.intervision.aboutTitle': 'About this meeting',
  'facilitation.intervision.memberList': 'Members',
  'facilitation.intervision.confidential':
    'What is here is seen only by the members of this meeting. Handle it with care.',
  'facilitation.cases.title': 'Cases',
  'facilitation.cases.none': 'No case has been brought in yet.',
  'facilitation.cases.broughtBy': 'Brought in by {name} · conversation "{session}" of {at}',
  'facilitation.cases.remove': 'Take case back',
  'facilitation.cases.removeTitle': 'Take case back?',
  'facilitation.cases.removeText':
    'The group will no longer see your reflection and your question. Your reflection itself is kept.',
  'facilitation.cases.removed': 'Your case has been taken back.',
  'facilitation.cases.bring': 'Bring in a case',
  'facilitation.cases.bringIntro':
    'Choose one of your reflections. The group then sees your answers and your question. Choose a question you really want to work on.',
  'facilitation.cases.noReflections':
    'You have no reflection on a conversation at this school yet. Write a reflection after a conversation first.',
  'facilitation.cases.reflection': 'Which reflection?',
  'facilitation.cases.question': 'Your question for the group',
  'facilitation.cases.questionHint': 'For example: How can I interrupt a teacher without it feeling blunt?',
  'facilitation.cases.add': 'Bring in case',
  'facilitation.cases.added': 'Your case has been brought in.',
  'facilitation.learned.title': 'What we learned',
  'facilitation.learned.label': 'What we take to our next conversations',
  'facilitation.learned.hint': 'Write down together what you learned. Every member can change this.',
  'facilitation.learned.saved': 'Saved.',
};
