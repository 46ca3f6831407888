/**
 * On the session page: the facilitators an administrator assigned from the listening team anyway, with their
 * written reason, who decided and when (PRODUCT F2). Nothing when there are none.
 */
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import type { SessionDetail } from '../../spiegel/pages/types.ts';

export function ImpartialityList({ detail }: { detail: SessionDetail }) {
  const { t, locale } = useT();
  const { impartiality } = detail;
  if (impartiality.length === 0) return null;
  return (
    <div className="impartiality-list">
      <h3>{t('facilitation.impartiality.keptTitle')}</h3>
      <p>{t('facilitation.impartiality.keptIntro')}</p>
      <ul className="plain-list">
        {impartiality.map((override) => (
          <li key={override.userId}>
            <p>
              <strong>{override.name}</strong>
            </p>
            <blockquote className="impartiality-list__reason">{override.reason}</blockquote>
            <p className="hint">
              {override.byName
                ? t('facilitation.impartiality.keptBy', {
                    name: override.byName,
                    at: formatDateTime(locale, override.at),
                  })
                : t('facilitation.impartiality.keptAt', { at: formatDateTime(locale, override.at) })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
