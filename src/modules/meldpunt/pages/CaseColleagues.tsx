/**
 * Fellow confidants who cannot open the cases yet (new in the role, or after a password reset). Access is never
 * shared on its own: the confidant who sees this decides, and the log records whom they gave it to.
 */
import { useState } from 'react';
import { ApiError, api } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';

interface Props {
  base: string;
  colleagues: { userId: string; name: string }[];
  onGranted: () => void;
}

export function CaseColleagues({ base, colleagues, onGranted }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (colleagues.length === 0) return null;

  async function grant(userId: string, name: string) {
    setBusy(userId);
    setError(null);
    try {
      await api('POST', `${base}/grants`, { userId });
      toast(t('meldpuntCases.colleagues.granted', { name }));
      onGranted();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Notice tone="info">
      <h2>{t('meldpuntCases.colleagues.title')}</h2>
      <p>{t('meldpuntCases.colleagues.text')}</p>
      {error && <p role="alert">{error}</p>}
      <ul>
        {colleagues.map((c) => (
          <li key={c.userId}>
            {c.name}{' '}
            <Button busy={busy === c.userId} onClick={() => void grant(c.userId, c.name)}>
              {t('meldpuntCases.colleagues.grant', { name: c.name })}
            </Button>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
