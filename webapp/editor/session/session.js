// Who is signed in. The identity lives in the server's HTTP session; the UI only keeps the CSRF token.
import { api, ApiError, setCsrfToken } from '../platform/api.js';
import { autosaveFor } from '../platform/autosave.js';
import { setRequestLimit } from '../platform/length.js';

/** The session's token, limit and user, where the modules that need them look. */
function use(session) {
  setCsrfToken(session?.csrfToken ?? null);
  setRequestLimit(session?.maxRequestBytes);
  autosaveFor(session?.user ?? null);
  return session;
}

/** Under single sign-on: where to sign in and the identity provider's name, from the last 401 of GET session. */
let singleSignOn = null;

export async function currentSession() {
  try {
    return use(await api('GET', 'session'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      const { signInUrl, signInWith } = error.problem;
      singleSignOn = typeof signInUrl === 'string' ? { url: signInUrl, name: String(signInWith ?? '') } : null;
      return null;
    }
    throw error;
  }
}

/** {url, name} when the newsroom signs in through its identity provider instead of passwords, else null. */
export function signInElsewhere() {
  return singleSignOn;
}

export async function signIn(username, password) {
  return use(await api('POST', 'session', { body: { username, password } }));
}

export async function signOut() {
  await api('DELETE', 'session');
  use(null);
  await learnSignIn();
}

/**
 * Asks the server how people sign in here (a password, or the identity provider), for a sign-in screen shown after
 * a page that loaded signed in: only a signed-out GET session says it.
 */
export async function learnSignIn() {
  try {
    await currentSession();
  } catch {
    // Offline or failing: the sign-in screen keeps what it knew.
  }
}

export function isEditor(session) {
  return session.roles.includes('editor') || session.roles.includes('admin');
}
