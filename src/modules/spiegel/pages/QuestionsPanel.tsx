/** The questions of the current phase with their deeper questions, and which one the projector shows. */
import { Button } from '../../../web/components/Button.tsx';
import { VisuallyHidden } from '../../../web/components/VisuallyHidden.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { Phase } from '../domain/template.ts';
import { useText } from './text.ts';
import type { useCommand } from './useCommand.ts';

interface Props {
  phase: Phase;
  shown: number;
  command: ReturnType<typeof useCommand>;
}

export function QuestionsPanel({ phase, shown, command }: Props) {
  const { t } = useT();
  const tx = useText();
  const current = phase.questions[shown];
  const show = (index: number) => void command.run({ type: 'showQuestion', index }, `question-${index}`);

  return (
    <>
      <p className="spiegel-console__question">
        <span className="spiegel-label">{t('spiegel.console.onScreen')} </span>
        <span data-testid="question">{current ? tx(current.text) : ''}</span>
        {!current && <span>{t('spiegel.console.noQuestion')}</span>}
      </p>
      {phase.questions.length === 0 && <p>{t('spiegel.console.noQuestions')}</p>}
      <ol className="spiegel-questions">
        {phase.questions.map((q, index) => (
          <li key={q.id} className={index === shown ? 'spiegel-questions__shown' : undefined}>
            <p className="spiegel-questions__text">{tx(q.text)}</p>
            {q.deeper.length > 0 && (
              <ul className="spiegel-deeper">
                {q.deeper.map((deeper, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from the template.
                  <li key={i}>{tx(deeper)}</li>
                ))}
              </ul>
            )}
            {index === shown ? (
              <p className="spiegel-label">{t('spiegel.console.shownNow')}</p>
            ) : (
              <Button
                variant="secondary"
                busy={command.isBusy(`question-${index}`)}
                onClick={() => show(index)}
              >
                {t('spiegel.console.show')}
                <VisuallyHidden> {t('spiegel.console.questionNumber', { number: index + 1 })}</VisuallyHidden>
              </Button>
            )}
          </li>
        ))}
      </ol>
      {current && (
        <Button variant="secondary" busy={command.isBusy('question--1')} onClick={() => show(-1)}>
          {t('spiegel.console.hideQuestion')}
        </Button>
      )}
    </>
  );
}
