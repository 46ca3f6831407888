/** Runs the real `kring` command in a child process, as an operator would. */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

export const KRING_BIN = path.resolve(import.meta.dirname, '../../bin/kring.js');
const run = promisify(execFile);

export async function kring(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [KRING_BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Starts `kring serve` and resolves once it prints its address. */
export function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; output: () => string; url: string }> {
  const child = spawn(process.execPath, [KRING_BIN, 'serve'], {
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kring serve did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = output.match(/is running at\s+(http:\/\/\S+)/);
      if (match && /inrichten|inloggen/.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output, url: match[1]! });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`kring serve exited with ${code}:\n${output}`)));
  });
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

/** A port nobody listens on now, for a server that must come back on the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
