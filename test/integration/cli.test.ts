/** The `kring` command line, run as a child process the way an operator runs it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kring, startServer, waitForExit } from '../helpers/cli.ts';
import { ApiClient } from '../helpers/client.ts';
import { createPostgresDatabase, DIALECTS } from '../helpers/dialects.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kring-cli-'));

describe('kring command line', () => {
  it('lists its commands', async () => {
    const { stdout } = await kring(['--help'], {});
    for (const command of ['serve', 'migrate', 'create-admin', 'demo', 'backup', 'restore']) {
      expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('serves on a fresh data folder, prints a one-time setup link, and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    const server = await startServer({ DATA_DIR: dataDir });
    const link = server.output().match(/(http:\/\/\S+\/inrichten#token=\S+)/)?.[1];
    expect(link).toBeDefined();
    const client = new ApiClient(server.url);
    expect((await client.get('/api/session')).body.setupRequired).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'kring.db'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'kring.pid'))).toBe(true);
    server.child.kill('SIGTERM');
    expect(await waitForExit(server.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'kring.pid'))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes mail as .eml files when no SMTP server is configured', async () => {
    const dataDir = tempDir();
    const server = await startServer({ DATA_DIR: dataDir });
    try {
      const created = await kring(
        ['create-admin', '--email', 'b@x.nl', '--name', 'B', '--organisation', 'Org'],
        {
          DATA_DIR: dataDir,
        },
      );
      expect(created.code).toBe(0);
      await new ApiClient(server.url).post('/api/auth/password-reset', { email: 'b@x.nl' });
      // The answer does not wait for the mail (so its timing tells nothing); the file follows shortly.
      const folder = path.join(dataDir, 'mail');
      await expect
        .poll(() => fs.existsSync(folder) && fs.readdirSync(folder).length, { timeout: 5000 })
        .toBe(1);
      const files = fs.readdirSync(folder);
      expect(files).toHaveLength(1);
      expect(server.output()).toContain(path.join(dataDir, 'mail'));
      const eml = await simpleParser(fs.readFileSync(path.join(dataDir, 'mail', files[0]!)));
      expect(eml.to).toMatchObject({ text: 'b@x.nl' });
      expect(eml.text).toMatch(/wachtwoord-herstellen#token=/);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`kring demo, create-admin, backup and restore (${dialect})`, () => {
    const dataDir = tempDir();
    const env: Record<string, string> = { DATA_DIR: dataDir };
    let drop: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      if (dialect === 'postgres') {
        const created = await createPostgresDatabase();
        env.DATABASE_URL = created.url;
        drop = created.drop;
      }
    });
    afterAll(async () => {
      await drop?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('fills a demo organisation whose accounts can sign in, and is safe to run twice', async () => {
      const first = await kring(['demo'], env);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('docent@demo.kring.test');
      const password = first.stdout.match(/password "([^"]+)"/)?.[1];
      expect((await kring(['demo'], env)).stdout).toContain('bestaat al');
      const server = await startServer(env);
      try {
        const client = new ApiClient(server.url);
        const login = await client.post('/api/auth/login', { email: 'docent@demo.kring.test', password });
        expect(login.body.user.memberships[0]).toMatchObject({
          schoolName: 'Het Kompas College',
          role: 'teacher',
        });
        const confidant = await new ApiClient(server.url).post('/api/auth/login', {
          email: 'vertrouwenspersoon@demo.kring.test',
          password,
        });
        expect(confidant.body.state).toBe('totp_pending');
      } finally {
        server.child.kill('SIGTERM');
        await waitForExit(server.child);
      }
    });

    it('creates an administrator who chooses a password through the printed link', async () => {
      const out = await kring(
        ['create-admin', '--email', 'Nieuw@Bestuur.nl', '--name', 'Nieuwe Beheerder'],
        env,
      );
      expect(out.code).toBe(0);
      const token = out.stdout.match(/wachtwoord-herstellen#token=(\S+)/)?.[1];
      const server = await startServer(env);
      try {
        const client = new ApiClient(server.url);
        const done = await client.post('/api/auth/password-reset/complete', {
          token,
          password: 'mijn-eigen-wachtwoord',
        });
        expect(done.body.user).toMatchObject({ email: 'nieuw@bestuur.nl', isOrgAdmin: true });
      } finally {
        server.child.kill('SIGTERM');
        await waitForExit(server.child);
      }
    });

    it('backs up while the server writes, and restores that state', async () => {
      const server = await startServer(env);
      const backup = path.join(dataDir, `backup-${dialect}.kring`);
      let teamCount = 0;
      try {
        const admin = new ApiClient(server.url);
        const { stdout } = await kring(['demo'], env);
        const password = stdout.match(/password "([^"]+)"/)?.[1];
        await admin.post('/api/auth/login', { email: 'bestuur@demo.kring.test', password });
        const school = (await admin.get('/api/organisation')).body.schools[0];
        const writing = (async () => {
          for (let i = 0; i < 40; i++)
            await admin.post(`/api/schools/${school.id}/teams`, { name: `Team ${i}` });
        })();
        const result = await kring(['backup', backup], env);
        await writing;
        expect(result.code, result.stderr).toBe(0);
        // A backup holds everything: only its owner may read it.
        expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
        teamCount = (await admin.get(`/api/schools/${school.id}/teams`)).body.length;
        await admin.post(`/api/schools/${school.id}/teams`, { name: 'Na de back-up' });
      } finally {
        server.child.kill('SIGTERM');
        await waitForExit(server.child);
      }
      if (dialect === 'sqlite') {
        const copy = new SQLite(backup, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const n = (copy.prepare('select count(*) as n from teams').get() as { n: number }).n;
        copy.close();
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(teamCount + 2);
      }
      const restored = await kring(['restore', backup, '--yes'], env);
      expect(restored.code, restored.stderr).toBe(0);
      const again = await startServer(env);
      try {
        const admin = new ApiClient(again.url);
        const { stdout } = await kring(['demo'], env);
        const password = stdout.match(/password "([^"]+)"/)?.[1];
        await admin.post('/api/auth/login', { email: 'bestuur@demo.kring.test', password });
        const school = (await admin.get('/api/organisation')).body.schools[0];
        const names = (await admin.get(`/api/schools/${school.id}/teams`)).body.map(
          (t: { name: string }) => t.name,
        );
        expect(names).not.toContain('Na de back-up');
      } finally {
        again.child.kill('SIGTERM');
        await waitForExit(again.child);
      }
    });

    it('refuses to restore over a running server', async () => {
      if (dialect === 'postgres') return; // the pid guard protects the SQLite file; PostgreSQL restores in one transaction
      const server = await startServer(env);
      try {
        const result = await kring(['restore', path.join(dataDir, 'backup-sqlite.kring'), '--yes'], env);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toContain('Stop the server first');
      } finally {
        server.child.kill('SIGTERM');
        await waitForExit(server.child);
      }
    });
  });
}
