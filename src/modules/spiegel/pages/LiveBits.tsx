/** Pieces every live screen shares: the connection indicator, the timer, and the groups. */
import { useT } from '../../../web/i18n.tsx';
import { type LiveStatus, useCountdown } from '../../../web/live.ts';
import type { LiveView, ParticipantView } from '../domain/protocol.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import type { Timer } from '../domain/timer.ts';
import { sideWords } from './text.ts';

/** Says so while the device is (re)connecting; empty (but present, for screen readers) when all is well. */
export function ConnectionIndicator({ status }: { status: LiveStatus }) {
  const { t } = useT();
  const text =
    status === 'reconnecting'
      ? t('spiegel.live.reconnecting')
      : status === 'connecting'
        ? t('spiegel.live.connecting')
        : '';
  return (
    <p role="status" className={text ? 'spiegel-connection' : 'spiegel-connection spiegel-connection--ok'}>
      {text && <span className="spinner" aria-hidden="true" />} {text}
    </p>
  );
}

/** The remaining time as mm:ss, calm near the end: another colour and a polite "Nog 4 minuten". */
export function TimerDisplay({
  timer,
  now,
  size = 'large',
}: {
  timer: Timer | undefined;
  now: () => number;
  size?: 'large' | 'huge';
}) {
  const { t } = useT();
  const countdown = useCountdown(timer, now);
  const cue =
    countdown.signal === 'over'
      ? t('spiegel.timer.over')
      : countdown.signal === 'nearEnd'
        ? countdown.minutesLeft <= 1
          ? t('spiegel.timer.lastMinute')
          : t('spiegel.timer.minutesLeft', { minutes: countdown.minutesLeft })
        : '';
  return (
    <div className={`spiegel-timer spiegel-timer--${size} spiegel-timer--${countdown.signal}`}>
      <p className="spiegel-timer__label">
        {timer?.status === 'paused' ? t('spiegel.timer.paused') : t('spiegel.timer.label')}
      </p>
      <p className="spiegel-timer__clock" data-testid="timer">
        {countdown.clock}
      </p>
      <p role="status" className="spiegel-timer__cue">
        {cue}
      </p>
    </div>
  );
}

/** The participants of each group by name, with the side each one is on. */
export function GroupList({
  groups,
  participants,
  template,
}: {
  groups: LiveView['groups'];
  participants: readonly ParticipantView[];
  template: MirrorTemplate;
}) {
  const { t, locale } = useT();
  if (!groups) return <p>{t('spiegel.groups.notYet')}</p>;
  const byId = new Map(participants.map((p) => [p.id, p]));
  return (
    <ol className="spiegel-groups">
      {groups.map((group, index) => (
        <li key={group.join(',')} className="spiegel-group">
          <h3>{t('spiegel.groups.group', { number: index + 1 })}</h3>
          <ul>
            {group.map((id) => {
              const person = byId.get(id);
              return (
                <li key={id}>
                  {person?.name ?? t('spiegel.groups.left')}
                  {person && (
                    <span className="spiegel-side"> ({sideWords(template, person.side, locale).one})</span>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The rules as agreed, as a plain list. */
export function RulesList({ rules }: { rules: readonly string[] }) {
  const { t } = useT();
  if (rules.length === 0) return <p>{t('spiegel.rules.none')}</p>;
  return (
    <ul className="spiegel-rules">
      {rules.map((rule, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rules are plain texts that may repeat.
        <li key={i}>{rule}</li>
      ))}
    </ul>
  );
}
