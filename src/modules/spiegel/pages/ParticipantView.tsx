/**
 * What a participant sees on their phone during the conversation: the phase, what is asked of them now,
 * the question, the time, the rules, in the group round who is in their group, in round 5 the voting, and in the
 * closing the evaluation and the progress link.
 */
import { useEffect } from 'react';
import { Button, ButtonRow } from '../../../web/components/Button.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading, Notice } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useLiveSession } from '../../../web/live.ts';
import { ConnectionIndicator, RulesList, TimerDisplay } from './LiveBits.tsx';
import { PhoneEvaluation } from './PhoneEvaluation.tsx';
import { PhonePostits } from './PhonePostits.tsx';
import { PhoneVoting } from './PhoneVoting.tsx';
import { SavedProgressLink } from './StayInformed.tsx';
import { sideWords, useText } from './text.ts';

interface Props {
  token: string;
  onLeave: () => void;
  /** The server does not know this participant (any more), or the session is closed. */
  onRefused: () => void;
}

const refusals = new Set(['participantUnknown', 'sessionClosed']);

export function ParticipantView({ token, onLeave, onRefused }: Props) {
  const { t, locale } = useT();
  const tx = useText();
  const connection = useLiveSession({ type: 'hello', as: 'participant', token });
  const { session, live, you, error } = connection;

  useEffect(() => {
    if (error && refusals.has(error.code)) onRefused();
  }, [error, onRefused]);

  const template = session?.template;
  const phase = template && live ? template.phases[live.phaseIndex] : undefined;
  const me = live?.participants.find((p) => p.id === you?.participantId);
  const question = phase && live ? phase.questions[live.questionIndex] : undefined;
  const myGroup = live?.groups?.find((group) => me && group.includes(me.id)) ?? [];
  const names = new Map(live?.participants.map((p) => [p.id, p.name]) ?? []);
  const listening = phase && me && phase.listeners === me.side;
  const speaking = phase && me && (phase.speakers === me.side || phase.speakers === 'everyone');

  return (
    <div className="spiegel-phone">
      <PageTitle>{session?.title ?? t('spiegel.join.title')}</PageTitle>
      <ConnectionIndicator status={connection.status} />
      {error && !refusals.has(error.code) && <LoadError message={error.message} />}
      {!error && !live && <Loading />}
      {template && me && (
        <p>{t('spiegel.phone.you', { name: me.name, side: sideWords(template, me.side, locale).one })}</p>
      )}
      {live?.status === 'closed' && (
        <Notice tone="success">
          <p>{t('spiegel.phone.ended')}</p>
          {session && <SavedProgressLink sessionId={session.sessionId} />}
        </Notice>
      )}
      {template && live && phase && live.status !== 'closed' && (
        <>
          <h2 data-testid="phase-title">{tx(phase.title)}</h2>
          <div className={`spiegel-task${listening ? ' spiegel-task--listening' : ''}`}>
            {listening && <p className="spiegel-task__what">{t('spiegel.phone.listening')}</p>}
            {!listening && speaking && (
              <p className="spiegel-task__what">
                {phase.speakers === 'everyone' ? t('spiegel.phone.everyone') : t('spiegel.phone.speaking')}
              </p>
            )}
            <p>{listening && phase.listenerNote ? tx(phase.listenerNote) : tx(phase.instructions)}</p>
          </div>
          <h3>{t('spiegel.phone.question')}</h3>
          <p className="spiegel-phone__question" data-testid="question">
            {question ? tx(question.text) : ''}
          </p>
          {!question && <p className="hint">{t('spiegel.phone.noQuestion')}</p>}
          <TimerDisplay timer={live.timer} now={connection.now} />
          {phase.seating === 'groups' && (
            <>
              <h3>{t('spiegel.phone.myGroup')}</h3>
              {myGroup.length === 0 && <p>{t('spiegel.groups.notYet')}</p>}
              <ul className="spiegel-names" data-testid="my-group">
                {myGroup.map((id) => (
                  <li key={id}>{names.get(id) ?? t('spiegel.groups.left')}</li>
                ))}
              </ul>
            </>
          )}
          <PhoneVoting token={token} live={live} template={template} />
          <PhonePostits token={token} live={live} template={template} inGroup={myGroup.length > 0} />
          {phase.kind === 'closing' && session && (
            <PhoneEvaluation token={token} sessionId={session.sessionId} />
          )}
          <details className="spiegel-details">
            <summary>{t('spiegel.rules.title')}</summary>
            <RulesList rules={live.rules} />
          </details>
        </>
      )}
      <ButtonRow>
        <Button variant="secondary" onClick={onLeave}>
          {t('spiegel.phone.leave')}
        </Button>
      </ButtonRow>
    </div>
  );
}
