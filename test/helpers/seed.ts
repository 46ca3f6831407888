/**
 * Seeding a database that real `kring serve` processes will use: open it with the same configuration, build
 * the data with the factories, close it again.
 */
import { startSession } from '../../src/modules/accounts/commands/sessions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openServices } from '../../src/server/services.ts';
import { buildOrganisation, buildSchool, buildUser } from './factories.ts';
import { buildMirrorSession } from './spiegel.ts';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

/** A school with a live session run by a facilitator; returns ids, the join code and a staff cookie. */
export async function seedLiveSession(env: Record<string, string>) {
  const opened = await openServices(loadConfig({ ...env, KRING_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' }));
  try {
    const s = opened.services;
    const org = await buildOrganisation(s);
    const schoolId = (await buildSchool(s, org.id)).id;
    const coordinator = await buildUser(s, {
      organisationId: org.id,
      memberships: [{ schoolId, role: 'coordinator' }],
    });
    const facilitator = await buildUser(s, {
      organisationId: org.id,
      memberships: [{ schoolId, role: 'facilitator' }],
    });
    const session = await buildMirrorSession(s, schoolId, coordinator, {
      facilitatorIds: [facilitator.user.id],
      open: true,
    });
    const { token, csrf } = await startSession(s, facilitator.user.id, 'active');
    return {
      schoolId,
      sessionId: session.id,
      code: session.join_code!,
      cookie: `kring_session=${token}; kring_csrf=${csrf}`,
      staffCookies: { kring_session: token, kring_csrf: csrf },
    };
  } finally {
    await opened.close();
  }
}
