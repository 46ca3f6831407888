/**
 * A facilitator's own overview (F3): their sessions over time with the speaking-time balance and evaluation
 * scores, the observations they received or were shown, those they wrote, and their reflections. Nothing of
 * anyone else's sessions, and never a ranking of facilitators.
 */
import type { AuthContext } from '../../../server/auth.ts';
import type { Services } from '../../../server/context.ts';
import { schoolsRepository } from '../../accounts/repositories/organisations.ts';
import type { EvaluationAnswers } from '../../spiegel/domain/evaluation.ts';
import { mirrorEvaluationsRepository } from '../../spiegel/repositories/evaluations.ts';
import { mirrorSessionById } from '../../spiegel/repositories/sessions.ts';
import { type ObservationAnswers, type ReflectionAnswers, sessionScores } from '../domain/learning.ts';
import { observationsRepository } from '../repositories/observations.ts';
import { reflectionsRepository, sessionsFacilitatedBy } from '../repositories/reflections.ts';
import { shownRounds } from './rounds.ts';

export async function myFacilitation(services: Services, auth: AuthContext) {
  const me = auth.user!.id;
  const sessions = [];
  const received = [];
  const sharedWithMe = [];
  const written = [];
  const reflections = [];
  for (const schoolId of new Set(auth.memberships.map((m) => m.schoolId))) {
    const school = await schoolsRepository(services.db).find(schoolId);
    if (!school) continue;
    const led = await sessionsFacilitatedBy(services.db, schoolId, me);
    const observations = observationsRepository(services.db, schoolId);
    const sent = await observations.sentFor(led.map((x) => x.id));
    const mine = reflectionsRepository(services.db, schoolId);
    const log = await mine.of(me);
    const titles = new Map(led.map((x) => [x.id, x]));
    for (const session of led) {
      const answers = (await mirrorEvaluationsRepository(services.db, schoolId).answers(
        session.id,
      )) as EvaluationAnswers[];
      sessions.push({
        id: session.id,
        schoolId,
        schoolName: school.name,
        title: session.title,
        scheduledAt: session.scheduled_at,
        status: session.status,
        rounds: shownRounds(session),
        evaluation: session.status === 'closed' ? sessionScores(answers) : null,
        hasReflection: log.some((r) => r.session_id === session.id),
        observationCount: sent.filter((o) => o.session_id === session.id).length,
      });
    }
    for (const row of sent) {
      const session = titles.get(row.session_id)!;
      received.push({
        id: row.id,
        sessionId: row.session_id,
        schoolId,
        sessionTitle: session.title,
        scheduledAt: session.scheduled_at,
        observerName: row.observer_name,
        answers: JSON.parse(row.answers) as ObservationAnswers,
        sentAt: row.sent_at!,
        sharedWith: await observations.sharedWith(row.id),
      });
    }
    for (const row of await observations.sharedTo(me)) {
      const session = await mirrorSessionById(services.db, row.session_id);
      sharedWithMe.push({
        id: row.id,
        sessionTitle: session?.title ?? '',
        scheduledAt: session?.scheduled_at ?? '',
        observerName: row.observer_name,
        answers: JSON.parse(row.answers) as ObservationAnswers,
        sentAt: row.sent_at ?? '',
      });
    }
    for (const row of await observations.writtenBy(me)) {
      const session = await mirrorSessionById(services.db, row.session_id);
      written.push({
        id: row.id,
        sessionId: row.session_id,
        schoolId,
        sessionTitle: session?.title ?? '',
        sentAt: row.sent_at,
      });
    }
    for (const row of log) {
      reflections.push({
        id: row.id,
        sessionId: row.session_id,
        schoolId,
        sessionTitle: row.session_title,
        scheduledAt: row.scheduled_at,
        answers: JSON.parse(row.answers) as ReflectionAnswers,
        updatedAt: row.updated_at,
      });
    }
  }
  const newestFirst = (a: { scheduledAt: string }, b: { scheduledAt: string }) =>
    b.scheduledAt.localeCompare(a.scheduledAt);
  return {
    sessions: sessions.sort(newestFirst),
    received,
    sharedWithMe,
    written,
    reflections: reflections.sort(newestFirst),
  };
}
