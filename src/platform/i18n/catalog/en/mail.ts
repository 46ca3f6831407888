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
};
