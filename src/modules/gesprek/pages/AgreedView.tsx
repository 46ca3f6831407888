/** What teacher and student agreed, as the student reads it on their link once the teacher shares it. */
import { formatDay } from '../../../web/format.ts';
import { useT } from '../../../web/i18n.tsx';
import { formSections } from '../domain/shape.ts';
import { ownerText } from './AgreementList.tsx';
import type { StudentView } from './types.ts';

export function AgreedView({ view }: { view: StudentView }) {
  const { t, locale } = useT();
  const agreed = view.agreed!;
  return (
    <section aria-labelledby="afgesproken">
      <h2 id="afgesproken">{t('gesprekPages.student.agreedTitle')}</h2>
      <h3>{t('gesprek.form.section.agreements')}</h3>
      {agreed.agreements.length === 0 ? (
        <p>{t('gesprekPages.agreement.noneYet')}</p>
      ) : (
        <ul className="plain-list gesprek-agreements">
          {agreed.agreements.map((a, index) => (
            // The student's view carries no ids; the list is read-only.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={index} className="gesprek-agreement">
              <p className="gesprek-agreement__what">{a.what}</p>
              <p className="hint">
                {t('gesprekPages.student.agreementLine', {
                  owner: ownerText(t, a),
                  date: formatDay(locale, a.evaluateOn),
                })}
              </p>
              {a.how && <p className="gesprek-text">{a.how}</p>}
            </li>
          ))}
        </ul>
      )}
      {formSections.map((section) => {
        const filled = section.texts.filter((name) => agreed.form[name] !== '');
        if (filled.length === 0) return null;
        return (
          <div key={section.key}>
            <h3>{t(`gesprek.form.section.${section.key}`)}</h3>
            <dl className="gesprek-answers">
              {filled.map((name) => (
                <div key={name}>
                  <dt>{t(`gesprek.form.${name}`)}</dt>
                  <dd className="gesprek-text">{agreed.form[name]}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
