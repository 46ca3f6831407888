/**
 * The templates of a school (/spiegel/:schoolId/sjablonen): Kring's own and the school's copies. Copy any of
 * them to make one of your own; edit or delete the school's.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { ConfirmDialog } from '../../../web/components/ConfirmDialog.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { type Column, Table } from '../../../web/components/Table.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { spiegelSchools } from './roles.ts';
import { useText } from './text.ts';
import { type SchoolTemplate, schoolBase, type TemplateSummary } from './types.ts';

export function TemplatesPage() {
  const { t } = useT();
  const tx = useText();
  const toast = useToast();
  const navigate = useNavigate();
  const schoolId = useParams().schoolId ?? '';
  const base = `${schoolBase(schoolId)}/mirror-templates`;
  const templates = useApiData<TemplateSummary[]>(base);
  const [copying, setCopying] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const user = useUser();
  // Coordinators and admins copy and edit; facilitators only look.
  const canEdit =
    user.isOrgAdmin ||
    (spiegelSchools(user.memberships).find((x) => x.schoolId === schoolId)?.canPlan ?? false);
  const editPath = (id: string) =>
    `/spiegel/${encodeURIComponent(schoolId)}/sjablonen/${encodeURIComponent(id)}`;

  async function copy(template: TemplateSummary) {
    setCopying(template.id);
    try {
      const created = await api<SchoolTemplate>('POST', base, { basedOn: template.id });
      toast(t('spiegel.templates.copied', { name: tx(template.name) }));
      navigate(editPath(created.id));
    } catch (error) {
      toast(asApiError(error).message);
    } finally {
      setCopying(null);
    }
  }

  async function remove(template: TemplateSummary) {
    await api<void>('DELETE', `${base}/${encodeURIComponent(template.id)}`);
    setDeleting(null);
    toast(t('spiegel.templates.deleted', { name: tx(template.name) }));
    templates.reload();
  }

  const actions: Column<TemplateSummary> = {
    header: t('common.actions'),
    cell: (x) => (
      <div className="actions">
        <Button variant="secondary" busy={copying === x.id} onClick={() => void copy(x)}>
          {t('spiegel.templates.copy')}
          <VisuallyHidden> {tx(x.name)}</VisuallyHidden>
        </Button>
        {!x.shipped && (
          <Button variant="danger" onClick={() => setDeleting(x)}>
            {t('common.delete')}
            <VisuallyHidden> {tx(x.name)}</VisuallyHidden>
          </Button>
        )}
      </div>
    ),
  };

  return (
    <>
      <PageTitle lead={t('spiegel.templates.lead')}>{t('spiegel.templates.title')}</PageTitle>
      <p>
        <Link to="/spiegel">{t('spiegel.backToList')}</Link>
      </p>
      {templates.loading && !templates.data && <Loading />}
      {templates.error && <LoadError message={templates.error.message} />}
      {templates.data && (
        <Table
          caption={t('spiegel.templates.title')}
          captionHidden
          rows={templates.data}
          rowKey={(x) => x.id}
          columns={[
            {
              header: t('spiegel.templates.name'),
              rowHeader: true,
              cell: (x) =>
                x.shipped || !canEdit ? tx(x.name) : <Link to={editPath(x.id)}>{tx(x.name)}</Link>,
            },
            { header: t('spiegel.templates.description'), cell: (x) => tx(x.description) },
            {
              header: t('spiegel.templates.duration'),
              cell: (x) => t('spiegel.minutes', { minutes: x.totalMinutes }),
            },
            {
              header: t('spiegel.templates.kind'),
              cell: (x) => (x.shipped ? t('spiegel.templates.shipped') : t('spiegel.templates.own')),
            },
            ...(canEdit ? [actions] : []),
          ]}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('spiegel.templates.deleteTitle', { name: deleting ? tx(deleting.name) : '' })}
        confirmLabel={t('common.delete')}
        onClose={() => setDeleting(null)}
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve())}
      >
        <p>{t('spiegel.templates.deleteText')}</p>
      </ConfirmDialog>
    </>
  );
}
