/** The phases of the session as buttons to jump to, with "Vorige fase" and "Volgende fase". */
import { Button } from '../../../web/components/Button.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { MirrorTemplate } from '../domain/template.ts';
import { useText } from './text.ts';
import type { useCommand } from './useCommand.ts';

interface Props {
  template: MirrorTemplate;
  current: number;
  command: ReturnType<typeof useCommand>;
}

export function PhaseNav({ template, current, command }: Props) {
  const { t } = useT();
  const tx = useText();
  const last = template.phases.length - 1;
  const go = (index: number) => void command.run({ type: 'goToPhase', index }, `phase-${index}`);

  return (
    <nav aria-label={t('spiegel.console.phases')} className="spiegel-phases">
      <ol>
        {template.phases.map((phase, index) => (
          <li key={phase.id}>
            <button
              type="button"
              className={`spiegel-phase${index === current ? ' spiegel-phase--current' : ''}`}
              aria-current={index === current ? 'step' : undefined}
              onClick={() => go(index)}
            >
              <span className="spiegel-phase__title">{tx(phase.title)}</span>
              <span className="spiegel-minutes">{t('spiegel.minutes', { minutes: phase.minutes })}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="actions">
        <Button
          variant="secondary"
          busy={command.isBusy(`phase-${current - 1}`)}
          onClick={() => current > 0 && go(current - 1)}
        >
          {t('spiegel.console.previous')}
        </Button>
        <Button
          busy={command.isBusy(`phase-${current + 1}`)}
          onClick={() => current < last && go(current + 1)}
        >
          {t('spiegel.console.next')}
        </Button>
      </div>
    </nav>
  );
}
