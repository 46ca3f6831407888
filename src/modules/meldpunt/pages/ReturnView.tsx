/** What a student sees with their receipt code: the status in plain words, what they wrote, the conversation. */
import { useEffect } from 'react';
import { Button } from '../../../web/components/Button.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { Conversation } from './Conversation.tsx';
import type { ReporterView } from './publicTypes.ts';

interface Props {
  code: string;
  receipt: string;
  view: ReporterView;
  onUpdate: (view: ReporterView) => void;
  onClose: () => void;
}

export function ReturnView({ code, receipt, view, onUpdate, onClose }: Props) {
  const { t, locale } = useT();
  const { content } = view;
  const contact = content.contact
    ? [content.contact.name, content.contact.email, content.contact.phone].filter(Boolean)
    : [];

  // The code form made way for the report: tell screen readers where they are now.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, []);

  return (
    <div className="narrow">
      <PageTitle lead={t('meldpunt.return.sentAt', { date: formatDateTime(locale, view.createdAt) })}>
        {t('meldpunt.return.heading', { school: view.schoolName })}
      </PageTitle>
      <div className="meldpunt-status" data-testid="report-status">
        <p>
          <strong>{t('meldpunt.return.statusLabel')}</strong> {t(`meldpunt.return.status.${view.status}`)}
        </p>
        <p className="hint">{t(`meldpunt.return.status.${view.status}.hint`)}</p>
      </div>

      <h2>{t('meldpunt.return.ownTitle')}</h2>
      <dl className="meldpunt-answers">
        <div className="meldpunt-answers__row">
          <dt>{t('meldpunt.return.category')}</dt>
          <dd>{t(`meldpunt.enum.category.${view.category}`)}</dd>
        </div>
        <div className="meldpunt-answers__row">
          <dt>{t('meldpunt.return.story')}</dt>
          <dd className="meldpunt-text">{content.story}</dd>
        </div>
        {content.when && (
          <div className="meldpunt-answers__row">
            <dt>{t('meldpunt.return.when')}</dt>
            <dd className="meldpunt-text">{content.when}</dd>
          </div>
        )}
        {content.who && (
          <div className="meldpunt-answers__row">
            <dt>{t('meldpunt.return.who')}</dt>
            <dd className="meldpunt-text">{content.who}</dd>
          </div>
        )}
        <div className="meldpunt-answers__row">
          <dt>{t('meldpunt.return.contact')}</dt>
          <dd>{contact.length > 0 ? contact.join(', ') : t('meldpunt.return.anonymous')}</dd>
        </div>
      </dl>

      <Conversation code={code} receipt={receipt} messages={view.messages} onUpdate={onUpdate} />

      <p className="hint">{t('meldpunt.return.closeHint')}</p>
      <Button variant="secondary" onClick={onClose}>
        {t('meldpunt.return.close')}
      </Button>
    </div>
  );
}
