/**
 * The `kring` command line: run the server, migrate the database, create an administrator, load demo data,
 * and back up or restore the data.
 */
import { Command } from 'commander';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { createAdminCommand } from './commands/createAdmin.ts';
import { demoCommand } from './commands/demo.ts';
import { migrateCommand } from './commands/migrate.ts';
import { serveCommand } from './commands/serve.ts';

const program = new Command()
  .name('kring')
  .description(
    'Kring — gesprekken en meldingen voor een sociaal veilige school / conversations and reports for a socially safe school.\n' +
      'Configuration comes from environment variables (see README): PORT, DATA_DIR, DATABASE_URL, REDIS_URL, SMTP_URL, PUBLIC_URL, KRING_SECRET.',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web server (runs pending migrations first)')
  .action(serveCommand);
program.command('migrate').description('bring the database schema up to date').action(migrateCommand);
program
  .command('create-admin')
  .description('create an organisation administrator and print a one-time link to choose a password')
  .requiredOption('--email <email>', "the administrator's email address")
  .requiredOption('--name <name>', "the administrator's name")
  .option('--organisation <name>', 'name of the organisation to create when there is none yet')
  .action(createAdminCommand);
program
  .command('demo')
  .description('fill a demo organisation with two schools, teams and one account per role')
  .action(demoCommand);
program
  .command('backup')
  .description('write a consistent copy of the data to <file>, also while the server runs')
  .argument('<file>', 'where to write the backup')
  .action(backupCommand);
program
  .command('restore')
  .description('replace the data with a backup (stop the server first)')
  .argument('<file>', 'the backup to restore')
  .option('--yes', 'do not ask for confirmation')
  .action(restoreCommand);

await program.parseAsync(process.argv);
