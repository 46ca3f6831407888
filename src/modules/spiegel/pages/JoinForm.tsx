/** Joining a conversation: the code (from the QR code's #code=… when scanned), a side, and a name if you like. */
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { ErrorSummary } from '../../../web/components/ErrorSummary.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useForm } from '../../../web/useForm.ts';
import { requireFields } from '../../../web/validation.ts';
import { newIdempotencyKey, postOnce } from './commands.ts';
import type { StoredParticipant } from './participantStorage.ts';
import type { JoinResult } from './types.ts';

interface Props {
  notice: string | null;
  onJoined: (participant: StoredParticipant) => void;
}

const sides = ['voices', 'listeners'] as const;

export function JoinForm({ notice, onJoined }: Props) {
  const { t } = useT();
  const { hash } = useLocation();
  const code = useMemo(() => new URLSearchParams(hash.replace(/^#/, '')).get('code') ?? '', [hash]);
  const form = useForm({
    id: 'join',
    initial: { code, side: '', displayName: '' },
    labels: {
      code: t('spiegel.join.code'),
      side: t('spiegel.join.side'),
      displayName: t('spiegel.join.name'),
    },
    validate: (v) => requireFields(v, ['code', 'side'], t),
    submit: async (v) => {
      const displayName = v.displayName.trim();
      const result = await postOnce<JoinResult>('/api/live/join', {
        code: v.code.replace(/\s/g, ''),
        side: v.side,
        ...(displayName ? { displayName } : {}),
        idempotencyKey: newIdempotencyKey(),
      });
      onJoined({ sessionId: result.sessionId, token: result.token });
    },
  });
  const side = form.field('side');

  return (
    <div className="narrow">
      <PageTitle lead={t('spiegel.join.lead')}>{t('spiegel.join.title')}</PageTitle>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...form.summary} />
        <Field {...form.field('code')} autoComplete="off" required className="spiegel-code-field" />
        <fieldset className={`fieldset${side.error ? ' field--error' : ''}`}>
          <legend className="field__label">{side.label}</legend>
          {side.error && (
            <p className="field__error">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {side.error}
            </p>
          )}
          {sides.map((value, index) => (
            <div key={value} className="checkbox checkbox__row">
              <input
                type="radio"
                id={index === 0 ? side.id : `${side.id}-${value}`}
                name="side"
                value={value}
                checked={side.value === value}
                onChange={() => side.onChange(value)}
              />
              <label htmlFor={index === 0 ? side.id : `${side.id}-${value}`}>
                {t(`spiegel.join.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <Field {...form.field('displayName')} autoComplete="nickname" hint={t('spiegel.join.nameHint')} />
        <ButtonRow>
          <Button type="submit" busy={form.busy}>
            {t('spiegel.join.submit')}
          </Button>
        </ButtonRow>
      </form>
    </div>
  );
}
