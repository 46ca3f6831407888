/**
 * The building blocks of the report's steps: the step's fieldset, whose legend is a heading that takes focus
 * when the step appears, and big, calm options (radio buttons or check boxes) with a short explanation each.
 */
import type { ReactNode, Ref } from 'react';
import { useT } from '../../../web/i18n.tsx';

interface StepFrameProps {
  question: string;
  progress: string;
  headingRef: Ref<HTMLHeadingElement>;
  hint?: string | undefined;
  /** The error of the step's choice, if any (errors of text fields sit with those fields). */
  error?: string | undefined;
  children: ReactNode;
}

export function StepFrame({ question, progress, headingRef, hint, error, children }: StepFrameProps) {
  const { t } = useT();
  const describedBy = [hint && 'report-step-hint', error && 'report-step-error'].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`fieldset meldpunt-step${error ? ' field--error' : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend>
        <h2 ref={headingRef} tabIndex={-1} className="meldpunt-step__heading">
          <span className="meldpunt-step__progress">{progress}</span>
          <span className="visually-hidden">: </span>
          {question}
        </h2>
      </legend>
      {hint && (
        <p className="field__hint" id="report-step-hint">
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id="report-step-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface ChoicesProps {
  /** The id of the first option, so an error summary can link to the group. */
  id: string;
  choices: Choice[];
  /** One value (radio buttons) or several (check boxes). */
  chosen: string | readonly string[];
  onChoose: (value: string) => void;
  invalid?: boolean;
}

export function Choices({ id, choices, chosen, onChoose, invalid }: ChoicesProps) {
  const multiple = typeof chosen !== 'string';
  return (
    <div className="meldpunt-choices">
      {choices.map((choice, index) => {
        const optionId = index === 0 ? id : `${id}-${choice.value}`;
        const checked = multiple ? chosen.includes(choice.value) : chosen === choice.value;
        return (
          <div key={choice.value} className={`meldpunt-option${checked ? ' meldpunt-option--checked' : ''}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={optionId}
              name={id}
              value={choice.value}
              checked={checked}
              aria-invalid={invalid || undefined}
              aria-describedby={choice.hint ? `${optionId}-hint` : undefined}
              onChange={() => onChoose(choice.value)}
            />
            <div className="meldpunt-option__text">
              <label htmlFor={optionId}>{choice.label}</label>
              {choice.hint && (
                <p className="meldpunt-option__hint" id={`${optionId}-hint`}>
                  {choice.hint}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
