/**
 * What a phone remembers of the closing, per session: that it sent its evaluation (`kring.evaluated.<id>`), so a
 * reload thanks instead of asking again, and its progress link (`kring.progress.<id>`, the newest one's session in
 * `kring.progress.last`). The link must live here:
 * the participant token stops working when the session closes, so it cannot be asked for again afterwards.
 * Leaving or being refused forgets only the token (participantStorage.ts), never these.
 */
const evaluatedKey = (sessionId: string) => `kring.evaluated.${sessionId}`;
const progressKey = (sessionId: string) => `kring.progress.${sessionId}`;
/** The session of the newest progress link, so the join page can still show it once the token is gone. */
const lastProgressKey = 'kring.progress.last';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Without storage the phone still shows it until it is reloaded.
  }
}

export function hasEvaluated(sessionId: string): boolean {
  return read(evaluatedKey(sessionId)) === '1';
}

export function markEvaluated(sessionId: string): void {
  write(evaluatedKey(sessionId), '1');
}

/** The stored progress link; only a web address, so a tampered value never becomes a script link. */
export function readProgressUrl(sessionId: string): string | null {
  const url = read(progressKey(sessionId));
  return url && /^https?:\/\//.test(url) ? url : null;
}

export function storeProgressUrl(sessionId: string, url: string): void {
  write(progressKey(sessionId), url);
  write(lastProgressKey, sessionId);
}

/** The newest progress link this phone made, of whichever session. */
export function readLastProgressUrl(): string | null {
  const sessionId = read(lastProgressKey);
  return sessionId ? readProgressUrl(sessionId) : null;
}
