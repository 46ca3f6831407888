/** Organisation administration (/beheer): the board's name and its schools. */
import { Link } from 'react-router';
import type { Organisation, School } from '../../../web/apiTypes.ts';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { Table } from '../../../web/components/Table.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { CreateSchoolForm, RenameOrganisationForm } from './OrganisationForms.tsx';

export function OrganisationPage() {
  const { t } = useT();
  const organisation = useApiData<Organisation>('/api/organisation');
  const data = organisation.data;

  return (
    <>
      <PageTitle lead={data?.name}>{t('org.title')}</PageTitle>
      {organisation.loading && !data && <Loading />}
      {organisation.error && <LoadError message={organisation.error.message} />}
      {data && (
        <div className="sections">
          <section aria-labelledby="org-schools">
            <h2 id="org-schools">{t('org.schools')}</h2>
            <SchoolsTable schools={data.schools} />
          </section>
          <section aria-labelledby="org-new-school">
            <h2 id="org-new-school">{t('org.newSchool')}</h2>
            <CreateSchoolForm onCreated={organisation.reload} />
          </section>
          <section aria-labelledby="org-name">
            <h2 id="org-name">{t('org.name')}</h2>
            <RenameOrganisationForm organisation={data} onSaved={organisation.setData} />
          </section>
        </div>
      )}
    </>
  );
}

function SchoolsTable({ schools }: { schools: School[] }) {
  const { t } = useT();
  if (schools.length === 0) return <p>{t('org.noSchools')}</p>;
  return (
    <Table
      caption={t('org.schools')}
      captionHidden
      rows={schools}
      rowKey={(school) => school.id}
      columns={[
        { header: t('school.name'), cell: (school) => school.name, rowHeader: true },
        { header: t('school.kind'), cell: (school) => t(`school.kind.${school.kind}`) },
        {
          header: t('school.totp'),
          cell: (school) => (school.requireTotp ? t('common.yes') : t('common.no')),
        },
        {
          header: t('common.actions'),
          cell: (school) => (
            <Link to={`/beheer/scholen/${school.id}`}>
              {t('org.manageSchool')}
              <VisuallyHidden> {school.name}</VisuallyHidden>
            </Link>
          ),
        },
      ]}
    />
  );
}
