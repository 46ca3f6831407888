/**
 * "Hoe ik luister" (/gesprekken/luisteren, PRODUCT G3): the teacher's own overview of the conversations they held:
 * where they placed themselves on the four levels of listening, whether their students felt heard, and how that
 * moves over the months. Only the teacher sees it; Kring keeps no comparison between teachers.
 */
import { Link } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useApiData } from '../../../web/useApiData.ts';
import { formatDateOnly } from '../../spiegel/pages/closingFormat.ts';
import { heardAnswers, listeningLevels } from '../domain/shape.ts';
import { conversationPath, type ListeningOverviewView } from './types.ts';
import './gesprek.css';

export function ListeningPage() {
  const { t, locale } = useT();
  const overview = useApiData<ListeningOverviewView>('/api/my/listening');
  const data = overview.data;
  return (
    <>
      <PageTitle>{t('gesprekPages.listening.pageTitle')}</PageTitle>
      <p>
        <Link to="/gesprekken">{t('gesprekPages.backToList')}</Link>
      </p>
      <p className="lead">{t('gesprekPages.listening.pageIntro')}</p>
      <details className="gesprek-levels">
        <summary>{t('gesprekPages.listening.levelsTitle')}</summary>
        <ol>
          {listeningLevels.map((level) => (
            <li key={level}>{t(`gesprek.listening.${level}`)}</li>
          ))}
        </ol>
      </details>
      {overview.error && <LoadError message={overview.error.message} />}
      {!data && !overview.error && <Loading />}
      {data && data.conversations === 0 && <p>{t('gesprekPages.listening.none')}</p>}
      {data && data.conversations > 0 && (
        <div className="sections">
          <section aria-labelledby="luisteren-niveaus">
            <h2 id="luisteren-niveaus">{t('gesprekPages.listening.levelsChosen')}</h2>
            <Bars
              rows={listeningLevels.map((level) => ({
                label: t(`gesprek.listening.short.${level}`),
                count: data.levels[String(level)] ?? 0,
              }))}
            />
          </section>
          <section aria-labelledby="luisteren-gehoord">
            <h2 id="luisteren-gehoord">{t('gesprekPages.listening.heardTitle')}</h2>
            <Bars
              rows={heardAnswers.map((a) => ({ label: t(`gesprek.heard.${a}`), count: data.heard[a] ?? 0 }))}
            />
          </section>
          <section aria-labelledby="luisteren-maanden">
            <h2 id="luisteren-maanden">{t('gesprekPages.listening.months')}</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('gesprekPages.listening.month')}</th>
                  <th scope="col">{t('gesprekPages.listening.count')}</th>
                  <th scope="col">{t('gesprekPages.listening.average')}</th>
                  <th scope="col">{t('gesprekPages.listening.share')}</th>
                </tr>
              </thead>
              <tbody>
                {data.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthName(m.month, locale)}</th>
                    <td>{m.conversations}</td>
                    <td>{m.averageLevel === null ? '–' : m.averageLevel.toLocaleString(locale)}</td>
                    <td>{m.heardShare === null ? '–' : `${m.heardShare}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hint">{t('gesprekPages.listening.shareHint')}</p>
          </section>
          <section aria-labelledby="luisteren-recent">
            <h2 id="luisteren-recent">{t('gesprekPages.listening.recent')}</h2>
            <ul>
              {data.recent.map((c) => (
                <li key={c.id}>
                  <Link to={conversationPath(c.schoolId, c.id)}>
                    {t('gesprekPages.listening.recentItem', {
                      student: c.studentName,
                      date: formatDateOnly(locale, c.heldAt),
                    })}
                  </Link>
                  {': '}
                  {c.level
                    ? t(`gesprek.listening.short.${c.level as 1}`)
                    : t('gesprekPages.listening.noLevel')}
                  {' · '}
                  {c.heard ? t(`gesprek.heard.${c.heard}`) : t('gesprekPages.listening.noAnswer')}
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}

function monthName(month: string, locale: string): string {
  return new Date(`${month}-15T12:00:00Z`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Horizontal bars, each with its label and count in text, so the chart reads without seeing it. */
function Bars({ rows }: { rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="plain-list gesprek-bars">
      {rows.map((row) => (
        <li key={row.label} className="gesprek-bars__row">
          <span className="gesprek-bars__label">{row.label}</span>
          <span className="gesprek-bars__track" aria-hidden="true">
            <span className="gesprek-bars__fill" style={{ width: `${(100 * row.count) / max}%` }} />
          </span>
          <span className="gesprek-bars__count">{row.count}</span>
        </li>
      ))}
    </ul>
  );
}
