/** The language level of the student's preparation: upper primary, or secondary and MBO. */
import { RadioGroup } from '../../../web/components/RadioGroup.tsx';
import { useT } from '../../../web/i18n.tsx';
import { type Level, levels } from '../domain/shape.ts';

export function LevelChoice({
  id,
  value,
  onChange,
  hint,
}: {
  id: string;
  value: string;
  onChange: (level: Level) => void;
  hint?: string;
}) {
  const { t } = useT();
  return (
    <RadioGroup
      id={id}
      label={t('gesprekPages.new.level')}
      hint={hint}
      value={value}
      onChange={(chosen) => onChange(chosen as Level)}
      options={levels.map((level) => ({ value: level, label: t(`gesprek.level.${level}`) }))}
    />
  );
}
