/**
 * Structured logs (pino JSON) that carry no personal data: no bodies, no cookies, no query strings (tokens
 * could hide there), no IP addresses. A request is logged by method, path, status and duration.
 */
import type { FastifyServerOptions } from 'fastify';

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    redact: ['req.headers', 'req.remoteAddress', 'req.hostname'],
  };
}
