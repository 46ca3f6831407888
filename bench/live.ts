/**
 * `npm run bench`: how fast a live change reaches every device, with many sessions at once.
 *
 * Opens BENCH_SESSIONS sessions × BENCH_CLIENTS WebSocket clients against a running Kring (a real
 * `kring serve` process on SQLite), sends BENCH_ROUNDS state changes per session (all sessions at once), and
 * measures the delivery latency (from sending the command to each device receiving it) and throughput. In the
 * same run, a bare `ws` broadcast server gets the same workload and message size: the floor. Writes
 * bench/results/live.json and prints the ratio Kring / raw.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { startSession } from '../src/modules/accounts/commands/sessions.ts';
import { mirrorParticipantsRepository } from '../src/modules/spiegel/repositories/participants.ts';
import { loadConfig } from '../src/platform/config.ts';
import { hashToken } from '../src/platform/crypto/tokens.ts';
import { openServices } from '../src/server/services.ts';
import { buildOrganisation, buildSchool, buildUser } from '../test/helpers/factories.ts';
import { buildMirrorSession } from '../test/helpers/spiegel.ts';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 25);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const ROOT = path.resolve(import.meta.dirname, '..');

interface Session {
  schoolId: string;
  sessionId: string;
  tokens: string[];
}

async function seed(dataDir: string) {
  const opened = await openServices(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  const s = opened.services;
  const org = await buildOrganisation(s);
  const schoolId = (await buildSchool(s, org.id)).id;
  const coordinator = await buildUser(s, {
    organisationId: org.id,
    memberships: [{ schoolId, role: 'coordinator' }],
  });
  const sessions: Session[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const session = await buildMirrorSession(s, schoolId, coordinator, { open: true });
    const tokens: string[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const token = randomUUID();
      tokens.push(token);
      await mirrorParticipantsRepository(s.db, schoolId).add({
        id: randomUUID(),
        session_id: session.id,
        side: c % 5 === 0 ? 'listeners' : 'voices',
        display_name: `Deelnemer ${c + 1}`,
        token_hash: hashToken(token),
        joined_at: new Date().toISOString(),
      });
    }
    sessions.push({ schoolId, sessionId: session.id, tokens });
  }
  const { token, csrf } = await startSession(s, coordinator.user.id, 'active');
  await opened.close();
  return { sessions, cookie: `kring_session=${token}; kring_csrf=${csrf}`, csrf };
}

function start(
  command: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = output.match(ready);
      if (match) resolve({ child, port: Number(match[1]) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

interface Receiver {
  socket: WebSocket;
  seen: Map<number, number>;
}

/** Connects every client, says hello, and resolves when each has its snapshot. */
async function connectAll(
  url: string,
  hellos: { room: string; hello: string }[],
): Promise<Map<string, Receiver[]>> {
  const rooms = new Map<string, Receiver[]>();
  const batch = 200;
  for (let i = 0; i < hellos.length; i += batch) {
    await Promise.all(
      hellos.slice(i, i + batch).map(
        ({ room, hello }) =>
          new Promise<void>((resolve, reject) => {
            const socket = new WebSocket(url);
            const receiver: Receiver = { socket, seen: new Map() };
            socket.on('open', () => socket.send(hello));
            socket.on('error', reject);
            socket.on('message', (data) => {
              const text = String(data);
              const seq = Number(text.match(/"seq":(\d+)/)?.[1] ?? -1);
              if (text.includes('"snapshot"')) resolve();
              else receiver.seen.set(seq, performance.now());
            });
            const list = rooms.get(room) ?? [];
            list.push(receiver);
            rooms.set(room, list);
          }),
      ),
    );
  }
  return rooms;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs the rounds: in each, every room gets one change at once; latency is measured from the moment its
 * change was sent to the moment each of its clients received it.
 */
async function runRounds(
  rooms: Map<string, Receiver[]>,
  send: (room: string, round: number) => Promise<number>,
) {
  const latencies: number[] = [];
  const began = performance.now();
  for (let round = 1; round <= ROUNDS; round++) {
    await Promise.all(
      [...rooms.entries()].map(async ([room, receivers]) => {
        const sentAt = performance.now();
        const seq = await send(room, round);
        const deadline = Date.now() + 30_000;
        while (receivers.some((r) => !r.seen.has(seq)) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 2));
        for (const r of receivers) {
          const at = r.seen.get(seq);
          if (at === undefined) throw new Error(`a client missed change ${seq}`);
          latencies.push(at - sentAt);
        }
      }),
    );
  }
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    deliveries: latencies.length,
    p50Ms: Number(percentile(latencies, 50).toFixed(2)),
    p99Ms: Number(percentile(latencies, 99).toFixed(2)),
    maxMs: Number(latencies.at(-1)!.toFixed(2)),
    deliveriesPerSecond: Math.round(latencies.length / seconds),
  };
}

async function benchKring(dataDir: string) {
  const { sessions, cookie, csrf } = await seed(dataDir);
  const server = await start(
    ['bin/kring.js', 'serve'],
    { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    /is running at\s+http:\/\/localhost:(\d+)/,
  );
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const rooms = await connectAll(
      `ws://127.0.0.1:${server.port}/api/live/ws`,
      sessions.flatMap((s) =>
        s.tokens.map((token) => ({
          room: s.sessionId,
          hello: JSON.stringify({ type: 'hello', as: 'participant', token }),
        })),
      ),
    );
    const bySession = new Map(sessions.map((s) => [s.sessionId, s]));
    const result = await runRounds(rooms, async (room, round) => {
      const s = bySession.get(room)!;
      const res = await fetch(`${base}/api/schools/${s.schoolId}/mirror-sessions/${room}/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({
          idempotencyKey: randomUUID(),
          command: { type: 'extendTimer', minutes: round % 2 === 0 ? -1 : 1 },
        }),
      });
      if (!res.ok) throw new Error(`command failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { seq: number }).seq;
    });
    for (const receivers of rooms.values()) for (const r of receivers) r.socket.close();
    return { result };
  } finally {
    server.child.kill('SIGTERM');
  }
}

async function benchRaw(messageBytes: number) {
  const server = await start(['--import', 'tsx', 'bench/rawServer.ts'], { PORT: '0' }, /listening on (\d+)/);
  try {
    const roomsIds = Array.from({ length: SESSIONS }, () => randomUUID());
    const rooms = await connectAll(
      `ws://127.0.0.1:${server.port}/ws`,
      roomsIds.flatMap((room) => Array.from({ length: CLIENTS }, () => ({ room, hello: room }))),
    );
    const padding = 'x'.repeat(Math.max(0, messageBytes - 60));
    const result = await runRounds(rooms, async (room, round) => {
      const res = await fetch(`http://127.0.0.1:${server.port}/broadcast/${room}`, {
        method: 'POST',
        body: JSON.stringify({ type: 'state', seq: round, pad: padding }),
      });
      await res.text();
      return round;
    });
    for (const receivers of rooms.values()) for (const r of receivers) r.socket.close();
    return result;
  } finally {
    server.child.kill('SIGTERM');
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-bench-'));
try {
  console.log(`Live benchmark: ${SESSIONS} sessions × ${CLIENTS} clients, ${ROUNDS} changes per session`);
  const kring = await benchKring(dataDir);
  // The same message size as Kring's state message for a session of this size.
  const messageBytes = 200 + CLIENTS * 70;
  const raw = await benchRaw(messageBytes);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    workload: {
      sessions: SESSIONS,
      clientsPerSession: CLIENTS,
      sockets: SESSIONS * CLIENTS,
      changesPerSession: ROUNDS,
    },
    kring: kring.result,
    raw,
    ratio: {
      p50: Number((kring.result.p50Ms / raw.p50Ms).toFixed(2)),
      p99: Number((kring.result.p99Ms / raw.p99Ms).toFixed(2)),
      throughput: Number((kring.result.deliveriesPerSecond / raw.deliveriesPerSecond).toFixed(2)),
    },
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/live.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table({ kring: report.kring, raw: report.raw });
  console.log(
    `Kring / raw: p50 ×${report.ratio.p50}, p99 ×${report.ratio.p99}, throughput ×${report.ratio.throughput}`,
  );
  console.log('Written to bench/results/live.json');
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
