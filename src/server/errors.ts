/**
 * Errors the API answers with. Every 4xx carries a message from the catalog in the caller's language, and
 * field messages keyed by the body property they belong to. A 5xx never shows internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { MessageKey, MessageParams } from '../platform/i18n/index.ts';
import { translate } from '../platform/i18n/index.ts';
import { requestLocale } from './locale.ts';

/** A field's message: a catalog key, or a key with its placeholders. */
export type FieldMessage = MessageKey | readonly [MessageKey, MessageParams];

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly fields: Record<string, FieldMessage> = {},
  ) {
    super(key);
  }
}

export const badRequest = (key: MessageKey, fields: Record<string, FieldMessage> = {}) =>
  new HttpError(400, key, {}, fields);
export const unauthenticated = () => new HttpError(401, 'errors.unauthenticated');
export const forbidden = (key: MessageKey = 'errors.forbidden') => new HttpError(403, key);
export const notFound = () => new HttpError(404, 'errors.notFound');
export const conflict = (key: MessageKey = 'errors.conflict', fields: Record<string, FieldMessage> = {}) =>
  new HttpError(409, key, {}, fields);

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

interface ZodIssueLike {
  code: string;
  path: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  origin?: string;
  input?: unknown;
  keys?: string[];
}

function valueAt(body: unknown, path: string[]): unknown {
  let current = body;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Maps one zod issue to a catalog message. */
function issueMessage(issue: ZodIssueLike): { key: MessageKey; params?: MessageParams } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? { key: 'validation.required' }
        : { key: issue.origin === 'number' ? 'validation.number' : 'validation.invalid' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'validation.required' };
      return issue.origin === 'string'
        ? { key: 'validation.tooShort', params: { min: Number(issue.minimum) } }
        : { key: 'validation.invalid' };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'validation.tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'validation.invalid' };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'validation.email' : 'validation.invalid' };
    case 'invalid_value':
      return { key: 'validation.choice' };
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', params: { field: (issue.keys ?? []).join(', ') } };
    default:
      return { key: 'validation.invalid' };
  }
}

const fastifyCodes: Record<string, { status: number; key: MessageKey }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, key: 'errors.unsupportedMediaType' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, key: 'errors.payloadTooLarge' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, key: 'errors.badRequest' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, key: 'errors.badRequest' },
};

function send(reply: FastifyReply, request: FastifyRequest, status: number, key: MessageKey, extra = {}) {
  const locale = requestLocale(request);
  const params = 'params' in extra ? (extra.params as MessageParams) : {};
  const fields = 'fields' in extra ? (extra.fields as Record<string, string>) : undefined;
  const body: ErrorBody = {
    error: { code: key, message: translate(locale, key, params), ...(fields ? { fields } : {}) },
  };
  return reply.status(status).type('application/json').send(body);
}

/** Installs the error and not-found handlers on the API. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    if (hasZodFastifySchemaValidationErrors(error)) {
      // A malformed id in the path names nothing that exists.
      if (error.validationContext === 'params') return send(reply, request, 404, 'errors.notFound');
      const fields: Record<string, string> = {};
      for (const v of error.validation) {
        const path = v.instancePath.split('/').filter(Boolean);
        const issue = {
          ...(v.params as object),
          code: v.keyword,
          path,
          input: valueAt(request.body, path),
        } as ZodIssueLike;
        const name = path.length > 0 ? path.join('.') : (issue.keys?.[0] ?? '_');
        if (fields[name]) continue;
        const { key, params } = issueMessage(issue);
        fields[name] = translate(locale, key, params);
      }
      return send(reply, request, 400, 'errors.validation', { fields });
    }
    if (error instanceof HttpError) {
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([k, v]) => [
          k,
          typeof v === 'string' ? translate(locale, v) : translate(locale, v[0], v[1]),
        ]),
      );
      return send(reply, request, error.statusCode, error.key, {
        params: error.params,
        ...(Object.keys(fields).length ? { fields } : {}),
      });
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return send(reply, request, known.status, known.key);
    if (error.statusCode === 429)
      return send(reply, request, 429, 'errors.rateLimited', { params: { seconds: 60 } });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, error.statusCode, 'errors.badRequest');
    }
    request.log.error(
      { err: { type: error.name, message: error.message, stack: error.stack } },
      'request failed',
    );
    return send(reply, request, 500, 'errors.internal');
  });
}

export { send as sendError };
