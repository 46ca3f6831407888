/**
 * The reporting point's public link and QR code, and a poster to print for the corridors and classrooms: the QR
 * code, the link and a short invitation in plain words for students.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { Field } from '../../../web/components/Field.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { type MeldpuntSettings, printOnly, svgDataUrl } from './MeldpuntTypes.ts';

interface Props {
  settings: Pick<MeldpuntSettings, 'url' | 'qrSvg'>;
  schoolName: string;
}

export function MeldpuntPoster({ settings, schoolName }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [poster, setPoster] = useState(false);
  const posterRef = useRef<HTMLDivElement>(null);
  const qr = svgDataUrl(settings.qrSvg);
  const qrAlt = t('meldpuntCases.poster.qrAlt', { school: schoolName });
  // The poster appears below the button: its print button takes the focus, so keyboard users land there.
  useEffect(() => {
    if (poster) document.getElementById('meldpunt-poster-print')?.focus();
  }, [poster]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(settings.url);
      toast(t('meldpuntCases.poster.copied'));
    } catch {
      const input = document.getElementById('meldpunt-link') as HTMLInputElement | null;
      input?.focus();
      input?.select();
      toast(t('meldpuntCases.poster.copyYourself'));
    }
  }

  return (
    <>
      <h3>{t('meldpuntCases.poster.title')}</h3>
      <p>{t('meldpuntCases.poster.intro')}</p>
      <div className="spiegel-copy">
        <Field
          id="meldpunt-link"
          name="meldpunt-link"
          label={t('meldpuntCases.poster.link')}
          value={settings.url}
          onChange={() => undefined}
          readOnly
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {t('meldpuntCases.poster.copy')}
        </Button>
      </div>
      <img className="qr" src={qr} alt={qrAlt} width="200" height="200" />
      {!poster ? (
        <Button variant="secondary" onClick={() => setPoster(true)}>
          {t('meldpuntCases.poster.show')}
        </Button>
      ) : (
        <>
          <div ref={posterRef} className="meldpunt-poster">
            <p className="meldpunt-poster__title">{t('meldpuntCases.poster.heading')}</p>
            <p className="meldpunt-poster__text">
              {t('meldpuntCases.poster.invitation', { school: schoolName })}
            </p>
            <img className="meldpunt-poster__qr" src={qr} alt={qrAlt} width="320" height="320" />
            <p className="meldpunt-poster__text">{t('meldpuntCases.poster.scan')}</p>
            <p className="meldpunt-poster__url">{settings.url}</p>
            <p className="meldpunt-poster__small">{t('meldpuntCases.poster.elsewhere')}</p>
          </div>
          <ButtonRow>
            <Button id="meldpunt-poster-print" onClick={() => printOnly(posterRef.current)}>
              {t('meldpuntCases.poster.print')}
            </Button>
            <Button variant="secondary" onClick={() => setPoster(false)}>
              {t('meldpuntCases.poster.hide')}
            </Button>
          </ButtonRow>
        </>
      )}
    </>
  );
}
