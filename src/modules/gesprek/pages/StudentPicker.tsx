/**
 * Choosing a student from the school's list: type part of a name or class, then pick one of the matches (radio
 * buttons, so it works by keyboard and with a screen reader). Only the first matches are shown; the count of all
 * matches is announced politely while typing.
 */
import { useT } from '../../../web/i18n.tsx';
import type { BoundField } from '../../../web/useForm.ts';
import type { RosterStudentView } from './types.ts';

const SHOWN = 25;

interface Props {
  field: BoundField;
  filter: string;
  onFilter: (value: string) => void;
  students: readonly RosterStudentView[];
  total: number;
  /** The student chosen so far, shown also when the filter no longer matches them. */
  chosen?: RosterStudentView | undefined;
}

export function StudentPicker({ field, filter, onFilter, students, total, chosen }: Props) {
  const { t } = useT();
  const matches = students.slice(0, SHOWN);
  const shown = chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;
  return (
    <div className={`gesprek-picker${field.error ? ' field--error' : ''}`}>
      <div className="field">
        <label className="field__label" htmlFor={`${field.id}-filter`}>
          {t('gesprekPages.picker.search')}
        </label>
        <p className="field__hint" id={`${field.id}-filter-hint`}>
          {t('gesprekPages.picker.searchHint', { total })}
        </p>
        <input
          id={`${field.id}-filter`}
          type="search"
          value={filter}
          autoComplete="off"
          aria-describedby={`${field.id}-filter-hint ${field.id}-count`}
          onChange={(event) => onFilter(event.target.value)}
        />
      </div>
      <p id={`${field.id}-count`} className="hint" aria-live="polite">
        {students.length > SHOWN
          ? t('gesprekPages.picker.many', { count: students.length, shown: SHOWN })
          : t('gesprekPages.picker.count', { count: students.length })}
      </p>
      <fieldset
        className="fieldset radio-group"
        aria-describedby={field.error ? `${field.id}-error` : undefined}
      >
        <legend className="field__label">{field.label}</legend>
        {field.error && (
          <p className="field__error" id={`${field.id}-error`}>
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {field.error}
          </p>
        )}
        <div className="radio-group__options gesprek-picker__list">
          {shown.map((student, index) => (
            <div key={student.id} className="radio-group__option">
              <input
                type="radio"
                id={index === 0 ? field.id : `${field.id}-${student.id}`}
                name={field.id}
                value={student.id}
                checked={field.value === student.id}
                onChange={() => field.onChange(student.id)}
              />
              <label htmlFor={index === 0 ? field.id : `${field.id}-${student.id}`}>
                {student.name}
                {student.className && <span className="gesprek-picker__class"> · {student.className}</span>}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
