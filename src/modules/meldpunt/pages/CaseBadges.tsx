/** What sets a case apart at a glance (legal duty, internship, anonymous, signal, late) and what is due next. */
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { type CaseSummary, nextDue } from './MeldpuntTypes.ts';

export function CaseBadges({ summary }: { summary: CaseSummary }) {
  const { t } = useT();
  const badges = [
    summary.overdue ? { key: 'overdue', text: t('meldpuntCases.badge.overdue'), tone: 'danger' } : null,
    summary.legalDuty ? { key: 'legal', text: t('meldpuntCases.badge.legalDuty'), tone: 'danger' } : null,
    summary.kind === 'signal' ? { key: 'signal', text: t('meldpuntCases.badge.signal'), tone: 'info' } : null,
    summary.location === 'internship'
      ? { key: 'internship', text: t('meldpuntCases.badge.internship'), tone: 'info' }
      : null,
    summary.anonymous ? { key: 'anonymous', text: t('meldpuntCases.badge.anonymous'), tone: 'plain' } : null,
  ].filter((b) => b !== null);
  if (badges.length === 0) return null;
  return (
    <ul className="meldpunt-badges">
      {badges.map((b) => (
        <li key={b.key} className={`meldpunt-badge meldpunt-badge--${b.tone}`}>
          {b.text}
        </li>
      ))}
    </ul>
  );
}

/** "Ontvangst bevestigen vóór 3 dec 2026, 10:00", or a dash when no deadline is known. */
export function DueText({ summary }: { summary: CaseSummary }) {
  const { t, locale } = useT();
  const due = nextDue(summary);
  if (!due)
    return <>{summary.status === 'closed' ? t('meldpuntCases.due.closed') : t('meldpuntCases.due.none')}</>;
  const at = formatDateTime(locale, due.at);
  return (
    <>{due.kind === 'ack' ? t('meldpuntCases.due.ack', { at }) : t('meldpuntCases.due.feedback', { at })}</>
  );
}
