/**
 * A labelled input or select with an optional hint and error. The hint and error are linked with
 * aria-describedby and the field is marked aria-invalid while it has an error.
 */
import type { HTMLAttributes } from 'react';
import { useT } from '../i18n.tsx';
import { FieldMessages } from './FieldMessages.tsx';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'select';
  options?: Option[];
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  readOnly?: boolean;
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  className?: string;
}

export function Field(props: Props) {
  const { id, name, label, value, onChange, type = 'text', hint, error } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name,
    value,
    required: props.required,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };

  return (
    <div className={`field${error ? ' field--error' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {type === 'select' ? (
        <select {...shared} onChange={(event) => onChange(event.target.value)}>
          {(props.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...shared}
          type={type}
          readOnly={props.readOnly}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          spellCheck={type === 'text' ? undefined : false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

interface CheckboxProps {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string | undefined;
}

/** A checkbox with its label beside it, a hint and an error like Field. */
export function Checkbox({ id, name, label, checked, onChange, hint, error }: CheckboxProps) {
  const { t } = useT();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`checkbox${error ? ' field--error' : ''}`}>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="checkbox__row">
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
