/**
 * The coordinator's overview (/spiegel/:schoolId/acties): every action of every mirror conversation of the
 * school, how many there are per status, and a filter. The filter lives in the address (?status=), so the
 * back button and a shared link keep it.
 */
import { Fragment } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { actionStatuses, isOpen } from '../domain/actions.ts';
import { ActionCard } from './ActionCard.tsx';
import type { ActionList } from './followUpTypes.ts';
import { schoolBase } from './types.ts';

const filters = ['all', 'open', 'overdue', 'done'] as const;
type Filter = (typeof filters)[number];

function isFilter(value: string | null): value is Filter {
  return (filters as readonly (string | null)[]).includes(value);
}

export function ActionsOverviewPage() {
  const { t } = useT();
  const user = useUser();
  const { schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const filter: Filter = isFilter(asked) ? asked : 'all';
  const base = `${schoolBase(schoolId)}/mirror-actions`;
  // The counts always cover every action; the list shows the filter's answer from the server.
  const all = useApiData<ActionList>(`${base}?status=all`);
  const shown = useApiData<ActionList>(`${base}?status=${filter}`);
  const schoolName = user.memberships.find((m) => m.schoolId === schoolId)?.schoolName;

  return (
    <>
      <PageTitle lead={schoolName}>{t('spiegelPlan.overview.title')}</PageTitle>
      <p>
        <Link to="/spiegel">{t('spiegel.backToList')}</Link>
      </p>
      <p>{t('spiegelPlan.overview.intro')}</p>
      <div className="sections">
        <section aria-labelledby="acties-telling">
          <h2 id="acties-telling">{t('spiegelPlan.overview.countsTitle')}</h2>
          {all.error && <LoadError message={all.error.message} />}
          {!all.data && !all.error && <Loading />}
          {all.data && <Counts list={all.data} />}
        </section>
        <section aria-labelledby="acties-lijst">
          <h2 id="acties-lijst">{t('spiegelPlan.overview.listTitle')}</h2>
          <fieldset className="fieldset spiegel-filter">
            <legend className="field__label">{t('spiegelPlan.overview.filter')}</legend>
            {filters.map((value) => (
              <div key={value} className="checkbox__row">
                <input
                  type="radio"
                  id={`acties-filter-${value}`}
                  name="acties-filter"
                  checked={filter === value}
                  onChange={() => setParams(value === 'all' ? {} : { status: value }, { replace: true })}
                />
                <label htmlFor={`acties-filter-${value}`}>{t(`spiegelPlan.overview.filter.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          {/* Says how many the filter found, so a screen reader hears that the list changed. */}
          <p role="status">
            {shown.data && !shown.loading
              ? t('spiegelPlan.overview.found', { count: shown.data.actions.length })
              : ''}
          </p>
          {shown.error && <LoadError message={shown.error.message} />}
          {shown.loading && <Loading />}
          {shown.data && shown.data.actions.length > 0 && (
            <ul className="spiegel-actions">
              {shown.data.actions.map((action) => (
                <ActionCard key={action.id} action={action} linkSession />
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

/** How many actions per status, with "open" and "overdue" first: those need attention. */
function Counts({ list }: { list: ActionList }) {
  const { t } = useT();
  const { actions } = list;
  const rows: [string, number][] = [
    [t('spiegelPlan.overview.filter.open'), actions.filter((a) => isOpen(a.status)).length],
    [t('action.overdue'), actions.filter((a) => a.overdue).length],
    ...actionStatuses.map((s): [string, number] => [
      t(`action.status.${s}`),
      actions.filter((a) => a.status === s).length,
    ]),
  ];
  return (
    <dl className="spiegel-facts">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
