/** Your account (/account): language, password and two-step verification. */
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useUser } from '../../../web/session.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { TotpSection } from './TotpSection.tsx';

export function AccountPage() {
  const { t, locale } = useT();
  const user = useUser();
  return (
    <>
      <PageTitle lead={t('account.lead', { name: user.name, email: user.email })}>
        {t('account.title')}
      </PageTitle>
      <div className="sections">
        <section aria-labelledby="account-language">
          <h2 id="account-language">{t('account.language')}</h2>
          <p>{t('account.languageText', { language: t(`language.${locale}`) })}</p>
        </section>
        <section aria-labelledby="account-password">
          <h2 id="account-password">{t('account.password')}</h2>
          <ChangePasswordForm />
        </section>
        <section aria-labelledby="account-totp">
          <h2 id="account-totp">{t('account.totp')}</h2>
          <TotpSection />
        </section>
      </div>
    </>
  );
}
