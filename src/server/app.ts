/**
 * Builds the Kring HTTP app: security headers, cookies, rate limits, validation with translated errors,
 * the authorization rule of every route, the API documentation, the modules, and the web app.
 *
 * @example const app = await buildApp(services); await app.listen({ port: 3000 });
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountsModule } from '../modules/accounts/index.ts';
import { facilitatorsModule } from '../modules/facilitators/index.ts';
import { gesprekModule } from '../modules/gesprek/index.ts';
import { meldpuntModule } from '../modules/meldpunt/index.ts';
import { spiegelModule } from '../modules/spiegel/index.ts';
import type { TrustProxy } from '../platform/config.ts';
import { isReachable } from '../platform/db/index.ts';
import { installAuth } from './auth.ts';
import type { Services } from './context.ts';
import { HttpError, installErrorHandling } from './errors.ts';
import { loggerOptions } from './logging.ts';
import { rules } from './rules.ts';
import { installWebApp } from './webApp.ts';

export interface AppOptions {
  /** Where the built web app lives (dist/web). */
  webRoot?: string;
  logger?: boolean;
  /** Where logs go instead of stdout (tests read them). */
  logStream?: NodeJS.WritableStream;
}

/** Fastify's form of TRUST_PROXY: a hop count becomes "the nearest n hops" (its types take no number). */
function fastifyTrust(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export async function buildApp(services: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(services.config.logLevel, options.logStream),
    trustProxy: fastifyTrust(services.config.trustProxy),
    bodyLimit: 256 * 1024,
  });
  if (services.config.trustProxyLegacyTrue)
    app.log.warn(
      'TRUST_PROXY=true is read as TRUST_PROXY=1 (one reverse proxy). Trusting every hop would let clients pick ' +
        'their own address and slip past the rate limits; set the hop count or the proxy addresses instead.',
    );
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('kring', services);
  app.removeContentTypeParser('text/plain');

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    ...(services.redis ? { redis: services.redis, nameSpace: `${services.config.redisPrefix}rate:` } : {}),
    // Counted per keyed hash of the address, never the address itself (it would sit in Redis otherwise).
    keyGenerator: (request) => services.box.tag(`rate:${request.ip}`),
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'errors.rateLimited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kring API',
        version: '1',
        description:
          'The API of Kring. The web app uses exactly this API. Sign in through /api/auth/login; state-changing ' +
          'requests carry the kring_csrf cookie value in the x-csrf-token header. Live sessions use the WebSocket ' +
          'GET /api/live/ws: send a hello, receive a snapshot and then every change; the messages are typed in ' +
          'src/modules/spiegel/domain/protocol.ts.',
      },
    },
    transform: jsonSchemaTransform,
  });
  installErrorHandling(app);
  installAuth(app, services);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      config: { auth: rules.public },
      schema: {
        tags: ['operations'],
        summary: 'Liveness',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/ready',
    {
      config: { auth: rules.public },
      schema: {
        tags: ['operations'],
        summary: 'Readiness: the database answers',
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ status: z.literal('unavailable') }),
        },
      },
    },
    async (_request, reply) =>
      (await isReachable(services.db))
        ? { status: 'ready' as const }
        : reply.status(503).send({ status: 'unavailable' as const }),
  );

  accountsModule(app);
  spiegelModule(app);
  facilitatorsModule(app);
  meldpuntModule(app);
  gesprekModule(app);

  app.get('/api/openapi.json', { config: { auth: rules.public }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  installWebApp(app, options.webRoot);
  await app.ready();
  return app;
}
