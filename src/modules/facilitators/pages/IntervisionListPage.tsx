/**
 * Intervision of a school (/begeleiden/:schoolId/intervisie, PRODUCT F3): the meetings the person takes part
 * in, and a form to plan one with other facilitators of the school.
 */
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { InputField } from '../../spiegel/pages/FormBits.tsx';
import { schoolBase } from '../../spiegel/pages/types.ts';
import { chosenIds, PeopleChecklist } from './PeopleChecklist.tsx';
import {
  type IntervisionSummary,
  intervisionBase,
  intervisionPath,
  type SchoolFacilitator,
} from './types.ts';

export function IntervisionListPage() {
  const schoolId = useParams().schoolId ?? '';
  return <IntervisionList key={schoolId} schoolId={schoolId} />;
}

function IntervisionList({ schoolId }: { schoolId: string }) {
  const { t, locale } = useT();
  const user = useUser();
  const school = user.memberships.find((m) => m.schoolId === schoolId)?.schoolName;
  const meetings = useApiData<IntervisionSummary[]>(intervisionBase(schoolId));
  const sorted = [...(meetings.data ?? [])].sort((a, b) => b.plannedAt.localeCompare(a.plannedAt));

  return (
    <>
      <PageTitle lead={school}>{t('facilitation.intervision.title')}</PageTitle>
      <p>
        <Link to="/begeleiden">{t('facilitation.mine.back')}</Link>
      </p>
      <p>{t('facilitation.intervision.intro')}</p>
      {meetings.loading && !meetings.data && <Loading />}
      {meetings.error && <LoadError message={meetings.error.message} />}
      {meetings.data && (
        <div className="sections">
          <section aria-labelledby="intervisie-bijeenkomsten">
            <h2 id="intervisie-bijeenkomsten">{t('facilitation.intervision.meetings')}</h2>
            {sorted.length === 0 && <p>{t('facilitation.intervision.none')}</p>}
            <ul className="plain-list facilitation-items">
              {sorted.map((meeting) => (
                <li key={meeting.id} className="card">
                  <h3>
                    <Link to={intervisionPath(schoolId, meeting.id)}>{meeting.title}</Link>
                  </h3>
                  <p className="hint">
                    {[formatDateTime(locale, meeting.plannedAt), meeting.place].filter(Boolean).join(' · ')}
                  </p>
                  <p>
                    {t('facilitation.intervision.members', {
                      names: meeting.members.map((m) => m.name).join(', '),
                    })}
                  </p>
                  <p>{t('facilitation.intervision.caseCount', { count: meeting.caseCount })}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="intervisie-plannen">
            <h2 id="intervisie-plannen">{t('facilitation.intervision.plan')}</h2>
            <PlanMeetingForm schoolId={schoolId} />
          </section>
        </div>
      )}
    </>
  );
}

function PlanMeetingForm({ schoolId }: { schoolId: string }) {
  const { t } = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const user = useUser();
  const facilitators = useApiData<SchoolFacilitator[]>(`${schoolBase(schoolId)}/facilitators`);
  const form = useForm({
    id: 'intervision',
    initial: { title: '', plannedAt: '', place: '', memberIds: '' },
    labels: {
      title: t('facilitation.intervision.meetingTitle'),
      plannedAt: t('facilitation.intervision.plannedAt'),
      place: t('facilitation.intervision.place'),
      memberIds: t('facilitation.intervision.chooseMembers'),
    },
    validate: (v) => requireFields(v, ['title', 'plannedAt'], t),
    submit: async (v) => {
      const made = await api<{ id: string }>('POST', intervisionBase(schoolId), {
        title: v.title.trim(),
        plannedAt: v.plannedAt,
        place: v.place.trim(),
        memberIds: chosenIds(v.memberIds),
      });
      toast(t('facilitation.intervision.planned', { title: v.title.trim() }));
      navigate(intervisionPath(schoolId, made.id));
    },
  });
  const others = (facilitators.data ?? [])
    .filter((f) => f.userId !== user.id)
    .map((f) => ({ id: f.userId, name: f.name }));

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field {...form.field('title')} required hint={t('facilitation.intervision.meetingTitleHint')} />
      <InputField type="datetime-local" required {...form.field('plannedAt')} />
      <Field {...form.field('place')} />
      {facilitators.error && <LoadError message={facilitators.error.message} />}
      <PeopleChecklist
        field={form.field('memberIds')}
        people={others}
        hint={t('facilitation.intervision.membersHint')}
        empty={facilitators.data ? t('facilitation.intervision.noOthers') : t('common.loading')}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('facilitation.intervision.planSubmit')}
        </Button>
      </ButtonRow>
    </form>
  );
}
