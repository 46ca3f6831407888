/**
 * Short confirmations ("Saved") in a polite live region that is always present, so screen readers
 * announce them. Each message disappears after a few seconds or when dismissed.
 *
 * @example const toast = useToast(); toast(t('teams.added'));
 */
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import { useT } from '../i18n.tsx';

interface Message {
  id: number;
  text: string;
}

const ToastContext = createContext<((text: string) => void) | null>(null);
const visibleMs = 6000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useT();
  const [messages, setMessages] = useState<Message[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setMessages((list) => list.filter((m) => m.id !== id)), []);
  const show = useCallback(
    (text: string) => {
      const id = nextId.current++;
      setMessages((list) => [...list.slice(-2), { id, text }]);
      window.setTimeout(() => dismiss(id), visibleMs);
    },
    [dismiss],
  );

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {messages.map((message) => (
          <div key={message.id} className="toast">
            <span>{message.text}</span>
            <button type="button" className="toast__close" onClick={() => dismiss(message.id)}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('common.dismiss')}</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (text: string) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>');
  return show;
}
