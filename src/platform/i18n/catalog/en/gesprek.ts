import type { nlGesprek } from '../nl/gesprek.ts';

export const enGesprek: Record<keyof typeof nlGesprek, string> = {
  'errors.gesprek.readOnly': 'This conversation was shared with you to read. Only its teacher can change it.',
  'errors.gesprek.linkUnknown': 'This link does not work (any more). Ask your teacher for a new link.',
  'errors.gesprek.linkExpired': 'This link has expired. Ask your teacher for a new link.',
  'errors.gesprek.preparationClosed':
    'The conversation has taken place, so your preparation can no longer change. Your teacher has kept it.',
  'errors.gesprek.notHeldYet': 'You can answer this once the conversation has taken place.',
  'errors.gesprek.listeningAfter': 'You can rate your own listening once the conversation is finished.',
  'errors.gesprek.rosterEmpty': 'The file is empty.',
  'errors.gesprek.rosterNoName':
    'Kring finds no column with a name in the first line. Use for example the columns "name" and "class", or "givenName" and "familyName".',
  'errors.gesprek.rosterTooMany': 'The file has more than {max} lines. Split it into smaller files.',
  'errors.gesprek.rosterUnreadable':
    'Kring cannot read this file as CSV. Save it from your spreadsheet as "CSV (comma or semicolon separated)".',
  'errors.gesprek.notColleague': 'You can share a conversation only with colleagues of this school.',

  'mail.gesprek.reminder.subjectOne': 'An agreement from a conversation with a student is due for review',
  'mail.gesprek.reminder.bodyOne':
    'An agreement you made in a conversation with a student is due for review today: did it work?\n\nYou will find it in Kring (after signing in), under Conversations with students:\n{link}\n\nThis mail deliberately holds no name and nothing of the agreement itself.',
  'mail.gesprek.reminder.subject': '{count} agreements from conversations with students are due for review',
  'mail.gesprek.reminder.body':
    '{count} agreements you made in conversations with students are due for review today: did they work?\n\nYou will find them in Kring (after signing in), under Conversations with students:\n{link}\n\nThis mail deliberately holds no names and nothing of the agreements themselves.',

  'gesprek.level.primary': 'Primary, years 6 to 8 (groep 6–8)',
  'gesprek.level.secondary': 'Secondary and vocational',

  'gesprek.prep.primary.intro':
    'Hi {student}! {teacher} would like to talk with you. Below you can read what about. Think about it at home first, on your own or with your parents. You do not have to write whole sentences: a few words are enough. You can save in between and carry on later.',
  'gesprek.prep.primary.wantToTalk': 'Would you like to talk about this?',
  'gesprek.prep.primary.wantToTalk.yes': 'Yes, please',
  'gesprek.prep.primary.wantToTalk.otherTime': 'Yes, but rather at another time',
  'gesprek.prep.primary.wantToTalk.notNow': 'Not just yet',
  'gesprek.prep.primary.when': 'When would you most like to talk?',
  'gesprek.prep.primary.when.hint': 'For example: after the break, or at the end of the day.',
  'gesprek.prep.primary.teacherShould': 'What can {teacher} do to make it a good talk?',
  'gesprek.prep.primary.teacherShouldNot': 'What should {teacher} not do?',
  'gesprek.prep.primary.theme': 'What would you like to talk about? What do you hope the talk will bring?',
  'gesprek.prep.primary.difficult': 'What do you find hard? And when do you notice it?',
  'gesprek.prep.primary.difficult.hint':
    'What do you do then? What do your classmates, your parents or {teacher} do?',
  'gesprek.prep.primary.goesWell': 'When does it go well? What is different then?',
  'gesprek.prep.primary.goodAt': 'What are you good at? What do others like about you?',
  'gesprek.prep.primary.goal': 'What would you like to learn or change? How will others see that it worked?',
  'gesprek.prep.primary.help': 'Who can help you with it, and how? What can you already do yourself?',

  'gesprek.prep.secondary.intro':
    '{teacher} would like to talk with you. Below you can read what about. Prepare by answering the questions in a few keywords. You can do that on your own, or with your parents or classmates. You can save in between and carry on later.',
  'gesprek.prep.secondary.wantToTalk': 'Do you want to talk about this?',
  'gesprek.prep.secondary.wantToTalk.yes': 'Yes',
  'gesprek.prep.secondary.wantToTalk.otherTime': 'Yes, but at another time',
  'gesprek.prep.secondary.wantToTalk.notNow': 'Rather not now',
  'gesprek.prep.secondary.when': 'Which moment suits you?',
  'gesprek.prep.secondary.when.hint': 'For example: the mentor lesson, or after sixth period.',
  'gesprek.prep.secondary.teacherShould':
    'What helps you in the conversation? What should {teacher} certainly do?',
  'gesprek.prep.secondary.teacherShouldNot': 'What had {teacher} better not do in the conversation?',
  'gesprek.prep.secondary.theme': 'What do you want to achieve with this conversation?',
  'gesprek.prep.secondary.difficult': 'What is hard for you, and at which moments?',
  'gesprek.prep.secondary.difficult.hint':
    'Why do you think that is? What do you do then, and what do classmates, your parents or your teacher do?',
  'gesprek.prep.secondary.goesWell': 'When does it work? What makes the difference then?',
  'gesprek.prep.secondary.goodAt': 'What are you good at? What are your strengths?',
  'gesprek.prep.secondary.goal': 'What is your goal? How will you and others notice that you reached it?',
  'gesprek.prep.secondary.help': 'Who or what helps you reach your goal? What will you do yourself?',

  'gesprek.form.section.theme': 'Topic and shared aim',
  'gesprek.form.theme':
    'What are we talking about, and what do we want to achieve together with this conversation?',
  'gesprek.form.section.difficult': 'The difficult situation',
  'gesprek.form.difficult': 'What is hard for the student, and why?',
  'gesprek.form.roleStudent': 'What does the student do?',
  'gesprek.form.roleClassmates': 'What do classmates do?',
  'gesprek.form.roleTeacher': 'What does the teacher do?',
  'gesprek.form.roleParents': 'What do the parents do?',
  'gesprek.form.section.goesWell': 'When it goes well',
  'gesprek.form.goesWell':
    'When is it not a problem? What do the student and the others do differently then?',
  'gesprek.form.section.positives': 'Strengths',
  'gesprek.form.positives':
    'What goes well? What talents and interests does the student have? What else is positive, also around the student?',
  'gesprek.form.section.goal': 'Goal',
  'gesprek.form.goal': 'What do we want to achieve together? What will we see or hear when it has worked?',
  'gesprek.form.goal.hint':
    'Write the goal positively and achievably, so concrete that you can see or hear it.',
  'gesprek.form.section.needs': 'What the student needs',
  'gesprek.form.needsWho': 'Who can help, and how?',
  'gesprek.form.needsOwn': 'What solutions does the student come up with?',
  'gesprek.form.needsTeacher': 'What does the teacher add?',
  'gesprek.form.section.agreements': 'Agreements',
  'gesprek.form.agreements.intro':
    'Who does what, how, and when do we look back together on whether it worked?',
  'gesprek.form.section.evaluation': 'Looking back on this conversation',
  'gesprek.form.aimsReached': 'Did we achieve what we wanted with this conversation?',
  'gesprek.form.pleasant': 'Was it a pleasant conversation?',
  'gesprek.form.evaluationWhy': 'Why, or why not?',
  'gesprek.answer.yes': 'Yes',
  'gesprek.answer.partly': 'Partly',
  'gesprek.answer.no': 'No',
  'gesprek.answer.none': 'Not answered yet',

  'gesprek.heard.question': 'Did you feel you were really listened to?',
  'gesprek.heard.yes': 'Yes',
  'gesprek.heard.partly': 'A little',
  'gesprek.heard.no': 'No',
  'gesprek.heard.note': 'Anything you would like to say about it? (may stay empty)',

  'gesprek.owner.student': 'the student',
  'gesprek.owner.teacher': 'the teacher',
  'gesprek.owner.together': 'student and teacher together',
  'gesprek.owner.parents': 'the parents',
  'gesprek.owner.other': 'someone else',
  'gesprek.outcome.achieved': 'Worked',
  'gesprek.outcome.partly': 'Partly worked',
  'gesprek.outcome.notAchieved': 'Did not work',

  'gesprek.listening.1': 'Selective: I mostly heard what I already expected.',
  'gesprek.listening.2':
    'Weighing: I listened for whether I agreed, and sometimes wanted to be proven right.',
  'gesprek.listening.3': 'Curious: I assumed that together we get further than I would alone.',
  'gesprek.listening.4': 'Learning: I let the student change my mind.',
  'gesprek.listening.short.1': 'Selective',
  'gesprek.listening.short.2': 'Weighing',
  'gesprek.listening.short.3': 'Curious',
  'gesprek.listening.short.4': 'Learning',

  'gesprek.pdf.title': 'Conversation with {student}',
  'gesprek.pdf.facts': '{school} · {teacher} · {date}',
  'gesprek.pdf.class': 'Class or group: {className}',
  'gesprek.pdf.aim': 'Aim of the conversation',
  'gesprek.pdf.preparation': "The student's preparation",
  'gesprek.pdf.noPreparation': 'The student did not fill in a preparation.',
  'gesprek.pdf.conversation': 'The conversation',
  'gesprek.pdf.previous': 'Agreements from the previous conversation ({date})',
  'gesprek.pdf.agreement': '{what} — {owner}, review on {date}',
  'gesprek.pdf.agreementHow': 'How: {how}',
  'gesprek.pdf.agreementResult': 'Review: {outcome}',
  'gesprek.pdf.noAgreements': 'No agreements were made.',
  'gesprek.pdf.empty': '—',
  'gesprek.pdf.heard': 'The student felt listened to: {answer}',
  'gesprek.pdf.footer': 'Made with Kring on {date}. For the student file; do not pass it on.',
};
