import { loadConfig } from '../../platform/config.ts';
import { openServices } from '../../server/services.ts';

export async function migrateCommand(): Promise<void> {
  const { close } = await openServices(loadConfig(), { migrate: false }).then(async (opened) => {
    const { migrateToLatest } = await import('../../platform/db/migrate.ts');
    const applied = await migrateToLatest(opened.services.db);
    console.log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'The database is up to date.');
    return opened;
  });
  await close();
}
