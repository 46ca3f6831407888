/**
 * One conversation (/gesprekken/:schoolId/:conversationId): for the teacher who holds it, everything around the
 * conversation itself: the student's link and preparation, their own questions with the coach, the agreements,
 * what happens after (marking it held, showing the student what was agreed, how they listened), sharing with
 * colleagues, the PDF and the follow-up. A colleague it was shared with reads it.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { AfterSection } from './AfterSection.tsx';
import { AgreementList } from './AgreementList.tsx';
import { ConversationFacts } from './ConversationFacts.tsx';
import { PreparationAnswers } from './PreparationAnswers.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { SharingSection } from './SharingSection.tsx';
import { StudentLinkSection } from './StudentLinkSection.tsx';
import { type ConversationView, conversationApi, conversationPath } from './types.ts';
import './gesprek.css';

export function ConversationPage() {
  const { schoolId = '', conversationId = '' } = useParams();
  return (
    <Conversation key={`${schoolId}/${conversationId}`} schoolId={schoolId} conversationId={conversationId} />
  );
}

function Conversation({ schoolId, conversationId }: { schoolId: string; conversationId: string }) {
  const { t } = useT();
  const view = useApiData<ConversationView>(conversationApi(schoolId, conversationId));
  const data = view.data;
  return (
    <>
      <PageTitle lead={data ? studentLine(t, data) : undefined}>
        {data
          ? t('gesprekPages.conversation.title', { student: data.student.name })
          : t('gesprekPages.conversation.loading')}
      </PageTitle>
      <p>
        <Link to="/gesprekken">{t('gesprekPages.backToList')}</Link>
      </p>
      {view.error && <LoadError message={view.error.message} />}
      {!data && !view.error && <Loading />}
      {data && <ConversationSections view={data} onChange={view.setData} />}
    </>
  );
}

function studentLine(t: ReturnType<typeof useT>['t'], view: ConversationView): string {
  return view.student.className
    ? t('gesprekPages.studentInClass', { name: view.student.name, className: view.student.className })
    : view.student.name;
}

function ConversationSections({
  view,
  onChange,
}: {
  view: ConversationView;
  onChange: (v: ConversationView) => void;
}) {
  const { t, locale } = useT();
  const holder = view.access === 'holder';
  const api_ = conversationApi(view.schoolId, view.id);
  const prep = view.preparation;
  return (
    <div className="sections">
      {!holder && (
        <Notice>{t('gesprekPages.conversation.sharedNotice', { teacher: view.teacher.name })}</Notice>
      )}
      <ConversationFacts view={view} onChange={onChange} />
      <p className="button-row">
        {holder && (
          <Link className="button button--primary" to={`${conversationPath(view.schoolId, view.id)}/gesprek`}>
            {view.heldAt ? t('gesprekPages.conversation.openForm') : t('gesprekPages.conversation.startForm')}
          </Link>
        )}
        <a className="button button--secondary" href={`${api_}/pdf`} download>
          {t('gesprekPages.conversation.pdf')}
        </a>
      </p>
      {holder && view.link && <StudentLinkSection view={view} onChange={onChange} />}
      <section aria-labelledby="gesprek-prep">
        <h2 id="gesprek-prep">{t('gesprekPages.prep.title')}</h2>
        <p data-testid="preparation-state">
          {prep.doneAt
            ? t('gesprekPages.prep.done', { at: formatDateTime(locale, prep.doneAt) })
            : prep.savedAt
              ? t('gesprekPages.prep.saved', { at: formatDateTime(locale, prep.savedAt) })
              : t('gesprekPages.prep.none')}
        </p>
        {prep.answers && <PreparationAnswers view={view} withWish />}
      </section>
      {holder && <QuestionsSection view={view} onChange={onChange} />}
      {view.previous && (
        <section aria-labelledby="gesprek-previous">
          <h2 id="gesprek-previous">
            {t('gesprekPages.previous.title', { date: formatDateTime(locale, view.previous.plannedAt) })}
          </h2>
          <p>
            <Link to={conversationPath(view.schoolId, view.previous.id)}>
              {t('gesprekPages.previous.open')}
            </Link>
          </p>
          <AgreementList agreements={view.previous.agreements} empty={t('gesprekPages.agreement.none')} />
        </section>
      )}
      <section aria-labelledby="gesprek-agreements">
        <h2 id="gesprek-agreements">{t('gesprek.form.section.agreements')}</h2>
        <AgreementList agreements={view.agreements} empty={t('gesprekPages.agreement.noneYet')} />
      </section>
      {holder && <AfterSection view={view} onChange={onChange} />}
      {holder && <SharingSection view={view} onChange={onChange} />}
      {holder && <FollowUpSection view={view} />}
    </div>
  );
}

function FollowUpSection({ view }: { view: ConversationView }) {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  return (
    <section aria-labelledby="gesprek-followup">
      <h2 id="gesprek-followup">{t('gesprekPages.followUp.title')}</h2>
      <p>{t('gesprekPages.followUp.intro')}</p>
      {view.followUps.length > 0 && (
        <ul>
          {view.followUps.map((f) => (
            <li key={f.id}>
              <Link to={conversationPath(view.schoolId, f.id)}>
                {t('gesprekPages.followUp.item', { date: formatDateTime(locale, f.plannedAt) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="button-row">
        <Link
          className="button button--secondary"
          to={`/gesprekken/${view.schoolId}/nieuw?vervolgOp=${view.id}`}
        >
          {t('gesprekPages.followUp.plan')}
        </Link>
        <Button variant="danger" onClick={() => setDeleting(true)}>
          {t('gesprekPages.delete.button')}
        </Button>
      </p>
      <ConfirmDialog
        open={deleting}
        title={t('gesprekPages.delete.title')}
        confirmLabel={t('gesprekPages.delete.confirm')}
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await api('DELETE', conversationApi(view.schoolId, view.id));
          navigate('/gesprekken');
        }}
      >
        <p>{t('gesprekPages.delete.text', { student: view.student.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
