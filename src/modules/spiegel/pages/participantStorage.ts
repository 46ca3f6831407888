/**
 * The participant's token on this phone: `kring.live.<sessionId>` holds it and `kring.live.last` the session,
 * so a reload or a lost connection resumes as the same participant.
 */
const lastKey = 'kring.live.last';
const tokenKey = (sessionId: string) => `kring.live.${sessionId}`;

export interface StoredParticipant {
  sessionId: string;
  token: string;
}

export function readParticipant(): StoredParticipant | null {
  try {
    const sessionId = localStorage.getItem(lastKey);
    const token = sessionId ? localStorage.getItem(tokenKey(sessionId)) : null;
    return sessionId && token ? { sessionId, token } : null;
  } catch {
    return null;
  }
}

export function storeParticipant({ sessionId, token }: StoredParticipant): void {
  try {
    localStorage.setItem(tokenKey(sessionId), token);
    localStorage.setItem(lastKey, sessionId);
  } catch {
    // Without storage the phone still works until it is reloaded.
  }
}

export function forgetParticipant(sessionId: string): void {
  try {
    localStorage.removeItem(tokenKey(sessionId));
    if (localStorage.getItem(lastKey) === sessionId) localStorage.removeItem(lastKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
