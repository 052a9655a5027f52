// What went wrong, in the UI language. The API's problem documents (RFC 9457) name their kind in `type`; the UI
// keeps a sentence of its own per kind and falls back to one per status code. The server's `detail` is English
// written for developers and never reaches the screen.
import { t } from './i18n.js';
import { tooLongMessage } from './length.js';

const kind = (problem) => String(problem?.type ?? '').split('/').pop();
const state = (name) => (name ? t(`editor.state.${name}`) : '');

/** A field's name as the forms call it; an unknown one as the API calls it. */
function field(name) {
  const key = `editor.field.${name}`;
  const label = t(key);
  return label === key ? name : label;
}

function invalid(problem) {
  const fields = [...new Set((problem.errors ?? []).map((e) => field(e.field)))];
  return fields.length ? t('editor.problem.invalidFields', fields.join(', ')) : t('editor.problem.invalid');
}

const BY_TYPE = {
  'payload-too-large': (p) => tooLongMessage(p.sentBytes, p.limit),
  'stale-version': () => t('editor.problem.stale'),
  'not-a-draft': (p) => t('editor.problem.notADraft', state(p.state)),
  'illegal-transition': (p) => t('editor.problem.illegalTransition', state(p.state)),
  retracted: () => t('editor.problem.retracted'),
  'briefing-closed': () => t('editor.problem.briefingClosed'),
  'briefing-not-live': () => t('editor.problem.briefingNotLive'),
  'duplicate-slug': () => t('editor.problem.duplicateSlug'),
  'not-found': () => t('editor.problem.notFound'),
  gone: () => t('editor.problem.notFound'),
  csrf: () => t('editor.problem.reload'),
  'sign-in-throttled': (p) => t('editor.problem.throttled', p.retryAfter ?? '…'),
  validation: invalid,
  'invalid-value': invalid,
  'malformed-json': () => t('editor.problem.incomplete'),
  'incomplete-body': () => t('editor.problem.incomplete'),
};

function byStatus(status, problem) {
  if (status === 0) return t('editor.problem.network');
  if (status === 400 || status === 422) return invalid(problem);
  if (status === 401) return t('editor.problem.signedOut');
  if (status === 403) return t('editor.problem.forbidden');
  if (status === 404 || status === 410) return t('editor.problem.notFound');
  if (status === 409) return t('editor.problem.conflict');
  if (status === 412 || status === 428) return t('editor.problem.stale');
  if (status === 413) return tooLongMessage(problem.sentBytes, problem.limit);
  if (status === 429 || status === 503) return t('editor.problem.busy');
  if (status >= 500) return t('editor.problem.server');
  return t('editor.problem.other', status);
}

/** The sentence for a failed request: by the problem's type when the UI knows it, else by its status. */
export function describeProblem(status, problem = {}) {
  const known = BY_TYPE[kind(problem)];
  return known ? known(problem) : byStatus(status, problem);
}

/** Which change makes the error moot, so it leaves the screen by itself (dom.dismiss). */
export function goneWhen(status, problem = {}) {
  if (status === 0) return 'online';
  if (status === 413 && problem.sentBytes) return 'shorter';
  if (status === 401) return 'signed-in';
  return '';
}
