/** The conversation rules as agreed at the opening: edit, add, remove, then "Regels opslaan" (setRules). */
import { useState } from 'react';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { useToast } from '../../../web/components/Toast.tsx';
import { useT } from '../../../web/i18n.tsx';
import { TextListEditor } from './TextListEditor.tsx';
import type { useCommand } from './useCommand.ts';

interface Props {
  rules: readonly string[];
  command: ReturnType<typeof useCommand>;
}

/** Keyed by the rules on the server, so a change from elsewhere starts a fresh draft. */
export function RulesEditor({ rules, command }: Props) {
  return <RulesDraft key={JSON.stringify(rules)} rules={rules} command={command} />;
}

function RulesDraft({ rules, command }: Props) {
  const { t } = useT();
  const toast = useToast();
  const [draft, setDraft] = useState<string[]>([...rules]);

  async function save() {
    const clean = draft.map((rule) => rule.trim()).filter(Boolean);
    if (await command.run({ type: 'setRules', rules: clean }, 'rules')) toast(t('spiegel.rules.saved'));
  }

  return (
    <>
      <TextListEditor
        id="regel"
        items={draft}
        onEdit={(index, text) => setDraft((list) => list.map((x, i) => (i === index ? text : x)))}
        onAdd={() => setDraft((list) => [...list, ''])}
        onRemove={(index) => setDraft((list) => list.filter((_, i) => i !== index))}
        itemLabel={(number) => t('spiegel.rules.item', { number })}
        addLabel={t('spiegel.rules.add')}
      />
      <ButtonRow>
        <Button busy={command.isBusy('rules')} onClick={() => void save()}>
          {t('spiegel.rules.save')}
        </Button>
      </ButtonRow>
    </>
  );
}
