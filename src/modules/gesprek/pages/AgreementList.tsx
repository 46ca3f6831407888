/**
 * Agreements as a list: what, who, how, and the day to look back, with how it went once that is known. The
 * children of each item (edit or evaluation controls) come from the page that shows it.
 */
import type { ReactNode } from 'react';
import { formatDay } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import type { AgreementView } from './types.ts';

export function ownerText(
  t: ReturnType<typeof useT>['t'],
  a: Pick<AgreementView, 'owner' | 'ownerOther'>,
): string {
  return a.owner === 'other' && a.ownerOther ? a.ownerOther : t(`gesprek.owner.${a.owner}`);
}

interface Props {
  agreements: readonly AgreementView[];
  empty: string;
  children?: (agreement: AgreementView) => ReactNode;
}

export function AgreementList({ agreements, empty, children }: Props) {
  const { t, locale } = useT();
  if (agreements.length === 0) return <p>{empty}</p>;
  return (
    <ul className="plain-list gesprek-agreements">
      {agreements.map((a) => (
        <li key={a.id} className={`gesprek-agreement${a.due ? ' gesprek-agreement--due' : ''}`}>
          <p className="gesprek-agreement__what">{a.what}</p>
          <dl className="spiegel-facts">
            <dt>{t('gesprekPages.agreement.owner')}</dt>
            <dd>{ownerText(t, a)}</dd>
            {a.how && (
              <>
                <dt>{t('gesprekPages.agreement.how')}</dt>
                <dd className="gesprek-text">{a.how}</dd>
              </>
            )}
            <dt>{t('gesprekPages.agreement.evaluateOn')}</dt>
            <dd>
              {formatDay(locale, a.evaluateOn)}
              {a.due && (
                <span className="spiegel-badge spiegel-badge--overdue">
                  {t('gesprekPages.agreement.due')}
                </span>
              )}
            </dd>
            {a.outcome && (
              <>
                <dt>{t('gesprekPages.agreement.result')}</dt>
                <dd>
                  {t(`gesprek.outcome.${a.outcome}`)}
                  {a.evaluationNote && <span className="gesprek-text">. {a.evaluationNote}</span>}
                </dd>
              </>
            )}
          </dl>
          {children?.(a)}
        </li>
      ))}
    </ul>
  );
}
