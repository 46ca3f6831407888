/** Changing the plan of a session that is not closed yet: the same form as planning, with "Opslaan". */
import { api } from '../../../web/api.ts';
import type { Team } from '../../../web/apiTypes.ts';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { PlanForm, type PlanValues } from './PlanForm.tsx';
import { type SessionDetail, type StaffMember, schoolBase, sessionBase } from './types.ts';

interface Props {
  detail: SessionDetail;
  onSaved: (detail: SessionDetail) => void;
}

function valuesOf(d: SessionDetail): PlanValues {
  return {
    templateId: '',
    title: d.title,
    teamId: d.teamId ?? '',
    scheduledAt: d.scheduledAt.slice(0, 16),
    place: d.place,
    facilitatorIds: d.facilitatorIds.join(','),
    contactPersonId: d.contactPersonId ?? '',
    expectedVoices: String(d.expectedVoices),
    expectedListeners: String(d.expectedListeners),
    withTeamLeader: d.withTeamLeader,
    impartialityReason: '',
  };
}

export function PlanEditSection({ detail, onSaved }: Props) {
  const { t } = useT();
  const toast = useToast();
  const base = schoolBase(detail.schoolId);
  const teams = useApiData<Team[]>(`${base}/teams`);
  const staff = useApiData<StaffMember[]>(`${base}/staff`);
  const failed = teams.error ?? staff.error;

  if (failed) return <LoadError message={failed.message} />;
  if (!teams.data || !staff.data) return <Loading />;
  return (
    <PlanForm
      id="plan-edit"
      initial={valuesOf(detail)}
      template={detail.template}
      teams={teams.data}
      staff={staff.data}
      submitLabel={t('common.save')}
      onSubmit={async ({ templateId: _templateId, ...update }) => {
        const saved = await api<SessionDetail>('PATCH', sessionBase(detail.schoolId, detail.id), update);
        toast(t('spiegel.session.saved'));
        onSaved(saved);
      }}
    />
  );
}
