/**
 * Agreements whose day to look back has come or is near (PRODUCT G4), each with the student, what was agreed and
 * the way to look back: open the conversation, or plan the follow-up that starts from these agreements.
 */
import { Link } from 'react-router';
import { formatDay } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { conversationPath, type MyConversations } from './types.ts';

export function AgreementsDue({ agreements }: { agreements: MyConversations['agreements'] }) {
  const { t, locale } = useT();
  return (
    <ul className="plain-list gesprek-due">
      {agreements.map((a) => (
        <li key={a.id} className={`gesprek-due__item${a.due ? ' gesprek-due__item--due' : ''}`}>
          <p className="gesprek-due__what">{a.what}</p>
          <p className="gesprek-due__meta">
            {a.className
              ? t('gesprekPages.studentInClass', { name: a.studentName, className: a.className })
              : a.studentName}
            {' · '}
            {a.due
              ? t('gesprekPages.due.since', { date: formatDay(locale, a.evaluateOn) })
              : t('gesprekPages.due.on', { date: formatDay(locale, a.evaluateOn) })}
          </p>
          <p className="gesprek-due__links">
            <Link to={conversationPath(a.schoolId, a.conversationId)}>{t('gesprekPages.due.open')}</Link>
            <Link to={`/gesprekken/${a.schoolId}/nieuw?vervolgOp=${a.conversationId}`}>
              {t('gesprekPages.due.followUp')}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
