/** Runs Kring's migrations. They are TypeScript modules in ./migrations, in file-name order. */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './index.ts';
import * as foundation from './migrations/0001_foundation.ts';
import * as spiegel from './migrations/0002_spiegel.ts';
import * as recommendations from './migrations/0003_recommendations.ts';
import * as clustersVotes from './migrations/0004_clusters_votes.ts';
import * as actionPlan from './migrations/0005_action_plan.ts';
import * as facilitators from './migrations/0006_facilitators.ts';
import * as meldpunt from './migrations/0007_meldpunt.ts';
import * as gesprek from './migrations/0008_gesprek.ts';
import * as meldpuntBoard from './migrations/0009_meldpunt_board.ts';
import * as meldpuntReview from './migrations/0010_meldpunt_review.ts';

const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_spiegel': spiegel,
  '0003_recommendations': recommendations,
  '0004_clusters_votes': clustersVotes,
  '0005_action_plan': actionPlan,
  '0006_facilitators': facilitators,
  '0007_meldpunt': meldpunt,
  '0008_gesprek': gesprek,
  '0009_meldpunt_board': meldpuntBoard,
  '0010_meldpunt_review': meldpuntReview,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

/** Brings the schema to the newest version; throws with the failing migration's error. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Brings the schema to exactly this migration, up or down (tests of an upgrade from an older schema use it). */
export async function migrateTo(db: Database, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider() });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
