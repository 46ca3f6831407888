/**
 * After sending (PRODUCT M2): the receipt code, large and in groups of four, a copy button, and a clear warning
 * that Kring cannot recover it. The code lives only in the page's memory: never in the address or storage.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../web/components/Button.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { formatReceipt } from '../domain/receipt.ts';

interface Props {
  /** The school's reporting point, for the link back. */
  code: string;
  receipt: string;
  ackDays: number;
}

export function Receipt({ code, receipt, ackDays }: Props) {
  const { t } = useT();
  const codeRef = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const shown = formatReceipt(receipt);
  const groups = shown.split(' ');
  const halves = [groups.slice(0, 2).join(' '), groups.slice(2).join(' ')];

  // The form disappeared: tell screen readers where they are now.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, []);

  function select() {
    const node = codeRef.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(shown);
      setCopied('yes');
    } catch {
      // Without permission or outside a secure context: select it, so the phone's own copy menu works.
      select();
      setCopied('no');
    }
  }

  return (
    <div className="narrow">
      <PageTitle lead={t('meldpunt.report.receipt.lead')}>{t('meldpunt.report.receipt.title')}</PageTitle>
      <p className="field__label">{t('meldpunt.report.receipt.codeLabel')}</p>
      <p className="meldpunt-receipt" ref={codeRef} data-testid="receipt-code">
        {/* Two halves that each stay on one line: on a phone the code wraps as 2 + 2 groups, never 3 + 1. */}
        <span>{halves[0]}</span> <span>{halves[1]}</span>
      </p>
      <Button variant="secondary" onClick={copy}>
        {t('meldpunt.report.receipt.copy')}
      </Button>
      <p role="status" className="meldpunt-copied">
        {copied === 'yes' && t('meldpunt.report.receipt.copied')}
        {copied === 'no' && t('meldpunt.report.receipt.copyFailed')}
      </p>
      <Notice tone="warning">
        <h2 className="meldpunt-notice-title">{t('meldpunt.report.receipt.warningTitle')}</h2>
        <p>{t('meldpunt.report.receipt.warning')}</p>
        <p>{t('meldpunt.report.receipt.keep')}</p>
      </Notice>
      <p>{t('meldpunt.report.receipt.next', { ackDays })}</p>
      <p>
        <Link to={`/melden/${encodeURIComponent(code)}/terug`}>
          {t('meldpunt.report.receipt.returnLink')}
        </Link>
      </p>
    </div>
  );
}
