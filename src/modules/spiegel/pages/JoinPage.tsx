/**
 * The participant's phone (/doe-mee), without an account: join with the code, then follow the conversation.
 * The token stays on the phone; when the server no longer knows it, the join form comes back, with the progress
 * link this phone saved, if any (once the session is closed that is the only way back to it).
 */
import { useState } from 'react';
import { useT } from '../../../web/i18n.tsx';
import { JoinForm } from './JoinForm.tsx';
import { ParticipantView } from './ParticipantView.tsx';
import {
  forgetParticipant,
  readParticipant,
  type StoredParticipant,
  storeParticipant,
} from './participantStorage.ts';
import { LastProgressLink } from './StayInformed.tsx';

export function JoinPage() {
  const { t } = useT();
  const [joined, setJoined] = useState<StoredParticipant | null>(readParticipant);
  const [notice, setNotice] = useState<string | null>(null);

  function leave(message: string | null) {
    if (joined) forgetParticipant(joined.sessionId);
    setJoined(null);
    setNotice(message);
  }

  if (!joined) {
    return (
      <>
        <JoinForm
          notice={notice}
          onJoined={(participant) => {
            storeParticipant(participant);
            setNotice(null);
            setJoined(participant);
          }}
        />
        <LastProgressLink />
      </>
    );
  }
  return (
    <ParticipantView
      key={joined.token}
      token={joined.token}
      onLeave={() => leave(t('spiegel.phone.left'))}
      onRefused={() => leave(t('spiegel.phone.expired'))}
    />
  );
}
