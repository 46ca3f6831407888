/**
 * Shown to a confidant who signed in with a password too short for the role: their key stays shut (and is not made
 * yet) until they choose a longer one, because it guards every report of their school.
 */
import { Link } from 'react-router';
import { Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';

export function WeakPasswordNotice() {
  const { t } = useT();
  const user = useUser();
  if (!user.passwordTooShort) return null;
  return (
    <Notice tone="warning">
      <p>
        <strong>{t('meldpuntCases.weakPassword.title')}</strong>
      </p>
      <p>{t('meldpuntCases.weakPassword.text', { min: user.passwordMin })}</p>
      <p>
        <Link to="/account#account-password">{t('meldpuntCases.weakPassword.link')}</Link>
      </p>
    </Notice>
  );
}
