// Who is signed in. The identity lives in the server's HTTP session; the UI only keeps the CSRF token.
import { api, ApiError, setCsrfToken } from '../platform/api.js';

export async function currentSession() {
  try {
    const session = await api('GET', 'session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(username, password) {
  const session = await api('POST', 'session', { body: { username, password } });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function signOut() {
  await api('DELETE', 'session');
  setCsrfToken(null);
}

export function isEditor(session) {
  return session.roles.includes('editor') || session.roles.includes('admin');
}
