/**
 * The web app's only door to the server. Sends JSON with the CSRF token and the current locale,
 * and turns every error answer into an ApiError whose message the server has already translated.
 *
 * @example const session = await api<Session>('POST', '/api/auth/login', { email, password });
 */
import { defaultLocale, type Locale, translate } from '../platform/i18n/index.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let requestLocale: Locale = defaultLocale;

/** Called by the locale provider, so every request asks for the language the user sees. */
export function setRequestLocale(locale: Locale): void {
  requestLocale = locale;
}

/** Reads one cookie that is visible to scripts (kring_csrf, kring_lang). */
export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldErrors };
}

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': requestLocale };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie('kring_csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', translate(requestLocale, 'api.networkError'));
  }
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (data as ErrorBody | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'unknown',
      error?.message ?? translate(requestLocale, 'api.unknownError'),
      error?.fields ?? {},
    );
  }
  return data as T;
}

/** Any thrown value as an ApiError, so pages can always show a message. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unknown', translate(requestLocale, 'api.unknownError'));
}

/**
 * The error with its field names taken from inside a nested body (`form.goal` → `goal`), so a form whose fields
 * are the parts of one property of the body can mark the right field.
 */
export function unnested(error: unknown, prefix: string): ApiError {
  const apiError = asApiError(error);
  const fields = Object.fromEntries(
    Object.entries(apiError.fields).map(([name, text]) => [
      name.startsWith(`${prefix}.`) ? name.slice(prefix.length + 1) : name,
      text,
    ]),
  );
  return new ApiError(apiError.status, apiError.code, apiError.message, fields);
}
