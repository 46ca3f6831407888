/**
 * A conversation's facts (teacher, date, language level, aim), and for the teacher who holds it a form to change
 * the date, the aim or the level.
 */
import { useState } from 'react';
import { api } from '../../../web/api.ts';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { InputField, TextArea } from '../../spiegel/pages/FormBits.tsx';
import { LevelChoice } from './LevelChoice.tsx';
import { type ConversationView, conversationApi } from './types.ts';

interface Props {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}

export function ConversationFacts({ view, onChange }: Props) {
  const { t, locale } = useT();
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="gesprek-facts">
      <h2 id="gesprek-facts">{t('gesprekPages.facts.title')}</h2>
      {editing ? (
        <BasicsForm
          view={view}
          onDone={(next) => {
            if (next) onChange(next);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <dl className="spiegel-facts">
            <dt>{t('gesprekPages.facts.teacher')}</dt>
            <dd>{view.teacher.name}</dd>
            <dt>{t('gesprekPages.facts.date')}</dt>
            <dd>{formatDateTime(locale, view.plannedAt)}</dd>
            <dt>{t('gesprekPages.facts.level')}</dt>
            <dd>{t(`gesprek.level.${view.level}`)}</dd>
            <dt>{t('gesprekPages.facts.aim')}</dt>
            <dd className="gesprek-text">{view.aim}</dd>
            <dt>{t('gesprekPages.facts.status')}</dt>
            <dd>
              {view.heldAt
                ? t('gesprekPages.status.held', { at: formatDateTime(locale, view.heldAt) })
                : t('gesprekPages.status.planned')}
            </dd>
          </dl>
          {view.access === 'holder' && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('gesprekPages.facts.edit')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}

function BasicsForm({ view, onDone }: { view: ConversationView; onDone: (view?: ConversationView) => void }) {
  const { t } = useT();
  const toast = useToast();
  const form = useForm({
    id: 'gesprek-basics',
    initial: { aim: view.aim, plannedAt: view.plannedAt, level: view.level as string },
    labels: { aim: t('gesprekPages.new.aim'), plannedAt: t('gesprekPages.new.plannedAt') },
    validate: (v) => requireFields(v, ['aim', 'plannedAt'], t),
    submit: async (v) => {
      const next = await api<ConversationView>('PATCH', conversationApi(view.schoolId, view.id), v);
      toast(t('gesprekPages.saved'));
      onDone(next);
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <TextArea
        {...form.field('aim')}
        hint={t('gesprekPages.new.aimHint')}
        rows={3}
        maxLength={500}
        required
      />
      <InputField {...form.field('plannedAt')} type="datetime-local" required />
      <LevelChoice
        id="gesprek-basics-level"
        value={String(form.values.level)}
        onChange={(level) => form.set('level', level)}
      />
      <ButtonRow>
        <Button type="submit" busy={form.busy}>
          {t('gesprekPages.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('gesprekPages.cancel')}
        </Button>
      </ButtonRow>
    </form>
  );
}
