import type { nlSpiegelClosing } from '../nl/spiegelClosing.ts';

/** Texts of the closing and after: the evaluation, aftercare, the progress page and the session report. */
export const enSpiegelClosing: Record<keyof typeof nlSpiegelClosing, string> = {
  'spiegel.eval.title': 'How did you find it?',
  'spiegel.eval.lead':
    'A short evaluation. Everything is optional and anonymous: nobody can see what you fill in.',
  'spiegel.eval.q.howItWent': 'How did the conversation go?',
  'spiegel.eval.q.feltSafe': 'Did it feel safe to speak openly?',
  'spiegel.eval.q.rulesKept': 'Did everyone keep to the agreements?',
  'spiegel.eval.q.facilitation': 'How did you find the facilitation?',
  'spiegel.eval.q.joinAgain': 'Would you take part again?',
  'spiegel.eval.scale.1': '1 – poor',
  'spiegel.eval.scale.5': '5 – very good',
  'spiegel.eval.answer.yes': 'Yes',
  'spiegel.eval.answer.mostly': 'Mostly',
  'spiegel.eval.answer.no': 'No',
  'spiegel.eval.answer.maybe': 'Maybe',
  'spiegel.eval.improve': 'What could be better?',
  'spiegel.eval.improveHint': 'You may leave this empty. Please do not write names.',
  'spiegel.eval.submit': 'Send evaluation',
  'spiegel.eval.thanks': 'Thank you for your evaluation!',
  'spiegel.eval.thanksLater': 'Would you like to talk to someone later after all? Then tell the facilitator.',
  'spiegel.eval.thanksAftercare':
    'Your request has been passed on to the contact person of this conversation.',
  'spiegel.eval.aftercareNotSent':
    'You had already filled in the evaluation, so your request was not sent. Would you like to talk to someone? Then tell the facilitator.',

  'spiegel.aftercare.legend': 'Do you need something now, for example someone to talk things over with?',
  'spiegel.aftercare.apart': 'This part is separate from the evaluation.',
  'spiegel.aftercare.want': 'Yes, I need something',
  'spiegel.aftercare.who':
    'Your request goes to the contact person of this conversation, separately from your evaluation. They only see what you write here.',
  'spiegel.aftercare.message': 'What would you like to say? (you may leave this empty)',
  'spiegel.aftercare.reach': 'How can we reach you? (only if you want)',
  'spiegel.aftercare.reachHint': 'For example your name and class, or your email address.',

  'spiegel.stay.title': 'Stay informed',
  'spiegel.stay.lead':
    'Would you like to see later what the school does with your recommendations? Then make a link to the progress. You do not need an account.',
  'spiegel.stay.button': 'Make a link to the progress',
  'spiegel.stay.yourLink': 'Your link to the progress:',
  'spiegel.stay.save':
    'Keep this link: bookmark it or take a screenshot. After the conversation you cannot make a new link.',

  'spiegel.evalSummary.title': 'Evaluation',
  'spiegel.evalSummary.answered': 'Filled in by: {count}',
  'spiegel.evalSummary.small':
    'Fewer than five people filled in the evaluation. That is why every answer shows "<5": this keeps everyone anonymous.',
  'spiegel.evalSummary.fewLegend': 'A striped bar means: fewer than five ("<5").',
  'spiegel.evalSummary.answer': 'Answer',
  'spiegel.evalSummary.count': 'Number',
  'spiegel.evalSummary.improvements': 'What could be better?',
  'spiegel.evalSummary.improvementsHidden':
    'You see these answers only once at least five people have filled in the evaluation. With fewer, you could guess who wrote what.',
  'spiegel.evalSummary.noImprovements': 'Nobody wrote anything.',
  'spiegel.evalSummary.aftercare': 'Requests for aftercare: {count}',
  'spiegel.evalSummary.pending':
    'You see the answers once the conversation is closed. That way nobody can tell from a changing number what someone just answered.',
  'spiegel.evalSummary.reload': 'Refresh evaluation',

  'spiegel.reportLinks.title': 'Report and progress',
  'spiegel.reportLinks.report': 'View the report',
  'spiegel.reportLinks.pdf': 'Report as PDF',
  'spiegel.reportLinks.md': 'Report as Markdown',
  'spiegel.reportLinks.download': '(download a file)',
  'spiegel.reportLinks.progressTitle': 'Progress link',
  'spiegel.reportLinks.progressLead':
    'With the progress link anyone can follow what happens with the action plan. No account is needed. The page is read-only and shows only the action plan.',
  'spiegel.reportLinks.progressButton': 'Make or show the progress link',
  'spiegel.reportLinks.progressLink': 'Progress link',
  'spiegel.reportLinks.progressHint':
    'Read-only, no account needed. Share it with the participants, for example through the mentor or the newsletter.',

  'spiegel.report.pageTitle': 'Report: {title}',
  'spiegel.report.loading': 'Report',
  'spiegel.report.back': 'Back to the conversation',
  'spiegel.report.school': 'School',
  'spiegel.report.print': 'Print',
  'spiegel.report.participants': 'Participants',
  'spiegel.report.participantsNote': 'Numbers under five are shown as "<5".',
  'spiegel.report.recommendations': 'Recommendations',
  'spiegel.report.noRecommendations': 'There are no recommendations.',
  'spiegel.report.clusters': 'What matters most',
  'spiegel.report.clustersLead': 'The clusters of recommendations, in order of the number of votes.',
  'spiegel.report.noClusters': 'There are no clusters.',
  'spiegel.report.votes': 'Votes: {votes}',
  'spiegel.report.actions': 'Action plan',
  'spiegel.report.noActions': 'There is no action plan yet.',
  'spiegel.report.what': 'What',
  'spiegel.report.target': 'For whom',
  'spiegel.report.owner': 'Who',
  'spiegel.report.due': 'Due',
  'spiegel.report.status': 'Status',
  'spiegel.report.nobody': 'Not chosen yet',
  'spiegel.report.noDue': 'No date',
  'spiegel.report.followUp': 'Follow-up',
  'spiegel.report.lead': 'Lead',
  'spiegel.report.contact': 'Contact person',

  'spiegel.progress.pageTitle': 'Progress',
  'spiegel.progress.lead': 'What the school does with the recommendations from the mirror conversation.',
  'spiegel.progress.invalid':
    'This link does not work. Perhaps it was not copied completely. Ask the contact person at your school for the right link.',
  'spiegel.progress.actions': 'Actions',
  'spiegel.progress.noActions': 'No actions have been agreed yet.',
  'spiegel.progress.updated': 'Updated',
  'spiegel.progress.note': 'Latest note',
};
