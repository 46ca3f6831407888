/** The action plans of mirror conversations: actions, and the history of their status. */
import { randomUUID } from 'node:crypto';
import { type Database, forSchool } from '../../../platform/db/index.ts';
import type { MirrorActionTable } from '../../../platform/db/schema.ts';

export type ActionRow = MirrorActionTable & { owner_name: string | null };
export type ActionFields = Pick<
  MirrorActionTable,
  'cluster_id' | 'what' | 'target' | 'owner_user_id' | 'owner_role' | 'due_date' | 'status'
>;

export interface ActionUpdateRow {
  action_id: string;
  status: MirrorActionTable['status'];
  note: string | null;
  by_name: string | null;
  created_at: string;
}

export function mirrorActionsRepository(db: Database, schoolId: string) {
  const school = forSchool(db, schoolId);
  const withOwner = () =>
    school
      .selectFrom('mirror_actions')
      .leftJoin('users', 'users.id', 'mirror_actions.owner_user_id')
      .selectAll('mirror_actions')
      .select('users.name as owner_name');
  return {
    listForSession(sessionId: string): Promise<ActionRow[]> {
      return withOwner()
        .where('mirror_actions.session_id', '=', sessionId)
        .orderBy('mirror_actions.position')
        .execute();
    },
    listForSchool(): Promise<ActionRow[]> {
      return withOwner().orderBy('mirror_actions.created_at').orderBy('mirror_actions.position').execute();
    },
    /** Actions naming this person, or one of their roles in this school. */
    listOwnedBy(userId: string, roles: readonly string[]): Promise<ActionRow[]> {
      return withOwner()
        .where((eb) =>
          eb.or([
            eb('mirror_actions.owner_user_id', '=', userId),
            ...(roles.length > 0
              ? [
                  eb.and([
                    eb('mirror_actions.owner_user_id', 'is', null),
                    eb('mirror_actions.owner_role', 'in', [...roles]),
                  ]),
                ]
              : []),
          ]),
        )
        .orderBy('mirror_actions.created_at')
        .execute();
    },
    find(id: string): Promise<ActionRow | undefined> {
      return withOwner().where('mirror_actions.id', '=', id).executeTakeFirst();
    },
    async add(
      sessionId: string,
      fields: ActionFields,
      now: Date,
      id: string = randomUUID(),
    ): Promise<string> {
      const last = await school
        .selectFrom('mirror_actions')
        .select((eb) => eb.fn.max('position').as('position'))
        .where('session_id', '=', sessionId)
        .executeTakeFirst();
      await school
        .insertInto('mirror_actions', {
          id,
          session_id: sessionId,
          ...fields,
          position: Number(last?.position ?? 0) + 1,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      return id;
    },
    async update(id: string, fields: Partial<ActionFields>, now: Date): Promise<void> {
      await school
        .updateTable('mirror_actions')
        .set({ ...fields, updated_at: now.toISOString() })
        .where('id', '=', id)
        .execute();
    },
    async remove(id: string): Promise<void> {
      await school.deleteFrom('mirror_actions').where('id', '=', id).execute();
    },
    async addUpdate(
      actionId: string,
      update: { status: MirrorActionTable['status']; note: string | null; userId: string | null },
      now: Date,
    ): Promise<void> {
      await school
        .insertInto('mirror_action_updates', {
          id: randomUUID(),
          action_id: actionId,
          status: update.status,
          note: update.note,
          user_id: update.userId,
          created_at: now.toISOString(),
        })
        .execute();
    },
    /** The status history of these actions, newest first. */
    async history(actionIds: readonly string[]): Promise<ActionUpdateRow[]> {
      if (actionIds.length === 0) return [];
      return school
        .selectFrom('mirror_action_updates')
        .leftJoin('users', 'users.id', 'mirror_action_updates.user_id')
        .select([
          'mirror_action_updates.action_id',
          'mirror_action_updates.status',
          'mirror_action_updates.note',
          'users.name as by_name',
          'mirror_action_updates.created_at',
        ])
        .where('mirror_action_updates.action_id', 'in', [...actionIds])
        .orderBy('mirror_action_updates.created_at', 'desc')
        .orderBy('mirror_action_updates.id')
        .execute();
    },
  };
}
