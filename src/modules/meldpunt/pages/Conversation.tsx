/**
 * The conversation between the student and the confidants, oldest first, and the form to answer or add
 * information. After sending, the report is read again (with the same code) so the new message shows.
 */
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { pointPath, type ReporterView } from './publicTypes.ts';

interface Props {
  code: string;
  receipt: string;
  messages: ReporterView['messages'];
  onUpdate: (view: ReporterView) => void;
}

export function Conversation({ code, receipt, messages, onUpdate }: Props) {
  const { t, locale } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'answer',
    initial: { body: '' },
    labels: { body: t('meldpunt.return.answer') },
    validate: (v): FieldErrors => (v.body.trim() === '' ? { body: t('meldpunt.return.answerMissing') } : {}),
    submit: async (v, { reset }) => {
      const base = pointPath(code);
      await api<void>('POST', `${base}/return/messages`, { receiptCode: receipt, body: v.body.trim() });
      reset();
      toast(t('meldpunt.return.sent'));
      onUpdate(await api<ReporterView>('POST', `${base}/return`, { receiptCode: receipt }));
    },
  });
  const body = form.field('body');

  return (
    <>
      <h2>{t('meldpunt.return.conversationTitle')}</h2>
      {messages.length === 0 ? (
        <p>{t('meldpunt.return.noMessages')}</p>
      ) : (
        <ol className="meldpunt-messages" data-testid="conversation">
          {messages.map((message) => (
            <li key={message.id} className={`meldpunt-message meldpunt-message--${message.author}`}>
              <p className="meldpunt-message__meta">
                <strong>
                  {message.author === 'reporter'
                    ? t('meldpunt.return.you')
                    : message.authorName
                      ? t('meldpunt.return.confidant', { name: message.authorName })
                      : t('meldpunt.return.confidantUnnamed')}
                </strong>{' '}
                <time dateTime={message.at}>{formatDateTime(locale, message.at)}</time>
              </p>
              <p className="meldpunt-text">{message.body}</p>
            </li>
          ))}
        </ol>
      )}

      <h2>{t('meldpunt.return.answerTitle')}</h2>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        <TextArea
          id={body.id}
          label={body.label}
          hint={t('meldpunt.return.answerHint')}
          error={body.error}
          value={body.value}
          onChange={body.onChange}
          rows={5}
          maxLength={5000}
          required
        />
        <ButtonRow>
          <Button type="submit" busy={form.busy}>
            {t('meldpunt.return.send')}
          </Button>
        </ButtonRow>
      </form>
    </>
  );
}
