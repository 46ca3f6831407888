/** A WebSocket device for tests: says hello, keeps every message, and waits for the one a test needs. */
import WebSocket from 'ws';
import type { Hello, ServerMessage } from '../../src/modules/spiegel/domain/protocol.ts';

export class LiveDevice {
  readonly messages: ServerMessage[] = [];
  private socket: WebSocket;
  private waiters: (() => void)[] = [];
  closed = false;

  constructor(baseUrl: string, hello: Hello, cookie?: string) {
    this.socket = new WebSocket(
      `${baseUrl.replace(/^http/, 'ws')}/api/live/ws`,
      cookie ? { headers: { cookie } } : {},
    );
    this.socket.on('open', () => this.socket.send(JSON.stringify(hello)));
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as ServerMessage);
      for (const w of this.waiters.splice(0)) w();
    });
    this.socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w();
    });
    this.socket.on('error', () => undefined);
  }

  /** The first message (from the start) that matches, waiting up to `timeoutMs`. */
  async waitFor<T extends ServerMessage>(match: (m: ServerMessage) => m is T, timeoutMs?: number): Promise<T>;
  async waitFor(match: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  async waitFor(match: (m: ServerMessage) => boolean, timeoutMs = 5000): Promise<ServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching message; got ${JSON.stringify(this.messages).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  snapshot() {
    return this.waitFor((m): m is Extract<ServerMessage, { type: 'snapshot' }> => m.type === 'snapshot');
  }

  /** The newest state this device knows (snapshot or later change). */
  latest() {
    const relevant = this.messages.filter((m) => m.type !== 'error') as Exclude<
      ServerMessage,
      { type: 'error' }
    >[];
    return relevant.reduce((a, b) => (b.seq > a.seq ? b : a));
  }

  /** Waits until this device has seen a state with at least `seq`. */
  async reach(seq: number) {
    await this.waitFor((m) => m.type !== 'error' && m.seq >= seq);
    return this.latest();
  }

  close(): void {
    this.socket.close();
  }
}
