/**
 * "Verslag en voortgang" on the session page: the report (page, PDF, Markdown) and the session's read-only
 * progress link, made on first request and shown with a copy button.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, asApiError } from '../../../web/api.ts';
import { Button } from '../../../web/components/Button.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { LoadError } from '../../../web/components/Status.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { ProgressLink } from './followUpTypes.ts';
import { sessionBase, sessionPath } from './types.ts';

export function ReportLinks({ schoolId, sessionId }: { schoolId: string; sessionId: string }) {
  const { t } = useT();
  const base = sessionBase(schoolId, sessionId);
  return (
    <>
      <ul className="spiegel-links">
        <li>
          <Link to={sessionPath(schoolId, sessionId, 'verslag')}>{t('spiegel.reportLinks.report')}</Link>
        </li>
        <ReportDownloads base={base} />
      </ul>
      <h3>{t('spiegel.reportLinks.progressTitle')}</h3>
      <p>{t('spiegel.reportLinks.progressLead')}</p>
      <ProgressLinkField base={base} />
    </>
  );
}

/** The PDF and Markdown downloads, as list items (the report page shows them too). */
export function ReportDownloads({ base }: { base: string }) {
  const { t } = useT();
  return (
    <>
      <li>
        <a href={`${base}/report.pdf`}>
          {t('spiegel.reportLinks.pdf')}
          <VisuallyHidden> {t('spiegel.reportLinks.download')}</VisuallyHidden>
        </a>
      </li>
      <li>
        <a href={`${base}/report.md`}>
          {t('spiegel.reportLinks.md')}
          <VisuallyHidden> {t('spiegel.reportLinks.download')}</VisuallyHidden>
        </a>
      </li>
    </>
  );
}

function ProgressLinkField({ base }: { base: string }) {
  const { t } = useT();
  const toast = useToast();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The button makes way for the field: the field takes the focus, so keyboard users land on the link.
  useEffect(() => {
    if (url) document.getElementById('progress-link')?.focus();
  }, [url]);

  async function show() {
    setBusy(true);
    setError(null);
    try {
      setUrl((await api<ProgressLink>('POST', `${base}/progress-link`)).url);
    } catch (failure) {
      setError(asApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      toast(t('spiegel.session.copied'));
    } catch {
      const input = document.getElementById('progress-link') as HTMLInputElement | null;
      input?.focus();
      input?.select();
      toast(t('spiegel.session.copyYourself'));
    }
  }

  if (!url) {
    return (
      <>
        {error && <LoadError message={error} />}
        <Button variant="secondary" busy={busy} onClick={() => void show()}>
          {t('spiegel.reportLinks.progressButton')}
        </Button>
      </>
    );
  }
  return (
    <div className="spiegel-copy">
      <Field
        id="progress-link"
        name="progressLink"
        label={t('spiegel.reportLinks.progressLink')}
        hint={t('spiegel.reportLinks.progressHint')}
        value={url}
        readOnly
        onChange={() => undefined}
      />
      <Button variant="secondary" onClick={() => void copy(url)}>
        {t('spiegel.session.copy')}
      </Button>
    </div>
  );
}
