/** Round 4's mixed groups (S6): draw them, draw again, or clear them. */
import { Button } from '../../../web/components/Button.tsx';
import { useT } from '../../../web/i18n.tsx';
import type { LiveView } from '../domain/protocol.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { GroupList } from './LiveBits.tsx';
import type { useCommand } from './useCommand.ts';

interface Props {
  live: LiveView;
  template: MirrorTemplate;
  command: ReturnType<typeof useCommand>;
}

export function GroupsPanel({ live, template, command }: Props) {
  const { t } = useT();
  return (
    <>
      <GroupList groups={live.groups} participants={live.participants} template={template} />
      <div className="actions">
        <Button
          busy={command.isBusy('draw')}
          onClick={() => void command.run({ type: 'drawGroups' }, 'draw')}
        >
          {live.groups ? t('spiegel.groups.redraw') : t('spiegel.groups.draw')}
        </Button>
        {live.groups && (
          <Button
            variant="secondary"
            busy={command.isBusy('clear')}
            onClick={() => void command.run({ type: 'clearGroups' }, 'clear')}
          >
            {t('spiegel.groups.clear')}
          </Button>
        )}
      </div>
    </>
  );
}
