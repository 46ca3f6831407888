/** The spread of the invited students' attributes (S2): small bar lists per attribute, never a list of people. */
import { useT } from '../../../web/i18n.tsx';
import type { DiversitySpread } from './types.ts';

/** For ordering and bar length only: "<5" stands for a few. */
const amount = (n: number | string) => (typeof n === 'number' ? n : 2);

const notGivenKeys = new Set(['—', '', 'null', 'notGiven', 'unknown', 'none']);
const involvementKeys = new Set(['studentCouncil', 'gsa', 'other']);

export function DiversitySpreadView({ spread }: { spread: DiversitySpread }) {
  const { t } = useT();
  if (spread.students === 0) return <p>{t('spiegel.diversity.empty')}</p>;

  const label = (key: string, involvement = false) => {
    if (involvement && involvementKeys.has(key))
      return t(`spiegel.diversity.involvement.${key as 'studentCouncil' | 'gsa' | 'other'}`);
    if (notGivenKeys.has(key))
      return t(involvement ? 'spiegel.diversity.noInvolvement' : 'spiegel.diversity.notGiven');
    return key;
  };
  const groups = [
    { title: t('spiegel.diversity.year'), counts: spread.byYear, involvement: false },
    { title: t('spiegel.diversity.level'), counts: spread.byLevel, involvement: false },
    { title: t('spiegel.diversity.gender'), counts: spread.byGender, involvement: false },
    { title: t('spiegel.diversity.involvement'), counts: spread.byInvolvement, involvement: true },
  ];

  return (
    <>
      <p>{t('spiegel.diversity.students', { count: spread.students })}</p>
      <div className="spiegel-spread">
        {groups.map((group) => {
          const rows = Object.entries(group.counts).sort((a, b) => amount(b[1]) - amount(a[1]));
          return (
            <div key={group.title}>
              <h4>{group.title}</h4>
              {rows.length === 0 && <p>{t('spiegel.diversity.notGiven')}</p>}
              <ul className="spiegel-bars">
                {rows.map(([key, n]) => (
                  <li key={key}>
                    <span className="spiegel-bars__label">{label(key, group.involvement)}</span>
                    <span className="spiegel-bars__track" aria-hidden="true">
                      <span
                        className="spiegel-bars__bar"
                        style={{ width: `${Math.round((amount(n) / Math.max(1, spread.students)) * 100)}%` }}
                      />
                    </span>
                    <span className="spiegel-bars__count">{n}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </>
  );
}
