/** The parts of the report page that list things: participants, recommendations, clusters and the action plan. */
import { Table } from '../../../web/components/Table.tsx';
import { formatDay } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { SpeakingChart } from '../../facilitators/pages/SpeakingChart.tsx';
import { OverdueBadge } from './ActionBits.tsx';
import type { Report } from './followUpTypes.ts';

interface Props {
  report: Report;
}

export function ReportParticipants({ report }: Props) {
  const { t } = useT();
  return (
    <>
      <ul className="spiegel-report__counts">
        {report.participants.map((p) => (
          <li key={p.side}>
            {p.label}: <strong>{p.count}</strong>
          </li>
        ))}
      </ul>
      <p className="hint">{t('spiegel.report.participantsNote')}</p>
    </>
  );
}

export function ReportRecommendations({ report }: Props) {
  const { t } = useT();
  const groups = report.recommendations.filter((group) => group.texts.length > 0);
  if (groups.length === 0) return <p>{t('spiegel.report.noRecommendations')}</p>;
  return (
    <>
      {groups.map((group) => (
        <div key={group.target} className="spiegel-report__block">
          <h3>{t(`spiegel.recs.target.${group.target}`)}</h3>
          <ul>
            {group.texts.map((text, index) => (
              // Post-it texts may repeat; within their target their place is what tells them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={index}>{text}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export function ReportClusters({ report }: Props) {
  const { t } = useT();
  if (report.clusters.length === 0) return <p>{t('spiegel.report.noClusters')}</p>;
  const ranked = [...report.clusters].sort((a, b) => a.rank - b.rank);
  return (
    <>
      <p>{t('spiegel.report.clustersLead')}</p>
      <ol className="spiegel-report__clusters">
        {ranked.map((cluster) => (
          <li key={`${cluster.rank}-${cluster.title}`} className="spiegel-report__block">
            <h3>{cluster.title}</h3>
            <p>{t('spiegel.report.votes', { votes: cluster.votes })}</p>
            {cluster.recommendations.length > 0 && (
              <ul>
                {cluster.recommendations.map((text, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat within a cluster.
                  <li key={index}>{text}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

export function ReportActions({ report }: Props) {
  const { t, locale } = useT();
  if (report.actions.length === 0) return <p>{t('spiegel.report.noActions')}</p>;
  const rows = report.actions.map((action, index) => ({ ...action, key: String(index) }));
  return (
    <Table
      caption={t('spiegel.report.actions')}
      captionHidden
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: t('spiegel.report.what'), cell: (a) => a.what, rowHeader: true },
        { header: t('spiegel.report.target'), cell: (a) => t(`spiegel.recs.target.${a.target}`) },
        { header: t('spiegel.report.owner'), cell: (a) => a.owner ?? t('spiegel.report.nobody') },
        {
          header: t('spiegel.report.due'),
          cell: (a) => (a.dueDate ? formatDay(locale, a.dueDate) : t('spiegel.report.noDue')),
        },
        {
          header: t('spiegel.report.status'),
          cell: (a) => (
            <>
              {t(`action.status.${a.status}`)}
              {a.overdue && (
                <>
                  {' '}
                  <OverdueBadge />
                </>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/** Speaking time per round (F1): each side's share and how many seats spoke, never a time per person. */
export function ReportSpeaking({ report }: Props) {
  const { t } = useT();
  const rounds = report.speaking;
  if (rounds.length === 0) return <p>{t('speaking.report.none')}</p>;
  const label = (side: 'voices' | 'listeners') =>
    report.participants.find((p) => p.side === side)?.label ?? t(`spiegel.editor.side.${side}`);
  return (
    <>
      <p>{t('speaking.report.lead')}</p>
      <SpeakingChart rounds={rounds} labels={{ voices: label('voices'), listeners: label('listeners') }} />
    </>
  );
}
