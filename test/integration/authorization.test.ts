/**
 * The authorization matrix: every registered route × anonymous, every role, another school and another
 * organisation. A route added later is walked automatically; one without a rule stops the server from
 * starting, and one whose parameters this test cannot fill fails here until it is taught about them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles, rolesRequiringTotp } from '../../src/modules/accounts/domain/roles.ts';
import { invitationsRepository } from '../../src/modules/accounts/repositories/invitations.ts';
import { membershipsRepository } from '../../src/modules/accounts/repositories/memberships.ts';
import { intervisionRepository } from '../../src/modules/facilitators/repositories/intervision.ts';
import { observationsRepository } from '../../src/modules/facilitators/repositories/observations.ts';
import { reflectionsRepository } from '../../src/modules/facilitators/repositories/reflections.ts';
import { agreementsRepository } from '../../src/modules/gesprek/repositories/agreements.ts';
import { conversationsRepository } from '../../src/modules/gesprek/repositories/conversations.ts';
import { studentsRepository } from '../../src/modules/gesprek/repositories/students.ts';
import { crisesRepository } from '../../src/modules/meldpunt/repositories/crises.ts';
import { handlingRepository } from '../../src/modules/meldpunt/repositories/handling.ts';
import { reportsRepository } from '../../src/modules/meldpunt/repositories/reports.ts';
import { openSession } from '../../src/modules/spiegel/commands/live.ts';
import { planSession } from '../../src/modules/spiegel/commands/plan.ts';
import { mirrorActionsRepository } from '../../src/modules/spiegel/repositories/actions.ts';
import { mirrorClustersRepository } from '../../src/modules/spiegel/repositories/clusters.ts';
import { mirrorEvaluationsRepository } from '../../src/modules/spiegel/repositories/evaluations.ts';
import { mirrorRecommendationsRepository } from '../../src/modules/spiegel/repositories/recommendations.ts';
import { mirrorSessionsRepository } from '../../src/modules/spiegel/repositories/sessions.ts';
import { mirrorTemplatesRepository } from '../../src/modules/spiegel/repositories/templates.ts';
import { shippedTemplates } from '../../src/modules/spiegel/templates/index.ts';
import type { RegisteredRoute } from '../../src/server/context.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { type BuiltUser, buildTeam, buildUser, buildWorld, sessionFor } from '../helpers/factories.ts';
import { buildMirrorSession } from '../helpers/spiegel.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

/** Routes anyone may call. Adding one is a decision: it must be listed here. */
const PUBLIC_ROUTES = new Set([
  'GET /health',
  'GET /ready',
  'GET /api/openapi.json',
  'GET /*',
  'GET /api/session',
  'POST /api/setup',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/complete',
  'POST /api/invitations/lookup',
  'POST /api/invitations/accept',
  'POST /api/live/join',
  'GET /api/live/ws',
  'POST /api/live/recommendations',
  'POST /api/live/votes',
  'POST /api/live/evaluation',
  'POST /api/live/aftercare',
  'POST /api/live/progress-link',
  'POST /api/progress',
  'GET /api/meldpunt/:code',
  'POST /api/meldpunt/:code/reports',
  'POST /api/meldpunt/:code/return',
  'POST /api/meldpunt/:code/return/messages',
  'POST /api/preparation',
  'PUT /api/preparation',
  'PUT /api/preparation/heard',
]);

const REFUSED = [401, 403, 404];

for (const dialect of DIALECTS) {
  describe(`authorization matrix (${dialect})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    const clients = new Map<BuiltUser, ApiClient>();
    const as = async (who: BuiltUser) => {
      if (!clients.has(who)) clients.set(who, await sessionFor(t, who));
      return clients.get(who)!;
    };

    beforeAll(async () => {
      t = await startTestApp(dialect);
      world = await buildWorld(t);
    });
    afterAll(async () => t?.close());

    /** Fresh records of `schoolId` for each path parameter, so deleting routes never starve later requests. */
    async function fillPath(route: RegisteredRoute, schoolId: string): Promise<string> {
      let url = route.url;
      const filled: Record<string, string> = {};
      const s = t.services;
      for (const [, name] of route.url.matchAll(/:(\w+)/g)) {
        let value: string;
        switch (name) {
          case 'schoolId':
            value = schoolId;
            break;
          case 'teamId':
            value = (await buildTeam(s, schoolId, `Team ${randomUUID()}`)).id;
            break;
          case 'membershipId': {
            const person = await buildUser(s, { organisationId: world.org.id });
            value = await membershipsRepository(s.db, schoolId).add(
              person.user.id,
              'teacher',
              null,
              s.clock.now(),
            );
            break;
          }
          case 'invitationId':
            value = (
              await invitationsRepository(s.db, schoolId).create(
                {
                  email: `${randomUUID()}@test.kring`,
                  role: 'teacher',
                  teamId: null,
                  tokenHash: randomUUID(),
                  invitedBy: world.orgAdmin.user.id,
                  expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
                },
                s.clock.now(),
              )
            ).id;
            break;
          case 'sessionId': {
            const author = await buildUser(s, { organisationId: world.org.id });
            const id = await planSession(
              s,
              schoolId,
              { user: author.user, isAdmin: false },
              {
                templateId: 'gender-diversiteit',
                title: 'Matrix',
                teamId: null,
                scheduledAt: '2026-12-01T10:00',
                place: 'Aula',
                // The school's facilitator in the matrix runs every session of school A.
                facilitatorIds: schoolId === world.schoolA.id ? [world.inA.facilitator.user.id] : [],
                contactPersonId: null,
                expectedVoices: 10,
                expectedListeners: 5,
                withTeamLeader: false,
              },
            );
            const session = (await mirrorSessionsRepository(s.db, schoolId).find(id))!;
            await openSession(s, session);
            value = id;
            break;
          }
          case 'templateId':
            value = (
              await mirrorTemplatesRepository(s.db, schoolId).create(
                shippedTemplates.spiegelbijeenkomst!,
                null,
                s.clock.now(),
              )
            ).id;
            break;
          case 'recommendationId': {
            const id = randomUUID();
            await mirrorRecommendationsRepository(s.db, schoolId).add(
              filled.sessionId!,
              { id, groupIndex: null, target: 'teachers', text: 'x' },
              s.clock.now(),
            );
            value = id;
            break;
          }
          case 'clusterId':
            value = await mirrorClustersRepository(s.db, schoolId).create(
              filled.sessionId!,
              'Cluster',
              s.clock.now(),
            );
            break;
          case 'key':
            value = 'gender-diversiteit';
            break;
          case 'actionId':
            value = await mirrorActionsRepository(s.db, schoolId).add(
              filled.sessionId ?? (await buildMirrorSession(s, schoolId, world.inA.coordinator)).id,
              {
                cluster_id: null,
                what: 'Actie',
                target: 'teachers',
                owner_user_id: null,
                owner_role: null,
                due_date: null,
                status: 'planned',
              },
              s.clock.now(),
            );
            break;
          case 'requestId':
            value = await mirrorEvaluationsRepository(s.db, schoolId).addAftercare(
              filled.sessionId!,
              { message: null, reach: null, recipient: null },
              s.clock.now(),
            );
            break;
          case 'observationId': {
            const session = await buildMirrorSession(s, schoolId, world.inA.coordinator);
            const observer = await buildUser(s, { organisationId: world.org.id });
            await observationsRepository(s.db, schoolId).save(
              session.id,
              observer.user.id,
              {
                balance: 4,
                balanceNote: '',
                interrupting: '',
                openQuestions: '',
                language: '',
                wentWell: '',
                tip: '',
              },
              true,
              s.clock.now(),
            );
            value = (await observationsRepository(s.db, schoolId).mine(session.id, observer.user.id))!.id;
            break;
          }
          case 'meetingId':
            // The matrix's facilitator takes part in every meeting of school A.
            value = await intervisionRepository(s.db, schoolId).create(
              {
                title: 'Intervisie',
                plannedAt: '2026-12-10T15:00',
                place: '',
                createdBy: world.orgAdmin.user.id,
              },
              schoolId === world.schoolA.id ? [world.inA.facilitator.user.id] : [],
              s.clock.now(),
            );
            break;
          case 'caseId': {
            // …and brought in every case, from a reflection on a session they led.
            const author = world.inA.facilitator;
            const session = await buildMirrorSession(s, schoolId, world.inA.coordinator, {
              facilitatorIds: [author.user.id],
            });
            const reflections = reflectionsRepository(s.db, schoolId);
            await reflections.save(
              session.id,
              author.user.id,
              { wentWell: 'x', hard: '', interrupting: '', impartiality: '', nextTime: '' },
              s.clock.now(),
            );
            const reflection = (await reflections.mine(session.id, author.user.id))!;
            value = await intervisionRepository(s.db, schoolId).addCase(
              filled.meetingId!,
              reflection.id,
              author.user.id,
              'Vraag',
              s.clock.now(),
            );
            break;
          }
          case 'reportId': {
            // A report filed through the public page is needed for a real one; the matrix only needs a row.
            const id = randomUUID();
            const now = s.clock.now().toISOString();
            await reportsRepository(s.db, schoolId).add(
              {
                id,
                code_locator: '0000',
                public_key: 'x',
                key_by_code: 'x',
                code_salt: 'x',
                key_for_recovery: null,
                recovery_with_case_key: 0,
                case_public_key: 'x',
                content: 'x',
                category: 'bullying',
                location: 'school',
                period: 'today',
                involved: '["student"]',
                needs: '["advice"]',
                minor: 'yes',
                anonymous: 1,
                legal_duty: 0,
                confidant_id: null,
                assigned_to: null,
                status: 'new',
                severity: null,
                created_at: now,
                acknowledged_at: null,
                closed_at: null,
                updated_at: now,
                kind: 'report',
                created_by: null,
                reminded_ack_at: null,
                reminded_feedback_at: null,
                outcome: null,
              },
              [],
            );
            value = id;
            break;
          }
          case 'checklist':
            value = 'internship';
            break;
          case 'step':
            value = route.url.includes('/crises/') ? 'crisisTeam' : 'talkStudent';
            break;
          case 'crisisId':
            // A crisis log of the board, started directly by the school's leader.
            value = await crisesRepository(s.db, schoolId).create(
              { reportId: null, title: '', startedBy: world.inA.leader.user.id },
              s.clock.now(),
            );
            break;
          case 'studentId':
            value = await studentsRepository(s.db, schoolId).add(
              { name: 'Matrix Leerling', className: '1A' },
              world.orgAdmin.user.id,
              s.clock.now(),
            );
            break;
          case 'conversationId': {
            // A restorative conversation of a report, or a teacher–student conversation.
            if (filled.reportId) {
              value = await handlingRepository(s.db, schoolId).addRestorative(
                filled.reportId,
                { planned_at: '2026-12-01T10:00', participants: 'x', agreements: 'x' },
                s.clock.now(),
              );
              break;
            }
            // Held by the school's teacher in the matrix; the gesprek access test walks who else may reach it.
            const studentId = await studentsRepository(s.db, schoolId).add(
              { name: 'Matrix Leerling', className: '1A' },
              world.orgAdmin.user.id,
              s.clock.now(),
            );
            value = await conversationsRepository(s.db, s.box, schoolId).create(
              {
                studentId,
                teacherId: world.inA.teacher.user.id,
                previousId: null,
                aim: 'Matrix',
                plannedAt: '2026-12-10T10:00',
                level: 'secondary',
              },
              s.clock.now(),
            );
            break;
          }
          case 'agreementId':
            value = await agreementsRepository(s.db, s.box, schoolId).add(
              filled.conversationId!,
              { what: 'x', owner: 'student', ownerOther: '', how: '', evaluateOn: '2026-12-20' },
              s.clock.now(),
            );
            break;
          default:
            throw new Error(
              `The authorization matrix does not know the path parameter :${name} of ${route.url}`,
            );
        }
        filled[name] = value;
        url = url.replace(`:${name}`, value);
      }
      return url;
    }

    async function call(client: ApiClient, route: RegisteredRoute, schoolId: string) {
      const url = route.url === '/*' ? '/some/page' : await fillPath(route, schoolId);
      return client.request(route.method, url, route.hasBody ? route.example : undefined);
    }

    it('every route declares a rule, and only the listed routes are public', () => {
      const routes = t.services.routes;
      expect(routes.length).toBeGreaterThan(20);
      const publicOnes = routes.filter((r) => r.auth.kind === 'public').map((r) => `${r.method} ${r.url}`);
      expect(new Set(publicOnes)).toEqual(PUBLIC_ROUTES);
      for (const route of routes.filter((r) => r.hasBody)) {
        expect(route.example, `${route.method} ${route.url} needs config.example`).toBeDefined();
      }
    });

    it('refuses anonymous callers on every non-public route with 401', async () => {
      for (const route of t.services.routes.filter((r) => r.auth.kind !== 'public')) {
        const res = await call(t.client(), route, world.schoolA.id);
        expect(res.status, `${route.method} ${route.url}`).toBe(401);
      }
    });

    it('refuses fully signed-in people on the TOTP step, and half-signed-in people everywhere else', async () => {
      const teacher = await as(world.inA.teacher);
      for (const route of t.services.routes.filter((r) => r.auth.kind === 'pendingTotp')) {
        expect((await call(teacher, route, world.schoolA.id)).status).toBe(401);
      }
      const half = t.client();
      await half.post('/api/auth/login', {
        email: world.inA.confidant.email,
        password: world.inA.confidant.password,
      });
      for (const route of t.services.routes.filter((r) => !['public', 'pendingTotp'].includes(r.auth.kind))) {
        expect((await call(half, route, world.schoolA.id)).status, `${route.method} ${route.url}`).toBe(401);
      }
    });

    it('lets only organisation administrators reach organisation routes', async () => {
      for (const route of t.services.routes.filter((r) => r.auth.kind === 'orgAdmin')) {
        for (const role of roles) {
          const res = await call(await as(world.inA[role]), route, world.schoolA.id);
          expect(res.status, `${role} ${route.method} ${route.url}`).toBe(403);
        }
        const res = await call(await as(world.orgAdmin), route, world.schoolA.id);
        expect(res.status, `org admin ${route.method} ${route.url}`).toBeLessThan(400);
      }
    });

    it('shows each organisation administrator only their own organisation', async () => {
      const mine = await (await as(world.otherOrgAdmin)).get('/api/organisation');
      expect(mine.body.name).toBe('Stichting Twee');
      expect(mine.body.schools.map((s: { name: string }) => s.name)).toEqual(['School Elders']);
    });

    const schoolRoutes = () =>
      t.services.routes.filter(
        (r): r is RegisteredRoute & { auth: { kind: 'school'; roles: readonly Role[] } } =>
          r.auth.kind === 'school',
      );

    it('refuses every role a school route does not name, and admits the ones it does', async () => {
      for (const route of schoolRoutes()) {
        for (const role of roles) {
          const res = await call(await as(world.inA[role]), route, world.schoolA.id);
          const label = `${role} ${route.method} ${route.url} → ${res.status} ${JSON.stringify(res.body)}`;
          if (route.auth.roles.includes(role)) expect(REFUSED, label).not.toContain(res.status);
          else expect(res.status, label).toBe(403);
        }
      }
    });

    it('refuses people of another school and of another organisation', async () => {
      for (const route of schoolRoutes()) {
        const otherSchool = await call(await as(world.adminB), route, world.schoolA.id);
        expect(otherSchool.status, `admin of B on ${route.method} ${route.url}`).toBe(403);
        const otherOrg = await call(await as(world.otherOrgAdmin), route, world.schoolA.id);
        expect(otherOrg.status, `other organisation on ${route.method} ${route.url}`).toBe(404);
      }
    });

    it("never lets a school's records be reached through another school's path", async () => {
      for (const route of schoolRoutes().filter((r) => (r.url.match(/:\w+/g) ?? []).length > 1)) {
        const role = route.auth.roles[0]!;
        const insider = await buildUser(t.services, {
          organisationId: world.org.id,
          memberships: [{ schoolId: world.schoolB.id, role }],
          // A confidant without two-step verification is stopped before the route: give them what the role needs.
          totp: rolesRequiringTotp.includes(role),
        });
        // Records of school A, addressed through school B where this person does hold the role.
        const url = (await fillPath(route, world.schoolA.id)).replace(world.schoolA.id, world.schoolB.id);
        const res = await (await as(insider)).request(
          route.method,
          url,
          route.hasBody ? route.example : undefined,
        );
        expect(res.status, `${route.method} ${route.url}`).toBe(404);
      }
    });
  });
}
