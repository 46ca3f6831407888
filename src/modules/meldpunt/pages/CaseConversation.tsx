/**
 * The conversation with the student: every message as plain text, and the confidant's reply. The student reads
 * a reply when they come back with their receipt code; a staff signal has no such way back.
 */
import { api, type FieldErrors } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { useForm } from '../../../web/useForm.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import type { CaseMessage } from './MeldpuntTypes.ts';

const MAX_REPLY = 5000;

interface Props {
  base: string;
  isSignal: boolean;
  messages: CaseMessage[];
  onSent: (message: CaseMessage) => void;
}

export function CaseConversation({ base, isSignal, messages, onSent }: Props) {
  const { t, locale } = useT();
  const user = useUser();
  const toast = useToast();
  const form = useForm({
    id: 'antwoord',
    initial: { body: '' },
    labels: { body: t('meldpuntCases.conversation.reply') },
    validate: (v): FieldErrors =>
      v.body.trim() === ''
        ? { body: t('validation.required') }
        : v.body.trim().length > MAX_REPLY
          ? { body: t('validation.tooLong', { max: MAX_REPLY }) }
          : {},
    submit: async (v, { reset }) => {
      const body = v.body.trim();
      await api<void>('POST', `${base}/messages`, { body });
      // Shown at once without opening the case again (each opening is audited).
      onSent({
        id: `sent-${Date.now()}`,
        author: 'confidant',
        authorName: user.name,
        body,
        at: new Date().toISOString(),
      });
      reset();
      toast(t('meldpuntCases.conversation.sent'));
    },
  });
  const body = form.field('body');

  return (
    <>
      {messages.length === 0 ? (
        <p>{t('meldpuntCases.conversation.none')}</p>
      ) : (
        <ol className="meldpunt-messages">
          {messages.map((m) => (
            <li key={m.id} className={`meldpunt-message meldpunt-message--${m.author}`}>
              <p className="meldpunt-message__meta">
                {m.author === 'reporter'
                  ? t('meldpuntCases.conversation.student')
                  : (m.authorName ?? t('meldpuntCases.conversation.confidant'))}
                {' · '}
                {formatDateTime(locale, m.at)}
              </p>
              <p className="meldpunt-text">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {isSignal ? (
        <Notice>
          <p>{t('meldpuntCases.conversation.signal')}</p>
        </Notice>
      ) : (
        <form className="form" onSubmit={form.onSubmit} noValidate>
          <ErrorSummary {...form.summary} />
          <TextArea
            id={body.id}
            label={body.label}
            value={body.value}
            error={body.error}
            onChange={body.onChange}
            hint={t('meldpuntCases.conversation.replyHint')}
            rows={4}
            maxLength={MAX_REPLY}
          />
          <ButtonRow>
            <Button type="submit" busy={form.busy}>
              {t('meldpuntCases.conversation.send')}
            </Button>
          </ButtonRow>
        </form>
      )}
    </>
  );
}
