/** Factories for mirror conversations. */
import { randomUUID } from 'node:crypto';
import { openSession } from '../../src/modules/spiegel/commands/live.ts';
import { planSession } from '../../src/modules/spiegel/commands/plan.ts';
import { mirrorSessionsRepository } from '../../src/modules/spiegel/repositories/sessions.ts';
import type { Services } from '../../src/server/context.ts';
import type { ApiClient } from './client.ts';
import type { BuiltUser } from './factories.ts';

export async function buildMirrorSession(
  services: Services,
  schoolId: string,
  author: BuiltUser,
  options: { facilitatorIds?: string[]; open?: boolean; templateId?: string } = {},
) {
  const id = await planSession(
    services,
    schoolId,
    { user: author.user, isAdmin: false },
    {
      templateId: options.templateId ?? 'gender-diversiteit',
      title: 'Spiegelgesprek 3 havo',
      teamId: null,
      scheduledAt: '2026-12-03T13:30',
      place: 'Aula',
      facilitatorIds: options.facilitatorIds ?? [],
      contactPersonId: null,
      expectedVoices: 10,
      expectedListeners: 5,
      withTeamLeader: false,
    },
  );
  const repo = mirrorSessionsRepository(services.db, schoolId);
  if (options.open) await openSession(services, (await repo.find(id))!);
  return (await repo.find(id))!;
}

/** Sends a facilitator command with a fresh idempotency key (or the given one). */
export function command(
  client: ApiClient,
  schoolId: string,
  sessionId: string,
  cmd: object,
  key: string = randomUUID(),
) {
  return client.post(`/api/schools/${schoolId}/mirror-sessions/${sessionId}/commands`, {
    idempotencyKey: key,
    command: cmd,
  });
}

export function join(
  client: ApiClient,
  code: string,
  side: 'voices' | 'listeners',
  displayName?: string,
  key: string = randomUUID(),
) {
  return client.post('/api/live/join', {
    code,
    side,
    idempotencyKey: key,
    ...(displayName ? { displayName } : {}),
  });
}
