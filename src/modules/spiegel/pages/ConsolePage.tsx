/**
 * The facilitator's console (/spiegel/:schoolId/:sessionId/leiden), on a laptop: the phases, what happens now,
 * the questions, the timer, the rules, who has joined, the groups, from round 4 on the post-its and in round 5
 * the clusters and the voting. Every button sends a command; the screen shows what the server says back over
 * the WebSocket, like every other device.
 */
import { Link, useParams } from 'react-router';
import { Button } from '../../../web/components/Button.tsx';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useLiveSession } from '../../../web/live.ts';
import { useApiData } from '../../../web/useApiData.ts';
import { SpeakingPanel } from '../../facilitators/pages/SpeakingPanel.tsx';
import { groupsPhaseIndex } from '../domain/recommendations.ts';
import { ActionPlanSection } from './ActionPlanSection.tsx';
import { isRound5 } from './ClusterBits.tsx';
import { ConsoleClusters } from './ConsoleClusters.tsx';
import { ConsolePostits } from './ConsolePostits.tsx';
import { GroupsPanel } from './GroupsPanel.tsx';
import { ConnectionIndicator, TimerDisplay } from './LiveBits.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { PhaseNav } from './PhaseNav.tsx';
import { QuestionsPanel } from './QuestionsPanel.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import { seatingText, useText, whoSpeaks } from './text.ts';
import { type SessionDetail, sessionBase, sessionPath } from './types.ts';
import { useCommand } from './useCommand.ts';

export function ConsolePage() {
  const { t, locale } = useT();
  const tx = useText();
  const { schoolId = '', sessionId = '' } = useParams();
  const base = sessionBase(schoolId, sessionId);
  const detail = useApiData<SessionDetail>(base);
  const connection = useLiveSession({ type: 'hello', as: 'staff', sessionId });
  const command = useCommand(base);
  const { session, live } = connection;
  const template = session?.template;
  const phase = template && live ? template.phases[live.phaseIndex] : undefined;
  const notes = detail.data?.template.phases.find((p) => p.id === phase?.id)?.facilitatorNotes;
  const groupsPhase = template ? groupsPhaseIndex(template.phases) : -1;
  const postits = live !== null && groupsPhase >= 0 && live.phaseIndex >= groupsPhase;
  const round5 = template !== undefined && live !== null && isRound5(template, live.phaseIndex);

  return (
    <>
      <PageTitle>
        {t('spiegel.console.title', { title: session?.title ?? detail.data?.title ?? '' })}
      </PageTitle>
      <p>
        <Link to={sessionPath(schoolId, sessionId)}>{t('spiegel.console.back')}</Link>
      </p>
      <ConnectionIndicator status={connection.status} />
      {connection.error && <LoadError message={connection.error.message} />}
      {!connection.error && !live && <Loading />}
      {template && live && phase && (
        <div className="spiegel-console">
          {/* First: while a round runs, who speaks is what the facilitator looks at most. */}
          {phase.seating !== 'groups' && (
            <section aria-labelledby="console-speaking" className="spiegel-console__wide">
              <h2 id="console-speaking">{t('speaking.title')}</h2>
              <p>
                <Link to={sessionPath(schoolId, sessionId, 'spreektijd')}>{t('speaking.secondDevice')}</Link>
              </p>
              <SpeakingPanel
                schoolId={schoolId}
                sessionId={sessionId}
                template={template}
                live={live}
                now={connection.now}
                showPrompts
                showSeatControls={!detail.data?.isObserver}
              />
            </section>
          )}
          <PhaseNav template={template} current={live.phaseIndex} command={command} />
          <section aria-labelledby="console-phase" className="spiegel-console__now">
            <p className="spiegel-label">
              {t('spiegel.console.now', { number: live.phaseIndex + 1, total: template.phases.length })}
            </p>
            <h2 id="console-phase" data-testid="phase-title">
              {tx(phase.title)}
            </h2>
            <p className="spiegel-who">{whoSpeaks(template, phase, locale, t)}</p>
            <p>{seatingText(template, phase, locale, t)}</p>
            <p>{tx(phase.instructions)}</p>
            {phase.listenerNote && (
              <p>
                <span className="spiegel-label">{t('spiegel.console.listenerNote')} </span>
                {tx(phase.listenerNote)}
              </p>
            )}
            {notes && (
              <div className="notice">
                <p className="spiegel-label">{t('spiegel.console.notes')}</p>
                <p>{tx(notes)}</p>
              </div>
            )}
            <h3>{t('spiegel.console.questions')}</h3>
            <QuestionsPanel phase={phase} shown={live.questionIndex} command={command} />
          </section>
          <section aria-labelledby="console-timer">
            <h2 id="console-timer">{t('spiegel.timer.title')}</h2>
            <TimerDisplay timer={live.timer} now={connection.now} />
            <div className="actions">
              <Button
                busy={command.isBusy('start')}
                onClick={() => void command.run({ type: 'startTimer' }, 'start')}
              >
                {t('spiegel.timer.start')}
              </Button>
              <Button
                busy={command.isBusy('pause')}
                onClick={() => void command.run({ type: 'pauseTimer' }, 'pause')}
              >
                {t('spiegel.timer.pause')}
              </Button>
              <Button
                variant="secondary"
                busy={command.isBusy('plus')}
                onClick={() => void command.run({ type: 'extendTimer', minutes: 5 }, 'plus')}
              >
                {t('spiegel.timer.plus5')}
              </Button>
              <Button
                variant="secondary"
                busy={command.isBusy('minus')}
                onClick={() => void command.run({ type: 'extendTimer', minutes: -1 }, 'minus')}
              >
                {t('spiegel.timer.minus1')}
              </Button>
            </div>
          </section>
          {phase.seating === 'groups' && (
            <section aria-labelledby="console-groups">
              <h2 id="console-groups">{t('spiegel.groups.title')}</h2>
              <GroupsPanel live={live} template={template} command={command} />
            </section>
          )}
          <section aria-labelledby="console-people">
            <h2 id="console-people">{t('spiegel.console.participants')}</h2>
            <ParticipantsPanel
              joinCode={session?.joinCode ?? null}
              participants={live.participants}
              template={template}
            />
          </section>
          <section aria-labelledby="console-rules">
            <h2 id="console-rules">{t('spiegel.rules.title')}</h2>
            <RulesEditor rules={live.rules} command={command} />
          </section>
          {round5 && <ConsoleClusters base={base} live={live} />}
          {round5 && (
            <section aria-labelledby="console-actieplan" className="spiegel-console__wide">
              <h2 id="console-actieplan">{t('spiegelPlan.session.title')}</h2>
              <ActionPlanSection schoolId={schoolId} sessionId={sessionId} clusters={live.clusters} />
            </section>
          )}
          {postits && (
            <section aria-labelledby="console-postits" className="spiegel-console__wide">
              <h2 id="console-postits">{t('spiegel.recs.title')}</h2>
              <ConsolePostits base={base} live={live} />
            </section>
          )}
        </div>
      )}
    </>
  );
}
