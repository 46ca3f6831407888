/**
 * One intervision meeting (/begeleiden/:schoolId/intervisie/:meetingId, PRODUCT F3): who takes part, the cases
 * brought in, a form to bring in my own, and what the group learned. Only its members can open it.
 */
import { Link, useParams } from 'react-router';
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { BringCaseForm, CaseList } from './IntervisionCases.tsx';
import { type IntervisionMeeting, intervisionBase, intervisionPath } from './types.ts';

/** What the group learned may hold this many characters (the server's limit). */
const LEARNED_MAX = 5000;

export function IntervisionPage() {
  const { schoolId = '', meetingId = '' } = useParams();
  return <Meeting key={`${schoolId}/${meetingId}`} schoolId={schoolId} meetingId={meetingId} />;
}

function Meeting({ schoolId, meetingId }: { schoolId: string; meetingId: string }) {
  const { t, locale } = useT();
  const base = `${intervisionBase(schoolId)}/${encodeURIComponent(meetingId)}`;
  const meeting = useApiData<IntervisionMeeting>(base);
  const d = meeting.data;

  return (
    <>
      <PageTitle lead={d ? formatDateTime(locale, d.plannedAt) : undefined}>
        {d ? d.title : t('facilitation.intervision.title')}
      </PageTitle>
      <p>
        <Link to={intervisionPath(schoolId)}>{t('facilitation.intervision.back')}</Link>
      </p>
      {meeting.loading && !d && <Loading />}
      {meeting.error && <LoadError message={meeting.error.message} />}
      {d && (
        <div className="sections">
          <section aria-labelledby="intervisie-wie">
            <h2 id="intervisie-wie">{t('facilitation.intervision.aboutTitle')}</h2>
            <dl className="spiegel-facts">
              <dt>{t('facilitation.intervision.plannedAt')}</dt>
              <dd>{formatDateTime(locale, d.plannedAt)}</dd>
              <dt>{t('facilitation.intervision.place')}</dt>
              <dd>{d.place || t('facilitation.intervision.noPlace')}</dd>
              <dt>{t('facilitation.intervision.memberList')}</dt>
              <dd>{d.members.map((m) => m.name).join(', ')}</dd>
            </dl>
            <p>{t('facilitation.intervision.confidential')}</p>
          </section>
          <section aria-labelledby="intervisie-casussen">
            <h2 id="intervisie-casussen">{t('facilitation.cases.title')}</h2>
            <CaseList base={base} cases={d.cases} onChanged={meeting.reload} />
          </section>
          <section aria-labelledby="intervisie-inbrengen">
            <h2 id="intervisie-inbrengen">{t('facilitation.cases.bring')}</h2>
            <p>{t('facilitation.cases.bringIntro')}</p>
            <BringCaseForm base={base} schoolId={schoolId} onAdded={meeting.reload} />
          </section>
          <section aria-labelledby="intervisie-geleerd">
            <h2 id="intervisie-geleerd">{t('facilitation.learned.title')}</h2>
            <LearnedForm base={base} learned={d.learned} />
          </section>
        </div>
      )}
    </>
  );
}

function LearnedForm({ base, learned }: { base: string; learned: string }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'learned',
    initial: { learned },
    labels: { learned: t('facilitation.learned.label') },
    submit: async (v) => {
      await api<void>('PUT', `${base}/learned`, { learned: v.learned });
      toast(t('facilitation.learned.saved'));
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <TextArea
        {...form.field('learned')}
        rows={6}
        maxLength={LEARNED_MAX}
        hint={t('facilitation.learned.hint')}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('common.save')}
        </Button>
      </ButtonRow>
    </form>
  );
}
