/**
 * Who reaches a teacher–student conversation, route by route, on both databases. A conversation belongs to the
 * teacher who holds it: only they change it; a colleague they shared it with reads it; every other person of the
 * school (another teacher, the administrator, the school leader), of another school or another organisation
 * finds nothing. The student's link stops when it is revoked or expired. Every conversation route is walked: one
 * added later without a place in this table fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekTick } from '../../src/modules/gesprek/commands/tick.ts';
import { agreementsRepository } from '../../src/modules/gesprek/repositories/agreements.ts';
import { conversationsRepository } from '../../src/modules/gesprek/repositories/conversations.ts';
import { studentsRepository } from '../../src/modules/gesprek/repositories/students.ts';
import type { RegisteredRoute } from '../../src/server/context.ts';
import type { ApiClient } from '../helpers/client.ts';
import { DIALECTS } from '../helpers/dialects.ts';
import { type BuiltUser, buildUser, buildWorld, sessionFor } from '../helpers/factories.ts';
import { startTestApp, type TestApp } from '../helpers/testApp.ts';

/** What a route needs of the caller: to hold the conversation, or to hold it or have it shared. */
const NEEDS: Record<string, 'hold' | 'read'> = {
  'GET /api/schools/:schoolId/conversations/:conversationId': 'read',
  'GET /api/schools/:schoolId/conversations/:conversationId/pdf': 'read',
  'PATCH /api/schools/:schoolId/conversations/:conversationId': 'hold',
  'DELETE /api/schools/:schoolId/conversations/:conversationId': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/form': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/questions': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/held': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/student-share': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/shares': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/listening': 'hold',
  'POST /api/schools/:schoolId/conversations/:conversationId/link': 'hold',
  'DELETE /api/schools/:schoolId/conversations/:conversationId/link': 'hold',
  'POST /api/schools/:schoolId/conversations/:conversationId/agreements': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/agreements/:agreementId': 'hold',
  'DELETE /api/schools/:schoolId/conversations/:conversationId/agreements/:agreementId': 'hold',
  'PUT /api/schools/:schoolId/conversations/:conversationId/agreements/:agreementId/evaluation': 'hold',
};

for (const dialect of DIALECTS) {
  describe(`who reaches a conversation (${dialect})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof buildWorld>>;
    let holder: BuiltUser;
    let colleague: BuiltUser;
    let otherTeacher: BuiltUser;
    let teacherOfB: BuiltUser;
    const clients = new Map<BuiltUser, ApiClient>();
    const as = async (who: BuiltUser) => {
      if (!clients.has(who)) clients.set(who, await sessionFor(t, who));
      return clients.get(who)!;
    };

    beforeAll(async () => {
      t = await startTestApp(dialect, { manualClock: true });
      t.clock.set(new Date('2026-12-04T10:00:00Z'));
      world = await buildWorld(t);
      const schoolId = world.schoolA.id;
      holder = world.inA.teacher;
      colleague = world.inA.coordinator;
      otherTeacher = await buildUser(t.services, {
        organisationId: world.org.id,
        memberships: [{ schoolId, role: 'teacher' }],
      });
      teacherOfB = await buildUser(t.services, {
        organisationId: world.org.id,
        memberships: [{ schoolId: world.schoolB.id, role: 'teacher' }],
      });
    });
    afterAll(async () => t?.close());

    /** A fresh conversation of school A held by the teacher, shared with the coordinator, with one agreement. */
    async function fresh(): Promise<{ conversationId: string; agreementId: string }> {
      const s = t.services;
      const schoolId = world.schoolA.id;
      const studentId = await studentsRepository(s.db, schoolId).add(
        { name: 'Lina', className: '2A' },
        holder.user.id,
        s.clock.now(),
      );
      const conversations = conversationsRepository(s.db, s.box, schoolId);
      const conversationId = await conversations.create(
        {
          studentId,
          teacherId: holder.user.id,
          previousId: null,
          aim: 'Samen kijken wat helpt',
          plannedAt: '2026-12-10T10:00',
          level: 'secondary',
        },
        s.clock.now(),
      );
      await conversations.setShares(conversationId, [colleague.user.id], holder.user.id, s.clock.now());
      // Held, so every route has something to do (the teacher's look at their listening comes afterwards).
      await conversations.update(conversationId, { heldAt: s.clock.now().toISOString() }, s.clock.now());
      const agreementId = await agreementsRepository(s.db, s.box, schoolId).add(
        conversationId,
        { what: 'Afspraak', owner: 'student', ownerOther: '', how: '', evaluateOn: '2026-12-20' },
        s.clock.now(),
      );
      return { conversationId, agreementId };
    }

    async function call(client: ApiClient, route: RegisteredRoute) {
      const ids = await fresh();
      const url = route.url
        .replace(':schoolId', world.schoolA.id)
        .replace(':conversationId', ids.conversationId)
        .replace(':agreementId', ids.agreementId);
      return client.request(route.method, url, route.hasBody ? route.example : undefined);
    }

    const conversationRoutes = () =>
      t.services.routes.filter((r) => r.url.includes(':conversationId') && !r.url.includes('/meldpunt/'));

    it('knows every conversation route', () => {
      const known = conversationRoutes().map((r) => `${r.method} ${r.url}`);
      expect(
        known.filter((k) => !(k in NEEDS)),
        'routes without a place in this table',
      ).toEqual([]);
      expect(
        Object.keys(NEEDS).filter((k) => !known.includes(k)),
        'routes this table names that do not exist',
      ).toEqual([]);
    });

    it('lets the teacher who holds it do everything, and a colleague it was shared with only read', async () => {
      for (const route of conversationRoutes()) {
        const label = `${route.method} ${route.url}`;
        const own = await call(await as(holder), route);
        expect(own.status, `holder: ${label} ${JSON.stringify(own.body)}`).toBeLessThan(300);
        const shared = await call(await as(colleague), route);
        if (NEEDS[label] === 'read') expect(shared.status, `shared colleague: ${label}`).toBe(200);
        else expect(shared.status, `shared colleague: ${label}`).toBe(403);
      }
    });

    it('finds nothing for anyone else: another teacher, the administrator, the leader, another school or organisation', async () => {
      const others = [
        otherTeacher,
        world.inA.admin,
        world.inA.leader,
        world.inA.facilitator,
        world.orgAdmin,
        teacherOfB,
        world.adminB,
        world.otherOrgAdmin,
      ];
      for (const route of conversationRoutes()) {
        for (const who of others) {
          const res = await call(await as(who), route);
          expect(res.status, `${who.user.name}: ${route.method} ${route.url}`).toBe(404);
        }
        expect((await call(t.client(), route)).status).toBe(401);
      }
    });

    it('does not let a conversation be reached through another school’s path', async () => {
      const { conversationId } = await fresh();
      const elsewhere = `/api/schools/${world.schoolB.id}/conversations/${conversationId}`;
      // The holder is no member of school B; a teacher of B is, but the conversation is not there.
      expect((await (await as(holder)).get(elsewhere)).status).toBe(404);
      expect((await (await as(teacherOfB)).get(elsewhere)).status).toBe(404);
    });

    it('lists only one’s own and shared conversations, and only one’s own listening', async () => {
      await fresh();
      const mine = await (await as(holder)).get('/api/my/conversations');
      expect(mine.body.held.length).toBeGreaterThan(0);
      expect(mine.body.schools.map((s: { id: string }) => s.id)).toEqual([world.schoolA.id]);
      const other = await (await as(otherTeacher)).get('/api/my/conversations');
      expect(other.body).toMatchObject({ held: [], shared: [], agreements: [] });
      expect((await (await as(colleague)).get('/api/my/conversations')).body.schools).toEqual([]);
      expect((await (await as(otherTeacher)).get('/api/my/listening')).body.conversations).toBe(0);
    });

    it('starts a conversation only with a student of the same school, and follows up only one’s own', async () => {
      const teacher = await as(holder);
      const inB = await studentsRepository(t.services.db, world.schoolB.id).add(
        { name: 'Elders', className: '' },
        world.adminB.user.id,
        t.services.clock.now(),
      );
      const base = {
        aim: 'Doel',
        plannedAt: '2026-12-10T10:00',
        level: 'secondary',
      };
      const foreign = await teacher.post(`/api/schools/${world.schoolA.id}/conversations`, {
        ...base,
        student: { id: inB },
      });
      expect(foreign.status).toBe(400);
      const { conversationId } = await fresh();
      const notMine = await (await as(otherTeacher)).post(`/api/schools/${world.schoolA.id}/conversations`, {
        ...base,
        student: { followUpOf: conversationId },
      });
      expect(notMine.status).toBe(400);
    });

    it('refuses a revoked or made-up student link', async () => {
      const { conversationId } = await fresh();
      const teacher = await as(holder);
      const path = `/api/schools/${world.schoolA.id}/conversations/${conversationId}/link`;
      const made = await teacher.post(path);
      const token = new URL(made.body.link.url).hash.replace('#token=', '');
      expect((await t.client().post('/api/preparation', { token })).status).toBe(200);
      await teacher.delete(path);
      expect((await t.client().post('/api/preparation', { token })).status).toBe(404);
      expect((await t.client().post('/api/preparation', { token: 'x'.repeat(43) })).status).toBe(404);
      expect((await t.client().post('/api/preparation', { token: 'kort' })).status).toBe(400);
    });

    it('reminds a teacher only while they still hold a role in the school', async () => {
      const leaver = await buildUser(t.services, {
        organisationId: world.org.id,
        memberships: [{ schoolId: world.schoolA.id, role: 'teacher' }],
      });
      const s = t.services;
      const studentId = await studentsRepository(s.db, world.schoolA.id).add(
        { name: 'Jesse', className: '3A' },
        leaver.user.id,
        s.clock.now(),
      );
      const conversationId = await conversationsRepository(s.db, s.box, world.schoolA.id).create(
        {
          studentId,
          teacherId: leaver.user.id,
          previousId: null,
          aim: 'Doel',
          plannedAt: '2026-11-01T10:00',
          level: 'secondary',
        },
        s.clock.now(),
      );
      await agreementsRepository(s.db, s.box, world.schoolA.id).add(
        conversationId,
        { what: 'Afspraak', owner: 'student', ownerOther: '', how: '', evaluateOn: '2026-12-01' },
        s.clock.now(),
      );
      await s.db.deleteFrom('memberships').where('user_id', '=', leaver.user.id).execute();
      const before = t.mailbox.messages.length;
      await gesprekTick(s);
      expect(t.mailbox.messages.slice(before).filter((m) => m.to.includes(leaver.email))).toEqual([]);
    });
  });
}
