/**
 * Serves the built single-page app (dist/web): hashed assets with long caching, and index.html for every
 * other page path so the app's router can take over. Unknown /api paths get a translated JSON 404.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { notFound } from './errors.ts';
import { rules } from './rules.ts';

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function defaultWebRoot(): string {
  return path.resolve(import.meta.dirname, '../../dist/web');
}

export function installWebApp(app: FastifyInstance, webRoot = defaultWebRoot()): void {
  const root = path.resolve(webRoot);
  const indexFile = path.join(root, 'index.html');

  app.get('/*', { config: { auth: rules.public }, schema: { hide: true } }, async (request, reply) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(request.url.split(/[?#]/)[0] ?? '/');
    } catch {
      throw notFound(); // a malformed escape names no page
    }
    if (urlPath.startsWith('/api/') || urlPath === '/api') throw notFound();
    const candidate = path.resolve(root, `.${urlPath}`);
    if (
      candidate.startsWith(root + path.sep) &&
      fs.existsSync(candidate) &&
      fs.statSync(candidate).isFile()
    ) {
      const immutable = urlPath.startsWith('/assets/');
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      reply.type(types[path.extname(candidate)] ?? 'application/octet-stream');
      return reply.send(fs.createReadStream(candidate));
    }
    if (!fs.existsSync(indexFile)) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'De webapp is nog niet gebouwd. Voer `npm run build` uit. / The web app has not been built: run `npm run build`.',
        );
    }
    reply.header('cache-control', 'no-cache');
    return reply.type('text/html; charset=utf-8').send(fs.createReadStream(indexFile));
  });

  app.setNotFoundHandler({}, async () => {
    throw notFound();
  });
}
