/** The emails Kring sends, composed from the catalog in the recipient's language. */
import { type Locale, translate } from '../i18n/index.ts';
import type { OutgoingMail } from './mailer.ts';

function compose(locale: Locale, to: string, subject: string, body: string): OutgoingMail {
  const text = [translate(locale, 'mail.greeting'), '', body, '', translate(locale, 'mail.signature')].join(
    '\n',
  );
  return { to, subject, text };
}

export function invitationMail(
  locale: Locale,
  to: string,
  p: { inviter: string; role: string; school: string; organisation: string; link: string; expires: Date },
): OutgoingMail {
  const expires = p.expires.toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
  return compose(
    locale,
    to,
    translate(locale, 'mail.invitation.subject', { school: p.school }),
    translate(locale, 'mail.invitation.body', { ...p, expires }),
  );
}

export function passwordResetMail(locale: Locale, to: string, link: string): OutgoingMail {
  return compose(
    locale,
    to,
    translate(locale, 'mail.reset.subject'),
    translate(locale, 'mail.reset.body', { link }),
  );
}

/** Tells a contact person that someone asked for aftercare; what they wrote stays in Kring, behind a sign-in. */
export function aftercareMail(
  locale: Locale,
  to: string,
  p: { session: string; link: string },
): OutgoingMail {
  return compose(
    locale,
    to,
    translate(locale, 'mail.aftercare.subject'),
    translate(locale, 'mail.aftercare.body', p),
  );
}

/**
 * Reminds a teacher that agreements from their conversations with students are due for evaluation: how many
 * and a link, never a student's name or what was agreed.
 */
export function conversationReminderMail(
  locale: Locale,
  to: string,
  p: { count: number; link: string },
): OutgoingMail {
  return compose(
    locale,
    to,
    translate(
      locale,
      p.count === 1 ? 'mail.gesprek.reminder.subjectOne' : 'mail.gesprek.reminder.subject',
      p,
    ),
    translate(locale, p.count === 1 ? 'mail.gesprek.reminder.bodyOne' : 'mail.gesprek.reminder.body', p),
  );
}

/** Reminds a confidant of a deadline of a case: the school, the deadline and a link, nothing of the case itself. */
export function meldpuntReminderMail(
  locale: Locale,
  to: string,
  p: { kind: 'ack' | 'feedback'; school: string; due: string; link: string },
): OutgoingMail {
  const due = new Date(p.due).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
  return compose(
    locale,
    to,
    translate(locale, `mail.meldpunt.${p.kind}.subject`, { school: p.school }),
    translate(locale, `mail.meldpunt.${p.kind}.body`, { school: p.school, due, link: p.link }),
  );
}

/** Tells a confidant that a new report or a student's message is waiting: a link, nothing of the case. */
export function meldpuntNoticeMail(
  locale: Locale,
  to: string,
  p: { kind: 'report' | 'message'; school: string; link: string },
): OutgoingMail {
  return compose(
    locale,
    to,
    translate(locale, `mail.meldpunt.${p.kind}.subject`, { school: p.school }),
    translate(locale, `mail.meldpunt.${p.kind}.body`, { school: p.school, link: p.link }),
  );
}

/** Tells the school board that a crisis log was started: the school and a link, nothing of any report. */
export function meldpuntCrisisMail(
  locale: Locale,
  to: string,
  p: { school: string; link: string },
): OutgoingMail {
  return compose(
    locale,
    to,
    translate(locale, 'mail.meldpunt.crisis.subject', { school: p.school }),
    translate(locale, 'mail.meldpunt.crisis.body', p),
  );
}
