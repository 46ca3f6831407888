/**
 * After the conversation, for the teacher who holds it: mark it held (the student's preparation then closes),
 * show the student what was agreed on their link, and place oneself on the four levels of listening (PRODUCT
 * G3). That placement is the teacher's own: nobody else sees it, it only feeds their own overview.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { api, asApiError } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { RadioGroup } from '../../../web/components/RadioGroup.tsx';
import { LoadError } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { TextArea } from '../../spiegel/pages/FormBits.tsx';
import { listeningLevels } from '../domain/shape.ts';
import { type ConversationView, conversationApi } from './types.ts';

interface Props {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}

export function AfterSection({ view, onChange }: Props) {
  const { t } = useT();
  const toast = useToast();
  const base = conversationApi(view.schoolId, view.id);
  const [error, setError] = useState<string | null>(null);

  async function put(path: string, body: object, message: string) {
    setError(null);
    try {
      onChange(await api<ConversationView>('PUT', `${base}/${path}`, body));
      toast(message);
    } catch (failure) {
      setError(asApiError(failure).message);
    }
  }

  return (
    <section aria-labelledby="gesprek-after-title">
      <h2 id="gesprek-after-title">{t('gesprekPages.after.title')}</h2>
      {error && <LoadError message={error} />}
      {view.heldAt ? (
        <>
          <p>{t('gesprekPages.after.held')}</p>
          <ButtonRow>
            <Button
              variant="secondary"
              onClick={() => put('held', { held: false }, t('gesprekPages.after.reopened'))}
            >
              {t('gesprekPages.after.reopen')}
            </Button>
            <Button
              variant="secondary"
              onClick={() =>
                put(
                  'student-share',
                  { shared: !view.sharedWithStudent },
                  view.sharedWithStudent
                    ? t('gesprekPages.after.unshared')
                    : t('gesprekPages.after.sharedToast'),
                )
              }
            >
              {view.sharedWithStudent ? t('gesprekPages.after.unshare') : t('gesprekPages.after.share')}
            </Button>
          </ButtonRow>
          <p className="hint">
            {view.sharedWithStudent
              ? t('gesprekPages.after.sharedState')
              : t('gesprekPages.after.notSharedState')}
          </p>
          <ListeningForm view={view} onChange={onChange} />
        </>
      ) : (
        <>
          <p>{t('gesprekPages.after.notHeld')}</p>
          <ButtonRow>
            <Button onClick={() => put('held', { held: true }, t('gesprekPages.after.heldToast'))}>
              {t('gesprekPages.after.markHeld')}
            </Button>
          </ButtonRow>
        </>
      )}
    </section>
  );
}

function ListeningForm({ view, onChange }: Props) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'gesprek-listening',
    initial: {
      level: view.listening?.level ? String(view.listening.level) : '',
      note: view.listening?.note ?? '',
    },
    labels: { level: t('gesprekPages.listening.question'), note: t('gesprekPages.listening.note') },
    validate: (v) => requireFields(v, ['level'], t),
    submit: async (v) => {
      onChange(
        await api<ConversationView>('PUT', `${conversationApi(view.schoolId, view.id)}/listening`, {
          level: Number(v.level),
          note: v.note,
        }),
      );
      toast(t('gesprekPages.listening.saved'));
    },
  });
  return (
    <form className="form gesprek-listening" onSubmit={form.onSubmit} noValidate>
      <h3>{t('gesprekPages.listening.title')}</h3>
      <p>{t('gesprekPages.listening.intro')}</p>
      <ErrorSummary {...form.summary} />
      <RadioGroup
        {...form.field('level')}
        onChange={(value) => form.set('level', value)}
        options={listeningLevels.map((level) => ({
          value: String(level),
          label: t(`gesprek.listening.${level}`),
        }))}
      />
      <TextArea
        {...form.field('note')}
        hint={t('gesprekPages.listening.noteHint')}
        rows={3}
        maxLength={2000}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('gesprekPages.listening.save')}
        </Button>
        <Link to="/gesprekken/luisteren">{t('gesprekPages.listening.link')}</Link>
      </ButtonRow>
    </form>
  );
}
