import type { nlMeldpunt } from '../nl/meldpunt.ts';

/**
 * The reporting point (PRODUCT M1, M2): the labels of its answers (shared with the confidants' pages), the
 * student's form, the receipt code and the page to come back with it. Plain language, addressed to "you".
 */
export const enMeldpunt: Record<keyof typeof nlMeldpunt, string> = {
  'meldpunt.enum.category.sexual': 'Sexually inappropriate behaviour',
  'meldpunt.enum.category.bullying': 'Bullying',
  'meldpunt.enum.category.discrimination': 'Discrimination',
  'meldpunt.enum.category.other': 'Something else',
  'meldpunt.enum.location.school': 'At school',
  'meldpunt.enum.location.internship': 'At my internship',
  'meldpunt.enum.location.streetNightlife': 'In the street or on a night out',
  'meldpunt.enum.location.online': 'Online (app, social media, game)',
  'meldpunt.enum.period.today': 'Today',
  'meldpunt.enum.period.thisWeek': 'This week',
  'meldpunt.enum.period.thisMonth': 'This month',
  'meldpunt.enum.period.earlier': 'Longer ago',
  'meldpunt.enum.period.ongoing': 'It is still happening',
  'meldpunt.enum.involved.student': 'A student',
  'meldpunt.enum.involved.staff': 'Someone who works at the school',
  'meldpunt.enum.involved.internshipStaff': 'Someone at the internship company',
  'meldpunt.enum.involved.other': 'Someone else',
  'meldpunt.enum.need.conversation': 'A conversation',
  'meldpunt.enum.need.advice': 'Advice',
  'meldpunt.enum.need.officialReport': 'An official report',
  'meldpunt.enum.need.recordOnly': 'Only recording it',
  'meldpunt.enum.minor.yes': 'Yes, under 18',
  'meldpunt.enum.minor.no': 'No, 18 or older',
  'meldpunt.enum.minor.unknown': "I don't know",
  'meldpunt.enum.status.new': 'New',
  'meldpunt.enum.status.acknowledged': 'Read',
  'meldpunt.enum.status.inProgress': 'In progress',
  'meldpunt.enum.status.referred': 'Referred',
  'meldpunt.enum.status.closed': 'Closed',

  'meldpunt.report.title': 'Report something',
  'meldpunt.report.lead': 'Reporting point of {school}',
  'meldpunt.report.intro':
    'Did something happen that did not feel right? You can tell us here, in confidence. You do not need an account and you can stay anonymous. You get one question at a time.',
  'meldpunt.report.danger': 'Are you in danger right now? Call 112 straight away.',
  'meldpunt.report.notFound': 'This reporting point does not exist. Check that the address is right.',
  'meldpunt.report.progress': 'Step {step} of {total}',
  'meldpunt.report.back': 'Back',
  'meldpunt.report.next': 'Next',
  'meldpunt.report.send': 'Send report',
  'meldpunt.report.chooseOne': 'Choose an answer.',
  'meldpunt.report.chooseSome': 'Choose at least one answer.',
  'meldpunt.report.optional': '(you may leave this empty)',
  'meldpunt.report.returnLink': 'Already reported something? Come back with your code.',

  'meldpunt.report.category.legend': 'What happened?',
  'meldpunt.report.category.sexual.hint':
    'Someone crosses your sexual boundaries. For example: touching you when you do not want it, sexual remarks, or sending or sharing photos.',
  'meldpunt.report.category.bullying.hint':
    'Someone keeps being mean to you. For example: calling you names, leaving you out, threatening you or harassing you online.',
  'meldpunt.report.category.discrimination.hint':
    'Someone treats you worse because of who you are. For example because of your background, religion, skin colour, disability or because you are LGBTI+.',
  'meldpunt.report.category.other.hint': 'Something else that makes you feel unsafe.',
  'meldpunt.report.location.legend': 'Where did it happen?',
  'meldpunt.report.period.legend': 'When did it happen?',
  'meldpunt.report.when.label': 'Do you want to say more about when?',
  'meldpunt.report.when.hint': 'For example: every Monday during the break.',
  'meldpunt.report.involved.legend': 'Who did it, or who was there?',
  'meldpunt.report.involved.hint': 'Choose everything that fits.',
  'meldpunt.report.who.label': 'Do you want to say more about who?',
  'meldpunt.report.who.hint': 'You may give names, but you do not have to.',
  'meldpunt.report.needs.legend': 'What do you need?',
  'meldpunt.report.needs.hint': 'Choose everything that fits. You can still change your mind later.',
  'meldpunt.report.need.conversation.hint': 'You talk with a confidant about what happened.',
  'meldpunt.report.need.advice.hint': 'You hear what you can do and where you can get help.',
  'meldpunt.report.need.officialReport.hint':
    'You want the school to really act on it, for example with an investigation or a complaint.',
  'meldpunt.report.need.recordOnly.hint':
    'You only want the school to know. You do not want anything done about it (yet).',
  'meldpunt.report.confidant.legend': 'Who would you most like to talk to?',
  'meldpunt.report.confidant.hint': 'These are the confidants of {school}.',
  'meldpunt.report.confidant.any': "It doesn't matter",
  'meldpunt.report.story.legend': 'Tell us what happened',
  'meldpunt.report.story.label': 'Your story',
  'meldpunt.report.story.hint':
    'Write it in your own words. It does not need to be neat or complete. You can add more later.',
  'meldpunt.report.story.missing': 'Write briefly what happened.',
  'meldpunt.report.contact.legend': 'Do you want to stay anonymous?',
  'meldpunt.report.contact.anonymous': 'Yes, I stay anonymous',
  'meldpunt.report.contact.anonymous.hint':
    'The school does not know who you are. With your code you read the answers and can write back.',
  'meldpunt.report.contact.named': 'No, I give my details',
  'meldpunt.report.contact.named.hint': 'Then the confidant can also call or email you.',
  'meldpunt.report.contact.name': 'Your name',
  'meldpunt.report.contact.email': 'Your email address',
  'meldpunt.report.contact.phone': 'Your phone number',
  'meldpunt.report.contact.reachHint': 'Fill in your email address or your phone number, or both.',
  'meldpunt.report.contact.nameMissing': 'Fill in your name.',
  'meldpunt.report.contact.reachMissing': 'Fill in an email address or a phone number.',
  'meldpunt.report.minor.legend': 'Was the person it happened to under 18?',
  'meldpunt.report.minor.why':
    'We ask this because the law sometimes requires the school to act when it concerns someone under 18. The last step tells you when.',

  'meldpunt.report.summary.legend': 'Check everything once more',
  'meldpunt.report.summary.lead': 'Is something not right? Choose "Change" next to that question.',
  'meldpunt.report.summary.change': 'Change',
  'meldpunt.report.summary.anonymous': 'Anonymous',
  'meldpunt.report.summary.empty': 'Not filled in',
  'meldpunt.report.summary.readersTitle': 'Who reads your report?',
  'meldpunt.report.summary.readers':
    'Only the confidants of {school} can read what you write: {names}. Other people at school cannot.',
  'meldpunt.report.summary.readersPreferred': 'You asked for {name}.',
  'meldpunt.report.summary.dutyTitle': 'When must the school act?',
  'meldpunt.report.summary.duty':
    'Sometimes a confidant may not keep a report secret. That is the case when someone who works at the school may have committed a sexual offence against a student under 18. Then the school must tell the school board straight away. The board must then consult the confidential inspector of the education inspectorate. If there is a reasonable suspicion, the board reports it to the police.',
  'meldpunt.report.summary.dutyApplies':
    'What you filled in matches this rule. So the school must pass your report on to the school board. The confidant explains what happens and keeps helping you.',
  'meldpunt.report.summary.dutyInternship':
    'This rule does not apply to people at an internship company. Is it about someone at your internship company? Then the school helps you sort it out with the company and with SBB.',
  'meldpunt.report.summary.nextTitle': 'What happens next?',
  'meldpunt.report.summary.next':
    'A confidant reads your report and responds within {ackDays} days. Within {feedbackMonths} months you hear what the school has done about it. After sending you get a code. With it you read the answers.',

  'meldpunt.report.closed.title': 'This reporting point is not open yet',
  'meldpunt.report.closed.body':
    'You cannot report anything here yet, because no confidant is ready to read reports.',
  'meldpunt.report.closed.elsewhereTitle': 'Where can you go now?',
  'meldpunt.report.closed.teacher': 'Talk to a teacher or mentor you trust.',
  'meldpunt.report.closed.kindertelefoon':
    'Call the Kindertelefoon for free and anonymously: 0800-0432. You can also chat through the Kindertelefoon website.',

  'meldpunt.report.receipt.title': 'Your report has been sent',
  'meldpunt.report.receipt.lead': 'Thank you for telling us.',
  'meldpunt.report.receipt.codeLabel': 'Your code',
  'meldpunt.report.receipt.copy': 'Copy code',
  'meldpunt.report.receipt.copied': 'The code has been copied.',
  'meldpunt.report.receipt.copyFailed':
    'Copying did not work. The code is now selected, so you can copy it yourself. Or write it down.',
  'meldpunt.report.receipt.warningTitle': 'Keep this code safe',
  'meldpunt.report.receipt.warning':
    'Without this code you cannot read the confidant’s answers. Kring cannot get the code back and cannot make a new one.',
  'meldpunt.report.receipt.keep':
    'Write the code down or take a screenshot. Keep it somewhere other people do not look.',
  'meldpunt.report.receipt.next': 'A confidant responds within {ackDays} days.',
  'meldpunt.report.receipt.returnLink': 'To the page for coming back with your code',

  'meldpunt.return.title': 'Come back to your report',
  'meldpunt.return.lead':
    'Fill in the code you got when you sent your report. Then you can read the answers and write back.',
  'meldpunt.return.code': 'Your code',
  'meldpunt.return.codeHint': '16 digits. Spaces are fine.',
  'meldpunt.return.codeInvalid': 'A code has 16 digits.',
  'meldpunt.return.open': 'Show',
  'meldpunt.return.lost':
    'Lost your code? Then you cannot open this report any more. You can make a new report, though.',
  'meldpunt.return.newReport': 'Make a new report',
  'meldpunt.return.heading': 'Your report to {school}',
  'meldpunt.return.sentAt': 'Sent on {date}',
  'meldpunt.return.statusLabel': 'Status:',
  'meldpunt.return.status.new': 'Not read yet',
  'meldpunt.return.status.new.hint': 'No confidant has opened your report yet.',
  'meldpunt.return.status.acknowledged': 'Read',
  'meldpunt.return.status.acknowledged.hint': 'A confidant has read your report.',
  'meldpunt.return.status.inProgress': 'Being worked on',
  'meldpunt.return.status.inProgress.hint': 'The confidant is working on your report.',
  'meldpunt.return.status.referred': 'Passed on',
  'meldpunt.return.status.referred.hint':
    'Your report has been passed on to someone who can help you better. The conversation below tells you more.',
  'meldpunt.return.status.closed': 'Finished',
  'meldpunt.return.status.closed.hint':
    'The confidant has finished with your report. You can still send a message.',
  'meldpunt.return.ownTitle': 'What you wrote',
  'meldpunt.return.story': 'Your story',
  'meldpunt.return.when': 'When',
  'meldpunt.return.who': 'Who',
  'meldpunt.return.contact': 'Your details',
  'meldpunt.return.anonymous': 'You are anonymous.',
  'meldpunt.return.category': 'What happened',
  'meldpunt.return.conversationTitle': 'Conversation',
  'meldpunt.return.noMessages': 'There are no messages yet.',
  'meldpunt.return.you': 'You',
  'meldpunt.return.confidant': '{name}, confidant',
  'meldpunt.return.confidantUnnamed': 'Confidant',
  'meldpunt.return.answerTitle': 'Answer or add something',
  'meldpunt.return.answer': 'Your message',
  'meldpunt.return.answerHint': 'Answer the confidant, or tell something you still want to share.',
  'meldpunt.return.answerMissing': 'Write a message first.',
  'meldpunt.return.send': 'Send message',
  'meldpunt.return.sent': 'Your message has been sent.',
  'meldpunt.return.close': 'Done, clear the screen',
  'meldpunt.return.closeHint':
    'Are you done? Then take your report off this screen, certainly on a phone or computer you share. After that you need the code again.',
};
