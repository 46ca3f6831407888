/**
 * The printable briefing for students (S3): what the conversation is about, what happens in each part, the
 * questions they may think about beforehand, and the conversation rules.
 */
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { useText } from './text.ts';
import { type SessionDetail, sessionBase, sessionPath } from './types.ts';

export function BriefingPage() {
  const { t, locale } = useT();
  const tx = useText();
  const { schoolId = '', sessionId = '' } = useParams();
  const base = sessionBase(schoolId, sessionId);
  const session = useApiData<SessionDetail>(base);
  const d = session.data;
  const template = d?.template;

  return (
    <div className="spiegel-briefing">
      <PageTitle lead={d ? t('spiegel.briefing.lead', { title: d.title }) : undefined}>
        {t('spiegel.briefing.title')}
      </PageTitle>
      <ul className="spiegel-links no-print">
        <li>
          <Link to={sessionPath(schoolId, sessionId)}>{t('spiegel.briefing.back')}</Link>
        </li>
        <li>
          <a href={`${base}/briefing.pdf`}>{t('spiegel.briefing.pdf')}</a>
        </li>
      </ul>
      {session.loading && !d && <Loading />}
      {session.error && <LoadError message={session.error.message} />}
      {d && template && (
        <>
          <p className="spiegel-briefing__when">
            {t('spiegel.briefing.when', {
              date: formatDateTime(locale, d.scheduledAt),
              place: d.place || t('spiegel.session.noPlace'),
            })}
          </p>
          <p>{tx(template.briefing)}</p>
          <h2>{t('spiegel.briefing.phases')}</h2>
          <ol className="spiegel-briefing__phases">
            {template.phases.map((phase) => (
              <li key={phase.id}>
                <h3>
                  {tx(phase.title)}{' '}
                  <span className="spiegel-minutes">{t('spiegel.minutes', { minutes: phase.minutes })}</span>
                </h3>
                <p>{tx(phase.instructions)}</p>
                {phase.speakers !== 'listeners' && phase.questions.length > 0 && (
                  <>
                    <h4>{t('spiegel.briefing.questions')}</h4>
                    <ul>
                      {phase.questions.map((q) => (
                        <li key={q.id}>
                          {tx(q.text)}
                          {q.deeper.length > 0 && (
                            <ul className="spiegel-deeper">
                              {q.deeper.map((deeper, i) => (
                                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from the template.
                                <li key={i}>{tx(deeper)}</li>
                              ))}
                            </ul>
                          )}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
          <h2>{t('spiegel.rules.title')}</h2>
          <ul>
            {template.rules.map((rule, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from the template.
              <li key={i}>{tx(rule)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
