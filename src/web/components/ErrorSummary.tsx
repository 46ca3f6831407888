/**
 * The box at the top of a form that says what went wrong. It takes focus after each failed submit,
 * so keyboard and screen reader users land on it; each field error links to its field.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n.tsx';

export interface SummaryItem {
  href?: string;
  text: string;
}

interface Props {
  message: string | null;
  items?: SummaryItem[];
  /** Changes on every failed submit; the summary then takes focus. */
  focusKey?: number;
}

export function ErrorSummary({ message, items = [], focusKey = 0 }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);

  if (!message && items.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <p className="error-summary__title">{t('form.errorTitle')}</p>
      {message && <p>{message}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) =>
            item.href ? (
              <li key={item.href}>
                <a
                  href={item.href}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(item.href!.slice(1))?.focus();
                  }}
                >
                  {item.text}
                </a>
              </li>
            ) : (
              <li key={item.text}>{item.text}</li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
