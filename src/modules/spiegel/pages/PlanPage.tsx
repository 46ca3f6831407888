/** Planning a new mirror conversation (/spiegel/:schoolId/nieuw); afterwards the session's page opens. */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../../web/api.ts';
import type { Team } from '../../../web/apiTypes.ts';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { emptyPlan, PlanForm } from './PlanForm.tsx';
import {
  type SessionDetail,
  type StaffMember,
  schoolBase,
  sessionPath,
  type TemplateSummary,
} from './types.ts';
import { useTemplateDefinition } from './useTemplateDefinition.ts';

export function PlanPage() {
  const schoolId = useParams().schoolId ?? '';
  return <Plan key={schoolId} schoolId={schoolId} />;
}

function Plan({ schoolId }: { schoolId: string }) {
  const { t } = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const base = schoolBase(schoolId);
  const templates = useApiData<TemplateSummary[]>(`${base}/mirror-templates`);
  const teams = useApiData<Team[]>(`${base}/teams`);
  const staff = useApiData<StaffMember[]>(`${base}/staff`);
  const [templateId, setTemplateId] = useState('');
  const summary = templates.data?.find((x) => x.id === templateId);
  const template = useTemplateDefinition(schoolId, summary);
  const failed = templates.error ?? teams.error ?? staff.error;

  return (
    <>
      <PageTitle lead={t('spiegel.plan.lead')}>{t('spiegel.plan.pageTitle')}</PageTitle>
      <p>
        <Link to="/spiegel">{t('spiegel.backToList')}</Link>
      </p>
      {failed && <LoadError message={failed.message} />}
      {!failed && !(templates.data && teams.data && staff.data) && <Loading />}
      {templates.data && teams.data && staff.data && (
        <PlanForm
          id="plan"
          initial={emptyPlan}
          templates={templates.data}
          template={template}
          teams={teams.data}
          staff={staff.data}
          submitLabel={t('spiegel.plan.submit')}
          onTemplateChange={setTemplateId}
          onSubmit={async (input) => {
            const session = await api<SessionDetail>('POST', `${base}/mirror-sessions`, input);
            toast(t('spiegel.plan.planned', { title: session.title }));
            navigate(sessionPath(schoolId, session.id));
          }}
        />
      )}
    </>
  );
}
