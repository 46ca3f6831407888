/** Who has joined: the join code, the count per side and the names (display names only). */
import { useT } from '../../../web/i18n.tsx';
import type { ParticipantView } from '../domain/protocol.ts';
import type { MirrorTemplate } from '../domain/template.ts';
import { sides } from '../domain/templateShape.ts';
import { sideWords } from './text.ts';

interface Props {
  joinCode: string | null;
  participants: readonly ParticipantView[];
  template: MirrorTemplate;
}

export function ParticipantsPanel({ joinCode, participants, template }: Props) {
  const { t, locale } = useT();
  return (
    <>
      <p className="spiegel-code-label">{t('spiegel.session.joinCode')}</p>
      <p className="spiegel-code" data-testid="join-code">
        {joinCode ?? '–'}
      </p>
      <p>{t('spiegel.session.joinAt', { url: `${location.origin}/doe-mee` })}</p>
      {sides.map((side) => {
        const words = sideWords(template, side, locale);
        const people = participants.filter((p) => p.side === side);
        return (
          <div key={side}>
            <h3>{t('spiegel.console.sideCount', { label: words.Many, count: people.length })}</h3>
            {people.length > 0 && (
              <ul className="spiegel-names">
                {people.map((p) => (
                  <li key={p.id}>{p.name}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
