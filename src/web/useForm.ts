/**
 * Form state with the error handling every Kring form shares: client checks first, then the API;
 * the server's (translated) message goes to the error summary and `fields[name]` to the field `name`.
 *
 * @example
 * const form = useForm({ id: 'login', initial: { email: '' }, labels: { email: t('field.email') },
 *   validate: (v) => requireFields(v, ['email'], t), submit: (v) => api('POST', '/api/x', v) });
 * <form onSubmit={form.onSubmit} noValidate><ErrorSummary {...form.summary} /><Field {...form.field('email')} /></form>
 */
import { type FormEvent, useState } from 'react';
import { asApiError, type FieldErrors } from './api.ts';
import type { SummaryItem } from './components/ErrorSummary.tsx';
import { useT } from './i18n.tsx';

type Values = Record<string, string | boolean>;

interface FormOptions<V extends Values> {
  /** Unique on the page; prefixes the ids of the fields. */
  id: string;
  initial: V;
  labels: Partial<Record<keyof V & string, string>>;
  validate?: (values: V) => FieldErrors;
  /** Sends the form; `reset` empties it again (e.g. after adding something). */
  submit: (values: V, helpers: { reset: () => void }) => Promise<void>;
}

/** What `form.field(name)` gives a Field: spread it onto one. */
export interface BoundField {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function useForm<V extends Values>(options: FormOptions<V>) {
  const { t } = useT();
  const [values, setValues] = useState<V>(options.initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const fieldId = (name: string) => `${options.id}-${name}`;

  function set<K extends keyof V>(name: K, value: V[K]): void {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function fail(text: string, errors: FieldErrors): void {
    setMessage(text);
    setFieldErrors(errors);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const clientErrors = options.validate?.(values) ?? {};
    if (Object.keys(clientErrors).length > 0) return fail(t('form.checkFields'), clientErrors);
    setBusy(true);
    setMessage(null);
    setFieldErrors({});
    try {
      await options.submit(values, { reset: () => reset() });
    } catch (error) {
      const apiError = asApiError(error);
      fail(apiError.message, apiError.fields);
    } finally {
      setBusy(false);
    }
  }

  function reset(next: V = options.initial): void {
    setValues(next);
    setFieldErrors({});
    setMessage(null);
  }

  const items: SummaryItem[] = Object.entries(fieldErrors).map(([name, text]) => {
    const label = options.labels[name as keyof V & string];
    return label ? { href: `#${fieldId(name)}`, text: `${label}: ${text}` } : { text };
  });

  return {
    values,
    set,
    busy,
    reset,
    onSubmit,
    summary: { message, items, focusKey: attempt },
    /** Props for a text, email, password or select Field bound to `values[name]`. */
    field(name: keyof V & string) {
      return {
        id: fieldId(name),
        name,
        label: options.labels[name] ?? name,
        value: String(values[name] ?? ''),
        error: fieldErrors[name],
        onChange: (value: string) => set(name, value as V[typeof name]),
      };
    },
    /** Props for a Checkbox bound to `values[name]`. */
    checkbox(name: keyof V & string) {
      return {
        id: fieldId(name),
        name,
        label: options.labels[name] ?? name,
        checked: values[name] === true,
        error: fieldErrors[name],
        onChange: (checked: boolean) => set(name, checked as V[typeof name]),
      };
    },
  };
}
