/**
 * The gentle prompts of PRODUCT F1, for the facilitator's console only: what the balance of the round asks for
 * now, with a few ways to say it, from light to firm. A light prompt offers the light phrasings; a firm one
 * adds the firmer one. The list is a polite live region, so a new prompt is read out without interrupting.
 */
import { useT } from '../../../web/i18n.tsx';
import { type Prompt, type PromptOptions, prompts, type SpeakingTally } from '../domain/speakingTime.ts';

export interface PromptListProps {
  tally: SpeakingTally;
  /** The template's settings in ms and the round timer's remaining time (only while it runs). */
  options: PromptOptions;
  /** A seat's label ("Sam", "Plek 2") by its id. */
  label: (seatId: string) => string;
}

const LIGHT = [1, 2] as const;
const FIRM = [1, 2, 3] as const;

export function PromptList({ tally, options, label }: PromptListProps) {
  const { t } = useT();
  const list = prompts(tally, options);
  return (
    <div className="speaking-prompts">
      <h3>{t('speaking.prompts.title')}</h3>
      <p className="hint">{t('speaking.prompts.hint')}</p>
      <div aria-live="polite" data-testid="speaking-prompts">
        {list.length === 0 ? (
          <p>{t('speaking.prompts.none')}</p>
        ) : (
          <ul className="speaking-prompts__list">
            {list.map((prompt) => (
              <PromptItem key={promptKey(prompt)} prompt={prompt} label={label} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function promptKey(prompt: Prompt): string {
  return prompt.kind === 'invite' ? 'invite' : `${prompt.kind}:${prompt.seat}`;
}

function PromptItem({ prompt, label }: { prompt: Prompt; label: (seatId: string) => string }) {
  const { t, locale } = useT();
  const names =
    prompt.kind === 'invite'
      ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(prompt.seats.map(label))
      : label(prompt.seat);
  const params: Record<string, string> = prompt.kind === 'invite' ? { seats: names } : { seat: names };
  const phrasings = prompt.severity === 'firm' ? FIRM : LIGHT;
  return (
    <li className={`speaking-prompt speaking-prompt--${prompt.severity}`}>
      <p className="speaking-prompt__title">
        <strong>
          {t(prompt.severity === 'firm' ? 'speaking.prompts.firm' : 'speaking.prompts.light')}:{' '}
        </strong>
        {t(`speaking.prompt.${prompt.kind}.title`, params)}
      </p>
      <p className="speaking-prompt__say">{t('speaking.prompts.say')}</p>
      <ul className="speaking-prompt__phrasings">
        {phrasings.map((n) => (
          <li key={n}>{t(`speaking.prompt.${prompt.kind}.${n}`, params)}</li>
        ))}
      </ul>
    </li>
  );
}
