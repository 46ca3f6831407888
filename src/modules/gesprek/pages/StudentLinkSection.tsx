/**
 * The student's personal link, for the teacher who holds the conversation: copy it to send it (by the school's
 * own mail or messaging, Kring sends nothing to students), see until when it works, make a new one (the old one
 * stops) or revoke it.
 */
import { useState } from 'react';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { LoadError, Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { formatDateTime } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { type ConversationView, conversationApi } from './types.ts';

interface Props {
  view: ConversationView;
  onChange: (view: ConversationView) => void;
}

export function StudentLinkSection({ view, onChange }: Props) {
  const { t, locale } = useT();
  const toast = useToast();
  const [busy, setBusy] = useState<'new' | 'revoke' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const link = view.link!;
  const path = `${conversationApi(view.schoolId, view.id)}/link`;

  async function run(kind: 'new' | 'revoke') {
    setBusy(kind);
    setError(null);
    try {
      onChange(await api<ConversationView>(kind === 'new' ? 'POST' : 'DELETE', path));
      toast(kind === 'new' ? t('gesprekPages.link.made') : t('gesprekPages.link.revoked'));
    } catch (failure) {
      setError(asApiError(failure).message);
    } finally {
      setBusy(null);
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(link.url ?? '');
      toast(t('gesprekPages.link.copied'));
    } catch {
      // No clipboard (an older browser, or refused): the field can be selected by hand.
      document.getElementById('gesprek-link')?.focus();
    }
  }

  return (
    <section aria-labelledby="gesprek-link-title">
      <h2 id="gesprek-link-title">{t('gesprekPages.link.title')}</h2>
      <p>{t('gesprekPages.link.intro')}</p>
      {error && <LoadError message={error} />}
      {link.state === 'active' && link.url && (
        <>
          <div className="field">
            <label className="field__label" htmlFor="gesprek-link">
              {t('gesprekPages.link.label')}
            </label>
            <p className="field__hint" id="gesprek-link-hint">
              {t('gesprekPages.link.expires', { at: formatDateTime(locale, link.expiresAt!) })}
            </p>
            <input
              id="gesprek-link"
              type="text"
              readOnly
              value={link.url}
              aria-describedby="gesprek-link-hint"
              onFocus={(event) => event.target.select()}
            />
          </div>
          <p className="button-row">
            <Button onClick={copy}>{t('gesprekPages.link.copy')}</Button>
            <Button variant="secondary" busy={busy === 'new'} onClick={() => run('new')}>
              {t('gesprekPages.link.renew')}
            </Button>
            <Button variant="danger" busy={busy === 'revoke'} onClick={() => run('revoke')}>
              {t('gesprekPages.link.revoke')}
            </Button>
          </p>
        </>
      )}
      {link.state !== 'active' && (
        <>
          <Notice tone="warning">
            {link.state === 'expired' ? t('gesprekPages.link.expired') : t('gesprekPages.link.none')}
          </Notice>
          <p className="button-row">
            <Button busy={busy === 'new'} onClick={() => run('new')}>
              {t('gesprekPages.link.make')}
            </Button>
          </p>
        </>
      )}
    </section>
  );
}
