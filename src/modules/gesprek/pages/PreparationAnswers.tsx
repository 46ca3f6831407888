/**
 * What the student wrote in their preparation, read-only, in the words of the questions they were asked (at their
 * language level). Empty answers are left out; `only` limits it to the answers that belong with one part of the
 * conversation form.
 */
import { useT } from '../../../web/i18n.tsx';
import { type PreparationText, preparationTexts } from '../domain/shape.ts';
import type { ConversationView } from './types.ts';

interface Props {
  view: Pick<ConversationView, 'preparation' | 'level' | 'teacher'>;
  only?: readonly PreparationText[];
  /** Also the question whether and when the student wants to talk. */
  withWish?: boolean;
}

export function PreparationAnswers({ view, only, withWish = false }: Props) {
  const { t } = useT();
  const answers = view.preparation.answers;
  if (!answers) return <p className="hint">{t('gesprekPages.prep.nothing')}</p>;
  const level = view.level;
  const names = (only ?? preparationTexts).filter((name) => answers[name] !== '');
  const wish = withWish && answers.wantToTalk !== '';
  if (names.length === 0 && !wish) return <p className="hint">{t('gesprekPages.prep.nothingHere')}</p>;
  return (
    <dl className="gesprek-answers">
      {wish && (
        <div>
          <dt>{t(`gesprek.prep.${level}.wantToTalk`)}</dt>
          <dd>{t(`gesprek.prep.${level}.wantToTalk.${answers.wantToTalk as 'yes'}`)}</dd>
        </div>
      )}
      {names.map((name) => (
        <div key={name}>
          <dt>{t(`gesprek.prep.${level}.${name}`, { teacher: view.teacher.name })}</dt>
          <dd className="gesprek-text">{answers[name]}</dd>
        </div>
      ))}
    </dl>
  );
}
