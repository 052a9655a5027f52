// The API as the editor UI uses it: the session cookie, the CSRF token on every state-changing request,
// If-Match with the version the user saw, and problem documents turned into ApiError.
import { t } from './i18n.js';

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The error in plain words, in the UI language. */
  describe() {
    const detail = this.problem.errors?.map((e) => `${e.field} ${e.message}`).join('; ') || this.problem.detail || '';
    switch (this.status) {
      case 0: return t('editor.problem.network');
      case 400: return t('editor.problem.invalid', detail);
      case 401: return t('editor.problem.signedOut');
      case 403: return t('editor.problem.forbidden', detail);
      case 409: return t('editor.problem.conflict', detail);
      case 412: return t('editor.problem.stale');
      default: return t('editor.problem.other', detail);
    }
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

export async function api(method, path, { body, version } = {}) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'livebrief-editor' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (version !== undefined) headers['If-Match'] = `"${version}"`;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(`../api/${path}`, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (networkFailure) {
    throw new ApiError(0, { detail: networkFailure.message });
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 401 && !path.startsWith('session')) {
    // The session ended (expired, or signed out in another tab): the app shows the sign-in screen.
    window.dispatchEvent(new CustomEvent('livebrief:signed-out'));
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}
