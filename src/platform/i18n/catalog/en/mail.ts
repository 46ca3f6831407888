import type { nlMail } from '../nl/mail.ts';

export const enMail: Record<keyof typeof nlMail, string> = {
  'mail.greeting': 'Hello,',
  'mail.signature': 'Kind regards,\nKring',
  'mail.invitation.subject': 'You are invited to Kring ({school})',
  'mail.invitation.body':
    '{inviter} invites you to join Kring as {role} for {school} ({organisation}).\n\nOpen this link to create your account or accept your new role:\n{link}\n\nThe link works until {expires}. Not expecting this invitation? Then you can ignore this email.',
  'mail.reset.subject': 'A new password for Kring',
  'mail.reset.body':
    'Someone asked to reset the password of this account. Was it you? Then open this link:\n{link}\n\nThe link works for one hour and only once. Did you not ask for this? Then you need not do anything: your password stays the same.',
  'mail.aftercare.subject': 'Someone asks for aftercare after a mirror conversation',
  'mail.aftercare.body':
    'After the mirror conversation ‘{session}’, someone asked for aftercare, for example to talk things over. You are the contact person of this conversation.\n\nSign in; the request is on your home page:\n{link}\n\nThis email deliberately does not say what was asked.',
  'mail.meldpunt.ack.subject': 'A report at {school} is waiting for a first response',
  'mail.meldpunt.ack.body':
    'A report at the reporting point of {school} has not been acknowledged yet. The reporter should hear from the school by {due}.\n\nOpen the report in Kring (after signing in):\n{link}\n\nThis email deliberately says nothing about its content.',
  'mail.meldpunt.feedback.subject': 'A report at {school} is waiting for feedback',
  'mail.meldpunt.feedback.body':
    'For a report at {school}, the reporter should hear by {due} what the school is doing about it.\n\nOpen the report in Kring (after signing in):\n{link}\n\nThis email deliberately says nothing about its content.',
  'mail.meldpunt.report.subject': 'New report at the reporting point of {school}',
  'mail.meldpunt.report.body':
    'A new report has come in at the reporting point of {school}.\n\nOpen the report in Kring (after signing in):\n{link}\n\nThis email deliberately says nothing about its content.',
  'mail.meldpunt.message.subject': 'New message on a report at {school}',
  'mail.meldpunt.message.body':
    'A student has written on a report at {school}. If the report was closed, it is open again.\n\nOpen the report in Kring (after signing in):\n{link}\n\nThis email deliberately says nothing about its content.',
  'mail.meldpunt.crisis.subject': 'Crisis approach started for {school}',
  'mail.meldpunt.crisis.body':
    'The crisis approach for the board has been started in Kring for {school}. In the crisis log the board keeps track of which steps were taken, when and by whom.\n\nOpen the log (after signing in):\n{link}\n\nNeither this email nor the log holds anything from a report.',
};
