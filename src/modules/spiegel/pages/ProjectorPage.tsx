/**
 * The projector screen: big, high-contrast, readable from the back of the room. /spiegel/:schoolId/:id/scherm
 * for a signed-in facilitator's second tab; /scherm#session=…&token=… for a separate device.
 * Shows display names only, never other personal data.
 */
import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle.tsx';
import { LoadError, Loading } from '../../../web/components/Status.tsx';
import { useT } from '../../../web/i18n.tsx';
import { useLiveSession } from '../../../web/live.ts';
import type { Hello } from '../domain/protocol.ts';
import { ConnectionIndicator, GroupList, RulesList, TimerDisplay } from './LiveBits.tsx';
import { ProjectorPostits } from './ProjectorPostits.tsx';
import { useText, whoSpeaks } from './text.ts';

/** The signed-in facilitator's projector tab. */
export function StaffProjectorPage() {
  const { sessionId = '' } = useParams();
  return <ProjectorView hello={{ type: 'hello', as: 'staff', sessionId, screen: 'projector' }} />;
}

/** A separate device, with the session and its projector token in the URL fragment. */
export function ProjectorPage() {
  const { t } = useT();
  const { hash } = useLocation();
  const params = useMemo(() => new URLSearchParams(hash.replace(/^#/, '')), [hash]);
  const sessionId = params.get('session');
  const token = params.get('token');
  if (!sessionId || !token) {
    return (
      <main id="inhoud" tabIndex={-1} className="main main--bare">
        <PageTitle>{t('spiegel.projector.title')}</PageTitle>
        <p>{t('spiegel.projector.badLink')}</p>
      </main>
    );
  }
  return <ProjectorView hello={{ type: 'hello', as: 'projector', sessionId, token }} />;
}

function svgDataUrl(svg: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

function ProjectorView({ hello }: { hello: Hello }) {
  const { t, locale } = useT();
  const tx = useText();
  const connection = useLiveSession(hello);
  const { session, live } = connection;
  const template = session?.template;
  const phase = template && live ? template.phases[live.phaseIndex] : undefined;
  const question = phase && live ? phase.questions[live.questionIndex] : undefined;
  const lobby = phase?.kind === 'opening' || live?.phaseIndex === 0;
  const joinUrl = `${location.origin}/doe-mee`;

  return (
    <main id="inhoud" tabIndex={-1} className="projector">
      <PageTitle>{session?.title ?? t('spiegel.projector.title')}</PageTitle>
      <ConnectionIndicator status={connection.status} />
      {connection.error && <LoadError message={connection.error.message} />}
      {!connection.error && !live && <Loading />}
      {template && live && phase && (
        <>
          <h2 className="projector__phase" data-testid="phase-title">
            {tx(phase.title)}
          </h2>
          <p className="projector__who">{whoSpeaks(template, phase, locale, t)}</p>
          <div className="projector__grid">
            <div className="projector__main">
              <p className="projector__question" data-testid="question">
                {question ? tx(question.text) : ''}
              </p>
              {lobby && session?.joinCode && (
                <div className="projector__join">
                  <div>
                    <p className="projector__join-label">{t('spiegel.projector.joinAt')}</p>
                    <p className="projector__url">{joinUrl}</p>
                    <p className="projector__join-label">{t('spiegel.projector.withCode')}</p>
                    <p className="projector__code">{session.joinCode}</p>
                  </div>
                  {session.joinQrSvg && (
                    <img
                      className="projector__qr"
                      src={svgDataUrl(session.joinQrSvg)}
                      alt={t('spiegel.projector.qrAlt', { url: session.joinUrl ?? joinUrl })}
                    />
                  )}
                </div>
              )}
              {phase.seating === 'groups' && (
                <GroupList groups={live.groups} participants={live.participants} template={template} />
              )}
            </div>
            <div className="projector__side">
              <TimerDisplay timer={live.timer} now={connection.now} size="huge" />
              <h3>{t('spiegel.rules.title')}</h3>
              <RulesList rules={live.rules} />
              {!lobby && session?.joinCode && (
                <p className="projector__small-code">
                  {t('spiegel.projector.smallCode', { url: joinUrl, code: session.joinCode })}
                </p>
              )}
            </div>
          </div>
          <ProjectorPostits live={live} template={template} />
        </>
      )}
    </main>
  );
}
