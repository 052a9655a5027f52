// The API as the editor UI uses it: the session cookie, the CSRF token on every state-changing request,
// If-Match with the version the user saw, and problem documents turned into ApiError.
import { reached, unreachable } from './connection.js';
import { isTooLarge, requestBytes, requestLimit } from './length.js';
import { describeProblem, goneWhen } from './problems.js';

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The error in plain words, in the UI language (never the server's English detail). */
  describe() {
    return describeProblem(this.status, this.problem);
  }

  /** What makes the error moot ('online', 'shorter', 'signed-in' or ''), for dom.announce. */
  get goneWhen() {
    return goneWhen(this.status, this.problem);
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

/** The headers every state-changing request carries, for requests not made through api() (picture uploads). */
export function csrfHeaders() {
  return csrfToken ? { 'X-Requested-With': 'livebrief-editor', 'X-CSRF-Token': csrfToken }
    : { 'X-Requested-With': 'livebrief-editor' };
}

export async function api(method, path, { body, version } = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'livebrief-editor' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  // Refused here, as the server would refuse it (413), but without sending it: the text stays where it was typed.
  if (isTooLarge(body)) {
    throw new ApiError(413, { type: 'payload-too-large', limit: requestLimit(), sentBytes: requestBytes(body) });
  }
  let response;
  try {
    response = await fetch(`../api/${path}`, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (networkFailure) {
    unreachable();
    throw new ApiError(0, { detail: networkFailure.message });
  }
  reached();
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page): the status alone says what went wrong.
  }
  if (response.status === 401 && !path.startsWith('session')) {
    // The session ended (expired, or signed out in another tab): the app shows the sign-in screen.
    window.dispatchEvent(new CustomEvent('livebrief:signed-out'));
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}
