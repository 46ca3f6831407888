/**
 * The floor for the live benchmark: a bare `ws` server that broadcasts to a room whatever is POSTed to
 * /broadcast/<room>. No database, no authorization, no state: the least any server could do.
 */
import http from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

const rooms = new Map<string, Set<WebSocket>>();
const server = http.createServer((req, res) => {
  const room = req.url?.startsWith('/broadcast/') ? req.url.slice('/broadcast/'.length) : undefined;
  let body = '';
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', () => {
    const message = `{"serverNow":${Date.now()},${body.slice(1)}`;
    for (const socket of rooms.get(room ?? '') ?? []) socket.send(message);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
const wss = new WebSocketServer({ server, path: '/ws' });
wss.on('connection', (socket) => {
  socket.once('message', (data) => {
    const room = String(data);
    const set = rooms.get(room) ?? new Set();
    set.add(socket);
    rooms.set(room, set);
    socket.send('{"type":"snapshot","seq":0}');
    socket.on('close', () => set.delete(socket));
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`raw ws server listening on ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
