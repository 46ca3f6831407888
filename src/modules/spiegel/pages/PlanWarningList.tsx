/**
 * The method's sizes as friendly, non-blocking warnings: what the method asks, what the plan has now and why
 * it matters. A polite live region, so changes while typing are announced once.
 */
import { useT } from '../../../web/i18n.tsx';
import type { MirrorTemplate } from '../domain/template.ts';
import { sideWords } from './text.ts';
import type { PlanWarningData } from './types.ts';

interface Props {
  warnings: readonly PlanWarningData[];
  template: Pick<MirrorTemplate, 'voices' | 'listeners'> | undefined;
}

export function PlanWarningList({ warnings, template }: Props) {
  const { t, locale } = useT();
  const voices = template ? sideWords(template, 'voices', locale).many : t('spiegel.plan.voicesFallback');
  const listeners = template
    ? sideWords(template, 'listeners', locale).many
    : t('spiegel.plan.listenersFallback');

  function text(w: PlanWarningData): string {
    const params = { count: w.count ?? 0, min: w.min ?? 0, max: w.max ?? 0, voices, listeners };
    switch (w.code) {
      case 'voicesTooFew':
        return t('spiegel.warning.voicesTooFew', params);
      case 'voicesTooMany':
        return t('spiegel.warning.voicesTooMany', params);
      case 'listenersTooFew':
        return t('spiegel.warning.listenersTooFew', params);
      case 'listenersTooMany':
        return t('spiegel.warning.listenersTooMany', params);
      case 'facilitatorsOff':
        if (params.min === 1 && params.max === 1) return t('spiegel.warning.facilitatorsOne', params);
        return params.min === params.max
          ? t('spiegel.warning.facilitatorsExact', params)
          : t('spiegel.warning.facilitatorsRange', params);
      case 'tooLong':
        return t('spiegel.warning.tooLong', { minutes: w.minutes ?? 0, max: params.max });
      case 'facilitatorOwnTeam':
        return t('spiegel.warning.facilitatorOwnTeam', { names: w.names ?? '' });
    }
  }

  return (
    <div role="status" className="spiegel-warnings">
      {warnings.length > 0 && (
        <div className="notice notice--warning">
          <p className="spiegel-warnings__title">{t('spiegel.warning.title')}</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.code}>{text(w)}</li>
            ))}
          </ul>
          <p>{t('spiegel.warning.nonBlocking')}</p>
        </div>
      )}
    </div>
  );
}
