/**
 * Conversations with students (/gesprekken, PRODUCT G1–G4): the agreements due for a look back, the teacher's
 * own conversations with how far each is, those colleagues shared, and the way to start a new one.
 */
import { Link } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { AgreementsDue } from './AgreementsDue.tsx';
import { type ConversationSummary, conversationPath, type MyConversations } from './types.ts';
import './gesprek.css';

export function GesprekkenPage() {
  const { t } = useT();
  const mine = useApiData<MyConversations>('/api/my/conversations');
  const data = mine.data;
  return (
    <>
      <PageTitle>{t('gesprekPages.list.title')}</PageTitle>
      <p className="lead">{t('gesprekPages.list.intro')}</p>
      {mine.error && <LoadError message={mine.error.message} />}
      {!data && !mine.error && <Loading />}
      {data && (
        <>
          <ul className="spiegel-links">
            {data.schools.map((school) => (
              <li key={school.id}>
                <Link className="button button--primary" to={`/gesprekken/${school.id}/nieuw`}>
                  {data.schools.length > 1
                    ? t('gesprekPages.list.newIn', { school: school.name })
                    : t('gesprekPages.list.new')}
                </Link>
              </li>
            ))}
            {data.held.some((c) => c.heldAt) && (
              <li>
                <Link to="/gesprekken/luisteren">{t('gesprekPages.listening.link')}</Link>
              </li>
            )}
          </ul>
          {data.agreements.length > 0 && (
            <section aria-labelledby="gesprek-due">
              <h2 id="gesprek-due">{t('gesprekPages.due.title')}</h2>
              <AgreementsDue agreements={data.agreements} />
            </section>
          )}
          <section aria-labelledby="gesprek-mine">
            <h2 id="gesprek-mine">{t('gesprekPages.list.mine')}</h2>
            {data.held.length === 0 ? (
              <p>
                {data.schools.length > 0 ? t('gesprekPages.list.noneYet') : t('gesprekPages.list.notTeacher')}
              </p>
            ) : (
              <ConversationList conversations={data.held} />
            )}
          </section>
          {data.shared.length > 0 && (
            <section aria-labelledby="gesprek-shared">
              <h2 id="gesprek-shared">{t('gesprekPages.list.shared')}</h2>
              <ConversationList conversations={data.shared} withTeacher />
            </section>
          )}
        </>
      )}
    </>
  );
}

function ConversationList({
  conversations,
  withTeacher = false,
}: {
  conversations: readonly ConversationSummary[];
  withTeacher?: boolean;
}) {
  const { t, locale } = useT();
  return (
    <ul className="plain-list gesprek-list">
      {conversations.map((c) => (
        <li key={c.id} className="card gesprek-list__item">
          <h3>
            <Link to={conversationPath(c.schoolId, c.id)}>
              {c.className
                ? t('gesprekPages.studentInClass', { name: c.studentName, className: c.className })
                : c.studentName}
            </Link>
          </h3>
          <p className="gesprek-list__aim">{c.aim}</p>
          <dl className="spiegel-facts">
            <dt>{t('gesprekPages.facts.date')}</dt>
            <dd>{formatDateTime(locale, c.plannedAt)}</dd>
            {withTeacher && (
              <>
                <dt>{t('gesprekPages.facts.teacher')}</dt>
                <dd>{c.teacherName}</dd>
              </>
            )}
            <dt>{t('gesprekPages.facts.status')}</dt>
            <dd>
              {c.heldAt
                ? t('gesprekPages.status.held', { at: formatDateTime(locale, c.heldAt) })
                : t(`gesprekPages.status.preparation.${c.preparation}`)}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
