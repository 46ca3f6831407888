/** The speaking-time log of live sessions: taps in the order the server received them, per round. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { SpeakingEvent } from '../domain/speakingTime.ts';

export interface LoggedEvent {
  phaseIndex: number;
  event: SpeakingEvent;
  deviation: boolean;
}

export function speakingRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  return {
    /**
     * Appends a tap. Call inside a transaction that holds the session's row lock, so two taps cannot take the
     * same position.
     */
    async append(sessionId: string, phaseIndex: number, event: SpeakingEvent, deviation = false) {
      const last = await school
        .selectFrom('mirror_speaking_events')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      await school
        .insertInto('mirror_speaking_events', {
          id: randomUUID(),
          session_id: sessionId,
          phase_index: phaseIndex,
          position: Number(last?.position ?? 0) + 1,
          type: event.type,
          seat: event.type === 'speak' ? event.seat : null,
          deviation: deviation ? 1 : 0,
          at: new Date(event.at).toISOString(),
        })
        .execute();
    },
    /** The session's whole log, in order; `phaseIndex` narrows it to one round. */
    async list(sessionId: string, phaseIndex?: number): Promise<LoggedEvent[]> {
      let query = school
        .selectFrom('mirror_speaking_events')
        .selectAll()
        .where('session_id', '=', sessionId)
        .orderBy('position');
      if (phaseIndex !== undefined) query = query.where('phase_index', '=', phaseIndex);
      const rows = await query.execute();
      return rows.map((r) => {
        const at = Date.parse(r.at);
        const event: SpeakingEvent =
          r.type === 'speak' ? { type: 'speak', seat: r.seat ?? '', at } : { type: r.type, at };
        return { phaseIndex: r.phase_index, event, deviation: r.deviation === 1 };
      });
    },
    async removeAll(sessionId: string): Promise<void> {
      await school.deleteFrom('mirror_speaking_events').where('session_id', '=', sessionId).execute();
    },
  };
}
